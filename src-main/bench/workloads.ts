/**
 * The benchmark workloads: the curriculum's networks on synthetic data of the real sets' shapes
 * (random pixels and labels: speed does not depend on what the numbers mean).
 */
import { sequential, type GraphDocument } from '../contract/graph.ts';
import { LAB_FORMAT, parseLab, type LabFile } from '../contract/lab.ts';
import type { TrainingConfigInput } from '../contract/training.ts';
import type { Dataset, Features } from '../data/dataset.ts';
import { mulberry32 } from '../engine/random.ts';

export const WORKLOAD_NAMES = [
  'mlp-b128',
  'mlp-b32',
  'cnn-b64',
  'cnn-dropout-bn-b64',
  'imdb-b512',
  'mlp-b128-epoch',
] as const;
export type WorkloadName = (typeof WORKLOAD_NAMES)[number];

/** stock TF.js (`model.fit`, stock kernels, one thread); our engine on one wasm thread; on all cores. */
export const BENCH_MODES = ['stock', 'engine1', 'engine'] as const;
export type BenchMode = (typeof BENCH_MODES)[number];

export interface Workload {
  title: string;
  graph: () => GraphDocument;
  training: TrainingConfigInput;
  /** Which real set this stands in for; its training-set size gives the epoch time. */
  shape: 'mnist' | 'imdb';
  epochSize: number;
  /** Train on exactly this many samples (a whole epoch) instead of a timed slice. */
  fixedSamples?: number;
  /**
   * Multiply-add FLOPs of one training sample (forward, and backward for the weights and for every
   * layer's input but the first): 2 x (3 x forward MACs - first layer's MACs).
   */
  trainFlops: number;
}

// Forward multiply-adds per sample.
const MLP_MACS = 784 * 512 + 512 * 512 + 512 * 10;
const CNN_MACS = 26 * 26 * 32 * 9 + 24 * 24 * 64 * 9 * 32 + 9216 * 128 + 128 * 128 + 128 * 10;
const IMDB_MACS = 10000 * 16 + 16 * 16 + 16;
const trainFlops = (macs: number, firstLayer: number) => 2 * (3 * macs - firstLayer);

const mlp = () =>
  sequential([
    { kind: 'Input', params: { shape: [784] } },
    { kind: 'Dense', params: { units: 512, activation: 'relu' } },
    { kind: 'Dense', params: { units: 512, activation: 'relu' } },
    { kind: 'Dense', params: { units: 10, activation: 'softmax' } },
  ]);

const cnn = (regularized: boolean) =>
  sequential([
    { kind: 'Input', params: { shape: [28, 28, 1] } },
    { kind: 'Conv2D', params: { filters: 32, activation: 'relu' } },
    ...(regularized ? [{ kind: 'BatchNormalization' as const }] : []),
    { kind: 'Conv2D', params: { filters: 64, activation: 'relu' } },
    ...(regularized ? [{ kind: 'BatchNormalization' as const }] : []),
    { kind: 'MaxPooling2D' },
    ...(regularized ? [{ kind: 'Dropout' as const, params: { rate: 0.25 } }] : []),
    { kind: 'Flatten' },
    { kind: 'Dense', params: { units: 128, activation: 'relu' } },
    ...(regularized ? [{ kind: 'Dropout' as const, params: { rate: 0.5 } }] : []),
    { kind: 'Dense', params: { units: 128, activation: 'relu' } },
    { kind: 'Dense', params: { units: 10, activation: 'softmax' } },
  ]);

const imdb = () =>
  sequential([
    { kind: 'Input', params: { shape: [10000] } },
    { kind: 'Dense', params: { units: 16, activation: 'relu' } },
    { kind: 'Dense', params: { units: 16, activation: 'relu' } },
    { kind: 'Dense', params: { units: 1, activation: 'sigmoid' } },
  ]);

export const WORKLOADS: Record<WorkloadName, Workload> = {
  'mlp-b128': {
    title: 'MLP 784-512-512-10, batch 128',
    graph: mlp,
    training: { batchSize: 128 },
    shape: 'mnist',
    epochSize: 60000,
    trainFlops: trainFlops(MLP_MACS, 784 * 512),
  },
  'mlp-b32': {
    title: 'MLP 784-512-512-10, batch 32',
    graph: mlp,
    training: { batchSize: 32 },
    shape: 'mnist',
    epochSize: 60000,
    trainFlops: trainFlops(MLP_MACS, 784 * 512),
  },
  'cnn-b64': {
    title: 'CNN 32-64-pool-128-128-10, batch 64',
    graph: () => cnn(false),
    training: { batchSize: 64 },
    shape: 'mnist',
    epochSize: 60000,
    trainFlops: trainFlops(CNN_MACS, 26 * 26 * 32 * 9),
  },
  'cnn-dropout-bn-b64': {
    title: 'CNN + BatchNorm + Dropout, batch 64',
    graph: () => cnn(true),
    training: { batchSize: 64 },
    shape: 'mnist',
    epochSize: 60000,
    trainFlops: trainFlops(CNN_MACS, 26 * 26 * 32 * 9),
  },
  'imdb-b512': {
    title: 'IMDB multi-hot 10000-16-16-1, batch 512',
    graph: imdb,
    training: { batchSize: 512, optimizer: 'rmsprop', loss: 'binary_crossentropy' },
    shape: 'imdb',
    epochSize: 25000,
    trainFlops: trainFlops(IMDB_MACS, 10000 * 16),
  },
  'mlp-b128-epoch': {
    title: 'MLP batch 128, one full 60,000-sample epoch (peak memory)',
    graph: mlp,
    training: { batchSize: 128 },
    shape: 'mnist',
    epochSize: 60000,
    fixedSamples: 60000,
    trainFlops: trainFlops(MLP_MACS, 784 * 512),
  },
};

/** The lab that trains a workload for one epoch, no validation, seeded. */
export function workloadLab(w: Workload): LabFile {
  return parseLab({
    format: LAB_FORMAT,
    version: 1,
    graph: w.graph(),
    dataset: { kind: 'synthetic', shape: 'xor' },
    training: { ...w.training, epochs: 1, validation: { kind: 'none' }, seed: 1 },
  });
}

/** Random data of MNIST's or IMDB's shape (IMDB: ~130 distinct words per review, as the real set). */
export function syntheticData(shape: Workload['shape'], count: number, seed = 1): Dataset {
  const random = mulberry32(seed);
  const labels = new Int32Array(count);
  let features: Features;
  if (shape === 'mnist') {
    const data = new Uint8Array(count * 784);
    for (let i = 0; i < data.length; i++) data[i] = random() < 0.8 ? 0 : Math.floor(random() * 256);
    for (let i = 0; i < count; i++) labels[i] = Math.floor(random() * 10);
    features = { kind: 'u8', data, rowSize: 784, scale: 1 / 255 };
  } else {
    const perReview = 130;
    const offsets = new Uint32Array(count + 1);
    const indices = new Uint32Array(count * perReview);
    for (let i = 0; i < count; i++) {
      offsets[i + 1] = offsets[i] + perReview;
      for (let k = 0; k < perReview; k++)
        indices[i * perReview + k] = 1 + Math.floor(random() ** 2 * 9999);
      labels[i] = random() < 0.5 ? 0 : 1;
    }
    features = { kind: 'multi-hot', offsets, indices, rowSize: 10000 };
  }
  const classNames =
    shape === 'mnist'
      ? ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']
      : ['negative', 'positive'];
  return {
    info: {
      id: `synthetic-${shape}`,
      title: `synthetic ${shape}`,
      task: shape === 'mnist' ? 'multiclass' : 'binary',
      classNames,
      featureShape: shape === 'mnist' ? [28, 28, 1] : [10000],
      trainCount: count,
      testCount: 0,
    },
    train: { count, features, labels },
    test: null,
  };
}
