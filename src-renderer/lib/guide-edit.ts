/**
 * A teacher's edits of a lab's guide (steps, questions, checks, setups, locks): named actions like
 * every other edit, so undo, autosave and dirty tracking follow. An edit that names a step,
 * question or check that is not there leaves the lab as it was.
 */
import {
  CheckSchema,
  QuestionSchema,
  emptyWork,
  labFingerprint,
  type Check,
  type CheckKind,
  type Guide,
  type LockableTraining,
  type Question,
  type QuestionKind,
  type Step,
} from '../../src-main/contract/guide.ts';
import type { LabFile } from '../../src-main/contract/lab.ts';
import type { EditResult } from './actions.ts';

/** The smallest `<prefix><n>` not taken, so ids stay short and tests exact. */
function freeId(prefix: string, taken: string[]): string {
  let i = taken.length + 1;
  while (taken.includes(`${prefix}${i}`)) i += 1;
  return `${prefix}${i}`;
}

const newStep = (steps: Step[]): Step => {
  const id = freeId(
    'step-',
    steps.map((s) => s.id),
  );
  return {
    id,
    title: `Step ${steps.length + 1}`,
    text: '',
    questions: [],
    checks: [],
    setup: null,
  };
};

export function newGuide(id: string): Guide {
  return {
    id,
    topic: null,
    minutes: null,
    author: '',
    steps: [newStep([])],
    locks: { dataset: false, training: [], layers: [], structure: false },
    fingerprint: null,
  };
}

/** A fresh guide id (the lab's runs are those carrying it). */
export const freshGuideId = (now = Date.now(), random = Math.random()) =>
  `lab-${now.toString(36)}-${Math.floor(random * 36 ** 4).toString(36)}`;

export function newQuestion(kind: QuestionKind, id: string, prompt = ''): Question {
  if (kind === 'choice') return { kind, id, prompt, choices: ['Yes', 'No'], correct: null };
  if (kind === 'number') return { kind, id, prompt, unit: '' };
  return { kind, id, prompt };
}

export function newCheck(kind: CheckKind): Check {
  switch (kind) {
    case 'overfits':
      return { kind, epochs: 3, where: {} };
    case 'sparsity':
      return { kind, layer: null, above: 0.5, where: {} };
    case 'compared':
      return { kind, runs: [{}, {}] };
    case 'metric':
      return { kind, metric: 'val_accuracy', at: 'best', above: 0.8, where: {} };
    case 'early-stopped':
      return { kind, where: {} };
    case 'grid':
      return { kind, settings: 2, folds: 3 };
  }
}

const withGuide = (lab: LabFile, change: (g: Guide) => Guide): EditResult =>
  lab.guide ? { lab: { ...lab, guide: change(lab.guide) } } : { lab };

/** Changes one step; the lab stays as it was when there is no such step. */
function withStep(lab: LabFile, stepId: string, change: (s: Step) => Step): EditResult {
  if (!lab.guide?.steps.some((s) => s.id === stepId)) return { lab };
  return withGuide(lab, (g) => ({
    ...g,
    steps: g.steps.map((s) => (s.id === stepId ? change(s) : s)),
  }));
}

const createGuide = (lab: LabFile, p: { id: string }): EditResult =>
  lab.guide ? { lab } : { lab: { ...lab, guide: newGuide(p.id) } };

const setGuideInfo = (
  lab: LabFile,
  p: Partial<Pick<Guide, 'topic' | 'minutes' | 'author'>>,
): EditResult => withGuide(lab, (g) => ({ ...g, ...p }));

/** A new step after `after` (at the end without it). */
function addStep(lab: LabFile, p: { after?: string }): EditResult {
  return withGuide(lab, (g) => {
    const step = newStep(g.steps);
    const at = p.after ? g.steps.findIndex((s) => s.id === p.after) + 1 : 0;
    const steps = [...g.steps];
    steps.splice(at > 0 ? at : steps.length, 0, step);
    return { ...g, steps };
  });
}

const removeStep = (lab: LabFile, p: { stepId: string }): EditResult =>
  lab.guide?.steps.some((s) => s.id === p.stepId)
    ? withGuide(lab, (g) => ({ ...g, steps: g.steps.filter((s) => s.id !== p.stepId) }))
    : { lab };

function moveStep(lab: LabFile, p: { stepId: string; by: -1 | 1 }): EditResult {
  const steps = lab.guide?.steps ?? [];
  const from = steps.findIndex((s) => s.id === p.stepId);
  const to = from + p.by;
  if (from < 0 || to < 0 || to >= steps.length) return { lab };
  const next = [...steps];
  [next[from], next[to]] = [next[to], next[from]];
  return withGuide(lab, (g) => ({ ...g, steps: next }));
}

function setStep(lab: LabFile, p: { stepId: string; title?: string; text?: string }): EditResult {
  const { stepId, ...patch } = p;
  // A step always has a title: clearing it keeps the old one until something is typed.
  if (patch.title !== undefined && !patch.title.trim()) delete patch.title;
  return withStep(lab, stepId, (s) => ({ ...s, ...patch }));
}

const addQuestion = (lab: LabFile, p: { stepId: string; kind: QuestionKind }): EditResult =>
  withStep(lab, p.stepId, (s) => ({
    ...s,
    questions: [
      ...s.questions,
      newQuestion(
        p.kind,
        freeId(
          'q',
          s.questions.map((q) => q.id),
        ),
      ),
    ],
  }));

/** Replaces the question with the same id; one the lab file could not hold leaves the lab as it was. */
const setQuestion = (lab: LabFile, p: { stepId: string; question: Question }): EditResult =>
  QuestionSchema.safeParse(p.question).success
    ? withStep(lab, p.stepId, (s) => ({
        ...s,
        questions: s.questions.map((q) => (q.id === p.question.id ? p.question : q)),
      }))
    : { lab };

const removeQuestion = (lab: LabFile, p: { stepId: string; questionId: string }): EditResult =>
  withStep(lab, p.stepId, (s) => ({
    ...s,
    questions: s.questions.filter((q) => q.id !== p.questionId),
  }));

const addCheck = (lab: LabFile, p: { stepId: string; kind: CheckKind }): EditResult =>
  withStep(lab, p.stepId, (s) => ({ ...s, checks: [...s.checks, newCheck(p.kind)] }));

const setCheck = (lab: LabFile, p: { stepId: string; index: number; check: Check }): EditResult =>
  CheckSchema.safeParse(p.check).success
    ? withStep(lab, p.stepId, (s) => ({
        ...s,
        checks: s.checks.map((c, i) => (i === p.index ? p.check : c)),
      }))
    : { lab };

const removeCheck = (lab: LabFile, p: { stepId: string; index: number }): EditResult =>
  withStep(lab, p.stepId, (s) => ({ ...s, checks: s.checks.filter((_, i) => i !== p.index) }));

/** "Use the current model as this step's setup" (`use: true`), or clear it. */
const setStepSetup = (lab: LabFile, p: { stepId: string; use: boolean }): EditResult =>
  withStep(lab, p.stepId, (s) => ({
    ...s,
    setup: p.use ? { graph: lab.graph, training: lab.training, dataset: lab.dataset } : null,
  }));

export type LockTarget =
  | { kind: 'dataset' }
  | { kind: 'structure' }
  | { kind: 'training'; key: LockableTraining }
  | { kind: 'layer'; id: string };

const toggle = <T>(list: T[], item: T, on: boolean) =>
  on ? (list.includes(item) ? list : [...list, item]) : list.filter((x) => x !== item);

/**
 * Locks or unlocks a part. A locked seed needs a value: locking an unset seed sets `seed` (one
 * undo step for both).
 */
function setLock(
  lab: LabFile,
  p: { target: LockTarget; locked: boolean; seed?: number },
): EditResult {
  if (!lab.guide) return { lab };
  const t = p.target;
  if (t.kind === 'training' && t.key === 'seed' && p.locked && lab.training.seed === null) {
    if (p.seed === undefined) return { lab };
    lab = { ...lab, training: { ...lab.training, seed: p.seed } };
  }
  const locked = lab;
  return withGuide(lab, (g) => {
    const l = g.locks;
    const locks =
      t.kind === 'dataset'
        ? { ...l, dataset: p.locked }
        : t.kind === 'structure'
          ? { ...l, structure: p.locked }
          : t.kind === 'training'
            ? { ...l, training: toggle(l.training, t.key, p.locked) }
            : { ...l, layers: toggle(l.layers, t.id, p.locked) };
    const steps = p.locked ? g.steps.map((st) => withLockedValue(st, locked, t)) : g.steps;
    return { ...g, locks, steps };
  });
}

/**
 * A step's setup takes the value a lock fixes, so "Set up this step" never changes a locked part
 * (which would make the lab differ from its fingerprint). A locked structure stays the teacher's
 * to keep consistent.
 */
function withLockedValue(step: Step, lab: LabFile, t: LockTarget): Step {
  const setup = step.setup;
  if (!setup) return step;
  if (t.kind === 'dataset')
    return setup.dataset ? { ...step, setup: { ...setup, dataset: lab.dataset } } : step;
  if (t.kind === 'training')
    return setup.training
      ? {
          ...step,
          setup: { ...setup, training: { ...setup.training, [t.key]: lab.training[t.key] } },
        }
      : step;
  if (t.kind !== 'layer' || !setup.graph) return step;
  const node = lab.graph.nodes.find((n) => n.id === t.id);
  if (!node) return step;
  const nodes = setup.graph.nodes.map((n) =>
    n.id === t.id ? { ...n, kind: node.kind, name: node.name, params: node.params } : n,
  ) as typeof setup.graph.nodes;
  return { ...step, setup: { ...setup, graph: { ...setup.graph, nodes } } };
}

/**
 * Drops the locks of layers a teacher removed, so a layer added later under the same id is not
 * locked by accident. The lab itself when nothing was dropped.
 */
export function pruneLocks(lab: LabFile): LabFile {
  const locks = lab.guide?.locks;
  if (!locks?.layers.length) return lab;
  const ids = new Set(lab.graph.nodes.map((n) => n.id));
  const layers = locks.layers.filter((id) => ids.has(id));
  if (layers.length === locks.layers.length) return lab;
  return { ...lab, guide: { ...lab.guide!, locks: { ...locks, layers } } };
}

/** What "Save for students" writes: the fingerprint of the locked parts, and no answers. */
export function forStudents(lab: LabFile): LabFile {
  if (!lab.guide) return lab;
  // Locked values changed since they were locked reach the setups too.
  const { locks } = lab.guide;
  const targets: LockTarget[] = [
    ...(locks.dataset ? [{ kind: 'dataset' } as const] : []),
    ...locks.training.map((key) => ({ kind: 'training', key }) as const),
    ...locks.layers.map((id) => ({ kind: 'layer', id }) as const),
  ];
  const steps = lab.guide.steps.map((st) =>
    targets.reduce((s, t) => withLockedValue(s, lab, t), st),
  );
  const guide = { ...lab.guide, steps, fingerprint: null };
  const ready = { ...lab, guide, work: emptyWork() };
  return { ...ready, guide: { ...guide, fingerprint: labFingerprint(ready) } };
}

const prepareForStudents = (lab: LabFile, _p: undefined): EditResult => ({
  lab: forStudents(lab),
});

/** A lab whose fingerprint was saved and no longer matches: its locked parts were changed. */
export const lockedPartsChanged = (lab: LabFile): boolean =>
  !!lab.guide?.fingerprint && labFingerprint(lab) !== lab.guide.fingerprint;

export const GUIDE_ACTIONS = {
  createGuide,
  setGuideInfo,
  addStep,
  removeStep,
  moveStep,
  setStep,
  addQuestion,
  setQuestion,
  removeQuestion,
  addCheck,
  setCheck,
  removeCheck,
  setStepSetup,
  setLock,
  prepareForStudents,
};
