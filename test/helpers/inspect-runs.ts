/** Tiny hand-made insights for the inspect views' unit tests: one Dense kernel, a few epochs. */
import {
  HISTOGRAM_BINS,
  type EpochInsight,
  type InsightMeta,
  type WeightStats,
} from '../../src-main/contract/insights.ts';
import type { InspectRun } from '../../src-renderer/lib/inspect.ts';

/** A kernel's statistics with `bins` set (bin index -> count) and the rest of the bins empty. */
export function weightStats(over: Partial<WeightStats> & { bins?: Record<number, number> } = {}) {
  const { bins = {}, ...rest } = over;
  const counts = Array.from({ length: HISTOGRAM_BINS }, (_, i) => bins[i] ?? 0);
  const stats: WeightStats = {
    layer: 'dense',
    counts,
    under: 0,
    over: 0,
    sparsity: 0,
    l1: 0,
    l2: 0,
    gradNorm: null,
    ...rest,
  };
  return stats;
}

export function insightMeta(range = 1, layers = ['dense']): InsightMeta {
  return {
    weightLayers: layers.map((name) => ({ name, kind: 'Dense', kernelShape: [2, 2], range })),
    activationLayers: [],
    classNames: ['0', '1'],
    validationCount: 0,
    validationSplit: null,
    surface: null,
    featureShape: [2],
  };
}

export const epochInsight = (epoch: number, weights: WeightStats[]): EpochInsight => ({
  epoch,
  weights,
  activations: [],
  confusion: null,
  wrong: null,
  surface: null,
});

/** A shown run with one insight per entry of `epochs` (epoch numbers 0, 1, 2...). */
export function inspectRun(id: string, epochs: WeightStats[][], range = 1): InspectRun {
  return {
    id,
    name: `Run ${id}`,
    color: '#4e79a7',
    live: false,
    insights: {
      runId: id,
      meta: insightMeta(range),
      epochs: epochs.map((weights, i) => epochInsight(i, weights)),
    },
  };
}
