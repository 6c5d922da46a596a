/**
 * Training throughput (samples/s) of the curriculum workloads, built with tfjs-layers directly and
 * trained with trainOnBatch on random data of the right shapes.
 *
 *   npx tsx src-main/engine/kernels/train-bench.ts                      # every workload x setup
 *   npx tsx src-main/engine/kernels/train-bench.ts --setup wasm-fast --workload mlp [--seconds 10]
 *
 * Setups: cpu (JS backend), wasm-stock, wasm-fast (registerFastKernels), wasm-fast-mt (also the
 * threaded build with one thread per core). Each setup runs in its own process, because the
 * wasm build and its thread count are fixed when the backend starts. The CNNs run on cpu only when
 * asked for with --workload (minutes per step).
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import * as tfl from '@tensorflow/tfjs-layers';
import { registerFastKernels } from './register.ts';
import { setWasmBackendWithThreads } from './wasm-threads.ts';

type Setup = 'cpu' | 'wasm-stock' | 'wasm-fast' | 'wasm-fast-mt';
type Workload = 'mlp' | 'cnn' | 'cnn-reg' | 'imdb';

interface WorkloadSpec {
  batch: number;
  inputShape: number[];
  classes: number;
  build(): tfl.Sequential;
  /** Random inputs of one batch. */
  inputs(batch: number): tf.Tensor;
}

const relu = 'relu' as const;

function cnn(regularized: boolean): tfl.Sequential {
  const L = tfl.layers;
  const reg = <T>(layer: T) => (regularized ? [layer] : []);
  return tfl.sequential({
    layers: [
      L.conv2d({ inputShape: [28, 28, 1], filters: 32, kernelSize: 3, activation: relu }),
      ...reg(L.batchNormalization()),
      L.conv2d({ filters: 64, kernelSize: 3, activation: relu }),
      ...reg(L.batchNormalization()),
      L.maxPooling2d({ poolSize: 2 }),
      ...reg(L.dropout({ rate: 0.25 })),
      L.flatten(),
      L.dense({ units: 128, activation: relu }),
      ...reg(L.dropout({ rate: 0.5 })),
      L.dense({ units: 128, activation: relu }),
      L.dense({ units: 10, activation: 'softmax' }),
    ],
  });
}

const WORKLOADS: Record<Workload, WorkloadSpec> = {
  mlp: {
    batch: 128,
    inputShape: [784],
    classes: 10,
    build: () =>
      tfl.sequential({
        layers: [
          tfl.layers.dense({ inputShape: [784], units: 512, activation: relu }),
          tfl.layers.dense({ units: 512, activation: relu }),
          tfl.layers.dense({ units: 10, activation: 'softmax' }),
        ],
      }),
    inputs: (b) => tf.randomUniform([b, 784]),
  },
  cnn: { batch: 64, inputShape: [28, 28, 1], classes: 10, build: () => cnn(false), inputs: images },
  'cnn-reg': {
    batch: 64,
    inputShape: [28, 28, 1],
    classes: 10,
    build: () => cnn(true),
    inputs: images,
  },
  imdb: {
    batch: 512,
    inputShape: [10000],
    classes: 1,
    build: () =>
      tfl.sequential({
        layers: [
          tfl.layers.dense({ inputShape: [10000], units: 16, activation: relu }),
          tfl.layers.dense({ units: 16, activation: relu }),
          tfl.layers.dense({ units: 1, activation: 'sigmoid' }),
        ],
      }),
    // Multi-hot reviews: about 2% of the 10,000 words present.
    inputs: (b) => tf.tidy(() => tf.cast(tf.less(tf.randomUniform([b, 10000]), 0.02), 'float32')),
  },
};

function images(b: number): tf.Tensor {
  return tf.randomUniform([b, 28, 28, 1]);
}

async function startBackend(setup: Setup): Promise<string> {
  if (setup === 'cpu') {
    await tf.setBackend('cpu');
    return 'cpu';
  }
  if (setup === 'wasm-fast-mt') {
    const started = await setWasmBackendWithThreads();
    if (!started.ok) console.warn(started.message);
  } else {
    await tf.setBackend('wasm');
  }
  await tf.ready();
  if (setup !== 'wasm-stock') registerFastKernels('wasm');
  return setup;
}

/** Median and best samples/s over single steps, after warm-up. */
async function measure(
  workload: Workload,
  seconds: number,
): Promise<{ median: number; best: number; steps: number }> {
  const spec = WORKLOADS[workload];
  const model = spec.build();
  const loss = spec.classes === 1 ? 'binaryCrossentropy' : 'categoricalCrossentropy';
  model.compile({ optimizer: tf.train.adam(1e-3), loss, metrics: ['accuracy'] });
  const batches = Array.from({ length: 4 }, () => {
    const x = spec.inputs(spec.batch);
    const labels = tf.randomUniform([spec.batch], 0, Math.max(2, spec.classes), 'int32');
    const y =
      spec.classes === 1
        ? tf.cast(tf.reshape(labels, [-1, 1]), 'float32')
        : tf.oneHot(labels, spec.classes);
    return { x, y };
  });
  await model.trainOnBatch(batches[0].x, batches[0].y); // warm-up: XNNPACK operators, JIT
  const times: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  while (performance.now() < deadline || times.length < 2) {
    const { x, y } = batches[times.length % 4];
    const start = performance.now();
    await model.trainOnBatch(x, y);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const rate = (ms: number) => (spec.batch * 1000) / ms;
  return {
    median: rate(times[Math.floor(times.length / 2)]),
    best: rate(times[0]),
    steps: times.length,
  };
}

const { values: opts } = parseArgs({
  options: {
    setup: { type: 'string' },
    workload: { type: 'string' },
    seconds: { type: 'string', default: '8' },
  },
});

const SETUPS: Setup[] = ['cpu', 'wasm-stock', 'wasm-fast', 'wasm-fast-mt'];

if (opts.setup !== undefined) {
  const setup = opts.setup as Setup;
  const label = await startBackend(setup);
  // The JS backend needs minutes per CNN step: only on request.
  const all = (Object.keys(WORKLOADS) as Workload[]).filter(
    (w) => setup !== 'cpu' || !w.startsWith('cnn'),
  );
  const workloads = opts.workload ? [opts.workload as Workload] : all;
  for (const w of workloads) {
    try {
      const r = await measure(w, Number(opts.seconds));
      console.log(
        `${label.padEnd(14)}${w.padEnd(9)}${r.median.toFixed(0).padStart(7)} samples/s median ` +
          `(best ${r.best.toFixed(0)}, ${r.steps} steps)`,
      );
    } catch (e) {
      console.log(`${label.padEnd(14)}${w.padEnd(9)} cannot train: ${(e as Error).message}`);
    }
  }
  process.exit(0);
} else {
  // One child process per setup (wasm build and thread count are per process).
  for (const setup of SETUPS) {
    const args = [
      ...process.execArgv,
      import.meta.filename,
      '--setup',
      setup,
      '--seconds',
      opts.seconds!,
    ];
    if (opts.workload) args.push('--workload', opts.workload);
    spawnSync(process.execPath, args, { stdio: 'inherit' });
  }
}
