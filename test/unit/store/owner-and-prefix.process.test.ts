/**
 * Who owns a running run (a PID and the process's start time, so a reused PID is not taken for the
 * owner), and id prefixes matched literally (`%` and `_` are characters, not wildcards).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { GridStore } from '../../../src-main/store/grid-store.ts';
import { ownStartTime, processStartTime } from '../../../src-main/store/owner.ts';
import { RunStore } from '../../../src-main/store/run-store.ts';
import { tinyLab } from './helpers.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-owner-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const gridLab = () => ({
  ...tinyLab(),
  grid: {
    params: [{ path: 'training.batchSize', values: [16, 32] }],
    evaluation: { kind: 'holdout' as const, fraction: 0.2 },
    rankBy: 'val_loss' as const,
    refit: false,
  },
});

describe('owner of a running run', () => {
  it.skipIf(process.platform !== 'linux')('reads the start time of a process from /proc', () => {
    expect(ownStartTime).toMatch(/^\d+$/);
    expect(processStartTime(process.pid)).toBe(ownStartTime);
    expect(processStartTime(2 ** 22 + 7)).toBeNull(); // no such process
  });

  it.skipIf(process.platform !== 'linux')(
    'a live PID with another start time is a reused PID: its runs and grids are interrupted; with the right start time they are not',
    async () => {
      const file = path.join(dir, 'pid.sqlite');
      const store = new RunStore(file);
      const grids = new GridStore(store);
      for (const id of ['reused', 'owned', 'legacy'])
        store.createRun({ id, name: id, lab: tinyLab(), datasetId: 'x' });
      for (const id of ['grid-reused', 'grid-owned'])
        grids.create({ id, name: id, lab: gridLab() as never, key: id, trials: [] });
      store.close();

      const other = spawn('sleep', ['600'], { stdio: 'ignore' });
      try {
        await new Promise<void>((resolve, reject) =>
          other.once('spawn', resolve).once('error', reject),
        );
        const pid = other.pid!;
        const started = processStartTime(pid)!;
        expect(started).toMatch(/^\d+$/);
        const db = new Database(file);
        const setRun = db.prepare('UPDATE runs SET owner_pid = ?, owner_started = ? WHERE id = ?');
        setRun.run(pid, String(Number(started) + 1), 'reused');
        setRun.run(pid, started, 'owned');
        setRun.run(pid, null, 'legacy'); // a row from before start times were kept: the PID alone decides
        const setGrid = db.prepare(
          'UPDATE grids SET owner_pid = ?, owner_started = ? WHERE id = ?',
        );
        setGrid.run(pid, String(Number(started) + 1), 'grid-reused');
        setGrid.run(pid, started, 'grid-owned');
        db.close();

        const reopened = new RunStore(file);
        const reopenedGrids = new GridStore(reopened);
        expect(reopened.getRun('reused')!.status).toBe('interrupted');
        expect(reopened.getRun('owned')!.status).toBe('running');
        expect(reopened.getRun('legacy')!.status).toBe('running');
        expect(reopenedGrids.detail('grid-reused')!.status).toBe('interrupted');
        expect(reopenedGrids.detail('grid-owned')!.status).toBe('running');
        expect(reopenedGrids.findResumable('grid-owned')).toBeNull(); // another live process runs it
        reopened.close();
      } finally {
        other.kill();
      }
    },
  );

  it('records this process and its start time with a new run and grid', () => {
    const store = new RunStore(path.join(dir, 'mine.sqlite'));
    store.createRun({ id: 'r', name: 'r', lab: tinyLab(), datasetId: 'x' });
    new GridStore(store).create({
      id: 'g',
      name: 'g',
      lab: gridLab() as never,
      key: 'k',
      trials: [],
    });
    expect(store.db.prepare('SELECT owner_pid, owner_started FROM runs').get()).toEqual({
      owner_pid: process.pid,
      owner_started: ownStartTime,
    });
    expect(store.db.prepare('SELECT owner_pid, owner_started FROM grids').get()).toEqual({
      owner_pid: process.pid,
      owner_started: ownStartTime,
    });
    store.close();
  });
});

describe('id prefixes are literal', () => {
  it('`%` and `_` in a run prefix match only themselves', () => {
    const store = new RunStore(path.join(dir, 'prefix.sqlite'));
    for (const id of ['ab%x-1', 'abcx-2', 'a_c-3', 'abc-4'])
      store.createRun({ id, name: `name ${id}`, lab: tinyLab(), datasetId: 'x' });
    expect(store.resolve('ab%')).toBe('ab%x-1'); // as a wildcard it would match three runs
    expect(store.resolve('%')).toBeNull(); // as a wildcard: every run (ambiguous), literally: none
    expect(store.resolve('a_')).toBe('a_c-3'); // as a wildcard it would match four runs
    expect(store.resolve('_')).toBeNull();
    expect(store.resolve('abcx')).toBe('abcx-2');
    expect(store.resolve('name a_c-3')).toBe('a_c-3'); // names still match exactly
    store.close();
  });

  it('`%` and `_` in a grid prefix match only themselves', () => {
    const store = new RunStore(path.join(dir, 'grid-prefix.sqlite'));
    const grids = new GridStore(store);
    for (const id of ['g%1', 'gx1', 'g_2', 'gy2'])
      grids.create({ id, name: `grid ${id}`, lab: gridLab() as never, key: id, trials: [] });
    expect(grids.resolve('g%')).toBe('g%1');
    expect(grids.resolve('g_')).toBe('g_2');
    expect(grids.resolve('%')).toBeNull();
    expect(grids.resolve('gx')).toBe('gx1');
    store.close();
  });
});
