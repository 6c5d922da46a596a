/**
 * The Weights view's numbers, from the runs' recorded kernel statistics: per weight layer, the
 * histogram at an epoch as a density (so runs whose histograms span different ranges overlay on one
 * linear axis), the figures at that epoch, and sparsity, norms and gradient norm over the epochs.
 * Pure and framework-free: chart.js gets exactly these arrays.
 */
import { HISTOGRAM_BINS, type WeightStats } from '../../src-main/contract/insights.ts';
import { insightAt, type InspectRun } from './inspect.ts';

export interface Point {
  x: number;
  /** Null leaves a gap (an empty bin on a log axis). */
  y: number | null;
}

export interface WeightSeries {
  runId: string;
  label: string;
  color: string;
  points: Point[];
}

/** A weight layer of the shown runs, in the order the first run that has it lists it. */
export interface WeightLayerChoice {
  name: string;
  kind: string;
  kernelShape: number[];
  /** How many of the shown runs have this layer. */
  runs: number;
}

export function weightLayers(runs: InspectRun[]): WeightLayerChoice[] {
  const out: WeightLayerChoice[] = [];
  for (const run of runs)
    for (const l of run.insights.meta.weightLayers) {
      const known = out.find((c) => c.name === l.name);
      if (known) known.runs += 1;
      else out.push({ name: l.name, kind: l.kind, kernelShape: l.kernelShape, runs: 1 });
    }
  return out;
}

const rangeOf = (run: InspectRun, layer: string) =>
  run.insights.meta.weightLayers.find((l) => l.name === layer)?.range ?? null;

/** The run's statistics of `layer` at `epoch` (its last epoch before, for a shorter run). */
export function statsAt(run: InspectRun, layer: string, epoch: number): WeightStats | null {
  return insightAt(run, epoch)?.weights.find((w) => w.layer === layer) ?? null;
}

/** How many values the kernel has: every bin and both overflows. */
export const weightCount = (s: WeightStats) =>
  s.counts.reduce((a, b) => a + b, 0) + s.under + s.over;

/**
 * The histogram as a density over w: each bin's share of the kernel's values divided by the bin's
 * width, so the area under each run's line is the share inside [-range, range]. One point per bin's
 * left edge and one at the right end, for a line drawn stepped ('after'). On a log axis an empty bin
 * is a gap rather than a zero the axis cannot draw.
 */
export function histogramDensity(stats: WeightStats, range: number, log = false): Point[] {
  const total = weightCount(stats);
  const width = (2 * range) / HISTOGRAM_BINS;
  const density = (c: number) => {
    const d = total > 0 ? c / (total * width) : 0;
    return log && d <= 0 ? null : d;
  };
  const points = stats.counts.map((c, i) => ({ x: -range + i * width, y: density(c) }));
  points.push({ x: range, y: density(stats.counts.at(-1) ?? 0) });
  return points;
}

/** Every shown run's histogram of `layer` at `epoch`, and the x extent that holds them all. */
export function histogramSeries(
  runs: InspectRun[],
  layer: string,
  epoch: number,
  log = false,
): { series: WeightSeries[]; range: number } {
  const series: WeightSeries[] = [];
  let range = 0;
  for (const run of runs) {
    const stats = statsAt(run, layer, epoch);
    const r = rangeOf(run, layer);
    if (!stats || r === null) continue;
    range = Math.max(range, r);
    series.push({
      runId: run.id,
      label: run.name,
      color: run.color,
      points: histogramDensity(stats, r, log),
    });
  }
  return { series, range };
}

export interface WeightFigures {
  runId: string;
  name: string;
  color: string;
  /** The epoch the figures are from (a run with fewer epochs shows its last). */
  epoch: number;
  sparsity: number;
  l1: number;
  l2: number;
  /** Root mean square of the weights, l2 / sqrt(count): how wide the histogram is. */
  rms: number;
  gradNorm: number | null;
  /** Share of the values outside the histogram's [-range, range]. */
  outside: number;
}

export function figuresAt(runs: InspectRun[], layer: string, epoch: number): WeightFigures[] {
  const out: WeightFigures[] = [];
  for (const run of runs) {
    const stats = statsAt(run, layer, epoch);
    if (!stats) continue;
    const count = weightCount(stats);
    out.push({
      runId: run.id,
      name: run.name,
      color: run.color,
      epoch: insightAt(run, epoch)!.epoch,
      sparsity: stats.sparsity,
      l1: stats.l1,
      l2: stats.l2,
      rms: count > 0 ? stats.l2 / Math.sqrt(count) : 0,
      gradNorm: stats.gradNorm,
      outside: count > 0 ? (stats.under + stats.over) / count : 0,
    });
  }
  return out;
}

export type WeightMetric = 'sparsity' | 'l1' | 'l2' | 'gradNorm';

/**
 * `metric` of `layer` over the epochs, one series per run. A gradient norm of 0 (or none, at a
 * stopped run's end) is left out: it has no place on the log axis it is drawn on.
 */
export function metricSeries(
  runs: InspectRun[],
  layer: string,
  metric: WeightMetric,
): WeightSeries[] {
  return runs.map((run) => ({
    runId: run.id,
    label: run.name,
    color: run.color,
    points: run.insights.epochs.flatMap((e) => {
      const y = e.weights.find((w) => w.layer === layer)?.[metric];
      if (y === undefined || y === null || (metric === 'gradNorm' && !(y > 0))) return [];
      return [{ x: e.epoch, y }];
    }),
  }));
}

/** A figure in 3 significant digits, small ones in e-notation: 12.3, 0.0456, 3.21e-5; '–' for none. */
export function formatFigure(x: number | null): string {
  if (x === null || !Number.isFinite(x)) return '–';
  if (x === 0) return '0';
  if (Math.abs(x) < 1e-3) return x.toExponential(2);
  return Math.abs(x) >= 1000 ? String(Math.round(x)) : String(Number(x.toPrecision(3)));
}
