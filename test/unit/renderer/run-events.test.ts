import { describe, expect, it } from 'vitest';
import type { BackendReport, RunSummary } from '../../../src-main/contract/api.ts';
import type { DatasetInfo } from '../../../src-main/contract/datasets.ts';
import { insightSummary } from '../../../src-main/contract/insight-words.ts';
import { epochInsight } from '../../helpers/insights.ts';
import { queuePlace } from '../../../src-renderer/lib/format.ts';
import {
  applyRunEvent,
  emptyRuns,
  mergeRunList,
  type RunsData,
} from '../../../src-renderer/lib/run-events.ts';

const summary = (over: Partial<RunSummary> = {}): RunSummary => ({
  id: 'r1',
  name: 'Lab #1',
  labName: 'Lab',
  createdAt: '2025-01-01T00:00:00Z',
  finishedAt: null,
  status: 'running',
  datasetId: 'mnist',
  backend: null,
  epochsDone: 0,
  epochsPlanned: 2,
  bestEpoch: null,
  bestValLoss: null,
  bestValAccuracy: null,
  stoppedEpoch: null,
  totalParams: 0,
  hasWeights: false,
  error: null,
  inside: null,
  ...over,
});
const backend: BackendReport = { name: 'wasm', label: 'WebAssembly', skipped: [], details: [] };
const dataset: DatasetInfo = {
  id: 'mnist',
  title: 'MNIST',
  task: 'multiclass',
  classNames: ['0'],
  featureShape: [784],
  trainCount: 10,
  testCount: 5,
};
const epoch = (n: number, valLoss: number) => ({
  epoch: n,
  loss: 1 / n,
  accuracy: 0.5,
  val_loss: valLoss,
  val_accuracy: 1 - valLoss,
  regularization_loss: 0,
  seconds: 1,
});

describe('applyRunEvent', () => {
  it("keeps a queued run's place in line until it leaves the queue", () => {
    let d = { ...emptyRuns(), runs: [summary({ status: 'queued' })] };
    d = applyRunEvent(d, { type: 'queue', runId: 'r1', position: 4, waiting: 6 });
    expect(queuePlace(d.places.r1)).toBe('Queued: 4th in line for a trainer');
    d = applyRunEvent(d, { type: 'queue', runId: 'r1', position: 1, waiting: 2 });
    expect(queuePlace(d.places.r1)).toBe('Queued: next in line for a trainer');
    d = applyRunEvent(d, { type: 'status', runId: 'r1', status: 'running' });
    expect(d.places).toEqual({});
  });

  it('follows a run from start to finish', () => {
    let d = { ...emptyRuns(), runs: [summary()] };
    d = applyRunEvent(d, {
      type: 'started',
      runId: 'r1',
      dataset,
      backend,
      stepsPerEpoch: 4,
      epochs: 2,
      trainCount: 10,
      validationCount: 5,
      totalParams: 7850,
    });
    expect(d.started.r1.backend.label).toBe('WebAssembly');
    expect(d.runs[0].backend).toBe('wasm');
    d = applyRunEvent(d, {
      type: 'progress',
      runId: 'r1',
      epoch: 1,
      batch: 2,
      batches: 4,
      loss: 0.7,
      accuracy: 0.6,
    });
    expect(d.progress.r1).toMatchObject({ batch: 2, batches: 4 });
    d = applyRunEvent(d, { type: 'epoch', runId: 'r1', metrics: epoch(1, 0.4) });
    d = applyRunEvent(d, { type: 'epoch', runId: 'r1', metrics: epoch(2, 0.5) });
    expect(d.metrics.r1.map((m) => m.epoch)).toEqual([1, 2]);
    expect(d.runs[0]).toMatchObject({ epochsDone: 2, bestEpoch: 1, bestValLoss: 0.4 });
    d = applyRunEvent(d, { type: 'status', runId: 'r1', status: 'completed' });
    expect(d.runs[0].status).toBe('completed');
    const final = summary({
      status: 'completed',
      epochsDone: 2,
      hasWeights: true,
      totalParams: 99,
    });
    d = applyRunEvent(d, { type: 'finished', runId: 'r1', run: final });
    expect(d.runs[0]).toBe(final);
    expect(d.progress.r1).toBeNull();
  });

  it('replaces its data instead of changing it (charts see new arrays)', () => {
    const before = { ...emptyRuns(), runs: [summary()], metrics: { r1: [epoch(1, 0.4)] } };
    const after = applyRunEvent(before, { type: 'epoch', runId: 'r1', metrics: epoch(2, 0.3) });
    expect(before.metrics.r1).toHaveLength(1);
    expect(after.metrics.r1).not.toBe(before.metrics.r1);
  });

  it("an insight gives the run's row its line in words, as the store lists it", () => {
    const insight = epochInsight(3, 'images');
    const d = applyRunEvent(
      { ...emptyRuns(), runs: [summary()] },
      { type: 'insight', runId: 'r1', insight },
    );
    expect(d.runs[0].inside).toBe(insightSummary({ epochs: [insight] }));
    expect(d.runs[0].inside).toContain(insight.weights[0].layer);
  });

  it('events of a run it does not list (a grid fold run) make no row', () => {
    let d: RunsData = { ...emptyRuns(), runs: [summary()] };
    d = applyRunEvent(d, { type: 'epoch', runId: 'fold', metrics: epoch(1, 0.5) });
    d = applyRunEvent(d, { type: 'status', runId: 'fold', status: 'completed' });
    d = applyRunEvent(d, {
      type: 'finished',
      runId: 'fold',
      run: summary({ id: 'fold', status: 'completed' }),
    });
    expect(d.runs.map((r) => r.id)).toEqual(['r1']);
  });
});

describe('mergeRunList', () => {
  it('keeps what events said when the list is older', () => {
    const d = { ...emptyRuns(), runs: [summary({ epochsDone: 3 })] };
    const merged = mergeRunList(d, [
      summary({ epochsDone: 2 }),
      summary({ id: 'old', status: 'completed' }),
    ]);
    expect(merged.runs.map((r) => [r.id, r.epochsDone])).toEqual([
      ['r1', 3],
      ['old', 0],
    ]);
  });
});
