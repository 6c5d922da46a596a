/**
 * Labs for the model-file export checks (ONNX, ...): together they use every layer kind of the
 * catalog, every activation, and both layouts of every merge; plus a tiny image data set written
 * as an .npz file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import type { DatasetRefInput } from '../../src-main/contract/datasets.ts';
import { parseGraph } from '../../src-main/contract/graph.ts';
import { LAB_FORMAT, parseLab, type LabFile } from '../../src-main/contract/lab.ts';
import type { LayerKind } from '../../src-main/contract/layers.ts';
import type { TrainingConfigInput } from '../../src-main/contract/training.ts';
import { mulberry32 } from '../../src-main/engine/random.ts';

/** `[id, kind, params, input ids]`: a functional graph in a few lines. */
type Row = [string, LayerKind, Record<string, unknown>, string[]];

export function functionalLab(
  name: string,
  rows: Row[],
  dataset: DatasetRefInput,
  training: TrainingConfigInput,
): LabFile {
  const graph = parseGraph({
    version: 1,
    nodes: rows.map(([id, kind, params]) => ({ id, kind, params })),
    edges: rows.flatMap(([id, , , ins]) => ins.map((source) => ({ source, target: id }))),
  });
  return parseLab({ format: LAB_FORMAT, version: 1, name, graph, dataset, training });
}

const moonsData: DatasetRefInput = { kind: 'synthetic', shape: 'moons', samples: 200, noise: 0.2 };
const quick: TrainingConfigInput = { epochs: 2, batchSize: 32, seed: 1 };

/** A deep MLP on moons with one Dense layer per activation, BatchNormalization and Dropout. */
export function activationsLab(): LabFile {
  const acts = [
    'relu',
    'sigmoid',
    'tanh',
    'elu',
    'selu',
    'softplus',
    'softsign',
    'swish',
    'gelu',
    'relu6',
    'hard_sigmoid',
    'linear',
  ];
  const rows: Row[] = [['in', 'Input', { shape: [2] }, []]];
  acts.forEach((activation, i) =>
    rows.push([`d${i}`, 'Dense', { units: 8, activation, useBias: i !== 11 }, [rows.at(-1)![0]]]),
  );
  rows.push(
    ['bn', 'BatchNormalization', { momentum: 0.5, epsilon: 0.01 }, ['d11']],
    ['act', 'Activation', { activation: 'softsign' }, ['bn']],
    ['drop', 'Dropout', { rate: 0.2 }, ['act']],
    ['out', 'Dense', { units: 2, activation: 'softmax' }, ['drop']],
  );
  return functionalLab('activations', rows, moonsData, quick);
}

/** Two branches on moons joined by Add and Concatenate (Keras' positive axis), then swish. */
export function mergesLab(): LabFile {
  return functionalLab(
    'merges',
    [
      ['in', 'Input', { shape: [2] }, []],
      ['a', 'Dense', { units: 8, activation: 'relu' }, ['in']],
      ['b', 'Dense', { units: 8, activation: 'tanh' }, ['in']],
      ['sum', 'Add', {}, ['a', 'b']],
      ['c', 'Dense', { units: 4, activation: 'sigmoid' }, ['sum']],
      ['cat', 'Concatenate', { axis: 1 }, ['sum', 'c', 'a']],
      ['act', 'Activation', { activation: 'swish' }, ['cat']],
      ['out', 'Dense', { units: 2, activation: 'softmax' }, ['act']],
    ],
    moonsData,
    quick,
  );
}

/**
 * A small image network: Conv2D valid and same (strides 2, odd padding at the end), BatchNormalization
 * channels-first, channels-last and on a rank-3 tensor, both poolings with 'same' and 'valid',
 * merges of images, a channel softmax, GlobalAveragePooling2D both ways, Flatten, Reshape, Dropout.
 */
export function imageLab(
  inputShape: number[],
  classes: number,
  dataset: DatasetRefInput,
  training: TrainingConfigInput,
): LabFile {
  // The spatial size after c1 (valid 3x3), c2 (same, strides 2), ap (same) and mp (valid). Reshape
  // gets explicit sizes: a -1 leaves the next layer's shape undefined in TensorFlow.js.
  const [h, w] = inputShape.map((n) => Math.floor(Math.ceil(Math.ceil((n - 2) / 2) / 2) / 2));
  return functionalLab(
    'images',
    [
      ['in', 'Input', { shape: inputShape }, []],
      ['c1', 'Conv2D', { filters: 4, kernelSize: [3, 3], activation: 'relu' }, ['in']],
      ['bn1', 'BatchNormalization', { momentum: 0.5 }, ['c1']],
      [
        'c2',
        'Conv2D',
        { filters: 6, kernelSize: [3, 3], strides: [2, 2], padding: 'same' },
        ['bn1'],
      ],
      [
        'c3',
        'Conv2D',
        {
          filters: 6,
          kernelSize: [3, 3],
          strides: [2, 2],
          padding: 'same',
          activation: 'gelu',
          useBias: false,
        },
        ['bn1'],
      ],
      ['sum', 'Add', {}, ['c2', 'c3']],
      ['cat', 'Concatenate', { axis: -1 }, ['c2', 'sum']],
      ['ap', 'AveragePooling2D', { poolSize: [2, 2], padding: 'same' }, ['cat']],
      ['mp', 'MaxPooling2D', { poolSize: [2, 2] }, ['ap']],
      ['bn2', 'BatchNormalization', { momentum: 0.5 }, ['mp']],
      ['soft', 'Activation', { activation: 'softmax' }, ['bn2']],
      ['gap', 'GlobalAveragePooling2D', {}, ['soft']],
      ['flat', 'Flatten', {}, ['soft']],
      ['rows', 'Reshape', { targetShape: [h * w, 12] }, ['flat']],
      ['bn3', 'BatchNormalization', { momentum: 0.5, epsilon: 0.01 }, ['rows']],
      ['flat2', 'Flatten', {}, ['bn3']],
      ['d1', 'Dense', { units: 12, activation: 'relu' }, ['flat2']],
      ['drop', 'Dropout', { rate: 0.3 }, ['d1']],
      ['img', 'Reshape', { targetShape: [h * w, 1, 12] }, ['flat']],
      ['bn4', 'BatchNormalization', { momentum: 0.5 }, ['img']],
      ['gap2', 'GlobalAveragePooling2D', {}, ['img']],
      ['gap3', 'GlobalAveragePooling2D', {}, ['bn4']],
      ['sum2', 'Add', {}, ['gap', 'drop', 'gap3']],
      ['cat2', 'Concatenate', { axis: -1 }, ['sum2', 'gap2']],
      ['out', 'Dense', { units: classes, activation: 'softmax' }, ['cat2']],
    ],
    dataset,
    training,
  );
}

/** A NumPy .npy file (format 1.0). */
function npy(descr: string, shape: number[], data: Uint8Array): Uint8Array {
  const dims = shape.length === 1 ? `${shape[0]},` : shape.join(', ');
  let header = `{'descr': '${descr}', 'fortran_order': False, 'shape': (${dims}), }`;
  header += ' '.repeat(63 - ((10 + header.length) % 64)) + '\n';
  const out = new Uint8Array(10 + header.length + data.length);
  out.set([
    0x93,
    ...new TextEncoder().encode('NUMPY'),
    1,
    0,
    header.length & 255,
    header.length >> 8,
  ]);
  out.set(new TextEncoder().encode(header), 10);
  out.set(data, 10 + header.length);
  return out;
}

/**
 * `n` grayscale 16x16 images of three classes (a horizontal, a vertical or a diagonal bar, with
 * noise), as bytes.
 */
export function barImages(n: number, seed: number): { x: Uint8Array; y: Uint8Array } {
  const random = mulberry32(seed);
  const x = new Uint8Array(n * 256);
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = i % 3;
    const at = 2 + Math.floor(random() * 12);
    y[i] = c;
    for (let r = 0; r < 16; r++)
      for (let col = 0; col < 16; col++) {
        const on = c === 0 ? r === at : c === 1 ? col === at : Math.abs(r - col) <= 1;
        x[i * 256 + r * 16 + col] = Math.min(255, (on ? 180 : 0) + Math.floor(random() * 70));
      }
  }
  return { x, y };
}

/** Writes the bar images (240 to train, 100 to test) as `bars.npz` in `dir`; returns its path. */
export function writeBarImages(dir: string): string {
  const train = barImages(240, 1);
  const test = barImages(100, 2);
  const file = path.join(dir, 'bars.npz');
  fs.writeFileSync(
    file,
    zipSync({
      'x_train.npy': npy('|u1', [240, 16, 16], train.x),
      'y_train.npy': npy('|u1', [240], train.y),
      'x_test.npy': npy('|u1', [100, 16, 16], test.x),
      'y_test.npy': npy('|u1', [100], test.y),
    }),
  );
  return file;
}
