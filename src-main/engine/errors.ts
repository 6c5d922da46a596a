/** Engine failures: runs, grids, trainers and backends. The codes come from the contract's one table. */
import {
  LayerLabError,
  toErrorInfo,
  type ErrorCode,
  type ErrorInfo,
  type ErrorText,
  type ErrorWhere,
} from '../contract/errors.ts';

export { toErrorInfo } from '../contract/errors.ts';

/**
 * Calls every listener with `event`; one that throws (a closed socket, a bug in a view) is logged
 * and the others still hear it: a listener never breaks the run or grid that emits.
 */
export function notifyAll<E>(
  listeners: Iterable<(event: E) => void>,
  event: E,
  context: string,
): void {
  for (const listener of listeners) {
    try {
      listener(event);
    } catch (e) {
      logIfInternal(e, context);
    }
  }
}

/**
 * Logs an unexpected failure with its stack on stderr (the host's log; a trainer's parent keeps the
 * tail) and returns it as the one sentence the user sees. A `LayerLabError` is not logged.
 */
export function logIfInternal(e: unknown, context: string): ErrorInfo {
  const info = toErrorInfo(e);
  if (info.code === 'internal')
    process.stderr.write(
      `layerlab: internal error in ${context}: ${(e as Error)?.stack ?? String(e)}\n`,
    );
  return info;
}

export class EngineError extends LayerLabError {
  constructor(code: ErrorCode, message: string | ErrorText, where: ErrorWhere = {}) {
    super(code, message, where);
    this.name = 'EngineError';
  }
}
