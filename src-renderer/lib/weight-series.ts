/**
 * The Weights view's numbers, from the runs' recorded kernel statistics: per weight layer, the
 * histogram at an epoch as a density (so runs whose histograms span different ranges overlay on one
 * linear axis), the figures at that epoch, and sparsity, norms and gradient norm over the epochs.
 * Pure and framework-free: chart.js gets exactly these arrays.
 */
import {
  HISTOGRAM_BINS,
  type EpochInsight,
  type WeightStats,
} from '../../src-main/contract/insights.ts';
import { insightAt, type InspectRun } from './inspect.ts';

export interface Point {
  x: number;
  y: number;
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
 * left edge and one at the right end, for a line drawn stepped ('after'). A log axis cannot draw an
 * empty bin: it sits at `logFloor`, the density of half a value, below any bin that holds one.
 */
export function histogramDensity(stats: WeightStats, range: number, log = false): Point[] {
  const total = weightCount(stats);
  const width = (2 * range) / HISTOGRAM_BINS;
  const density = (c: number) => (total > 0 ? c / (total * width) : 0);
  const floor = logFloor(stats, range);
  const at = (c: number) => (log && c <= 0 ? floor : density(c));
  const points: Point[] = stats.counts.map((c, i) => ({ x: -range + i * width, y: at(c) }));
  points.push({ x: range, y: at(stats.counts.at(-1) ?? 0) });
  return points;
}

/** Where a log axis draws an empty bin: the density of half a value in it. */
export function logFloor(stats: WeightStats, range: number): number {
  const total = Math.max(1, weightCount(stats));
  return 0.5 / (total * ((2 * range) / HISTOGRAM_BINS));
}

/** Every shown run's histogram of `layer` at `epoch`, and the x extent that holds them all. */
export function histogramSeries(
  runs: InspectRun[],
  layer: string,
  epoch: number,
  log = false,
): { series: WeightSeries[]; range: number; floor: number | null } {
  const series: WeightSeries[] = [];
  let range = 0;
  let floor: number | null = null;
  for (const run of runs) {
    const stats = statsAt(run, layer, epoch);
    const r = rangeOf(run, layer);
    if (!stats || r === null) continue;
    range = Math.max(range, r);
    floor = Math.min(floor ?? Infinity, logFloor(stats, r));
    series.push({
      runId: run.id,
      label: run.name,
      color: run.color,
      points: histogramDensity(stats, r, log),
    });
  }
  return { series, range, floor };
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
  return epochSeries(runs, (e) => {
    const y = e.weights.find((w) => w.layer === layer)?.[metric];
    return metric === 'gradNorm' && !(y! > 0) ? null : y;
  });
}

/** One series per run, in its colour: `pick` at every recorded epoch, 0 included; null skips one. */
export function epochSeries(
  runs: InspectRun[],
  pick: (e: EpochInsight) => number | null | undefined,
): WeightSeries[] {
  return runs.map((run) => ({
    runId: run.id,
    label: run.name,
    color: run.color,
    points: run.insights.epochs.flatMap((e) => {
      const y = pick(e);
      return y === undefined || y === null ? [] : [{ x: e.epoch, y }];
    }),
  }));
}
