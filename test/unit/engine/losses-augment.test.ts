import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
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
