/** File access for the loaders: every failure becomes a `DataError` that names the file. */
import fs from 'node:fs';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { said } from '../contract/errors.ts';
import { DataError } from './dataset.ts';

const gunzipAsync = promisify(zlib.gunzip);

/** The most bytes LayerLab inflates from one gzip file (MNIST's largest is 47 MB). */
export const MAX_INFLATED_BYTES = 256 * 2 ** 20;

/** 60000 -> "60,000", for sentences. */
export function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

/** 536870912 -> "512 MB", 2.3e9 -> "2.1 GB" (binary units, as file managers show them). */
export function fmtBytes(n: number): string {
  if (n >= 2 ** 30) return `${(n / 2 ** 30).toFixed(1)} GB`;
  if (n >= 2 ** 20) return `${Math.round(n / 2 ** 20)} MB`;
  return `${Math.max(1, Math.round(n / 2 ** 10))} kB`;
}

export function exists(p: string): boolean {
  return fs.existsSync(p);
}

export function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

export function ioError(file: string, err: unknown): DataError {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') {
    return new DataError('not-found', said('error_data_missing', { file }), file);
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new DataError('not-found', said('error_data_denied', { file }), file);
  }
  if (code === 'EISDIR') {
    return new DataError('unsupported', said('error_data_folder', { file }), file);
  }
  const detail = err instanceof Error ? err.message : String(err);
  return new DataError('corrupt', said('error_data_unreadable', { file, detail }), file);
}

export async function readBytes(file: string): Promise<Uint8Array> {
  try {
    const buf = await fs.promises.readFile(file);
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  } catch (err) {
    throw ioError(file, err);
  }
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Gunzips when the bytes are gzip data (whatever the file is called); otherwise returns them as they are. */
export async function gunzipIfNeeded(bytes: Uint8Array, file: string): Promise<Uint8Array> {
  if (!isGzip(bytes)) return bytes;
  try {
    // Bounded: a few hundred kB of gzip can inflate to gigabytes.
    const out = await gunzipAsync(bytes, { maxOutputLength: MAX_INFLATED_BYTES });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  } catch (err) {
    if ((err as NodeJS.ErrnoException)?.code === 'ERR_BUFFER_TOO_LARGE') {
      throw new DataError(
        'too-large',
        said('error_data_inflates', { file, limit: fmtBytes(MAX_INFLATED_BYTES) }),
        file,
      );
    }
    const detail = err instanceof Error ? err.message : String(err);
    throw new DataError('corrupt', said('error_data_bad_gzip', { file, detail }), file);
  }
}

/** Reads a file, gunzipping it when it is gzip data. */
export async function readMaybeGzip(file: string): Promise<Uint8Array> {
  return gunzipIfNeeded(await readBytes(file), file);
}
