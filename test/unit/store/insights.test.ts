/**
 * Insights in the run store (synthetic ones, shaped as the trainer sends them): kept with the run,
 * bytes included, gone with it, copied when a damaged store is moved aside, failures as the store's
 * sentences, and carried over the WebSocket's encoding by the service.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LayerLabError } from '../../../src-main/contract/errors.ts';
import { insightSummary } from '../../../src-main/contract/insight-words.ts';
import { decodeWire, encodeWire } from '../../../src-main/contract/wire.ts';
import { LayerLabService } from '../../../src-main/hosts/service.ts';
import { RunStore } from '../../../src-main/store/run-store.ts';
import { epochInsight, insightMeta } from '../../helpers/insights.ts';
import { corruptTables, fillDisk, freeDisk, tinyLab } from './helpers.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-insights-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = () => path.join(dir, `s${++n}`, 'runs.sqlite');

function withRun(file = fresh(), kind: 'moons' | 'images' = 'moons', epochs = 3) {
  const store = new RunStore(file);
  store.createRun({ id: 'r1', name: 'a', lab: tinyLab(), datasetId: 'synthetic:moons' });
  store.addInsight('r1', epochInsight(0, kind), insightMeta(kind));
  for (let e = 1; e < epochs; e++) store.addInsight('r1', epochInsight(e, kind));
  return store;
}

/** Bytes the store holds for a run's insights (JSON text and deflated BLOBs, the meta included). */
function storedBytes(store: RunStore, runId: string) {
  return store.db
    .prepare(
      `SELECT (SELECT length(meta_json) FROM insight_meta WHERE run_id = ?) AS meta,
              (SELECT sum(length(insight_json) + ifnull(length(insight_bytes), 0)) FROM insights WHERE run_id = ?) AS epochs`,
    )
    .get(runId, runId) as { meta: number; epochs: number };
}

describe('insights in the run store', () => {
  it("lists each run with its last epoch's first-layer line, the words `layerlab inspect` uses", () => {
    const store = withRun();
    const last = epochInsight(2, 'moons');
    const words = insightSummary({ epochs: [last] });
    expect(words).toMatch(/% ~0 · L2 /);
    expect(store.listRuns().find((r) => r.id === 'r1')!.inside).toBe(words);
    expect(store.getRun('r1')!.inside).toBe(words);
    store.createRun({ id: 'plain', name: 'b', lab: tinyLab(), datasetId: 'x' });
    expect(store.listRuns().find((r) => r.id === 'plain')!.inside).toBeNull();
    store.close();
  });

  it('round trip across reopening: the meta once, every epoch from 0 in order, bytes equal', () => {
    const file = fresh();
    withRun(file, 'moons').close();
    const store = new RunStore(file);
    const got = store.getInsights('r1')!;
    expect(got.runId).toBe('r1');
    expect(got.meta).toEqual(insightMeta('moons'));
    expect(got.epochs.map((e) => e.epoch)).toEqual([0, 1, 2]);
    expect(got.epochs[2]).toEqual(epochInsight(2, 'moons'));
    expect(got.epochs[2].surface!.classes).toBeInstanceOf(Uint8Array);
    expect(got.epochs[1].surface!.confidence).toEqual(epochInsight(1).surface!.confidence);
    // An epoch sent again (a resumed writer) replaces its row.
    store.addInsight('r1', { ...epochInsight(1), confusion: [[10]] });
    expect(store.getInsights('r1')!.epochs[1].confusion).toEqual([[10]]);
    expect(store.getInsights('r1')!.epochs).toHaveLength(3);
    store.createRun({ id: 'plain', name: 'b', lab: tinyLab(), datasetId: 'x' });
    expect(store.getInsights('plain')).toBeNull(); // a run that recorded none (imported from Keras)
    expect(store.getInsights('nobody')).toBeNull();
    store.close();
  });

  it('image pixels of wrong examples come back byte for byte, and extras stay small', () => {
    const store = withRun(fresh(), 'images', 2);
    const got = store.getInsights('r1')!;
    expect(got.epochs[1].wrong![0].image).toEqual(epochInsight(1, 'images').wrong![0].image);
    expect(got.epochs[1].wrong![1].image).toBeUndefined();
    const raw = 784 + 2 * 10_000; // pixels, or the surface's classes and confidences
    expect(storedBytes(store, 'r1').epochs / 2).toBeLessThan(raw);
    store.close();
  });

  it("are deleted with their run, and the other runs' stay", () => {
    const store = withRun();
    store.createRun({ id: 'r2', name: 'b', lab: tinyLab(), datasetId: 'x' });
    store.addInsight('r2', epochInsight(0), insightMeta());
    store.delete('r1');
    expect(store.getInsights('r1')).toBeNull();
    const left = store.db.prepare(`SELECT count(*) AS n FROM insights`).get() as { n: number };
    expect(left.n).toBe(1);
    expect(store.getInsights('r2')!.epochs).toHaveLength(1);
    store.close();
  });

  it('a damaged store moved aside keeps the insights in the copy', () => {
    const file = fresh();
    const store = withRun(file);
    corruptTables(file, ['epochs']); // another table's pages: the insights are readable
    const { copied } = store.moveAside();
    expect(copied).toBeGreaterThanOrEqual(1 + 1 + 3); // the run, its meta, three epochs
    expect(store.getInsights('r1')).toEqual({
      runId: 'r1',
      meta: insightMeta(),
      epochs: [0, 1, 2].map((e) => epochInsight(e)),
    });
    store.close();
  });

  it('a full disk is disk-full naming the file; the epochs written stay; damage is store-corrupt', () => {
    const file = fresh();
    const store = withRun(file, 'images', 2);
    fillDisk(store.db);
    let seed = 1;
    const noise = Uint8Array.from(
      { length: 64 * 1024 },
      () => (seed = (seed * 48271) % 2147483647),
    );
    const big = epochInsight(2, 'images');
    big.wrong![0].image = { shape: [256, 256, 1], pixels: noise };
    const e = (() => {
      try {
        store.addInsight('r1', big);
      } catch (err) {
        return err as LayerLabError;
      }
    })();
    expect(e).toBeInstanceOf(LayerLabError);
    expect(e!.code).toBe('disk-full');
    expect(e!.message).toContain(`The run store ${file} could not be written`);
    expect(store.getInsights('r1')!.epochs.map((x) => x.epoch)).toEqual([0, 1]);
    freeDisk(store.db);
    store.addInsight('r1', big);
    expect(store.getInsights('r1')!.epochs[2].wrong![0].image!.pixels).toEqual(noise);

    corruptTables(file, ['insights']);
    expect(() => store.getInsights('r1')).toThrow(
      expect.objectContaining({ code: 'store-corrupt' }),
    );
    store.close();
  });

  it('the service: the stored insights, null for a run with none, not-found for no run, bytes over the wire', async () => {
    const file = fresh();
    const store = withRun(file);
    store.createRun({ id: 'keras', name: 'imported', lab: tinyLab(), datasetId: 'x' });
    const service = new LayerLabService({
      host: 'browser',
      store,
      dataDirs: [],
      appDir: path.dirname(file),
      spawnTrainer: () => {
        throw new Error('no trainer in this test');
      },
      probeBackend: () => Promise.reject(new Error('not probed')),
    });
    const got = await service.getInsights('r1');
    expect(got!.epochs).toHaveLength(3);
    expect(await service.getInsights('keras')).toBeNull();
    await expect(service.getInsights('nobody')).rejects.toMatchObject({
      code: 'not-found',
      message: 'There is no run nobody; it may have been deleted.',
    });
    const wire = encodeWire({ id: 1, result: got });
    expect(wire).toContain('"$bytes"');
    const back = decodeWire(wire) as { result: typeof got };
    expect(back.result).toEqual(got);
    expect(back.result!.epochs[0].surface!.classes).toBeInstanceOf(Uint8Array);
    store.close();
  });
});
