/**
 * The teacher's reading of the queue without Redis: what a restarted teacher does with a job it
 * finds, and how each worker record becomes the trainer message RunManager records.
 */
import { describe, expect, it } from 'vitest';
import { encodeWire } from '../../../../src-main/contract/wire.ts';
import {
  existingJobAction,
  isFinal,
  readRecord,
  recordToMessage,
  type JobState,
} from '../../../../src-main/engine/pool/pool-records.ts';

const result = (status: string) => ({ token: 't1', status, records: 4 });

describe('a job of the same id already in Redis', () => {
  const CASES: [JobState | null, unknown, 'add' | 'follow' | 'replace'][] = [
    [null, undefined, 'add'],
    ['unknown', undefined, 'add'],
    ['waiting', undefined, 'follow'],
    ['delayed', undefined, 'follow'],
    ['prioritized', undefined, 'follow'],
    ['active', undefined, 'follow'],
    ['completed', result('completed'), 'follow'],
    ['completed', result('early-stopped'), 'follow'],
    ['completed', result('stopped'), 'replace'],
    ['completed', result('failed'), 'replace'],
    ['completed', { token: 't1', status: 'completed' }, 'replace'],
    ['completed', 'done', 'replace'],
    ['failed', undefined, 'replace'],
  ];
  it.each(CASES)('%s with %j: %s', (state, returnvalue, action) => {
    expect(existingJobAction(state, returnvalue)).toBe(action);
  });
});

const metrics = {
  epoch: 1,
  loss: 0.6,
  accuracy: 0.7,
  val_loss: 0.5,
  val_accuracy: 0.8,
  regularization_loss: 0,
  seconds: 0.3,
};

describe('records as trainer messages', () => {
  it('gives the epoch and the backend as a local trainer sends them', () => {
    const epoch = readRecord(encodeWire({ type: 'epoch', metrics }));
    expect(recordToMessage(epoch)).toEqual({ type: 'epoch', metrics });
    expect(isFinal(epoch)).toBe(false);
    const backend = { name: 'cpu', label: 'JavaScript', skipped: [], details: [] };
    expect(recordToMessage(readRecord(encodeWire({ type: 'backend', backend })))).toEqual({
      type: 'backend',
      backend,
    });
  });

  it("turns 'done' into the protocol's done, the weights back into an ArrayBuffer", () => {
    const weights = new Uint8Array([0, 1, 2, 250, 251, 252, 253, 254]);
    const text = encodeWire({
      type: 'done',
      status: 'early-stopped',
      stoppedEpoch: 4,
      seconds: 2.5,
      model: {
        modelTopology: { class_name: 'Sequential' },
        weightSpecs: [{ name: 'dense/kernel', shape: [2, 1], dtype: 'float32' }],
        weightData: weights.subarray(4),
      },
    });
    const record = readRecord(text);
    expect(isFinal(record)).toBe(true);
    const message = recordToMessage(record);
    expect(message).toMatchObject({
      type: 'done',
      status: 'early-stopped',
      stoppedEpoch: 4,
      bestEpoch: null,
      seconds: 2.5,
      tensors: { before: 0, after: 0 },
    });
    if (message.type !== 'done') throw new Error('not done');
    expect(message.model.weightData).toBeInstanceOf(ArrayBuffer);
    expect([...new Uint8Array(message.model.weightData)]).toEqual([251, 252, 253, 254]);
  });

  it('passes an error record on with its code and sentence', () => {
    const error = { code: 'not-found', message: "Worker 'pc-02' has no mnist." };
    const record = readRecord(encodeWire({ type: 'error', error }));
    expect(isFinal(record)).toBe(true);
    expect(recordToMessage(record)).toEqual({ type: 'error', error });
  });

  const MALFORMED: [string, string][] = [
    ['not JSON', '{"type": "epoch", '],
    ['an unknown type', encodeWire({ type: 'format-disk' })],
    ['a field too many', encodeWire({ type: 'epoch', metrics, extra: 1 })],
    ['an infinite loss', '{"type":"epoch","metrics":{"epoch":1,"loss":1e999}}'],
    ['weights that are not bytes', encodeWire({ type: 'done', model: { weightData: 'AAAA' } })],
    ['an unknown error code', encodeWire({ type: 'error', error: { code: 'x', message: 'y' } })],
  ];
  it.each(MALFORMED)('refuses a record with %s, in one sentence', (_what, text) => {
    expect(() => readRecord(text)).toThrow(
      expect.objectContaining({
        code: 'malformed-job',
        message: expect.stringMatching(
          /^A worker sent a malformed record \(.+\); it was refused\.$/,
        ),
      }),
    );
  });
});
