/**
 * The run manager with a scripted trainer (no process): each 'insight' message is written to the
 * store as it arrives and passed on as a run event; a store that cannot take one ends the run
 * 'failed' with the store's sentence, as a failed epoch write does, and the manager keeps working.
 */
import { describe, expect, it } from 'vitest';
import type { RunEvent } from '../../../src-main/contract/api.ts';
import type {
  TrainerMessage,
  TrainerPort,
  TrainerRequest,
} from '../../../src-main/engine/protocol.ts';
import { RunManager } from '../../../src-main/engine/run-manager.ts';
import { RunStore } from '../../../src-main/store/run-store.ts';
import { epochInsight, insightMeta } from '../../helpers/insights.ts';
import { fillDisk, freeDisk, metrics, tinyLab } from '../store/helpers.ts';

/** A trainer whose messages the test sends, one at a time. */
function scriptedTrainer() {
  const requests: TrainerRequest[] = [];
  let listener: (m: TrainerMessage) => void = () => {};
  const port: TrainerPort = {
    send: (r) => void requests.push(r),
    onMessage: (l) => void (listener = l),
    onExit: () => {},
    kill: () => {},
  };
  return { port, requests, say: (m: TrainerMessage) => listener(m) };
}

const started: TrainerMessage[] = [
  {
    type: 'backend',
    backend: { name: 'cpu', label: 'JavaScript', skipped: [], details: [] },
  },
  {
    type: 'started',
    dataset: {
      id: 'synthetic:moons',
      name: 'moons',
      featureShape: [2],
      classes: 2,
      classNames: ['0', '1'],
      trainCount: 160,
      testCount: 40,
    } as never,
    stepsPerEpoch: 5,
    epochs: 3,
    trainCount: 160,
    validationCount: 40,
    totalParams: 42,
  },
];

const done: TrainerMessage = {
  type: 'done',
  status: 'completed',
  bestEpoch: 1,
  stoppedEpoch: null,
  model: { modelTopology: {}, weightSpecs: [], weightData: new ArrayBuffer(8) },
  seconds: 1,
  tensors: { before: 0, after: 0 },
};

describe('insights through the run manager', () => {
  it('writes each insight as it arrives and emits it; a store that cannot take one fails the run with its sentence', async () => {
    const store = new RunStore(':memory:');
    const trainer = scriptedTrainer();
    const runs = new RunManager({ store, dataDirs: [], spawnTrainer: () => trainer.port });
    const events: RunEvent[] = [];
    runs.onRunEvent((e) => events.push(e));
    const { runId, done: outcome } = runs.startRun({ lab: tinyLab() });
    started.forEach(trainer.say);
    trainer.say({ type: 'insight', meta: insightMeta(), insight: epochInsight(0) });
    trainer.say({ type: 'epoch', metrics: metrics(1) });
    trainer.say({ type: 'insight', insight: epochInsight(1) });

    // Written before the next message: a trainer killed now keeps both.
    expect(store.getInsights(runId)).toEqual({
      runId,
      meta: insightMeta(),
      epochs: [epochInsight(0), epochInsight(1)],
    });
    const sent = events.filter((e) => e.type === 'insight');
    expect(sent).toEqual([
      { type: 'insight', runId, meta: insightMeta(), insight: epochInsight(0) },
      { type: 'insight', runId, meta: undefined, insight: epochInsight(1) },
    ]);

    trainer.say({ type: 'epoch', metrics: metrics(2) });
    fillDisk(store.db);
    const big = epochInsight(2, 'images');
    let seed = 7;
    const pixels = Uint8Array.from({ length: 64 * 1024 }, () => (seed = (seed * 48271) % 65521));
    big.wrong![0].image = { shape: [256, 256, 1], pixels };
    trainer.say({ type: 'insight', insight: big });
    expect(trainer.requests.at(-1)).toEqual({ type: 'stop' }); // the run is asked to stop
    trainer.say(done);
    const result = await outcome;
    expect(result.status).toBe('failed');
    expect(result.error?.code).toBe('disk-full');
    expect(result.error?.message).toContain('The run store :memory: could not be written');
    expect(store.getInsights(runId)!.epochs.map((e) => e.epoch)).toEqual([0, 1]);

    freeDisk(store.db);
    expect(runs.savePending()).toEqual([runId]); // its weights, kept in memory, reach the store
    expect(store.loadModel(runId)).not.toBeNull();
    store.close();
  });
});
