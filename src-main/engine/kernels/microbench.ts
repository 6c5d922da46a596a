/**
 * Micro-benchmark of the kernels that registerFastKernels replaces: ms per op and GFLOP/s on the
 * stock wasm backend and with the fast kernels, in one process.
 *
 *   npx tsx src-main/engine/kernels/microbench.ts [--threads N] [--repeats N]
 *
 * `--threads N` starts the threaded wasm build (see wasm-threads.ts); the default is the stock
 * single-threaded one. Times are the best of `repeats` runs, so that other load on the machine
 * disturbs them as little as possible.
 */
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import '@tensorflow/tfjs-layers'; // registers the gradient functions
import { registerFastKernels, unregisterFastKernels } from './register.ts';
import { setWasmBackendWithThreads } from './wasm-threads.ts';

interface Case {
  name: string;
  /** Floating-point operations of one run (0 when the op moves memory only). */
  flops: number;
  run: () => tf.Tensor | tf.Tensor[];
}

const { values: opts } = parseArgs({
  options: { threads: { type: 'string' }, repeats: { type: 'string', default: '7' } },
});

function timeMs(run: Case['run'], repeats: number): number {
  tf.dispose(run()); // warm-up: first calls build XNNPACK operators
  let best = Infinity;
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    const out = run();
    (Array.isArray(out) ? out : [out]).forEach((t) => t.dataSync());
    best = Math.min(best, performance.now() - start);
    tf.dispose(out);
  }
  return best;
}

function matmul(m: number, k: number, n: number, tA: boolean, tB: boolean): Case {
  const a = tf.randomNormal(tA ? [k, m] : [m, k]);
  const b = tf.randomNormal(tB ? [n, k] : [k, n]);
  const label = `${tA ? 'A^T' : 'A'}.${tB ? 'B^T' : 'B'}`;
  return {
    name: `matMul ${m}x${k}x${n} ${label}`,
    flops: 2 * m * k * n,
    run: () => tf.matMul(a, b, tA, tB),
  };
}

type Shape4 = [number, number, number, number];

function convGrads(xShape: Shape4, wShape: Shape4, stride: number, pad: 'same' | 'valid'): Case[] {
  const x = tf.randomNormal(xShape) as tf.Tensor4D;
  const w = tf.randomNormal(wShape) as tf.Tensor4D;
  const y = tf.conv2d(x, w, stride, pad);
  const dy = tf.randomNormal(y.shape) as tf.Tensor4D;
  const flops = 2 * y.size * wShape[0] * wShape[1] * wShape[2];
  const attrs = { strides: [stride, stride], pad, dataFormat: 'NHWC' };
  const label = `[${xShape}]*[${wShape}] s${stride} ${pad}`;
  return [
    { name: `conv2d ${label}`, flops, run: () => tf.conv2d(x, w, stride, pad) },
    {
      name: `Conv2DBackpropFilter ${label}`,
      flops,
      run: () =>
        tf
          .engine()
          .runKernel(
            'Conv2DBackpropFilter',
            { x, dy },
            { ...attrs, filterShape: wShape },
          ) as tf.Tensor,
    },
    {
      name: `Conv2DBackpropInput ${label}`,
      flops,
      run: () => tf.conv2dTranspose(dy, w, xShape, stride, pad),
    },
  ];
}

function cases(): Case[] {
  const pooled = tf.randomNormal([64, 24, 24, 64]) as tf.Tensor4D;
  const pooledOut = tf.maxPool(pooled, 2, 2, 'valid');
  const pooledDy = tf.randomNormal(pooledOut.shape);
  const stats = tf.randomNormal([1, 1, 1, 64]);
  return [
    matmul(1024, 1024, 1024, false, false),
    matmul(1024, 1024, 1024, true, false),
    matmul(1024, 1024, 1024, false, true),
    // The Dense layers of the MLP 784-512-512-10 at batch 128: forward, x^T.dy, dy.W^T.
    matmul(128, 784, 512, false, false),
    matmul(784, 128, 512, true, false),
    matmul(128, 512, 512, false, true),
    // The CNN's Flatten -> Dense(128) at batch 64.
    matmul(64, 9216, 128, false, false),
    matmul(9216, 64, 128, true, false),
    matmul(64, 128, 9216, false, true),
    ...convGrads([64, 28, 28, 1], [3, 3, 1, 32], 1, 'valid'),
    ...convGrads([64, 26, 26, 32], [3, 3, 32, 64], 1, 'valid'),
    ...convGrads([64, 26, 26, 32], [3, 3, 32, 64], 2, 'same'),
    {
      name: 'MaxPoolGrad 2x2 of [64,24,24,64]',
      flops: 0,
      run: () =>
        tf
          .engine()
          .runKernel(
            'MaxPoolGrad',
            { dy: pooledDy, input: pooled, output: pooledOut },
            { filterSize: [2, 2], strides: [2, 2], pad: 'valid' },
          ) as tf.Tensor,
    },
    {
      name: 'Tile [1,1,1,64] to [64,24,24,64]',
      flops: 0,
      run: () => tf.tile(stats, [64, 24, 24, 1]),
    },
    {
      name: 'Sum of [64,24,24,64] over axes 0,1,2',
      flops: 0,
      run: () => tf.sum(pooled, [0, 1, 2]),
    },
    {
      name: 'Mean of [64,24,24,64] over axes 0,1,2',
      flops: 0,
      run: () => tf.mean(pooled, [0, 1, 2]),
    },
  ];
}

function cell(ms: number | undefined, flops: number): string {
  if (ms === undefined) return 'missing'.padStart(22);
  const rate = flops > 0 ? `${((flops / ms) * 1e-6).toFixed(1)} GFLOP/s` : '';
  return `${ms.toFixed(2).padStart(8)} ms ${rate.padStart(13)}`;
}

async function main(): Promise<void> {
  const threads = opts.threads === undefined ? undefined : Number(opts.threads);
  const repeats = Number(opts.repeats);
  if (threads !== undefined) {
    const started = await setWasmBackendWithThreads(threads);
    if (!started.ok) console.warn(started.message);
  } else {
    await tf.setBackend('wasm');
  }
  await tf.ready();
  const label = threads === undefined ? 'single-threaded' : `threaded build, ${threads} threads`;
  console.log(`wasm backend, ${label}; best of ${repeats} runs\n`);
  console.log(`${'op'.padEnd(52)}${'stock'.padStart(22)}${'fast kernels'.padStart(25)}  speed-up`);
  for (const c of cases()) {
    unregisterFastKernels('wasm');
    let stock: number | undefined;
    try {
      stock = timeMs(c.run, repeats);
    } catch {
      stock = undefined; // stock wasm lacks the kernel (Conv2DBackpropFilter)
    }
    registerFastKernels('wasm');
    const fast = timeMs(c.run, repeats);
    const speedup = stock === undefined ? '' : `${(stock / fast).toFixed(1)}x`;
    console.log(
      `${c.name.padEnd(52)}${cell(stock, c.flops)}   ${cell(fast, c.flops)}  ${speedup.padStart(6)}`,
    );
  }
  // Not a kernel we replace: the lead that reading back is slow (0.5 s per 1M floats).
  const big = tf.randomNormal([1000, 1000]);
  console.log(
    `\nreading back 1M floats (dataSync): ${cell(
      timeMs(() => tf.add(big, 0), repeats),
      0,
    )}`,
  );
  process.exit(0); // the threaded build's workers are unref'd, but be explicit
}

await main();
