/**
 * A grid fold trained by a pool's worker, behind the same `TrainerPort` as a local trainer process.
 * Nothing lost, recorded once: the port reads the current attempt's records from a cursor and hands
 * each to RunManager exactly once, in order; an attempt that is lost (its worker killed, the job back
 * in the queue) is announced as 'requeued' (RunManager voids what it recorded) and the next attempt
 * is read from its start. The end of an attempt ('done', 'error') counts only once BullMQ says the
 * job ended, so a refusal that BullMQ retries elsewhere never ends the fold.
 *
 * It syncs on the queue's events for its job and on a timer (a missed event, a reconnect, a Redis
 * restarted empty never lose a record), one sync at a time.
 */
import type { Job, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { said, saidInfo, type ErrorInfo, type LayerLabError } from '../../contract/errors.ts';
import type { LabFile } from '../../contract/lab.ts';
import { POOL_JOB_VERSION, redactRedisUrl, type PoolJob } from '../../contract/pool.ts';
import type { ExitProblem, TrainerMessage, TrainerPort, TrainerRequest } from '../protocol.ts';
import {
  CONTROL_CHANNEL,
  KEEP_SECONDS,
  poolJobId,
  recordsKey,
  type ControlMessage,
  type PoolTimings,
} from './keys.ts';
import {
  existingJobAction,
  isFinal,
  isWaitingState,
  parseProgress,
  parseResult,
  readRecord,
  recordToMessage,
  type JobState,
} from './pool-records.ts';

/** What a port hears of its job from the queue's event stream. */
export type JobNotice =
  { type: 'progress'; data: unknown } | { type: 'completed' | 'failed' | 'stalled' | 'removed' };

/** What the pool client lends each port. */
export interface PoolLink {
  readonly queue: Queue;
  /** A plain client for LRANGE and PUBLISH. */
  readonly redis: Redis;
  /** The address as given (with its password): only ever shown through `redactRedisUrl`. */
  readonly url: string;
  readonly timings: PoolTimings;
  /** Calls `listener` with the queue's events for `jobId` until the returned function is called. */
  watch(jobId: string, listener: (notice: JobNotice) => void): () => void;
  /** The connection's last failure, while it is down. */
  trouble(): LayerLabError | null;
  /** Keeps a last write (a job removed, a stop sent) going until the client closes. */
  track(work: Promise<unknown>): void;
  readonly closed: boolean;
}

export interface PoolFold {
  gridId: string;
  trial: number;
  fold: number;
  name: string;
  lab: LabFile;
}

/**
 * Tries of one fold: a worker without the dataset refuses it (another may have it, or join later).
 * With the backoff doubling from 1 s, a fold nobody can train fails after about two minutes.
 */
const ATTEMPTS = 8;

export class RemotePort implements TrainerPort {
  readonly jobId: string;
  readonly #messages = new Set<(m: TrainerMessage) => void>();
  readonly #exits = new Set<(problem: ExitProblem) => void>();
  #queued = true;
  #started = false;
  #begun = false;
  #settled = false;
  /** The attempt being followed (its worker's token), and how far its records were delivered. */
  #token: string | null = null;
  #worker = '';
  #cursor = 0;
  /** Tokens of lost attempts: a job back in the queue still shows the last attempt's progress. */
  readonly #dead = new Set<string>();
  /** The sync running now (they run one at a time), and whether another was asked for meanwhile. */
  #syncing: Promise<void> | null = null;
  #again = false;
  #timer: NodeJS.Timeout | null = null;
  #unwatch = () => {};
  #lastContact = Date.now();

  constructor(
    private readonly link: PoolLink,
    private readonly fold: PoolFold,
    /** Redis silent this long ends the fold with a sentence (its records are kept for a rerun). */
    private readonly lostAfterMs = 120_000,
  ) {
    this.jobId = poolJobId(fold.gridId, fold.trial, fold.fold);
  }

  get queued(): boolean {
    return this.#queued;
  }

  onMessage(listener: (message: TrainerMessage) => void): void {
    this.#messages.add(listener);
  }

  onExit(listener: (problem: ExitProblem) => void): void {
    this.#exits.add(listener);
  }

  send(request: TrainerRequest): void {
    if (request.type === 'start') {
      if (this.#started) return;
      this.#started = true;
      this.#unwatch = this.link.watch(this.jobId, (n) => this.#notice(n));
      this.#timer = setInterval(() => this.#tick(), this.#every);
      this.#sync();
      return;
    }
    if (
      this.#settled ||
      (request.type !== 'stop' && request.type !== 'pause' && request.type !== 'resume')
    )
      return;
    this.#control(request.type);
    // The worker pauses or resumes within a batch; the run's status says so at once.
    if (request.type === 'pause') this.#emit({ type: 'paused' });
    if (request.type === 'resume') this.#emit({ type: 'resumed' });
  }

  /** Stops following; a job no worker has yet leaves the queue, a running one is asked to stop. */
  kill(): void {
    if (this.#settled) return this.#end();
    this.#end();
    if (!this.#started) return;
    // After the sync in flight, which may be adding the job right now.
    const inFlight = this.#syncing ?? Promise.resolve();
    this.link.track(
      inFlight.then(() =>
        this.#withdraw(Math.ceil((3 * this.link.timings.lockMs) / this.#every) + 1),
      ),
    );
  }

  get #every(): number {
    return Math.min(5000, Math.max(1000, this.link.timings.stalledIntervalMs));
  }

  /**
   * Takes a stopped fold's job off the queue. A job a worker holds cannot be removed: that worker is
   * asked to stop, and the removal is tried again while the job may still come back to the queue (a
   * worker refusing it, or one lost with it, whose lock has yet to run out).
   */
  async #withdraw(tries: number): Promise<void> {
    const { queue } = this.link;
    if ((await queue.remove(this.jobId).catch(() => 0)) === 1) return;
    const state = (await queue.getJobState(this.jobId).catch(() => 'unknown')) as JobState;
    if (state === 'completed' || state === 'failed' || state === 'unknown') return;
    if (state === 'active') await this.#control('stop');
    if (tries <= 1 || this.link.closed) return;
    await new Promise((resolve) => setTimeout(resolve, this.#every).unref());
    if (!this.link.closed) await this.#withdraw(tries - 1);
  }

  /** The pool client closed under a fold still in flight. */
  abandon(problem: string): void {
    if (this.#settled) return;
    this.#end();
    for (const listener of this.#exits) listener(problem);
  }

  #end(): void {
    this.#settled = true;
    this.#unwatch();
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }

  #emit(message: TrainerMessage): void {
    for (const listener of this.#messages) listener(message);
  }

  #finish(message: TrainerMessage): void {
    this.#end();
    this.#emit(message);
  }

  #control(action: ControlMessage['action']): Promise<unknown> {
    const message: ControlMessage = { jobId: this.jobId, action };
    const sent = this.link.redis.publish(CONTROL_CHANNEL, JSON.stringify(message)).catch(() => {});
    this.link.track(sent);
    return sent;
  }

  #notice(notice: JobNotice): void {
    if (this.#settled) return;
    this.#lastContact = Date.now();
    if (notice.type === 'stalled') {
      const who = this.#worker ? `Worker '${this.#worker}'` : 'Its worker';
      this.#lose(
        `${who} stopped answering mid-job (killed or unplugged); the fold went back to the queue.`,
      );
    } else if (notice.type === 'progress') {
      const progress = parseProgress(notice.data);
      if (progress && progress.token === this.#token) {
        if (progress.live) this.#emit({ type: 'progress', ...progress.live });
        // Live figures only: no new record to read.
        if (progress.records <= this.#cursor) return;
      }
    }
    this.#sync();
  }

  #tick(): void {
    if (this.#settled) return;
    if (Date.now() - this.#lastContact > this.lostAfterMs) {
      const minutes = Math.round(this.lostAfterMs / 60_000);
      const lost = minutes === 1 ? 'error_pool_lost_minute' : 'error_pool_lost_minutes';
      const why = this.link.trouble()?.words ?? said('error_pool_silent');
      return this.#finish({
        type: 'error',
        error: saidInfo(
          'pool-unavailable',
          said(lost, { where: redactRedisUrl(this.link.url), minutes, why }),
        ),
      });
    }
    this.#sync();
  }

  /** One sync at a time; a request during one runs another right after it. */
  #sync(): void {
    if (this.#settled) return;
    if (this.#syncing) {
      this.#again = true;
      return;
    }
    this.#syncing = (async () => {
      do {
        this.#again = false;
        try {
          if (!this.#begun) await this.#begin();
          else await this.#follow();
          this.#lastContact = Date.now();
        } catch {
          // A connection problem: the timer tries again, and gives up after `lostAfterMs`.
        }
      } while (this.#again && !this.#settled);
      this.#syncing = null;
    })();
  }

  /** A job of this id may be in Redis already: a restarted teacher's grid attaches to it. */
  async #begin(): Promise<void> {
    const { job, state } = await this.#readJob();
    const action = existingJobAction(state, job?.returnvalue);
    if (action === 'replace') await job!.remove();
    if (action !== 'follow') await this.#add();
    this.#begun = true;
    await this.#follow();
  }

  /**
   * The job's state, then its data: read in that order, the data is at least as new as the state
   * (a job seen 'completed' has its return value).
   */
  async #readJob(): Promise<{ job: Job | undefined; state: JobState }> {
    const state = (await this.link.queue.getJobState(this.jobId)) as JobState;
    const job = (await this.link.queue.getJob(this.jobId)) as Job | undefined;
    return { job, state: job ? state : 'unknown' };
  }

  async #add(): Promise<void> {
    if (this.#settled) return;
    const { gridId, trial, fold, name, lab } = this.fold;
    const data: PoolJob = { version: POOL_JOB_VERSION, gridId, trial, fold, name, lab };
    await this.link.queue.add('fold', data, {
      jobId: this.jobId,
      attempts: ATTEMPTS,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: { age: KEEP_SECONDS },
      removeOnFail: { age: KEEP_SECONDS },
    });
  }

  async #follow(): Promise<void> {
    const { job, state } = await this.#readJob();
    if (this.#settled) return;
    if (!job) {
      this.#lose(
        `The fold's job was gone from Redis at ${redactRedisUrl(this.link.url)} (the server restarted without its data?); it was queued again.`,
      );
      return this.#add();
    }
    const progress = parseProgress(job.progress);
    if (state === 'completed') {
      const result = parseResult(job.returnvalue);
      if (!result)
        return this.#fail(
          'malformed-job',
          `The worker returned a malformed result for the fold; it was refused.`,
        );
      // The attempt that finished is the fold's, even one given up for lost before.
      this.#dead.delete(result.token);
      this.#attempt(
        result.token,
        progress?.token === result.token ? progress.worker : this.#worker,
      );
      await this.#read(true);
      if (!this.#settled)
        this.#fail(
          'pool-unavailable',
          `The worker finished the fold, but its records are gone from Redis (expired or deleted); run the grid again to train it again.`,
        );
      return;
    }
    if (state === 'failed') {
      if (progress && !this.#dead.has(progress.token)) {
        this.#attempt(progress.token, progress.worker);
        await this.#read(true);
      }
      if (!this.#settled)
        this.#fail('trainer-crashed', job.failedReason || 'The fold failed on the pool.');
      return;
    }
    if (isWaitingState(state)) {
      // No worker has it: an attempt being followed is lost (a refusal that BullMQ retries, say).
      if (this.#token !== null) {
        const who = this.#worker ? `Worker '${this.#worker}'` : 'Its worker';
        this.#lose(
          job.failedReason
            ? `${job.failedReason.replace(/[.!]$/, '')}; the fold went back to the queue.`
            : `${who} gave the fold back; it went back to the queue.`,
        );
      }
      return;
    }
    // Active: the attempt's records so far (a new worker's token means the last one was lost).
    if (progress && !this.#dead.has(progress.token)) {
      this.#attempt(progress.token, progress.worker);
      await this.#read(false);
    }
  }

  /** Follows the attempt `token` from its first record, after announcing the loss of an older one. */
  #attempt(token: string, worker: string): void {
    if (token === this.#token || this.#dead.has(token)) return;
    if (this.#token !== null)
      this.#lose(`Worker '${this.#worker}' lost the fold; it went back to the queue.`);
    this.#token = token;
    this.#worker = worker;
    this.#cursor = 0;
    this.#queued = false;
    this.#emit({ type: 'taken', worker });
  }

  /** The attempt being followed is void: RunManager drops what it recorded, the run waits again. */
  #lose(reason: string): void {
    if (this.#token === null) return;
    this.#dead.add(this.#token);
    this.#token = null;
    this.#cursor = 0;
    this.#queued = true;
    this.#emit({ type: 'requeued', reason });
  }

  /** Delivers the attempt's new records in order; its end only when `final` (the job ended). */
  async #read(final: boolean): Promise<void> {
    const token = this.#token;
    if (token === null) return;
    const texts = await this.link.redis.lrange(recordsKey(this.jobId, token), this.#cursor, -1);
    for (const text of texts) {
      if (this.#settled || this.#token !== token) return;
      let record;
      try {
        record = readRecord(text);
      } catch (e) {
        this.#control('stop');
        return this.#fail('malformed-job', (e as Error).message);
      }
      if (isFinal(record) && !final) return;
      this.#cursor += 1;
      const message = recordToMessage(record);
      if (isFinal(record)) return this.#finish(message);
      this.#emit(message);
    }
  }

  #fail(code: ErrorInfo['code'], message: string): void {
    this.#finish({ type: 'error', error: { code, message } });
  }
}
