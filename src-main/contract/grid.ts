/**
 * Hyperparameter grids: what to sweep, how to evaluate (k-fold cross-validation or a holdout split),
 * and what to rank by. Expansion into trials is pure, so the editor can count trials as you type.
 */
import { LayerLabError, said, saidIssue, type ErrorText } from './errors.ts';
import type { ErrorParam } from './error-text.ts';
import { z } from 'zod';
import type { AnyGraphNode } from './graph.ts';
import type { LabFile } from './lab.ts';
import { LAYERS, type LayerKind, type ParamSpec, type Regularizer } from './layers.ts';
import {
  AugmentationSchema,
  OPTIMIZERS,
  TrainingConfigSchema,
  type TrainingConfig,
} from './training.ts';
import { analyzeGraph, fmtCount, paramProblems, type GraphAnalysis } from './validate.ts';

export const GRID_TRAINING_KEYS = [
  'learningRate',
  'batchSize',
  'optimizer',
  'epochs',
  'labelSmoothing',
  'momentum',
  'augmentation',
] as const;
export type GridTrainingKey = (typeof GRID_TRAINING_KEYS)[number];

export type GridValue = number | string | boolean;

export const GridRangeSchema = z
  .object({
    from: z.number(),
    to: z.number(),
    steps: z.number().int().min(2).max(50),
    scale: z.enum(['linear', 'log']).default('linear'),
  })
  .refine((r) => r.scale !== 'log' || (r.from > 0 && r.to > 0), {
    // The logarithm of 0 or less does not exist: the steps would all be NaN.
    message:
      'a log range must start and end above 0; start it at a small positive value such as 0.0001, or use a linear range',
  });

export const GridParamSchema = z
  .object({
    /**
     * `training.learningRate`, `training.augmentation`..., or `layers.<layers>.<param>`, where a
     * regularizer strength is `layers.dense.kernelRegularizer.l2`. `<layers>` is one layer's name
     * (`dense`), every layer of a kind (`*Dropout`), or chosen layers (`dense+dense_1`): one value
     * goes to all of them, as a course's `build_model(rate)` gives every Dropout the same rate.
     */
    path: z
      .string()
      .regex(
        /^(training\.[A-Za-z]+|layers\.[^.]+\.[A-Za-z]+(\.(l1|l2))?)$/,
        'must look like training.learningRate or layers.dropout.rate',
      ),
    values: z
      .array(z.union([z.number(), z.string(), z.boolean()]))
      .min(1)
      .max(50)
      .optional(),
    range: GridRangeSchema.optional(),
  })
  .refine((p) => !!p.values !== !!p.range, 'give either values or a range');
export type GridParam = z.infer<typeof GridParamSchema>;

export const GridSpecSchema = z.object({
  params: z.array(GridParamSchema).min(1).max(4),
  search: z
    .union([
      z.object({ kind: z.literal('grid') }),
      z.object({
        kind: z.literal('random'),
        trials: z.number().int().min(1).max(500),
        seed: z.number().int().min(0).default(0),
      }),
    ])
    .default({ kind: 'grid' }),
  evaluation: z
    .union([
      z.object({
        kind: z.literal('kfold'),
        folds: z.number().int().min(2).max(20).default(3),
        stratified: z.boolean().default(true),
        seed: z.number().int().min(0).default(0),
      }),
      z.object({ kind: z.literal('holdout'), fraction: z.number().gt(0).lt(1).default(0.2) }),
    ])
    .default({ kind: 'kfold', folds: 3, stratified: true, seed: 0 }),
  rankBy: z.enum(['val_loss', 'val_accuracy']).default('val_accuracy'),
  /** Train the best setting again on all the training data and report its test score (GridSearchCV's refit). */
  refit: z.boolean().default(true),
  /** Trainer processes at once; null means one per core (one on a GPU). */
  parallel: z.number().int().min(1).max(64).nullable().default(null),
});
export type GridSpec = z.infer<typeof GridSpecSchema>;
export type GridSpecInput = z.input<typeof GridSpecSchema>;

/**
 * A grid spec checked by its schema, or GridError with one sentence that names each swept setting at
 * fault ("the sweep of training.learningRate (range): a log range must start and end above 0").
 */
export function parseGridSpec(input: unknown): GridSpec {
  const parsed = GridSpecSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const params = (input as { params?: { path?: unknown }[] } | null)?.params;
  const where = (p: PropertyKey[]) => {
    const swept = p[0] === 'params' && typeof p[1] === 'number' ? params?.[p[1]]?.path : undefined;
    if (typeof swept !== 'string') return p.join('.') || 'the grid';
    return `the sweep of ${swept}${p.length > 2 ? ` (${p.slice(2).join('.')})` : ''}`;
  };
  throw new GridError(
    said('error_grid_invalid', {
      issues: parsed.error.issues.map((i) => `${where(i.path)}: ${i.message}`).join('; '),
    }),
  );
}

/** The values a parameter takes: its list, or its range (linear or log steps, ends included). */
export function paramValues(p: GridParam): GridValue[] {
  if (p.values) return p.values;
  const { from, to, steps, scale } = p.range!;
  const out: number[] = [];
  for (let i = 0; i < steps; i++) {
    const t = i / (steps - 1);
    const v =
      scale === 'log'
        ? Math.exp(Math.log(from) + t * (Math.log(to) - Math.log(from)))
        : from + t * (to - from);
    out.push(Number(v.toPrecision(6)));
  }
  return out;
}

export type TrialParams = Record<string, GridValue>;

/** The most settings one grid search may have (a random search draws at most 500). */
export const MAX_GRID_TRIALS = 1000;

/** How many settings the grid has, without expanding it. */
export function countTrials(spec: GridSpec): number {
  if (spec.search.kind === 'random') return spec.search.trials;
  return spec.params.reduce((n, p) => n * (p.values?.length ?? p.range?.steps ?? 1), 1);
}

/**
 * Every combination (grid search) or `trials` random draws (random search), in a stable order.
 * Throws GridError for a grid of more than `MAX_GRID_TRIALS` settings, before making any of them.
 */
export function expandGrid(spec: GridSpec): TrialParams[] {
  const count = countTrials(spec);
  if (count > MAX_GRID_TRIALS)
    throw new GridError(
      said('error_grid_too_many', {
        count: fmtCount(count),
        values: spec.params
          .map((p): ErrorParam =>
            said('error_grid_values_of', { count: paramValues(p).length, path: p.path }),
          )
          .reduce((a, b) => said('error_grid_times', { a, b })),
        max: fmtCount(MAX_GRID_TRIALS),
      }),
    );
  if (spec.search.kind === 'random')
    return randomTrials(spec, spec.search.trials, spec.search.seed);
  let combos: TrialParams[] = [{}];
  for (const p of spec.params) {
    const values = paramValues(p);
    combos = combos.flatMap((c) => values.map((v) => ({ ...c, [p.path]: v })));
  }
  return combos;
}

function randomTrials(spec: GridSpec, trials: number, seed: number): TrialParams[] {
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out: TrialParams[] = [];
  for (let i = 0; i < trials; i++) {
    const trial: TrialParams = {};
    for (const p of spec.params) {
      if (p.values) trial[p.path] = p.values[Math.floor(random() * p.values.length)];
      else {
        const { from, to, scale } = p.range!;
        const t = random();
        const v =
          scale === 'log'
            ? Math.exp(Math.log(from) + t * (Math.log(to) - Math.log(from)))
            : from + t * (to - from);
        trial[p.path] = Number(v.toPrecision(4));
      }
    }
    out.push(trial);
  }
  return out;
}

export class GridError extends LayerLabError {
  constructor(message: string | ErrorText) {
    super('invalid-grid', message);
    this.name = 'GridError';
  }
}

/** A standard augmentation for sweeping "augmentation on/off" when the lab defines none. */
const DEFAULT_AUGMENTATION = AugmentationSchema.parse({
  rotationRange: 10,
  widthShiftRange: 0.1,
  heightShiftRange: 0.1,
  zoomRange: 0.1,
});

function setTraining(
  training: TrainingConfig,
  key: string,
  value: GridValue,
  base: LabFile,
): TrainingConfig {
  if (!(GRID_TRAINING_KEYS as readonly string[]).includes(key))
    throw new GridError(
      said('error_grid_not_sweepable', { key, list: GRID_TRAINING_KEYS.join(', ') }),
    );
  if (key === 'augmentation') {
    if (typeof value !== 'boolean')
      throw new GridError(said('error_grid_bool', { value: JSON.stringify(value) }));
    return {
      ...training,
      augmentation: value ? (base.training.augmentation ?? DEFAULT_AUGMENTATION) : null,
    };
  }
  if (key === 'optimizer') {
    if (!OPTIMIZERS.includes(value as never))
      throw new GridError(
        said('error_grid_optimizer', {
          list: OPTIMIZERS.join(', '),
          value: JSON.stringify(value),
        }),
      );
    return { ...training, optimizer: value as TrainingConfig['optimizer'] };
  }
  if (typeof value !== 'number')
    throw new GridError(
      said('error_grid_numbers', { path: `training.${key}`, value: JSON.stringify(value) }),
    );
  const checked = TrainingConfigSchema.shape[key as 'batchSize'].safeParse(value);
  if (!checked.success)
    throw new GridError(
      said('error_grid_setting', {
        path: `training.${key}`,
        problem: mustBe(checked.error.issues[0], value),
      }),
    );
  return { ...training, [key]: value };
}

/** A zod issue about one number, as the catalog's sentences put it: "is 0; it must be at least 1". */
function mustBe(issue: z.core.$ZodIssue, value: number): ErrorText {
  const i = issue as {
    code: string;
    minimum?: unknown;
    maximum?: unknown;
    inclusive?: boolean;
    expected?: string;
  };
  const limit = String(i.code === 'too_small' ? i.minimum : i.maximum);
  if (i.code === 'too_small')
    return said(i.inclusive ? 'error_grid_at_least' : 'error_grid_more_than', { value, limit });
  if (i.code === 'too_big')
    return said(i.inclusive ? 'error_grid_at_most' : 'error_grid_less_than', { value, limit });
  if (i.expected === 'int') return said('error_grid_not_whole', { value });
  if (i.code === 'invalid_type') return said('error_grid_not_number', { value });
  return said('error_grid_is_value', { value, detail: issue.message });
}

function setLayer(
  node: AnyGraphNode,
  param: string,
  sub: string | undefined,
  value: GridValue,
): AnyGraphNode {
  const spec = (LAYERS[node.kind].params as Record<string, ParamSpec>)[param];
  if (!spec)
    throw new GridError(said('error_grid_no_param', { param, name: node.name, kind: node.kind }));
  const params = { ...(node.params as Record<string, unknown>) };
  if (spec.type === 'regularizer') {
    if (sub !== 'l1' && sub !== 'l2')
      throw new GridError(said('error_grid_regularizer_path', { name: node.name, param }));
    if (typeof value !== 'number')
      throw new GridError(
        said('error_grid_numbers', {
          path: `layers.${node.name}.${param}.${sub}`,
          value: JSON.stringify(value),
        }),
      );
    const current = (params[param] as Regularizer | null) ?? { kind: sub, l1: 0, l2: 0 };
    const next = { ...current, [sub]: value };
    params[param] = {
      ...next,
      kind: next.l1 > 0 && next.l2 > 0 ? 'l1l2' : next.l1 > 0 ? 'l1' : 'l2',
    };
  } else if (spec.type === 'pair' && typeof value === 'number') {
    params[param] = [value, value]; // a kernel size of 5 means 5x5
  } else {
    params[param] = value;
  }
  const problems = paramProblems(spec, params[param]);
  if (problems.length)
    throw new GridError(
      said('error_grid_setting', {
        path: `layers.${node.name}.${param}${sub ? `.${sub}` : ''}`,
        problem: problems[0],
      }),
    );
  return { ...node, params } as AnyGraphNode;
}

/** `layers.<selector>.<param>[.l1|l2]` in parts, or null for a training path. */
export function layerPath(
  path: string,
): { selector: string; param: string; sub: 'l1' | 'l2' | undefined } | null {
  const [root, selector, param, sub] = path.split('.');
  if (root !== 'layers' || !selector || !param) return null;
  return { selector, param, sub: sub as 'l1' | 'l2' | undefined };
}

/** The selector for layers by name: `dense`, or `dense+dense_1` for several. */
export const namesSelector = (names: readonly string[]) => names.join('+');
/** The selector for every layer of a kind: `*Dropout`. */
export const kindSelector = (kind: LayerKind) => `*${kind}`;

/**
 * The layers a selector names, in graph order: one layer (`dense`), every layer of a kind
 * (`*Dropout`), or chosen layers (`dense+dense_1`); or why it names none. A layer whose name is the
 * whole selector wins, so a grid saved before selectors existed reads as it did.
 */
export function selectLayers<N extends { name: string; kind: string }>(
  nodes: readonly N[],
  selector: string,
): { layers: N[]; kind: LayerKind | null } | { problem: string } {
  const exact = nodes.find((n) => n.name === selector);
  if (exact) return { layers: [exact], kind: null };
  if (selector.startsWith('*')) {
    const kind = selector.slice(1);
    if (!(kind in LAYERS))
      return {
        problem: `'${kind}' is not a layer kind; write the kind as Keras does, like *Dropout or *Dense`,
      };
    const layers = nodes.filter((n) => n.kind === kind);
    if (!layers.length) return { problem: `the model has no ${kind} layer` };
    return { layers, kind: kind as LayerKind };
  }
  const names = selector.split('+');
  const missing = names.find((name) => !nodes.some((n) => n.name === name));
  if (missing !== undefined) return { problem: `the model has no layer named '${missing}'` };
  if (new Set(names).size < names.length) return { problem: `'${selector}' names a layer twice` };
  return { layers: nodes.filter((n) => names.includes(n.name)), kind: null };
}

/** The lab a trial trains: the base lab with the trial's values set. Throws GridError for a bad path. */
export function applyTrial(base: LabFile, trial: TrialParams): LabFile {
  let training = base.training;
  let nodes = base.graph.nodes;
  // Two sweeps setting the same value (`dropout.rate` and `*Dropout.rate`) would hide one of them.
  const setBy = new Map<string, string>();
  for (const [path, value] of Object.entries(trial)) {
    const at = layerPath(path);
    if (!at) {
      training = setTraining(training, path.split('.')[1], value, base);
      continue;
    }
    const selected = selectLayers(nodes, at.selector);
    if ('problem' in selected)
      throw new GridError(said('error_grid_selector', { path, problem: selected.problem }));
    const ids = new Set(selected.layers.map((n) => n.id));
    for (const n of selected.layers) {
      const key = `${n.name}.${at.param}${at.sub ? `.${at.sub}` : ''}`;
      const other = setBy.get(key);
      if (other) throw new GridError(said('error_grid_twice', { key, other, path, name: n.name }));
      setBy.set(key, path);
    }
    nodes = nodes.map((n) => (ids.has(n.id) ? setLayer(n, at.param, at.sub, value) : n));
  }
  return { ...base, graph: { ...base.graph, nodes }, training };
}

/**
 * The lab a trial trains, checked as a run's lab is: every swept value in its range, the training
 * settings by their schema and the model by `analyzeGraph`. Throws GridError naming the trial.
 */
export function trialLab(
  base: LabFile,
  trial: TrialParams,
): { lab: LabFile; analysis: GraphAnalysis } {
  const at = trialLabel(trial);
  let lab: LabFile;
  try {
    lab = applyTrial(base, trial);
  } catch (e) {
    if (e instanceof GridError)
      throw new GridError(said('error_grid_trial', { trial: at, detail: e.words }));
    throw e;
  }
  const training = TrainingConfigSchema.safeParse(lab.training);
  if (!training.success) {
    const issue = training.error.issues[0];
    throw new GridError(
      said('error_grid_trial_training', {
        trial: at,
        path: `training.${issue.path.join('.')}`,
        issue: issue.message,
      }),
    );
  }
  const analysis = analyzeGraph(lab.graph);
  if (!analysis.ok)
    throw new GridError(
      said('error_grid_trial_model', { trial: at, issue: saidIssue(analysis.issues[0]) }),
    );
  return { lab, analysis };
}

/**
 * "dropout.rate=0.3, dense.kernelRegularizer.l2=0.01" (or "every Dropout.rate=0.3" for every layer
 * of a kind): a trial's label for tables and legends.
 */
export function trialLabel(trial: TrialParams): string {
  return Object.entries(trial)
    .map(
      ([k, v]) =>
        `${k
          .replace(/^layers\.\*/, 'every ')
          .replace(/^layers\./, '')
          .replace(/^training\./, '')}=${v}`,
    )
    .join(', ');
}
