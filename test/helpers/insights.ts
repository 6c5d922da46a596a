/**
 * Synthetic insights of the shapes the trainer sends (contract/insights.ts), for store, host and
 * formatter tests that need no trainer: a 2-input model (with a decision surface) or an image model
 * (with wrong examples' pixels).
 */
import {
  HISTOGRAM_BINS,
  SURFACE_SIZE,
  type EpochInsight,
  type InsightMeta,
} from '../../src-main/contract/insights.ts';

export function insightMeta(kind: 'moons' | 'images' = 'moons'): InsightMeta {
  const images = kind === 'images';
  return {
    weightLayers: [
      { name: 'dense', kind: 'Dense', kernelShape: images ? [784, 16] : [2, 8], range: 1 },
      { name: 'dense_1', kind: 'Dense', kernelShape: [images ? 16 : 8, 2], range: 2 },
    ],
    activationLayers: [
      { name: 'dense', kind: 'Dense', activation: 'relu', relu: true },
      { name: 'dense_1', kind: 'Dense', activation: 'softmax', relu: false },
    ],
    classNames: images ? ['zero', 'one'] : ['0', '1'],
    validationCount: 10,
    validationSplit: 'test',
    surface: images
      ? null
      : {
          x: [-1.5, 2.5],
          y: [-1, 1.5],
          points: [
            { x: 0.1, y: 0.2, label: 0 },
            { x: 1.2, y: -0.3, label: 1 },
          ],
        },
    featureShape: images ? [28, 28, 1] : [2],
  };
}

/** Epoch `epoch`'s insight; its numbers depend on the epoch, so epochs tell apart. */
export function epochInsight(epoch: number, kind: 'moons' | 'images' = 'moons'): EpochInsight {
  const counts = (shift: number) =>
    Array.from({ length: HISTOGRAM_BINS }, (_, i) => ((i + shift) * 7) % 13);
  const cells = SURFACE_SIZE * SURFACE_SIZE;
  return {
    epoch,
    weights: [
      {
        layer: 'dense',
        counts: counts(epoch),
        under: 0,
        over: epoch,
        sparsity: 0.125 * epoch,
        l1: 1234.5 + epoch,
        l2: 12.34,
        gradNorm: epoch === 0 ? 0.5 : 0.0412,
      },
      {
        layer: 'dense_1',
        counts: counts(epoch + 1),
        under: 1,
        over: 0,
        sparsity: 0,
        l1: 3.5,
        l2: 1.25,
        gradNorm: null,
      },
    ],
    activations: [
      { layer: 'dense', mean: 0.31, std: 0.52, dead: 0.41 },
      { layer: 'dense_1', mean: 0.5, std: 0.25, dead: null },
    ],
    confusion: [
      [4, 1],
      [2, 3],
    ],
    wrong: [
      {
        index: 7,
        label: 1,
        predicted: 0,
        confidence: 0.875,
        ...(kind === 'images'
          ? {
              image: {
                shape: [28, 28, 1] as [number, number, number],
                pixels: Uint8Array.from({ length: 784 }, (_, i) => (i * 31 + epoch) % 256),
              },
            }
          : {}),
      },
      { index: 3, label: 0, predicted: 1, confidence: 0.625 },
    ],
    surface:
      kind === 'images'
        ? null
        : {
            classes: Uint8Array.from({ length: cells }, (_, i) => (i % SURFACE_SIZE < 50 ? 0 : 1)),
            confidence: Uint8Array.from({ length: cells }, (_, i) => (i + epoch) % 256),
          },
  };
}
