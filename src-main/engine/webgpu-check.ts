/**
 * Trains the curriculum MLP, a small CNN and its BatchNormalization + Dropout variant for two to
 * four steps on the cpu backend and then on WebGPU, from the same seed, and prints one JSON line:
 * { ok, backend, adapter, models: [{ name, backend, lossError, weightError }], leaked, gpuBytes,
 * released }: tensors and GPU bytes left after the runs, and how the device ended. The seed
 * draws the initial weights and the dropout masks from the same Math.random sequence on both
 * backends (TensorFlow.js makes random tensors in JavaScript), so the runs must agree to rounding.
 * Runs on any adapter, software included; the process must exit by itself afterwards.
 *
 *   npx tsx src-main/engine/webgpu-check.ts
 */
import * as tf from '@tensorflow/tfjs-core';
import { sequential, type GraphDocument } from '../contract/graph.ts';
import { LAB_FORMAT, parseLab } from '../contract/lab.ts';
import { WORKLOADS, syntheticData } from '../bench/workloads.ts';
import type { Dataset } from '../data/dataset.ts';
import { releaseBackend, selectBackend } from './backend.ts';
import { mulberry32 } from './random.ts';
import { train } from './trainer.ts';

const smallCnn = (regularized: boolean) =>
  sequential([
    { kind: 'Input', params: { shape: [12, 12, 1] } },
    { kind: 'Conv2D', params: { filters: 4, activation: 'relu' } },
    ...(regularized ? [{ kind: 'BatchNormalization' as const }] : []),
    { kind: 'MaxPooling2D' },
    { kind: 'Conv2D', params: { filters: 8, activation: 'relu' } },
    ...(regularized ? [{ kind: 'BatchNormalization' as const }] : []),
    { kind: 'MaxPooling2D' },
    ...(regularized ? [{ kind: 'Dropout' as const, params: { rate: 0.25 } }] : []),
    { kind: 'Flatten' },
    { kind: 'Dense', params: { units: 32, activation: 'relu' } },
    ...(regularized ? [{ kind: 'Dropout' as const, params: { rate: 0.5 } }] : []),
    { kind: 'Dense', params: { units: 10, activation: 'softmax' } },
  ]);

/** The models, with their data: MNIST-shaped for the MLP, 12x12 images for the CNNs (cheaper). */
const MODELS: Record<string, { graph: () => GraphDocument; data: () => Dataset; epochs?: number }> =
  {
    // One epoch: SwiftShader takes seconds per step of the 784-512-512-10 MLP.
    mlp: {
      graph: WORKLOADS['mlp-b128'].graph,
      data: () => syntheticData('mnist', 40, 3),
      epochs: 1,
    },
    cnn: { graph: () => smallCnn(false), data: () => smallImages(40) },
    'cnn-bn-dropout': { graph: () => smallCnn(true), data: () => smallImages(40) },
  };

/** Random 12x12 one-channel images with random labels of 10 classes. */
function smallImages(count: number): Dataset {
  const mnist = syntheticData('mnist', count, 5);
  const data = new Uint8Array(count * 144);
  const random = mulberry32(5);
  for (let i = 0; i < data.length; i++) data[i] = Math.floor(random() * 256);
  return {
    info: { ...mnist.info, featureShape: [12, 12, 1] },
    train: { ...mnist.train, features: { kind: 'u8', data, rowSize: 144, scale: 1 / 255 } },
    test: null,
  };
}

/** Two epochs (or `epochs`) of two batches of 16, validated on the last fifth of the data. */
async function trainOnce({ graph, data, epochs = 2 }: (typeof MODELS)[string]) {
  const lab = parseLab({
    format: LAB_FORMAT,
    version: 1,
    graph: graph(),
    dataset: { kind: 'synthetic', shape: 'xor' },
    training: {
      epochs,
      batchSize: 16,
      seed: 7,
      validation: { kind: 'split', fraction: 0.2 },
    },
  });
  let backend = '';
  const result = await train(lab, data(), {
    onStart: () => (backend = tf.getBackend()),
  });
  const losses = result.metrics.flatMap((m) => [m.loss, m.val_loss ?? NaN]);
  const weights = new Float32Array(result.model.weightData as ArrayBuffer);
  return { backend, losses, weights };
}

const maxError = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  if (a.length !== b.length) return Infinity;
  let max = 0;
  for (let i = 0; i < a.length; i++) {
    const e = Math.abs(a[i] - b[i]);
    max = Number.isNaN(e) ? Infinity : Math.max(max, e);
  }
  return max;
};

tf.env().set('IS_TEST', true); // keeps the cpu backend from printing its tfjs-node hint
await selectBackend('cpu');
const expected = new Map<string, Awaited<ReturnType<typeof trainOnce>>>();
for (const [name, model] of Object.entries(MODELS)) expected.set(name, await trainOnce(model));

const report = await selectBackend('webgpu');
const before = tf.memory().numTensors;
const models = [];
if (report.name === 'webgpu')
  for (const [name, model] of Object.entries(MODELS)) {
    const want = expected.get(name)!;
    const got = await trainOnce(model);
    models.push({
      name,
      backend: got.backend,
      lossError: maxError(got.losses, want.losses),
      weightError: maxError(got.weights, want.weights),
    });
  }
const leaked = tf.memory().numTensors - before;
// Bytes still held by tensors after the runs (the backend's pool of free buffers aside).
const gpuBytes = (tf.memory() as { numBytesInGPU?: number }).numBytesInGPU ?? null;
const released = await releaseBackend();
console.log(
  JSON.stringify({
    ok: report.name === 'webgpu',
    backend: report.name,
    adapter: report.gpu ?? null,
    skipped: report.skipped,
    models,
    leaked,
    gpuBytes,
    released,
    backendAfter: tf.findBackend('webgpu') ? 'webgpu' : null,
  }),
);
