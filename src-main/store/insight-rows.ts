/**
 * How an epoch's insight is kept in the run store: its numbers as JSON text (readable with any
 * SQLite tool), its byte arrays (the decision surface, wrong examples' pixels) cut out of the JSON
 * into one deflated BLOB, each replaced by `{ "$blob": [offset, length] }`. Base64 inside the JSON
 * would cost a third more than the bytes and compress worse; the surface's classes are long runs
 * of one value and its confidences change smoothly, so deflate keeps them to a few KB.
 */
import { deflateSync, inflateSync } from 'fflate';

export interface PackedRow {
  json: string;
  /** The deflated bytes of every Uint8Array in the value, in the order JSON met them; null if none. */
  bytes: Buffer | null;
}

export function packRow(value: unknown): PackedRow {
  const chunks: Uint8Array[] = [];
  let offset = 0;
  const json = JSON.stringify(value, function (this: Record<string, unknown>, key, v: unknown) {
    const raw = this[key];
    if (!(raw instanceof Uint8Array)) return v;
    chunks.push(raw);
    offset += raw.byteLength;
    return { $blob: [offset - raw.byteLength, raw.byteLength] };
  });
  if (!chunks.length) return { json, bytes: null };
  const all = new Uint8Array(offset);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  const packed = deflateSync(all, { level: 6 });
  return { json, bytes: Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength) };
}

export function unpackRow<T>(json: string, bytes: Uint8Array | null): T {
  const all = bytes ? inflateSync(bytes) : new Uint8Array(0);
  return JSON.parse(json, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1) {
      const span = (v as { $blob?: unknown }).$blob;
      // A copy, so every array owns its own buffer (the renderer may transfer or keep it).
      if (Array.isArray(span)) return all.slice(span[0] as number, span[0] + (span[1] as number));
    }
    return v;
  }) as T;
}
