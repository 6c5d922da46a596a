/**
 * From runs to plain chart series: per run, training (solid) and validation (dashed) in one colour,
 * the gap between them filled, the best validation epoch marked, and the running loss of the epoch
 * in progress as a thin tail. Pure and framework-free: chart.js gets exactly these arrays.
 */
import type { EpochMetrics } from '../../src-main/contract/training.ts';
import { RUN_COLORS, runColor } from '../../src-main/contract/run-colors.ts';

export type Metric = 'loss' | 'accuracy';

export interface LiveProgress {
  epoch: number;
  batch: number;
  batches: number;
  loss: number;
  accuracy: number;
}

export interface CurveRun {
  id: string;
  name: string;
  color: string;
  metrics: EpochMetrics[];
  progress: LiveProgress | null;
  /** Where early stopping stopped (1-based), when it did. */
  stoppedEpoch: number | null;
  /** What the run was trained with, in words ("Dense 512-512-10 · Dropout 0.5 · Adam lr 0.001 · 20 epochs"). */
  settings: string;
  /** How it differs from the baseline (or else the run before it), in words; empty for the baseline. */
  changes: string[];
  /** Whether this run is the pinned baseline (kept on every chart). */
  baseline: boolean;
}

export interface Point {
  x: number;
  y: number;
}

export interface Series {
  runId: string;
  /** `penalty`: the regularization penalty alone, when the loss is split into data loss + penalty. */
  role: 'train' | 'val' | 'live' | 'penalty';
  label: string;
  color: string;
  points: Point[];
  /** Shade down/up to the series before this one (the run's training curve). */
  fillToPrevious: boolean;
  /** Line width: thinner when many runs share the chart. */
  width: number;
  /** Index into `points` of the best validation epoch, drawn as a large marker. */
  bestIndex: number | null;
}

export interface EpochMarker {
  x: number;
  color: string;
  label: string;
}

export { RUN_COLORS, runColor };

/** The epoch with the lowest validation loss (Keras' EarlyStopping default monitor), 1-based. */
export function bestEpoch(metrics: EpochMetrics[]): number | null {
  let best: EpochMetrics | null = null;
  for (const m of metrics)
    if (m.val_loss !== undefined && (!best || m.val_loss < best.val_loss!)) best = m;
  return best?.epoch ?? null;
}

const valueOf = (m: EpochMetrics, metric: Metric, val: boolean): number | undefined =>
  val ? (metric === 'loss' ? m.val_loss : m.val_accuracy) : m[metric];

/**
 * How the curves are drawn. `split` (loss only): both losses without the L1/L2 penalty, which
 * Keras includes in `loss` and `val_loss` alike, and the penalty as a line of its own. The trainer
 * records the penalty as the mean over the epoch's batches, so the validation data loss is
 * val_loss minus that mean (the penalty at the epoch's end differs by the last steps' change).
 * `validationOnly`: the validation curves alone.
 */
export interface SeriesOptions {
  split?: boolean;
  validationOnly?: boolean;
}

/** Whether any run has a penalty to split off (an L1/L2 regularizer somewhere). */
export const hasPenalty = (runs: CurveRun[]) =>
  runs.some((r) => r.metrics.some((m) => m.regularization_loss > 0));

/** Above this many runs the shaded gaps would pile up into mud; the lines alone stay readable. */
export const MAX_SHADED_RUNS = 3;

export function buildSeries(
  runs: CurveRun[],
  metric: Metric,
  options: SeriesOptions = {},
): Series[] {
  const out: Series[] = [];
  const split = metric === 'loss' && !!options.split;
  const withTraining = !options.validationOnly;
  const shade = runs.length <= MAX_SHADED_RUNS && withTraining;
  const width = runs.length > 5 ? 1.5 : 2.25;
  const value = (m: EpochMetrics, val: boolean) =>
    valueOf(m, metric, val)! - (split ? m.regularization_loss : 0);
  const loss = split ? 'data loss' : '';
  for (const run of runs) {
    const train = run.metrics.map((m) => ({ x: m.epoch, y: value(m, false) }));
    if (withTraining)
      out.push({
        runId: run.id,
        role: 'train',
        label: `${run.name} · training${loss && ` ${loss}`}`,
        color: run.color,
        points: train,
        fillToPrevious: false,
        width,
        bestIndex: null,
      });
    const withVal = run.metrics.filter((m) => valueOf(m, metric, true) !== undefined);
    if (withVal.length) {
      const best = bestEpoch(run.metrics);
      const index = withVal.findIndex((m) => m.epoch === best);
      out.push({
        runId: run.id,
        role: 'val',
        label: `${run.name} · validation${loss && ` ${loss}`}`,
        color: run.color,
        points: withVal.map((m) => ({ x: m.epoch, y: value(m, true) })),
        fillToPrevious: shade,
        width,
        bestIndex: index >= 0 ? index : null,
      });
    }
    if (split && withTraining && run.metrics.some((m) => m.regularization_loss > 0))
      out.push({
        runId: run.id,
        role: 'penalty',
        label: `${run.name} · penalty`,
        color: run.color,
        points: run.metrics.map((m) => ({ x: m.epoch, y: m.regularization_loss })),
        fillToPrevious: false,
        width: 1.75,
        bestIndex: null,
      });
    const p = run.progress;
    // The running loss includes the penalty, so a split chart shows no tail until the epoch ends.
    if (withTraining && !split && p && p.batches > 0 && p.epoch > run.metrics.length) {
      // From the last finished epoch to where the current one has got to.
      const last = train[train.length - 1];
      const now = {
        x: p.epoch - 1 + p.batch / p.batches,
        y: metric === 'loss' ? p.loss : p.accuracy,
      };
      out.push({
        runId: run.id,
        role: 'live',
        label: `${run.name} · this epoch`,
        color: run.color,
        points: last ? [last, now] : [now],
        fillToPrevious: false,
        width: 1.5,
        bestIndex: null,
      });
    }
  }
  return out;
}

export function epochMarkers(runs: CurveRun[]): EpochMarker[] {
  return runs
    .filter((r) => r.stoppedEpoch !== null)
    .map((r) => ({ x: r.stoppedEpoch!, color: r.color, label: `early stop (${r.name})` }));
}

/** The x range to show: at least a few epochs, so two points do not fill the whole width. */
export function epochRange(runs: CurveRun[], planned: number): { min: number; max: number } {
  const done = Math.max(0, ...runs.map((r) => Math.max(r.metrics.length, r.progress?.epoch ?? 0)));
  return { min: 1, max: Math.max(2, done, planned) };
}
