/**
 * A worker of the pool (`layerlab worker`): takes (setting, fold) jobs off the BullMQ queue, trains
 * each in the normal trainer process, and appends what the trainer says to the attempt's records
 * (protocol: contract/pool.ts). It checks every job before running it, refuses one whose dataset it
 * lacks (another worker may have it), and on leaving hands its jobs straight back to the queue.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UnrecoverableError, WaitingError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { BuiltinDatasetName } from '../../contract/datasets.ts';
import { BUILTIN_DATASETS } from '../../contract/datasets.ts';
import { LayerLabError, said, toErrorInfo } from '../../contract/errors.ts';
import { parseLab, type LabFile } from '../../contract/lab.ts';
import {
  parsePoolJob,
  redactRedisUrl,
  type PoolResult,
  type WorkerInfo,
  WorkerInfoSchema,
} from '../../contract/pool.ts';
import { BUILTIN_SETS } from '../../data/builtins.ts';
import type { BackendPreference } from '../backend.ts';
import type { TrainerPort } from '../protocol.ts';
import { probeBackend } from '../trainer-client.ts';
import {
  CONTROL_CHANNEL,
  POOL_PREFIX,
  POOL_QUEUE,
  poolTimings,
  workerKey,
  type ControlMessage,
  type PoolTimings,
} from './keys.ts';
import { PoolAttempt } from './pool-attempt.ts';
import { describeRedisError, redisConnection, waitForRedis } from './redis.ts';
import { trainAttempt, type Training } from './pool-training.ts';

export interface PoolWorkerOptions {
  url: string;
  name: string;
  concurrency: number;
  dataDirs: string[];
  backend?: BackendPreference;
  spawnTrainer: () => TrainerPort;
  timings?: PoolTimings;
  /** One line for people (never with the password). */
  log: (line: string) => void;
  /** How long `start()` waits for Redis before it gives up with the sentence. */
  connectMs?: number;
}

export class PoolWorker {
  readonly options: PoolWorkerOptions;
  readonly timings: PoolTimings;
  /** The built-in datasets this worker's data folders hold (looked at again for each job). */
  datasets: BuiltinDatasetName[];
  backendLabel = 'unknown until its first job';
  #client: Redis;
  #subscriber: Redis;
  #worker: Worker | null = null;
  #workerConnection: Redis | null = null;
  #trainings = new Map<string, Training>();
  #heartbeat: NodeJS.Timeout | null = null;
  #since = new Date().toISOString();
  #closing = false;
  #lost = false;
  #said = new Set<string>();

  constructor(options: PoolWorkerOptions) {
    this.options = options;
    this.timings = options.timings ?? poolTimings();
    this.datasets = this.#findDatasets();
    const name = `layerlab-worker:${options.name}`;
    this.#client = redisConnection(options.url, { name, onError: (e) => this.#redisDown(e) });
    this.#subscriber = redisConnection(options.url, { name, onError: (e) => this.#redisDown(e) });
    this.#client.on('ready', () => this.#redisUp());
  }

  get where(): string {
    return redactRedisUrl(this.options.url);
  }

  get active(): number {
    return this.#trainings.size;
  }

  /** Connects (or throws the sentence), learns its backend, announces itself and takes jobs. */
  async start(): Promise<void> {
    try {
      await this.#connect();
    } catch (e) {
      this.#closing = true;
      if (this.#heartbeat) clearInterval(this.#heartbeat);
      for (const client of [this.#client, this.#subscriber, this.#workerConnection])
        client?.disconnect();
      throw e;
    }
  }

  async #connect(): Promise<void> {
    const deadline = this.options.connectMs ?? 10_000;
    await Promise.all([
      waitForRedis(this.#client, this.options.url, deadline),
      waitForRedis(this.#subscriber, this.options.url, deadline),
    ]);
    await this.#checkName();
    try {
      const backend = await probeBackend(this.options.spawnTrainer, this.options.backend);
      this.backendLabel = backend.label;
    } catch {
      // The first job's trainer says it (or says why it cannot train).
    }
    await this.#subscriber.subscribe(CONTROL_CHANNEL);
    this.#subscriber.on('message', (_channel: string, text: string) => this.#control(text));
    await this.#announce();
    this.#heartbeat = setInterval(() => void this.#announce(), this.timings.heartbeatMs);
    const { lockMs, stalledIntervalMs } = this.timings;
    // BullMQ leaves a connection it was given open on close: this one is ours to end.
    this.#workerConnection = redisConnection(this.options.url, {
      name: `layerlab-worker:${this.options.name}`,
    });
    this.#worker = new Worker(POOL_QUEUE, (job, token) => this.#process(job, token), {
      connection: this.#workerConnection,
      prefix: POOL_PREFIX,
      concurrency: this.options.concurrency,
      lockDuration: lockMs,
      stalledInterval: stalledIntervalMs,
      maxStalledCount: 5,
      name: this.options.name,
    });
    this.#worker.on('error', (e) => this.#workerError(e));
    await this.#worker.waitUntilReady();
  }

  /**
   * Leaves the pool: takes no more jobs, stops its trainers and puts their jobs back on the queue at
   * once (another worker takes them without waiting for the lock to run out), then disconnects.
   */
  async close(): Promise<void> {
    if (this.#closing) return;
    this.#closing = true;
    if (this.#heartbeat) clearInterval(this.#heartbeat);
    const closing = this.#worker?.close();
    for (const training of this.#trainings.values()) training.handBack();
    await closing;
    if (this.#client.status === 'ready') await this.#client.del(workerKey(this.options.name));
    this.#workerConnection?.disconnect();
    this.#client.disconnect();
    this.#subscriber.disconnect();
  }

  async #process(job: Job, lockToken?: string): Promise<PoolResult> {
    // A fetch already waiting when the worker began to leave can still bring a job (even the one
    // just handed back): hand it straight back too, here and once it is checked.
    if (this.#closing) return this.#handBack(job, lockToken, null);
    const attempt = new PoolAttempt(this.#client, job, randomUUID(), this.options.name);
    await attempt.begin();
    let lab: LabFile;
    let label = job.id!;
    try {
      const poolJob = parsePoolJob(job.data);
      if (poolJob.name) label = `${job.id} (${poolJob.name})`;
      lab = parseLab(poolJob.lab, `job ${job.id}'s lab`);
    } catch (e) {
      const message = malformed(e);
      await this.#refuse(attempt, label, 'malformed-job', message);
      throw new UnrecoverableError(message);
    }
    const missing = this.#missingData(lab);
    if (missing) {
      await this.#refuse(attempt, label, 'not-found', missing);
      throw new Error(missing);
    }
    if (this.#closing) return this.#handBack(job, lockToken, null);
    this.options.log(`Took ${label}.`);
    const started = Date.now();
    const outcome = await trainAttempt(job.id!, lab, attempt, this.#trainings, {
      spawnTrainer: this.options.spawnTrainer,
      dataDirs: this.options.dataDirs,
      backend: this.options.backend,
      threads: Math.max(1, Math.floor(os.availableParallelism() / this.options.concurrency)),
      onBackend: (label) => (this.backendLabel = label),
    });
    if (outcome === 'handed-back') return this.#handBack(job, lockToken, label);
    const seconds = Math.round((Date.now() - started) / 100) / 10;
    const why = outcome === 'failed' && attempt.lastError ? `: ${attempt.lastError}` : '.';
    this.options.log(`Finished ${label}: ${outcome} in ${seconds} s${why}`);
    return { token: attempt.token, status: outcome, records: attempt.records };
  }

  /** Back to the queue for another worker; `label`: say so (null: it was never announced as taken). */
  async #handBack(job: Job, lockToken: string | undefined, label: string | null): Promise<never> {
    await job.moveToWait(lockToken);
    if (label) this.options.log(`Handed ${label} back to the pool.`);
    throw new WaitingError();
  }

  async #refuse(
    attempt: PoolAttempt,
    label: string,
    code: 'malformed-job' | 'not-found',
    message: string,
  ) {
    this.options.log(`Refused ${label}: ${message}`);
    await attempt.append({ type: 'error', error: { code, message } });
    await attempt.settled();
  }

  #missingData(lab: LabFile): string | null {
    const ref = lab.dataset;
    if (ref.kind === 'file') return this.#fileRefusal(ref.path);
    if (ref.kind !== 'builtin') return null;
    // A set copied in while the worker runs counts at once (and shows in its next heartbeat).
    this.datasets = this.#findDatasets();
    if (this.datasets.includes(ref.name)) return null;
    const searched = this.options.dataDirs.join(', ') || 'no folders';
    return `Worker ${this.options.name} has no ${BUILTIN_SETS[ref.name].title} (${ref.name}): it searched ${searched}. Copy the set into one of them, or start the worker with --data-dir pointing at a folder that holds it; another worker may take the job meanwhile.`;
  }

  /**
   * Anyone who can write to the queue can send a job: a worker reads dataset files only inside its
   * own data folders (symbolic links resolved), never wherever a job points (its images would come
   * back in the records' thumbnails).
   */
  #fileRefusal(file: string): string | null {
    const real = (p: string) => {
      try {
        return fs.realpathSync(p);
      } catch {
        return null;
      }
    };
    const target = real(file);
    const inside = (dir: string) => {
      const base = real(dir);
      return !!target && !!base && (target === base || target.startsWith(base + path.sep));
    };
    if (this.options.dataDirs.some(inside)) return null;
    const folders = this.options.dataDirs.join(', ') || 'none';
    return target
      ? `Worker ${this.options.name} reads dataset files only from its data folders (${folders}), and ${file} is not in one: copy the file into a data folder, at the same path on every worker, or train this lab on the teacher's machine.`
      : `Worker ${this.options.name} has no ${file}: the lab trains on a file of the teacher's machine; copy it into a data folder (${folders}), at the same path on every worker, or train this lab on the teacher's machine.`;
  }

  #findDatasets(): BuiltinDatasetName[] {
    return BUILTIN_DATASETS.filter(
      (name) => BUILTIN_SETS[name].locate(this.options.dataDirs).location,
    );
  }

  #control(text: string): void {
    const message = controlMessage(text);
    if (message) this.#trainings.get(message.jobId)?.send(message.action);
  }

  /** Two workers of one name would share one entry in the list: the second one is refused. */
  async #checkName(): Promise<void> {
    const text = await this.#client.get(workerKey(this.options.name));
    let parsed;
    try {
      parsed = WorkerInfoSchema.safeParse(JSON.parse(text ?? 'null'));
    } catch {
      return;
    }
    if (!parsed.success) return;
    const other = parsed.data;
    const here = other.host === os.hostname();
    if (here && (other.pid === process.pid || !alive(other.pid))) return;
    throw new LayerLabError(
      'busy',
      said(here ? 'error_pool_worker_name_here' : 'error_pool_worker_name', {
        name: this.options.name,
        host: other.host,
        pid: other.pid,
      }),
    );
  }

  async #announce(): Promise<void> {
    if (this.#client.status !== 'ready' || this.#closing) return;
    const info: WorkerInfo = {
      name: this.options.name,
      host: os.hostname(),
      pid: process.pid,
      concurrency: this.options.concurrency,
      active: this.active,
      backend: this.backendLabel,
      datasets: this.datasets,
      since: this.#since,
      lastSeen: new Date().toISOString(),
    };
    const seconds = Math.max(1, Math.ceil((3 * this.timings.heartbeatMs) / 1000));
    await this.#client
      .set(workerKey(this.options.name), JSON.stringify(info), 'EX', seconds)
      .catch(() => {});
  }

  /** BullMQ's errors: a lost connection is said once; anything else once per distinct sentence. */
  #workerError(error: unknown): void {
    if (this.#lost || this.#closing) return;
    if (this.#client.status !== 'ready') return this.#redisDown(error);
    const sentence = describeRedisError(error, this.options.url).message;
    if (this.#said.has(sentence)) return;
    this.#said.add(sentence);
    this.options.log(sentence);
  }

  #redisDown(error: unknown): void {
    if (this.#lost || this.#closing || !this.#worker) return;
    if (this.#client.status === 'ready' && this.#subscriber.status === 'ready') return;
    this.#lost = true;
    this.options.log(
      `Lost the Redis server: ${describeRedisError(error, this.options.url).message} Trying again until it is back.`,
    );
  }

  #redisUp(): void {
    if (!this.#lost) return;
    this.#lost = false;
    this.options.log(`The Redis server at ${this.where} is back.`);
    void this.#announce();
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function malformed(e: unknown): string {
  if (e instanceof LayerLabError && e.code === 'malformed-job') return e.message;
  return `The job's lab was refused, not run: ${toErrorInfo(e).message}`;
}

/** A control message off the channel, or null for anything that is not one (ignored). */
export function controlMessage(text: string): ControlMessage | null {
  try {
    const m = JSON.parse(text) as Partial<ControlMessage> | null;
    if (typeof m?.jobId !== 'string' || !['stop', 'pause', 'resume'].includes(m.action as string))
      return null;
    return { jobId: m.jobId, action: m.action! };
  } catch {
    return null;
  }
}
