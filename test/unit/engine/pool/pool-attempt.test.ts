/** A trainer's messages as pool records: each one survives the wire and the teacher's schema. */
import { expect, it } from 'vitest';
import { parsePoolRecord } from '../../../../src-main/contract/pool.ts';
import { decodeWire, encodeWire } from '../../../../src-main/contract/wire.ts';
import { recordOf } from '../../../../src-main/engine/pool/pool-attempt.ts';
import { controlMessage } from '../../../../src-main/engine/pool/pool-worker.ts';
import type { TrainerMessage } from '../../../../src-main/engine/protocol.ts';

const dataset = {
  id: 'synthetic:moons',
  title: 'Two moons',
  task: 'multiclass' as const,
  classNames: ['a', 'b'],
  featureShape: [2],
  trainCount: 160,
  testCount: 40,
};

const travel = (m: TrainerMessage) => parsePoolRecord(decodeWire(encodeWire(recordOf(m))));

it('a diverged epoch keeps its NaN losses (JSON writes them as null)', () => {
  const metrics = {
    epoch: 3,
    loss: NaN,
    accuracy: 0.5,
    val_loss: NaN,
    regularization_loss: 0,
    seconds: 1,
  };
  expect(travel({ type: 'epoch', metrics })).toEqual({ type: 'epoch', metrics });
});

it("'started' keeps only what the record holds", () => {
  const start = {
    dataset,
    stepsPerEpoch: 5,
    epochs: 2,
    trainCount: 160,
    validationCount: 40,
    totalParams: 42,
  };
  expect(travel({ type: 'started', ...start })).toEqual({ type: 'started', ...start });
});

it("'done' carries the weights as bytes, without the tensor counts", () => {
  const weightData = new Float32Array([1, 2, 3]).buffer;
  const record = travel({
    type: 'done',
    status: 'stopped',
    bestEpoch: 1,
    stoppedEpoch: 2,
    seconds: 1.5,
    tensors: { before: 0, after: 0 },
    model: {
      modelTopology: { x: 1 },
      weightSpecs: [{ name: 'w', shape: [3], dtype: 'float32' }],
      weightData,
    },
  });
  expect(record).toMatchObject({ type: 'done', status: 'stopped', stoppedEpoch: 2 });
  const bytes = (record as { model: { weightData: Uint8Array } }).model.weightData;
  expect([...new Float32Array(bytes.slice().buffer)]).toEqual([1, 2, 3]);
});

it("an error keeps its code and sentence only (no file paths of the worker's machine)", () => {
  const error = { code: 'not-found' as const, message: 'No such set.', file: '/home/pc-07/x.csv' };
  expect(travel({ type: 'error', error })).toEqual({
    type: 'error',
    error: { code: 'not-found', message: 'No such set.' },
  });
});

it('progress and pauses are not records', () => {
  expect(recordOf({ type: 'paused' })).toBeNull();
  expect(
    recordOf({ type: 'progress', epoch: 1, batch: 1, batches: 2, loss: 1, accuracy: 0 }),
  ).toBeNull();
});

it.each([
  ['{"jobId":"g_t0_f0","action":"stop"}', { jobId: 'g_t0_f0', action: 'stop' }],
  ['{"jobId":"g_t0_f0","action":"explode"}', null],
  ['{"action":"stop"}', null],
  ['null', null],
  ['not json', null],
])('control message %s', (text, expected) => {
  expect(controlMessage(text)).toEqual(expected);
});
