/**
 * Grids end to end on generated data: real trainer processes in parallel, the real store, stop and
 * resume, and a killed `layerlab grid` picked up again without repeating a finished fold.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { gridRig } from '../../helpers/grid-rig.ts';
import type { GridEvent } from '../../../src-main/contract/api.ts';
import { sequential } from '../../../src-main/contract/graph.ts';
import { parseGridSpec } from '../../../src-main/contract/grid.ts';
import { serializeLab } from '../../../src-main/contract/lab.ts';
import { courseLayers, moons } from '../../helpers/labs.ts';
import { GridStore } from '../../../src-main/store/grid-store.ts';
import { RunStore } from '../../../src-main/store/run-store.ts';
import { exitOf, nextEvent, nextLine, withDeadline } from '../../helpers/wait.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-grid-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const lab = (epochs: number, samples = 400) =>
  moons({
    dropout: 0.2,
    samples,
    training: { epochs },
    grid: {
      params: [
        { path: 'layers.dropout.rate', values: [0.1, 0.5] },
        { path: 'layers.dense.units', values: [4, 16] },
      ],
      evaluation: { kind: 'kfold', folds: 2 },
      rankBy: 'val_loss',
    },
  });

function open(file: string, parallel: number) {
  const { store, grids, runner } = gridRig(file, parallel);
  const events: GridEvent[] = [];
  runner.onGridEvent((e) => events.push(e));
  return { store, grids, runner, events };
}

/** Fold runs with `statuses` per (trial, fold): resuming must never complete one twice. */
function foldRuns(file: string, statuses = ['completed', 'early-stopped']): Map<string, number> {
  const db = new Database(file, { readonly: true });
  const rows = db
    .prepare(
      `SELECT trial, fold FROM runs WHERE grid_id IS NOT NULL AND fold >= 0 AND status IN (${statuses.map(() => '?').join(', ')})`,
    )
    .all(...statuses) as { trial: number; fold: number }[];
  db.close();
  const counts = new Map<string, number>();
  for (const r of rows)
    counts.set(`${r.trial}/${r.fold}`, (counts.get(`${r.trial}/${r.fold}`) ?? 0) + 1);
  return counts;
}
const completedFolds = (file: string) => foldRuns(file);

describe('grid runner', () => {
  it('runs every trial and fold in parallel, ranks them, and refits the best on all data', async () => {
    const file = path.join(dir, 'a.sqlite');
    const { store, grids, runner, events } = open(file, 2);
    const { gridId, done } = runner.start(lab(2));
    expect((await withDeadline(done, 'the grid to finish')).status).toBe('completed');
    const grid = grids.detail(gridId)!;
    expect(grid.trialsDone).toBe(4);
    for (const t of grid.trials) {
      expect(t.foldScores).toHaveLength(2);
      expect(t.foldScores.every((s) => typeof s === 'number')).toBe(true);
      expect(t.mean).toBeCloseTo((t.foldScores[0]! + t.foldScores[1]!) / 2, 10);
      expect(t.runIds).toHaveLength(2);
    }
    const best = grid.trials.reduce((a, b) => (b.mean! < a.mean! ? b : a));
    expect(grid.bestTrial).toBe(best.trial);
    expect(grid.refit).toMatchObject({ status: 'completed' });
    expect(grid.refit!.testLoss).toBeGreaterThan(0);
    expect(events.filter((e) => e.type === 'fold-started')).toHaveLength(8);
    expect(events.filter((e) => e.type === 'grid-progress')).toHaveLength(8);
    expect(events.filter((e) => e.type === 'trial-finished')).toHaveLength(4);
    expect(events.at(-1)).toMatchObject({
      type: 'grid-finished',
      grid: { status: 'completed', trialsDone: 4 },
    });
    // Fold runs stay out of the runs list; the refit is there.
    expect(store.listRuns().map((r) => r.name)).toEqual([expect.stringContaining('refit')]);
    store.close();
  });

  it('gives every layer a sweep drives the same value, in each fold and the refit', async () => {
    const file = path.join(dir, 'multi.sqlite');
    const { store, grids, runner } = open(file, 2);
    const twoDropouts = {
      ...moons({ samples: 100, training: { epochs: 1 } }),
      graph: sequential(courseLayers([2], 4, 2)),
      grid: parseGridSpec({
        params: [{ path: 'layers.*Dropout.rate', values: [0.1, 0.4] }],
        evaluation: { kind: 'holdout', fraction: 0.25 },
      }),
    };
    const { gridId, done } = runner.start(twoDropouts);
    expect((await withDeadline(done, 'the grid to finish')).status).toBe('completed');
    const grid = grids.detail(gridId)!;
    expect(grid.trials.map((t) => t.label)).toEqual([
      'every Dropout.rate=0.1',
      'every Dropout.rate=0.4',
    ]);
    const rates = (runId: string) =>
      store
        .getRun(runId)!
        .lab.graph.nodes.filter((n) => n.kind === 'Dropout')
        .map((n) => (n.params as { rate: number }).rate);
    expect(grid.trials.map((t) => rates(t.runIds[0]))).toEqual([
      [0.1, 0.1],
      [0.4, 0.4],
    ]);
    const best = grid.trials[grid.bestTrial!].params['layers.*Dropout.rate'];
    expect(rates(grid.refit!.runId)).toEqual([best, best]);
    store.close();
  });

  it('stops within a batch and resumes without repeating a finished fold', async () => {
    const file = path.join(dir, 'b.sqlite');
    const first = open(file, 1);
    const started = first.runner.start(lab(10, 400));
    const twoFolds = (e: GridEvent) => e.type === 'grid-progress' && e.jobsDone >= 2;
    await nextEvent((l) => first.runner.onGridEvent(l), twoFolds, 'two folds to finish', {
      seen: first.events,
    });
    first.runner.stop(started.gridId);
    expect((await withDeadline(started.done, 'the grid to stop')).status).toBe('stopped');
    const before = completedFolds(file);
    expect(before.size).toBeGreaterThanOrEqual(2);
    expect(before.size).toBeLessThan(8);
    // Stopped inside the fold that was training, not after it: that fold is 'stopped'.
    expect(foldRuns(file, ['stopped']).size).toBe(1);
    first.store.close();

    const second = open(file, 2);
    const resumed = second.runner.start(lab(10, 400));
    expect(resumed.resumed).toBe(true);
    expect(resumed.gridId).toBe(started.gridId);
    expect(second.events[0]).toMatchObject({ type: 'grid-started', resumed: true });
    expect((await withDeadline(resumed.done, 'the resumed grid to finish')).status).toBe(
      'completed',
    );
    const after = completedFolds(file);
    expect(after.size).toBe(8);
    expect([...after.values()].every((n) => n === 1)).toBe(true);
    second.store.close();
  });

  it('survives a killed `layerlab grid`: the next run resumes and finishes the rest', async () => {
    const home = path.join(dir, 'home');
    const labFile = path.join(dir, 'grid.layerlab.json');
    fs.writeFileSync(labFile, serializeLab(lab(6, 400)));
    const env = { ...process.env, LAYERLAB_HOME: home, LAYERLAB_BACKEND: 'cpu' };
    const cli = [
      path.join(root, 'src-main/cli/layerlab.mjs'),
      'grid',
      labFile,
      '--parallel',
      '1',
      '--json',
    ];
    const storeFile = path.join(home, 'runs.sqlite');
    const child = spawn(process.execPath, cli, { env, stdio: ['ignore', 'pipe', 'inherit'] });
    // With --json the CLI prints a line per finished trial (2 folds each): kill after the first.
    await nextLine(
      child.stdout,
      (l) => 'trial' in JSON.parse(l),
      'the first trial line of `layerlab grid --json`',
    );
    child.kill('SIGKILL');
    await exitOf(child);
    const before = completedFolds(storeFile).size;
    expect(before).toBeGreaterThanOrEqual(2);
    expect(before).toBeLessThan(8);

    const again = spawn(process.execPath, cli, { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    again.stdout.on('data', (d: Buffer) => (out += d));
    const { code } = await exitOf(again);
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.at(-1)).toMatchObject({ summary: true, status: 'completed', trials: 4 });
    expect(lines.filter((l) => 'trial' in l && !l.summary).length).toBeLessThanOrEqual(4);
    const after = completedFolds(storeFile);
    expect(after.size).toBe(8);
    expect([...after.values()].every((n) => n === 1)).toBe(true);
    const grids = new GridStore(new RunStore(storeFile)).list();
    expect(grids).toHaveLength(1);
    expect(grids[0]).toMatchObject({ status: 'completed', trialsDone: 4 });
  });
});
