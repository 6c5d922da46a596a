/**
 * The oracle itself: the test environment runs the Keras that test/keras/requirements.txt pins, and
 * the offline stubs hand course code data of the real shapes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPythonJson } from '../helpers/keras-python.ts';

const pinned = (name: string) =>
  readFileSync(path.join(import.meta.dirname, 'requirements.txt'), 'utf8').match(
    new RegExp(`^${name}==(\\S+)`, 'm'),
  )?.[1];

describe('the Keras test environment', () => {
  it('is Keras 3 on TensorFlow, at the pinned versions, with the stubs working offline', async () => {
    const r = await runPythonJson<{ keras: string; tf: string; mnist: number[]; imdb: number }>({
      code: `
import json, stubs
stubs.install()
import keras, tensorflow as tf
(x, y), _ = keras.datasets.mnist.load_data()
(t, _), _ = keras.datasets.imdb.load_data(num_words=100)
print(json.dumps({'keras': keras.__version__, 'tf': tf.__version__, 'mnist': list(x.shape),
                  'imdb': int(max(max(s) for s in t))}))
`,
    });
    expect(r.keras).toBe(pinned('keras'));
    expect(r.tf).toBe(pinned('tensorflow-cpu'));
    expect(r.mnist).toEqual([256, 28, 28]);
    expect(r.imdb).toBeLessThan(100);
  });
});
