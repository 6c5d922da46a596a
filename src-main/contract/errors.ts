/**
 * The one error model. Every failure LayerLab reports has a code from this closed table, and the
 * code's kind says whose it is:
 *
 * - `input`: something the user gave (a file, a lab, a request, a value) is wrong; the sentence says
 *   which and what to do. The CLI exits 2.
 * - `io`: the machine failed (disk full, store damaged, a process died, a folder not writable). The
 *   CLI exits 1.
 * - `internal`: a bug in LayerLab. Logged with its stack where it happens, shown as one sentence.
 *
 * Domain errors (documents, data, the engine, the hosts, the CLI) extend `LayerLabError`;
 * `toErrorInfo` keeps the code of a `LayerLabError` and turns anything else into `internal`.
 */

import {
  englishError,
  errorParamsFrom,
  said,
  type ErrorParams,
  type ErrorText,
} from './error-text.ts';

export { said, saidIssue, errorSentence, type ErrorText } from './error-text.ts';

export type ErrorKind = 'input' | 'io' | 'internal';

export const ERROR_CODES = {
  // Documents: lab files, Keras JSON, stored labs.
  'invalid-json': 'input',
  'invalid-document': 'input',
  'future-version': 'input',
  'invalid-lab': 'input',
  'invalid-graph': 'input',
  'invalid-grid': 'input',
  /** A model, file or request over a cap (parameters, memory, decompressed bytes, image size). */
  'too-large': 'input',
  // Data.
  data: 'input',
  'incompatible-data': 'input',
  'not-found': 'input',
  corrupt: 'input',
  mismatch: 'input',
  unsupported: 'input',
  empty: 'input',
  download: 'io',
  // Requests at the hosts' boundary and on the command line.
  'invalid-arguments': 'input',
  'unknown-method': 'input',
  'invalid-message': 'input',
  unauthorized: 'input',
  /** A path outside the folders the browser host may touch. */
  'forbidden-path': 'input',
  'bad-path': 'input',
  usage: 'input',
  busy: 'input',
  'not-running': 'input',
  'no-weights': 'input',
  // Training outcomes.
  diverged: 'input',
  interrupted: 'io',
  'trainer-crashed': 'io',
  'trials-failed': 'io',
  'refit-failed': 'io',
  backend: 'io',
  // The disk and the run store.
  'write-failed': 'io',
  'read-failed': 'io',
  'disk-full': 'io',
  'store-corrupt': 'io',
  'store-unavailable': 'io',
  // A pool of workers on Redis (contract/pool.ts).
  /** The Redis server cannot be reached, refused the password, or lost the queue's data. */
  'pool-unavailable': 'io',
  /** A job or record read off the queue that does not match the contract's schema: refused. */
  'malformed-job': 'input',
  // The renderer's side of a connection.
  disconnected: 'io',
  internal: 'internal',
} as const satisfies Record<string, ErrorKind>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The run store failed (full, damaged, not writable): the sentence names the file and what to do. */
export const STORE_ERROR_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'disk-full',
  'store-corrupt',
  'store-unavailable',
]);

/**
 * An error as it crosses a process boundary: a stable code and a sentence for people. `message` is
 * English and stable (`--json`, logs); `key` and `params`, when set, let the side that shows the
 * error word it in the user's language (`errorSentence`, contract/error-text.ts).
 */
export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  /** The message key of the sentence (`error_file_missing`), and its values. */
  key?: string;
  params?: ErrorParams;
  /** The file, layer (node id) or setting at fault, when known. */
  file?: string;
  nodeId?: string;
}

export interface ErrorWhere {
  file?: string;
  nodeId?: string;
}

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERROR_CODES, code);
}

export function errorKind(code: ErrorCode): ErrorKind {
  return ERROR_CODES[code];
}

/**
 * The base of every error LayerLab throws on purpose. `message` is a sentence, or better a `said(key,
 * params)` whose English becomes `message`; `text` is for an English message that came with its
 * words (an `ErrorInfo` off a wire).
 */
export class LayerLabError extends Error {
  readonly code: ErrorCode;
  readonly where: ErrorWhere;
  /** The sentence as a message key and parameters, when the throw site gave one. */
  readonly text: ErrorText | undefined;

  constructor(
    code: ErrorCode,
    message: string | ErrorText,
    where: ErrorWhere = {},
    text?: ErrorText,
  ) {
    super(typeof message === 'string' ? message : englishError(message));
    this.name = 'LayerLabError';
    this.code = code;
    this.where = where;
    this.text = typeof message === 'string' ? text : message;
  }

  /** The sentence to wrap in another: its words when known, else the English. */
  get words(): ErrorText | string {
    return this.text ?? this.message;
  }

  get kind(): ErrorKind {
    return ERROR_CODES[this.code];
  }

  /** The file at fault, when known (kept for callers that read `error.file`). */
  get file(): string | undefined {
    return this.where.file;
  }

  info(): ErrorInfo {
    const info: ErrorInfo = { code: this.code, message: this.message };
    if (this.text) Object.assign(info, { key: this.text.key, params: this.text.params });
    if (this.where.file) info.file = this.where.file;
    if (this.where.nodeId) info.nodeId = this.where.nodeId;
    return info;
  }
}

/** A sentence for an unexpected failure: what happened, and that it is LayerLab's fault. */
export function internalMessage(e: unknown): string {
  return englishError(internalText(e));
}

function internalText(e: unknown): ErrorText {
  const detail = e instanceof Error ? e.message : String(e);
  return said('error_internal', { detail: detail.slice(0, 300) });
}

/** The failure `code` saying `text`, as it crosses a process boundary. */
export function saidInfo(code: ErrorCode, text: ErrorText): ErrorInfo {
  return { code, message: englishError(text), key: text.key, params: text.params };
}

/** An error's sentence to wrap in another: its key and values when it has them, else its English. */
export function infoWords(info: ErrorInfo): ErrorText | string {
  return info.key && info.params ? { key: info.key, params: info.params } : info.message;
}

/** Any thrown value as an `ErrorInfo`: a `LayerLabError` keeps its code, anything else is `internal`. */
export function toErrorInfo(e: unknown): ErrorInfo {
  if (e instanceof LayerLabError) return e.info();
  return saidInfo('internal', internalText(e));
}

/** An `ErrorInfo` that came over a wire, checked: an unknown code becomes `internal`. */
export function errorInfoFrom(value: unknown): ErrorInfo {
  const v = value as Partial<ErrorInfo> | null;
  const message =
    typeof v?.message === 'string'
      ? v.message
      : 'An error without a message crossed the connection.';
  const info: ErrorInfo = { code: isErrorCode(v?.code) ? v.code : 'internal', message };
  if (typeof v?.file === 'string') info.file = v.file;
  if (typeof v?.nodeId === 'string') info.nodeId = v.nodeId;
  const params = errorParamsFrom(v?.params ?? {});
  if (typeof v?.key === 'string' && params) Object.assign(info, { key: v.key, params });
  return info;
}
