/**
 * Keras code as course notebooks write it, imported by LayerLab and run by the real Keras (data
 * stubbed, `fit` recorded instead of trained, all snippets in one Python process): the two must
 * agree layer by layer, on the parameter count, and setting by setting (optimizer and learning
 * rate, loss, epochs, batch size, validation, early stopping, augmentation, training subset).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KerasCodeImport } from '../../src-main/contract/api.ts';
import { effectiveLearningRate } from '../../src-main/contract/training.ts';
import { analyzeGraph } from '../../src-main/contract/validate.ts';
import { exportKerasJson } from '../../src-main/export/keras-json.ts';
import { importKerasCode } from '../../src-main/export/python/import-code.ts';
import { PY_DIR, runPythonJson } from '../helpers/keras-python.ts';

/** Each snippet (test/keras/snippets/NAME.py) and the warnings its import must give (none by default). */
const SNIPPETS: { name: string; warns?: string[] }[] = [
  { name: 'chollet-mnist' }, // Sequential list, no input shape: built from fit's data
  { name: 'add-bare-names' }, // model.add, bare imported names, to_categorical, SGD object
  { name: 'functional-merges' }, // Input, layer calls, layers.add, Concatenate(), Add(), concatenate
  { name: 'cnn-positional' }, // Conv2D(32, (3, 3)), MaxPooling2D(2), positional arguments
  { name: 'imdb-multi-hot', warns: ['the first 1000 training examples'] }, // imdb + vectorize + hold-out
  { name: 'regularizers' }, // every regularizer spelling, a variable reused
  { name: 'dropout-batchnorm' }, // BatchNormalization settings, Dropout(rate=), tf.nn activations
  { name: 'early-stopping' }, // EarlyStopping callback
  { name: 'augmentation' }, // ImageDataGenerator + datagen.flow
  { name: 'one-hot-categorical' }, // keras.Input in Sequential, to_categorical + categorical_crossentropy
  { name: 'sgd-positional' }, // compile and fit with positional arguments, SGD(lr, momentum)
  { name: 'build-function' }, // def build_model(...) with defaults and keywords
  { name: 'loop-layers' }, // layers added in a for loop, InputLayer(shape=)
  { name: 'tf-keras-cnn-seed' }, // tf.keras everywhere, strides/padding, loss object, set_random_seed
  { name: 'notebook-noise' }, // %magics, !pip, prints, plots, summary, evaluate; x[:2000] subset
  { name: 'from-logits', warns: ['from_logits=True'] }, // a loss object with from_logits
  // keras-team/keras examples/mnist_cnn.py: a channels_first branch, Adadelta (trained as Adam)
  { name: 'keras-example-mnist-cnn', warns: ['the optimizer Adadelta is not available'] },
];
/** Snippets whose optimizer LayerLab replaces (with a warning), so their optimizers differ. */
const OTHER_OPTIMIZER = new Set(['keras-example-mnist-cnn']);

const ROWS = { mnist: [60000, 10000], 'fashion-mnist': [60000, 10000], imdb: [1500, 300] };
const FULL_ROWS = { mnist: 60000, 'fashion-mnist': 60000, imdb: 25000 };

interface KerasLayer {
  class_name: string;
  config: Record<string, unknown>;
}
interface KerasRun {
  name: string;
  error?: string;
  layers: KerasLayer[];
  params: number;
  optimizer: { name: string; learning_rate: number; momentum: number } | null;
  loss: string | { class: string; from_logits?: boolean } | null;
  fit: {
    epochs: number;
    batch_size: number | null;
    validation_split: number;
    shuffle: boolean;
    x_rows: number | null;
    validation_rows: number | null;
    early_stopping: Record<string, unknown> | null;
    augmentation: Record<string, unknown> | null;
  } | null;
}

/** The settings of a layer config both sides write (our side through the Keras JSON exporter). */
const KEYS = [
  'units',
  'activation',
  'use_bias',
  'filters',
  'kernel_size',
  'strides',
  'padding',
  'pool_size',
  'rate',
  'momentum',
  'epsilon',
  'center',
  'scale',
  'axis',
  'target_shape',
  'batch_shape',
  'kernel_regularizer',
  'bias_regularizer',
  'activity_regularizer',
];
/**
 * Regularizers and activations by class and config; Keras 3 keeps regularizer factors as float32
 * (0.0005000000237487257), and `tf.nn.softmax` as the TensorFlow function `softmax_v2`.
 */
function comparable(v: unknown): unknown {
  if (typeof v === 'number') return Math.fround(v);
  if (Array.isArray(v)) return v.map(comparable);
  if (!v || typeof v !== 'object' || !('class_name' in v)) return v ?? null;
  const { class_name, config } = v as { class_name: string; config: unknown };
  if (class_name === 'function' && typeof config === 'string') return config.split('_v2')[0];
  return {
    class_name,
    config: Object.fromEntries(
      Object.entries(config as object).map(([k, x]) => [k, comparable(x)]),
    ),
  };
}
const lossName = (l: KerasRun['loss']) =>
  (typeof l === 'string' ? l : (l?.class ?? '')).split('_').join('').toLowerCase();

const code = (name: string) =>
  readFileSync(path.join(import.meta.dirname, 'snippets', `${name}.py`), 'utf8');

let keras: Map<string, KerasRun>;
const ours = new Map<string, KerasCodeImport>();

beforeAll(async () => {
  for (const s of SNIPPETS) ours.set(s.name, importKerasCode(code(s.name), `${s.name}.py`));
  const runs = await runPythonJson<KerasRun[]>(
    { file: path.join(PY_DIR, 'run_snippets.py') },
    { snippets: SNIPPETS.map((s) => ({ name: s.name, code: code(s.name) })) },
  );
  keras = new Map(runs.map((r) => [r.name, r]));
});

describe('Keras code imported by LayerLab and run by real Keras', () => {
  it('has at least 15 snippets, all of which real Keras runs', () => {
    expect(SNIPPETS.length).toBeGreaterThanOrEqual(15);
    for (const s of SNIPPETS) expect(keras.get(s.name)?.error, s.name).toBeUndefined();
  });

  describe.each(SNIPPETS)('$name', ({ name, warns = [] }) => {
    it('imports with only the expected warnings, into a valid lab', () => {
      const r = ours.get(name)!;
      expect(r.warnings.map((w) => w.message)).toHaveLength(warns.length);
      warns.forEach((w, i) => expect(r.warnings[i].message).toContain(w));
      expect(analyzeGraph(r.lab.graph).ok).toBe(true);
    });

    it('has the layers, settings and parameter count real Keras builds', () => {
      const k = keras.get(name)!;
      const lab = ours.get(name)!.lab;
      const exported = (
        JSON.parse(exportKerasJson(lab.graph)) as { config: { layers: KerasLayer[] } }
      ).config.layers;
      const names = (ls: KerasLayer[]) => ls.map((l) => l.config.name as string);
      // Functional models may list branches in another order; Sequential ones may not.
      if (lab.graph.edges.length === lab.graph.nodes.length - 1)
        expect(names(exported)).toEqual(names(k.layers));
      else expect(names(exported).sort()).toEqual(names(k.layers).sort());
      for (const kl of k.layers) {
        const ol = exported.find((l) => l.config.name === kl.config.name)!;
        expect(ol.class_name, `${kl.config.name}`).toBe(kl.class_name);
        for (const key of KEYS)
          expect(comparable(ol.config[key]), `${kl.config.name}.${key}`).toEqual(
            comparable(kl.config[key]),
          );
      }
      expect(analyzeGraph(lab.graph).totalParams).toBe(k.params);
    });

    it('trains with the settings real Keras compiled and fit', () => {
      const k = keras.get(name)!;
      const { training: t, dataset } = ours.get(name)!.lab;
      if (!OTHER_OPTIMIZER.has(name)) {
        // Keras 3 names an RMSprop object 'rm_sprop'.
        expect(t.optimizer).toBe(k.optimizer!.name.split('_').join(''));
        expect(effectiveLearningRate(t)).toBeCloseTo(k.optimizer!.learning_rate, 7);
        expect(t.momentum).toBeCloseTo(k.optimizer!.momentum, 7);
      }
      expect(t.loss.split('_').join('')).toBe(lossName(k.loss));
      const f = k.fit!;
      expect(t.epochs).toBe(f.epochs);
      expect(t.batchSize).toBe(f.batch_size ?? 32);
      expect(t.shuffle).toBe(f.shuffle);
      expect(t.earlyStopping).toEqual(f.early_stopping);
      if (f.augmentation) expect(t.augmentation).toEqual(f.augmentation);
      else expect(t.augmentation).toBeNull();
      expect(dataset.kind).toBe('builtin');
      const name_ = dataset.kind === 'builtin' ? dataset.name : 'mnist';
      const v = t.validation;
      if (f.validation_split > 0)
        expect(v).toEqual({ kind: 'split', fraction: f.validation_split });
      else if (f.validation_rows === null) expect(v).toEqual({ kind: 'none' });
      else if (v.kind === 'test') expect(f.validation_rows).toBe(ROWS[name_][1]);
      else {
        expect(v.kind).toBe('split');
        if (v.kind === 'split')
          expect(v.fraction * FULL_ROWS[name_]).toBeCloseTo(f.validation_rows, 6);
      }
      if (t.trainSubset !== null) expect(t.trainSubset).toBe(f.x_rows);
      else if (v.kind !== 'split' || f.validation_split > 0) expect(f.x_rows).toBe(ROWS[name_][0]);
    });
  });
});
