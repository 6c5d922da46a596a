/**
 * A guided lab: the steps a teacher wrote for a lab (Markdown text, questions, checks LayerLab
 * evaluates on the student's runs), what the student may not change (locks), and the student's own
 * work (answers, ticked steps). All of it travels inside the `.layerlab.json` file (`LabFile.guide`,
 * `LabFile.work`), so one file works on any machine offline.
 *
 * The fingerprint is a SHA-256 of the lab's locked parts and of the guide itself: a report carries
 * it, and the class overview flags a report whose lab was changed where it was locked.
 */
import { z } from 'zod';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { DatasetRefSchema } from './datasets.ts';
import { LAYER_KINDS } from './layers.ts';
import type { GraphDocument } from './graph.ts';
import { LOCALES } from './locale.ts';
import { MONITORS, TrainingConfigSchema, type TrainingConfig } from './training.ts';

/** The course's topics, in the order of the course: the library's sections. */
export const TOPICS = [
  'playground',
  'capacity',
  'weight-regularization',
  'dropout',
  'batch-normalization',
  'early-stopping',
  'augmentation',
  'label-smoothing',
  'learning-rate',
  'memorization',
  'text',
  'cnn',
  'grid-search',
] as const;
export type Topic = (typeof TOPICS)[number];

export const TOPIC_TITLES: Record<Topic, string> = {
  playground: 'Playground',
  capacity: 'Capacity',
  'weight-regularization': 'L1 and L2',
  dropout: 'Dropout',
  'batch-normalization': 'Batch normalization',
  'early-stopping': 'Early stopping',
  augmentation: 'Data augmentation',
  'label-smoothing': 'Label smoothing',
  'learning-rate': 'Learning rate',
  memorization: 'Memorization',
  text: 'Text (IMDB)',
  cnn: 'Convolutional networks',
  'grid-search': 'Grid search',
};

const Id = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_.:-]+$/, 'an id uses letters, digits and _ . : - only');
/** Markdown, rendered without HTML (markdown-it with `html: false`). */
const Markdown = z.string().max(50_000);

export const QuestionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), id: Id, prompt: Markdown }),
  z.object({
    kind: z.literal('choice'),
    id: Id,
    prompt: Markdown,
    choices: z.array(z.string().min(1).max(1000)).min(2).max(12),
    /** The right choice's index, when the teacher gives one (the class overview marks answers). */
    correct: z.number().int().min(0).nullable().default(null),
  }),
  /** A number, typically read off a chart ("at which epoch is val_loss lowest?"). */
  z.object({
    kind: z.literal('number'),
    id: Id,
    prompt: Markdown,
    unit: z.string().max(40).default(''),
  }),
]);
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionKind = Question['kind'];

/**
 * Which of the student's runs a check looks at: every condition given must hold (an empty filter
 * takes any finished run of the lab). Runs of the lab are those whose lab has the same `guide.id`.
 */
export const RunFilterSchema = z.object({
  /** Layer kinds the model must contain (all of them). */
  layers: z.array(z.enum(LAYER_KINDS)).optional(),
  /** Layer kinds it must not contain. */
  withoutLayers: z.array(z.enum(LAYER_KINDS)).optional(),
  /** A kernel regularizer of this kind on some layer; 'none': no layer has one. */
  regularizer: z.enum(['l1', 'l2', 'any', 'none']).optional(),
  learningRateAtLeast: z.number().gt(0).optional(),
  learningRateAtMost: z.number().gt(0).optional(),
  shuffleLabels: z.boolean().optional(),
  augmentation: z.boolean().optional(),
  labelSmoothingAtLeast: z.number().gt(0).optional(),
  earlyStopping: z.boolean().optional(),
  paramsAtLeast: z.number().int().min(0).optional(),
  paramsAtMost: z.number().int().min(0).optional(),
});
export type RunFilter = z.infer<typeof RunFilterSchema>;

export const CheckSchema = z.discriminatedUnion('kind', [
  /** A run whose val_loss rises for `epochs` epochs in a row after its minimum: it overfits. */
  z.object({
    kind: z.literal('overfits'),
    epochs: z.number().int().min(1).max(1000).default(3),
    where: RunFilterSchema.default({}),
  }),
  /** A run whose layer (by name; null: the first layer with a kernel) has more than `above` of its weights at ~0. */
  z.object({
    kind: z.literal('sparsity'),
    layer: z.string().max(200).nullable().default(null),
    above: z.number().min(0).max(1),
    where: RunFilterSchema.default({}),
  }),
  /** Finished runs, one matching each filter, all different: "two runs compared". */
  z.object({
    kind: z.literal('compared'),
    runs: z.array(RunFilterSchema).min(2).max(10),
  }),
  /** A run whose best (or last) value of a metric is above or below a bound. */
  z.object({
    kind: z.literal('metric'),
    metric: z.enum(MONITORS),
    at: z.enum(['best', 'last']).default('best'),
    above: z.number().optional(),
    below: z.number().optional(),
    where: RunFilterSchema.default({}),
  }),
  /** A run that early stopping stopped before its last planned epoch. */
  z.object({ kind: z.literal('early-stopped'), where: RunFilterSchema.default({}) }),
  /** A grid of this lab that finished, with at least `settings` settings of `folds` folds. */
  z.object({
    kind: z.literal('grid'),
    settings: z.number().int().min(1).default(2),
    folds: z.number().int().min(2).default(3),
  }),
]);
export type Check = z.infer<typeof CheckSchema>;
export type CheckKind = Check['kind'];

/**
 * What a step's "Set up this step" puts into the lab: a model, settings, a dataset (each optional).
 * The lab's own change: locks do not stop it.
 */
export const StepSetupSchema = z.object({
  /** A graph document (checked with `parseGraph` when the lab is parsed). */
  graph: z.unknown().optional(),
  training: TrainingConfigSchema.optional(),
  dataset: DatasetRefSchema.optional(),
});

export const StepSchema = z.object({
  id: Id,
  title: z.string().min(1).max(200),
  text: Markdown.default(''),
  questions: z.array(QuestionSchema).max(50).default([]),
  checks: z.array(CheckSchema).max(20).default([]),
  setup: StepSetupSchema.nullable().default(null),
});

/** Training settings a teacher can lock, by their key in `TrainingConfig`. */
export const LOCKABLE_TRAINING = [
  'optimizer',
  'learningRate',
  'momentum',
  'loss',
  'labelSmoothing',
  'batchSize',
  'epochs',
  'validation',
  'earlyStopping',
  'augmentation',
  'trainSubset',
  'shuffleLabels',
  'seed',
  'shuffle',
] as const satisfies readonly (keyof TrainingConfig)[];
export type LockableTraining = (typeof LOCKABLE_TRAINING)[number];

export const LocksSchema = z.object({
  /** The dataset cannot be changed. */
  dataset: z.boolean().default(false),
  /** These training settings cannot be changed. */
  training: z.array(z.enum(LOCKABLE_TRAINING)).default([]),
  /** These layers (node ids) cannot be changed or removed. */
  layers: z.array(z.string().min(1).max(200)).default([]),
  /** No layer can be added, removed or reconnected. */
  structure: z.boolean().default(false),
});
export type Locks = z.infer<typeof LocksSchema>;

const atMost = (n: number, what: string) =>
  [(r: Record<string, unknown>) => Object.keys(r).length <= n, `at most ${n} ${what}`] as const;

/**
 * A guide's texts in one language (contract/guide-locale.ts lays them over the base texts): the
 * lab's name and description, and per step id its title and text, per question id its prompt,
 * choices and unit. Anything missing shows in the base language. Only words: ids, answer keys,
 * `correct` and the checks are the base's, so an answer given in one language holds in all.
 * Choices are by index: translated choices are used only when there are as many as the base's.
 * Texts of step or question ids the guide does not have are kept and ignored (a step deleted in
 * teacher mode leaves its translation behind harmlessly).
 */
export const QuestionTextsSchema = z.object({
  prompt: Markdown.optional(),
  choices: z.array(z.string().min(1).max(1000)).min(2).max(12).optional(),
  unit: z.string().max(40).optional(),
});
export const StepTextsSchema = z.object({
  title: z.string().min(1).max(200).optional(),
  text: Markdown.optional(),
  questions: z
    .record(Id, QuestionTextsSchema)
    .refine(...atMost(50, 'questions'))
    .optional(),
});
export const GuideTextsSchema = z.object({
  name: z.string().min(1).max(200).optional(),
  description: z.string().max(2000).optional(),
  steps: z
    .record(Id, StepTextsSchema)
    .refine(...atMost(100, 'steps'))
    .optional(),
});
export type GuideTexts = z.infer<typeof GuideTextsSchema>;
export type StepTexts = z.infer<typeof StepTextsSchema>;
export type QuestionTexts = z.infer<typeof QuestionTextsSchema>;

export const GuideSchema = z.object({
  /** Runs whose lab carries the same id are this lab's runs (copies keep it). */
  id: Id,
  topic: z.enum(TOPICS).nullable().default(null),
  /** Expected minutes for the whole lab on a classroom PC without a GPU. */
  minutes: z.number().min(0).max(600).nullable().default(null),
  author: z.string().max(200).default(''),
  steps: z.array(StepSchema).max(100).default([]),
  locks: LocksSchema.default({ dataset: false, training: [], layers: [], structure: false }),
  /** The guide's texts in other languages, by locale (absent: the base texts only). */
  translations: z.partialRecord(z.enum(LOCALES), GuideTextsSchema).optional(),
  /** `labFingerprint` when the teacher saved the lab for students; null before. */
  fingerprint: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable()
    .default(null),
});

/** The student's own work on a guided lab: autosaved with the lab. */
export const WorkSchema = z.object({
  /** The name the student's reports carry. */
  student: z.string().max(200).default(''),
  /** By `answerKey(step, question)`: text, a choice's index, or a number. */
  answers: z.record(z.string(), z.union([z.string().max(10_000), z.number()])).default({}),
  /** Ids of the steps the student ticked as done. */
  done: z.array(z.string()).default([]),
});
export type Work = z.infer<typeof WorkSchema>;

export interface StepSetup {
  graph?: GraphDocument;
  training?: TrainingConfig;
  dataset?: z.infer<typeof DatasetRefSchema>;
}
export type Step = Omit<z.infer<typeof StepSchema>, 'setup'> & { setup: StepSetup | null };
export type Guide = Omit<z.infer<typeof GuideSchema>, 'steps'> & { steps: Step[] };

/** What the lock and fingerprint helpers read of a lab (`LabFile` has it; lab.ts imports this file). */
export interface GuidedLab {
  guide: Guide | null;
  graph: GraphDocument;
  dataset: z.infer<typeof DatasetRefSchema>;
  training: TrainingConfig;
}

export const emptyWork = (): Work => ({ student: '', answers: {}, done: [] });

export const answerKey = (stepId: string, questionId: string): string => `${stepId}/${questionId}`;

export const isLayerLocked = (lab: GuidedLab, nodeId: string): boolean =>
  !!lab.guide?.locks.layers.includes(nodeId);
export const isTrainingLocked = (lab: GuidedLab, key: keyof TrainingConfig): boolean =>
  !!lab.guide?.locks.training.includes(key as LockableTraining);
export const isDatasetLocked = (lab: GuidedLab): boolean => !!lab.guide?.locks.dataset;
export const isStructureLocked = (lab: GuidedLab): boolean => !!lab.guide?.locks.structure;

/** JSON with object keys sorted, so equal values hash equally whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * The parts of a lab its fingerprint covers: the guide (steps, questions, checks, locks,
 * translations) and the
 * value of everything locked. Layer positions are left out: moving a locked layer changes nothing.
 */
export function lockedParts(lab: GuidedLab): unknown {
  const guide = lab.guide;
  if (!guide) return null;
  const { locks } = guide;
  const byId = new Map(lab.graph.nodes.map((n) => [n.id, n]));
  return {
    // Translations are the teacher's words too; absent, they leave older fingerprints unchanged.
    guide: { id: guide.id, steps: guide.steps, locks, translations: guide.translations },
    dataset: locks.dataset ? lab.dataset : null,
    training: Object.fromEntries(locks.training.map((key) => [key, lab.training[key] ?? null])),
    layers: locks.layers.map((id) => {
      const node = byId.get(id);
      return node ? { id, kind: node.kind, params: node.params } : { id, missing: true };
    }),
    structure: locks.structure
      ? {
          nodes: lab.graph.nodes.map((n) => ({ id: n.id, kind: n.kind })),
          edges: lab.graph.edges.map((e) => ({ source: e.source, target: e.target })),
        }
      : null,
  };
}

/** SHA-256 (hex) of `lockedParts(lab)`; null for a lab without a guide. */
export function labFingerprint(lab: GuidedLab): string | null {
  if (!lab.guide) return null;
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(lockedParts(lab)))));
}
