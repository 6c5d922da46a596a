/**
 * Reads the documents LayerLab is given (lab files, Keras model JSON), on the command line and
 * through the hosts' `openLab`: a size cap checked while reading (so `/dev/zero` or a 4 GB file is
 * refused, not swallowed), a folder or a binary file named as such, a UTF-8 byte order mark
 * dropped, and every system error as one sentence naming the path.
 */
import fs from 'node:fs';
import { LayerLabError } from '../contract/errors.ts';
import { fsError } from './safe-fs.ts';

/** Far above any real lab or Keras model JSON (the largest Keras fixtures are a few kB). */
export const DOCUMENT_CAP_BYTES = 50 * 1024 * 1024;

const CHUNK = 1024 * 1024;

/** The text of `file`, described as `what` ('a lab file', 'a Keras model JSON') in the sentences. */
export function readDocument(file: string, what: string, cap = DOCUMENT_CAP_BYTES): string {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new LayerLabError('not-found', `${file} does not exist.`, { file });
    throw fsError(e, file, 'read');
  }
  try {
    if (fs.fstatSync(fd).isDirectory())
      throw fsError(Object.assign(new Error('a folder'), { code: 'EISDIR' }), file, 'read');
    const bytes = readCapped(fd, file, what, cap);
    return decode(bytes, file, what);
  } catch (e) {
    throw fsError(e, file, 'read');
  } finally {
    fs.closeSync(fd);
  }
}

function readCapped(fd: number, file: string, what: string, cap: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(CHUNK);
    const n = fs.readSync(fd, chunk, 0, CHUNK, null);
    if (n === 0) return Buffer.concat(chunks, total);
    total += n;
    if (total > cap)
      throw new LayerLabError(
        'too-large',
        `${file} is over ${cap / 1024 / 1024} MB, far more than ${what} holds; check that it is the right file.`,
        { file },
      );
    chunks.push(chunk.subarray(0, n));
  }
}

function decode(bytes: Buffer, file: string, what: string): string {
  let text = '\0';
  try {
    // Drops a UTF-8 byte order mark, as editors on Windows write one.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    /* not UTF-8: refused below */
  }
  // JSON text holds no NUL; a NUL or bytes that are not UTF-8 mean an image, an archive, a copy gone wrong.
  if (text.includes('\0'))
    throw new LayerLabError(
      'invalid-json',
      `${file} is not a text file (it holds binary data), so it is not ${what}; check that it is the right file.`,
      { file },
    );
  return text;
}
