/**
 * One benchmark measurement in a fresh process (so kernels, memory and JIT state never leak from one
 * configuration into the next). Prints one JSON line: BenchResult.
 *
 *   stock   = what plain TensorFlow.js gives: tfjs-layers `model.fit`, stock kernels, one thread
 *   engine1 = LayerLab's trainer with its fast kernels, one wasm thread
 *   engine  = the same with a wasm thread per core (what a lone run gets)
 */
import os from 'node:os';
import * as tf from '@tensorflow/tfjs-core';
import type { BackendName } from '../contract/api.ts';
import { TrainingConfigSchema } from '../contract/training.ts';
import { gpuName } from '../contract/api.ts';
import { selectBackend } from '../engine/backend.ts';
import { startWebGpu } from '../engine/webgpu.ts';
import { backendSkipText, type BackendSkip } from '../contract/backend-text.ts';
import { buildModel } from '../engine/build-model.ts';
import { makeOptimizer } from '../engine/optimizers.ts';
import { train } from '../engine/trainer.ts';
import {
  WORKLOADS,
  syntheticData,
  workloadLab,
  type BenchMode,
  type WorkloadName,
} from './workloads.ts';

export interface BenchRequest {
  workload: WorkloadName;
  backend: BackendName;
  mode: BenchMode;
  repeats: number;
  /** Target seconds per timed repeat. */
  seconds: number;
  /** WebGPU on a software adapter too (`--webgpu`); else only on a hardware GPU. */
  softwareGpu?: boolean;
}

export interface BenchResult extends BenchRequest {
  ok: boolean;
  error?: string;
  /** One figure per repeat, and their median. */
  samplesPerSecond?: number[];
  median?: number;
  msPerStep?: number;
  epochSeconds?: number;
  peakRssMB: number;
  details: string[];
  /** WebGPU only: why there is no GPU to measure (then for no workload). */
  noGpu?: BackendSkip;
}

async function timeEngine(w: (typeof WORKLOADS)[WorkloadName], samples: number): Promise<number> {
  const data = syntheticData(w.shape, samples);
  const result = await train(workloadLab(w), data);
  return samples / result.metrics[0].seconds;
}

async function timeStock(w: (typeof WORKLOADS)[WorkloadName], samples: number): Promise<number> {
  const data = syntheticData(w.shape, samples);
  const { model, trainModel } = buildModel(w.graph());
  const binary = w.training.loss === 'binary_crossentropy';
  const x = tf.tidy(() => {
    const values = new Float32Array(samples * data.train.features.rowSize);
    const f = data.train.features;
    if (f.kind === 'u8') for (let i = 0; i < values.length; i++) values[i] = f.data[i] * f.scale;
    else if (f.kind === 'multi-hot')
      for (let i = 0; i < samples; i++)
        for (let k = f.offsets[i]; k < f.offsets[i + 1]; k++)
          values[i * f.rowSize + f.indices[k]] = 1;
    return tf.tensor(values, [samples, ...(model.inputs[0].shape.slice(1) as number[])]);
  });
  const labels = tf.tensor1d(data.train.labels, 'int32');
  const y = binary ? tf.reshape(tf.cast(labels, 'float32'), [samples, 1]) : tf.oneHot(labels, 10);
  model.compile({
    optimizer: makeOptimizer(TrainingConfigSchema.parse(w.training)),
    loss: binary ? 'binaryCrossentropy' : 'categoricalCrossentropy',
    metrics: ['accuracy'],
  });
  const t0 = performance.now();
  await model.fit(x, y, { batchSize: w.training.batchSize, epochs: 1, shuffle: true, verbose: 0 });
  const seconds = (performance.now() - t0) / 1000;
  tf.dispose([x, y, labels]);
  trainModel.dispose();
  return samples / seconds;
}

async function measure(request: BenchRequest): Promise<BenchResult> {
  if (request.mode === 'stock') process.env.LAYERLAB_STOCK_KERNELS = '1';
  const w = WORKLOADS[request.workload];
  if (request.backend === 'webgpu') {
    const gpu = await startWebGpu(!!request.softwareGpu);
    if (!gpu.ok) {
      const error = `no GPU: ${backendSkipText(gpu.why, 'en')}`;
      return { ...request, ok: false, error, noGpu: gpu.why, peakRssMB: 0, details: [] };
    }
  }
  const backend = await selectBackend(request.backend, {
    threads: request.mode === 'engine' ? os.availableParallelism() : 1,
  });
  const gpu = backend.gpu && `${gpuName(backend.gpu)}${backend.gpu.software ? ', software' : ''}`;
  const details = gpu ? [...backend.details, gpu] : backend.details;
  const result: BenchResult = { ...request, ok: false, peakRssMB: 0, details };
  if (backend.name !== request.backend) throw new Error(`${request.backend} is not available here`);
  const time = request.mode === 'stock' ? timeStock : timeEngine;
  const batch = w.training.batchSize!;
  try {
    const runs: number[] = [];
    if (w.fixedSamples) {
      for (let i = 0; i < request.repeats; i++) runs.push(await time(w, w.fixedSamples));
    } else {
      // Warm up (kernel setup, JIT), then size the timed slice to about `seconds`.
      const warm = await time(w, batch * 3);
      const steps = Math.max(
        5,
        Math.min(Math.ceil(w.epochSize / batch), Math.round((warm * request.seconds) / batch)),
      );
      for (let i = 0; i < request.repeats; i++) runs.push(await time(w, steps * batch));
    }
    const sorted = [...runs].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    Object.assign(result, {
      ok: true,
      samplesPerSecond: runs,
      median,
      msPerStep: (1000 * batch) / median,
      epochSeconds: w.epochSize / median,
    });
  } catch (e) {
    result.error = String((e as Error).message ?? e).split('\n')[0];
  }
  result.peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  return result;
}

const request = JSON.parse(process.argv[2]) as BenchRequest;
measure(request).then(
  (r) => process.stdout.write(JSON.stringify(r) + '\n'),
  (e) => {
    process.stdout.write(
      JSON.stringify({
        ...request,
        ok: false,
        error: String(e.message ?? e),
        peakRssMB: 0,
        details: [],
      }) + '\n',
    );
  },
);
