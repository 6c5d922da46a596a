/**
 * Starts the threaded wasm build with the fast kernels, trains a few gradient computations on it
 * and on the cpu backend, and prints one JSON line: { ok, threads, maxRelativeError }.
 * It must also exit by itself (the pthread workers are unref'd). With LAYERLAB_WASM_START_MS=1 the
 * threaded start misses its deadline and the single-threaded fallback is what gets checked. Used by test/unit/kernels.test.ts
 * in a child process, since the wasm build is chosen once per process.
 *
 *   npx tsx src-main/engine/kernels/threads-check.ts [threads]
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-layers'; // registers the gradient functions
import { registerFastKernels } from './register.ts';
import { setWasmBackendWithThreads } from './wasm-threads.ts';

const started = await setWasmBackendWithThreads(Number(process.argv[2] ?? 2));
registerFastKernels('wasm');

async function gradients(backend: string): Promise<Float32Array[]> {
  await tf.setBackend(backend);
  return tf.tidy(() => {
    const wave = (shape: number[]) => {
      const size = shape.reduce((a, b) => a * b);
      return tf.mul(tf.sin(tf.reshape(tf.range(0, size), shape)), 0.3);
    };
    const x = wave([2, 14, 14, 8]);
    const w = wave([3, 3, 8, 16]);
    const d = wave([96, 64]);
    // Every replaced kernel takes part: conv (and its two gradients), maxPool, the leading-axes
    // mean and the tile of BatchNormalization-style statistics, and both transposed matmuls.
    const loss = (xi: tf.Tensor, wi: tf.Tensor, di: tf.Tensor) => {
      const y = tf.relu(tf.conv2d(xi as tf.Tensor4D, wi as tf.Tensor4D, 1, 'same'));
      const centred = tf.sub(y, tf.tile(tf.mean(y, [0, 1, 2], true), [2, 14, 14, 1]));
      const pooled = tf.maxPool(centred as tf.Tensor4D, 2, 2, 'valid');
      return tf.add(tf.sum(tf.square(pooled)), tf.sum(tf.matMul(di, di, true, false)));
    };
    return tf
      .grads(loss)([x, w, d])
      .map((g) => g.dataSync() as Float32Array);
  });
}

tf.env().set('IS_TEST', true); // keeps the cpu backend from printing its tfjs-node hint
const expected = await gradients('cpu');
const actual = await gradients('wasm');
let maxRelativeError = 0;
expected.forEach((values, k) =>
  values.forEach((v, i) => {
    const err = Math.abs(actual[k][i] - v) / Math.max(1, Math.abs(v));
    maxRelativeError = Number.isNaN(err) ? Infinity : Math.max(maxRelativeError, err);
  }),
);
console.log(
  JSON.stringify({
    ok: started.ok,
    threads: started.threads,
    maxRelativeError,
    ...(started.ok ? {} : { code: started.code, message: started.message }),
  }),
);
// A threaded start abandoned at its deadline leaves its workers referenced: end explicitly (the
// trainers' parents kill them at the end of a run anyway).
if (!started.ok) process.exit(0);
