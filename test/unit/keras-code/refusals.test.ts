/**
 * Code LayerLab refuses: one sentence each, as a `KerasJsonError` (a `LayerLabError` with the
 * 'invalid-document' code) with a stable reason.
 */
import { describe, expect, it } from 'vitest';
import { LayerLabError } from '../../../src-main/contract/errors.ts';
import { KerasJsonError } from '../../../src-main/export/keras-json.ts';
import { importKerasCode } from '../../../src-main/export/python/import-code.ts';

const refusal = (code: string): KerasJsonError => {
  try {
    importKerasCode(code, 'model.py');
  } catch (e) {
    expect(e).toBeInstanceOf(KerasJsonError);
    expect(e).toBeInstanceOf(LayerLabError);
    expect((e as KerasJsonError).code).toBe('invalid-document');
    // One sentence: no line breaks, ends with a full stop.
    expect((e as Error).message).not.toContain('\n');
    expect((e as Error).message.endsWith('.')).toBe(true);
    return e as KerasJsonError;
  }
  throw new Error('the code was imported, not refused');
};

describe('refused Keras code', () => {
  it.each([
    ['empty code', '  \n\n', 'not-a-model', /model\.py is empty/],
    [
      'prose',
      'Build a network with two hidden layers: (64 units, relu) and then ?? softmax!\nThen train it.',
      'not-a-model',
      /model\.py is not Python code LayerLab can read \(the first problem is on line 1\)/,
    ],
    [
      'C code',
      '#include <stdio.h>\nint main(void) { printf("hi"); return 0; }\n',
      'not-a-model',
      /is not Python code/,
    ],
    [
      'Keras model JSON',
      '{"class_name": "Sequential", "config": {"layers": []}}',
      'not-a-model',
      /looks like a Keras model JSON/,
    ],
    [
      'Python without a model',
      'import numpy as np\nx = np.zeros(3)\nprint(x)\n',
      'not-a-model',
      /builds no Keras model LayerLab can follow/,
    ],
    [
      'a PyTorch model',
      'import torch.nn as nn\nmodel = nn.Sequential(nn.Linear(784, 10))\n',
      'not-a-model',
      /builds no Keras model/,
    ],
    [
      'a Sequential without an input shape or data',
      'from keras import layers, Sequential\nmodel = Sequential([layers.Dense(10)])\n',
      'no-input-shape',
      /the Sequential model made at line 2 has no input shape.*input_shape=/,
    ],
    [
      'a Sequential of layers LayerLab does not have',
      'from keras import layers, Sequential\nmodel = Sequential([layers.LSTM(8, input_shape=(5, 3))])\n',
      'bad-graph',
      /at line 2 has no layer LayerLab can import/,
    ],
    [
      'a model with two inputs',
      `from keras import layers, Model, Input
a = Input(shape=(3,))
b = Input(shape=(4,))
model = Model([a, b], layers.Dense(1)(layers.concatenate([a, b])))
`,
      'bad-graph',
      /the model made at line 4 takes 2 inputs/,
    ],
    [
      'a model whose output does not come from its input',
      `from keras import layers, Model, Input
a = Input(shape=(3,))
b = Input(shape=(3,))
model = Model(a, layers.Dense(1)(b))
`,
      'bad-graph',
      /depends on the Input 'input_layer_1' \(line 3\), which is not the model's input/,
    ],
    [
      'a value Keras would refuse',
      'from keras import layers, Sequential\nmodel = Sequential([layers.Dense("many", input_shape=(3,))])\n',
      'bad-value',
      /Dense layer 'dense' has units "many"; expected a whole number \(line 2\)\./,
    ],
  ])('%s', (_, code, reason, message) => {
    const e = refusal(code);
    expect(e.reason).toBe(reason);
    expect(e.message).toMatch(message);
  });
});
