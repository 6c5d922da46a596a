/**
 * The `.keras` and `.h5` writers without Python: the zip's entries, config.json, and where each
 * stored weight lands in the HDF5 files (read back with h5wasm). test/keras/export-keras-files.test.ts
 * loads the same files in real Keras.
 */
import { existsSync } from 'node:fs';
import { unzipSync } from 'fflate';
import h5wasm from 'h5wasm';
import { describe, expect, it } from 'vitest';
import { GRAPH_VERSION, parseGraph, sequential } from '../../../src-main/contract/graph.ts';
import { LAB_FORMAT, parseLab, type LabFile } from '../../../src-main/contract/lab.ts';
import type { TrainingConfigInput } from '../../../src-main/contract/training.ts';
import { exportKerasJson } from '../../../src-main/export/keras/export.ts';
import {
  readFloat32,
  readHdf5,
  readStringList,
  writeHdf5,
  type H5Dataset,
  type H5Group,
} from '../../../src-main/export/keras-file/hdf5.ts';
import { kerasLayout } from '../../../src-main/export/keras-file/layout.ts';
import {
  KERAS_VERSION,
  kerasDate,
  toKerasFile,
  toLegacyH5,
} from '../../../src-main/export/keras-file/write.ts';
import type { StoredModel } from '../../../src-main/store/run-store.ts';

/** Stored weights as the trainer saves them; weight `i` holds `i + 0.001 * j` at position j. */
function stored(weights: [string, number[]][]): StoredModel {
  const sizes = weights.map(([, shape]) => shape.reduce((a, b) => a * b, 1));
  const data = new Float32Array(sizes.reduce((a, b) => a + b, 0));
  let at = 0;
  sizes.forEach((size, i) => {
    for (let j = 0; j < size; j++) data[at + j] = i + 0.001 * j;
    at += size;
  });
  return {
    modelTopology: {},
    weightSpecs: weights.map(([name, shape]) => ({ name, shape, dtype: 'float32' })),
    weightData: new Uint8Array(data.buffer),
  };
}
const valuesOf = (model: StoredModel, index: number) => {
  const shape = (model.weightSpecs[index] as { shape: number[] }).shape;
  return Float32Array.from(
    { length: shape.reduce((a, b) => a * b, 1) },
    (_, j) => index + 0.001 * j,
  );
};

const lab = (graph: LabFile['graph'], training: TrainingConfigInput = {}): LabFile =>
  parseLab({
    format: LAB_FORMAT,
    version: 1,
    name: 't',
    graph,
    dataset: { kind: 'synthetic', shape: 'moons' },
    training,
  });

const MLP = lab(
  sequential([
    { kind: 'Input', params: { shape: [3] } },
    { kind: 'Dense', params: { units: 4, activation: 'relu' } },
    { kind: 'Dropout', params: { rate: 0.5 } },
    { kind: 'BatchNormalization' },
    { kind: 'Dense', params: { units: 2, activation: 'softmax' } },
  ]),
  { optimizer: 'adam', learningRate: 0.003 },
);
// tfjs saves trainable weights first, the moving statistics last.
const MLP_WEIGHTS = stored([
  ['dense/kernel', [3, 4]],
  ['dense/bias', [4]],
  ['batch_normalization/gamma', [4]],
  ['batch_normalization/beta', [4]],
  ['dense_1/kernel', [4, 2]],
  ['dense_1/bias', [2]],
  ['batch_normalization/moving_mean', [4]],
  ['batch_normalization/moving_variance', [4]],
]);

/** `left` comes first in the lab, but Keras lists `right` first (it feeds `add` first). */
const BRANCHED = lab(
  parseGraph({
    version: GRAPH_VERSION,
    nodes: [
      { id: 'in', kind: 'Input', params: { shape: [2] } },
      { id: 'l', kind: 'Dense', name: 'left', params: { units: 3 } },
      { id: 'r', kind: 'Dense', name: 'right', params: { units: 3 } },
      { id: 'add', kind: 'Add' },
      { id: 'cat', kind: 'Concatenate' },
      { id: 'out', kind: 'Dense', name: 'out', params: { units: 2, activation: 'softmax' } },
    ],
    edges: [
      { source: 'in', target: 'l' },
      { source: 'in', target: 'r' },
      { source: 'r', target: 'add' },
      { source: 'l', target: 'add' },
      { source: 'add', target: 'cat' },
      { source: 'l', target: 'cat' },
      { source: 'cat', target: 'out' },
    ],
  }),
  { optimizer: 'sgd', momentum: 0.5 },
);
const BRANCHED_WEIGHTS = stored([
  ['left/kernel', [2, 3]],
  ['left/bias', [3]],
  ['right/kernel', [2, 3]],
  ['right/bias', [3]],
  ['out/kernel', [6, 2]],
  ['out/bias', [2]],
]);

const dataset = (file: H5Group, path: string) => file.get(path) as H5Dataset;
const attr = (group: H5Group, name: string) => group.get_attribute(name, true);

describe('the .keras file', () => {
  it('is a stored zip of metadata.json, config.json and model.weights.h5, as Keras writes it', async () => {
    const bytes = await toKerasFile(
      MLP,
      MLP_WEIGHTS,
      'LayerLab 9',
      new Date(Date.UTC(2026, 10, 30, 7, 5, 9)),
    );
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(['metadata.json', 'config.json', 'model.weights.h5']);
    expect(JSON.parse(new TextDecoder().decode(files['metadata.json']))).toEqual({
      keras_version: KERAS_VERSION,
      date_saved: '2026-11-30@07:05:09',
      generated_by: 'LayerLab 9',
    });
    const config = JSON.parse(new TextDecoder().decode(files['config.json']));
    const { compile_config: compile, ...model } = config;
    expect(model).toEqual(JSON.parse(exportKerasJson(MLP.graph)));
    expect(compile.optimizer.class_name).toBe('Adam');
    expect(compile.optimizer.config.learning_rate).toBe(0.003);
    expect(compile.loss).toBe('sparse_categorical_crossentropy');
    expect(compile.metrics).toEqual(['accuracy']);
  });

  it('keeps each layer of model.layers under its class-based path, weights in Keras order', async () => {
    const files = unzipSync(await toKerasFile(MLP, MLP_WEIGHTS, 'x'));
    await readHdf5(files['model.weights.h5'], (file) => {
      expect((file.get('layers') as H5Group).keys().sort()).toEqual([
        'batch_normalization',
        'dense',
        'dense_1',
        'dropout',
      ]);
      expect(attr(file.get('layers/dense_1/vars') as H5Group, 'name')).toBe('dense_1');
      expect((file.get('layers/dropout/vars') as H5Group).keys()).toEqual([]);
      const expectWeight = (path: string, index: number) => {
        const d = dataset(file, path);
        expect(d.shape).toEqual((MLP_WEIGHTS.weightSpecs[index] as { shape: number[] }).shape);
        expect(d.value).toEqual(valuesOf(MLP_WEIGHTS, index));
      };
      expectWeight('layers/dense/vars/0', 0);
      expectWeight('layers/dense/vars/1', 1);
      // Keras' BatchNormalization: gamma, beta, moving_mean, moving_variance.
      expectWeight('layers/batch_normalization/vars/0', 2);
      expectWeight('layers/batch_normalization/vars/1', 3);
      expectWeight('layers/batch_normalization/vars/2', 6);
      expectWeight('layers/batch_normalization/vars/3', 7);
      expectWeight('layers/dense_1/vars/0', 4);
      expectWeight('layers/dense_1/vars/1', 5);
      expect(attr(file.get('vars') as H5Group, 'name')).toBe('sequential');
      // Adam: iteration, learning_rate, then momentum and velocity of each of 6 trainable weights.
      const optimizer = file.get('optimizer/vars') as H5Group;
      expect(attr(optimizer, 'name')).toBe('adam');
      expect(optimizer.keys()).toHaveLength(2 + 2 * 6);
      expect(dataset(file, 'optimizer/vars/0').dtype).toBe('<q');
      expect(dataset(file, 'optimizer/vars/1').value).toBeCloseTo(0.003, 7);
      expect(dataset(file, 'optimizer/vars/4').shape).toEqual([4]); // dense/bias momentum
    });
  });

  it('names a functional model’s layers in Keras’ order (by depth, then from the output)', async () => {
    const layout = kerasLayout(BRANCHED.graph, BRANCHED_WEIGHTS);
    expect(layout.sequential).toBe(false);
    expect(layout.layers.map((l) => [l.node.name, l.path])).toEqual([
      ['input', 'input_layer'],
      ['right', 'dense'],
      ['left', 'dense_1'],
      ['add', 'add'],
      ['concatenate', 'concatenate'],
      ['out', 'dense_2'],
    ]);
    const files = unzipSync(await toKerasFile(BRANCHED, BRANCHED_WEIGHTS, 'x'));
    await readHdf5(files['model.weights.h5'], (file) => {
      expect(dataset(file, 'layers/dense/vars/0').value).toEqual(valuesOf(BRANCHED_WEIGHTS, 2));
      expect(dataset(file, 'layers/dense_1/vars/0').value).toEqual(valuesOf(BRANCHED_WEIGHTS, 0));
      // SGD with momentum: one slot per trainable weight.
      expect((file.get('optimizer/vars') as H5Group).keys()).toHaveLength(2 + 6);
    });
  });

  it.each([
    [{ center: false }, ['gamma', 'moving_mean', 'moving_variance']],
    [{ scale: false }, ['beta', 'moving_mean', 'moving_variance']],
  ])('keeps BatchNormalization %j with the variables Keras builds', (params, names) => {
    const graph = sequential([
      { kind: 'Input', params: { shape: [2] } },
      { kind: 'BatchNormalization', params },
    ]);
    const model = stored(names.map((n) => [`batch_normalization/${n}`, [2]]));
    const [layer] = kerasLayout(graph, model).layers;
    expect(layer.weights.map((w) => w.name)).toEqual(names);
  });

  it.each([
    [{ optimizer: 'sgd' }, 2],
    [{ optimizer: 'rmsprop' }, 2 + 6],
  ] as const)('writes the optimizer variables %j builds', async (training, count) => {
    const files = unzipSync(
      await toKerasFile({ ...MLP, training: { ...MLP.training, ...training } }, MLP_WEIGHTS, 'x'),
    );
    await readHdf5(files['model.weights.h5'], (file) =>
      expect((file.get('optimizer/vars') as H5Group).keys()).toHaveLength(count),
    );
  });

  it('writes label smoothing as a loss object', async () => {
    const smoothed = {
      ...MLP,
      training: { ...MLP.training, loss: 'categorical_crossentropy' as const, labelSmoothing: 0.2 },
    };
    const files = unzipSync(await toKerasFile(smoothed, MLP_WEIGHTS, 'x'));
    const config = JSON.parse(new TextDecoder().decode(files['config.json']));
    expect(config.compile_config.loss).toMatchObject({
      class_name: 'CategoricalCrossentropy',
      config: { label_smoothing: 0.2, from_logits: false },
    });
  });
});

describe('the legacy .h5 file', () => {
  it('has the model, training config and weights by layer name, as Keras 3 model.save writes them', async () => {
    await readHdf5(await toLegacyH5(MLP, MLP_WEIGHTS, 'x'), (file) => {
      expect(attr(file, 'backend')).toBe('tensorflow');
      expect(attr(file, 'keras_version')).toBe(KERAS_VERSION);
      expect(attr(file, 'model_config')).toBe(exportKerasJson(MLP.graph));
      const training = JSON.parse(attr(file, 'training_config') as string);
      expect(training.optimizer_config).toMatchObject({
        class_name: 'Adam',
        config: { learning_rate: 0.003 },
      });
      expect(training.loss).toBe('sparse_categorical_crossentropy');
      const weights = file.get('model_weights') as H5Group;
      expect(attr(weights, 'layer_names')).toEqual([
        'dense',
        'dropout',
        'batch_normalization',
        'dense_1',
      ]);
      expect(attr(file.get('model_weights/dropout') as H5Group, 'weight_names')).toEqual([]);
      expect(
        attr(file.get('model_weights/batch_normalization') as H5Group, 'weight_names'),
      ).toEqual([
        'sequential/batch_normalization/gamma',
        'sequential/batch_normalization/beta',
        'sequential/batch_normalization/moving_mean',
        'sequential/batch_normalization/moving_variance',
      ]);
      expect(
        dataset(
          file,
          'model_weights/batch_normalization/sequential/batch_normalization/moving_mean',
        ).value,
      ).toEqual(valuesOf(MLP_WEIGHTS, 6));
      expect(dataset(file, 'model_weights/dense_1/sequential/dense_1/kernel').value).toEqual(
        valuesOf(MLP_WEIGHTS, 4),
      );
      expect(file.get('optimizer_weights')).toBeNull();
    });
  });

  it('lists a functional model’s layers in Keras’ order, weights named without a model prefix', async () => {
    await readHdf5(await toLegacyH5(BRANCHED, BRANCHED_WEIGHTS, 'x'), (file) => {
      expect(attr(file.get('model_weights') as H5Group, 'layer_names')).toEqual([
        'input',
        'right',
        'left',
        'add',
        'concatenate',
        'out',
      ]);
      expect(attr(file.get('model_weights/left') as H5Group, 'weight_names')).toEqual([
        'left/kernel',
        'left/bias',
      ]);
      expect(dataset(file, 'model_weights/left/left/kernel').value).toEqual(
        valuesOf(BRANCHED_WEIGHTS, 0),
      );
    });
  });
});

describe('refused models', () => {
  it.each([
    [
      'a layer without its stored weights',
      MLP,
      stored([['dense/kernel', [3, 4]]]),
      /no "dense\/bias" for layer "dense"/,
    ],
    [
      'stored weights no layer has',
      MLP,
      stored([
        ...MLP_WEIGHTS.weightSpecs.map(
          (s) =>
            [(s as { name: string }).name, (s as { shape: number[] }).shape] as [string, number[]],
        ),
        ['extra/kernel', [1]],
      ]),
      /"extra\/kernel", which no layer/,
    ],
    [
      'a "/" in a layer name',
      lab(
        sequential([
          { kind: 'Input', params: { shape: [2] } },
          { kind: 'Dense', name: 'a/b', params: { units: 2 } },
        ]),
      ),
      stored([
        ['a/b/kernel', [2, 2]],
        ['a/b/bias', [2]],
      ]),
      /does not allow "\/" in a layer name/,
    ],
  ])('%s', async (_what, l, model, message) => {
    await expect(toKerasFile(l, model, 'x')).rejects.toThrow(message);
    await expect(toLegacyH5(l, model, 'x')).rejects.toThrow(message);
  });

  it('a model whose weights end early', async () => {
    const model = { ...MLP_WEIGHTS, weightData: MLP_WEIGHTS.weightData.slice(0, 40) };
    await expect(toKerasFile(MLP, model, 'x')).rejects.toMatchObject({ code: 'mismatch' });
  });
});

it('writes files side by side without mixing them up, and leaves no file in memory', async () => {
  const [a, b, c] = await Promise.all([
    toKerasFile(MLP, MLP_WEIGHTS, 'x'),
    toLegacyH5(BRANCHED, BRANCHED_WEIGHTS, 'x'),
    toKerasFile(BRANCHED, BRANCHED_WEIGHTS, 'x'),
  ]);
  await readHdf5(unzipSync(a)['model.weights.h5'], (f) =>
    expect(attr(f.get('vars') as H5Group, 'name')).toBe('sequential'),
  );
  await readHdf5(b, (f) => expect(f.get('model_weights/left')).not.toBeNull());
  await readHdf5(unzipSync(c)['model.weights.h5'], (f) =>
    expect(attr(f.get('vars') as H5Group, 'name')).toBe('functional'),
  );
  const { FS } = await h5wasm.ready;
  expect(FS.readdir('/').filter((name: string) => name.startsWith('layerlab-'))).toEqual([]);
  // The open file is in h5wasm's memory, not on the disk (as h5wasm/node's would be).
  let onDisk: boolean | undefined;
  await writeHdf5((file) => (onDisk = existsSync(file.filename)));
  expect(onDisk).toBe(false);
});

it('reads string lists and weights back (the helpers the .keras/.h5 reader shares)', async () => {
  await readHdf5(await toLegacyH5(MLP, MLP_WEIGHTS, 'x'), (file) => {
    const weights = file.get('model_weights') as H5Group;
    expect(readStringList(weights, 'layer_names')).toEqual([
      'dense',
      'dropout',
      'batch_normalization',
      'dense_1',
    ]);
    expect(readStringList(file.get('model_weights/dropout') as H5Group, 'weight_names')).toEqual(
      [],
    );
    expect(readStringList(weights, 'missing')).toBeNull();
    expect(readFloat32(dataset(file, 'model_weights/dense/sequential/dense/bias'))).toEqual({
      shape: [4],
      values: valuesOf(MLP_WEIGHTS, 1),
    });
  });
  const files = unzipSync(await toKerasFile(MLP, MLP_WEIGHTS, 'x'));
  await readHdf5(files['model.weights.h5'], (file) => {
    expect(readFloat32(dataset(file, 'optimizer/vars/0'))).toEqual({
      shape: [],
      values: new Float32Array([0]),
    });
  });
});

it('formats the save date as Keras does', () => {
  expect(kerasDate(new Date(Date.UTC(2026, 0, 2, 3, 4, 5)))).toBe('2026-01-02@03:04:05');
});
