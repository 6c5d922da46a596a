import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { AugmentationSchema } from '../../../src-main/contract/training.ts';
import { augmentBatch, randomTransform, warpImage } from '../../../src-main/engine/augment.ts';
import { selectBackend } from '../../../src-main/engine/backend.ts';
import { correctCount, meanLoss, targets, type LossSpec } from '../../../src-main/engine/losses.ts';

beforeAll(async () => {
  await selectBackend('cpu');
});

const value = (t: tf.Tensor) => {
  const v = t.dataSync()[0];
  t.dispose();
  return v;
};

describe('losses match Keras (from probabilities)', () => {
  const probs = () =>
    tf.tensor2d([
      [0.1, 0.8, 0.1],
      [0.3, 0.3, 0.4],
    ]);
  const cce: LossSpec = { name: 'sparse_categorical_crossentropy', labelSmoothing: 0, units: 3 };
  it('sparse categorical cross-entropy: mean of -log p[true]', () => {
    const y = targets(cce, new Int32Array([1, 2]));
    expect(value(meanLoss(cce, y, probs()))).toBeCloseTo((-Math.log(0.8) - Math.log(0.4)) / 2, 6);
    expect(value(correctCount(cce, y, probs()))).toBe(2);
    y.dispose();
  });
  it('label smoothing 0.1 moves 0.1/3 of the mass to every class', () => {
    const spec = { ...cce, labelSmoothing: 0.1 };
    const y = targets(spec, new Int32Array([1, 2]));
    const s = 0.1 / 3;
    const first = -(s * Math.log(0.1) + (0.9 + s) * Math.log(0.8) + s * Math.log(0.1));
    const second = -(s * Math.log(0.3) + s * Math.log(0.3) + (0.9 + s) * Math.log(0.4));
    expect(value(meanLoss(spec, y, probs()))).toBeCloseTo((first + second) / 2, 6);
    y.dispose();
  });
  it('binary cross-entropy with smoothing and the 0.5 accuracy threshold', () => {
    const spec: LossSpec = { name: 'binary_crossentropy', labelSmoothing: 0.2, units: 1 };
    const p = tf.tensor2d([[0.9], [0.4]]);
    const y = targets(spec, new Int32Array([1, 1]));
    const bce = (t: number, q: number) => -(t * Math.log(q) + (1 - t) * Math.log(1 - q));
    expect(value(meanLoss(spec, y, p))).toBeCloseTo((bce(0.9, 0.9) + bce(0.9, 0.4)) / 2, 6);
    expect(value(correctCount(spec, y, p))).toBe(1);
    tf.dispose([p, y]);
  });
  it('clips probabilities at 1e-7 as Keras does', () => {
    const spec = { ...cce, units: 2 };
    const p = tf.tensor2d([[1, 0]]);
    const y = targets(spec, new Int32Array([1]));
    expect(value(meanLoss(spec, y, p))).toBeCloseTo(-Math.log(1e-7), 3);
    tf.dispose([p, y]);
  });
});

describe('augmentation (Keras ImageDataGenerator geometry)', () => {
  const img = (h: number, w: number, f: (r: number, c: number) => number) => {
    const a = new Float32Array(h * w);
    for (let r = 0; r < h; r++) for (let c = 0; c < w; c++) a[r * w + c] = f(r, c);
    return a;
  };
  const none = AugmentationSchema.parse({});
  const fixed = (values: number[]) => () => values.shift() ?? 0.5;

  it('no transform leaves the image as it is', () => {
    const src = img(5, 5, (r, c) => r * 5 + c);
    const batch = src.slice();
    augmentBatch(batch, 1, [5, 5, 1], none, Math.random);
    expect(Array.from(batch)).toEqual(Array.from(src));
  });

  it('horizontal flip mirrors the columns', () => {
    const src = img(3, 4, (_r, c) => c);
    const { m, flip } = randomTransform(
      AugmentationSchema.parse({ horizontalFlip: true }),
      3,
      4,
      fixed([0.1]),
    );
    expect(flip).toBe(true);
    const dst = new Float32Array(12);
    warpImage(src, dst, 3, 4, 1, m, flip, 'nearest');
    expect(Array.from(dst.slice(0, 4))).toEqual([3, 2, 1, 0]);
  });

  it('a width shift of one pixel moves the image sideways and fills with the nearest pixel', () => {
    // uniform(-1, 1) with random() = 1 gives +1 pixel (>= 1 means pixels, as in Keras).
    const { m } = randomTransform(
      AugmentationSchema.parse({ widthShiftRange: 1 }),
      1,
      4,
      fixed([1]),
    );
    const dst = new Float32Array(4);
    warpImage(Float32Array.from([10, 20, 30, 40]), dst, 1, 4, 1, m, false, 'nearest');
    expect(Array.from(dst)).toEqual([20, 30, 40, 40]);
  });

  it('a 90 degree rotation turns a row into a column', () => {
    const { m } = randomTransform(
      AugmentationSchema.parse({ rotationRange: 90 }),
      3,
      3,
      fixed([1]),
    );
    const src = img(3, 3, (r) => (r === 0 ? 1 : 0));
    const dst = new Float32Array(9);
    warpImage(src, dst, 3, 3, 1, m, false, 'constant');
    const column = [dst[0], dst[3], dst[6]].map(Math.round);
    const otherColumn = [dst[2], dst[5], dst[8]].map(Math.round);
    expect(column.join() === '1,1,1' || otherColumn.join() === '1,1,1').toBe(true);
  });

  it('random augmentation keeps values in range and changes the image', () => {
    const src = img(8, 8, (r, c) => ((r + c) % 2 ? 1 : 0));
    const batch = src.slice();
    augmentBatch(
      batch,
      1,
      [8, 8, 1],
      AugmentationSchema.parse({ rotationRange: 20, zoomRange: 0.2, shearRange: 10 }),
      Math.random,
    );
    expect(Math.min(...batch)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...batch)).toBeLessThanOrEqual(1);
    expect(Array.from(batch)).not.toEqual(Array.from(src));
  });
});
