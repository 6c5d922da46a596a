import { describe, expect, it } from 'vitest';
import type { ActivationLayerMeta, RunInsights } from '../../../src-main/contract/insights.ts';
import {
  activationBars,
  activationHistory,
  layerOrder,
  reluLayers,
} from '../../../src-renderer/lib/activation-series.ts';
import type { InspectRun } from '../../../src-renderer/lib/inspect.ts';

const layer = (name: string, relu = false): ActivationLayerMeta => ({
  name,
  kind: name.startsWith('batch') ? 'BatchNormalization' : 'Dense',
  activation: relu ? 'relu' : null,
  relu,
});

/** A run whose layer `name` has mean = epoch, std = 2 * epoch + the layer's index, dead 0.1 * epoch. */
function run(id: string, layers: ActivationLayerMeta[], epochs: number): InspectRun {
  const insights: RunInsights = {
    runId: id,
    meta: {
      weightLayers: [],
      activationLayers: layers,
      classNames: [],
      validationCount: 0,
      validationSplit: null,
      surface: null,
      featureShape: [2],
    },
    epochs: Array.from({ length: epochs + 1 }, (_, epoch) => ({
      epoch,
      weights: [],
      activations: layers.map((l, i) => ({
        layer: l.name,
        mean: epoch,
        std: 2 * epoch + i,
        dead: l.relu ? 0.1 * epoch : null,
      })),
      confusion: null,
      wrong: null,
      surface: null,
    })),
  };
  return { id, name: id, color: id === 'plain' ? '#111111' : '#222222', insights, live: false };
}

const plain = run('plain', [layer('dense', true), layer('dense_1', true), layer('dense_2')], 3);
const bn = run(
  'bn',
  [layer('dense'), layer('batch_normalization', true), layer('dense_1'), layer('dense_2')],
  2,
);

describe('layerOrder', () => {
  it("merges the runs' layers by name, each new one after the layer before it", () => {
    expect(layerOrder([plain, bn])).toEqual(['dense', 'batch_normalization', 'dense_1', 'dense_2']);
    expect(layerOrder([bn, plain])).toEqual(['dense', 'batch_normalization', 'dense_1', 'dense_2']);
  });

  it('lists a layer as ReLU when any run has it so', () => {
    expect(reluLayers([plain, bn])).toEqual(['dense', 'batch_normalization', 'dense_1']);
  });
});

describe('activationBars', () => {
  it('gives mean ± std per layer at the epoch, null where a run lacks the layer', () => {
    const layers = layerOrder([plain, bn]);
    const [p, b] = activationBars([plain, bn], layers, 2);
    expect(p.mean).toEqual([2, null, 2, 2]);
    expect(p.spread).toEqual([[-2, 6], null, [-3, 7], [-4, 8]]);
    expect(p.dead[0]).toBeCloseTo(0.2, 12);
    expect(p.dead[3]).toBeNull();
    expect(b.spread[1]).toEqual([-3, 7]);
    expect(b.color).toBe('#222222');
  });

  it('shows a shorter run at its last epoch', () => {
    const [, b] = activationBars([plain, bn], ['dense'], 3);
    expect(b.mean).toEqual([2]);
  });
});

describe('activationHistory', () => {
  it("draws one line per run of the layer's std over every epoch, 0 included", () => {
    const [p, b] = activationHistory([plain, bn], 'dense_1', 'std');
    expect(p.points).toEqual([
      { x: 0, y: 1 },
      { x: 1, y: 3 },
      { x: 2, y: 5 },
      { x: 3, y: 7 },
    ]);
    expect(b.points.map((pt) => pt.y)).toEqual([2, 4, 6]);
    expect(p.color).toBe('#111111');
  });

  it('skips epochs without a dead fraction (not a ReLU in that run)', () => {
    const [p, b] = activationHistory([plain, bn], 'dense', 'dead');
    expect(p.points.map((pt) => pt.x)).toEqual([0, 1, 2, 3]);
    expect(b.points).toEqual([]);
  });
});
