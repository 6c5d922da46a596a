/**
 * The editor's history of labs, with the locks applied where every edit, undo and redo passes: a
 * student's change of a locked part is refused here, whichever button, key, paste or drag made it.
 * Pure, so the refusals are tested without a browser.
 */
import type { LabFile } from '../../src-main/contract/lab.ts';
import { applyAction, type ActionName, type ActionPayload } from './actions.ts';
import { record, redo, undo, type History } from './history.ts';
import { pruneLocks } from './guide-edit.ts';
import { LAB_OWN_ACTIONS, lockRefusal } from './locks.ts';

/** What undo/redo steps through: the lab and the file it belongs to. */
export interface Doc {
  lab: LabFile;
  path: string | null;
  /** Reached by the lab's own change (another lab opened, a step set up): locks do not stop it. */
  own?: boolean;
}

export interface Moved {
  history: History<Doc>;
  /** Why the edit was not made (a lock), or null. */
  refused: string | null;
  /** Layers to select after an edit that says so. */
  selection?: string[];
}

/** `teacher`: teacher mode, where locks are set and not enforced. */
const refusal = (before: LabFile, after: LabFile, teacher: boolean) =>
  teacher ? null : lockRefusal(before, after);

export function edit<A extends ActionName>(
  h: History<Doc>,
  name: A,
  payload: ActionPayload<A>,
  options: { mergeKey?: string | null; teacher: boolean },
): Moved {
  const { lab, path } = h.present;
  const result = applyAction(lab, name, payload);
  if (result.lab === lab) return { history: h, refused: null };
  const own = LAB_OWN_ACTIONS.has(name);
  const refused = own ? null : refusal(lab, result.lab, options.teacher);
  if (refused) return { history: h, refused };
  // Only a teacher can remove a locked layer; its lock goes with it.
  const next = options.teacher ? pruneLocks(result.lab) : result.lab;
  const doc: Doc = own ? { lab: next, path, own } : { lab: next, path };
  return {
    history: record(h, doc, options.mergeKey ?? null),
    refused: null,
    selection: result.selection,
  };
}

/** Undo, unless it would change a locked part (undoing the lab's own change is its own too). */
export function undoEdit(h: History<Doc>, teacher: boolean): Moved {
  const back = h.past.at(-1);
  const refused = back && !h.present.own ? refusal(h.present.lab, back.lab, teacher) : null;
  return refused ? { history: h, refused } : { history: undo(h), refused: null };
}

export function redoEdit(h: History<Doc>, teacher: boolean): Moved {
  const next = h.future[0];
  const refused = next && !next.own ? refusal(h.present.lab, next.lab, teacher) : null;
  return refused ? { history: h, refused } : { history: redo(h), refused: null };
}
