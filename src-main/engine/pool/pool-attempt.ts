/**
 * One attempt at a pool job, on the worker's side: its token, its list of records, and the job's
 * progress that tells the teacher how far the list goes (contract/pool.ts). Every write goes through
 * one promise chain, so the teacher never hears of a record before it is in the list, and records
 * land in the order the trainer sent them.
 */
import type { Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { PoolProgress, PoolRecord } from '../../contract/pool.ts';
import { encodeWire } from '../../contract/wire.ts';
import type { TrainerMessage } from '../protocol.ts';
import { KEEP_SECONDS, recordsKey } from './keys.ts';

type Live = NonNullable<PoolProgress['live']>;

/** Live progress is published at most this often (the teacher's progress bar needs no more). */
const LIVE_INTERVAL_MS = 1000;

export class PoolAttempt {
  readonly token: string;
  #client: Redis;
  #job: Job;
  #worker: string;
  #records = 0;
  #live: Live | null = null;
  #liveAt = 0;
  #livePending = false;
  #chain: Promise<void> = Promise.resolve();
  #failed: unknown = null;
  /** The sentence of the last error record, for the worker's line about the job. */
  lastError: string | null = null;

  constructor(client: Redis, job: Job, token: string, worker: string) {
    this.#client = client;
    this.#job = job;
    this.token = token;
    this.#worker = worker;
  }

  get records(): number {
    return this.#records;
  }

  /** Says which attempt is current (no records yet). */
  begin(): Promise<void> {
    return this.#enqueue(() => this.#publish());
  }

  /** Appends one record, then tells the teacher the list grew. */
  append(record: PoolRecord): Promise<void> {
    if (record.type === 'epoch') this.#live = null;
    if (record.type === 'error') this.lastError = record.error.message;
    return this.#enqueue(async () => {
      const key = recordsKey(this.#job.id!, this.token);
      await this.#client.multi().rpush(key, encodeWire(record)).expire(key, KEEP_SECONDS).exec();
      this.#records += 1;
      await this.#publish();
    });
  }

  /** A batch's running means: published at most about once a second, the latest one winning. */
  live(live: Live): void {
    if (!Number.isFinite(live.loss) || !Number.isFinite(live.accuracy)) return;
    this.#live = live;
    if (this.#livePending || Date.now() - this.#liveAt < LIVE_INTERVAL_MS) return;
    this.#livePending = true;
    void this.#enqueue(async () => {
      this.#livePending = false;
      this.#liveAt = Date.now();
      await this.#publish();
    });
  }

  /** Waits for every write so far; rejects if one of them failed (the records are then incomplete). */
  async settled(): Promise<void> {
    await this.#chain;
    if (this.#failed) throw this.#failed;
  }

  #publish(): Promise<void> {
    const progress: PoolProgress = {
      token: this.token,
      worker: this.#worker,
      records: this.#records,
      live: this.#live,
    };
    return this.#job.updateProgress(progress);
  }

  #enqueue(write: () => Promise<void>): Promise<void> {
    this.#chain = this.#chain.then(async () => {
      if (this.#failed) return;
      try {
        await write();
      } catch (e) {
        this.#failed = e;
      }
    });
    return this.#chain;
  }
}

/** The record for a trainer's message, or null for those that are not records (progress, pauses). */
export function recordOf(message: TrainerMessage): PoolRecord | null {
  switch (message.type) {
    case 'backend':
    case 'epoch':
    case 'insight':
      return message;
    case 'started': {
      const { dataset, stepsPerEpoch, epochs, trainCount, validationCount, totalParams } = message;
      return {
        type: 'started',
        dataset,
        stepsPerEpoch,
        epochs,
        trainCount,
        validationCount,
        totalParams,
      };
    }
    case 'done': {
      const { modelTopology, weightSpecs, weightData } = message.model;
      return {
        type: 'done',
        status: message.status,
        stoppedEpoch: message.stoppedEpoch,
        seconds: message.seconds,
        model: { modelTopology, weightSpecs, weightData: new Uint8Array(weightData) },
      };
    }
    case 'error':
      return { type: 'error', error: { code: message.error.code, message: message.error.message } };
    default:
      return null;
  }
}
