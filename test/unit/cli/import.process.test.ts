/**
 * `layerlab import model.py` and `layerlab train model.py` as a user runs them: the lab file written,
 * each warning on stderr with its line, a refusal as one sentence with exit 2.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseLabText } from '../../../src-main/contract/lab.ts';
import { cliSandbox } from './layerlab.ts';

const cli = cliSandbox('cli-import');
afterAll(cli.done);

const MODEL = `import tensorflow as tf
from tensorflow import keras
(x_train, y_train), (x_test, y_test) = keras.datasets.mnist.load_data()
model = keras.Sequential([
    keras.layers.Dense(8, activation='relu', input_shape=(2,)),
    keras.layers.LSTM(3),
    keras.layers.Dense(1, activation='sigmoid'),
])
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss='binary_crossentropy')
model.fit(x_train, y_train, epochs=50, batch_size=16, validation_split=0.2)
`;
const LSTM_WARNING = /^layerlab: warning: line 6: LSTM is a Keras layer LayerLab does not have/m;

describe('layerlab import', () => {
  it('writes the lab and prints each warning with its line', () => {
    const code = cli.write('model.py', MODEL);
    const out = path.join(cli.dir, 'out', 'model.layerlab.json');
    const r = cli.run('import', code, '--out', out);
    expect(r.stderr).toMatch(LSTM_WARNING);
    expect(r.stderr).toMatch(/Wrote .*model\.layerlab\.json: 3 layers, 1 warning\./);
    expect(r.code).toBe(0);
    const lab = parseLabText(fs.readFileSync(out, 'utf8'), out);
    expect(lab.graph.nodes.map((n) => n.kind)).toEqual(['Input', 'Dense', 'Dense']);
    expect(lab.training).toMatchObject({
      learningRate: 0.01,
      epochs: 50,
      batchSize: 16,
      validation: { kind: 'split', fraction: 0.2 },
    });
  });

  it('writes next to the code by default and prints JSON with --json', () => {
    const code = cli.write('net.py', MODEL);
    const r = cli.run('import', code, '--json');
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout) as { out: string; warnings: { line: number }[] };
    expect(printed.out).toBe(path.join(cli.dir, 'net.layerlab.json'));
    expect(printed.warnings.map((w) => w.line)).toEqual([6]);
    expect(fs.existsSync(printed.out)).toBe(true);
  });

  it.each([
    [
      'text that is not Python',
      'prose.py',
      'Train a net: (64 units) ?? then softmax!\n',
      /prose\.py is not Python code LayerLab can read/,
    ],
    [
      'Python without a model',
      'plot.py',
      'import numpy as np\nprint(np.pi)\n',
      /plot\.py builds no Keras model/,
    ],
    ['a lab file', 'lab.layerlab.json', '{}', /is JSON, not Python/],
  ])('refuses %s with one sentence and exit 2', (_, name, content, message) => {
    const r = cli.run('import', cli.write(name, content));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a file that does not exist', () => {
    const r = cli.run('import', path.join(cli.dir, 'missing.py'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing\.py does not exist/);
  });
});

describe('layerlab train model.py', () => {
  it('trains the imported lab, with its warnings, flags overriding the code', () => {
    const code = cli.write('train.py', MODEL);
    const r = cli.run('train', code, '--dataset', 'synthetic:moons', '--epochs', '1', '--json');
    expect(r.stderr).toMatch(LSTM_WARNING);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout.trim().split('\n').pop()!) as Record<string, unknown>;
    expect(summary).toMatchObject({
      summary: true,
      status: 'completed',
      epochs: 1,
      name: 'train #1',
    });
  });
});
