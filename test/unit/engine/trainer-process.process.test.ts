/**
 * The trainer protocol end to end: a real forked trainer process, a real run store.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunEvent } from '../../../src-main/contract/api.ts';
import { moons } from '../../helpers/labs.ts';
import type { TrainingConfigInput } from '../../../src-main/contract/training.ts';
import { RunManager } from '../../../src-main/engine/run-manager.ts';
import {
  forkTrainer,
  probeBackend,
  type ForkedTrainer,
} from '../../../src-main/engine/trainer-client.ts';
import { RunStore } from '../../../src-main/store/run-store.ts';
import { nextEvent, quietFor, withDeadline } from '../../helpers/wait.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-proto-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function setup() {
  const store = new RunStore(path.join(dir, `${Math.random().toString(36).slice(2)}.sqlite`));
  const ports: ForkedTrainer[] = [];
  const manager = new RunManager({
    store,
    dataDirs: [],
    backend: 'cpu',
    progressIntervalMs: 20,
    spawnTrainer: () => {
      const port = forkTrainer();
      ports.push(port);
      return port;
    },
  });
  const events: RunEvent[] = [];
  manager.onRunEvent((e) => events.push(e));
  return { store, manager, ports, events };
}

const lab = (training: TrainingConfigInput = {}, inputShape = [2]) =>
  moons({ hidden: [16], samples: 2000, inputShape, training: { batchSize: 16, ...training } });

const firstEpoch = (manager: RunManager, events: RunEvent[]) =>
  nextEvent(
    (l) => manager.onRunEvent(l),
    (e) => e.type === 'epoch',
    'the first epoch',
    { seen: events },
  );
const finished = <T>(done: Promise<T>) => withDeadline(done, 'the run to finish');
const progressCount = (events: RunEvent[]) =>
  events.filter((e) => e.type === 'epoch' || e.type === 'progress').length;

describe('trainer process', () => {
  it('runs to completion: events in order, epochs and weights stored, no leaked tensors', async () => {
    const { store, manager, events } = setup();
    const { runId, done } = manager.startRun({ lab: lab() });
    const outcome = await finished(done);
    expect(outcome.status).toBe('completed');
    expect(outcome.backend?.name).toBe('cpu');
    expect(outcome.tensors!.after).toBe(outcome.tensors!.before);
    const types = events.map((e) => e.type);
    expect(types[0]).toBe('status');
    expect(types.indexOf('started')).toBeLessThan(types.indexOf('progress'));
    expect(types.filter((t) => t === 'epoch')).toHaveLength(3);
    expect(types.at(-1)).toBe('finished');
    const run = store.getRun(runId)!;
    expect(run.status).toBe('completed');
    expect(run.metrics.map((m) => m.epoch)).toEqual([1, 2, 3]);
    expect(run.hasWeights).toBe(true);
    expect(run.totalParams).toBe(2 * 16 + 16 + 16 * 2 + 2);
    expect(store.loadModel(runId)!.weightData.byteLength).toBe(run.totalParams * 4);
    store.close();
  });

  it('stops within a batch when asked, keeping finished epochs and weights', async () => {
    const { store, manager, events } = setup();
    const { runId, done } = manager.startRun({ lab: lab({ epochs: 50 }) });
    await firstEpoch(manager, events);
    manager.stopRun(runId);
    const outcome = await finished(done);
    expect(outcome.status).toBe('stopped');
    const run = store.getRun(runId)!;
    expect(run.metrics.length).toBeGreaterThanOrEqual(1);
    expect(run.metrics.length).toBeLessThan(50);
    expect(run.hasWeights).toBe(true);
    store.close();
  });

  it('pauses and resumes', async () => {
    const { manager, events } = setup();
    const { runId, done } = manager.startRun({ lab: lab({ epochs: 4 }) });
    await firstEpoch(manager, events);
    manager.pauseRun(runId);
    const isPaused = (e: RunEvent) => e.type === 'status' && e.status === 'paused';
    await nextEvent((l) => manager.onRunEvent(l), isPaused, "the trainer's 'paused'", {
      seen: events,
    });
    // The batch in flight when 'paused' was sent may still report; after it, nothing may.
    await quietFor(300);
    const whilePaused = progressCount(events);
    await quietFor(500);
    expect(progressCount(events)).toBe(whilePaused);
    manager.resumeRun(runId);
    expect((await finished(done)).status).toBe('completed');
    expect(progressCount(events)).toBeGreaterThan(whilePaused);
  });

  it('a killed trainer is a failed run; the caller survives and finished epochs are kept', async () => {
    const { store, manager, ports, events } = setup();
    const { runId, done } = manager.startRun({ lab: lab({ epochs: 50 }) });
    await firstEpoch(manager, events);
    process.kill(ports[0].pid!, 'SIGKILL');
    const outcome = await finished(done);
    expect(outcome.status).toBe('failed');
    expect(outcome.error?.code).toBe('trainer-crashed');
    expect(outcome.error?.message).toContain('was killed (SIGKILL)');
    const run = store.getRun(runId)!;
    expect(run.status).toBe('failed');
    expect(run.metrics.length).toBeGreaterThanOrEqual(1);
    store.close();
  });

  it('reports a model that does not fit the data as a failed run with the sentence', async () => {
    const { manager } = setup();
    const outcome = await finished(manager.startRun({ lab: lab({}, [3]) }).done);
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toMatchObject({ code: 'invalid-graph', nodeId: 'n0' });
    expect(outcome.error!.message).toContain("Input layer 'input' has shape [3]");
  });

  it('refuses an invalid graph before starting any process', () => {
    const { manager, ports } = setup();
    const bad = lab();
    (bad.graph.nodes[1].params as { units: number }).units = 0;
    expect(() => manager.startRun({ lab: bad })).toThrow("Dense layer 'dense': units is 0");
    expect(ports).toHaveLength(0);
  });

  it('probes the backend ladder and gives a reason for every rung skipped', async () => {
    const report = await withDeadline(
      probeBackend(() => forkTrainer()),
      'the backend probe',
    );
    expect(['wasm', 'cpu', 'tensorflow', 'webgpu', 'tensorflow-gpu']).toContain(report.name);
    const order = ['tensorflow-gpu', 'webgpu', 'tensorflow', 'wasm', 'cpu'];
    expect(report.skipped.map((s) => s.name)).toEqual(order.slice(0, order.indexOf(report.name)));
    for (const s of report.skipped) expect(s.reason.length).toBeGreaterThan(10);
  });
});
