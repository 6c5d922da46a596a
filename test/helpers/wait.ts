/**
 * Waiting in tests: for an event, a line or an exit, never for a length of time. Every wait has a
 * deadline and rejects at it with a sentence saying what never came, so a hang on a busy machine is
 * one readable failure instead of a test timeout (keep deadlines below the project's testTimeout).
 */
import type { ChildProcess } from 'node:child_process';
import type { EventEmitter } from 'node:events';
import type { Readable } from 'node:stream';

/** Generous for one tiny training run on a busy 2-core machine (idle: 2-5 s). */
export const DEADLINE_MS = 90_000;

/** `promise`, or a rejection naming `what` once `ms` have passed without it settling. */
export function withDeadline<T>(promise: Promise<T>, what: string, ms = DEADLINE_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Waited ${ms / 1000} s for ${what}; it never came.`)),
      ms,
    );
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/**
 * The first event matching `predicate` from an `onX(listener) => unsubscribe` source. Events already
 * recorded in `seen` count too, so subscribing after the event was emitted is not a race.
 */
export function nextEvent<E>(
  subscribe: (listener: (e: E) => void) => () => void,
  predicate: (e: E) => boolean,
  what: string,
  options: { seen?: readonly E[]; ms?: number } = {},
): Promise<E> {
  const earlier = options.seen?.find(predicate);
  if (earlier !== undefined) return Promise.resolve(earlier);
  let unsubscribe = () => {};
  const found = new Promise<E>((resolve) => {
    unsubscribe = subscribe((e) => predicate(e) && resolve(e));
  });
  return withDeadline(found, what, options.ms).finally(() => unsubscribe());
}

/** The arguments of the next `event` from a Node emitter; an 'error' event rejects instead. */
export function once(emitter: EventEmitter, event: string, ms = DEADLINE_MS): Promise<unknown[]> {
  let cleanup = () => {};
  const fired = new Promise<unknown[]>((resolve, reject) => {
    const onEvent = (...args: unknown[]) => resolve(args);
    const onError = (e: unknown) => (event === 'error' ? resolve([e]) : reject(e));
    emitter.once(event, onEvent);
    if (event !== 'error') emitter.once('error', onError);
    cleanup = () => {
      emitter.off(event, onEvent);
      emitter.off('error', onError);
    };
  });
  return withDeadline(fired, `'${event}'`, ms).finally(() => cleanup());
}

/**
 * The first complete line of `stream` that matches `predicate`. The rejection quotes the last lines
 * seen, which is usually the child's own explanation.
 */
export function nextLine(
  stream: Readable,
  predicate: (line: string) => boolean,
  what: string,
  ms = DEADLINE_MS,
): Promise<string> {
  const seen: string[] = [];
  let buffer = '';
  let cleanup = () => {};
  const found = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer | string) => {
      buffer += chunk.toString();
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        seen.push(line);
        if (predicate(line)) return resolve(line);
      }
    };
    const onEnd = () => reject(new Error(`The stream ended before ${what}.`));
    stream.on('data', onData);
    stream.once('end', onEnd);
    cleanup = () => {
      stream.off('data', onData);
      stream.off('end', onEnd);
    };
  });
  return withDeadline(found, what, ms)
    .catch((e: Error) => {
      throw new Error(`${e.message} Last lines: ${tail(seen)}`, { cause: e });
    })
    .finally(() => cleanup());
}

/** The child's exit code and signal (immediately if it has already exited). */
export function exitOf(
  child: ChildProcess,
  ms = DEADLINE_MS,
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return withDeadline(exited, `process ${child.pid} to exit`, ms);
}

/**
 * Lets `ms` pass. Only for asserting that nothing happens (a paused run makes no progress): a busy
 * machine can make such a check weaker, never make it fail.
 */
export function quietFor(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function tail(lines: string[]): string {
  const last = lines.slice(-5).join(' | ');
  return last ? last.slice(-1000) : '(none)';
}
