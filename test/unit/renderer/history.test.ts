import { describe, expect, it } from 'vitest';
import {
  HISTORY_LIMIT,
  MERGE_MS,
  createHistory,
  record,
  redo,
  undo,
} from '../../../src-renderer/lib/history.ts';

describe('history', () => {
  it('undoes and redoes in order, and a new edit clears the redo stack', () => {
    let h = createHistory('a');
    h = record(h, 'b');
    h = record(h, 'c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe('b');
    h = record(h, 'd');
    expect(h.future).toEqual([]);
    expect(redo(h)).toBe(h);
  });

  it('merges quick edits with the same key into one step (typing 512 is one undo)', () => {
    let h = createHistory(0);
    h = record(h, 5, 'units', 1000);
    h = record(h, 51, 'units', 1200);
    h = record(h, 512, 'units', 1400);
    expect(h.past).toEqual([0]);
    h = record(h, 513, 'units', 1400 + MERGE_MS + 1);
    expect(h.past).toEqual([0, 512]);
    h = record(h, 1, 'rate', 1400 + MERGE_MS + 2);
    expect(h.past).toEqual([0, 512, 513]);
  });

  it('ignores a no-op and keeps at most HISTORY_LIMIT steps', () => {
    let h = createHistory(0);
    expect(record(h, 0)).toBe(h);
    for (let i = 1; i <= HISTORY_LIMIT + 10; i++) h = record(h, i);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]).toBe(10);
  });
});
