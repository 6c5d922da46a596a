/**
 * A run's history CSV against the file Keras' own CSVLogger writes for a fit with validation and an
 * L2 penalty: the same leading columns in the same order, and epochs counted the same way (from 0).
 */
import { describe, expect, it } from 'vitest';
import { historyColumns } from '../../src-main/export/history-csv.ts';
import { runPythonJson } from '../helpers/keras-python.ts';

describe('the history CSV', () => {
  it('starts with the columns of Keras CSVLogger, in its order', async () => {
    const keras = await runPythonJson<{ header: string[]; epochs: string[] }>({
      code: `
import csv, json, os, tempfile
import numpy as np, keras
rng = np.random.default_rng(0)
x = rng.normal(size=(64, 4)).astype('float32'); y = (x[:, 0] > 0).astype('int64')
model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(8, activation='relu',
    kernel_regularizer=keras.regularizers.L2(0.01)), keras.layers.Dense(2, activation='softmax')])
model.compile('adam', 'sparse_categorical_crossentropy', metrics=['accuracy'])
path = os.path.join(tempfile.mkdtemp(), 'history.csv')
model.fit(x, y, epochs=2, validation_split=0.25, verbose=0, callbacks=[keras.callbacks.CSVLogger(path)])
rows = list(csv.reader(open(path)))
print(json.dumps({'header': rows[0], 'epochs': [r[0] for r in rows[1:]]}))
`,
    });
    const ours = historyColumns([
      {
        epoch: 1,
        loss: 1,
        accuracy: 0.5,
        val_loss: 1,
        val_accuracy: 0.5,
        regularization_loss: 0.1,
        seconds: 1,
      },
    ]);
    expect(keras.header).toEqual(['epoch', 'accuracy', 'loss', 'val_accuracy', 'val_loss']);
    expect(ours.slice(0, keras.header.length)).toEqual(keras.header);
    expect(keras.epochs).toEqual(['0', '1']);
  });
});
