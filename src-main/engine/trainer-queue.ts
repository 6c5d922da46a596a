/**
 * A cap on live trainer processes. Each one holds a few hundred MB, so a classroom's worth of runs
 * (or a script sending thousands of requests) must wait its turn instead of forking until the machine
 * swaps. A `QueuedPort` looks like a trainer from the start: what is sent to it is kept until a slot
 * frees, then it forks the real process and hands everything on. A slot frees when its process exits.
 */
import os from 'node:os';
import type { TrainerMessage, TrainerPort, TrainerRequest } from './protocol.ts';

/** Memory a trainer may take, with headroom (a small model's trainer is about 400 MB). */
const BYTES_PER_TRAINER = 600 * 1024 * 1024;

/**
 * How many trainers may run at once here: `LAYERLAB_MAX_TRAINERS` when set, else what the memory
 * holds at ~600 MB each, and no more than two per core.
 */
export function defaultMaxTrainers(env: NodeJS.ProcessEnv = process.env): number {
  const fromEnv = Number(env.LAYERLAB_MAX_TRAINERS);
  if (Number.isInteger(fromEnv) && fromEnv >= 1) return fromEnv;
  const byMemory = Math.floor(os.totalmem() / BYTES_PER_TRAINER);
  return Math.max(1, Math.min(byMemory, 2 * os.availableParallelism()));
}

export class TrainerQueue {
  private running = 0;
  private readonly waiting: QueuedPort[] = [];

  constructor(readonly max: number) {}

  /** A port for a trainer that starts now if a slot is free, else when one frees. */
  port(spawn: () => TrainerPort, onStart: () => void = () => {}): QueuedPort {
    const port = new QueuedPort(spawn, onStart, this);
    this.waiting.push(port);
    this.next();
    return port;
  }

  /** @internal */
  leave(port: QueuedPort): void {
    const i = this.waiting.indexOf(port);
    if (i >= 0) this.waiting.splice(i, 1);
  }

  /** @internal */
  release(): void {
    this.running -= 1;
    this.next();
  }

  private next(): void {
    while (this.running < this.max && this.waiting.length) {
      this.running += 1;
      this.waiting.shift()!.start();
    }
  }
}

export class QueuedPort implements TrainerPort {
  private real: TrainerPort | null = null;
  private cancelled = false;
  /** Why the process could not be forked, once that happened. */
  private failed: string | null = null;
  private readonly outbox: TrainerRequest[] = [];
  private readonly messageListeners: ((m: TrainerMessage) => void)[] = [];
  private readonly exitListeners: ((problem: string | null) => void)[] = [];

  constructor(
    private readonly spawn: () => TrainerPort,
    private readonly onStart: () => void,
    private readonly queue: TrainerQueue,
  ) {}

  /** Still waiting for a slot (no process yet). */
  get queued(): boolean {
    return !this.real && !this.cancelled && this.failed === null;
  }

  /** @internal Called by the queue with a slot held. */
  start(): void {
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.queue.release();
    };
    try {
      this.real = this.spawn();
    } catch (e) {
      release();
      this.failed = `The trainer process could not start: ${(e as Error).message}`;
      for (const l of this.exitListeners) l(this.failed);
      return;
    }
    this.real.onExit(release);
    for (const l of this.messageListeners) this.real.onMessage(l);
    for (const l of this.exitListeners) this.real.onExit(l);
    for (const r of this.outbox.splice(0)) this.real.send(r);
    this.onStart();
  }

  send(request: TrainerRequest): void {
    if (this.real) this.real.send(request);
    else if (!this.cancelled) this.outbox.push(request);
  }

  onMessage(listener: (message: TrainerMessage) => void): void {
    this.messageListeners.push(listener);
    this.real?.onMessage(listener);
  }

  onExit(listener: (problem: string | null) => void): void {
    this.exitListeners.push(listener);
    this.real?.onExit(listener);
    // A fork that failed before this listener came is reported to it all the same, as an exit is.
    const failed = this.failed;
    if (failed !== null) queueMicrotask(() => listener(failed));
  }

  /** Ends the trainer, or, while still queued, leaves the queue so no process is ever started. */
  kill(): void {
    if (this.real) return this.real.kill();
    this.cancelled = true;
    this.queue.leave(this);
  }
}
