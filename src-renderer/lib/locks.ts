/**
 * What a guided lab locks, enforced in one place: the editor asks `lockRefusal(before, after)` for
 * every edit (and every undo or redo) a student makes, whichever button, key, paste or drag made
 * it, and shows the sentence instead of making the edit. Only the lab's own changes ("Set up this
 * step", opening another lab) and teacher mode go past it.
 */
import type { AnyGraphNode, GraphDocument } from '../../src-main/contract/graph.ts';
import { layerPath, selectLayers, type GridSpec } from '../../src-main/contract/grid.ts';
import { canonicalJson, type Guide, type LockableTraining } from '../../src-main/contract/guide.ts';
import { m } from '../../src-main/contract/i18n.ts';
import type { LabFile } from '../../src-main/contract/lab.ts';
import type { LockTarget } from './guide-edit.ts';

/** Actions that are the lab's own change, not the student's: they go past the locks. */
export const LAB_OWN_ACTIONS: ReadonlySet<string> = new Set(['setUpStep']);

/** Each lockable setting as the training panel names it, in the interface's language. */
export const TRAINING_LABELS: Record<LockableTraining, () => string> = {
  optimizer: m.teach_training_optimizer,
  learningRate: m.teach_training_learning_rate,
  momentum: m.teach_training_momentum,
  loss: m.teach_training_loss,
  labelSmoothing: m.teach_training_label_smoothing,
  batchSize: m.teach_training_batch_size,
  epochs: m.teach_training_epochs,
  validation: m.teach_training_validation,
  earlyStopping: m.teach_training_early_stopping,
  augmentation: m.teach_training_augmentation,
  trainSubset: m.teach_training_train_subset,
  shuffleLabels: m.teach_training_shuffle_labels,
  seed: m.teach_training_seed,
  shuffle: m.teach_training_shuffle,
};

/** Something a lab can lock, for the tooltips and refusals that name it. */
export type LockPart =
  | { kind: 'dataset' }
  | { kind: 'structure' }
  | { kind: 'training'; key: LockableTraining }
  | { kind: 'layer'; name: string };

function why(part: LockPart): string {
  switch (part.kind) {
    case 'dataset':
      return m.teach_why_dataset();
    case 'structure':
      return m.teach_why_structure();
    case 'layer':
      return m.teach_why_layer();
    case 'training':
      return part.key === 'seed'
        ? m.teach_why_seed()
        : m.teach_why_setting({ setting: TRAINING_LABELS[part.key]() });
  }
}

/** The tooltip of a locked field: who locked it and why. */
export function lockTitle(guide: Guide | null, part: LockPart): string {
  const author = guide?.author;
  return author
    ? m.teach_locked_by_author({ author, why: why(part) })
    : m.teach_locked_by({ why: why(part) });
}

function subject(part: LockPart): string {
  switch (part.kind) {
    case 'dataset':
      return m.teach_subject_dataset();
    case 'structure':
      return m.teach_subject_structure();
    case 'layer':
      return m.teach_subject_layer({ name: part.name });
    case 'training':
      return m.teach_subject_setting({ setting: TRAINING_LABELS[part.key]() });
  }
}

/** The notice for an edit a lock refused. */
export function lockRefused(guide: Guide | null, part: LockPart): string {
  const author = guide?.author;
  const p = { subject: subject(part), why: why(part) };
  return author ? m.teach_refused_author({ ...p, author }) : m.teach_refused(p);
}

const same = (a: unknown, b: unknown) => a === b || canonicalJson(a) === canonicalJson(b);

const links = (g: GraphDocument, id: string) =>
  g.edges
    .filter((e) => e.source === id || e.target === id)
    .map((e) => `${e.source}>${e.target}`)
    .sort();

/** What a locked layer is, apart from where it sits on the canvas. */
const layerBody = (n: AnyGraphNode | undefined) =>
  n ? { kind: n.kind, name: n.name, params: n.params } : null;

const shape = (g: GraphDocument) => ({
  nodes: g.nodes.map((n) => n.id).sort(),
  edges: g.edges.map((e) => `${e.source}>${e.target}`).sort(),
});

/** The grid's sweeps that set something locked, by path: a student may not add, edit or drop them. */
function lockedSweeps(grid: GridSpec | null, lab: LabFile, guide: Guide): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of grid?.params ?? []) {
    const at = layerPath(p.path);
    if (!at) {
      if (guide.locks.training.includes(p.path.split('.')[1] as LockableTraining)) out[p.path] = p;
      continue;
    }
    const selected = selectLayers(lab.graph.nodes, at.selector);
    if ('layers' in selected && selected.layers.some((n) => guide.locks.layers.includes(n.id)))
      out[p.path] = p;
  }
  return out;
}

/**
 * Null when `after` keeps every part `before` locks (its guide's locks); otherwise the sentence
 * saying what is locked. Positions on the canvas are free: moving a locked layer changes nothing.
 */
export function lockRefusal(before: LabFile, after: LabFile): string | null {
  const guide = before.guide;
  if (!guide) return null;
  if (!same(guide, after.guide)) return m.teach_steps_are_teachers();
  const { locks } = guide;
  if (locks.dataset && !same(before.dataset, after.dataset))
    return lockRefused(guide, { kind: 'dataset' });
  for (const key of locks.training)
    if (!same(before.training[key], after.training[key]))
      return lockRefused(guide, { kind: 'training', key });
  const was = new Map(before.graph.nodes.map((n) => [n.id, n]));
  const now = new Map(after.graph.nodes.map((n) => [n.id, n]));
  for (const id of locks.layers) {
    const node = was.get(id);
    if (!node) continue;
    if (
      !same(layerBody(node), layerBody(now.get(id))) ||
      !same(links(before.graph, id), links(after.graph, id))
    )
      return lockRefused(guide, { kind: 'layer', name: node.name });
  }
  if (locks.structure && !same(shape(before.graph), shape(after.graph)))
    return lockRefused(guide, { kind: 'structure' });
  if (
    before.grid !== after.grid &&
    !same(lockedSweeps(before.grid, before, guide), lockedSweeps(after.grid, after, guide))
  )
    return guide.author
      ? m.teach_grid_locked_author({ author: guide.author })
      : m.teach_grid_locked();
  return null;
}

/** Whether the lab locks this part. */
export function isLocked(lab: LabFile, t: LockTarget): boolean {
  const locks = lab.guide?.locks;
  if (!locks) return false;
  if (t.kind === 'dataset') return locks.dataset;
  if (t.kind === 'structure') return locks.structure;
  if (t.kind === 'training') return locks.training.includes(t.key);
  return locks.layers.includes(t.id);
}

/** Whether a student may not change this part (locked, and not in teacher mode). */
export const lockedFor = (lab: LabFile, t: LockTarget, teacherMode: boolean): boolean =>
  !teacherMode && isLocked(lab, t);

/** The part a lock target names, for its sentences. */
export function partOf(lab: LabFile, t: LockTarget): LockPart {
  if (t.kind !== 'layer') return t;
  return { kind: 'layer', name: lab.graph.nodes.find((n) => n.id === t.id)?.name ?? t.id };
}
