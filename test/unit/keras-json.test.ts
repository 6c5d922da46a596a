import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  DocumentError,
  GRAPH_VERSION,
  parseGraph,
  sequential,
  type GraphDocument,
} from '../../src-main/contract/graph.ts';
import { analyzeGraph } from '../../src-main/contract/validate.ts';
import {
  exportKerasJson,
  importKerasJson,
  KerasJsonError,
} from '../../src-main/export/keras-json.ts';
import { pythonFloat } from '../../src-main/export/keras/format.ts';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/keras');
const text = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const json = (name: string) => JSON.parse(text(name));
const importFixture = (name: string) => importKerasJson(text(name), name);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at raw Keras JSON
type Raw = any;
type Layer = { class_name: string; config: Raw; inbound_nodes?: Raw[]; name?: string };
const layersOf = (model: { config: { layers: Layer[] } }) => model.config.layers;
const find = (model: { config: { layers: Layer[] } }, name: string) =>
  layersOf(model).find((l) => (l.config.name ?? l.name) === name)!;

/** What a test compares: kinds, names, params, and edges by layer name in edge order. */
function shapeOf(graph: GraphDocument) {
  const name = new Map(graph.nodes.map((n) => [n.id, n.name]));
  return {
    nodes: graph.nodes.map((n) => ({ kind: n.kind, name: n.name, params: n.params })),
    edges: graph.edges.map((e) => `${name.get(e.source)} -> ${name.get(e.target)}`),
  };
}
const withoutNames = (graph: GraphDocument) =>
  shapeOf(graph).nodes.map(({ kind, params }) => ({ kind, params }));

const MLP = ['Input', 'Dense', 'Dropout', 'Dense', 'Dropout', 'Dense'];
const CNN = ['Input', 'Conv2D', 'Conv2D', 'MaxPooling2D', 'Dropout', 'Flatten', 'Dense', 'Dense'];
const IMDB = ['Input', 'Dense', 'Dense', 'Dense'];
const RESIDUAL = [
  'Input',
  'Conv2D',
  'Conv2D',
  'BatchNormalization',
  'Add',
  'MaxPooling2D',
  'Conv2D',
  'Conv2D',
  'Concatenate',
  'GlobalAveragePooling2D',
  'Dense',
];
const BATCHNORM = [
  'Input',
  'Reshape',
  'Conv2D',
  'BatchNormalization',
  'Activation',
  'AveragePooling2D',
  'Conv2D',
  'BatchNormalization',
  'Activation',
  'GlobalAveragePooling2D',
  'Dense',
];

/**
 * Totals are what Keras' model.summary() prints for each model, counted by hand:
 * - MLP 784-512-512-10: 784*512+512 = 401,920; 512*512+512 = 262,656; 512*10+10 = 5,130 -> 669,706.
 * - CNN: conv 3*3*1*32+32 = 320; conv 3*3*32*64+64 = 18,496; 24x24x64 pooled to 12x12x64 = 9,216;
 *   dense 9,216*128+128 = 1,179,776; dense 128*10+10 = 1,290 -> 1,199,882.
 * - IMDB 10000-16-16-1: 160,016 + 272 + 17 -> 160,305.
 * - Residual: conv 3*3*3*32+32 = 896; conv 3*3*32*32+32 = 9,248; BN 4*32 = 128 (64 trainable);
 *   conv 1*1*32*16+16 = 528; conv 3*3*32*16+16 = 4,624; dense 32*10+10 = 330 -> 15,754, 15,690 trainable.
 * - BatchNorm CNN: conv 3*3*1*16 = 144 (no bias); BN 4*16 = 64 (32 trainable); conv 3*3*16*32 = 4,608;
 *   BN 4*32 = 128 (64 trainable); dense 32*10+10 = 330 -> 5,274, 5,178 trainable.
 */
const TABLE = [
  {
    file: 'tfkeras2/mlp.json',
    kinds: MLP,
    total: 669_706,
    trainable: 669_706,
    out: [10],
    input: 'dense_input',
  },
  {
    file: 'keras3/mlp.json',
    kinds: MLP,
    total: 669_706,
    trainable: 669_706,
    out: [10],
    input: 'input_layer',
  },
  {
    file: 'tfkeras2/cnn-first-layer-shape.json',
    kinds: CNN,
    total: 1_199_882,
    trainable: 1_199_882,
    out: [10],
    input: 'conv2d_input',
  },
  {
    file: 'keras3/cnn.json',
    kinds: CNN,
    total: 1_199_882,
    trainable: 1_199_882,
    out: [10],
    input: 'input_layer',
  },
  {
    file: 'tfkeras2/imdb-l2.json',
    kinds: IMDB,
    total: 160_305,
    trainable: 160_305,
    out: [1],
    input: 'dense_input',
  },
  {
    file: 'keras3/imdb-l2.json',
    kinds: IMDB,
    total: 160_305,
    trainable: 160_305,
    out: [1],
    input: 'input_layer',
  },
  {
    file: 'tfkeras2/residual.json',
    kinds: RESIDUAL,
    total: 15_754,
    trainable: 15_690,
    out: [10],
    input: 'input_1',
  },
  {
    file: 'keras3/residual.json',
    kinds: RESIDUAL,
    total: 15_754,
    trainable: 15_690,
    out: [10],
    input: 'input_layer',
  },
  {
    file: 'keras3/batchnorm.json',
    kinds: BATCHNORM,
    total: 5_274,
    trainable: 5_178,
    out: [10],
    input: 'input_layer',
  },
];

describe('importKerasJson: real model.to_json() layouts', () => {
  it.each(TABLE)('$file', ({ file, kinds, total, trainable, out, input }) => {
    const { graph, warnings } = importFixture(file);
    expect(warnings).toEqual([]);
    expect(graph.nodes.map((n) => n.kind)).toEqual(kinds);
    expect(graph.nodes[0]).toMatchObject({ kind: 'Input', name: input });
    const analysis = analyzeGraph(graph);
    expect(analysis.issues).toEqual([]);
    expect(analysis.totalParams).toBe(total);
    expect(analysis.trainableParams).toBe(trainable);
    expect(analysis.nodes[analysis.outputId!].shape).toEqual(out);
    // Every layer keeps its Keras name.
    const model = json(file);
    const written = layersOf(model).map((l: Layer) => (l.config.name ?? l.name) as string);
    for (const name of written) expect(graph.nodes.some((n) => n.name === name)).toBe(true);
  });

  it('reads the MLP settings the same from both layouts', () => {
    const a = importFixture('tfkeras2/mlp.json').graph;
    const b = importFixture('keras3/mlp.json').graph;
    expect(withoutNames(a)).toEqual(withoutNames(b));
    expect(a.nodes[0].params).toEqual({ shape: [784] });
    expect(a.nodes[1].params).toMatchObject({
      units: 512,
      activation: 'relu',
      useBias: true,
      kernelRegularizer: null,
    });
    expect(a.nodes[2].params).toEqual({ rate: 0.2 });
    expect(a.nodes[5].params).toMatchObject({ units: 10, activation: 'softmax' });
  });

  it('reads the CNN from a first layer that carries batch_input_shape (TF 2.0/2.1)', () => {
    const old = importFixture('tfkeras2/cnn-first-layer-shape.json').graph;
    expect(old.nodes[0].params).toEqual({ shape: [28, 28, 1] });
    expect(old.nodes[1].params).toMatchObject({
      filters: 32,
      kernelSize: [3, 3],
      strides: [1, 1],
      padding: 'valid',
    });
    // Keras writes strides=None as the pool size; LayerLab keeps "same as the pool size".
    expect(old.nodes[3].params).toEqual({ poolSize: [2, 2], strides: null, padding: 'valid' });
    expect(withoutNames(old)).toEqual(withoutNames(importFixture('keras3/cnn.json').graph));
  });

  it('reads regularizers, tidying the float32 factors tf.keras 2 writes', () => {
    const tf2 = importFixture('tfkeras2/imdb-l2.json').graph;
    expect(json('tfkeras2/imdb-l2.json').config.layers[1].config.kernel_regularizer.config.l2).toBe(
      0.0010000000474974513,
    );
    expect(tf2.nodes[1].params).toMatchObject({
      kernelRegularizer: { kind: 'l2', l1: 0, l2: 0.001 },
      biasRegularizer: null,
    });
    expect(tf2.nodes[2].params).toMatchObject({
      kernelRegularizer: { kind: 'l1l2', l1: 0.001, l2: 0.001 },
    });
    expect(tf2.nodes[3].params).toMatchObject({ kernelRegularizer: null, activation: 'sigmoid' });
    const k3 = importFixture('keras3/imdb-l2.json').graph;
    expect(k3.nodes[1].params).toMatchObject({
      kernelRegularizer: { kind: 'l2', l1: 0, l2: 0.002 },
    });
    expect(k3.nodes[2].params).toMatchObject({
      kernelRegularizer: { kind: 'l2', l1: 0, l2: 0.002 },
    });
  });

  it('reads the functional residual model with its merges in call order, laid out by depth', () => {
    for (const file of ['tfkeras2/residual.json', 'keras3/residual.json']) {
      const { graph } = importFixture(file);
      const { edges } = shapeOf(graph);
      expect(edges).toContain('conv2d -> add');
      expect(edges.indexOf('conv2d -> add')).toBe(edges.indexOf('batch_normalization -> add') - 1);
      expect(edges.indexOf('conv2d_2 -> concatenate')).toBe(
        edges.indexOf('conv2d_3 -> concatenate') - 1,
      );
      expect(edges.filter((e) => e.startsWith('max_pooling2d ->'))).toEqual([
        'max_pooling2d -> conv2d_2',
        'max_pooling2d -> conv2d_3',
      ]);
      const at = (name: string) => graph.nodes.find((n) => n.name === name)!.position!;
      expect(at(graph.nodes[0].name)).toEqual({ x: 0, y: 0 });
      expect(at('conv2d_2').y).toBe(at('conv2d_3').y);
      expect(at('conv2d_2').x).toBeLessThan(at('conv2d_3').x);
      expect(at('add').y).toBeGreaterThan(at('batch_normalization').y);
      expect(graph.nodes.find((n) => n.name === 'concatenate')!.params).toEqual({ axis: -1 });
    }
    const a = importFixture('tfkeras2/residual.json').graph;
    const b = importFixture('keras3/residual.json').graph;
    expect(withoutNames(a)).toEqual(withoutNames(b));
  });

  it('reads BatchNormalization and the other layers of the BatchNorm CNN', () => {
    const { graph } = importFixture('keras3/batchnorm.json');
    const p = (name: string) => graph.nodes.find((n) => n.name === name)!.params;
    expect(p('reshape')).toEqual({ targetShape: [28, 28, 1] });
    expect(p('conv2d')).toMatchObject({
      filters: 16,
      padding: 'same',
      useBias: false,
      activation: 'linear',
    });
    expect(p('batch_normalization')).toEqual({
      momentum: 0.99,
      epsilon: 0.001,
      center: true,
      scale: true,
    });
    expect(p('activation')).toEqual({ activation: 'relu' });
    expect(p('average_pooling2d')).toEqual({ poolSize: [2, 2], strides: null, padding: 'valid' });
    expect(p('global_average_pooling2d')).toEqual({});
  });

  it('gives chain nodes positions straight down', () => {
    const { graph } = importFixture('keras3/cnn.json');
    expect(graph.nodes.map((n) => n.position)).toEqual(
      graph.nodes.map((_, i) => ({ x: 0, y: 120 * i })),
    );
  });

  it('reads a TensorFlow.js model.json around the Keras model', () => {
    const wrapped = {
      format: 'layers-model',
      generatedBy: 'keras v2.10.0',
      convertedBy: 'TensorFlow.js Converter v3.21.0',
      modelTopology: {
        keras_version: '2.10.0',
        backend: 'tensorflow',
        model_config: json('tfkeras2/mlp.json'),
      },
      weightsManifest: [],
    };
    const { graph } = importKerasJson(JSON.stringify(wrapped));
    expect(graph.nodes.map((n) => n.kind)).toEqual(MLP);
  });
});

/** Applies `edit` to a copy of a fixture and imports it. */
function importEdited(file: string, edit: (model: Raw) => void) {
  const model = json(file);
  edit(model);
  return importKerasJson(JSON.stringify(model), file);
}

describe('importKerasJson: settings LayerLab does not model', () => {
  const dtype = (name: string) => ({ ...json('keras3/mlp.json').config.dtype, config: { name } });
  const maxNorm = { class_name: 'MaxNorm', config: { max_value: 3, axis: 0 } };
  const orthogonal = {
    class_name: 'OrthogonalRegularizer',
    config: { factor: 0.01, mode: 'rows' },
  };
  // [what, fixture, layer, config key, new value, fragments of the one warning]
  const cases: [string, string, string, string, Raw, string[]][] = [
    [
      'channels_first',
      'keras3/cnn.json',
      'conv2d',
      'data_format',
      'channels_first',
      ["Conv2D layer 'conv2d'", "data_format is 'channels_first'", 'channels_last'],
    ],
    [
      'dilation 2',
      'keras3/cnn.json',
      'conv2d_1',
      'dilation_rate',
      [2, 2],
      ["Conv2D layer 'conv2d_1'", 'dilation_rate is [2,2]', 'dilation rate of 1'],
    ],
    [
      'he_normal',
      'tfkeras2/mlp.json',
      'dense',
      'kernel_initializer',
      { class_name: 'HeNormal', config: {} },
      ["Dense layer 'dense'", 'kernel_initializer is HeNormal', 'glorot_uniform'],
    ],
    [
      'a max-norm constraint',
      'keras3/mlp.json',
      'dense_1',
      'kernel_constraint',
      maxNorm,
      ["Dense layer 'dense_1'", 'kernel_constraint is MaxNorm'],
    ],
    [
      'a frozen layer',
      'keras3/mlp.json',
      'dense',
      'trainable',
      false,
      ["Dense layer 'dense'", 'frozen'],
    ],
    [
      'mixed precision',
      'keras3/mlp.json',
      'dense_2',
      'dtype',
      dtype('mixed_float16'),
      ["Dense layer 'dense_2'", 'mixed_float16'],
    ],
    [
      'a dropout seed',
      'tfkeras2/mlp.json',
      'dropout',
      'seed',
      42,
      ["Dropout layer 'dropout'", 'seed is 42'],
    ],
    [
      'an unknown activation',
      'keras3/mlp.json',
      'dense',
      'activation',
      'leaky_relu',
      ["Dense layer 'dense'", "activation 'leaky_relu'", "imported as 'linear'"],
    ],
    [
      'an unknown regularizer',
      'keras3/imdb-l2.json',
      'dense',
      'kernel_regularizer',
      orthogonal,
      ["Dense layer 'dense'", 'OrthogonalRegularizer', 'left out'],
    ],
    [
      'a fixed batch size',
      'keras3/mlp.json',
      'input_layer',
      'batch_shape',
      [32, 784],
      ["Input layer 'input_layer'", 'fixed batch size 32'],
    ],
    [
      'a setting from a newer Keras',
      'keras3/cnn.json',
      'flatten',
      'order',
      'F',
      ["Flatten layer 'flatten'", "order = 'F'"],
    ],
    [
      'BatchNormalization on axis 1',
      'tfkeras2/residual.json',
      'batch_normalization',
      'axis',
      [1],
      ["BatchNormalization layer 'batch_normalization'", 'axis is [1]', 'last axis'],
    ],
  ];
  it.each(cases)('warns about %s, naming the layer', (_what, file, layer, key, value, says) => {
    const { warnings, graph } = importEdited(file, (m) => (find(m, layer).config[key] = value));
    expect(warnings).toHaveLength(1);
    for (const fragment of says) expect(warnings[0].message).toContain(fragment);
    expect(analyzeGraph(graph).ok).toBe(true);
  });

  it('imports an unknown activation as the default of the layer', () => {
    const { graph } = importEdited(
      'keras3/mlp.json',
      (m) => (find(m, 'dense').config.activation = 'leaky_relu'),
    );
    expect(graph.nodes[1].params).toMatchObject({ activation: 'linear' });
  });

  it('says nothing about defaults, null activations, silu and string regularizers', () => {
    const { graph, warnings } = importEdited('tfkeras2/mlp.json', (m) => {
      find(m, 'dense').config.activation = null;
      find(m, 'dense_1').config.activation = 'silu';
      find(m, 'dense_1').config.kernel_regularizer = 'l2';
      find(m, 'dense_2').config.bias_regularizer = {
        class_name: 'L1',
        config: { l1: 0.05000000074505806 },
      };
      find(m, 'dense').config.kernel_initializer = 'glorot_uniform';
    });
    expect(warnings).toEqual([]);
    expect(graph.nodes[1].params).toMatchObject({ activation: 'linear' });
    expect(graph.nodes[3].params).toMatchObject({
      activation: 'swish',
      kernelRegularizer: { kind: 'l2', l1: 0, l2: 0.01 },
    });
    expect(graph.nodes[5].params).toMatchObject({
      biasRegularizer: { kind: 'l1', l1: 0.05, l2: 0 },
    });
  });
});

describe('importKerasJson: refused inputs', () => {
  const withoutInputShape = () => {
    const m = json('tfkeras2/mlp.json');
    m.config.layers.shift();
    delete m.config.layers[0].config.batch_input_shape;
    return JSON.stringify(m);
  };
  const edited = (file: string, edit: (m: Raw) => void) => {
    const m = json(file);
    edit(m);
    return JSON.stringify(m);
  };
  const history = (node: Raw) => node.args[0].config.keras_history;
  const cases: { what: string; input: () => string; reason: string; says: string[] }[] = [
    {
      what: 'an LSTM model',
      input: () => text('tfkeras2/imdb-lstm.json'),
      reason: 'unsupported-layer',
      says: [
        "layer 'embedding'",
        'Embedding',
        'LayerLab supports InputLayer, Dense, Conv2D',
        'Concatenate',
      ],
    },
    {
      what: 'a nested model',
      input: () =>
        edited(
          'tfkeras2/mlp.json',
          (m) =>
            (m.config.layers[3] = {
              class_name: 'Sequential',
              config: { name: 'block', layers: [] },
            }),
        ),
      reason: 'unsupported-layer',
      says: ["layer 'block'", 'Sequential', 'nested'],
    },
    {
      what: 'a Sequential without an input shape',
      input: withoutInputShape,
      reason: 'no-input-shape',
      says: [
        'Sequential model without an input shape',
        'input_shape=',
        'keras.Input(shape=',
        'build the model',
      ],
    },
    {
      what: 'text that is not JSON',
      input: () => 'Model: "sequential"\n Total params: 669,706',
      reason: 'not-json',
      says: ['The Keras model is not JSON', 'model.to_json()'],
    },
    {
      what: 'a layer instead of a model',
      input: () => JSON.stringify({ class_name: 'Dense', config: { name: 'dense', units: 3 } }),
      reason: 'not-a-model',
      says: ['Keras Dense, not a model', 'Sequential or Functional'],
    },
    {
      what: 'a JSON list',
      input: () => '[1, 2, 3]',
      reason: 'not-a-model',
      says: ['not a Keras model', 'class_name'],
    },
    {
      what: 'a Keras 3 Sequential that was never built',
      input: () =>
        edited('keras3/mlp.json', (m) => {
          m.config.layers.shift();
          delete m.config.build_input_shape;
          delete m.build_config;
          for (const l of m.config.layers) delete l.build_config;
        }),
      reason: 'no-input-shape',
      says: ['Sequential model without an input shape'],
    },
    {
      what: 'a missing inbound layer',
      input: () =>
        edited(
          'keras3/residual.json',
          (m) => (history(find(m, 'conv2d_1').inbound_nodes![0])[0] = 'conv2d_9'),
        ),
      reason: 'bad-graph',
      says: ["Conv2D layer 'conv2d_1'", "'conv2d_9'", 'not a layer of the model'],
    },
    {
      what: 'a loop',
      input: () =>
        edited(
          'tfkeras2/residual.json',
          (m) => (find(m, 'conv2d').inbound_nodes = [[['dense', 0, 0, {}]]]),
        ),
      reason: 'bad-graph',
      says: ["'conv2d'", "'dense'", 'loop'],
    },
    {
      what: 'a shared layer',
      input: () =>
        edited('tfkeras2/residual.json', (m) =>
          find(m, 'conv2d_1').inbound_nodes!.push([['conv2d_1', 0, 0, {}]]),
        ),
      reason: 'bad-graph',
      says: ["Conv2D layer 'conv2d_1'", 'called 2 times'],
    },
    {
      what: 'a merge in a Sequential model',
      input: () =>
        edited(
          'keras3/mlp.json',
          (m) =>
            (m.config.layers[2] = {
              module: 'keras.layers',
              class_name: 'Add',
              config: { name: 'add' },
              registered_name: null,
            }),
        ),
      reason: 'bad-graph',
      says: ["Add layer 'add'", 'Sequential'],
    },
    {
      what: 'an input size that varies',
      input: () =>
        edited(
          'keras3/cnn.json',
          (m) => (find(m, 'input_layer').config.batch_shape = [null, null, null, 1]),
        ),
      reason: 'bad-value',
      says: ["Input layer 'input_layer'", '[null,null,null,1]', 'not fixed'],
    },
    {
      what: 'a units value that is not a number',
      input: () => edited('keras3/mlp.json', (m) => (find(m, 'dense').config.units = 'many')),
      reason: 'bad-value',
      says: ["Dense layer 'dense'", 'units "many"', 'whole number'],
    },
  ];
  it.each(cases)('refuses $what', ({ input, reason, says }) => {
    let error: unknown;
    try {
      importKerasJson(input());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DocumentError);
    expect(error).toBeInstanceOf(KerasJsonError);
    const e = error as KerasJsonError;
    expect(e.reason).toBe(reason);
    expect(e.code).toBe(reason === 'not-json' ? 'invalid-json' : 'invalid-document');
    for (const fragment of says) expect(e.message).toContain(fragment);
  });

  it('names only the layers on a loop', () => {
    const looped = edited(
      'tfkeras2/residual.json',
      (m) => (find(m, 'conv2d_3').inbound_nodes = [[['concatenate', 0, 0, {}]]]),
    );
    expect(() => importKerasJson(looped)).toThrow(
      "In the Keras model, the layers 'conv2d_3', 'concatenate' feed each other in a loop",
    );
  });

  it('names the file it was given', () => {
    expect(() => importKerasJson('{', 'my_model.json')).toThrow(/^my_model.json is not JSON/);
  });
});

/** Every parameter away from its default, to check that export and import carry each one. */
const everything = (): GraphDocument =>
  parseGraph({
    version: GRAPH_VERSION,
    nodes: [
      { id: 'in', kind: 'Input', name: 'pixels', params: { shape: [32, 32, 3] } },
      {
        id: 'c1',
        kind: 'Conv2D',
        name: 'stem',
        params: {
          filters: 8,
          kernelSize: [5, 5],
          strides: [2, 2],
          padding: 'same',
          activation: 'swish',
          useBias: false,
          kernelRegularizer: { kind: 'l1', l1: 0.0005, l2: 0 },
          activityRegularizer: { kind: 'l2', l1: 0, l2: 0.001 },
        },
      },
      {
        id: 'bn',
        kind: 'BatchNormalization',
        name: 'bn',
        params: { momentum: 0.9, epsilon: 1e-5, center: false, scale: false },
      },
      { id: 'a', kind: 'Activation', name: 'act', params: { activation: 'gelu' } },
      {
        id: 'p1',
        kind: 'MaxPooling2D',
        name: 'pool_a',
        params: { poolSize: [3, 3], strides: [1, 1], padding: 'same' },
      },
      {
        id: 'p2',
        kind: 'AveragePooling2D',
        name: 'pool_b',
        params: { poolSize: [1, 1], strides: null, padding: 'same' },
      },
      { id: 'cat', kind: 'Concatenate', name: 'join', params: { axis: 3 } },
      { id: 'f', kind: 'Flatten', name: 'flat' },
      { id: 'r', kind: 'Reshape', name: 'again', params: { targetShape: [-1, 16] } },
      { id: 'g', kind: 'Flatten', name: 'flat_again' },
      { id: 'd', kind: 'Dropout', name: 'drop', params: { rate: 0 } },
      {
        id: 'd1',
        kind: 'Dense',
        name: 'hidden',
        params: {
          units: 16,
          activation: 'tanh',
          biasRegularizer: { kind: 'l1l2', l1: 0.01, l2: 0.02 },
          activityRegularizer: { kind: 'l1', l1: 0.001, l2: 0 },
        },
      },
      { id: 'd2', kind: 'Dense', name: 'also', params: { units: 16, activation: 'hard_sigmoid' } },
      { id: 'add', kind: 'Add', name: 'sum' },
      { id: 'out', kind: 'Dense', name: 'out', params: { units: 3, activation: 'softmax' } },
    ],
    edges: [
      ['in', 'c1'],
      ['c1', 'bn'],
      ['bn', 'a'],
      ['a', 'p1'],
      ['a', 'p2'],
      ['p2', 'cat'],
      ['p1', 'cat'],
      ['cat', 'f'],
      ['f', 'r'],
      ['r', 'g'],
      ['g', 'd'],
      ['d', 'd1'],
      ['d', 'd2'],
      ['d2', 'add'],
      ['d1', 'add'],
      ['add', 'out'],
    ].map(([source, target]) => ({ source, target })),
  });

describe('exportKerasJson', () => {
  it.each([
    'keras3/mlp.json',
    'keras3/cnn.json',
    'keras3/imdb-l2.json',
    'keras3/batchnorm.json',
    'keras3/residual.json',
  ])('writes %s back key for key as Keras 3 wrote it', (file) => {
    const out = exportKerasJson(importFixture(file).graph);
    const original = json(file);
    if (!original.compile_config) expect(out).toBe(text(file));
    delete original.compile_config; // training settings are not part of the graph
    expect(JSON.parse(out)).toEqual(original);
  });

  it('writes a chain as Sequential and a branching graph as Functional', () => {
    const chain = JSON.parse(exportKerasJson(importFixture('tfkeras2/mlp.json').graph));
    expect(chain).toMatchObject({
      module: 'keras',
      class_name: 'Sequential',
      registered_name: null,
    });
    expect(chain.keras_version).toBeUndefined(); // Keras 3 writes no version into to_json()
    expect(chain.config.layers[0]).toMatchObject({
      class_name: 'InputLayer',
      config: { batch_shape: [null, 784], name: 'dense_input' },
    });
    const dag = JSON.parse(exportKerasJson(importFixture('tfkeras2/residual.json').graph));
    expect(dag).toMatchObject({
      module: 'keras.src.models.functional',
      class_name: 'Functional',
      registered_name: 'Functional',
    });
    expect(dag.config.input_layers).toEqual(['input_1', 0, 0]);
    expect(dag.config.output_layers).toEqual(['dense', 0, 0]);
    const add: Raw = find(dag, 'add');
    expect(add.inbound_nodes[0].args[0].map((t: Raw) => t.config.keras_history[0])).toEqual([
      'conv2d',
      'batch_normalization',
    ]);
    expect(add.build_config).toEqual({
      input_shape: [
        [null, 32, 32, 32],
        [null, 32, 32, 32],
      ],
    });
  });

  it('writes numbers as Python does', () => {
    const out = exportKerasJson(
      sequential([
        { kind: 'Input', params: { shape: [4] } },
        { kind: 'Dropout', params: { rate: 0 } },
        { kind: 'BatchNormalization', params: { epsilon: 1e-5 } },
        {
          kind: 'Dense',
          params: { units: 2, kernelRegularizer: { kind: 'l1l2', l1: 0, l2: 0.01 } },
        },
      ]),
    );
    expect(out).toContain('"rate": 0.0,');
    expect(out).toContain('"epsilon": 1e-05,');
    expect(out).toContain('"config": {"l1": 0.0, "l2": 0.01}');
    expect(out).toContain('"units": 2,');
    expect(out).not.toMatch(/"[a-z_]+":[^ ]/);
  });

  it.each([
    [0.5, '0.5'],
    [0, '0.0'],
    [1, '1.0'],
    [0.001, '0.001'],
    [0.0001, '0.0001'],
    [1e-5, '1e-05'],
    [1e-7, '1e-07'],
    [1.5e-7, '1.5e-07'],
    [1e16, '1e+16'],
    [123.25, '123.25'],
    [0.0010000000474974513, '0.0010000000474974513'],
  ])('pythonFloat(%s) is %s', (x, s) => expect(pythonFloat(x)).toBe(s));

  it('refuses a graph that does not validate, with its first issue', () => {
    const bad = sequential([
      { kind: 'Input', params: { shape: [28, 28, 1] } },
      { kind: 'Dense', params: { units: 10 } },
    ]);
    const first = analyzeGraph(bad).issues[0].message;
    expect(() => exportKerasJson(bad)).toThrow(KerasJsonError);
    expect(() => exportKerasJson(bad)).toThrow(first);
    expect(() =>
      exportKerasJson(parseGraph({ version: GRAPH_VERSION, nodes: [], edges: [] })),
    ).toThrow(/The model is empty/);
  });
});

describe('round trips', () => {
  it.each(TABLE.map((t) => t.file))('import(export(import(%s))) gives the same graph', (file) => {
    const first = importFixture(file).graph;
    const again = importKerasJson(exportKerasJson(first));
    expect(again.warnings).toEqual([]);
    expect(shapeOf(again.graph)).toEqual(shapeOf(first));
  });

  it('carries every parameter through export and import', () => {
    const graph = everything();
    expect(analyzeGraph(graph).issues).toEqual([]);
    const back = importKerasJson(exportKerasJson(graph));
    expect(back.warnings).toEqual([]);
    expect(shapeOf(back.graph)).toEqual(shapeOf(graph));
  });

  it('keeps a chain with default parameters as it was', () => {
    const graph = sequential([
      { kind: 'Input', params: { shape: [2] } },
      { kind: 'Dense' },
      { kind: 'Activation' },
      { kind: 'Dense', params: { units: 1 } },
    ]);
    expect(shapeOf(importKerasJson(exportKerasJson(graph)).graph)).toEqual(shapeOf(graph));
  });
});

/** Golden files: what LayerLab writes for each tf.keras 2 file. UPDATE_SNAPSHOTS=1 rewrites them. */
describe('golden exports', () => {
  const golden: [string, () => GraphDocument][] = [
    ['tfkeras2-mlp.json', () => importFixture('tfkeras2/mlp.json').graph],
    [
      'tfkeras2-cnn-first-layer-shape.json',
      () => importFixture('tfkeras2/cnn-first-layer-shape.json').graph,
    ],
    ['tfkeras2-imdb-l2.json', () => importFixture('tfkeras2/imdb-l2.json').graph],
    ['tfkeras2-residual.json', () => importFixture('tfkeras2/residual.json').graph],
    ['every-parameter.json', everything],
  ];
  it.each(golden)('expected/%s', (name, graph) => {
    const path = join(FIXTURES, 'expected', name);
    const out = exportKerasJson(graph());
    if (process.env.UPDATE_SNAPSHOTS === '1') {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, out);
    }
    expect(out).toBe(readFileSync(path, 'utf8'));
  });
});

describe('importKerasJson, strict (as `layerlab train --model` imports)', () => {
  const strict = (file: string, edit: (model: Raw) => void) => {
    const model = json(file);
    edit(model);
    return importKerasJson(JSON.stringify(model), file, { strict: true });
  };
  // [what, fixture, layer, config key, new value, fragments of the refusal]
  const changes: [string, string, string, string, Raw, string[]][] = [
    [
      'an unknown activation',
      'keras3/mlp.json',
      'dense',
      'activation',
      'mish',
      ["Dense layer 'dense'", "activation 'mish'", "train as 'linear'", 'relu'],
    ],
    [
      'a custom activation function',
      'keras3/mlp.json',
      'dense',
      'activation',
      { class_name: 'function', config: 'my_act' },
      ["Dense layer 'dense'", "'my_act'"],
    ],
    [
      'an unknown regularizer',
      'keras3/imdb-l2.json',
      'dense',
      'kernel_regularizer',
      { class_name: 'OrthogonalRegularizer', config: { factor: 0.01 } },
      ["Dense layer 'dense'", 'OrthogonalRegularizer', 'L1, L2 or L1L2'],
    ],
    [
      'a max-norm constraint',
      'keras3/mlp.json',
      'dense_1',
      'kernel_constraint',
      { class_name: 'MaxNorm', config: { max_value: 3 } },
      ["Dense layer 'dense_1'", 'kernel_constraint MaxNorm', 'no constraint'],
    ],
    [
      'channels_first',
      'keras3/cnn.json',
      'conv2d',
      'data_format',
      'channels_first',
      ["Conv2D layer 'conv2d'", "'channels_first'"],
    ],
    [
      'dilation 2',
      'keras3/cnn.json',
      'conv2d_1',
      'dilation_rate',
      [2, 2],
      ["Conv2D layer 'conv2d_1'", 'dilation_rate [2,2]'],
    ],
    [
      'causal padding',
      'keras3/cnn.json',
      'conv2d',
      'padding',
      'causal',
      ["Conv2D layer 'conv2d'", "padding 'causal'", "'same'"],
    ],
    [
      'a dropout noise shape',
      'tfkeras2/mlp.json',
      'dropout',
      'noise_shape',
      [null, 1],
      ["Dropout layer 'dropout'", 'noise_shape'],
    ],
    [
      'BatchNormalization on axis 1',
      'tfkeras2/residual.json',
      'batch_normalization',
      'axis',
      [1],
      ["BatchNormalization layer 'batch_normalization'", 'axis [1]', 'axis=-1'],
    ],
  ];
  it.each(changes)(
    'refuses %s, naming the layer, the value and what to do',
    (_what, file, layer, key, value, says) => {
      let error: unknown;
      try {
        strict(file, (m) => (find(m, layer).config[key] = value));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(KerasJsonError);
      const e = error as KerasJsonError;
      expect({ reason: e.reason, code: e.code }).toEqual({
        reason: 'changes-meaning',
        code: 'invalid-document',
      });
      expect(e.message).toMatch(new RegExp(`^In ${file}, `));
      expect(e.message).toContain('export again');
      for (const fragment of says) expect(e.message).toContain(fragment);
    },
  );

  // Same model, trained from another start or with other bookkeeping: imported, with the warning.
  const harmless: [string, string, string, string, Raw, string][] = [
    [
      'he_normal',
      'tfkeras2/mlp.json',
      'dense',
      'kernel_initializer',
      { class_name: 'HeNormal', config: {} },
      'kernel_initializer is HeNormal',
    ],
    ['a frozen layer', 'keras3/mlp.json', 'dense', 'trainable', false, 'frozen'],
    ['mixed precision', 'keras3/mlp.json', 'dense_2', 'dtype', 'mixed_float16', 'mixed_float16'],
    ['a dropout seed', 'tfkeras2/mlp.json', 'dropout', 'seed', 42, 'seed is 42'],
    ['a setting from a newer Keras', 'keras3/cnn.json', 'flatten', 'order', 'F', "order = 'F'"],
  ];
  it.each(harmless)('imports %s with one warning', (_what, file, layer, key, value, says) => {
    const { warnings, graph } = strict(file, (m) => (find(m, layer).config[key] = value));
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toContain(says);
    expect(analyzeGraph(graph).ok).toBe(true);
  });

  it('reads a file that starts with a UTF-8 byte order mark', () => {
    const { graph, warnings } = importKerasJson('\ufeff' + text('keras3/mlp.json'), 'bom.json', {
      strict: true,
    });
    expect(warnings).toEqual([]);
    expect(graph.nodes.map((n) => n.kind)).toEqual(MLP);
  });
});
