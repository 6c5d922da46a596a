/**
 * The Activations view's data: per layer at one epoch, each run's mean ± std of its outputs and the
 * dead-ReLU fraction; over the epochs, one layer's std or dead fraction per run. Layers are matched
 * by name across runs (dense_1 is the second Dense in both), in the order they come. Pure.
 */
import type { ActivationStats } from '../../src-main/contract/insights.ts';
import { insightAt, type InspectRun } from './inspect.ts';
import { epochSeries, type WeightSeries } from './weight-series.ts';

/** Every run's activation layers by name, in order: a layer only one run has goes after the one before it. */
export function layerOrder(runs: InspectRun[]): string[] {
  const out: string[] = [];
  for (const run of runs) {
    let at = 0;
    for (const { name } of run.insights.meta.activationLayers) {
      const i = out.indexOf(name);
      if (i >= 0) at = i + 1;
      else out.splice(at++, 0, name);
    }
  }
  return out;
}

/** The layers of any run whose outputs come out of a ReLU, in `layerOrder`. */
export function reluLayers(runs: InspectRun[]): string[] {
  const relu = new Set(
    runs.flatMap((r) => r.insights.meta.activationLayers.filter((l) => l.relu).map((l) => l.name)),
  );
  return layerOrder(runs).filter((name) => relu.has(name));
}

export interface LayerBars {
  runId: string;
  label: string;
  color: string;
  /** Per layer of `layers`: [mean − std, mean + std], or null where the run has no such layer. */
  spread: ([number, number] | null)[];
  mean: (number | null)[];
  dead: (number | null)[];
}

/** Each run's statistics at `epoch` (its last one before, when shorter), lined up on `layers`. */
export function activationBars(runs: InspectRun[], layers: string[], epoch: number): LayerBars[] {
  return runs.map((run) => {
    const at = insightAt(run, epoch);
    const byName = new Map<string, ActivationStats>(at?.activations.map((a) => [a.layer, a]));
    const stat = (name: string) => byName.get(name) ?? null;
    return {
      runId: run.id,
      label: run.name,
      color: run.color,
      spread: layers.map((n) => {
        const s = stat(n);
        return s ? [s.mean - s.std, s.mean + s.std] : null;
      }),
      mean: layers.map((n) => stat(n)?.mean ?? null),
      dead: layers.map((n) => stat(n)?.dead ?? null),
    };
  });
}

export type ActivationStat = 'std' | 'dead';

/** One line per run: `layer`'s std (or dead fraction) at every recorded epoch, 0 included. */
export function activationHistory(
  runs: InspectRun[],
  layer: string,
  stat: ActivationStat,
): WeightSeries[] {
  return epochSeries(runs, (e) => {
    const s = e.activations.find((a) => a.layer === layer);
    return s ? (stat === 'std' ? s.std : s.dead) : null;
  });
}
