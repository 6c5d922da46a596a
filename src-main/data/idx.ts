/**
 * The IDX format of MNIST and Fashion-MNIST (http://yann.lecun.com/exdb/mnist/): a big-endian magic
 * number 0x000008NN (unsigned bytes, NN dimensions), NN big-endian 32-bit sizes, then the bytes.
 */
import { DataError } from './dataset.ts';
import { fmt } from './files.ts';

export type IdxKind = 'images' | 'labels';

const MAGIC: Record<IdxKind, number> = { images: 0x00000803, labels: 0x00000801 };

export interface IdxArray {
  dims: number[];
  /** A view into the parsed buffer, never a copy. */
  data: Uint8Array;
}

const hex = (n: number) => '0x' + n.toString(16).padStart(8, '0');

function describe(kind: IdxKind, dims: number[]): string {
  return kind === 'images'
    ? `${fmt(dims[0])} images of ${dims[1]}x${dims[2]}`
    : `${fmt(dims[0])} labels`;
}

export function parseIdx(bytes: Uint8Array, file: string, kind: IdxKind): IdxArray {
  const expected = MAGIC[kind];
  if (bytes.length < 4) {
    throw new DataError(
      'corrupt',
      `${file} is truncated: it holds ${bytes.length} bytes, too few for an IDX header. Download it again.`,
      file,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = view.getUint32(0, false);
  if (magic !== expected) {
    const other = kind === 'images' ? 'labels' : 'images';
    const why =
      magic === MAGIC[other]
        ? `: ${hex(magic)} marks an IDX ${other} file, so the file names are probably swapped`
        : `, so it is not an IDX ${kind} file`;
    throw new DataError(
      'corrupt',
      `${file} starts with the magic number ${hex(magic)} instead of ${hex(expected)}${why}. Replace it with the original file.`,
      file,
    );
  }
  const ndims = bytes[3];
  const headerSize = 4 + 4 * ndims;
  if (bytes.length < headerSize) {
    throw new DataError(
      'corrupt',
      `${file} is truncated inside its header (${bytes.length} bytes). Download it again.`,
      file,
    );
  }
  const dims: number[] = [];
  for (let d = 0; d < ndims; d++) dims.push(view.getUint32(4 + 4 * d, false));
  const size = dims.reduce((a, b) => a * b, 1);
  const want = headerSize + size;
  if (bytes.length !== want) {
    const problem =
      bytes.length < want
        ? `is truncated: its header announces ${describe(kind, dims)} (${fmt(want)} bytes) but it holds ${fmt(bytes.length)} bytes`
        : `has ${fmt(bytes.length - want)} bytes more than the ${describe(kind, dims)} its header announces`;
    throw new DataError('corrupt', `${file} ${problem}. Download it again.`, file);
  }
  return { dims, data: bytes.subarray(headerSize) };
}
