/**
 * The machine's matrix-multiply limit as the wasm backend sees it: the best of 5 XNNPACK matmuls
 * of 1024 x 1024 by 1024 x 1024 float32, with the thread count asked for. Prints {threads, gflops}.
 */
import * as tf from '@tensorflow/tfjs-core';
import { getThreadsCount } from '@tensorflow/tfjs-backend-wasm';
import { selectBackend } from '../engine/backend.ts';

const N = 1024;

async function main(): Promise<void> {
  await selectBackend('wasm', { threads: Number(process.argv[2]) || 1 });
  const a = tf.randomNormal([N, N]);
  const b = tf.randomNormal([N, N]);
  let best = Infinity;
  for (let i = 0; i < 6; i++) {
    const start = performance.now();
    const c = tf.matMul(a, b);
    c.dataSync();
    c.dispose();
    if (i > 0) best = Math.min(best, performance.now() - start); // the first builds the operator
  }
  const gflops = (2 * N ** 3) / (best * 1e6);
  process.stdout.write(JSON.stringify({ threads: getThreadsCount(), gflops }) + '\n');
}

void main();
