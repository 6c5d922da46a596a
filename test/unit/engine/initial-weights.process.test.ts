/**
 * `RunRequest.initialWeightsFrom` and `RunManager.evaluate` through real trainer processes: a run
 * starts from another run's stored weights (and is refused, in one sentence, when the graph's
 * weights differ), and a run's weights are scored on the test set as its last epoch scored them.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LayerLabError } from '../../../src-main/contract/errors.ts';
import type { LabFile } from '../../../src-main/contract/lab.ts';
import { RunManager } from '../../../src-main/engine/run-manager.ts';
import { forkTrainer } from '../../../src-main/engine/trainer-client.ts';
import { RunStore } from '../../../src-main/store/run-store.ts';
import { moons } from '../../helpers/labs.ts';
import { withDeadline } from '../../helpers/wait.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'layerlab-initial-weights-'));
const store = new RunStore(path.join(dir, 'runs.sqlite'));
const manager = new RunManager({
  store,
  dataDirs: [],
  backend: 'cpu',
  spawnTrainer: () => forkTrainer(),
  maxConcurrent: 1,
});
afterAll(() => store.close());

async function trained(lab: LabFile, initialWeightsFrom?: string) {
  const run = manager.startRun({ lab, initialWeightsFrom });
  const outcome = await withDeadline(run.done, `run ${lab.name}`);
  expect(outcome.status).toBe('completed');
  const model = store.loadModel(run.runId)!;
  const weights = new Float32Array(model.weightData.slice().buffer);
  return { runId: run.runId, weights, metrics: store.getRun(run.runId)!.metrics };
}

const maxDiff = (a: Float32Array, b: Float32Array) =>
  a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i])), 0);

describe('starting from stored weights', () => {
  const lab = moons({ hidden: [8], training: { epochs: 3 } });
  // A learning rate too small to move anything: what the run stores is what it started from.
  const still = moons({
    hidden: [8],
    training: { epochs: 1, optimizer: 'sgd', learningRate: 1e-9, seed: 5 },
  });
  let first: Awaited<ReturnType<typeof trained>>;

  it('a run with initialWeightsFrom trains on from that run’s weights, one without from fresh ones', async () => {
    first = await trained(lab);
    const continued = await trained(still, first.runId);
    const fresh = await trained(still);
    expect(maxDiff(continued.weights, first.weights)).toBeLessThan(1e-6);
    expect(maxDiff(fresh.weights, first.weights)).toBeGreaterThan(0.01);
    // Its first epoch scores what the first run's last epoch scored.
    expect(continued.metrics[0].val_loss).toBeCloseTo(first.metrics[2].val_loss!, 5);
  }, 120_000);

  it('evaluates a run’s weights on the test set as its last epoch did', async () => {
    const evaluation = await withDeadline(manager.evaluate(first.runId, lab), 'the evaluation');
    expect(evaluation.datasetId).toBe('synthetic:moons');
    expect(evaluation.count).toBeGreaterThan(0);
    expect(evaluation.loss).toBeCloseTo(first.metrics[2].val_loss!, 6);
    expect(evaluation.accuracy).toBeCloseTo(first.metrics[2].val_accuracy!, 6);
  }, 60_000);

  it('refuses, in one sentence before any trainer starts, weights that do not fit the graph', () => {
    const wider = moons({ hidden: [9] });
    let error: unknown;
    try {
      manager.startRun({ lab: wider, initialWeightsFrom: first.runId });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LayerLabError);
    expect((error as LayerLabError).code).toBe('mismatch');
    expect((error as LayerLabError).message).toMatch(
      /^Run 'moons #1' has \S+\/kernel of shape \[2, 8\], but layer '\S+' of this model needs \[2, 9\]; continue from a run of the same model\.$/,
    );
  });

  it('refuses a run that has no weights', () => {
    expect(() => manager.startRun({ lab, initialWeightsFrom: 'no-such-run' })).toThrow(
      /There is no run no-such-run to take weights from/,
    );
  });
});
