/**
 * The teacher's side of a pool of workers: queues a grid's folds on a BullMQ queue in Redis and
 * follows each through a `RemotePort` (remote-port.ts), and says what the pool looks like (its
 * workers, its queue) for the grid panel and `layerlab grid --redis`.
 *
 * Four connections: the Queue's, the QueueEvents' (a blocking reader), a plain one for records,
 * worker keys and the control channel. Each has an error listener; the last error is the sentence
 * the status and a lost fold give, never with the password.
 */
import { Queue, QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import { LayerLabError, said } from '../../contract/errors.ts';
import {
  checkRedisUrl,
  redactRedisUrl,
  WorkerInfoSchema,
  type PoolStatus,
  type WorkerInfo,
} from '../../contract/pool.ts';
import type { TrainerPort } from '../protocol.ts';
import {
  POOL_PREFIX,
  POOL_QUEUE,
  poolTimings,
  WORKER_KEY_PREFIX,
  type PoolTimings,
} from './keys.ts';
import { describeRedisError, redisConnection, waitForRedis } from './redis.ts';
import { RemotePort, type JobNotice, type PoolFold, type PoolLink } from './remote-port.ts';

/** How long a status or a first connection waits for Redis before saying it is unreachable. */
const STATUS_DEADLINE_MS = 3000;

function withDeadline<T>(promise: Promise<T>, ms: number, onLate: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onLate()), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

export class PoolClient implements PoolLink {
  readonly url: string;
  /** The address as it may be shown: its password replaced by `***`. */
  readonly shownUrl: string;
  readonly queue: Queue;
  readonly redis: Redis;
  readonly #events: QueueEvents;
  readonly #connections: Redis[] = [];
  readonly #watchers = new Map<string, Set<(notice: JobNotice) => void>>();
  readonly #ports = new Set<RemotePort>();
  readonly #writes = new Set<Promise<unknown>>();
  #lastError: unknown = null;
  /** Closing: no new port; closed: the last writes are done (or given up), connections ending. */
  #closing = false;
  #closed = false;

  constructor(
    url: string,
    readonly timings: PoolTimings = poolTimings(),
    /** Redis silent this long ends a fold in flight with a sentence. */
    private readonly lostAfterMs = 120_000,
  ) {
    checkRedisUrl(url);
    this.url = url;
    this.shownUrl = redactRedisUrl(url);
    const onError = (e: Error) => (this.#lastError = e);
    const connect = (name: string): Redis => {
      const client = redisConnection(url, { name, onError });
      client.on('ready', () => (this.#lastError = null));
      this.#connections.push(client);
      // BullMQ copies a client for its blocking reads, and its close waits for a server that may be
      // gone for good: the copies are ours to end, so nothing keeps reconnecting after close().
      const duplicate = client.duplicate.bind(client);
      client.duplicate = (...args: Parameters<Redis['duplicate']>) => {
        const copy = duplicate(...args);
        copy.on('error', onError);
        this.#connections.push(copy);
        return copy;
      };
      return client;
    };
    this.redis = connect('layerlab-teacher');
    const queueConnection = connect('layerlab-teacher-queue');
    const eventsConnection = connect('layerlab-teacher-events');
    this.queue = new Queue(POOL_QUEUE, { connection: queueConnection, prefix: POOL_PREFIX });
    this.#events = new QueueEvents(POOL_QUEUE, {
      connection: eventsConnection,
      prefix: POOL_PREFIX,
    });
    this.queue.on('error', onError);
    this.#events.on('error', onError);
    this.#events.on('progress', ({ jobId, data }) =>
      this.#notify(jobId, { type: 'progress', data }),
    );
    for (const type of ['completed', 'failed', 'stalled', 'removed'] as const)
      this.#events.on(type, ({ jobId }: { jobId: string }) => this.#notify(jobId, { type }));
  }

  /** Resolves once Redis answers; rejects with one sentence ('pool-unavailable') when it does not. */
  async ready(deadlineMs = 5000): Promise<void> {
    await waitForRedis(this.redis, this.url, deadlineMs);
  }

  watch(jobId: string, listener: (notice: JobNotice) => void): () => void {
    let set = this.#watchers.get(jobId);
    if (!set) this.#watchers.set(jobId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (!set.size) this.#watchers.delete(jobId);
    };
  }

  #notify(jobId: string, notice: JobNotice): void {
    for (const listener of this.#watchers.get(jobId) ?? []) listener(notice);
  }

  track(work: Promise<unknown>): void {
    const settled = work.catch(() => {}).finally(() => this.#writes.delete(settled));
    this.#writes.add(settled);
  }

  /** Resolves once the jobs removed and the stops sent so far have reached Redis. */
  async idle(): Promise<void> {
    while (this.#writes.size) await Promise.all([...this.#writes]);
  }

  get closed(): boolean {
    return this.#closed;
  }

  trouble(): LayerLabError | null {
    return this.#lastError ? describeRedisError(this.#lastError, this.url) : null;
  }

  /** A trainer port for one (setting, fold): queued on the pool when RunManager sends 'start'. */
  port(fold: PoolFold): TrainerPort {
    if (this.#closing)
      throw new LayerLabError(
        'pool-unavailable',
        said('error_pool_disconnected', { url: this.shownUrl }),
      );
    const port = new RemotePort(this, fold, this.lostAfterMs);
    this.#ports.add(port);
    port.onExit(() => this.#ports.delete(port));
    port.onMessage((m) => (m.type === 'done' || m.type === 'error') && this.#ports.delete(port));
    return port;
  }

  /** The workers announcing themselves now (junk under their keys is skipped), by name. */
  async workers(): Promise<WorkerInfo[]> {
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, batch] = await this.redis.scan(
        cursor,
        'MATCH',
        `${WORKER_KEY_PREFIX}*`,
        'COUNT',
        200,
      );
      keys.push(...batch);
      cursor = next;
    } while (cursor !== '0');
    if (!keys.length) return [];
    const values = await this.redis.mget(...keys);
    const workers: WorkerInfo[] = [];
    for (const value of values) {
      if (value === null) continue;
      try {
        const parsed = WorkerInfoSchema.safeParse(JSON.parse(value));
        if (parsed.success) workers.push(parsed.data);
      } catch {
        /* not JSON: not a worker of ours */
      }
    }
    return workers.sort((a, b) => a.name.localeCompare(b.name));
  }

  /** The pool as of now; an unreachable server is a state with its sentence, not a rejection. */
  async status(deadlineMs = STATUS_DEADLINE_MS): Promise<PoolStatus> {
    const off = { url: this.shownUrl, workers: [], waiting: 0, active: 0 };
    const unreachable = (e: LayerLabError): PoolStatus => {
      const { message, key, params } = e.info();
      return { ...off, state: 'unreachable', message, ...(key && { key, params }) };
    };
    if (this.#closing) return { ...off, state: 'off', message: null };
    // Down after an error: say so now (it keeps reconnecting) instead of waiting again.
    const trouble = this.redis.status === 'ready' ? null : this.trouble();
    if (trouble) return unreachable(trouble);
    try {
      if (this.redis.status !== 'ready') await this.ready(deadlineMs);
      const [workers, counts] = await withDeadline(
        Promise.all([
          this.workers(),
          this.queue.getJobCounts('waiting', 'delayed', 'prioritized', 'active'),
        ]),
        deadlineMs,
        () =>
          new LayerLabError(
            'pool-unavailable',
            said('error_pool_no_answer', { url: this.shownUrl }),
          ),
      );
      const waiting = counts.waiting + counts.delayed + counts.prioritized;
      return { ...off, state: 'connected', message: null, workers, waiting, active: counts.active };
    } catch (e) {
      return unreachable(e instanceof LayerLabError ? e : describeRedisError(e, this.url));
    }
  }

  /** Ends every connection; folds still in flight end with a sentence (their jobs stay queued). */
  async close(): Promise<void> {
    if (this.#closing) return;
    this.#closing = true;
    for (const port of [...this.#ports])
      port.abandon(
        `The pool at ${this.shownUrl} was disconnected while the fold was on it; its job stays in the queue, and running the grid again picks it up.`,
      );
    this.#ports.clear();
    // BullMQ's close waits for its connections: with the server gone, they are simply ended.
    if (this.redis.status === 'ready') {
      // A stopped grid's waiting jobs must leave the queue before the connection goes.
      const every = Math.min(5000, Math.max(1000, this.timings.stalledIntervalMs));
      await withDeadline(this.idle(), 2 * every, () => new Error('closing')).catch(() => {});
      this.#closed = true;
      await withDeadline(
        Promise.allSettled([this.#events.close(), this.queue.close()]),
        2000,
        () => new Error('closing'),
      ).catch(() => {});
    }
    this.#closed = true;
    for (const client of this.#connections) client.disconnect();
  }
}
