/**
 * The pieces of the generated Keras script, without Python: how each setting is spelled, and what
 * each kind of validation, augmentation and graph turns into. test/keras/python-script.test.ts runs
 * the scripts in the real Keras.
 */
import { describe, expect, it } from 'vitest';
import {
  defaultTrainingConfig,
  type TrainingConfigInput,
} from '../../../src-main/contract/training.ts';
import { AugmentationSchema, TrainingConfigSchema } from '../../../src-main/contract/training.ts';
import { sequential, type AnyGraphNode } from '../../../src-main/contract/graph.ts';
import type { LayerKind } from '../../../src-main/contract/layers.ts';
import { layerCode, regularizerCode } from '../../../src-main/export/python/model-code.ts';
import { pyStr } from '../../../src-main/export/python/py.ts';
import { kerasScript } from '../../../src-main/export/python/script.ts';
import {
  earlyStoppingCode,
  lossCode,
  optimizerCode,
} from '../../../src-main/export/python/training-code.ts';
import { TEMPLATES } from '../../../src-renderer/lib/templates.ts';
import { SCRIPT_LABS, fileLabs, graphOf, labOf } from '../../helpers/python-script-labs.ts';
import { courseLayers, moons } from '../../helpers/labs.ts';

/** The warnings' English sentences, as `--json` and the script's comment have them. */
const englishOf = (warnings: { message: string }[]) => warnings.map((w) => w.message).join(' ');

const node = (kind: LayerKind, params: Record<string, unknown> = {}, name?: string) =>
  sequential([{ kind, params, name }]).nodes[0] as AnyGraphNode;
const config = (c: TrainingConfigInput) => TrainingConfigSchema.parse(c);

describe('layers as a course writes them', () => {
  it.each([
    [node('Dense', { units: 512, activation: 'relu' }), 'layers.Dense(512, activation="relu")'],
    [node('Dense', { units: 10 }), 'layers.Dense(10)'],
    [
      node('Dense', {
        units: 16,
        useBias: false,
        kernelRegularizer: { kind: 'l2', l1: 0, l2: 0.001 },
        activityRegularizer: { kind: 'l1', l1: 0.01, l2: 0 },
      }),
      // Past the line width: one argument a line.
      'layers.Dense(\n    16,\n    use_bias=False,\n    kernel_regularizer=regularizers.l2(0.001),\n    activity_regularizer=regularizers.l1(0.01),\n)',
    ],
    [
      node('Conv2D', { filters: 32, kernelSize: [3, 3], activation: 'relu' }),
      'layers.Conv2D(32, (3, 3), activation="relu")',
    ],
    [
      node('Conv2D', { filters: 8, kernelSize: [5, 5], strides: [2, 2], padding: 'same' }),
      'layers.Conv2D(8, (5, 5), strides=(2, 2), padding="same")',
    ],
    [node('MaxPooling2D'), 'layers.MaxPooling2D((2, 2))'],
    [
      node('AveragePooling2D', { poolSize: [3, 3], strides: [2, 2], padding: 'same' }),
      'layers.AveragePooling2D((3, 3), strides=(2, 2), padding="same")',
    ],
    [node('Dropout', { rate: 0.5 }), 'layers.Dropout(0.5)'],
    [node('Flatten'), 'layers.Flatten()'],
    [node('GlobalAveragePooling2D'), 'layers.GlobalAveragePooling2D()'],
    [node('Reshape', { targetShape: [784] }), 'layers.Reshape((784,))'],
    [node('Activation', { activation: 'tanh' }), 'layers.Activation("tanh")'],
    [
      node('BatchNormalization', { momentum: 0.9, epsilon: 0.00001, scale: false }),
      'layers.BatchNormalization(momentum=0.9, epsilon=1e-05, scale=False)',
    ],
    [node('Concatenate', { axis: 1 }), 'layers.Concatenate(axis=1)'],
    [node('Add'), 'layers.Add()'],
    [node('Input', { shape: [28, 28, 1] }), 'keras.Input(shape=(28, 28, 1))'],
    [node('Dense', { units: 10 }, 'dense_7'), 'layers.Dense(10)'],
    [node('Dense', { units: 10 }, 'predictions'), 'layers.Dense(10, name="predictions")'],
  ])('layer %#', (n, code) => {
    expect(layerCode(n)).toBe(code);
  });

  it.each([
    [{ kind: 'l2', l1: 0, l2: 0.001 }, 'regularizers.l2(0.001)'],
    [{ kind: 'l1', l1: 0.01, l2: 0 }, 'regularizers.l1(0.01)'],
    [{ kind: 'l1l2', l1: 0.0001, l2: 0.02 }, 'regularizers.l1_l2(l1=0.0001, l2=0.02)'],
    [{ kind: 'l2', l1: 0, l2: 0.00001 }, 'regularizers.l2(1e-05)'],
  ] as const)('regularizer %j is %s', (r, code) => {
    expect(regularizerCode(r)).toBe(code);
  });

  it('quotes strings so that any layer name stays one Python string', () => {
    expect(pyStr('say "hi"\\\n')).toBe('"say \\"hi\\"\\\\\\n"');
  });
});

describe('compile and fit settings', () => {
  it.each([
    [{}, 'keras.optimizers.Adam(learning_rate=0.001)'],
    [{ optimizer: 'rmsprop' }, 'keras.optimizers.RMSprop(learning_rate=0.001)'],
    [
      { optimizer: 'rmsprop', learningRate: 0.0005 },
      'keras.optimizers.RMSprop(learning_rate=0.0005)',
    ],
    [{ optimizer: 'sgd' }, 'keras.optimizers.SGD(learning_rate=0.01)'],
    [
      { optimizer: 'sgd', momentum: 0.9, learningRate: 0.1 },
      'keras.optimizers.SGD(learning_rate=0.1, momentum=0.9)',
    ],
  ] as const)('optimizer %j', (c, code) => {
    expect(optimizerCode(config(c))).toBe(code);
  });

  it.each([
    [{}, '"sparse_categorical_crossentropy"', false],
    // Keras' sparse loss has no label smoothing: one-hot labels and the categorical loss instead.
    [{ labelSmoothing: 0.1 }, 'keras.losses.CategoricalCrossentropy(label_smoothing=0.1)', true],
    [{ loss: 'categorical_crossentropy' }, '"categorical_crossentropy"', true],
    [{ loss: 'binary_crossentropy' }, '"binary_crossentropy"', false],
    [
      { loss: 'binary_crossentropy', labelSmoothing: 0.2 },
      'keras.losses.BinaryCrossentropy(label_smoothing=0.2)',
      false,
    ],
  ] as const)('loss %j', (c, code, oneHot) => {
    expect(lossCode(config(c))).toEqual({ code, oneHot });
  });

  it('writes early stopping with only what differs from Keras, and nothing without it', () => {
    expect(earlyStoppingCode(defaultTrainingConfig())).toBeNull();
    expect(
      earlyStoppingCode(
        config({
          earlyStopping: { monitor: 'val_accuracy', patience: 3, restoreBestWeights: true },
        }),
      ),
    ).toBe(
      'keras.callbacks.EarlyStopping(monitor="val_accuracy", patience=3, restore_best_weights=True)',
    );
  });
});

describe('the whole script', () => {
  const script = (training: TrainingConfigInput) => kerasScript(moons({ training })).code;

  it.each([
    [{ validation: { kind: 'split', fraction: 0.2 } }, ['validation_split=0.2,'], ['x_val']],
    [
      { validation: { kind: 'split', fraction: 0.2 }, trainSubset: 100 },
      [
        'split_at = int(len(x_train) * (1 - 0.2))',
        'x_train, y_train = x_train[:100], y_train[:100]',
        'validation_data=(x_val, y_val),',
      ],
      ['validation_split=0.2,'],
    ],
    [{ validation: { kind: 'test' } }, ['validation_data=(x_test, y_test),'], ['validation_split']],
    [{ validation: { kind: 'none' } }, [], ['validation_data', 'validation_split', 'val_loss']],
    [
      { validation: { kind: 'kfold', folds: 5, fold: 2, seed: 7 } },
      [
        'folds = np.array_split(np.random.default_rng(7).permutation(len(x_train)), 5)',
        'val_rows, train_rows = folds[2], np.concatenate(folds[:2] + folds[3:])',
      ],
      ['validation_split'],
    ],
    [
      { shuffleLabels: true, seed: 5 },
      ['y_train = np.random.default_rng(5).permutation(y_train)', 'keras.utils.set_random_seed(5)'],
      [],
    ],
    [{ shuffle: false }, ['shuffle=False,'], []],
    [
      { labelSmoothing: 0.1, validation: { kind: 'test' } },
      [
        'y_train = keras.utils.to_categorical(y_train, 2)',
        'y_test = keras.utils.to_categorical(y_test, 2)',
      ],
      [],
    ],
  ] as const)('validation and labels %j', (training, present, absent) => {
    const code = script(training as TrainingConfigInput);
    for (const line of present) expect(code).toContain(line);
    for (const text of absent) expect(code).not.toContain(text);
  });

  it('turns augmentation into preprocessing layers on a tf.data pipeline, and says so', () => {
    const { code, warnings } = kerasScript(SCRIPT_LABS['CNN with augmentation and a subset']());
    expect(code).toContain('import tensorflow as tf');
    expect(code).toContain('layers.RandomRotation(0.04167, fill_mode="constant")');
    // Shifts as ImageDataGenerator makes them: width_shift_range 0.1 (of the width) up and down,
    // height_shift_range 2 pixels (of 28) sideways.
    expect(code).toContain('layers.RandomTranslation(0.1, 0.07143, fill_mode="constant")');
    expect(code).toContain('layers.RandomShear(x_factor=0.1763, fill_mode="constant")');
    expect(code).toContain('layers.RandomZoom(0.1, 0.1, fill_mode="constant")');
    expect(code).toContain('layers.RandomFlip("horizontal")');
    expect(code).toContain('.map(lambda x, y: (augment(x, training=True), y))');
    expect(code).toContain('history = model.fit(\n    train_ds,\n    epochs=3,');
    expect(englishOf(warnings)).toMatch(/no ImageDataGenerator/);
  });

  it('writes vertical flips and cval as RandomFlip and fill_value', () => {
    const lab = SCRIPT_LABS['flattened MLP with augmentation, one-hot labels']();
    const augmentation = AugmentationSchema.parse({
      rotationRange: 10,
      verticalFlip: true,
      horizontalFlip: true,
      fillMode: 'constant',
      cval: 0.5,
    });
    const { code } = kerasScript({ ...lab, training: { ...lab.training, augmentation } });
    expect(code).toContain('layers.RandomRotation(0.02778, fill_mode="constant", fill_value=0.5)');
    expect(code).toContain('layers.RandomFlip("horizontal_and_vertical")');
    const vertical = AugmentationSchema.parse({ verticalFlip: true });
    const only = kerasScript({ ...lab, training: { ...lab.training, augmentation: vertical } });
    expect(only.code).toContain('layers.RandomFlip("vertical")');
  });

  it('keeps augmented images as images and reshapes them for a flat model', () => {
    const { code } = kerasScript(SCRIPT_LABS['flattened MLP with augmentation, one-hot labels']());
    expect(code).toContain('x_train = x_train.reshape((-1, 28, 28, 1))');
    expect(code).toContain('layers.Reshape((784,)),');
    expect(code).toContain('x_test = x_test.reshape((-1, 784))');
  });

  it('writes branches and merges with the functional API', () => {
    const { code } = kerasScript(SCRIPT_LABS['functional residual MLP with Add and Concatenate']());
    expect(code).toContain('inputs = keras.Input(shape=(784,))');
    expect(code).toContain('dense = layers.Dense(32, activation="relu")(inputs)');
    expect(code).toContain('add = layers.Add()([dense, dense_1])');
    expect(code).toContain('concatenate = layers.Concatenate()([add, dense])');
    expect(code).toContain('outputs = layers.Dense(10, activation="softmax")(dropout)');
    expect(code).toContain('model = keras.Model(inputs, outputs)');
    expect(code).not.toContain('Sequential');
  });

  it('gives a layer variable a name that does not shadow the script’s own', () => {
    const lab = labOf(
      'shadow',
      graphOf([
        ['in', 'Input', { shape: [2] }, []],
        ['a', 'Dense', { units: 4 }, ['in']],
        ['b', 'Dense', { units: 4 }, ['in']],
        ['c', 'Concatenate', {}, ['a', 'b']],
        ['out', 'Dense', { units: 2, activation: 'softmax' }, ['c']],
      ]),
      { kind: 'synthetic', shape: 'moons' },
    );
    lab.graph.nodes[1].name = 'model';
    lab.graph.nodes[2].name = 'my layer';
    const { code } = kerasScript(lab);
    expect(code).toContain('model_1 = layers.Dense(4, name="model")(inputs)');
    expect(code).toContain('my_layer = layers.Dense(4, name="my layer")(inputs)');
    expect(code).toContain('layers.Concatenate()([model_1, my_layer])');
  });

  it('loads IMDB as multi-hot vectors of the lab’s vocabulary, and warns about the tokenizer', () => {
    const { code, warnings } = kerasScript(TEMPLATES.imdb.make());
    expect(code).toContain('keras.datasets.imdb.load_data(num_words=10000)');
    expect(code).toContain('def vectorize_sequences(sequences, dimension=10000):');
    expect(code).toContain('loss="binary_crossentropy"');
    expect(englishOf(warnings)).toMatch(/tokeniz/);
  });

  it.each([
    ['an .npz file with a test split', 'np.load("/data/data.npz")'],
    ['an image folder', 'keras.utils.image_dataset_from_directory('],
  ])('loads %s by its path', (id, text) => {
    expect(kerasScript(fileLabs('/data')[id]).code).toContain(text);
  });

  it('reads a CSV with pandas, the label column by name', () => {
    const lab = labOf(
      'csv',
      [
        { kind: 'Input', params: { shape: [4] } },
        { kind: 'Dense', params: { units: 3, activation: 'softmax' } },
      ],
      { kind: 'file', path: 'iris.csv', labelColumn: 'species' },
      { validation: { kind: 'split', fraction: 0.2 } },
    );
    const { code } = kerasScript(lab);
    expect(code).toContain('import pandas as pd');
    expect(code).toContain('labels = table.pop("species")');
    expect(code).toContain('classes, y_train = np.unique(labels.to_numpy(), return_inverse=True)');
  });

  it('writes a grid over layer settings and the learning rate as a loop behind RUN_GRID', () => {
    const { code, warnings } = kerasScript(
      moons({
        grid: {
          params: [
            { path: 'layers.dense.units', values: [4, 8] },
            { path: 'layers.dense.kernelRegularizer.l2', values: [0.01] },
            { path: 'training.learningRate', values: [0.1, 0.01] },
          ],
          evaluation: { kind: 'kfold', folds: 3, seed: 2 },
        },
      }),
    );
    expect(code).toContain('RUN_GRID = False');
    expect(code).toContain('def build_model(dense_units, dense_l2, learning_rate):');
    // Wrapped at the script's line width, with the variables in place.
    expect(code).toContain(
      '            layers.Dense(\n                dense_units,\n                activation="relu",\n                kernel_regularizer=regularizers.l2(dense_l2),\n            ),',
    );
    expect(code).toContain('from keras import layers, regularizers');
    expect(code).toContain('optimizer=keras.optimizers.Adam(learning_rate=learning_rate),');
    expect(code).toContain('{"dense_units": 8, "dense_l2": 0.01, "learning_rate": 0.01},');
    expect(code).toContain(
      'folds = np.array_split(np.random.default_rng(2).permutation(len(x_pool)), 3)',
    );
    expect(code).toContain('print("Best setting:", max(scores, key=scores.get))');
    // The lab's own model is still written with its own values.
    expect(code).toContain('        layers.Dense(8, activation="relu"),');
    expect(englishOf(warnings)).toMatch(/RUN_GRID = False: plain numpy folds/);
  });

  it("gives one argument to every layer a sweep drives: the course's dropout x L2 grid", () => {
    const base = moons();
    const lab = {
      ...base,
      graph: sequential(courseLayers([2], 8, 2)),
      grid: moons({
        grid: {
          params: [
            { path: 'layers.*Dropout.rate', values: [0.3, 0.5, 0.7] },
            { path: 'layers.dense+dense_1.kernelRegularizer.l2', values: [0.001, 0.01, 0.1] },
          ],
        },
      }).grid,
    };
    const { code } = kerasScript(lab);
    expect(code).toContain('def build_model(dropout_rate, dense_l2):');
    expect(code.match(/layers\.Dropout\(dropout_rate\)/g)).toHaveLength(2);
    expect(code.match(/kernel_regularizer=regularizers\.l2\(dense_l2\)/g)).toHaveLength(2);
    // The output layer is not in the sweep: it keeps no regularizer.
    expect(code).toContain('            layers.Dense(2, activation="softmax"),');
    expect(code).toContain('{"dropout_rate": 0.7, "dense_l2": 0.1},');
    expect(code.match(/^ {8}\{"dropout_rate"/gm)).toHaveLength(9);
  });

  it('says what it leaves out: a grid over the optimizer', () => {
    const lab = moons({
      grid: { params: [{ path: 'training.optimizer', values: ['adam', 'sgd'] }] },
    });
    const { code, warnings } = kerasScript(lab);
    expect(code).not.toContain('RUN_GRID');
    expect(englishOf(warnings)).toMatch(
      /grid \(over training\.optimizer\) is not in the script, since it sweeps training\.optimizer/,
    );
    expect(code).toContain("# - The lab's grid (over training.optimizer) is not in the script");
  });

  it('writes a graph that is still being drawn, with a warning instead of an error', () => {
    const lab = moons();
    lab.graph.edges = [];
    const { code, warnings } = kerasScript(lab);
    expect(warnings[0].message).toMatch(/^The model is not valid yet/);
    expect(code).toContain('model = keras.Sequential(');
  });

  it('matches the golden script of the Small CNN template', async () => {
    await expect(kerasScript(TEMPLATES.cnn.make()).code).toMatchFileSnapshot(
      './golden/small-cnn.py',
    );
  });
});
