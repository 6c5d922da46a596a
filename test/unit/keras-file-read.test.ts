/**
 * Reading `.keras` and `.h5` files saved by real Keras (test/fixtures/keras/models, made by
 * make_model_files.py there): the graph, the weights in the right places (the predictions Keras
 * made), the stored model in the trainer's own layout, and a sentence for each file refused.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { LayerLabError } from '../../src-main/contract/errors.ts';
import { sequential } from '../../src-main/contract/graph.ts';
import { LAB_FORMAT, parseLab } from '../../src-main/contract/lab.ts';
import { loadDataset } from '../../src-main/data/index.ts';
import { train } from '../../src-main/engine/trainer.ts';
import { trainingFromCompile } from '../../src-main/export/keras-file/compile.ts';
import { labFromModelFile } from '../../src-main/export/keras-file/lab.ts';
import { readModelFile } from '../../src-main/export/keras-file/read.ts';
import { predictStored } from '../helpers/predict-stored.ts';
import type { WarningText } from '../../src-main/contract/error-text.ts';

/** The warnings' English sentences, as `--json` and the script's comment have them. */
const englishOf = (warnings: { message: string }[]) => warnings.map((w) => w.message).join(' ');

const DIR = path.resolve(import.meta.dirname, '../fixtures/keras/models');
const bytes = (name: string) => new Uint8Array(readFileSync(path.join(DIR, name)));
const expected = JSON.parse(readFileSync(path.join(DIR, 'tiny-predictions.json'), 'utf8')) as {
  x: number[];
  shape: number[];
  y: number[];
};

/** The refusal `readModelFile` gives for these bytes. */
async function refusal(name: string, data: Uint8Array): Promise<LayerLabError> {
  try {
    await readModelFile(name, data);
  } catch (e) {
    expect(e).toBeInstanceOf(LayerLabError);
    return e as LayerLabError;
  }
  throw new Error(`${name} was read`);
}

/** tiny.keras with its config.json changed by `edit`. */
function editedKeras(edit: (config: string) => string): Uint8Array {
  const members = unzipSync(bytes('tiny.keras'));
  members['config.json'] = strToU8(edit(strFromU8(members['config.json'])));
  return zipSync(members);
}

describe('trainingFromCompile', () => {
  it.each([
    [
      { optimizer: 'rmsprop', loss: 'binary_crossentropy' },
      { optimizer: 'rmsprop', loss: 'binary_crossentropy' },
      null,
    ],
    [
      {
        optimizer_config: { class_name: 'Adam', config: { learning_rate: 0.0003000000142492354 } },
        loss: { class_name: 'SparseCategoricalCrossentropy', config: { from_logits: true } },
      },
      { optimizer: 'adam', learningRate: 0.0003, loss: 'sparse_categorical_crossentropy' },
      /computes its loss from logits/,
    ],
    [
      { optimizer: { class_name: 'Adagrad', config: {} }, loss: 'mse' },
      {},
      /optimizer "Adagrad", which LayerLab does not have.*loss "mse"/,
    ],
    [
      {
        optimizer: {
          class_name: 'SGD',
          config: { learning_rate: { class_name: 'ExponentialDecay' }, momentum: 0.5 },
        },
      },
      { optimizer: 'sgd', momentum: 0.5 },
      /learning-rate schedule/,
    ],
  ])('%j', (compile, training, warning) => {
    const warnings: WarningText[] = [];
    expect(trainingFromCompile(compile as never, 'm.keras', warnings)).toEqual(training);
    if (warning) expect(englishOf(warnings)).toMatch(warning);
    else expect(warnings).toEqual([]);
  });
});

describe('readModelFile', () => {
  it.each(['tiny.keras', 'tiny.h5'])(
    '%s: the graph, the compile settings and the weights Keras predicted with',
    async (name) => {
      const read = await readModelFile(name, bytes(name));
      expect(read.graph.nodes.map((n) => `${n.name}:${n.kind}`)).toEqual([
        'pixels:Input',
        'conv:Conv2D',
        'norm:BatchNormalization',
        'pool:MaxPooling2D',
        'flat:Flatten',
        'a:Dense',
        'b:Dense',
        'sum:Add',
        'both:Concatenate',
        'drop:Dropout',
        'out:Dense',
      ]);
      expect(read.training).toEqual({
        optimizer: 'sgd',
        learningRate: 0.05,
        momentum: 0.9,
        loss: 'categorical_crossentropy',
      });
      const { values } = await predictStored(
        read.model,
        Float32Array.from(expected.x),
        expected.shape,
      );
      expect(values.length).toBe(expected.y.length);
      values.forEach((v, i) => expect(Math.abs(v - expected.y[i])).toBeLessThan(1e-5));
    },
  );

  it('stores the model exactly as a trainer stores one of the same graph (names, order, shapes, topology)', async () => {
    const read = await readModelFile('tiny.keras', bytes('tiny.keras'));
    // The same graph trained for an epoch on 36 numbers a row (a CSV), in this process.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'layerlab-keras-read-'));
    const csv = path.join(dir, 'rows.csv');
    const rows = Array.from({ length: 24 }, (_, i) =>
      [...Array.from({ length: 36 }, (_, j) => ((i * 7 + j) % 10) / 10), i % 2].join(','),
    );
    writeFileSync(
      csv,
      [...Array.from({ length: 36 }, (_, j) => `f${j}`), 'label'].join(',') +
        '\n' +
        rows.join('\n'),
    );
    const lab = parseLab({
      format: LAB_FORMAT,
      version: 1,
      graph: read.graph,
      dataset: { kind: 'file', path: csv, format: 'csv' },
      training: {
        epochs: 1,
        seed: 1,
        loss: 'categorical_crossentropy',
        validation: { kind: 'none' },
      },
    });
    const trained = await train(lab, await loadDataset(lab.dataset, { dataDirs: [] }));
    expect(read.model.modelTopology).toEqual(trained.model.modelTopology);
    expect(read.model.weightSpecs).toEqual(trained.model.weightSpecs);
    expect(read.model.weightData.length).toBe(trained.model.weightData.byteLength);
    expect((read.model.weightSpecs as { name: string }[]).map((s) => s.name)).toEqual([
      'conv/kernel',
      'conv/bias',
      'norm/gamma',
      'norm/beta',
      'a/kernel',
      'a/bias',
      'b/kernel',
      'b/bias',
      'out/kernel',
      'out/bias',
      'norm/moving_mean',
      'norm/moving_variance',
    ]);
  });

  it('puts the model in a lab: its compile settings, and a warning when the dataset cannot be guessed', async () => {
    const read = await readModelFile('tiny.h5', bytes('tiny.h5'));
    const { lab, warnings } = labFromModelFile('tiny.h5', read);
    expect(lab.name).toBe('tiny');
    expect(lab.training.optimizer).toBe('sgd');
    expect(lab.training.learningRate).toBe(0.05);
    expect(englishOf(warnings)).toMatch(/cannot tell from tiny\.h5's input shape \[6, 6, 1\]/);
  });

  it.each([
    [[28, 28, 1], 10, 'softmax', { name: 'mnist' }, /took m\.keras for an MNIST model/],
    [[784], 10, 'softmax', { name: 'mnist' }, /choose Fashion-MNIST if it learned that/],
    [[5000], 1, 'sigmoid', { name: 'imdb', numWords: 5000 }, null],
  ] as const)(
    'guesses the dataset from input %j and %i outputs',
    (shape, units, activation, dataset, warning) => {
      const graph = sequential([
        { kind: 'Input', params: { shape } },
        { kind: 'Flatten' },
        { kind: 'Dense', params: { units, activation } },
      ]);
      const { lab, warnings } = labFromModelFile('m.keras', {
        graph,
        model: { modelTopology: {}, weightSpecs: [], weightData: new Uint8Array() },
        warnings: [],
      });
      expect(lab.dataset).toMatchObject(dataset);
      if (warning) expect(englishOf(warnings)).toMatch(warning);
      else expect(warnings).toEqual([]);
    },
  );

  it('refuses bytes that are neither a zip nor HDF5', async () => {
    const e = await refusal('notes.keras', strToU8('just some text'));
    expect(e.code).toBe('unsupported');
    expect(e.message).toMatch(/^notes\.keras is neither a Keras \.keras file/);
  });

  it('refuses a zip that is not a Keras model', async () => {
    const e = await refusal('photos.keras', zipSync({ 'cat.txt': strToU8('meow') }));
    expect(e.code).toBe('unsupported');
    expect(e.message).toMatch(/photos\.keras is a zip archive without config\.json/);
  });

  it('refuses a truncated HDF5 file', async () => {
    const whole = bytes('tiny.h5');
    const e = await refusal('cut.h5', whole.slice(0, Math.floor(whole.length / 3)));
    expect(e.code).toBe('corrupt');
    expect(e.message).toMatch(/^cut\.h5 is not a readable HDF5 file/);
  });

  it('refuses an HDF5 file of weights only', async () => {
    const members = unzipSync(bytes('tiny.keras'));
    const e = await refusal('weights.h5', members['model.weights.h5']);
    expect(e.code).toBe('unsupported');
    expect(e.message).toMatch(/weights\.h5 is an HDF5 file without a model_config/);
  });

  it('refuses a layer LayerLab lacks, naming it', async () => {
    const data = editedKeras((c) =>
      c.replace('"class_name": "Dropout"', '"class_name": "GaussianDropout"'),
    );
    const e = await refusal('odd.keras', data);
    expect(e.code).toBe('invalid-document');
    expect(e.message).toMatch(/In odd\.keras, layer 'drop' has the class GaussianDropout/);
  });

  it('refuses weights whose shape does not match the layer, naming file and layer', async () => {
    const data = editedKeras((c) => c.replace('"units": 2', '"units": 5'));
    const e = await refusal('bent.keras', data);
    expect(e.code).toBe('mismatch');
    expect(e.message).toBe(
      "In bent.keras, layer 'out' has a kernel of shape [6, 2], but its configuration needs [6, 5]; the file does not match its own model.",
    );
  });

  it('refuses a zip whose config.json inflates past the cap, before inflating it', async () => {
    const huge = new Uint8Array(17 * 1024 * 1024).fill(32);
    const members = unzipSync(bytes('tiny.keras'));
    const e = await refusal('bomb.keras', zipSync({ ...members, 'config.json': huge }));
    expect(e.code).toBe('too-large');
    expect(e.message).toMatch(/bomb\.keras holds a config\.json of 17 MB once inflated/);
  });
});
