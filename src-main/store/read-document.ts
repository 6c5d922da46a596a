/**
 * Reads the documents LayerLab is given (lab files, Keras model JSON), on the command line and
 * through the hosts' `openLab`: a size cap checked while reading (so `/dev/zero` or a 4 GB file is
 * refused, not swallowed), a folder or a binary file named as such, a UTF-8 byte order mark
 * dropped, and every system error as one sentence naming the path.
 */
import fs from 'node:fs';
import { LayerLabError, said, type ErrorText } from '../contract/errors.ts';
import { fsError } from './safe-fs.ts';

/** Far above any real lab or Keras model JSON (the largest Keras fixtures are a few kB). */
export const DOCUMENT_CAP_BYTES = 50 * 1024 * 1024;

const CHUNK = 1024 * 1024;

/** What a document should be, as the sentences name it. */
const WHAT = {
  lab: said('error_what_lab_file'),
  'keras-json': said('error_what_keras_json'),
  python: said('error_what_python_file'),
} satisfies Record<string, ErrorText>;
export type DocumentKind = keyof typeof WHAT;

/** The text of `file`, which should be a `kind` of document (named in the sentences). */
export function readDocument(file: string, kind: DocumentKind, cap = DOCUMENT_CAP_BYTES): string {
  const what = WHAT[kind];
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new LayerLabError('not-found', said('error_file_missing', { file }), { file });
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

function readCapped(fd: number, file: string, what: ErrorText, cap: number): Buffer {
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
        said('error_file_too_large', { file, megabytes: cap / 1024 / 1024, what }),
        { file },
      );
    chunks.push(chunk.subarray(0, n));
  }
}

function decode(bytes: Buffer, file: string, what: ErrorText): string {
  let text = '\0';
  try {
    // Drops a UTF-8 byte order mark, as editors on Windows write one.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    /* not UTF-8: refused below */
  }
  // JSON text holds no NUL; a NUL or bytes that are not UTF-8 mean an image, an archive, a copy gone wrong.
  if (text.includes('\0'))
    throw new LayerLabError('invalid-json', said('error_file_binary', { file, what }), { file });
  return text;
}
