/**
 * Bad sweeps are refused before anything is stored or queued, with a sentence that names the trial
 * and the value: through GridRunner.start (the hosts' path; nothing rejects unhandled, no grid row)
 * and through `layerlab grid` (exit 2, no grid row). A fold that cannot start ends the grid 'failed'.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LayerLabError } from '../../../src-main/contract/errors.ts';
import { sequential } from '../../../src-main/contract/graph.ts';
import type { GridSpecInput } from '../../../src-main/contract/grid.ts';
import {
  LAB_FORMAT,
  parseLab,
  serializeLab,
  type LabFile,
} from '../../../src-main/contract/lab.ts';
import { GridRunner } from '../../../src-main/engine/grid-runner.ts';
import { RunManager } from '../../../src-main/engine/run-manager.ts';
import { GridStore } from '../../../src-main/store/grid-store.ts';
import { RunStore } from '../../../src-main/store/run-store.ts';
import { moons } from '../../helpers/labs.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-bad-sweeps-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const base = (inputShape = [2]) =>
  parseLab({
    format: LAB_FORMAT,
    version: 1,
    name: 'moons',
    graph: sequential([
      { kind: 'Input', params: { shape: inputShape } },
      ...(inputShape.length === 3
        ? [
            { kind: 'Conv2D' as const, params: { filters: 64, padding: 'same' } },
            { kind: 'GlobalAveragePooling2D' as const },
          ]
        : []),
      { kind: 'Dense', params: { units: 8, activation: 'relu' } },
      { kind: 'Dropout', params: { rate: 0.2 } },
      { kind: 'Dense', params: { units: 2, activation: 'softmax' } },
    ]),
    dataset: { kind: 'synthetic', shape: 'moons', samples: 100, noise: 0.2 },
    training: { epochs: 1, batchSize: 8, seed: 1 },
  });

/** A lab with a grid that skips the schema, as a hand-written request to the runner could. */
const withGrid = (lab: LabFile, params: GridSpecInput['params']): LabFile => ({
  ...lab,
  grid: { params } as never,
});

const fifty = Array.from({ length: 50 }, (_, i) => i + 1);

const BAD: { name: string; lab: LabFile; code: string; sentence: string }[] = [
  {
    name: 'batch size 0',
    lab: withGrid(base(), [{ path: 'training.batchSize', values: [32, 0] }]),
    code: 'invalid-grid',
    sentence: 'Trial batchSize=0: training.batchSize is 0; it must be at least 1.',
  },
  {
    name: 'a log range from 0',
    lab: withGrid(base(), [
      { path: 'training.learningRate', range: { from: 0, to: 0.1, steps: 4, scale: 'log' } },
    ]),
    code: 'invalid-grid',
    sentence:
      'Invalid grid: the sweep of training.learningRate (range): a log range must start and end above 0',
  },
  {
    name: 'a learning rate of 0',
    lab: withGrid(base(), [{ path: 'training.learningRate', values: [0.01, 0] }]),
    code: 'invalid-grid',
    sentence: 'Trial learningRate=0: training.learningRate is 0; it must be more than 0.',
  },
  {
    name: 'fractional epochs',
    lab: withGrid(base(), [{ path: 'training.epochs', values: [1.5] }]),
    code: 'invalid-grid',
    sentence: 'Trial epochs=1.5: training.epochs must be a whole number, not 1.5.',
  },
  {
    name: 'a dropout rate of 1.5',
    lab: withGrid(base(), [{ path: 'layers.dropout.rate', values: [0.5, 1.5] }]),
    code: 'invalid-grid',
    sentence:
      'Trial dropout.rate=1.5: layers.dropout.rate is 1.5; it must be from 0 up to (not including) 1.',
  },
  {
    name: 'negative units',
    lab: withGrid(base(), [{ path: 'layers.dense.units', values: [-4] }]),
    code: 'invalid-grid',
    sentence: 'Trial dense.units=-4: layers.dense.units is -4; it must be from 1 to 65536.',
  },
  {
    name: 'an activation the catalog lacks',
    lab: withGrid(base(), [{ path: 'layers.dense.activation', values: ['relu', 'mish'] }]),
    code: 'invalid-grid',
    sentence:
      "Trial dense.activation=mish: layers.dense.activation is 'mish'; choose one of linear, relu",
  },
  {
    name: 'a negative regularizer strength',
    lab: withGrid(base(), [{ path: 'layers.dense.kernelRegularizer.l2', values: [0.01, -0.1] }]),
    code: 'invalid-grid',
    sentence:
      'Trial dense.kernelRegularizer.l2=-0.1: layers.dense.kernelRegularizer.l2 has a negative or invalid factor',
  },
  {
    name: 'a model over 100 M parameters',
    lab: withGrid(base([2000]), [{ path: 'layers.dense.units', values: [8, 60000] }]),
    code: 'invalid-grid',
    sentence:
      'Trial dense.units=60000 makes the model invalid: dense brings the model to 120,060,000 parameters',
  },
  {
    name: 'a batch no machine here holds',
    lab: withGrid(base([1024, 1024, 3]), [{ path: 'training.batchSize', values: [1, 65536] }]),
    code: 'too-large',
    sentence: 'Trial batchSize=65536: This model needs about',
  },
  {
    name: '6,250,000 settings',
    lab: withGrid(
      base(),
      ['learningRate', 'epochs', 'batchSize', 'momentum'].map((k) => ({
        path: `training.${k}`,
        values: fifty,
      })),
    ),
    code: 'invalid-grid',
    sentence: 'The grid has 6,250,000 settings (50 values of training.learningRate x',
  },
];

function gridRows(file: string): number {
  if (!fs.existsSync(file)) return 0;
  const db = new Database(file, { readonly: true });
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'grids'`)
    .all();
  const n = tables.length
    ? (db.prepare('SELECT COUNT(*) AS n FROM grids').get() as { n: number }).n
    : 0;
  db.close();
  return n;
}

/** Every unhandled rejection while a test runs: there must be none. */
let unhandled: unknown[] = [];
const onUnhandled = (e: unknown) => unhandled.push(e);
beforeEach(() => {
  unhandled = [];
  process.on('unhandledRejection', onUnhandled);
});
afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
});
/** A few turns of the event loop, so a rejection left unhandled would be reported. */
const turns = async () => {
  for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
};

describe('GridRunner.start refuses a bad sweep before queuing anything', () => {
  it.each(BAD.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const file = path.join(dir, `runner-${BAD.indexOf(c)}.sqlite`);
    const store = new RunStore(file);
    let spawned = 0;
    const runs = new RunManager({
      store,
      dataDirs: [],
      spawnTrainer: () => (spawned++, null as never),
    });
    const runner = new GridRunner(runs, new GridStore(store), () => 1);
    let error: unknown = null;
    try {
      runner.start(c.lab);
    } catch (e) {
      error = e;
    }
    await turns();
    store.close();
    expect(error).toBeInstanceOf(LayerLabError);
    expect((error as LayerLabError).code).toBe(c.code);
    expect((error as LayerLabError).message).toContain(c.sentence);
    expect(spawned).toBe(0);
    expect(gridRows(file)).toBe(0);
    expect(unhandled).toEqual([]);
  });
});

describe('a grid whose fold cannot start', () => {
  it("ends 'failed' with the sentence; done resolves and nothing rejects unhandled", async () => {
    const file = path.join(dir, 'no-fork.sqlite');
    const store = new RunStore(file);
    const runs = new RunManager({
      store,
      dataDirs: [],
      spawnTrainer: () => {
        throw Object.assign(new Error('spawn EAGAIN'), { code: 'EAGAIN' });
      },
    });
    const grids = new GridStore(store);
    const runner = new GridRunner(runs, grids, () => 1);
    const lab = parseLab({
      ...base(),
      grid: {
        params: [{ path: 'layers.dropout.rate', values: [0.1, 0.3] }],
        evaluation: { kind: 'holdout', fraction: 0.2 },
      },
    });
    const { gridId, done } = runner.start(lab);
    const outcome = await done;
    await turns();
    expect(outcome.status).toBe('failed');
    const grid = grids.detail(gridId)!;
    expect(grid.status).toBe('failed');
    expect(grid.error?.message).toBe(
      '2 of 2 trials failed. Trial dropout.rate=0.1 failed: The trainer process could not start: spawn EAGAIN',
    );
    expect(runner.isActive(gridId)).toBe(false);
    expect(unhandled).toEqual([]);
    store.close();
  });
});

describe('a grid whose own bookkeeping throws', () => {
  it("still settles: done resolves 'failed', the grid is no longer active, nothing rejects unhandled", async () => {
    const store = new RunStore(path.join(dir, 'listener.sqlite'));
    const runs = new RunManager({
      store,
      dataDirs: [],
      spawnTrainer: () => {
        throw new Error('spawn EAGAIN');
      },
    });
    const grids = new GridStore(store);
    const runner = new GridRunner(runs, grids, () => 1);
    runner.onGridEvent((e) => {
      if (e.type === 'grid-finished') throw new Error('a listener that breaks');
    });
    const lab = parseLab({
      ...base(),
      grid: {
        params: [{ path: 'layers.dropout.rate', values: [0.1] }],
        evaluation: { kind: 'holdout', fraction: 0.2 },
      },
    });
    const { gridId, done } = runner.start(lab);
    expect(await done).toEqual({ gridId, status: 'failed' });
    await turns();
    expect(grids.detail(gridId)!.status).toBe('failed');
    expect(runner.isActive(gridId)).toBe(false);
    expect(unhandled).toEqual([]);
    store.close();
  });
});

describe('layerlab grid refuses a bad sweep: exit 2, a sentence, no grid row', () => {
  const labFile = path.join(dir, 'moons.layerlab.json');
  fs.writeFileSync(labFile, serializeLab(base()));
  const fiftyValues = fifty.join(',');

  it.each([
    [
      'batch size 0',
      ['training.batchSize=0'],
      'Trial batchSize=0: training.batchSize is 0; it must be at least 1.',
    ],
    [
      'a log range from 0',
      ['training.learningRate=0:0.1:4:log'],
      'Invalid grid: the sweep of training.learningRate (range): a log range must start and end above 0',
    ],
    [
      'a dropout rate of 1.5',
      ['layers.dropout.rate=0.5,1.5'],
      'Trial dropout.rate=1.5: layers.dropout.rate is 1.5; it must be from 0 up to (not including) 1.',
    ],
    [
      'negative units',
      ['layers.dense.units=-4'],
      'Trial dense.units=-4: layers.dense.units is -4; it must be from 1 to 65536.',
    ],
    [
      'an activation the catalog lacks',
      ['layers.dense.activation=relu,mish'],
      "Trial dense.activation=mish: layers.dense.activation is 'mish'",
    ],
    [
      '6,250,000 settings',
      ['learningRate', 'epochs', 'batchSize', 'momentum'].map(
        (k) => `training.${k}=${fiftyValues}`,
      ),
      'The grid has 6,250,000 settings',
    ],
  ])(
    '%s',
    (_name, sweeps, sentence) => {
      const home = fs.mkdtempSync(path.join(dir, 'home-'));
      const r = spawnSync(
        process.execPath,
        [
          path.join(root, 'src-main/cli/layerlab.mjs'),
          'grid',
          labFile,
          ...sweeps.flatMap((s) => ['--sweep', s]),
        ],
        {
          env: { ...process.env, LAYERLAB_HOME: home, LAYERLAB_BACKEND: 'cpu' },
          encoding: 'utf8',
          timeout: 60_000,
        },
      );
      expect(r.stderr).toContain(sentence);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.status).toBe(2);
      expect(gridRows(path.join(home, 'runs.sqlite'))).toBe(0);
    },
    90_000,
  );
});

describe('layerlab grid whose trials fail on the data', () => {
  it('exits 2 and says why the first trial failed (an output layer that does not fit the classes)', () => {
    const lab = moons({
      hidden: [4],
      samples: 60,
      training: { epochs: 1 },
      grid: {
        params: [{ path: 'layers.dense.units', values: [2, 3] }],
        evaluation: { kind: 'holdout', fraction: 0.2 },
      },
    });
    // Three classes out of a two-class set: every trial fails in its trainer, on the data.
    const output = lab.graph.nodes.at(-1)!;
    (output.params as { units: number }).units = 3;
    const labFile = path.join(dir, 'misfit.layerlab.json');
    fs.writeFileSync(labFile, serializeLab(lab));
    const home = fs.mkdtempSync(path.join(dir, 'home-'));
    const r = spawnSync(
      process.execPath,
      [path.join(root, 'src-main/cli/layerlab.mjs'), 'grid', labFile],
      {
        env: { ...process.env, LAYERLAB_HOME: home, LAYERLAB_BACKEND: 'cpu' },
        encoding: 'utf8',
        timeout: 90_000,
      },
    );
    expect(r.stderr).toMatch(/layerlab: 2 of 2 trials failed\. Trial dense\.units=2 failed: .*3/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.status).toBe(2);
  }, 120_000);
});
