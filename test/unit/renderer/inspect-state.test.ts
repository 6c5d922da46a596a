import { describe, expect, it } from 'vitest';
import {
  cursorForLast,
  cursorMoved,
  followingCursor,
  playStart,
  playStep,
} from '../../../src-renderer/lib/epoch-cursor.ts';
import {
  applyInsightEvent,
  lastEpoch,
  withLoaded,
  type InsightsByRun,
} from '../../../src-renderer/lib/run-insights.ts';
import { epochInsight, insightMeta, inspectRun, weightStats } from '../../helpers/inspect-runs.ts';

const epoch = (n: number, l2 = n) => epochInsight(n, [weightStats({ l2 })]);
const meta = insightMeta();

describe('live insights', () => {
  it('start a record with the meta and epoch 0, then add each epoch', () => {
    let byRun: InsightsByRun = {};
    byRun = applyInsightEvent(byRun, {
      type: 'insight',
      runId: 'r',
      meta,
      insight: epoch(0),
    }).byRun;
    const before = byRun;
    const next = applyInsightEvent(byRun, { type: 'insight', runId: 'r', insight: epoch(1) });
    expect(next.needsLoad).toBe(false);
    expect(next.byRun.r!.epochs.map((e) => e.epoch)).toEqual([0, 1]);
    // Replaced, not mutated: the views see a new record.
    expect(next.byRun.r).not.toBe(before.r);
    expect(before.r!.epochs).toHaveLength(1);
  });

  it('replace an epoch that comes again, and restart the record on a new meta', () => {
    let byRun: InsightsByRun = {};
    for (const insight of [epoch(0), epoch(1), epoch(1, 9)])
      byRun = applyInsightEvent(byRun, {
        type: 'insight',
        runId: 'r',
        ...(insight.epoch === 0 && { meta }),
        insight,
      }).byRun;
    expect(byRun.r!.epochs.map((e) => e.weights[0].l2)).toEqual([0, 9]);
    byRun = applyInsightEvent(byRun, {
      type: 'insight',
      runId: 'r',
      meta,
      insight: epoch(0),
    }).byRun;
    expect(byRun.r!.epochs).toHaveLength(1);
  });

  it('ask for the whole record when an epoch comes for a run not loaded, and merge it in', () => {
    const { byRun, needsLoad } = applyInsightEvent(
      {},
      { type: 'insight', runId: 'r', insight: epoch(3) },
    );
    expect(needsLoad).toBe(true);
    expect(byRun).toEqual({});
    // The load finds epochs 0..2; epoch 3 arrived live meanwhile (under a record started by meta).
    const live: InsightsByRun = { r: { runId: 'r', meta, epochs: [epoch(3)] } };
    const loaded = { runId: 'r', meta, epochs: [epoch(0), epoch(1), epoch(2)] };
    expect(withLoaded(live, 'r', loaded).r!.epochs.map((e) => e.epoch)).toEqual([0, 1, 2, 3]);
    expect(withLoaded({}, 'r', loaded).r).toBe(loaded);
  });

  it('remember a run that recorded nothing as null', () => {
    expect(withLoaded({}, 'old', null)).toEqual({ old: null });
  });

  it('reach the newest epoch of any shown run', () => {
    expect(lastEpoch([])).toBe(0);
    expect(lastEpoch([inspectRun('a', [[], [], []]), inspectRun('b', [[]])])).toBe(2);
  });
});

describe('the epoch slider', () => {
  it('follows a training run to each new epoch', () => {
    let c = followingCursor(0);
    c = cursorForLast(c, 1);
    c = cursorForLast(c, 2);
    expect(c).toEqual({ epoch: 2, follow: true });
  });

  it('stays where the user put it, until the user puts it back on the last epoch', () => {
    let c = cursorMoved(1, 3);
    expect(c).toEqual({ epoch: 1, follow: false });
    c = cursorForLast(c, 4);
    expect(c.epoch).toBe(1);
    c = cursorMoved(4, 4);
    expect(c.follow).toBe(true);
    expect(cursorForLast(c, 5).epoch).toBe(5);
  });

  it('stays within the epochs there are', () => {
    expect(cursorMoved(7.6, 5)).toEqual({ epoch: 5, follow: true });
    expect(cursorMoved(-1, 5)).toEqual({ epoch: 0, follow: false });
    // Fewer epochs shown (a longer run unticked): back onto the last one, following.
    expect(cursorForLast({ epoch: 8, follow: false }, 3)).toEqual({ epoch: 3, follow: true });
  });

  it('plays from the cursor, or from 0 at the end, to the last epoch, then follows', () => {
    expect(playStart({ epoch: 3, follow: true }, 3)).toEqual({ epoch: 0, follow: false });
    let c = playStart({ epoch: 1, follow: false }, 3);
    const shown = [c.epoch];
    for (let done = false; !done;) {
      ({ cursor: c, done } = playStep(c, 3));
      shown.push(c.epoch);
    }
    expect(shown).toEqual([1, 2, 3]);
    expect(c.follow).toBe(true);
  });
});
