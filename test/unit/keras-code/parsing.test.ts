/**
 * The evaluator over the Python syntax tree: literals, imports and aliases, variables, functions,
 * loops and branches, notebook magics, and the line numbers warnings carry.
 */
import { describe, expect, it } from 'vitest';
import { importKerasCode } from '../../../src-main/export/python/import-code.ts';
import { numberValue, stringValue } from '../../../src-main/export/python/syntax.ts';

const imp = (code: string) => importKerasCode(code, 'cell.py');
const layers = (code: string) =>
  imp(code).lab.graph.nodes.map(
    (n) => ({ name: n.name, kind: n.kind, ...n.params }) as Record<string, unknown>,
  );

describe('Python literals', () => {
  it.each([
    ['1e-3', 0.001],
    ['1_000', 1000],
    ['10.', 10],
    ['.5', 0.5],
    ['0x10', 16],
    ['0o17', 15],
    ['0b101', 5],
  ])('reads the number %s', (text, value) => expect(numberValue(text)).toBe(value));

  it.each([
    [`'relu'`, 'relu'],
    [`"a\\tb"`, 'a\tb'],
    [`r'a\\n'`, 'a\\n'],
    [`'''three'''`, 'three'],
    [`b'x'`, 'x'],
  ])('reads the string %s', (text, value) => expect(stringValue(text)).toBe(value));
});

describe('the Python subset', () => {
  it('follows aliases, arithmetic, variables and keyword arguments', () => {
    const [, dense] = layers(`
import tensorflow as tf
K = tf.keras
units = 2 ** 5 + 2 * 16
act = 'rel' + 'u'
model = K.models.Sequential([K.layers.Dense(units=units, activation=act, input_shape=(8,))])
`);
    expect(dense).toMatchObject({ kind: 'Dense', units: 64, activation: 'relu' });
  });

  it('follows star imports, from-imports with aliases and old module paths', () => {
    const nodes = layers(`
from keras.layers import *
from keras.layers.core import Dense as D
from tensorflow.keras.models import Sequential as Seq
model = Seq([Flatten(input_shape=(28, 28)), D(10, activation='softmax')])
`);
    expect(nodes.map((n) => n.kind)).toEqual(['Input', 'Flatten', 'Dense']);
  });

  it('calls functions with defaults, keywords and *args, and nested helpers', () => {
    const nodes = layers(`
from keras import layers, models
def block(model, units, rate=0.5):
    model.add(layers.Dense(units, activation='relu'))
    if rate:
        model.add(layers.Dropout(rate))
def build(*sizes, out=10):
    model = models.Sequential([layers.Input(shape=(784,))])
    for s in sizes:
        block(model, s, rate=0.25 if s > 100 else 0)
    model.add(layers.Dense(out))
    return model
model = build(256, 64, out=3)
`);
    expect(nodes.map((n) => [n.kind, n.units ?? n.rate ?? null])).toEqual([
      ['Input', null],
      ['Dense', 256],
      ['Dropout', 0.25],
      ['Dense', 64],
      ['Dense', 3],
    ]);
  });

  it('follows loops over lists, ranges, enumerate and zip, with break and continue', () => {
    const nodes = layers(`
from keras import layers, Sequential
model = Sequential()
model.add(layers.Input(shape=(4,)))
for i, (units, act) in enumerate(zip([8, 16, 32, 64], ['relu', 'tanh', 'elu', 'selu'])):
    if units == 16:
        continue
    if i == 3:
        break
    model.add(layers.Dense(units, activation=act))
for _ in range(2):
    model.add(layers.Dropout(0.1))
`);
    expect(nodes.map((n) => n.activation ?? n.kind)).toEqual([
      'Input',
      'relu',
      'elu',
      'Dropout',
      'Dropout',
    ]);
  });

  it('appends layers to a list before handing it to Sequential', () => {
    const nodes = layers(`
import keras
stack = [keras.layers.Dense(5, input_shape=(3,))]
stack.append(keras.layers.Dense(2))
stack += [keras.layers.Activation('softmax')]
model = keras.Sequential(stack)
`);
    expect(nodes.map((n) => n.kind)).toEqual(['Input', 'Dense', 'Dense', 'Activation']);
  });

  it('names layers as Keras does, and keeps name=', () => {
    const nodes = layers(`
from keras import layers, Model, Input
i = Input(shape=(28, 28, 1))
x = layers.Conv2D(8, 3)(i)
x = layers.Conv2D(8, 3, name='second')(x)
x = layers.Conv2D(8, 3)(x)
x = layers.MaxPooling2D()(x)
x = layers.BatchNormalization()(x)
x = layers.GlobalAveragePooling2D()(x)
model = Model(i, layers.Dense(10)(x))
`);
    expect(nodes.map((n) => n.name)).toEqual([
      'input_layer',
      'conv2d',
      'second',
      'conv2d_1',
      'max_pooling2d',
      'batch_normalization',
      'global_average_pooling2d',
      'dense',
    ]);
  });

  it('skips notebook magics, shell escapes, prints and plots without a warning', () => {
    const r = imp(`%matplotlib inline
!pip install tensorflow
import matplotlib.pyplot as plt
import keras
from keras import layers, Sequential
print("hello", 1 + 2)
model = Sequential([layers.Dense(1, input_shape=(2000,))])
model.summary()
model.compile(optimizer='adam', loss='binary_crossentropy')
(x, y), _ = keras.datasets.imdb.load_data(num_words=2000)
model.fit(x, y)
plt.plot([1, 2]); plt.show()
`);
    expect(r.warnings).toEqual([]);
  });

  it('reads code that starts with a byte order mark', () => {
    expect(
      layers(
        '\uFEFFimport keras\nmodel = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])',
      ),
    ).toHaveLength(2);
  });

  it('gives each warning the 1-based line of the code at fault', () => {
    const r = imp(`from keras import layers, models, optimizers

model = models.Sequential()
model.add(layers.Dense(32, input_shape=(10,)))
model.add(layers.LSTM(8))
model.add(layers.Dense(1, kernel_initializer='he_normal',
                       kernel_constraint='max_norm'))
model.compile(optimizer=optimizers.Adagrad(0.1),
              loss='mse')
x = = 2
`);
    const at = (line: number) => r.warnings.filter((w) => w.line === line).map((w) => w.message);
    expect(at(5).join()).toContain('LSTM is a Keras layer LayerLab does not have');
    expect(at(6).join()).toContain("kernel_initializer is 'he_normal'");
    expect(at(6).join()).toContain("kernel_constraint is 'max_norm'");
    expect(at(8).join()).toContain('the optimizer Adagrad is not available');
    expect(at(8).join()).toContain("the loss 'mse' is not available");
    expect(at(10).join()).toContain('not Python LayerLab can read');
  });

  it('reports a skipped loop or branch only when it builds the model', () => {
    const r = imp(`import keras
model = keras.Sequential([keras.Input(shape=(3,))])
for k in some_list_from_elsewhere:
    model.add(keras.layers.Dense(k))
for k in other_values:
    print(k)
while True:
    model.add(keras.layers.Dense(2))
model.add(keras.layers.Dense(1))
`);
    const loops = r.warnings.filter((w) => w.message.includes('loop'));
    expect(loops.map((w) => w.line)).toEqual([3, 7]);
  });
});
