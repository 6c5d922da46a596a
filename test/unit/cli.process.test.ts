/**
 * The `layerlab` command as a user runs it: exit codes, one clear line on stderr for bad input,
 * JSON lines with Keras' metric names, and the run store behind `runs` and `export`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sequential } from '../../src-main/contract/graph.ts';
import { exportKerasJson } from '../../src-main/export/keras-json.ts';
import { moonsLab } from './cli/layerlab.ts';

const root = path.resolve(import.meta.dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function layerlab(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'src-main/cli/layerlab.mjs'), ...args], {
    env: {
      ...process.env,
      LAYERLAB_HOME: path.join(dir, 'home'),
      LAYERLAB_DATA_DIR: path.join(dir, 'no-data'),
      LAYERLAB_BACKEND: 'cpu',
    },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const write = (name: string, content: unknown) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};

const moons = {
  ...moonsLab,
  dataset: { kind: 'synthetic', shape: 'moons', samples: 300 },
  training: { epochs: 2 },
};

describe('layerlab train', () => {
  it('prints one JSON object per epoch with Keras names, then a summary', () => {
    const r = layerlab(
      'train',
      write('moons.layerlab.json', moons),
      '--json',
      '--epochs',
      '3',
      '--batch-size',
      '16',
      '--name',
      'json run',
    );
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    for (const [i, e] of lines.slice(0, 3).entries()) {
      expect(Object.keys(e).sort()).toEqual([
        'accuracy',
        'epoch',
        'loss',
        'regularization_loss',
        'seconds',
        'val_accuracy',
        'val_loss',
      ]);
      expect(e.epoch).toBe(i + 1);
    }
    expect(lines[3]).toMatchObject({
      summary: true,
      status: 'completed',
      epochs: 3,
      name: 'json run',
      backend: 'cpu',
      total_params: 8 * 2 + 8 + 8 * 2 + 2,
    });
  });

  it('prints Keras-style epoch lines without --json', () => {
    const r = layerlab('train', write('moons2.layerlab.json', moons), '--validation', '0.2');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /^Epoch 1\/2 - [\d.]+s - loss: \d\.\d{4} - accuracy: \d\.\d{4} - val_loss: \d\.\d{4} - val_accuracy: \d\.\d{4}$/m,
    );
    expect(r.stderr).toContain('240 training and 60 validation examples');
  });

  it('trains a Keras model.to_json() file on a dataset', () => {
    const keras = write('model.json', exportKerasJson(moons.graph));
    const r = layerlab(
      'train',
      '--model',
      keras,
      '--dataset',
      'synthetic:moons',
      '--epochs',
      '1',
      '--json',
    );
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout.trim().split('\n').pop()!)).toMatchObject({
      status: 'completed',
      epochs: 1,
    });
  });

  /** The moons model as Keras JSON, with its first Dense layer's config edited. */
  const kerasMoons = (name: string, edit: (config: Record<string, unknown>) => void) => {
    const model = JSON.parse(exportKerasJson(moons.graph));
    const dense = model.config.layers.find((l: { class_name: string }) => l.class_name === 'Dense');
    edit(dense.config);
    return { file: write(name, model), layer: dense.config.name as string };
  };

  it('refuses a Keras model whose activation LayerLab lacks (mish), naming the layer, exit 2', () => {
    const { file, layer } = kerasMoons('mish.json', (c) => (c.activation = 'mish'));
    const r = layerlab('train', '--model', file, '--dataset', 'synthetic:moons', '--epochs', '1');
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^layerlab: In .*mish\\.json, Dense layer '${layer}' has the activation 'mish', which LayerLab does not have; it would train as 'linear'`,
      ),
    );
    expect(r.stdout).toBe('');
  });

  it('trains a Keras model with a harmless left-out setting and prints the warning', () => {
    const { file, layer } = kerasMoons(
      'he.json',
      (c) => (c.kernel_initializer = { class_name: 'HeNormal', config: { seed: null } }),
    );
    const r = layerlab(
      'train',
      '--model',
      file,
      '--dataset',
      'synthetic:moons',
      '--epochs',
      '1',
      '--json',
    );
    expect(r.code, r.stderr).toBe(0);
    const warnings = r.stderr.split('\n').filter((l) => l.startsWith('layerlab: warning: '));
    expect(warnings).toEqual([
      `layerlab: warning: Dense layer '${layer}': kernel_initializer is HeNormal, which LayerLab does not model; it uses glorot_uniform.`,
    ]);
    expect(JSON.parse(r.stdout.trim().split('\n').pop()!)).toMatchObject({
      status: 'completed',
      epochs: 1,
    });
  });

  it.each([
    [
      'a missing file',
      () => ['train', path.join(dir, 'nope.layerlab.json')],
      /nope.layerlab.json does not exist/,
    ],
    [
      'broken JSON',
      () => ['train', write('broken.layerlab.json', '{"format": "layer')],
      /broken.layerlab.json is not valid JSON/,
    ],
    [
      'an invalid graph',
      () => [
        'train',
        write('bad.layerlab.json', {
          ...moons,
          graph: sequential([
            { kind: 'Input', params: { shape: [2] } },
            { kind: 'Dropout', params: { rate: 1.5 } },
          ]),
        }),
      ],
      /Dropout layer 'dropout': rate is 1.5/,
    ],
    [
      'a bad flag value',
      () => ['train', write('m3.layerlab.json', moons), '--validation', '1.5'],
      /--validation '1.5' must be 'test', 'none' or a fraction/,
    ],
    [
      'a wrong input shape',
      () => [
        'train',
        write('shape.layerlab.json', {
          ...moons,
          graph: sequential([
            { kind: 'Input', params: { shape: [3] } },
            { kind: 'Dense', params: { units: 2, activation: 'softmax' } },
          ]),
        }),
      ],
      /Input layer 'input' has shape \[3\]/,
    ],
    [
      'a missing dataset',
      () => [
        'train',
        write('mnist.layerlab.json', { ...moons, dataset: { kind: 'builtin', name: 'mnist' } }),
      ],
      /mnist/i,
    ],
    [
      '--model without --dataset',
      () => ['train', '--model', write('m.json', '{}')],
      /--model needs --dataset/,
    ],
  ])('refuses %s with exit 2 and one line on stderr', (_name, args, message) => {
    const r = layerlab(...args());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe('layerlab runs, export, datasets', () => {
  it('lists stored runs and exports one as model.json + weights.bin', () => {
    const runs = layerlab('runs', '--json');
    expect(runs.code).toBe(0);
    const list = runs.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const run = list.find((r) => r.name === 'json run');
    expect(run).toMatchObject({ status: 'completed', epochsDone: 3, hasWeights: true });
    const table = layerlab('runs');
    expect(table.stdout).toContain('json run');
    const out = path.join(dir, 'export');
    const r = layerlab('export', run.id.slice(0, 8), '--out', out);
    expect(r.code, r.stderr).toBe(0);
    const model = JSON.parse(fs.readFileSync(path.join(out, 'model.json'), 'utf8'));
    expect(model.format).toBe('layers-model');
    expect(fs.statSync(path.join(out, 'weights.bin')).size).toBe(run.totalParams * 4);
    expect(layerlab('export', 'no-such-run', '--out', out).stderr).toContain(
      "No run matches 'no-such-run'",
    );
  });

  it('says where each built-in set was looked for', () => {
    const r = layerlab('datasets', '--json');
    expect(r.code).toBe(0);
    const sets = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(sets.map((s) => s.name)).toEqual(['mnist', 'fashion-mnist', 'imdb']);
    const mnist = sets[0];
    expect(mnist.searched).toContain(path.join(dir, 'no-data'));
  });
});
