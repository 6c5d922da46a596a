/**
 * The teacher's reading of the queue, pure: what to do with a job of the same id already in Redis
 * (a restarted teacher), and how a worker's record becomes the trainer message RunManager knows.
 * No Redis here, so both are tested as tables (test/unit/pool/pool-records.test.ts).
 */
import { decodeWire } from '../../contract/wire.ts';
import {
  parsePoolRecord,
  PoolProgressSchema,
  PoolResultSchema,
  type PoolProgress,
  type PoolRecord,
  type PoolResult,
} from '../../contract/pool.ts';
import type { TrainerMessage } from '../protocol.ts';
import type { SavedModel } from '../trainer.ts';

/** A BullMQ job's state, as `job.getState()` says it ('unknown': no such job). */
export type JobState =
  | 'completed'
  | 'failed'
  | 'active'
  | 'delayed'
  | 'prioritized'
  | 'waiting'
  | 'waiting-children'
  | 'unknown';

/**
 * What a teacher starting a fold does with the job of its id:
 * - 'add': there is none; queue it;
 * - 'follow': it is queued or training (a restarted teacher attaches), or it finished with a result
 *   (a restarted teacher replays its records: nothing is trained twice);
 * - 'replace': it ended without a result (failed, stopped): remove it and queue it again.
 */
export function existingJobAction(
  state: JobState | null,
  returnvalue: unknown,
): 'add' | 'follow' | 'replace' {
  if (state === null || state === 'unknown') return 'add';
  if (state === 'failed') return 'replace';
  if (state === 'completed') {
    const result = parseResult(returnvalue);
    return result && (result.status === 'completed' || result.status === 'early-stopped')
      ? 'follow'
      : 'replace';
  }
  return 'follow';
}

/** States in which no worker has the job (BullMQ waits, delays or prioritizes it). */
export function isWaitingState(state: JobState): boolean {
  return (
    state === 'waiting' ||
    state === 'delayed' ||
    state === 'prioritized' ||
    state === 'waiting-children'
  );
}

/** A job's progress as the worker published it; anything else (a number, junk) is no attempt. */
export function parseProgress(progress: unknown): PoolProgress | null {
  const parsed = PoolProgressSchema.safeParse(progress);
  return parsed.success ? parsed.data : null;
}

/** A job's return value; junk counts as no result (the fold is queued again). */
export function parseResult(returnvalue: unknown): PoolResult | null {
  const parsed = PoolResultSchema.safeParse(returnvalue);
  return parsed.success ? parsed.data : null;
}

/** Records that end an attempt: they count only once BullMQ says the job itself ended. */
export function isFinal(record: PoolRecord): boolean {
  return record.type === 'done' || record.type === 'error';
}

/** One list entry (JSON text) as a checked record; throws the contract's 'malformed-job' sentence. */
export function readRecord(text: string): PoolRecord {
  let data: unknown;
  try {
    data = decodeWire(text);
  } catch {
    data = { type: 'not JSON' };
  }
  return parsePoolRecord(data);
}

/** The trainer message a record stands for, as a local trainer process would have sent it. */
export function recordToMessage(record: PoolRecord): TrainerMessage {
  switch (record.type) {
    case 'backend':
      return { type: 'backend', backend: record.backend };
    case 'started': {
      const { type: _t, ...start } = record;
      return { type: 'started', ...start };
    }
    case 'epoch':
      return { type: 'epoch', metrics: record.metrics };
    case 'insight':
      return record.meta
        ? { type: 'insight', meta: record.meta, insight: record.insight }
        : { type: 'insight', insight: record.insight };
    case 'done': {
      const bytes = record.model.weightData;
      const model: SavedModel = {
        modelTopology: record.model.modelTopology,
        weightSpecs: record.model.weightSpecs as SavedModel['weightSpecs'],
        weightData: bytes.buffer.slice(
          bytes.byteOffset,
          bytes.byteOffset + bytes.byteLength,
        ) as ArrayBuffer,
      };
      return {
        type: 'done',
        status: record.status,
        // The store finds the best epoch from the metrics; the worker's process checked its tensors.
        bestEpoch: null,
        stoppedEpoch: record.stoppedEpoch,
        model,
        seconds: record.seconds,
        tensors: { before: 0, after: 0 },
      };
    }
    case 'error':
      return { type: 'error', error: record.error };
  }
}
