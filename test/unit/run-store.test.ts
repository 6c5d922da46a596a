import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { sequential } from '../../src-main/contract/graph.ts';
import { LAB_FORMAT, parseLab } from '../../src-main/contract/lab.ts';
import { RunStore, STORE_SCHEMA_VERSION } from '../../src-main/store/run-store.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-store-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const lab = parseLab({
  format: LAB_FORMAT,
  version: 1,
  name: 'L',
  graph: sequential([
    { kind: 'Input', params: { shape: [2] } },
    { kind: 'Dense', params: { units: 2, activation: 'softmax' } },
  ]),
  dataset: { kind: 'synthetic', shape: 'xor' },
});
const metrics = (epoch: number, val_loss: number) => ({
  epoch,
  loss: 1,
  accuracy: 0.5,
  val_loss,
  val_accuracy: 0.6,
  regularization_loss: 0,
  seconds: 1,
});

describe('run store', () => {
  it('keeps runs, epochs and weights across reopening, newest first', () => {
    const file = path.join(dir, 'a.sqlite');
    let store = new RunStore(file);
    store.createRun({ id: 'r1', name: 'first', lab, datasetId: 'synthetic:xor' });
    store.addEpoch('r1', metrics(1, 0.9));
    store.addEpoch('r1', metrics(2, 0.7));
    store.addEpoch('r1', metrics(3, 0.8));
    store.saveModel('r1', {
      modelTopology: { a: 1 },
      weightSpecs: [],
      weightData: new Uint8Array([1, 2, 3]),
    });
    store.finish('r1', 'completed');
    store.createRun({ id: 'r2', name: 'second', lab, datasetId: 'synthetic:xor' });
    store.finish('r2', 'failed', { code: 'trainer-crashed', message: 'broke' });
    store.close();
    store = new RunStore(file);
    const [second, first] = store.listRuns();
    expect(second).toMatchObject({
      id: 'r2',
      status: 'failed',
      error: { message: 'broke' },
      hasWeights: false,
    });
    expect(first).toMatchObject({
      id: 'r1',
      epochsDone: 3,
      bestEpoch: 2,
      bestValLoss: 0.7,
      hasWeights: true,
    });
    expect(store.getRun('r1')!.lab).toEqual(lab);
    expect(Array.from(store.loadModel('r1')!.weightData)).toEqual([1, 2, 3]);
    expect(store.resolve('r')).toBeNull(); // ambiguous prefix
    expect(store.resolve('second')).toBe('r2');
    store.delete('r1');
    expect(store.loadModel('r1')).toBeNull();
    store.close();
  });

  it('marks runs of a process that died as interrupted, keeping their epochs', () => {
    const file = path.join(dir, 'b.sqlite');
    const store = new RunStore(file);
    store.createRun({ id: 'orphan', name: 'o', lab, datasetId: 'x' });
    store.addEpoch('orphan', metrics(1, 0.5));
    store.close();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const db = new Database(file);
    db.prepare('UPDATE runs SET owner_pid = ? WHERE id = ?').run(dead, 'orphan');
    db.close();
    const reopened = new RunStore(file);
    const run = reopened.getRun('orphan')!;
    expect(run.status).toBe('interrupted');
    expect(run.metrics).toHaveLength(1);
    expect(run.error?.message).toContain('finished epochs are kept');
    reopened.close();
  });

  it('refuses a store from a newer LayerLab and says what to do', () => {
    const file = path.join(dir, 'c.sqlite');
    const db = new Database(file);
    db.pragma(`user_version = ${STORE_SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => new RunStore(file)).toThrow(
      /written by a newer LayerLab .*Update LayerLab, or move the file away/,
    );
  });
});
