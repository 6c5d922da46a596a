/**
 * Editing a lab's grid: named actions (so undo, autosave and dirty tracking follow, as for every
 * other edit), typed values parsed with sentences that say what is wrong, and the live checks and
 * counts the grid panel shows. The lab's grid is always schema-valid: an edit that would break it
 * leaves the lab as it was, and the panel shows why.
 */
import {
  GridSpecSchema,
  applyTrial,
  countTrials,
  expandGrid,
  layerPath,
  namesSelector,
  paramValues,
  trialLabel,
  type GridParam,
  type GridSpec,
  type GridValue,
} from '../../src-main/contract/grid.ts';
import { m } from '../../src-main/contract/i18n.ts';
import type { LabFile } from '../../src-main/contract/lab.ts';
import { analyzeGraph } from '../../src-main/contract/validate.ts';
import type { EditResult } from './actions.ts';
import { overlappingSweeps } from './grid-layers.ts';
import { describePath, type ValueKind } from './grid-sweep.ts';
import { issueText } from './issue-text.ts';

export const MAX_SWEEPS = 4;
export const MAX_VALUES = 50;

export function defaultGrid(params: GridParam[]): GridSpec {
  return {
    params,
    search: { kind: 'grid' },
    evaluation: { kind: 'kfold', folds: 3, stratified: true, seed: 0 },
    rankBy: 'val_accuracy',
    refit: true,
    parallel: null,
  };
}

/** Sets the grid when it is valid; otherwise the lab stays as it was. */
function withGrid(lab: LabFile, grid: GridSpec | null): EditResult {
  if (grid === null) return { lab: lab.grid === null ? lab : { ...lab, grid: null } };
  const parsed = GridSpecSchema.safeParse(grid);
  return parsed.success ? { lab: { ...lab, grid: parsed.data } } : { lab };
}

/** Whether the grid sets what `path` sets: the same path, or a sweep that drives its layer too. */
export const isSwept = (lab: LabFile, path: string) => overlappingSweeps(lab, path).length > 0;

/**
 * A sweep of a setting some sweeps already set in some layers ("every Dropout" after "dropout")
 * takes their place and their values: widening a sweep keeps what the student typed.
 */
function addSweep(lab: LabFile, p: { param: GridParam }): EditResult {
  if (lab.grid?.params.some((q) => q.path === p.param.path)) return { lab };
  if (!lab.grid) return withGrid(lab, defaultGrid([p.param]));
  const replaced = overlappingSweeps(lab, p.param.path);
  if (!replaced.length && lab.grid.params.length >= MAX_SWEEPS) return { lab };
  const { values, range } = replaced[0] ?? p.param;
  const param = { path: p.param.path, ...(range ? { range } : { values }) } as GridParam;
  const params = lab.grid.params
    .map((q) => (q === replaced[0] ? param : q))
    .filter((q) => !replaced.includes(q));
  return withGrid(lab, { ...lab.grid, params: replaced.length ? params : [...params, param] });
}

/** Removing the last swept setting removes the grid (a grid sweeps at least one). */
function removeSweep(lab: LabFile, p: { path: string }): EditResult {
  if (!lab.grid) return { lab };
  const params = lab.grid.params.filter((q) => q.path !== p.path);
  if (params.length === lab.grid.params.length) return { lab };
  return withGrid(lab, params.length ? { ...lab.grid, params } : null);
}

function setSweep(lab: LabFile, p: { param: GridParam }): EditResult {
  if (!lab.grid) return { lab };
  return withGrid(lab, {
    ...lab.grid,
    params: lab.grid.params.map((q) => (q.path === p.param.path ? p.param : q)),
  });
}

/** The same values on other layers (a layer ticked or unticked); refused where another sweep is. */
function retargetSweep(lab: LabFile, p: { from: string; to: string }): EditResult {
  if (!lab.grid || p.from === p.to || overlappingSweeps(lab, p.to, p.from).length) return { lab };
  return withGrid(lab, {
    ...lab.grid,
    params: lab.grid.params.map((q) => (q.path === p.from ? { ...q, path: p.to } : q)),
  });
}

export type GridSettings = Partial<Omit<GridSpec, 'params'>>;

function setGrid(lab: LabFile, patch: GridSettings): EditResult {
  if (!lab.grid) return { lab };
  return withGrid(lab, { ...lab.grid, ...patch });
}

const clearGrid = (lab: LabFile): EditResult => withGrid(lab, null);

export const GRID_ACTIONS = { addSweep, removeSweep, setSweep, retargetSweep, setGrid, clearGrid };

/**
 * A renamed layer keeps its sweeps: `layers.dense.units` follows it to `layers.hidden.units`, and
 * `layers.dense+dense_1...` to `layers.hidden+dense_1...`; `*Dense` needs no change.
 */
export function renameInGrid(grid: GridSpec | null, from: string, to: string): GridSpec | null {
  if (!grid || from === to) return grid;
  const renamed = (path: string) => {
    const at = layerPath(path);
    if (!at || at.selector.startsWith('*')) return path;
    const names = at.selector === from ? [from] : at.selector.split('+');
    if (!names.includes(from)) return path;
    const selector = namesSelector(names.map((n) => (n === from ? to : n)));
    return `layers.${selector}${path.slice(`layers.${at.selector}`.length)}`;
  };
  if (grid.params.every((p) => renamed(p.path) === p.path)) return grid;
  const next = { ...grid, params: grid.params.map((p) => ({ ...p, path: renamed(p.path) })) };
  // A name a path cannot hold (one with a dot) leaves the sweep behind; the panel then says so.
  return GridSpecSchema.safeParse(next).success ? next : grid;
}

// ---- Typed values ------------------------------------------------------------------------------

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** Up to 4 significant digits; `1e-5` for the very small (as learning rates are written in Keras code). */
export function formatValue(v: GridValue): string {
  if (typeof v !== 'number') return String(v);
  if (v !== 0 && (Math.abs(v) < 0.0001 || Math.abs(v) >= 1e6)) {
    const [mantissa, e] = v.toExponential().split('e');
    return `${Number(Number(mantissa).toPrecision(4))}e${Number(e)}`;
  }
  return String(Number(v.toPrecision(4)));
}

export const formatValues = (values: GridValue[]) => values.map(formatValue).join(', ');

/** Why a number does not fit the setting, or null. */
export function checkNumber(
  n: number,
  kind: Extract<ValueKind, { type: 'number' }>,
  label: string,
): string | null {
  if (kind.integer && !Number.isInteger(n)) return m.sweep_whole({ label, value: formatValue(n) });
  if (kind.min !== undefined && (kind.minExclusive ? n <= kind.min : n < kind.min))
    return (kind.minExclusive ? m.sweep_more_than : m.sweep_at_least)({
      label,
      limit: kind.min,
      value: formatValue(n),
    });
  if (kind.max !== undefined && (kind.maxExclusive ? n >= kind.max : n > kind.max))
    return (kind.maxExclusive ? m.sweep_less_than : m.sweep_at_most)({
      label,
      limit: kind.max,
      value: formatValue(n),
    });
  return null;
}

const BOOLS: Record<string, boolean> = {
  true: true,
  false: false,
  on: true,
  off: false,
  yes: true,
  no: false,
};

/** "0.3, 0.5, 0.7" into values of the setting's kind, or a sentence naming the value at fault. */
export function parseValues(text: string, kind: ValueKind, label: string): Parsed<GridValue[]> {
  const words = text.split(/[\s,;]+/).filter(Boolean);
  if (!words.length) return { ok: false, message: m.sweep_give_value({ label }) };
  if (words.length > MAX_VALUES)
    return {
      ok: false,
      message: m.sweep_too_many({ max: MAX_VALUES, label, count: words.length }),
    };
  const values: GridValue[] = [];
  for (const w of words) {
    let v: GridValue;
    if (kind.type === 'number') {
      const n = Number(w);
      if (!Number.isFinite(n))
        return {
          ok: false,
          message: m.sweep_not_number({ word: w, label }),
        };
      const problem = checkNumber(n, kind, label);
      if (problem) return { ok: false, message: problem };
      v = n;
    } else if (kind.type === 'enum') {
      const option = kind.options.find((o) => o.toLowerCase() === w.toLowerCase());
      if (!option)
        return {
          ok: false,
          message: m.sweep_not_option({ word: w, options: kind.options.join(', ') }),
        };
      v = option;
    } else {
      if (!(w.toLowerCase() in BOOLS))
        return { ok: false, message: m.sweep_not_bool({ label, word: w }) };
      v = BOOLS[w.toLowerCase()];
    }
    if (values.includes(v)) return { ok: false, message: m.sweep_twice({ value: formatValue(v) }) };
    values.push(v);
  }
  return { ok: true, value: values };
}

/** Why a range does not work for the setting, or null. */
export function checkRange(
  range: NonNullable<GridParam['range']>,
  kind: ValueKind,
  label: string,
): string | null {
  if (kind.type !== 'number') return m.sweep_no_range({ label });
  const { from, to, steps, scale } = range;
  if (!Number.isFinite(from) || !Number.isFinite(to)) return m.sweep_range_ends({ label });
  if (!Number.isInteger(steps) || steps < 2 || steps > MAX_VALUES)
    return m.sweep_range_steps({ max: MAX_VALUES, steps });
  if (from === to) return m.sweep_range_same({ label, value: formatValue(from) });
  if (scale === 'log' && (from <= 0 || to <= 0)) return m.sweep_log_positive({ label });
  for (const v of paramValues({ path: 'x', range })) {
    const problem = checkNumber(v as number, kind, label);
    if (problem) return kind.integer ? m.sweep_integer_range({ problem }) : problem;
  }
  return null;
}

// ---- The grid as a whole -----------------------------------------------------------------------

export interface GridCounts {
  trials: number;
  /** Training runs the evaluation makes: trials x folds (or one holdout split each). */
  foldRuns: number;
  folds: number;
  refit: boolean;
}

export function gridCounts(spec: GridSpec): GridCounts {
  const folds = spec.evaluation.kind === 'kfold' ? spec.evaluation.folds : 1;
  const trials = countTrials(spec);
  return { trials, foldRuns: trials * folds, folds, refit: spec.refit };
}

/** Sentences for everything that would keep the grid from running, the sweeps' first. */
export function gridProblems(lab: LabFile): string[] {
  const grid = lab.grid;
  if (!grid) return [];
  const out: string[] = [];
  for (const p of grid.params) {
    const d = describePath(lab, p.path);
    if ('problem' in d) out.push(d.problem);
    else if (p.range) {
      const problem = checkRange(p.range, d.kind, d.label);
      if (problem) out.push(problem);
    }
  }
  if (out.length) return out;
  // The runner refuses a grid one of whose trials breaks the model: say which, before it starts.
  let trials: ReturnType<typeof expandGrid>;
  try {
    trials = expandGrid(grid); // refuses a grid too big to run, before making it
  } catch (e) {
    return [(e as Error).message];
  }
  for (const trial of trials.slice(0, 200)) {
    try {
      const analysis = analyzeGraph(applyTrial(lab, trial).graph);
      if (!analysis.ok)
        return [
          m.issue_grid_invalid({
            trial: trialLabel(trial),
            issue: issueText(analysis.issues[0]),
          }),
        ];
    } catch (e) {
      return [(e as Error).message];
    }
  }
  return out;
}
