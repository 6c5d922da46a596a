/**
 * The fused optimizer updates (kernels/optimizer-update.ts) against TensorFlow.js' element-wise
 * ops with Keras 3's semantics (engine/optimizers.ts, checked against real Keras by
 * test/keras/defaults.test.ts): the same weights after a few steps on wasm and on cpu, the fused
 * kernel really ran, and no tensor or buffer is left behind.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import {
  TrainingConfigSchema,
  type TrainingConfigInput,
} from '../../src-main/contract/training.ts';
import {
  OPTIMIZER_KERNELS,
  optimizerKernelCalls,
  optimizerSimdCalls,
} from '../../src-main/engine/kernels/optimizer-update.ts';
import {
  registerFastKernels,
  unregisterFastKernels,
} from '../../src-main/engine/kernels/register.ts';
import { makeOptimizer } from '../../src-main/engine/optimizers.ts';

const STEPS = 4;

/** Weights of several sizes and scales, and coefficients that make some gradients tiny. */
function problem() {
  const w = [
    Array.from({ length: 37 }, (_, i) => Math.sin(i + 1) * 2),
    Array.from({ length: 6 }, (_, i) => 0.25 * (i - 3)),
  ];
  const c = [
    Array.from({ length: 37 }, (_, i) => [1, 1e-6, 1e-3, 10, 0.5, 1e-8][i % 6]),
    [1, 2, 3, 1e-7, 0.1, 5],
  ];
  return { w, c };
}

/** Trains the problem for STEPS steps on the active backend and returns the weights. */
function train(config: TrainingConfigInput): number[][] {
  const { w, c } = problem();
  const vars = w.map((values) => tf.tidy(() => tf.variable(tf.tensor1d(values))));
  const coeffs = c.map((values) => tf.tensor1d(values));
  const optimizer = makeOptimizer(TrainingConfigSchema.parse(config));
  for (let s = 0; s < STEPS; s++) {
    optimizer.minimize(() => {
      // sum(c (w^2 + sin(w))): gradients that change sign, some tiny (where epsilon matters).
      const terms = vars.map((v, i) => tf.sum(tf.mul(coeffs[i], tf.add(tf.square(v), tf.sin(v)))));
      return terms.reduce((a, b) => tf.add(a, b)) as tf.Scalar;
    }, false);
  }
  const out = vars.map((v) => Array.from(v.dataSync()));
  optimizer.dispose();
  tf.dispose([...vars, ...coeffs]);
  return out;
}

const CONFIGS: [string, TrainingConfigInput, string][] = [
  ['adam', { optimizer: 'adam', learningRate: 0.01 }, OPTIMIZER_KERNELS.adam],
  ['rmsprop', { optimizer: 'rmsprop', learningRate: 0.01 }, OPTIMIZER_KERNELS.rmsprop],
  [
    'sgd with momentum',
    { optimizer: 'sgd', learningRate: 0.05, momentum: 0.9 },
    OPTIMIZER_KERNELS.momentum,
  ],
];

function expectClose(actual: number[][], expected: number[][]): void {
  actual.forEach((values, k) =>
    values.forEach((a, i) =>
      expect(Math.abs(a - expected[k][i]), `weight ${k}[${i}]`).toBeLessThanOrEqual(
        1e-5 * Math.max(1, Math.abs(expected[k][i])),
      ),
    ),
  );
}

beforeAll(async () => {
  await tf.setBackend('wasm');
  await tf.ready();
  await tf.setBackend('cpu');
  await tf.ready();
});

describe('fused optimizer updates', () => {
  it.each(CONFIGS)(
    '%s: the stock ops and the fused kernel agree on wasm and cpu',
    async (_, config, kernel) => {
      await tf.setBackend('cpu');
      unregisterFastKernels('cpu');
      const calls = () => optimizerKernelCalls.get(kernel) ?? 0;
      const before = calls();
      const expected = train(config);
      expect(calls(), 'stock run used no fused kernel').toBe(before);

      for (const backend of ['cpu', 'wasm'] as const) {
        await tf.setBackend(backend);
        registerFastKernels(backend);
        const memory = tf.memory();
        const start = calls();
        const simd = optimizerSimdCalls.count;
        const actual = train(config);
        // One kernel call per weight and step: the fast path really ran (on wasm, in SIMD).
        expect(calls() - start, backend).toBe(2 * STEPS);
        expect(optimizerSimdCalls.count - simd, backend).toBe(backend === 'wasm' ? 2 * STEPS : 0);
        expect(tf.memory().numTensors, `${backend}: tensors left`).toBe(memory.numTensors);
        expect(tf.memory().numDataBuffers, `${backend}: buffers left`).toBe(memory.numDataBuffers);
        expectClose(actual, expected);
      }
      unregisterFastKernels('cpu');
    },
  );
});
