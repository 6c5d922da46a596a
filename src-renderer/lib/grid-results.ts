/**
 * A grid's results for people: ranks and sorting for the table, scores written the way the metric
 * reads (accuracy in percent, loss as a number), one colour per trial, and the trials' learning
 * curves averaged over their folds, as plain arrays for chart.js.
 */
import type { TrialResult } from '../../src-main/contract/api.ts';
import type { GridValue } from '../../src-main/contract/grid.ts';
import { parseLab, type LabFile } from '../../src-main/contract/lab.ts';
import type { EpochMetrics } from '../../src-main/contract/training.ts';
import { RUN_COLORS, buildSeries, type CurveRun, type Metric, type Series } from './curves.ts';

export type RankBy = 'val_loss' | 'val_accuracy';

/** Lower is better for a loss, higher for an accuracy. */
export const better = (rankBy: RankBy, a: number, b: number) =>
  rankBy === 'val_loss' ? a < b : a > b;

/** 1 for the best mean, 2 for the next...; trials without a mean have no rank. */
export function ranks(trials: TrialResult[], rankBy: RankBy): Map<number, number> {
  const scored = trials
    .filter((t) => t.mean !== null)
    .sort((a, b) => (rankBy === 'val_loss' ? a.mean! - b.mean! : b.mean! - a.mean!));
  return new Map(scored.map((t, i) => [t.trial, i + 1]));
}

export type SortColumn =
  'rank' | 'mean' | 'trial' | 'std' | 'status' | `param:${string}` | `fold:${number}`;
export interface SortState {
  column: SortColumn;
  descending: boolean;
}

const STATUS_ORDER: Record<TrialResult['status'], number> = {
  done: 0,
  running: 1,
  pending: 2,
  failed: 3,
};

function compareValues(a: GridValue, b: GridValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return String(a).localeCompare(String(b));
}

/** The table's order. Trials with nothing to compare yet (no score) stay at the bottom either way. */
export function sortTrials(trials: TrialResult[], sort: SortState, rankBy: RankBy): TrialResult[] {
  const rank = ranks(trials, rankBy);
  const key = (t: TrialResult): GridValue | null => {
    const c = sort.column;
    if (c === 'rank' || c === 'mean') return rank.get(t.trial) ?? null;
    if (c === 'trial') return t.trial;
    if (c === 'std') return t.std;
    if (c === 'status') return STATUS_ORDER[t.status];
    if (c.startsWith('param:')) return t.params[c.slice(6)] ?? null;
    return t.foldScores[Number(c.slice(5))] ?? null;
  };
  const sign = sort.descending ? -1 : 1;
  return [...trials].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === null || kb === null) return ka === kb ? a.trial - b.trial : ka === null ? 1 : -1;
    return sign * compareValues(ka, kb) || a.trial - b.trial;
  });
}

/** A click on a column header: the same column flips, another starts in its natural order. */
export function nextSort(current: SortState, column: SortColumn): SortState {
  if (current.column === column) return { column, descending: !current.descending };
  return { column, descending: false };
}

export function formatScore(x: number | null | undefined, rankBy: RankBy): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  return rankBy === 'val_accuracy' ? `${(x * 100).toFixed(2)}%` : x.toFixed(4);
}

/** The standard deviation in the mean's unit: "± 0.41%" or "± 0.0031". */
export function formatStd(x: number | null | undefined, rankBy: RankBy): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '';
  return `± ${rankBy === 'val_accuracy' ? `${(x * 100).toFixed(2)}%` : x.toFixed(4)}`;
}

/** "about 40 s left", "about 3 min left": an estimate, so no false precision. */
export function formatEta(seconds: number): string {
  if (seconds < 60) return `about ${Math.max(1, Math.ceil(seconds / 5) * 5)} s left`;
  if (seconds < 3600) return `about ${Math.round(seconds / 60)} min left`;
  const h = Math.floor(seconds / 3600);
  return `about ${h} h ${Math.round((seconds - h * 3600) / 60)} min left`;
}

/** "22 Nov, 14:05": when a grid started or finished. */
export const formatWhen = (iso: string | null) =>
  iso
    ? new Date(iso).toLocaleString('en-GB', {
        day: 'numeric',
        month: 'short',
        hour: '2-digit',
        minute: '2-digit',
      })
    : '';

/** Tableau 10 for up to ten trials; beyond, hues spaced around the wheel in two lightnesses. */
export function trialColor(index: number, total: number): string {
  if (total <= RUN_COLORS.length) return RUN_COLORS[index % RUN_COLORS.length];
  const hue = (index * 360) / total;
  return hslToHex(hue, 0.62, index % 2 ? 0.36 : 0.5);
}

function hslToHex(h: number, s: number, l: number): string {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    const c = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(c * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${f(0)}${f(8)}${f(4)}`;
}

/** `color` mixed with white: a faded line that chart.js (and the fill helper) still reads as hex. */
export function fade(color: string, amount: number): string {
  const n = parseInt(color.slice(1), 16);
  const mix = (c: number) => Math.round(c + (255 - c) * amount);
  return `#${[(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => mix(c).toString(16).padStart(2, '0')).join('')}`;
}

type MetricKey = 'loss' | 'accuracy' | 'val_loss' | 'val_accuracy';
const KEYS: MetricKey[] = ['loss', 'accuracy', 'val_loss', 'val_accuracy'];

/** Per epoch, the mean over the folds that reached it (early stopping can end folds apart). */
export function meanOverFolds(folds: EpochMetrics[][]): EpochMetrics[] {
  const epochs = Math.max(0, ...folds.map((f) => f.length));
  const out: EpochMetrics[] = [];
  for (let e = 1; e <= epochs; e++) {
    const rows = folds
      .map((f) => f.find((m) => m.epoch === e))
      .filter((m): m is EpochMetrics => !!m);
    if (!rows.length) continue;
    const avg = (k: MetricKey) => {
      const xs = rows.map((r) => r[k]).filter((x): x is number => x !== undefined);
      return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : undefined;
    };
    const m: EpochMetrics = {
      epoch: e,
      loss: avg('loss')!,
      accuracy: avg('accuracy')!,
      regularization_loss: 0,
      seconds: 0,
    };
    for (const k of KEYS.slice(2)) {
      const v = avg(k);
      if (v !== undefined) m[k as 'val_loss' | 'val_accuracy'] = v;
    }
    out.push(m);
  }
  return out;
}

export type CurveMode = 'mean' | 'fold1';

/** One curve pair per shown trial that has finished folds, in the trial's colour. */
export function trialCurves(
  trials: TrialResult[],
  metrics: Record<string, EpochMetrics[]>,
  shown: ReadonlySet<number>,
  mode: CurveMode,
): CurveRun[] {
  return trials
    .filter((t) => shown.has(t.trial))
    .map((t) => {
      const folds = t.runIds
        .map((id) => metrics[id])
        .filter((m): m is EpochMetrics[] => !!m?.length);
      const curve = mode === 'fold1' ? (metrics[t.runIds[0]] ?? []) : meanOverFolds(folds);
      return {
        id: `trial-${t.trial}`,
        name: t.label,
        color: trialColor(t.trial, trials.length),
        metrics: curve,
        progress: null,
        stoppedEpoch: null,
        settings: t.label,
        changes: [],
        baseline: false,
      };
    })
    .filter((c) => c.metrics.length > 0);
}

/**
 * Series for many trials at once: thin lines, no best-epoch stars past a few, and with one trial
 * picked out (hovered in the table) the others faded behind it.
 */
export function gridSeries(curves: CurveRun[], metric: Metric, highlight: string | null): Series[] {
  const many = curves.length > 3;
  const series = buildSeries(curves, metric).map((s) => ({
    ...s,
    bestIndex: many ? null : s.bestIndex,
    width: curves.length > 12 ? 1.25 : s.width,
  }));
  if (highlight === null || !curves.some((c) => c.id === highlight)) return series;
  const picked = series.filter((s) => s.runId === highlight).map((s) => ({ ...s, width: 3 }));
  const rest = series
    .filter((s) => s.runId !== highlight)
    .map((s) => ({ ...s, color: fade(s.color, 0.75), fillToPrevious: false }));
  // Drawn last, so on top.
  return [...rest, ...picked];
}

/**
 * Whether the losses span so much (a strong L2 penalty adds to the loss) that on a linear axis the
 * other curves would lie flat along the bottom: then the loss chart starts on a log scale.
 */
export function wideLossRange(curves: CurveRun[]): boolean {
  const values = curves
    .flatMap((c) => c.metrics.flatMap((m) => [m.loss, m.val_loss]))
    .filter((v): v is number => v !== undefined && v > 0);
  if (values.length < 2) return false;
  return Math.max(...values) / Math.min(...values) > 20;
}

function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, stable((value as Record<string, unknown>)[k])]),
    );
  return value;
}

/**
 * What makes two labs the same grid for resuming (the engine's `gridKey`: model, data, training
 * and grid; not the name, the description or where the layers sit on the canvas).
 */
export function gridLabKey(lab: LabFile): string | null {
  try {
    const { graph, dataset, training, grid } = parseLab(lab, 'the lab');
    const nodes = graph.nodes.map(({ position: _p, ...n }) => n);
    return JSON.stringify(stable({ graph: { ...graph, nodes }, dataset, training, grid }));
  } catch {
    return null;
  }
}
