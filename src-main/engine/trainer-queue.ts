/**
 * A cap on live trainer processes. Each one holds a few hundred MB, so a classroom's worth of runs
 * (or a script sending thousands of requests) must wait its turn instead of forking until the machine
 * swaps. A `QueuedPort` looks like a trainer from the start: what is sent to it is kept until a slot
 * frees, then it forks the real process and hands everything on. A slot frees when its process exits.
 */
import os from 'node:os';
import type { ExitProblem, TrainerMessage, TrainerPort, TrainerRequest } from './protocol.ts';

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

/** Where a run waits: the owner it counts against and who hears its place in line. */
export interface PortOptions {
  /** Whose limit the trainer counts against (a class server's student); '' for a single user. */
  owner?: string;
  /** What the teacher's view lists the waiting trainer as (a run's id). */
  label?: string;
  /** Its 1-based place among the waiting trainers and how many wait, each time either changes. */
  onPlace?: (position: number, waiting: number) => void;
}

/** What a run manager needs of a queue: a class server hands each student's service a view of one. */
export interface TrainerSlots {
  readonly max: number;
  port(spawn: () => TrainerPort, onStart?: () => void, options?: PortOptions): QueuedPort;
}

export interface WaitingTrainer {
  owner: string;
  label: string;
  position: number;
}

/**
 * Trainers start while fewer than `max` run in all and fewer than `perOwner` run for their owner.
 * Owners take turns (the one with the fewest running first, then the one served longest ago), so one
 * owner's grid of many runs cannot starve the others; with one owner it is first come, first served.
 */
export class TrainerQueue implements TrainerSlots {
  private running = 0;
  private readonly runningBy = new Map<string, number>();
  /** Waiting ports per owner, each owner's in the order they came. */
  private readonly waiting = new Map<string, QueuedPort[]>();
  /** When each owner was last served (a count of trainers started), for taking turns. */
  private readonly served = new Map<string, number>();
  private turns = 0;
  /** The place each waiting port was last told ('position/waiting'), so it hears only changes. */
  private readonly places = new Map<QueuedPort, string>();

  constructor(
    readonly max: number,
    readonly perOwner = Infinity,
  ) {}

  /** A port for a trainer that starts now if a slot is free, else when one frees. */
  port(spawn: () => TrainerPort, onStart: () => void = () => {}, options: PortOptions = {}) {
    const port = new QueuedPort(spawn, onStart, this, options);
    const owner = options.owner ?? '';
    const line = this.waiting.get(owner) ?? [];
    line.push(port);
    this.waiting.set(owner, line);
    this.next();
    return port;
  }

  /** The same queue, with every port counted against `owner`. */
  forOwner(owner: string): TrainerSlots {
    return {
      max: Math.min(this.max, this.perOwner),
      port: (spawn, onStart, options) => this.port(spawn, onStart, { ...options, owner }),
    };
  }

  /** Trainers running now for `owner`. */
  runningFor(owner: string): number {
    return this.runningBy.get(owner) ?? 0;
  }

  /**
   * The waiting trainers in the order they are expected to start, were every trainer to end now:
   * the turn goes to the owner with the fewest running, then to the one served longest ago.
   */
  line(): WaitingTrainer[] {
    return this.order().map((port, i) => ({
      owner: port.owner,
      label: port.label,
      position: i + 1,
    }));
  }

  private order(): QueuedPort[] {
    const running = new Map(this.runningBy);
    const served = new Map(this.served);
    const lines = new Map([...this.waiting].map(([owner, ports]) => [owner, [...ports]]));
    const order: QueuedPort[] = [];
    let turn = this.turns;
    for (;;) {
      const owner = this.pick([...lines.keys()], running, served);
      if (owner === undefined) return order;
      const ports = lines.get(owner)!;
      order.push(ports.shift()!);
      if (!ports.length) lines.delete(owner);
      running.set(owner, (running.get(owner) ?? 0) + 1);
      served.set(owner, ++turn);
    }
  }

  /** Whose turn it is among `owners`: fewest running, then served longest ago (never: first). */
  private pick(
    owners: string[],
    running: ReadonlyMap<string, number>,
    served: ReadonlyMap<string, number>,
  ): string | undefined {
    const key = (o: string) => [running.get(o) ?? 0, served.get(o) ?? 0];
    return owners.reduce<string | undefined>((best, o) => {
      if (best === undefined) return o;
      const [a, b] = [key(o), key(best)];
      return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]) ? o : best;
    }, undefined);
  }

  /** @internal */
  leave(port: QueuedPort): void {
    const ports = this.waiting.get(port.owner);
    const i = ports?.indexOf(port) ?? -1;
    if (i >= 0) ports!.splice(i, 1);
    if (ports && !ports.length) this.waiting.delete(port.owner);
    this.places.delete(port);
    this.tellPlaces();
  }

  /** @internal */
  release(owner: string): void {
    this.running -= 1;
    this.runningBy.set(owner, this.runningFor(owner) - 1);
    if (!this.runningFor(owner)) this.runningBy.delete(owner);
    this.next();
  }

  private next(): void {
    while (this.running < this.max) {
      const free = [...this.waiting.keys()].filter((o) => this.runningFor(o) < this.perOwner);
      const owner = this.pick(free, this.runningBy, this.served);
      if (owner === undefined) break;
      const ports = this.waiting.get(owner)!;
      const port = ports.shift()!;
      if (!ports.length) this.waiting.delete(owner);
      this.served.set(owner, ++this.turns);
      this.places.delete(port);
      this.running += 1;
      this.runningBy.set(owner, this.runningFor(owner) + 1);
      port.start();
    }
    this.tellPlaces();
  }

  private tellPlaces(): void {
    const order = this.order();
    order.forEach((port, i) => {
      const place = `${i + 1}/${order.length}`;
      if (this.places.get(port) === place) return;
      this.places.set(port, place);
      port.tellPlace(i + 1, order.length);
    });
  }
}

export class QueuedPort implements TrainerPort {
  private real: TrainerPort | null = null;
  private cancelled = false;
  /** Why the process could not be forked, once that happened. */
  private failed: string | null = null;
  private readonly outbox: TrainerRequest[] = [];
  private readonly messageListeners: ((m: TrainerMessage) => void)[] = [];
  private readonly exitListeners: ((problem: ExitProblem) => void)[] = [];

  readonly owner: string;
  readonly label: string;

  constructor(
    private readonly spawn: () => TrainerPort,
    private readonly onStart: () => void,
    private readonly queue: TrainerQueue,
    private readonly options: PortOptions = {},
  ) {
    this.owner = options.owner ?? '';
    this.label = options.label ?? '';
  }

  /** @internal */
  tellPlace(position: number, waiting: number): void {
    try {
      this.options.onPlace?.(position, waiting);
    } catch {
      /* a listener's fault never stops the queue */
    }
  }

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
      this.queue.release(this.owner);
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

  onExit(listener: (problem: ExitProblem) => void): void {
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
