/**
 * Labs that use what the templates do not (functional graphs, every regularizer, augmentation,
 * label smoothing, folds, shuffled labels, file datasets...), for the Python script tests: the unit
 * test reads their scripts, the Keras test runs them.
 */
import { GRAPH_VERSION, parseGraph, sequential } from '../../src-main/contract/graph.ts';
import { parseGridSpec } from '../../src-main/contract/grid.ts';
import { LAB_FORMAT, parseLab, type LabFile } from '../../src-main/contract/lab.ts';
import type { DatasetRefInput } from '../../src-main/contract/datasets.ts';
import type { LayerKind } from '../../src-main/contract/layers.ts';
import type { TrainingConfigInput } from '../../src-main/contract/training.ts';
import { courseLayers } from './labs.ts';

type Layer = { kind: LayerKind; params?: Record<string, unknown>; name?: string };

export function labOf(
  name: string,
  graph: Layer[] | ReturnType<typeof parseGraph>,
  dataset: DatasetRefInput,
  training: TrainingConfigInput = {},
): LabFile {
  return parseLab({
    format: LAB_FORMAT,
    version: 1,
    name,
    graph: Array.isArray(graph) ? sequential(graph) : graph,
    dataset,
    training: { epochs: 3, batchSize: 64, ...training },
  });
}

/** A graph from `[id, kind, params, inputs]` rows; merges take their inputs in the order given. */
export function graphOf(
  rows: [string, LayerKind, Record<string, unknown>, string[]][],
): ReturnType<typeof parseGraph> {
  return parseGraph({
    version: GRAPH_VERSION,
    nodes: rows.map(([id, kind, params]) => ({ id, kind, params })),
    edges: rows.flatMap(([id, , , inputs]) => inputs.map((source) => ({ source, target: id }))),
  });
}

const MNIST: DatasetRefInput = { kind: 'builtin', name: 'mnist' };
const flatMnist: Layer[] = [{ kind: 'Input', params: { shape: [784] } }];
const l2 = (f: number) => ({ kind: 'l2', l1: 0, l2: f });

export const SCRIPT_LABS: Record<string, () => LabFile> = {
  'every regularizer, SGD with momentum, early stopping': () =>
    labOf(
      'regularizers',
      [
        ...flatMnist,
        {
          kind: 'Dense',
          params: {
            units: 32,
            activation: 'relu',
            kernelRegularizer: l2(0.001),
            biasRegularizer: { kind: 'l1', l1: 0.01, l2: 0 },
            activityRegularizer: { kind: 'l1l2', l1: 0.0001, l2: 0.002 },
          },
        },
        { kind: 'Dense', params: { units: 16, activation: 'swish', useBias: false } },
        { kind: 'Activation', params: { activation: 'tanh' } },
        { kind: 'Dense', params: { units: 10, activation: 'softmax' }, name: 'predictions' },
      ],
      MNIST,
      {
        optimizer: 'sgd',
        momentum: 0.9,
        learningRate: 0.05,
        earlyStopping: {
          monitor: 'val_accuracy',
          patience: 2,
          minDelta: 0.001,
          restoreBestWeights: true,
        },
        validation: { kind: 'split', fraction: 0.2 },
      },
    ),
  'functional residual MLP with Add and Concatenate': () =>
    labOf(
      'residual',
      graphOf([
        ['in', 'Input', { shape: [784] }, []],
        ['a', 'Dense', { units: 32, activation: 'relu' }, ['in']],
        ['b', 'Dense', { units: 32, activation: 'relu' }, ['a']],
        ['sum', 'Add', {}, ['a', 'b']],
        ['cat', 'Concatenate', {}, ['sum', 'a']],
        ['drop', 'Dropout', { rate: 0.25 }, ['cat']],
        ['out', 'Dense', { units: 10, activation: 'softmax' }, ['drop']],
      ]),
      { kind: 'builtin', name: 'fashion-mnist' },
      { optimizer: 'rmsprop', learningRate: 0.0005, validation: { kind: 'none' }, shuffle: false },
    ),
  'functional CNN with batch normalization and pooling settings': () =>
    labOf(
      'cnn graph',
      graphOf([
        ['in', 'Input', { shape: [28, 28, 1] }, []],
        [
          'c1',
          'Conv2D',
          { filters: 8, kernelSize: [3, 3], padding: 'same', activation: 'relu' },
          ['in'],
        ],
        ['bn', 'BatchNormalization', { momentum: 0.9, epsilon: 0.00001, center: false }, ['c1']],
        [
          'c2',
          'Conv2D',
          { filters: 8, kernelSize: [5, 5], strides: [1, 1], padding: 'same' },
          ['bn'],
        ],
        ['sum', 'Add', {}, ['c1', 'c2']],
        [
          'pool',
          'AveragePooling2D',
          { poolSize: [3, 3], strides: [2, 2], padding: 'same' },
          ['sum'],
        ],
        ['gap', 'GlobalAveragePooling2D', {}, ['pool']],
        ['out', 'Dense', { units: 10, activation: 'softmax' }, ['gap']],
      ]),
      MNIST,
      { labelSmoothing: 0.1, validation: { kind: 'test' } },
    ),
  'CNN with augmentation and a subset': () =>
    labOf(
      'augmented',
      [
        { kind: 'Input', params: { shape: [28, 28, 1] } },
        { kind: 'Conv2D', params: { filters: 4, kernelSize: [3, 3], strides: [2, 2] } },
        { kind: 'MaxPooling2D', params: { poolSize: [2, 2], strides: [1, 1] } },
        { kind: 'Flatten' },
        { kind: 'Dense', params: { units: 10, activation: 'softmax' } },
      ],
      MNIST,
      {
        augmentation: {
          rotationRange: 15,
          widthShiftRange: 0.1,
          heightShiftRange: 2,
          shearRange: 10,
          zoomRange: 0.1,
          horizontalFlip: true,
          fillMode: 'constant',
        },
        trainSubset: 200,
        validation: { kind: 'split', fraction: 0.1 },
        seed: 3,
      },
    ),
  'flattened MLP with augmentation, one-hot labels': () =>
    labOf(
      'augmented mlp',
      [...flatMnist, { kind: 'Dense', params: { units: 10, activation: 'softmax' } }],
      MNIST,
      {
        loss: 'categorical_crossentropy',
        augmentation: { rotationRange: 10, verticalFlip: true, fillMode: 'constant', cval: 0.5 },
        validation: { kind: 'test' },
      },
    ),
  'Reshape from a flat input, shuffled labels and a split': () =>
    labOf(
      'memorize',
      [
        ...flatMnist,
        { kind: 'Reshape', params: { targetShape: [28, 28, 1] } },
        { kind: 'Conv2D', params: { filters: 4, kernelSize: [3, 3], activation: 'relu' } },
        { kind: 'Flatten' },
        { kind: 'Dense', params: { units: 10, activation: 'softmax' } },
      ],
      MNIST,
      { shuffleLabels: true, trainSubset: 100, validation: { kind: 'split', fraction: 0.5 } },
    ),
  'one fold of a stratified k-fold': () =>
    labOf(
      'fold',
      [...flatMnist, { kind: 'Dense', params: { units: 10, activation: 'softmax' } }],
      MNIST,
      {
        trainSubset: 120,
        validation: { kind: 'kfold', folds: 3, fold: 1, stratified: true, seed: 0 },
        earlyStopping: { monitor: 'val_loss', patience: 0, minDelta: 0, restoreBestWeights: false },
      },
    ),
  'three spirals with label smoothing': () =>
    labOf(
      'spirals',
      [
        { kind: 'Input', params: { shape: [2] } },
        { kind: 'Dense', params: { units: 16, activation: 'tanh' } },
        { kind: 'Dense', params: { units: 3, activation: 'softmax' } },
      ],
      { kind: 'synthetic', shape: 'spirals', classes: 3, samples: 300, noise: 0.05, seed: 4 },
      { labelSmoothing: 0.2 },
    ),
  'circles, binary with label smoothing': () =>
    labOf(
      'circles',
      [
        { kind: 'Input', params: { shape: [2] } },
        { kind: 'Dense', params: { units: 8, activation: 'relu' } },
        { kind: 'Dense', params: { units: 1, activation: 'sigmoid' } },
      ],
      { kind: 'synthetic', shape: 'circles', samples: 200 },
      { loss: 'binary_crossentropy', labelSmoothing: 0.1 },
    ),
  'xor, binary': () =>
    labOf(
      'xor',
      [
        { kind: 'Input', params: { shape: [2] } },
        { kind: 'Dense', params: { units: 8, activation: 'relu' } },
        { kind: 'Dense', params: { units: 1, activation: 'sigmoid' } },
      ],
      { kind: 'synthetic', shape: 'xor', samples: 200 },
      { loss: 'binary_crossentropy', validation: { kind: 'split', fraction: 0.25 } },
    ),
  'grid loop: k-fold over units and the learning rate, early stopping': () => ({
    ...labOf(
      'grid kfold',
      [
        { kind: 'Input', params: { shape: [2] } },
        { kind: 'Dense', params: { units: 8, activation: 'relu' } },
        { kind: 'Dense', params: { units: 2, activation: 'softmax' } },
      ],
      { kind: 'synthetic', shape: 'moons', samples: 120 },
      {
        trainSubset: 90,
        labelSmoothing: 0.1,
        earlyStopping: { monitor: 'val_loss', patience: 1, restoreBestWeights: true },
      },
    ),
    grid: parseGridSpec({
      params: [
        { path: 'layers.dense.units', values: [4, 8] },
        { path: 'training.learningRate', values: [0.01, 0.001] },
      ],
      evaluation: { kind: 'kfold', folds: 2 },
      rankBy: 'val_loss',
    }),
  }),
  "grid loop: one rate for every Dropout, one L2 for the hidden Dense layers (the course's grid)":
    () => ({
      ...labOf(
        'grid multi',
        courseLayers([2], 8, 2),
        { kind: 'synthetic', shape: 'moons', samples: 80 },
        { epochs: 1 },
      ),
      grid: parseGridSpec({
        params: [
          { path: 'layers.*Dropout.rate', values: [0.2, 0.5] },
          { path: 'layers.dense+dense_1.kernelRegularizer.l2', values: [0.001, 0.01] },
        ],
        evaluation: { kind: 'holdout', fraction: 0.25 },
      }),
    }),
  'grid loop: holdout over an activation and a kernel size': () => ({
    ...labOf(
      'grid holdout',
      [
        { kind: 'Input', params: { shape: [28, 28, 1] } },
        { kind: 'Conv2D', params: { filters: 2, kernelSize: [3, 3] } },
        { kind: 'Flatten' },
        { kind: 'Dense', params: { units: 10, activation: 'softmax' } },
      ],
      MNIST,
      { validation: { kind: 'none' } },
    ),
    grid: parseGridSpec({
      params: [
        { path: 'layers.conv2d.activation', values: ['relu', 'tanh'] },
        { path: 'layers.conv2d.kernelSize', values: [3, 5] },
        { path: 'layers.dense.kernelRegularizer.l1', values: [0.001] },
      ],
      evaluation: { kind: 'holdout', fraction: 0.25 },
    }),
  }),
};

/** Labs on file datasets; `dir` holds the files the Keras test writes (see python-script.test.ts). */
export function fileLabs(dir: string): Record<string, LabFile> {
  return {
    'an .npz file with a test split': labOf(
      'npz',
      [
        { kind: 'Input', params: { shape: [4] } },
        { kind: 'Dense', params: { units: 3, activation: 'softmax' } },
      ],
      { kind: 'file', path: `${dir}/data.npz` },
      { validation: { kind: 'test' } },
    ),
    'an image folder': labOf(
      'images',
      [
        { kind: 'Input', params: { shape: [8, 8, 1] } },
        { kind: 'Flatten' },
        { kind: 'Dense', params: { units: 1, activation: 'sigmoid' } },
      ],
      { kind: 'file', path: `${dir}/images`, imageSize: [8, 8], grayscale: true },
      { loss: 'binary_crossentropy', validation: { kind: 'split', fraction: 0.25 } },
    ),
  };
}
