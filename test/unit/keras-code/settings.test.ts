/**
 * compile/fit, callbacks, augmentation, data and seeds as lab settings, and the warnings for what
 * LayerLab cannot carry over (each with its line and what to do). The lab always parses and its
 * graph validates.
 */
import { describe, expect, it } from 'vitest';
import { parseLab } from '../../../src-main/contract/lab.ts';
import { analyzeGraph } from '../../../src-main/contract/validate.ts';
import { importKerasCode } from '../../../src-main/export/python/import-code.ts';

const HEAD = `import numpy as np
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers
(x_train, y_train), (x_test, y_test) = keras.datasets.mnist.load_data()
model = keras.Sequential([layers.Flatten(input_shape=(28, 28)), layers.Dense(10, activation='softmax')])
`;
/** Imports HEAD + `tail` (tail starts on line 7). */
const imp = (tail: string) => {
  const r = importKerasCode(HEAD + tail, 'nb.py');
  expect(parseLab(r.lab)).toEqual(r.lab);
  expect(analyzeGraph(r.lab.graph).ok).toBe(true);
  return r;
};
const training = (tail: string) => imp(tail).lab.training;
const warningsAt = (tail: string, line: number) =>
  imp(tail)
    .warnings.filter((w) => w.line === line)
    .map((w) => w.message)
    .join(' | ');
const FIT = "model.compile('adam', 'sparse_categorical_crossentropy')\n";

describe('training settings from compile and fit', () => {
  it('takes optimizer objects with their learning rates, momentum and legacy lr=', () => {
    expect(
      training(
        "model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.1, momentum=0.5), loss='sparse_categorical_crossentropy')\n",
      ),
    ).toMatchObject({ optimizer: 'sgd', learningRate: 0.1, momentum: 0.5 });
    expect(
      training(
        "opt = tf.keras.optimizers.RMSprop(lr=0.01)\nmodel.compile(opt, loss='sparse_categorical_crossentropy')\n",
      ),
    ).toMatchObject({ optimizer: 'rmsprop', learningRate: 0.01 });
    expect(
      training("model.compile(optimizer='Adam', loss='sparse_categorical_crossentropy')\n"),
    ).toMatchObject({ optimizer: 'adam', learningRate: null });
  });

  it("uses Keras' compile default, rmsprop, when no optimizer is given", () => {
    expect(training("model.compile(loss='sparse_categorical_crossentropy')\n").optimizer).toBe(
      'rmsprop',
    );
  });

  it('takes loss objects and label smoothing', () => {
    expect(
      training('model.compile(loss=keras.losses.CategoricalCrossentropy(label_smoothing=0.1))\n'),
    ).toMatchObject({ loss: 'categorical_crossentropy', labelSmoothing: 0.1 });
    expect(training('model.compile(loss=keras.losses.binary_crossentropy)\n').loss).toBe(
      'binary_crossentropy',
    );
  });

  it('turns one-hot labels with a sparse loss into categorical cross-entropy, with a warning', () => {
    const tail = `${FIT}y = keras.utils.to_categorical(y_train, 10)\nmodel.fit(x_train, y, epochs=2)\n`;
    expect(training(tail).loss).toBe('categorical_crossentropy');
    expect(warningsAt(tail, 9)).toContain('one-hot (to_categorical)');
  });

  it('reads fit settings: epochs, batch size, validation, shuffle, subset', () => {
    expect(
      training(
        `${FIT}model.fit(x_train[:1000], y_train[:1000], epochs=7, batch_size=16, shuffle=False, validation_data=(x_test, y_test))\n`,
      ),
    ).toMatchObject({
      epochs: 7,
      batchSize: 16,
      shuffle: false,
      trainSubset: 1000,
      validation: { kind: 'test' },
    });
    expect(training(`${FIT}model.fit(x_train, y_train)\n`)).toMatchObject({
      epochs: 1,
      batchSize: 32,
      validation: { kind: 'none' },
      trainSubset: null,
    });
    expect(
      training(
        `${FIT}n = 5000\nsmall = x_train[:n]\nmodel.fit(small, y_train[:n], validation_split=0.2)\n`,
      ),
    ).toMatchObject({ trainSubset: 5000, validation: { kind: 'split', fraction: 0.2 } });
  });

  it('validates on the whole test set, saying so when the code takes part of it', () => {
    const tail = `${FIT}model.fit(x_train, y_train, validation_data=(x_test[:500], y_test[:500]))\n`;
    expect(training(tail).validation).toEqual({ kind: 'test' });
    expect(warningsAt(tail, 8)).toContain('500 of the 10000 test examples');
  });

  it('reads tf.data pipelines: their data, their batch size', () => {
    const tail = `${FIT}train_ds = tf.data.Dataset.from_tensor_slices((x_train[:3000], y_train[:3000])).shuffle(1000).batch(64)\ntest_ds = tf.data.Dataset.from_tensor_slices((x_test, y_test)).batch(64).prefetch(1)\nmodel.fit(train_ds, epochs=3, validation_data=test_ds)\n`;
    expect(training(tail)).toMatchObject({
      batchSize: 64,
      epochs: 3,
      trainSubset: 3000,
      validation: { kind: 'test' },
    });
  });

  it("reads scikit-learn's train_test_split as a validation split, with a warning", () => {
    const tail = `${FIT}from sklearn.model_selection import train_test_split\nx_tr, x_val, y_tr, y_val = train_test_split(x_train, y_train, test_size=0.1, random_state=0)\nmodel.fit(x_tr, y_tr, validation_data=(x_val, y_val))\n`;
    expect(training(tail)).toMatchObject({
      validation: { kind: 'split', fraction: 0.1 },
      trainSubset: null,
    });
    expect(warningsAt(tail, 9)).toContain('train_test_split holds out examples drawn at random');
  });

  it('reads a hold-out taken from the end of the training data as validation_split', () => {
    const tail = `${FIT}x_val, y_val = x_train[-12000:], y_train[-12000:]\nmodel.fit(x_train[:-12000], y_train[:-12000], validation_data=(x_val, y_val))\n`;
    const r = imp(tail);
    expect(r.lab.training).toMatchObject({
      validation: { kind: 'split', fraction: 0.2 },
      trainSubset: null,
    });
    expect(r.warnings.filter((w) => w.line !== null)).toEqual([]);
  });

  it('accepts accuracy metrics as objects, and tf.keras 2 regularizer factors named l', () => {
    const r = imp(
      "model.compile(loss='sparse_categorical_crossentropy', metrics=[keras.metrics.SparseCategoricalAccuracy(), 'acc'])\nextra = layers.Dense(3, kernel_regularizer=keras.regularizers.l2(l=0.05))\n",
    );
    expect(r.warnings.filter((w) => w.message.includes('metric'))).toEqual([]);
    expect(r.lab.graph.nodes).toHaveLength(3);
  });

  it('reads EarlyStopping, positional or by keyword, and warns about other callbacks', () => {
    const tail = `${FIT}cb = [keras.callbacks.EarlyStopping('val_loss', 0.01, 3, mode='max'),\n      keras.callbacks.ModelCheckpoint('best.keras')]\nmodel.fit(x_train, y_train, callbacks=cb)\n`;
    expect(training(tail).earlyStopping).toEqual({
      monitor: 'val_loss',
      minDelta: 0.01,
      patience: 3,
      restoreBestWeights: false,
    });
    expect(warningsAt(tail, 8)).toContain("EarlyStopping's mode is not available");
    expect(warningsAt(tail, 9)).toContain(
      'ModelCheckpoint(...) is not available in LayerLab (it has EarlyStopping)',
    );
  });

  it('reads ImageDataGenerator settings through datagen.flow, and warns about the others', () => {
    const tail = `${FIT}gen = keras.preprocessing.image.ImageDataGenerator(rotation_range=20, horizontal_flip=True,\n      rescale=1/255, brightness_range=[0.5, 1])\nmodel.fit(gen.flow(x_train, y_train, batch_size=50), epochs=3)\n`;
    const t = training(tail);
    expect(t).toMatchObject({ batchSize: 50, epochs: 3 });
    expect(t.augmentation).toMatchObject({ rotationRange: 20, horizontalFlip: true, zoomRange: 0 });
    expect(warningsAt(tail, 8)).toContain("ImageDataGenerator's brightness_range is not available");
  });

  it('reads every ImageDataGenerator option LayerLab has, and a zoom_range pair', () => {
    const tail = `${FIT}gen = keras.preprocessing.image.ImageDataGenerator(width_shift_range=0.1, height_shift_range=3, shear_range=8,\n      zoom_range=[0.8, 1.2], vertical_flip=True, fill_mode='constant', cval=0.5)\nmodel.fit(gen.flow(x_train, y_train))\n`;
    expect(training(tail).augmentation).toEqual({
      rotationRange: 0,
      widthShiftRange: 0.1,
      heightShiftRange: 3,
      shearRange: 8,
      zoomRange: 0.2,
      horizontalFlip: false,
      verticalFlip: true,
      fillMode: 'constant',
      cval: 0.5,
    });
    const skewed = `${FIT}gen = keras.preprocessing.image.ImageDataGenerator(zoom_range=[0.9, 1.3])\nmodel.fit(gen.flow(x_train, y_train))\n`;
    expect(training(skewed).augmentation).toMatchObject({ zoomRange: 0.3 });
    expect(warningsAt(skewed, 8)).toContain('zoom_range=[0.9, 1.3] is not centred on 1');
  });

  it('reads seeds and shuffled labels', () => {
    expect(
      training(
        `keras.utils.set_random_seed(3)\nnp.random.shuffle(y_train)\n${FIT}model.fit(x_train, y_train)\n`,
      ),
    ).toMatchObject({ seed: 3, shuffleLabels: true });
    expect(training(`tf.random.set_seed(11)\n${FIT}`).seed).toBe(11);
  });

  it('leaves out-of-range settings at their defaults, with a warning', () => {
    const r = imp(`${FIT}model.fit(x_train, y_train, epochs=0)\n`);
    expect(r.lab.training.epochs).toBe(1);
    expect(r.warnings.map((w) => w.message).join()).toContain(
      'the training setting epochs = 0 is not possible',
    );
  });
});

describe('datasets', () => {
  it.each([
    ['keras.datasets.fashion_mnist.load_data()', { kind: 'builtin', name: 'fashion-mnist' }],
    ['tf.keras.datasets.mnist.load_data()', { kind: 'builtin', name: 'mnist' }],
    [
      'keras.datasets.imdb.load_data(num_words=5000)',
      { kind: 'builtin', name: 'imdb', numWords: 5000 },
    ],
  ])('%s', (load, ref) => {
    const r = importKerasCode(
      `from tensorflow import keras\nimport tensorflow as tf\n(a, b), (c, d) = ${load}\nmodel = keras.Sequential([keras.layers.Dense(1, input_shape=(5000,))])\nmodel.compile('adam', 'binary_crossentropy')\nmodel.fit(a, b)\n`,
      'x.py',
    );
    expect(r.lab.dataset).toMatchObject(ref);
  });

  it('warns about datasets LayerLab does not have', () => {
    const r = importKerasCode(
      'from tensorflow import keras\n(a, b), _ = keras.datasets.cifar10.load_data()\nmodel = keras.Sequential([keras.Input((32, 32, 3)), keras.layers.Flatten(), keras.layers.Dense(10)])\n',
      'x.py',
    );
    expect(r.warnings.find((w) => w.line === 2)?.message).toContain(
      'cifar10 is not a dataset LayerLab has',
    );
  });
});

describe('what cannot be mapped still imports, with a warning at its line', () => {
  it('leaves out unknown layers and passes their input on in functional models', () => {
    const r = importKerasCode(
      `from keras import layers, Model, Input
i = Input(shape=(10,))
x = layers.Dense(8)(i)
x = layers.LeakyReLU()(x)
x = layers.Dense(2)(x)
model = Model(i, x)
`,
      'f.py',
    );
    expect(r.lab.graph.nodes.map((n) => n.name)).toEqual(['input_layer', 'dense', 'dense_1']);
    expect(r.warnings.find((w) => w.line === 4)?.message).toContain(
      'LeakyReLU is a Keras layer LayerLab does not have',
    );
  });

  it('gives a shared layer a copy of its own, with a warning', () => {
    const r = importKerasCode(
      `from keras import layers, Model, Input
i = Input(shape=(4,))
shared = layers.Dense(4)
a = shared(i)
b = shared(a)
model = Model(i, b)
`,
      's.py',
    );
    expect(r.lab.graph.nodes.map((n) => n.name)).toEqual(['input_layer', 'dense', 'dense_1']);
    expect(r.warnings.find((w) => w.line === 5)?.message).toContain(
      'called again here (a shared layer)',
    );
  });

  it('imports the model trained last when the code builds several', () => {
    const r = imp(
      `${FIT}small = keras.Sequential([layers.Flatten(input_shape=(28, 28)), layers.Dense(10)])\nsmall.compile('sgd', 'sparse_categorical_crossentropy')\nsmall.fit(x_train, y_train)\nmodel.fit(x_train, y_train, epochs=4)\n`,
    );
    expect(r.lab.training).toMatchObject({ optimizer: 'adam', epochs: 4 });
    expect(r.warnings.find((w) => w.line === 6)?.message).toContain('the code builds 2 models');
  });

  it('warns about custom losses, metrics and optimizer settings', () => {
    const tail =
      "def my_loss(y, p):\n    return 0\nmodel.compile(optimizer=keras.optimizers.Adam(1e-3, beta_1=0.8), loss=my_loss, metrics=['accuracy', 'mae'])\n";
    const text = warningsAt(tail, 9);
    expect(text).toContain("the optimizer's beta_1 is not available");
    expect(text).toContain('the loss a value is not available');
    expect(text).toContain("the metric 'mae' is not reported");
  });

  it('imports a model that is never compiled or trained, saying so', () => {
    const r = importKerasCode(
      'import keras\nmodel = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])\n',
      'm.py',
    );
    expect(r.warnings.map((w) => w.message).join()).toContain('never compiled');
    expect(r.lab).toMatchObject({ name: 'm', description: 'Imported from m.py.' });
    const pasted = importKerasCode(
      'import keras\nmodel = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])\n',
      'the Keras code',
    );
    expect(pasted.lab).toMatchObject({
      name: 'Keras code',
      description: 'Imported from Keras code.',
    });
  });
});
