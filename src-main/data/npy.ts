/**
 * NumPy's `.npy` format (numpy.lib.format): magic "\x93NUMPY", version, a Python-dict header giving
 * dtype, order and shape, then the raw C-order data. Versions 1.0, 2.0 and 3.0; little-endian only.
 */
import { DataError } from './dataset.ts';
import { said, type ErrorParam, type ErrorText } from '../contract/error-text.ts';
import { fmtBytes } from './files.ts';

export type NpyData =
  | Uint8Array
  | Int8Array
  | Uint16Array
  | Int16Array
  | Uint32Array
  | Int32Array
  | BigUint64Array
  | BigInt64Array
  | Float32Array
  | Float64Array;

export interface NpyArray {
  /** NumPy's type code without byte order: 'u1', 'f4', 'b1', ... */
  dtype: string;
  shape: number[];
  data: NpyData;
}

type Ctor = { new (b: ArrayBufferLike, o: number, n: number): NpyData; BYTES_PER_ELEMENT: number };

const TYPES: Record<string, Ctor> = {
  b1: Uint8Array,
  u1: Uint8Array,
  i1: Int8Array,
  u2: Uint16Array,
  i2: Int16Array,
  u4: Uint32Array,
  i4: Int32Array,
  u8: BigUint64Array,
  i8: BigInt64Array,
  f4: Float32Array,
  f8: Float64Array,
};

/** The most bytes one array may hold (and one `.npz` in all): 512 MB. */
export const MAX_ARRAY_BYTES = 512 * 2 ** 20;

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY

/** `where` names the array for error sentences, e.g. "data.npz, array x_train". */
export function parseNpy(bytes: Uint8Array, where: ErrorParam, file?: string): NpyArray {
  const corrupt = (what: ErrorText) => new DataError('corrupt', what, file);
  const refuse = (what: ErrorText) => new DataError('unsupported', what, file);
  if (bytes.length < 10 || MAGIC.some((b, i) => bytes[i] !== b)) {
    throw corrupt(said('error_npy_not_npy', { where, magic: '\\x93NUMPY' }));
  }
  const major = bytes[6];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (major < 1 || major > 3)
    throw refuse(said('error_npy_version', { where, version: `${major}.${bytes[7]}` }));
  const headerLen = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  const headerStart = major === 1 ? 10 : 12;
  const dataStart = headerStart + headerLen;
  if (dataStart > bytes.length) throw corrupt(said('error_npy_truncated_header', { where }));
  const header = new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(
    bytes.subarray(headerStart, dataStart),
  );
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(header)?.[1];
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(header)?.[1];
  const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(header)?.[1];
  if (descr === undefined) {
    throw refuse(said('error_npy_structured', { where }));
  }
  if (fortran === undefined || shapeText === undefined) {
    throw corrupt(said('error_npy_bad_header', { where, header: JSON.stringify(header.trim()) }));
  }
  if (fortran === 'True') {
    throw refuse(said('error_npy_fortran', { where }));
  }
  const order = descr[0];
  const code = descr.slice(1);
  if (code === 'O') {
    throw refuse(said('error_npy_objects', { where }));
  }
  const Type = TYPES[code];
  if (!Type) throw refuse(said('error_npy_dtype', { where, dtype: JSON.stringify(descr) }));
  if (order === '>' && Type.BYTES_PER_ELEMENT > 1) {
    throw refuse(said('error_npy_big_endian', { where, dtype: descr }));
  }
  const shape = shapeText
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => Number(s.replace(/L$/, '')));
  if (shape.some((d) => !Number.isInteger(d) || d < 0))
    throw corrupt(said('error_npy_bad_shape', { where, shape: shapeText }));
  const count = shape.reduce((a, b) => a * b, 1);
  const byteLength = count * Type.BYTES_PER_ELEMENT;
  if (byteLength > MAX_ARRAY_BYTES) {
    throw new DataError(
      'too-large',
      said('error_npy_too_large', {
        where,
        shape: shape.join(', '),
        dtype: descr,
        size: fmtBytes(byteLength),
        cap: fmtBytes(MAX_ARRAY_BYTES),
      }),
      file,
    );
  }
  if (bytes.length - dataStart < byteLength) {
    throw corrupt(
      said('error_npy_truncated', {
        where,
        shape: shape.join(', '),
        bytes: byteLength,
        dtype: descr,
        actual: bytes.length - dataStart,
      }),
    );
  }
  const offset = bytes.byteOffset + dataStart;
  // A view when aligned (NumPy pads the header to 64 bytes, so usually); else an aligned copy.
  const data =
    offset % Type.BYTES_PER_ELEMENT === 0
      ? new Type(bytes.buffer, offset, count)
      : new Type(bytes.slice(dataStart, dataStart + byteLength).buffer, 0, count);
  return { dtype: code, shape, data };
}
