/**
 * Store failures in the middle of real runs and grids (real trainer processes, generated data, the
 * real store made to fail): the host keeps answering, finished epochs stay, trained weights are never
 * lost (kept in memory, exportable, saved once the store takes writes again), and a grid ends
 * 'failed' with the sentence instead of rejecting.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { GridEvent, RunEvent } from '../../../src-main/contract/api.ts';
import { LayerLabError } from '../../../src-main/contract/errors.ts';
import { parseLab } from '../../../src-main/contract/lab.ts';
import { forkTrainer } from '../../../src-main/engine/trainer-client.ts';
import { LayerLabService } from '../../../src-main/hosts/service.ts';
import { RunStore } from '../../../src-main/store/run-store.ts';
import { corruptTables, fillDisk, freeDisk, tinyLab } from './helpers.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-run-faults-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;

function host() {
  const home = path.join(dir, `home${++n}`);
  const file = path.join(home, 'runs.sqlite');
  const store = new RunStore(file);
  const service = new LayerLabService({
    host: 'browser',
    store,
    dataDirs: [],
    appDir: home,
    spawnTrainer: () => forkTrainer(undefined, { ...process.env, LAYERLAB_BACKEND: 'cpu' }),
    probeBackend: () => Promise.reject(new Error('not probed in these tests')),
  });
  const events: RunEvent[] = [];
  service.onRunEvent((e) => events.push(e));
  /** Calls `fault` once, after the store has taken epoch `epoch` of any run (its insight comes last). */
  const onEpoch = (epoch: number, fault: () => void) => {
    const off = service.onRunEvent((e) => {
      if (e.type === 'insight' && e.insight.epoch === epoch) {
        off();
        fault();
      }
    });
  };
  return { file, store, service, events, onEpoch };
}

async function exportedWeights(service: LayerLabService, runId: string): Promise<Uint8Array> {
  const { files } = await service.exportRun(runId, { format: 'tfjs' });
  const bin = files.find((f) => f.name.endsWith('.bin'));
  return bin!.bytes!;
}

const storedEpochs = (file: string, runId: string) => {
  const db = new Database(file, { readonly: true });
  const rows = db
    .prepare('SELECT epoch FROM epochs WHERE run_id = ? ORDER BY epoch')
    .all(runId) as { epoch: number }[];
  db.close();
  return rows.map((r) => r.epoch);
};

describe('a store that fails during a run', () => {
  it('a full disk at the weights: the run fails with the sentence, the weights stay exportable from memory, and the next store write saves them', async () => {
    const { file, store, service, events, onEpoch } = host();
    const lab = tinyLab({ epochs: 2 }, [32, 32]); // 1218 parameters: the weights need new pages
    onEpoch(2, () => fillDisk(store.db));
    const { runId, done } = service.runs.startRun({ lab });
    const outcome = await done;

    expect(outcome.status).toBe('failed');
    expect(outcome.error?.code).toBe('disk-full');
    expect(outcome.error?.message).toContain(
      `The run store ${file} could not be written: the disk is full. Free some space`,
    );
    expect(outcome.error?.message).toContain('The trained weights are kept in memory');
    const finished = events.findLast((e) => e.type === 'finished' && e.runId === runId);
    expect(finished).toMatchObject({
      run: { status: 'failed', hasWeights: true, error: { code: 'disk-full' } },
    });
    const row = await service.getRun(runId); // the host still answers
    expect(row).toMatchObject({
      status: 'failed',
      hasWeights: false,
      error: { code: 'disk-full' },
    });
    expect(row.metrics.map((m) => m.epoch)).toEqual([1, 2]);

    const weights = await exportedWeights(service, runId);
    expect(weights.byteLength).toBe(outcome.summary.totalParams * 4);
    // Its history comes from the store, which still reads.
    const csv = (await service.exportRun(runId, { format: 'csv' })).files[0];
    expect(new TextDecoder().decode(csv.bytes).trim().split('\n')).toHaveLength(3);

    freeDisk(store.db);
    const next = service.runs.startRun({ lab: tinyLab({ epochs: 1 }) }); // its first write saves what is pending
    const saved = await service.getRun(runId);
    expect(saved).toMatchObject({ status: 'completed', hasWeights: true, error: null });
    expect(Buffer.from(store.loadModel(runId)!.weightData).equals(Buffer.from(weights))).toBe(true);
    expect((await next.done).status).toBe('completed');
    store.close();
  });

  it('a full disk between epochs: the run stops as failed, the epochs written stay, and a retry saves the weights', async () => {
    const { file, store, service, onEpoch } = host();
    // Epochs fill the pages left within a few dozen; the run is far longer than that.
    const lab = tinyLab({ epochs: 400, batchSize: 64 }, [32, 32]);
    onEpoch(2, () => fillDisk(store.db));
    const { runId, done } = service.runs.startRun({ lab });
    const outcome = await done;

    expect(outcome.status).toBe('failed');
    expect(outcome.error?.code).toBe('disk-full');
    expect(outcome.error?.message).toContain(file);
    const epochs = storedEpochs(file, runId);
    expect(epochs.length).toBeGreaterThanOrEqual(2);
    expect(epochs.length).toBeLessThan(400);
    expect(epochs).toEqual(epochs.map((_, i) => i + 1)); // every epoch up to the failure, none lost
    expect((await exportedWeights(service, runId)).byteLength).toBe(
      outcome.summary.totalParams * 4,
    );
    expect(await service.listRuns()).toMatchObject([{ id: runId, hasWeights: true }]); // the host answers; the weights are exportable

    expect(service.runs.savePending()).toEqual([]); // still full: nothing written, nothing lost
    freeDisk(store.db);
    expect(service.runs.savePending()).toEqual([runId]);
    expect(await service.getRun(runId)).toMatchObject({
      status: 'failed',
      hasWeights: true,
      error: { code: 'disk-full' },
    });
    store.close();
  });

  it('a store damaged mid-run: the run fails with the sentence, the host answers, and the store moved aside keeps a copy and gets the weights', async () => {
    const { file, store, service, events, onEpoch } = host();
    onEpoch(2, () => corruptTables(file, ['epochs']));
    const { runId, done } = service.runs.startRun({ lab: tinyLab({ epochs: 30 }) });
    const outcome = await done;

    expect(outcome.status).toBe('failed');
    expect(outcome.error?.code).toBe('store-corrupt');
    expect(outcome.error?.message).toContain(`The run store ${file} is damaged`);
    expect(events.findLast((e) => e.type === 'finished')).toMatchObject({
      runId,
      run: { status: 'failed', hasWeights: true, error: { code: 'store-corrupt' } },
    });
    const raw = new Database(file, { readonly: true });
    const row = raw.prepare('SELECT status, error_json FROM runs WHERE id = ?').get(runId) as {
      status: string;
      error_json: string;
    };
    raw.close();
    expect(row.status).toBe('failed');
    expect(row.error_json).toContain(file);

    const listing = await service.listRuns().catch((e: unknown) => e);
    expect(listing).toBeInstanceOf(LayerLabError);
    expect((listing as LayerLabError).code).toBe('store-corrupt');
    const weights = await exportedWeights(service, runId);

    const { movedTo, copied } = await service.repairStore();
    expect(fs.existsSync(movedTo)).toBe(true);
    expect(path.dirname(movedTo)).toBe(path.dirname(file));
    expect(copied).toBeGreaterThanOrEqual(1);
    const repaired = await service.getRun(runId);
    expect(repaired).toMatchObject({
      status: 'failed',
      hasWeights: true,
      error: { code: 'store-corrupt' },
    });
    expect(Buffer.from(store.loadModel(runId)!.weightData).equals(Buffer.from(weights))).toBe(true);
    const after = service.runs.startRun({ lab: tinyLab({ epochs: 1 }) });
    await expect(service.repairStore()).rejects.toMatchObject({ code: 'busy' }); // never under a training run
    expect((await after.done).status).toBe('completed');
    store.close();
  });
});

describe('a store that fails during a grid', () => {
  it('ends the grid failed with the sentence; its promise resolves', async () => {
    const { file, store, service, onEpoch } = host();
    const grid = {
      params: [{ path: 'training.batchSize', values: [16, 32] }],
      evaluation: { kind: 'holdout', fraction: 0.2 },
      rankBy: 'val_loss',
      parallel: 1,
    };
    const lab = parseLab({ ...tinyLab({ epochs: 20 }), grid }, 'the lab');
    const gridEvents: GridEvent[] = [];
    service.onGridEvent((e) => gridEvents.push(e));
    onEpoch(2, () => corruptTables(file, ['epochs']));
    const { gridId, done } = service.grids.start(lab);
    const outcome = await done;

    expect(outcome.status).toBe('failed');
    expect(service.grids.isActive(gridId)).toBe(false);
    const finished = gridEvents.find((e) => e.type === 'grid-finished');
    expect(finished).toMatchObject({
      gridId,
      grid: { status: 'failed', error: { code: 'store-corrupt' } },
    });
    const raw = new Database(file, { readonly: true });
    const row = raw.prepare('SELECT status, error_json FROM grids WHERE id = ?').get(gridId) as {
      status: string;
      error_json: string;
    };
    raw.close();
    expect(row.status).toBe('failed');
    expect(row.error_json).toContain(`The run store ${file} is damaged`);
    store.close();
  });
});
