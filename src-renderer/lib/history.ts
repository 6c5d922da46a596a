/**
 * Undo/redo over immutable snapshots. Documents share structure between versions, so a snapshot
 * costs only what changed. Typing "512" into a field is one step, not three: consecutive edits with
 * the same key within `MERGE_MS` replace the top of the stack.
 */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** The key and time of the last edit, for merging. */
  lastKey: string | null;
  lastAt: number;
}

export const HISTORY_LIMIT = 200;
export const MERGE_MS = 1000;

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], lastKey: null, lastAt: 0 };
}

/** Records `next`; an edit with the key of the previous one, soon after it, merges into it. */
export function record<T>(
  h: History<T>,
  next: T,
  key: string | null = null,
  now = Date.now(),
): History<T> {
  if (next === h.present) return h;
  const merge = key !== null && key === h.lastKey && now - h.lastAt < MERGE_MS;
  const past = merge ? h.past : [...h.past, h.present].slice(-HISTORY_LIMIT);
  return { past, present: next, future: [], lastKey: key, lastAt: now };
}

export function undo<T>(h: History<T>): History<T> {
  if (!h.past.length) return h;
  return {
    past: h.past.slice(0, -1),
    present: h.past[h.past.length - 1],
    future: [h.present, ...h.future],
    lastKey: null,
    lastAt: 0,
  };
}

export function redo<T>(h: History<T>): History<T> {
  if (!h.future.length) return h;
  return {
    past: [...h.past, h.present],
    present: h.future[0],
    future: h.future.slice(1),
    lastKey: null,
    lastAt: 0,
  };
}
