/**
 * The run store under real faults, without a trainer: a full disk (SQLite's max_page_count), pages
 * overwritten with junk, a home folder that cannot hold a store. Every failure is a LayerLabError
 * naming the file, and the store object keeps answering.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { errorKind, LayerLabError } from '../../../src-main/contract/errors.ts';
import { RunStore } from '../../../src-main/store/run-store.ts';
import { storeError } from '../../../src-main/store/store-errors.ts';
import { corruptTables, fillDisk, freeDisk, metrics, tinyLab } from './helpers.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-store-faults-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = () => path.join(dir, `s${++n}`, 'runs.sqlite');

function thrown(call: () => unknown): LayerLabError {
  try {
    call();
  } catch (e) {
    expect(e).toBeInstanceOf(LayerLabError);
    return e as LayerLabError;
  }
  throw new Error('expected a failure');
}

function layerlab(home: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'src-main/cli/layerlab.mjs'), ...args], {
    env: { ...process.env, LAYERLAB_HOME: home },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('store failures become sentences', () => {
  it('maps SQLite and system codes to disk-full, store-corrupt and store-unavailable, and leaves bugs alone', () => {
    const cases: [string, string][] = [
      ['SQLITE_FULL', 'disk-full'],
      ['ENOSPC', 'disk-full'],
      ['SQLITE_CORRUPT', 'store-corrupt'],
      ['SQLITE_CORRUPT_INDEX', 'store-corrupt'],
      ['SQLITE_NOTADB', 'store-corrupt'],
      ['SQLITE_READONLY', 'store-unavailable'],
      ['SQLITE_READONLY_DBMOVED', 'store-unavailable'],
      ['SQLITE_CANTOPEN', 'store-unavailable'],
      ['EACCES', 'store-unavailable'],
      ['SQLITE_BUSY', 'store-unavailable'],
      ['SQLITE_IOERR_WRITE', 'store-unavailable'],
    ];
    for (const [code, expected] of cases) {
      const e = storeError(new Database.SqliteError('the system said so', code), '/x/runs.sqlite')!;
      expect(e.code, code).toBe(expected);
      expect(errorKind(e.code)).toBe('io');
      expect(e.message).toContain('/x/runs.sqlite');
    }
    expect(
      storeError(new Database.SqliteError('near "SELEC": syntax error', 'SQLITE_ERROR'), '/x'),
    ).toBeNull();
    expect(
      storeError(
        new Database.SqliteError('FOREIGN KEY constraint failed', 'SQLITE_CONSTRAINT_FOREIGNKEY'),
        '/x',
      ),
    ).toBeNull();
  });

  it('a full disk is disk-full naming the file; the epochs written stay, and writes work again once space is back', () => {
    const file = fresh();
    const store = new RunStore(file);
    store.createRun({ id: 'r1', name: 'a', lab: tinyLab(), datasetId: 'x' });
    store.addEpoch('r1', metrics(1));
    fillDisk(store.db);
    const big = { modelTopology: {}, weightSpecs: [], weightData: new Uint8Array(64 * 1024) };
    const e = thrown(() => store.saveModel('r1', big));
    expect(e.code).toBe('disk-full');
    expect(e.message).toMatch(
      new RegExp(`The run store ${file} could not be written: the disk is full\\. Free some space`),
    );
    expect(e.file).toBe(file);
    expect(store.getRun('r1')!.metrics).toHaveLength(1); // reads still work
    freeDisk(store.db);
    store.saveModel('r1', big);
    expect(store.loadModel('r1')!.weightData.byteLength).toBe(64 * 1024);
    store.close();
  });

  it('a store damaged in the middle is store-corrupt naming the file and how to move it aside, and the object keeps answering', () => {
    const file = fresh();
    const store = new RunStore(file);
    store.createRun({ id: 'r1', name: 'a', lab: tinyLab(), datasetId: 'x' });
    for (let i = 1; i <= 30; i++) store.addEpoch('r1', metrics(i));
    expect(corruptTables(file, ['epochs']).length).toBeGreaterThan(0);
    const e = thrown(() => store.addEpoch('r1', metrics(31)));
    expect(e.code).toBe('store-corrupt');
    expect(e.message).toContain(`The run store ${file} is damaged`);
    expect(e.message).toMatch(/move it aside, keeping a copy.*by hand, quit LayerLab and rename/);
    expect(thrown(() => store.getRun('r1')).code).toBe('store-corrupt');
    store.finish('r1', 'failed', e.info()); // the runs table is intact: the row still takes the sentence
    expect(store.countRuns()).toBe(1);
    store.close();
  });

  it('statements stay guarded through pluck() and raw(), and in transactions', () => {
    const file = fresh();
    const store = new RunStore(file);
    store.createRun({ id: 'r1', name: 'a', lab: tinyLab(), datasetId: 'x' });
    for (let i = 1; i <= 30; i++) store.addEpoch('r1', metrics(i));
    corruptTables(file, ['epochs']);
    expect(thrown(() => store.db.prepare('SELECT epoch FROM epochs').pluck().all()).code).toBe(
      'store-corrupt',
    );
    expect(thrown(() => store.db.prepare('SELECT * FROM epochs').raw().all()).code).toBe(
      'store-corrupt',
    );
    expect(
      thrown(() => store.db.transaction(() => store.db.prepare('DELETE FROM epochs').run())()).code,
    ).toBe('store-corrupt');
    store.close();
  });

  it('a file that is not a store at all is refused at open as store-corrupt', () => {
    const file = fresh();
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, 'x'.repeat(8192));
    const e = thrown(() => new RunStore(file));
    expect(e.code).toBe('store-corrupt');
    expect(e.message).toContain(file);
  });
});

describe('a home folder that cannot hold the store', () => {
  it('a file where the folder should be, a folder that cannot be made, a read-only folder, a folder where the file should be', () => {
    const plain = path.join(dir, 'plain-file');
    fs.writeFileSync(plain, 'not a folder');
    const directory = fresh();
    fs.mkdirSync(directory, { recursive: true });
    const cases = [
      path.join(plain, 'runs.sqlite'),
      '/proc/nope/layerlab/runs.sqlite',
      '/proc/self/runs.sqlite',
      directory,
    ];
    for (const file of cases) {
      const e = thrown(() => new RunStore(file));
      expect(e.code, file).toBe('store-unavailable');
      expect(errorKind(e.code)).toBe('io');
      expect(e.message, file).toContain(file);
      expect(e.message, file).toMatch(/LAYERLAB_HOME to a folder you can write to/);
    }
  });

  it('the CLI says so in one line and exits 1', () => {
    const plain = path.join(dir, 'home-is-a-file');
    fs.writeFileSync(plain, '');
    const r = layerlab(plain, 'runs');
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(path.join(plain, 'runs.sqlite'));
    expect(r.stderr).toMatch(/set LAYERLAB_HOME/);
  });
});

describe('the CLI on a damaged store', () => {
  it('`layerlab runs` prints the sentence and exits 1; `layerlab store repair` moves it aside, keeps it, and `runs` works again', () => {
    const home = path.join(dir, 'cli-home');
    const file = path.join(home, 'runs.sqlite');
    const store = new RunStore(file);
    for (const id of ['keep-1', 'keep-2']) {
      store.createRun({ id, name: id, lab: tinyLab(), datasetId: 'x' });
      store.finish(id, 'completed');
    }
    store.close();
    corruptTables(file, ['epochs', 'weights']); // what every listing reads besides the runs
    const before = fs.readFileSync(file);

    const broken = layerlab(home, 'runs');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(`The run store ${file} is damaged`);
    expect(broken.stderr).toContain('layerlab store repair');
    expect(broken.stderr).not.toMatch(/\n\s+at /); // no stack trace

    const repaired = layerlab(home, 'store', 'repair', '--json');
    expect(repaired.code).toBe(0);
    const { movedTo, copied } = JSON.parse(repaired.stdout) as { movedTo: string; copied: number };
    expect(path.basename(movedTo)).toMatch(/^runs\.damaged-\d{4}-\d\d-\d\dT[\d-]+Z\.sqlite$/);
    expect(fs.readFileSync(movedTo).equals(before)).toBe(true); // the damaged file, kept as it was
    expect(copied).toBe(2);
    const listed = layerlab(home, 'runs', '--json');
    expect(listed.code).toBe(0);
    expect(
      listed.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { id: string }).id)
        .sort(),
    ).toEqual(['keep-1', 'keep-2']);
  });
});
