/**
 * Trained LayerLab models out as `.keras` and `.h5`, proven by the real Keras: three labs trained by
 * the real trainer (an MNIST MLP with L2 and Dropout, a CNN with BatchNormalization, a functional
 * model with Add and Concatenate), exported through the exporter table, loaded with
 * `keras.models.load_model` in one Python run, and compared with LayerLab's own predictions (max abs
 * difference under 1e-5), layer names and order, parameter count and compile settings.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGraph, GRAPH_VERSION, sequential } from '../../src-main/contract/graph.ts';
import { LAB_FORMAT, parseLab, type LabFile } from '../../src-main/contract/lab.ts';
import { effectiveLearningRate } from '../../src-main/contract/training.ts';
import { parseIdx } from '../../src-main/data/idx.ts';
import { readMaybeGzip } from '../../src-main/data/files.ts';
import { exportFiles } from '../../src-main/export/exporters.ts';
import { kerasLayout } from '../../src-main/export/keras-file/layout.ts';
import type { StoredModel } from '../../src-main/store/run-store.ts';
import { runPythonJson } from '../helpers/keras-python.ts';
import { predictStored, SHARED_DATA_DIR, trainStored } from '../helpers/stored-model.ts';

const l2 = { kind: 'l2', l1: 0, l2: 0.001 };

const mnistLab = (name: string, graph: LabFile['graph'], training: object): LabFile =>
  parseLab({
    format: LAB_FORMAT,
    version: 1,
    name,
    graph,
    dataset: { kind: 'builtin', name: 'mnist' },
    training: { epochs: 1, batchSize: 64, trainSubset: 512, seed: 3, ...training },
  });

const MLP = mnistLab(
  'mnist mlp',
  sequential([
    { kind: 'Input', params: { shape: [28, 28, 1] } },
    { kind: 'Flatten' },
    { kind: 'Dense', params: { units: 32, activation: 'relu', kernelRegularizer: l2 } },
    { kind: 'Dropout', params: { rate: 0.3 } },
    { kind: 'Dense', params: { units: 16, activation: 'relu', kernelRegularizer: l2 } },
    { kind: 'Dense', params: { units: 10, activation: 'softmax' } },
  ]),
  { optimizer: 'adam', learningRate: 0.002 },
);

const CNN = mnistLab(
  'mnist cnn',
  sequential([
    { kind: 'Input', params: { shape: [28, 28, 1] } },
    { kind: 'Conv2D', params: { filters: 6, kernelSize: [3, 3], activation: 'relu' } },
    { kind: 'BatchNormalization' },
    { kind: 'MaxPooling2D', params: { poolSize: [2, 2] } },
    { kind: 'Conv2D', params: { filters: 8, kernelSize: [3, 3], padding: 'same' } },
    { kind: 'BatchNormalization', params: { momentum: 0.9 } },
    { kind: 'AveragePooling2D', params: { poolSize: [2, 2] } },
    { kind: 'Flatten' },
    { kind: 'Dropout', params: { rate: 0.25 } },
    { kind: 'Dense', params: { units: 10, activation: 'softmax' } },
  ]),
  { optimizer: 'sgd', momentum: 0.9, learningRate: 0.05 },
);

/**
 * Two Dense layers of the same shape side by side, listed in the lab in the other order than Keras
 * lists them (Keras sorts by depth, then by a walk from the output): a writer that matched weights
 * to layers by the lab's order would swap them and the predictions would differ.
 */
const BRANCHED: LabFile = parseLab({
  format: LAB_FORMAT,
  version: 1,
  name: 'moons branches',
  graph: parseGraph({
    version: GRAPH_VERSION,
    nodes: [
      { id: 'in', kind: 'Input', params: { shape: [2] } },
      { id: 'a', kind: 'Dense', name: 'left', params: { units: 16, activation: 'relu' } },
      { id: 'b', kind: 'Dense', name: 'right', params: { units: 16, activation: 'tanh' } },
      { id: 'bn', kind: 'BatchNormalization' },
      { id: 'add', kind: 'Add' },
      { id: 'cat', kind: 'Concatenate' },
      { id: 'drop', kind: 'Dropout', params: { rate: 0.2 } },
      { id: 'out', kind: 'Dense', params: { units: 2, activation: 'softmax' } },
    ],
    edges: [
      { source: 'in', target: 'a' },
      { source: 'in', target: 'b' },
      { source: 'b', target: 'bn' },
      { source: 'bn', target: 'add' },
      { source: 'a', target: 'add' },
      { source: 'add', target: 'cat' },
      { source: 'a', target: 'cat' },
      { source: 'cat', target: 'drop' },
      { source: 'drop', target: 'out' },
    ],
  }),
  dataset: { kind: 'synthetic', shape: 'moons', samples: 400, noise: 0.2 },
  training: {
    optimizer: 'rmsprop',
    loss: 'categorical_crossentropy',
    labelSmoothing: 0.1,
    epochs: 3,
    batchSize: 32,
    seed: 2,
  },
});

interface Case {
  lab: LabFile;
  x: Float32Array;
  shape: number[];
  model?: StoredModel;
  expected?: Float32Array;
}

interface KerasResult {
  /** Set when load_model failed (the other fields are then missing). */
  error?: string;
  layers: string[];
  params: number;
  optimizer: string;
  learningRate: number;
  momentum: number | null;
  loss: string;
  labelSmoothing: number | null;
  warnings: string[];
  y: number[];
}

const LOAD_AND_PREDICT = `
import json, sys, warnings
import numpy as np
import keras

out = []
for case in json.load(sys.stdin):
    x = np.array(case['x'], dtype='float32').reshape(case['shape'])
    for file in case['files']:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            try:
                m = keras.models.load_model(file)
            except Exception as e:
                out.append({'error': f'{type(e).__name__}: {e}'[:2000]})
                continue
        loss = m.loss
        opt = m.optimizer
        out.append({
            'layers': [l.name for l in m.layers],
            'params': int(m.count_params()),
            'optimizer': type(opt).__name__,
            'learningRate': float(opt.learning_rate),
            'momentum': float(opt.momentum) if hasattr(opt, 'momentum') else None,
            'loss': loss if isinstance(loss, str) else getattr(loss, 'name', None) or loss.__name__,
            'labelSmoothing': float(loss.label_smoothing) if hasattr(loss, 'label_smoothing') else None,
            'warnings': [str(w.message) for w in caught],
            'y': m.predict(x, verbose=0).ravel().tolist(),
        })
print(json.dumps(out))
`;

/** The shared data folder next to the repository (for a git worktree one level deeper, too). */
const DATA_DIRS = [
  SHARED_DATA_DIR,
  path.resolve(SHARED_DATA_DIR, '../../../shared/datasets'),
].filter((d) => existsSync(path.join(d, 'mnist')));

/** The first `n` MNIST test images, scaled to [0, 1], in the lab's shape. */
async function mnistTestImages(n: number): Promise<Float32Array> {
  const file = path.join(DATA_DIRS[0] ?? SHARED_DATA_DIR, 'mnist', 't10k-images-idx3-ubyte.gz');
  const images = parseIdx(await readMaybeGzip(file), file, 'images');
  return Float32Array.from(images.data.subarray(0, n * 784), (v) => v / 255);
}

const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
};

const FORMATS = ['keras', 'h5'] as const;
const dir = mkdtempSync(path.join(tmpdir(), 'layerlab-keras-files-'));
const cases: Case[] = [];
const results = new Map<string, KerasResult>();

beforeAll(async () => {
  const mnist = await mnistTestImages(100);
  const moonsX = Float32Array.from({ length: 200 }, (_, i) => Math.sin(i * 1.7) * 1.5);
  cases.push(
    { lab: MLP, x: mnist, shape: [100, 28, 28, 1] },
    { lab: CNN, x: mnist, shape: [100, 28, 28, 1] },
    { lab: BRANCHED, x: moonsX, shape: [100, 2] },
  );
  const input = [];
  for (const c of cases) {
    const trained = await trainStored(c.lab, dir, [...DATA_DIRS, '/usr/share/datasets']);
    c.model = trained.model;
    c.expected = (await predictStored(c.model, c.x, c.shape)).values;
    const files = [];
    for (const format of FORMATS) {
      const [file] = await exportFiles(format, {
        lab: c.lab,
        model: c.model,
        name: c.lab.name,
      });
      const p = path.join(dir, file.name);
      writeFileSync(p, file.bytes);
      files.push(p);
    }
    input.push({ x: Array.from(c.x), shape: c.shape, files });
  }
  const out = await runPythonJson<KerasResult[]>({ code: LOAD_AND_PREDICT }, input);
  let i = 0;
  for (const c of cases)
    for (const format of FORMATS) results.set(`${c.lab.name} ${format}`, out[i++]);
}, 900_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(FORMATS)('a trained model exported as .%s and loaded by real Keras', (format) => {
  it.each([MLP.name, CNN.name, BRANCHED.name])('%s predicts what LayerLab predicts', (name) => {
    const c = cases.find((k) => k.lab.name === name)!;
    const r = results.get(`${name} ${format}`)!;
    expect(r.error).toBeUndefined();
    const diff = maxAbsDiff(r.y, c.expected!);
    console.log(`${name} .${format}: max abs diff ${diff.toExponential(2)}`);
    expect(diff).toBeLessThan(1e-5);
    // The predictions are not all alike (a model that lost its weights could still agree with itself).
    expect(Math.max(...r.y) - Math.min(...r.y)).toBeGreaterThan(0.1);
  });

  it.each([MLP.name, CNN.name, BRANCHED.name])(
    '%s has the same layers, parameters and compile settings, without warnings',
    (name) => {
      const c = cases.find((k) => k.lab.name === name)!;
      const r = results.get(`${name} ${format}`)!;
      expect(r.error).toBeUndefined();
      // Keras' model.layers: the lab's layers (its input too, for a functional model), in the
      // order the writer expects Keras to list them (a Sequential model's is the lab's).
      const order = kerasLayout(c.lab.graph, c.model!).layers.map((l) => l.node.name);
      expect(r.layers).toEqual(order);
      const layers = c.lab.graph.nodes.filter((n) => n.kind !== 'Input').map((n) => n.name);
      if (c.lab !== BRANCHED) expect(r.layers).toEqual(layers);
      else
        expect(r.layers).toEqual([
          'input',
          'right',
          'batch_normalization',
          'left',
          'add',
          'concatenate',
          'dropout',
          'dense',
        ]);
      const specs = c.model!.weightSpecs as { shape: number[] }[];
      expect(r.params).toBe(specs.reduce((s, w) => s + w.shape.reduce((a, b) => a * b, 1), 0));
      const t = c.lab.training;
      expect(r.optimizer).toBe({ adam: 'Adam', sgd: 'SGD', rmsprop: 'RMSprop' }[t.optimizer]);
      expect(r.learningRate).toBeCloseTo(effectiveLearningRate(t), 7);
      if (t.optimizer === 'sgd') expect(r.momentum).toBeCloseTo(t.momentum, 6);
      expect(r.loss).toBe(t.loss);
      if (t.labelSmoothing) expect(r.labelSmoothing).toBeCloseTo(t.labelSmoothing, 6);
      expect(r.warnings).toEqual([]);
    },
  );
});
