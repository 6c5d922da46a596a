/**
 * docs/keras.md's "Defaults, number for number", checked: one Python run reads each default and
 * behaviour from the real Keras 3 (test/keras/py/read_defaults.py), LayerLab's side is read from what
 * its builder builds, its trainer's optimizer and stopper, its losses and its data split, and both
 * must equal the table's value (src-main/engine/keras-defaults.ts), or each other where the check
 * compares computed numbers.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { sequential } from '../../src-main/contract/graph.ts';
import {
  LAYERS,
  defaultParams,
  regularizer,
  type LayerKind,
  type ParamSpec,
} from '../../src-main/contract/layers.ts';
import {
  EarlyStoppingSchema,
  defaultTrainingConfig,
  type LossName,
  type Monitor,
  type TrainingConfig,
} from '../../src-main/contract/training.ts';
import { makeViews } from '../../src-main/engine/batches.ts';
import { buildModel } from '../../src-main/engine/build-model.ts';
import {
  KERAS_DEFAULTS,
  defaultsTable,
  type DefaultValue,
} from '../../src-main/engine/keras-defaults.ts';
import { meanLoss, targets } from '../../src-main/engine/losses.ts';
import { makeOptimizer } from '../../src-main/engine/optimizers.ts';
import {
  registerFastKernels,
  unregisterFastKernels,
} from '../../src-main/engine/kernels/register.ts';
import { EarlyStopper } from '../../src-main/engine/trainer.ts';
import { runPythonJson } from '../helpers/keras-python.ts';
import { blobs } from '../helpers/tiny-data.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

const CASES = {
  hardSigmoidAt: [-4, -3, -1, 0, 1, 2.5, 3, 4],
  // Gradients from 2e-8 to 20: Keras' and TensorFlow.js' Adam part where the gradient is tiny.
  optimizerProblem: { w: [1, -2, 0.5, 3, -0.25, 1.5], c: [1, 1e-6, 1e-4, 10, 0.5, 1e-8], steps: 5 },
  penaltyOf: [0.5, -1, 2, 0.125],
  losses: {
    classes: [0, 2, 1, 2],
    probabilities: [
      [1, 0, 0],
      [0.2, 0.3, 0.5],
      [0.1, 0.8, 0.1],
      [0.5, 0.5, 0],
    ],
    binaryLabels: [0, 1, 1, 0],
    binaryProbabilities: [0, 1, 0.3, 0.9],
    smoothing: 0.1,
  },
  // null is a NaN (JSON has none).
  earlyStopping: [
    {
      values: [1.0, 0.9, 0.95, 0.96, 0.97],
      monitor: 'val_loss',
      patience: 2,
      minDelta: 0,
      restore: true,
    },
    {
      values: [1.0, 0.9, 0.95, 0.96, 0.97],
      monitor: 'val_loss',
      patience: 0,
      minDelta: 0,
      restore: false,
    },
    {
      values: [1.0, 0.99, 0.98, 0.97],
      monitor: 'val_loss',
      patience: 1,
      minDelta: 0.05,
      restore: true,
    },
    { values: [1.0, 0.5, 0.6, 0.55], monitor: 'val_loss', patience: 5, minDelta: 0, restore: true },
    {
      values: [0.5, 0.6, 0.59, 0.58],
      monitor: 'val_accuracy',
      patience: 1,
      minDelta: 0,
      restore: true,
    },
    {
      values: [1.0, null, null, 0.9],
      monitor: 'val_loss',
      patience: 1,
      minDelta: 0,
      restore: true,
    },
  ] as {
    values: (number | null)[];
    monitor: Monitor;
    patience: number;
    minDelta: number;
    restore: boolean;
  }[],
  validationSplits: [
    [10, 0.2],
    [10, 0.25],
    [7, 0.3],
    [100, 0.15],
    [33, 0.1],
  ] as [number, number][],
};

type Values = Record<string, unknown>;
let keras: Values;
let layerlab: Values;

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Keras' name of a TensorFlow.js initializer config (glorotUniform is a VarianceScaling). */
function initializerName(init: unknown): string {
  const { className, config } = init as { className: string; config: Record<string, unknown> };
  if (className !== 'VarianceScaling') return className;
  if (config.scale === 1 && config.mode === 'fanAvg')
    return config.distribution === 'uniform' ? 'GlorotUniform' : 'GlorotNormal';
  return `VarianceScaling(${JSON.stringify(config)})`;
}

function layerOf(graph: ReturnType<typeof sequential>, name: string) {
  const built = buildModel(graph);
  return { built, layer: built.model.getLayer(name) };
}

function kernelStats(w: tf.Tensor, limit: number) {
  const a = Array.from(w.dataSync(), Math.abs);
  return {
    max: a.reduce((m, v) => Math.max(m, v), 0),
    limit,
    underHalf: a.filter((v) => v < limit / 2).length / a.length,
  };
}

/** The catalog defaults that Keras' config of the same class should hold, and those that differ. */
function paramMismatches(configs: Record<string, Record<string, unknown>>): string[] {
  const out: string[] = [];
  for (const [kind, config] of Object.entries(configs)) {
    const params = defaultParams(kind as LayerKind) as Record<string, unknown>;
    const specs = LAYERS[kind as LayerKind].params as Record<string, ParamSpec>;
    for (const name of Object.keys(specs)) {
      const key = snake(name);
      // Keras 3 leaves activity_regularizer out of a config while it is None.
      if (!(key in config) && !(params[name] === null && key === 'activity_regularizer')) {
        out.push(`${kind}.${name}: Keras has no ${key}`);
        continue;
      }
      // Pool strides: null means "the pool size", which Keras' config writes out.
      const ours = name === 'strides' && params[name] === null ? params.poolSize : params[name];
      if (key in config && JSON.stringify(ours) !== JSON.stringify(config[key]))
        out.push(
          `${kind}.${name}: ${JSON.stringify(ours)} vs Keras ${JSON.stringify(config[key])}`,
        );
    }
  }
  return out;
}

function optimizerSteps(config: TrainingConfig): number[] {
  const p = CASES.optimizerProblem;
  const w = tf.variable(tf.tensor1d(p.w));
  const c = tf.tensor1d(p.c);
  const optimizer = makeOptimizer(config);
  for (let i = 0; i < p.steps; i++)
    optimizer.minimize(() => tf.sum(tf.mul(c, tf.mul(w, w))) as tf.Scalar, false, [w]);
  const values = Array.from(w.dataSync());
  optimizer.dispose();
  tf.dispose([w, c]);
  return values;
}

function lossOf(name: LossName, labelSmoothing: number, labels: number[], p: number[][]): number {
  const spec = { name, labelSmoothing, units: p[0].length };
  return tf.tidy(
    () => meanLoss(spec, targets(spec, Int32Array.from(labels)), tf.tensor2d(p)).dataSync()[0],
  );
}

function earlyStopping(series: (typeof CASES.earlyStopping)[number]): [number | null, number] {
  const { built, layer } = layerOf(
    sequential([
      { kind: 'Input', params: { shape: [1] } },
      { kind: 'Dense', name: 'marker', params: { units: 1, useBias: false } },
    ]),
    'marker',
  );
  const stopper = new EarlyStopper(
    EarlyStoppingSchema.parse({
      monitor: series.monitor,
      patience: series.patience,
      minDelta: series.minDelta,
      restoreBestWeights: series.restore,
    }),
    built.model,
  );
  let stopped: number | null = null;
  for (const [epoch, v] of series.values.entries()) {
    tf.tidy(() => layer.setWeights([tf.tensor2d([[epoch]])]));
    const value = v ?? NaN;
    const metrics = { epoch: epoch + 1, loss: 0, accuracy: 0, regularization_loss: 0, seconds: 0 };
    if (stopper.update({ ...metrics, [series.monitor]: value }, epoch)) {
      stopped = epoch + 1;
      break;
    }
  }
  stopper.finish();
  const held = Math.round(layer.getWeights()[0].dataSync()[0]);
  stopper.dispose();
  built.trainModel.dispose();
  return [stopped, held];
}

function splitMeans(n: number, fraction: number): [number, number] {
  const config = { ...defaultTrainingConfig(), validation: { kind: 'split' as const, fraction } };
  const views = makeViews(blobs(n), config, Math.random);
  const mean = (rows: Int32Array) => rows.reduce((a, b) => a + b, 0) / rows.length;
  return [mean(views.train.rows), mean(views.validation!.rows)];
}

function readLayerLab(): Values {
  const out: Values = {};
  const dense = layerOf(
    sequential([
      { kind: 'Input', params: { shape: [784] } },
      { kind: 'Dense', name: 'dense', params: { units: 512 } },
    ]),
    'dense',
  );
  const dc = dense.layer.getConfig();
  out['dense.kernel_initializer'] = initializerName(dc.kernelInitializer);
  out['dense.bias_initializer'] = initializerName(dc.biasInitializer);
  const [kernel, bias] = dense.layer.getWeights();
  out['dense.kernel_values'] = kernelStats(kernel, Math.sqrt(6 / (784 + 512)));
  out['dense.bias_zero'] = bias.dataSync().every((v) => v === 0);
  dense.built.trainModel.dispose();

  const conv = layerOf(
    sequential([
      { kind: 'Input', params: { shape: [28, 28, 32] } },
      { kind: 'Conv2D', name: 'conv', params: { filters: 64 } },
    ]),
    'conv',
  );
  const cc = conv.layer.getConfig();
  out['conv2d.kernel_initializer'] = initializerName(cc.kernelInitializer);
  out['conv2d.bias_initializer'] = initializerName(cc.biasInitializer);
  out['conv2d.kernel_values'] = kernelStats(
    conv.layer.getWeights()[0],
    Math.sqrt(6 / (9 * 32 + 9 * 64)),
  );
  conv.built.trainModel.dispose();

  const bn = layerOf(
    sequential([
      { kind: 'Input', params: { shape: [4] } },
      { kind: 'BatchNormalization', name: 'bn' },
    ]),
    'bn',
  );
  const bc = bn.layer.getConfig();
  out['batchnorm.momentum'] = bc.momentum;
  out['batchnorm.epsilon'] = bc.epsilon;
  out['batchnorm.initializers'] = [
    bc.gammaInitializer,
    bc.betaInitializer,
    bc.movingMeanInitializer,
    bc.movingVarianceInitializer,
  ]
    .map(initializerName)
    .join(' ');
  bn.built.trainModel.dispose();

  const drop = buildModel(
    sequential([
      { kind: 'Input', params: { shape: [64] } },
      { kind: 'Dropout', params: {} },
    ]),
  );
  const distinct = (training: boolean) =>
    tf.tidy(() => {
      const y = drop.model.apply(tf.ones([64, 64]), { training }) as tf.Tensor;
      return [...new Set(y.dataSync())].sort((a, b) => a - b);
    });
  out['dropout.training'] = distinct(true);
  out['dropout.inference'] = distinct(false);
  drop.trainModel.dispose();

  const hs = buildModel(
    sequential([
      { kind: 'Input', params: { shape: [CASES.hardSigmoidAt.length] } },
      { kind: 'Activation', params: { activation: 'hard_sigmoid' } },
    ]),
  );
  out['activation.hard_sigmoid'] = tf.tidy(() =>
    Array.from((hs.model.predict(tf.tensor2d([CASES.hardSigmoidAt])) as tf.Tensor).dataSync()),
  );
  hs.trainModel.dispose();

  const training = (t: Partial<TrainingConfig>) => ({ ...defaultTrainingConfig(), ...t });
  const config = (t: Partial<TrainingConfig>) => {
    const o = makeOptimizer(training(t));
    const c = o.getConfig();
    o.dispose();
    return c;
  };
  const adam = config({ optimizer: 'adam' });
  out['adam.learning_rate'] = adam.learningRate;
  out['adam.betas'] = [adam.beta1, adam.beta2];
  out['adam.epsilon'] = adam.epsilon;
  const rms = config({ optimizer: 'rmsprop' });
  out['rmsprop.learning_rate'] = rms.learningRate;
  out['rmsprop.settings'] = [rms.decay, rms.momentum, rms.epsilon, Number(rms.centered)];
  const sgd = training({ optimizer: 'sgd' });
  out['sgd.learning_rate'] = config({ optimizer: 'sgd' }).learningRate;
  const sgdMomentum = config({ optimizer: 'sgd', momentum: 0.9 });
  out['sgd.momentum'] = [sgd.momentum, Number(sgdMomentum.useNesterov)];
  out['adam.steps'] = optimizerSteps(training({ optimizer: 'adam' }));
  out['rmsprop.steps'] = optimizerSteps(training({ optimizer: 'rmsprop' }));
  out['sgd.steps'] = optimizerSteps(training({ optimizer: 'sgd', momentum: 0.9 }));

  out['regularizer.l2'] = [
    regularizer('l2').l2,
    regularizer('l1').l1,
    regularizer('l2').l2,
    regularizer('l1').l1,
  ];
  out['regularizer.penalty'] = tf.tidy(() => {
    const built = buildModel(
      sequential([
        { kind: 'Input', params: { shape: [4] } },
        {
          kind: 'Dense',
          name: 'r',
          params: { units: 1, useBias: false, kernelRegularizer: regularizer('l2') },
        },
      ]),
    );
    built.model.getLayer('r').setWeights([tf.tensor2d(CASES.penaltyOf, [4, 1])]);
    const v = built.model.calculateLosses()[0].dataSync()[0];
    built.trainModel.dispose();
    return v;
  });

  const L = CASES.losses;
  const onehot = L.probabilities;
  out['losses.values'] = [
    lossOf('sparse_categorical_crossentropy', 0, L.classes, onehot),
    lossOf('categorical_crossentropy', 0, L.classes, onehot),
    lossOf('categorical_crossentropy', L.smoothing, L.classes, onehot),
    lossOf(
      'binary_crossentropy',
      0,
      L.binaryLabels,
      L.binaryProbabilities.map((p) => [p]),
    ),
    lossOf(
      'binary_crossentropy',
      L.smoothing,
      L.binaryLabels,
      L.binaryProbabilities.map((p) => [p]),
    ),
  ];
  out['losses.sparse_label_smoothing'] = lossOf(
    'sparse_categorical_crossentropy',
    L.smoothing,
    L.classes,
    onehot,
  );

  const es = EarlyStoppingSchema.parse({});
  out['early_stopping.defaults'] = [es.monitor, es.patience, es.minDelta, es.restoreBestWeights]
    .map(String)
    .join(' ');
  out['early_stopping.runs'] = CASES.earlyStopping.map(earlyStopping);
  out['fit.validation_split'] = CASES.validationSplits.map(([n, f]) => splitMeans(n, f));
  const t = defaultTrainingConfig();
  out['fit.batch_size'] = t.batchSize;
  out['fit.epochs'] = t.epochs;
  out['fit.shuffle'] = t.shuffle;
  return out;
}

/** Equal, numbers within a float32's precision (Keras reports float32 values as doubles). */
function expectSame(actual: unknown, expected: unknown, what: string, digits = 6) {
  if (typeof expected === 'number' && typeof actual === 'number')
    expect(actual, what).toBeCloseTo(expected, digits);
  else if (Array.isArray(expected) && Array.isArray(actual)) {
    expect(actual.length, what).toBe(expected.length);
    expected.forEach((e, i) => expectSame(actual[i], e, `${what}[${i}]`, digits));
  } else expect(actual, what).toEqual(expected);
}

/** Relative closeness for the optimizer steps (weights from 1e-3 to 3). */
function expectClose(actual: number[], expected: number[], what: string) {
  actual.forEach((a, i) =>
    expect(Math.abs(a - expected[i]), `${what}[${i}]`).toBeLessThanOrEqual(
      1e-5 * Math.max(1, Math.abs(expected[i])),
    ),
  );
}

beforeAll(async () => {
  await tf.setBackend('cpu');
  tf.env().set('PROD', true);
  keras = await runPythonJson<Values>(
    { file: path.join(ROOT, 'test/keras/py/read_defaults.py') },
    CASES,
  );
  layerlab = readLayerLab();
}, 300_000);

describe('Keras 3 defaults, number for number', () => {
  it.each(KERAS_DEFAULTS.filter((d) => d.value !== undefined).map((d) => [d.key, d.value]))(
    '%s: Keras and LayerLab both %j',
    (key, value) => {
      if (key === 'layers.params') {
        expect(paramMismatches(keras['layers.configs'] as never)).toEqual(value);
        return;
      }
      expectSame(keras[key], value as DefaultValue, `Keras ${key}`);
      // LayerLab has no setting for these: the early-stopping runs check its behaviour.
      if (key !== 'early_stopping.mode')
        expectSame(layerlab[key], value as DefaultValue, `LayerLab ${key}`);
    },
  );

  it('initial kernels: uniform up to the Glorot limit and no further, biases zero, in both', () => {
    for (const key of ['dense.kernel_values', 'conv2d.kernel_values']) {
      for (const side of [keras, layerlab]) {
        const s = side[key] as { max: number; limit: number; underHalf: number };
        expect(s.max, key).toBeLessThanOrEqual(s.limit * (1 + 1e-6));
        expect(s.max, key).toBeGreaterThan(s.limit * 0.99);
        // Half of a uniform's |w| lie under half the limit; a truncated normal's ~57 %.
        expect(Math.abs(s.underHalf - 0.5), key).toBeLessThan(0.02);
      }
    }
    expect(keras['dense.bias_zero']).toBe(true);
    expect(layerlab['dense.bias_zero']).toBe(true);
  });

  it('optimizers: the same weights after 5 steps, tiny gradients included', () => {
    for (const key of ['adam.steps', 'rmsprop.steps', 'sgd.steps'])
      expectClose(layerlab[key] as number[], keras[key] as number[], key);
  });

  it('optimizers fused into one kernel per weight (the fast kernels): the same weights', () => {
    registerFastKernels('cpu');
    try {
      const fused = {
        'adam.steps': optimizerSteps({ ...defaultTrainingConfig(), optimizer: 'adam' }),
        'rmsprop.steps': optimizerSteps({ ...defaultTrainingConfig(), optimizer: 'rmsprop' }),
        'sgd.steps': optimizerSteps({
          ...defaultTrainingConfig(),
          optimizer: 'sgd',
          momentum: 0.9,
        }),
      };
      for (const [key, values] of Object.entries(fused))
        expectClose(values, keras[key] as number[], `fused ${key}`);
    } finally {
      unregisterFastKernels('cpu');
    }
  });

  it('losses and label smoothing: the same values; integer labels smooth as one-hot ones', () => {
    expectSame(layerlab['losses.values'], keras['losses.values'], 'losses', 5);
    expect(keras['losses.sparse_has_label_smoothing']).toBe(false);
    expectSame(
      layerlab['losses.sparse_label_smoothing'],
      keras['losses.sparse_label_smoothing'],
      'sparse smoothing',
      5,
    );
    expectSame(layerlab['regularizer.penalty'], keras['regularizer.penalty'], 'L2 penalty');
  });

  it('early stopping: stops after the same epoch and keeps the same epoch’s weights', () => {
    expect(layerlab['early_stopping.runs']).toEqual(keras['early_stopping.runs']);
  });

  it('validation_split: the same training and validation rows', () => {
    expectSame(layerlab['fit.validation_split'], keras['fit.validation_split'], 'split', 4);
  });

  it('docs/keras.md shows this table', () => {
    const docs = fs.readFileSync(path.join(ROOT, 'docs/keras.md'), 'utf8');
    const section = docs.split('\n## Defaults, number for number\n')[1]?.split('\n## ')[0] ?? '';
    const lines = section.split('\n');
    const start = lines.findIndex((l) => l.startsWith('| setting |'));
    const end = lines.findIndex((l, i) => i > start && !l.startsWith('|'));
    const table = lines.slice(start, end === -1 ? undefined : end).join('\n');
    expect(table).toBe(defaultsTable());
  });
});
