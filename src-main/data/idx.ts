/**
 * The IDX format of MNIST and Fashion-MNIST (http://yann.lecun.com/exdb/mnist/): a big-endian magic
 * number 0x000008NN (unsigned bytes, NN dimensions), NN big-endian 32-bit sizes, then the bytes.
 */
import { DataError } from './dataset.ts';
import { said, type ErrorText } from '../contract/error-text.ts';
import { fmt } from './files.ts';

export type IdxKind = 'images' | 'labels';

const MAGIC: Record<IdxKind, number> = { images: 0x00000803, labels: 0x00000801 };

export interface IdxArray {
  dims: number[];
  /** A view into the parsed buffer, never a copy. */
  data: Uint8Array;
}

const hex = (n: number) => '0x' + n.toString(16).padStart(8, '0');

function describe(kind: IdxKind, dims: number[]): ErrorText {
  return kind === 'images'
    ? said('error_idx_images_of', { count: fmt(dims[0]), size: `${dims[1]}x${dims[2]}` })
    : said('error_idx_labels_of', { count: fmt(dims[0]) });
}

export function parseIdx(bytes: Uint8Array, file: string, kind: IdxKind): IdxArray {
  const expected = MAGIC[kind];
  if (bytes.length < 4) {
    throw new DataError(
      'corrupt',
      said('error_idx_too_short', { file, bytes: bytes.length }),
      file,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = view.getUint32(0, false);
  if (magic !== expected) {
    const other = kind === 'images' ? 'labels' : 'images';
    const why =
      magic === MAGIC[other]
        ? said(other === 'images' ? 'error_idx_swapped_images' : 'error_idx_swapped_labels', {
            magic: hex(magic),
          })
        : said(kind === 'images' ? 'error_idx_not_images' : 'error_idx_not_labels');
    throw new DataError(
      'corrupt',
      said('error_idx_magic', { file, magic: hex(magic), expected: hex(expected), why }),
      file,
    );
  }
  const ndims = bytes[3];
  const headerSize = 4 + 4 * ndims;
  if (bytes.length < headerSize) {
    throw new DataError(
      'corrupt',
      said('error_idx_truncated_header', { file, bytes: bytes.length }),
      file,
    );
  }
  const dims: number[] = [];
  for (let d = 0; d < ndims; d++) dims.push(view.getUint32(4 + 4 * d, false));
  const size = dims.reduce((a, b) => a * b, 1);
  const want = headerSize + size;
  if (bytes.length !== want) {
    const what = describe(kind, dims);
    const problem =
      bytes.length < want
        ? said('error_idx_truncated', { file, what, want: fmt(want), bytes: fmt(bytes.length) })
        : said('error_idx_extra', { file, what, extra: fmt(bytes.length - want) });
    throw new DataError('corrupt', problem, file);
  }
  return { dims, data: bytes.subarray(headerSize) };
}
