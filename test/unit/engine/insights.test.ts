import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { HISTOGRAM_BINS, SURFACE_SIZE } from '../../../src-main/contract/insights.ts';
import type { Features } from '../../../src-main/data/dataset.ts';
import { reviewText } from '../../../src-main/data/imdb.ts';
import { selectBackend } from '../../../src-main/engine/backend.ts';
import { activationMoments } from '../../../src-main/engine/insight-recorder.ts';
import { correctCount, predictions, targets } from '../../../src-main/engine/losses.ts';
import {
  confusionMatrix,
  kernelRange,
  mostConfidentlyWrong,
  niceCeil,
  spread,
  surfaceGrid,
  thumbnail,
  toBytes,
  weightStats,
  withMargin,
} from '../../../src-main/engine/insights.ts';

beforeAll(async () => {
  await selectBackend('cpu');
});

describe('histogram ranges', () => {
  it.each([
    [0.2041, 0.25],
    [0.15, 0.2],
    [1, 1],
    [1.01, 2],
    [2.2, 2.5],
    [3, 5],
    [6, 10],
    [0.07, 0.1],
    [25, 25],
  ])('niceCeil(%s) = %s', (x, nice) => expect(niceCeil(x)).toBe(nice));

  it.each([
    // 3 x sqrt(6 / (784 + 512)) = 0.204
    ['Dense', [784, 512], 0.25],
    // 3 x sqrt(6 / 10) = 2.32
    ['Dense', [2, 8], 2.5],
    // 3 x sqrt(6 / 522) = 0.322
    ['Dense', [512, 10], 0.5],
    // fan in 3*3*1 = 9, fan out 3*3*32 = 288: 3 x sqrt(6 / 297) = 0.426
    ['Conv2D', [3, 3, 1, 32], 0.5],
    // fan in 3*3*32 = 288, fan out 3*3*64 = 576: 3 x sqrt(6 / 864) = 0.25
    ['Conv2D', [3, 3, 32, 64], 0.25],
    // Keras' uniform +-0.05: 3 x 0.05 = 0.15
    ['Embedding', [10000, 16], 0.2],
  ])('kernelRange(%s, %j) = %s', (kind, shape, range) =>
    expect(kernelRange(kind as string, shape as number[])).toBe(range),
  );
});

describe('weightStats', () => {
  it('bins on [-range, range] (edges go up, range in the last bin), counts sparsity and norms', () => {
    // range 1: 64 bins of 1/32.
    const values = [-1, -0.5, 0, 0.0005, 0.99, 1, 1.5, -2, 1 / 32, NaN];
    const s = weightStats('dense', values.slice(0, 9), 1, 0.5);
    const expected = new Array(HISTOGRAM_BINS).fill(0);
    expected[0] = 1; // -1
    expected[16] = 1; // -0.5
    expected[32] = 2; // 0 and 0.0005
    expected[33] = 1; // 1/32, on the edge between bins 32 and 33
    expected[63] = 2; // 0.99 and 1
    expect(s.counts).toEqual(expected);
    expect([s.under, s.over]).toEqual([1, 1]);
    expect(s.sparsity).toBe(2 / 9);
    expect(s.l1).toBeCloseTo(7.02175, 12);
    expect(s.l2).toBeCloseTo(Math.sqrt(9.4810768125), 12);
    expect(s.gradNorm).toBe(0.5);
    expect(s.layer).toBe('dense');
    const withNaN = weightStats('dense', values, 1, null);
    expect(withNaN.counts).toEqual(expected);
    expect([withNaN.under, withNaN.over, withNaN.gradNorm]).toEqual([1, 1, null]);
  });

  it('reads float32 kernels', () => {
    const s = weightStats('k', new Float32Array([0.25, -0.25, 0, 0]), 0.5, null);
    expect(s.counts[48]).toBe(1);
    expect(s.counts[16]).toBe(1);
    expect(s.counts[32]).toBe(2);
    expect([s.sparsity, s.l1, s.l2]).toEqual([0.5, 0.5, Math.sqrt(0.125)]);
  });
});

describe('predictions', () => {
  it('counts confusion[true][predicted]', () => {
    expect(confusionMatrix([0, 1, 2, 1, 0], [0, 2, 2, 1, 1], 3)).toEqual([
      [1, 1, 0],
      [0, 1, 1],
      [0, 0, 1],
    ]);
  });

  it('keeps the most confidently wrong, most confident first, ties in index order', () => {
    const labels = [0, 1, 1, 0, 1, 0];
    const predicted = [1, 1, 0, 1, 0, 1];
    const confidence = [0.6, 0.99, 0.9, 0.9, 0.7, 0.95];
    expect(mostConfidentlyWrong(labels, predicted, confidence, 3)).toEqual([5, 2, 3]);
    expect(mostConfidentlyWrong(labels, predicted, confidence, 24)).toEqual([5, 2, 3, 4, 0]);
    expect(mostConfidentlyWrong([1, 0], [1, 0], [0.9, 0.9], 24)).toEqual([]);
  });
});

describe('per-example predictions', () => {
  it('decide classes as the accuracy does: p > 0.5 for one sigmoid unit, the first largest else', () => {
    const binary = { name: 'binary_crossentropy', labelSmoothing: 0, units: 1 } as const;
    const p = tf.tensor2d([[0.5], [0.7], [0.2]]);
    expect(Array.from(predictions(binary, p).dataSync())).toEqual(
      [0, 1, 0, 0.5, 0.7, 0.8].map(Math.fround),
    );
    const y = targets(binary, Int32Array.from([0, 1, 1]));
    expect(correctCount(binary, y, p).dataSync()[0]).toBe(2);
    const multi = { name: 'sparse_categorical_crossentropy', labelSmoothing: 0, units: 3 } as const;
    const q = tf.tensor2d([
      [0.1, 0.7, 0.2],
      [0.4, 0.4, 0.2],
    ]);
    expect(Array.from(predictions(multi, q).dataSync())).toEqual([1, 0, 0.7, 0.4].map(Math.fround));
    tf.dispose([p, y, q]);
  });
});

describe('the decision surface', () => {
  it('spreads points, widens ranges by 10%, and puts cell centres row 0 at the top', () => {
    expect(spread(10, 4)).toEqual([0, 2, 5, 7]);
    expect(spread(3, 5)).toEqual([0, 1, 2]);
    expect(withMargin(0, 10)).toEqual([-1, 11]);
    expect(withMargin(2, 2)).toEqual([1, 3]);
    const g = surfaceGrid([0, 1], [0, 2]);
    expect(g.length).toBe(SURFACE_SIZE * SURFACE_SIZE * 2);
    expect(g[0]).toBeCloseTo(0.005, 6);
    expect(g[1]).toBeCloseTo(1.99, 6);
    expect(g[2]).toBeCloseTo(0.015, 6); // the next cell to the right
    expect(g[2 * SURFACE_SIZE + 1]).toBeCloseTo(1.97, 6); // the next row down
    expect(g.at(-2)).toBeCloseTo(0.995, 6);
    expect(g.at(-1)).toBeCloseTo(0.01, 6);
  });

  it('turns probabilities into bytes', () => {
    expect(Array.from(toBytes([0, 0.5, 1, 1.2, -0.1]))).toEqual([0, 128, 255, 255, 0]);
  });
});

describe('thumbnail', () => {
  it('keeps small images as they are', () => {
    const data = Uint8Array.from({ length: 32 }, (_, i) => i * 3);
    const f: Features = { kind: 'u8', data, rowSize: 16, scale: 1 / 255 };
    const t = thumbnail(f, 1, [4, 4, 1]);
    expect(t.shape).toEqual([4, 4, 1]);
    expect(Array.from(t.pixels)).toEqual(Array.from(data.subarray(16)));
  });

  it('box-filters large images by a whole factor, keeping one channel of two', () => {
    // 34 x 2 x 2: pixel (y, x, c) = 4y + x + 100c; factor ceil(34 / 32) = 2 gives 17 x 1 x 1.
    const data = new Uint8Array(34 * 2 * 2);
    for (let y = 0; y < 34; y++)
      for (let x = 0; x < 2; x++)
        for (let c = 0; c < 2; c++) data[(y * 2 + x) * 2 + c] = 4 * y + x + 100 * c;
    const t = thumbnail({ kind: 'u8', data, rowSize: data.length, scale: 1 / 255 }, 0, [34, 2, 2]);
    expect(t.shape).toEqual([17, 1, 1]);
    expect(t.pixels[0]).toBe(3); // (0 + 1 + 4 + 5) / 4 = 2.5
    expect(t.pixels[16]).toBe(131); // (128 + 129 + 132 + 133) / 4 = 130.5
  });

  it('stretches float images from their min..max', () => {
    const f: Features = {
      kind: 'f32',
      data: new Float32Array([9, 9, 9, 9, -1, 0, 1, 3]),
      rowSize: 4,
    };
    expect(Array.from(thumbnail(f, 1, [2, 2, 1]).pixels)).toEqual([0, 64, 128, 255]);
    expect(Array.from(thumbnail(f, 0, [2, 2, 1]).pixels)).toEqual([0, 0, 0, 0]);
  });
});

describe('activationMoments', () => {
  it('gives mean and std over sample and units, and the fraction of units 0 for every example', () => {
    const out = tf.tensor2d([
      [0, 2, 0],
      [0, 4, 0],
    ]);
    // Values 0 2 0 0 4 0: mean 1, variance (1 + 1 + 1 + 1 + 9 + 1) / 6 = 14/6.
    const [mean, std, dead] = activationMoments(out, true).dataSync();
    expect(mean).toBeCloseTo(1, 6);
    expect(std).toBeCloseTo(Math.sqrt(14 / 6), 6);
    expect(dead).toBeCloseTo(2 / 3, 6);
    expect(activationMoments(out, false).dataSync()[2]).toBe(-1);
    // Conv outputs [n, h, w, channels]: a channel is dead when 0 at every position of every example.
    const conv = tf.tensor4d([0, 1, 0, 0, 0, 0, 0, 0], [2, 1, 2, 2]);
    expect(activationMoments(conv, true).dataSync()[2]).toBeCloseTo(0.5, 6);
    tf.dispose([out, conv]);
  });
});

describe('reviewText', () => {
  it("gives a review's first words in order, '...' when there are more", () => {
    const set = {
      labels: new Uint8Array(2),
      offsets: Uint32Array.from([0, 3, 8]),
      tokens: Uint32Array.from([1, 2, 3, 4, 1, 2, 3, 4]),
    };
    const vocabulary = ['', 'a', 'b', 'c', 'd'];
    expect(reviewText(set, 0, vocabulary)).toBe('a b c');
    expect(reviewText(set, 1, vocabulary, 3)).toBe('d a b ...');
    expect(reviewText(set, 1, vocabulary, 5)).toBe('d a b c d');
  });
});
