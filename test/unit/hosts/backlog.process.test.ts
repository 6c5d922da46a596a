/**
 * Load through the API: lists that stay two queries whatever the store holds, a cap on trainer
 * processes with a queue behind it, and thousands of pipelined calls on one socket that all get
 * answers without wedging the server.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyzeGraph } from '../../../src-main/contract/validate.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunEvent, RunSummary } from '../../../src-main/contract/api.ts';
import { sequential } from '../../../src-main/contract/graph.ts';
import { LAB_FORMAT, parseLab, type LabFile } from '../../../src-main/contract/lab.ts';
import type { EpochMetrics } from '../../../src-main/contract/training.ts';
import { RunManager } from '../../../src-main/engine/run-manager.ts';
import { defaultMaxTrainers } from '../../../src-main/engine/trainer-queue.ts';
import { GridStore } from '../../../src-main/store/grid-store.ts';
import { RunStore } from '../../../src-main/store/run-store.ts';
import { call, deadline, openClient, startTestHost, type TestHost } from './host-harness.ts';

const lab = (epochs = 2, name = 'queue'): LabFile =>
  parseLab({
    format: LAB_FORMAT,
    version: 1,
    name,
    graph: sequential([
      { kind: 'Input', params: { shape: [2] } },
      { kind: 'Dense', params: { units: 4, activation: 'relu' } },
      { kind: 'Dense', params: { units: 2, activation: 'softmax' } },
    ]),
    dataset: { kind: 'synthetic', shape: 'moons', samples: 200 },
    training: { epochs, batchSize: 32, seed: 1 },
  });

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-backlog-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const m = (epoch: number, val_loss?: number, val_accuracy?: number): EpochMetrics => ({
  epoch,
  loss: 1,
  accuracy: 0.5,
  val_loss,
  val_accuracy,
  regularization_loss: 0,
  seconds: 1,
});
const strip = ({
  lab: _l,
  metrics: _m,
  ...summary
}: RunSummary & { lab?: unknown; metrics?: unknown }) => summary;

describe('lists read only what they show', () => {
  it('listRuns gives what getRun gives, in two queries, without reading a lab', () => {
    const store = new RunStore(path.join(dir, 'list.sqlite'));
    const grids = new GridStore(store);
    const epochsOf: Record<string, EpochMetrics[]> = {
      plain: [m(1, 0.9, 0.5), m(2, 0.7, 0.6), m(3, 0.8, 0.7)],
      tie: [m(1, 0.5, 0.1), m(2, 0.5, 0.2)],
      'no-validation': [m(1), m(2)],
      none: [],
      refit: [m(1, 0.4, 0.9)],
      fold: [m(1, 0.1, 0.99)],
    };
    grids.create({
      id: 'g',
      name: 'g',
      lab: {
        ...lab(),
        grid: {
          params: [{ path: 'training.batchSize', values: [8] }],
          search: { kind: 'grid' },
          evaluation: { kind: 'holdout', fraction: 0.2 },
          rankBy: 'val_loss',
          refit: true,
          parallel: null,
        },
      },
      key: 'k',
      trials: [{}],
    });
    for (const [id, epochs] of Object.entries(epochsOf)) {
      const tags =
        id === 'fold'
          ? { gridId: 'g', trial: 0, fold: -1 }
          : id === 'refit'
            ? { gridId: 'g', trial: 0, fold: -2 }
            : undefined;
      store.createRun({ id, name: id, lab: lab(), datasetId: 'synthetic:moons', tags });
      for (const e of epochs) store.addEpoch(id, e);
      store.finish(id, 'completed');
    }
    const listed = store.listRuns();
    expect(listed.map((r) => r.id).sort()).toEqual([
      'no-validation',
      'none',
      'plain',
      'refit',
      'tie',
    ]);
    for (const run of listed) expect(run).toEqual(strip(store.getRun(run.id)!));
    expect(listed.find((r) => r.id === 'tie')).toMatchObject({
      bestEpoch: 1,
      bestValAccuracy: 0.1,
    });
    expect(listed.find((r) => r.id === 'no-validation')).toMatchObject({
      epochsDone: 2,
      bestEpoch: null,
      bestValLoss: null,
    });

    // A lab the list would have to parse is damaged: the list does not notice, only getRun does.
    store.db.prepare(`UPDATE runs SET lab_json = 'not json' WHERE id = 'plain'`).run();
    expect(store.listRuns().find((r) => r.id === 'plain')).toMatchObject({
      epochsDone: 3,
      bestEpoch: 2,
    });
    expect(() => store.getRun('plain')).toThrow();
    store.close();
  });

  it('a list is computed again after any write, from this process or another', () => {
    const file = path.join(dir, 'cache.sqlite');
    const store = new RunStore(file);
    store.createRun({ id: 'a', name: 'a', lab: lab(), datasetId: 'x' });
    expect(store.listRuns()[0]).toMatchObject({ epochsDone: 0 });
    store.addEpoch('a', m(1, 0.5));
    expect(store.listRuns()[0]).toMatchObject({ epochsDone: 1, bestValLoss: 0.5 });
    const other = new RunStore(file);
    other.addEpoch('a', m(2, 0.25));
    other.rename('a', 'renamed elsewhere');
    other.close();
    expect(store.listRuns()[0]).toMatchObject({
      name: 'renamed elsewhere',
      epochsDone: 2,
      bestValLoss: 0.25,
    });
    // Unchanged store: the same summaries again (a backlog of lists costs one), in a fresh array.
    const [first, again] = [store.listRuns(), store.listRuns()];
    expect(again[0]).toBe(first[0]);
    first.pop();
    expect(store.listRuns()).toHaveLength(1);
    store.close();
  });

  it('listGrids gives what getGrid gives, reading only the grid section of the lab', () => {
    const store = new RunStore(path.join(dir, 'grids.sqlite'));
    const grids = new GridStore(store);
    const spec = {
      params: [{ path: 'training.batchSize', values: [8, 16] }],
      search: { kind: 'grid' as const },
      evaluation: { kind: 'kfold' as const, folds: 2, stratified: true, seed: 0 },
      rankBy: 'val_loss' as const,
      refit: false,
      parallel: null,
    };
    grids.create({
      id: 'g',
      name: 'grid',
      lab: { ...lab(), grid: spec },
      key: 'k',
      trials: [{ 'training.batchSize': 8 }, { 'training.batchSize': 16 }],
    });
    const scores = [[0.5, 0.7], [0.4]];
    scores.forEach((folds, trial) =>
      folds.forEach((score, fold) => {
        const id = `t${trial}f${fold}`;
        store.createRun({
          id,
          name: id,
          lab: lab(),
          datasetId: 'synthetic:moons',
          tags: { gridId: 'g', trial, fold },
        });
        store.addEpoch(id, m(1, score + 0.1));
        store.addEpoch(id, m(2, score));
        store.finish(id, 'completed');
      }),
    );
    const { lab: _l, spec: _s, trials: _t, refit: _r, ...expected } = grids.detail('g')!;
    expect(expected).toMatchObject({ trialsDone: 1, trialsTotal: 2, bestTrial: 0, bestMean: 0.6 });
    expect(grids.list()).toEqual([expected]);
    store.db.prepare(`UPDATE grids SET lab_json = json_set(lab_json, '$.graph', 'damaged')`).run();
    expect(grids.list()).toEqual([expected]);
    expect(() => grids.detail('g')).toThrow();
    store.close();
  });
});

describe('the trainer cap', () => {
  it.each([
    [{ LAYERLAB_MAX_TRAINERS: '1' }, 1],
    [{ LAYERLAB_MAX_TRAINERS: '12' }, 12],
  ])('LAYERLAB_MAX_TRAINERS %o gives %i', (env, max) => expect(defaultMaxTrainers(env)).toBe(max));

  it.each([{ LAYERLAB_MAX_TRAINERS: '0' }, { LAYERLAB_MAX_TRAINERS: 'lots' }, {}])(
    '%o falls back to memory and cores',
    (env) => {
      const max = defaultMaxTrainers(env);
      expect(max).toBeGreaterThanOrEqual(1);
      expect(max).toBeLessThanOrEqual(Math.max(1, Math.floor(os.totalmem() / (600 * 1024 * 1024))));
      expect(max).toBeLessThanOrEqual(2 * os.availableParallelism());
    },
  );
});

describe('a trainer that cannot be forked', () => {
  it('fails its run with the reason and frees its slot for the next', async () => {
    const store = new RunStore(path.join(dir, 'nofork.sqlite'));
    const manager = new RunManager({
      store,
      dataDirs: [],
      maxConcurrent: 1,
      spawnTrainer: () => {
        throw new Error('spawn EAGAIN');
      },
    });
    const outcomes = await deadline(
      Promise.all([manager.startRun({ lab: lab() }).done, manager.startRun({ lab: lab() }).done]),
      10_000,
      'both runs failing',
    );
    for (const o of outcomes) {
      expect(o.status).toBe('failed');
      expect(o.error).toMatchObject({
        code: 'trainer-crashed',
        message: expect.stringContaining('could not start: spawn EAGAIN'),
      });
    }
    expect(store.listRuns().map((r) => r.status)).toEqual(['failed', 'failed']);
    store.close();
  });
});

describe('runs beyond the cap wait as queued, in order', () => {
  let host: TestHost;
  beforeAll(async () => {
    host = await startTestHost({ maxTrainers: 1 });
  });
  afterAll(() => host?.stop());

  it(
    'one trains, the others queue and start as slots free; a stopped queued run never forks',
    { timeout: 180_000 },
    async () => {
      const events: RunEvent[] = [];
      host.service.onRunEvent((e) => events.push(e));
      const ws = await openClient(host);
      const ids: string[] = [];
      for (let i = 0; i < 4; i++) {
        const reply = await call(ws, 'startRun', [{ lab: lab(2, `queue ${i}`), name: `run ${i}` }]);
        ids.push((reply.result as { runId: string }).runId);
      }
      const statuses = async () => {
        const runs = (await call(ws, 'listRuns')).result as RunSummary[];
        return ids.map((id) => runs.find((r) => r.id === id)!.status);
      };
      expect(await statuses()).toEqual(['running', 'queued', 'queued', 'queued']);
      // A run shows its parameter count from the start, before any trainer has built it.
      const queued = ((await call(ws, 'listRuns')).result as RunSummary[]).find(
        (r) => r.id === ids[3],
      )!;
      expect(queued.totalParams).toBe(analyzeGraph(lab(2, 'queue 3').graph).totalParams);
      expect(queued.totalParams).toBeGreaterThan(0);
      expect((await call(ws, 'pauseRun', [ids[2]])).error?.message).toContain(
        'waiting for a free trainer',
      );
      expect((await call(ws, 'deleteRun', [ids[2]])).error?.code).toBe('busy');
      expect((await call(ws, 'stopRun', [ids[3]])).error).toBeUndefined();

      const finished = (id: string) =>
        new Promise<void>((resolve) => {
          const check = () => events.some((e) => e.type === 'finished' && e.runId === id);
          if (check()) return resolve();
          const off = host.service.onRunEvent(() => check() && (off(), resolve()));
        });
      await deadline(Promise.all(ids.map(finished)), 170_000, 'all four runs finishing');
      const final = await statuses();
      expect(final).toEqual(['completed', 'completed', 'completed', 'stopped']);
      const started = events.filter((e) => e.type === 'started').map((e) => e.runId);
      expect(started).toEqual(ids.slice(0, 3));
      expect(
        events
          .filter((e) => e.type === 'status' && e.runId === ids[1])
          .map((e) => (e as { status: string }).status),
      ).toEqual(['queued', 'running', 'completed']);
      // Each waiting run hears its place in line as it changes: the third is 2nd, then next.
      const places = (id: string) =>
        events.flatMap((e) => (e.type === 'queue' && e.runId === id ? [e.position] : []));
      expect(places(ids[0])).toEqual([]);
      expect(places(ids[2])[0]).toBe(2);
      expect(places(ids[2]).at(-1)).toBe(1);
      expect(host.trainers).toMatchObject({ spawned: 3, maxLive: 1 });
      ws.close();
    },
  );
});

describe('a backlog of calls on one socket', () => {
  let host: TestHost;
  beforeAll(async () => {
    host = await startTestHost();
  });
  afterAll(() => host?.stop());

  it(
    '5,000 pipelined listRuns and getAppInfo all get answers, and a fresh call after them too',
    { timeout: 180_000 },
    async () => {
      const store = host.store;
      for (let i = 0; i < 50; i++) {
        store.createRun({ id: `r${i}`, name: `r${i}`, lab: lab(), datasetId: 'synthetic:moons' });
        for (let e = 1; e <= 20; e++) store.addEpoch(`r${i}`, m(e, 1 / e, e / 20));
        store.finish(`r${i}`, 'completed');
      }
      const ws = await openClient(host);
      const pending = new Set<number>();
      const allAnswered = new Promise<void>((resolve, reject) => {
        ws.on('message', (data) => {
          const reply = JSON.parse(data.toString());
          if (reply.error) reject(new Error(`call ${reply.id} failed: ${reply.error.message}`));
          pending.delete(reply.id);
          if (!pending.size) resolve();
        });
      });
      for (let id = 1; id <= 5000; id++) {
        pending.add(id);
        ws.send(JSON.stringify({ id, method: id % 2 ? 'listRuns' : 'getAppInfo', args: [] }));
      }
      await deadline(allAnswered, 170_000, 'answers to 5,000 pipelined calls');
      ws.removeAllListeners('message');
      const fresh = await call(ws, 'listRuns');
      expect((fresh.result as RunSummary[]).length).toBe(50);
      ws.close();
    },
  );
});

describe('a burst of describeDataset calls', () => {
  let host: TestHost;
  beforeAll(async () => {
    host = await startTestHost();
  });
  afterAll(() => host?.stop());

  it('forks two trainers at a time, and every call answers', { timeout: 120_000 }, async () => {
    const ws = await openClient(host);
    const before = host.trainers.spawned;
    const replies = await Promise.all(
      [100, 101, 102, 103, 104].map((samples) =>
        call(ws, 'describeDataset', [{ kind: 'synthetic', shape: 'moons', samples }]),
      ),
    );
    for (const r of replies) expect(r.result).toMatchObject({ featureShape: [2] });
    expect(host.trainers.spawned - before).toBe(5);
    expect(host.trainers.maxLive).toBeLessThanOrEqual(2);
    ws.close();
  });
});
