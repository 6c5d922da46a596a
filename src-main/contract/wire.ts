/**
 * The messages both adapters carry, and the JSON encoding the WebSocket needs. Pure: imported by the
 * hosts and by the renderer's clients alike.
 *
 * WebSocket: the client sends `{ id, method, args }`, the server answers `{ id, result }` or
 * `{ id, error }` and pushes `{ event, data }`. Electron IPC answers with an `IpcReply` envelope,
 * because `ipcMain.handle` keeps only the message of a thrown error, and we want its code.
 */
import type { ApiEventName, ApiEvents } from './api.ts';
import { errorInfoFrom, LayerLabError, type ErrorInfo } from './errors.ts';

export interface WireRequest {
  id: number;
  method: string;
  args: unknown[];
}

export type WireReply = { id: number; result: unknown } | { id: number; error: ErrorInfo };

export type WireEvent = { [E in ApiEventName]: { event: E; data: ApiEvents[E] } }[ApiEventName];

export type IpcReply = { ok: true; result: unknown } | { ok: false; error: ErrorInfo };

/** Every channel of the Electron adapter starts with this; the preload allows nothing else. */
export const IPC_PREFIX = 'layerlab:';

/** An error with a stable code, rebuilt on the calling side of a boundary (unknown codes: internal). */
export class ApiError extends LayerLabError {
  constructor(info: ErrorInfo) {
    const checked = errorInfoFrom(info);
    const text = checked.key ? { key: checked.key, params: checked.params ?? {} } : undefined;
    super(checked.code, checked.message, { file: checked.file, nodeId: checked.nodeId }, text);
    this.name = 'ApiError';
  }

  get nodeId(): string | undefined {
    return this.where.nodeId;
  }
}

const CHUNK = 0x8000;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** JSON, with byte arrays (exported model files) carried as `{ $bytes: base64 }`. */
export function encodeWire(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
    // A Node Buffer (what protobufjs' `finish()` returns) is a Uint8Array whose own toJSON has run
    // before the replacer sees it: look at the value as it was.
    const raw = this[key];
    return raw instanceof Uint8Array ? { $bytes: toBase64(raw) } : v;
  });
}

export function decodeWire(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const bytes = (v as { $bytes?: unknown }).$bytes;
      if (typeof bytes === 'string' && Object.keys(v).length === 1) return fromBase64(bytes);
    }
    return v;
  });
}

/** JSON turns a trailing `undefined` argument into `null`; drop them so optional args stay optional. */
export function trimArgs(args: unknown[]): unknown[] {
  let end = args.length;
  while (end > 0 && args[end - 1] === undefined) end -= 1;
  return args.slice(0, end);
}
