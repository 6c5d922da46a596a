/** Writers for the small dataset files the data tests generate. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { zipSync } from 'fflate';
import { PNG } from 'pngjs';
import jpeg from 'jpeg-js';
import tar from 'tar-stream';
import { afterEach } from 'vitest';

const made: string[] = [];

/** A fresh temp folder, removed after the test. */
export function tempDir(prefix = 'layerlab-data-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export function write(file: string, bytes: Uint8Array | string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return file;
}

/** An IDX file: big-endian magic and sizes, then the bytes. */
export function idx(magic: number, dims: number[], data: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(4 + 4 * dims.length + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, magic, false);
  dims.forEach((d, i) => view.setUint32(4 + 4 * i, d, false));
  out.set(Array.from(data), 4 + 4 * dims.length);
  return out;
}

export const gzip = (bytes: Uint8Array | string) => new Uint8Array(zlib.gzipSync(bytes));

export interface TinyIdx {
  trainImages: Uint8Array;
  trainLabels: number[];
  testImages: Uint8Array;
  testLabels: number[];
  rows: number;
  cols: number;
}

/** A tiny MNIST-like set: image i of a split has every pixel equal to (split base + i * 7) % 256. */
export function tinyIdxSet(nTrain = 6, nTest = 3, rows = 3, cols = 4): TinyIdx {
  const images = (n: number, base: number) => {
    const a = new Uint8Array(n * rows * cols);
    for (let i = 0; i < n; i++)
      a.fill((base + i * 7) % 256, i * rows * cols, (i + 1) * rows * cols);
    return a;
  };
  return {
    trainImages: images(nTrain, 10),
    trainLabels: Array.from({ length: nTrain }, (_, i) => (i * 3) % 10),
    testImages: images(nTest, 100),
    testLabels: Array.from({ length: nTest }, (_, i) => (i * 5 + 1) % 10),
    rows,
    cols,
  };
}

export function writeIdxSet(dir: string, set: TinyIdx, gz: boolean): void {
  const { rows, cols } = set;
  const files: [string, Uint8Array][] = [
    ['train-images-idx3-ubyte', idx(0x803, [set.trainLabels.length, rows, cols], set.trainImages)],
    ['train-labels-idx1-ubyte', idx(0x801, [set.trainLabels.length], set.trainLabels)],
    ['t10k-images-idx3-ubyte', idx(0x803, [set.testLabels.length, rows, cols], set.testImages)],
    ['t10k-labels-idx1-ubyte', idx(0x801, [set.testLabels.length], set.testLabels)],
  ];
  for (const [name, bytes] of files) {
    write(path.join(dir, gz ? name + '.gz' : name), gz ? gzip(bytes) : bytes);
  }
}

/** A `.npy` file as numpy.save writes it (header padded to a multiple of 64 bytes). */
export function npy(
  descr: string,
  shape: number[],
  data: ArrayBufferView,
  opts: { version?: 1 | 2 | 3; fortran?: boolean; rawDescr?: string } = {},
): Uint8Array {
  const version = opts.version ?? 1;
  const tuple = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  const d = opts.rawDescr ?? `'${descr}'`;
  let header = `{'descr': ${d}, 'fortran_order': ${opts.fortran ? 'True' : 'False'}, 'shape': ${tuple}, }`;
  const pre = version === 1 ? 10 : 12;
  while ((pre + header.length + 1) % 64 !== 0) header += ' ';
  header += '\n';
  const headerBytes = new TextEncoder().encode(header);
  const body = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const out = new Uint8Array(pre + headerBytes.length + body.length);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, version, 0]);
  const view = new DataView(out.buffer);
  if (version === 1) view.setUint16(8, headerBytes.length, true);
  else view.setUint32(8, headerBytes.length, true);
  out.set(headerBytes, pre);
  out.set(body, pre + headerBytes.length);
  return out;
}

/** A `.npz`: a zip of `<name>.npy` entries (compressed or stored). */
export function npz(arrays: Record<string, Uint8Array>, compressed = true): Uint8Array {
  const entries = Object.fromEntries(Object.entries(arrays).map(([k, v]) => [k + '.npy', v]));
  return zipSync(entries, { level: compressed ? 6 : 0 });
}

/** A `.tar.gz` of text files. */
export async function tarGz(files: Record<string, string>): Promise<Uint8Array> {
  const pack = tar.pack();
  for (const [name, content] of Object.entries(files)) pack.entry({ name }, content);
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of pack) chunks.push(chunk as Buffer);
  return gzip(Buffer.concat(chunks));
}

/** A solid-colour RGBA image, as PNG or JPEG bytes. */
export function solidImage(
  format: 'png' | 'jpg',
  width: number,
  height: number,
  rgb: [number, number, number],
): Uint8Array {
  const data = Buffer.alloc(width * height * 4);
  for (let p = 0; p < width * height; p++) data.set([...rgb, 255], 4 * p);
  if (format === 'png') {
    const png = new PNG({ width, height });
    data.copy(png.data);
    return PNG.sync.write(png);
  }
  return jpeg.encode({ data, width, height }, 100).data;
}

/**
 * A raw deflate stream of `prefix` then `zeros` zero bytes, written by hand with the fixed Huffman
 * codes (a zero, then copies of 258 bytes at distance 1): gigabytes in a few MB, made in milliseconds.
 */
export function deflateZeros(prefix: Uint8Array, zeros: number): Uint8Array {
  const copies = Math.max(0, Math.floor((zeros - 1) / 258));
  const out = new Uint8Array(Math.ceil(((prefix.length + 258) * 9 + copies * 13 + 10) / 8) + 8);
  let pos = 0;
  let acc = 0;
  let bits = 0;
  const put = (value: number, count: number) => {
    acc |= value << bits;
    bits += count;
    while (bits >= 8) {
      out[pos++] = acc & 255;
      acc >>>= 8;
      bits -= 8;
    }
  };
  const reversed = (code: number, len: number) => {
    let r = 0;
    for (let i = 0; i < len; i++) r |= ((code >> i) & 1) << (len - 1 - i);
    return r;
  };
  const literal = (b: number) =>
    b < 144 ? put(reversed(0x30 + b, 8), 8) : put(reversed(0x190 + b - 144, 9), 9);
  put(1, 1); // the final block
  put(1, 2); // fixed Huffman codes
  prefix.forEach(literal);
  if (zeros > 0) literal(0);
  const copy = reversed(0xc5, 8); // length code 285 (258 bytes); distance code 0 (1 byte back) is 5 zero bits
  for (let i = 0; i < copies; i++) put(copy, 13);
  for (let i = 1 + copies * 258; i < zeros; i++) literal(0);
  put(0, 7); // end of block
  if (bits > 0) put(0, 8 - bits);
  return out.subarray(0, pos);
}

/** A zip of already-deflated entries, with their true sizes and CRCs (as numpy.savez_compressed writes). */
export function zipDeflated(
  entries: { name: string; deflated: Uint8Array; size: number; crc: number }[],
): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = new TextEncoder().encode(e.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, 8, true);
    local.setUint32(14, e.crc, true);
    local.setUint32(18, e.deflated.length, true);
    local.setUint32(22, e.size, true);
    local.setUint16(26, name.length, true);
    const dir = new DataView(new ArrayBuffer(46));
    dir.setUint32(0, 0x02014b50, true);
    dir.setUint16(4, 20, true);
    dir.setUint16(6, 20, true);
    dir.setUint16(10, 8, true);
    dir.setUint32(16, e.crc, true);
    dir.setUint32(20, e.deflated.length, true);
    dir.setUint32(24, e.size, true);
    dir.setUint16(28, name.length, true);
    dir.setUint32(42, offset, true);
    parts.push(new Uint8Array(local.buffer), name, e.deflated);
    central.push(new Uint8Array(dir.buffer), name);
    offset += 30 + name.length + e.deflated.length;
  }
  const dirSize = central.reduce((n, p) => n + p.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, dirSize, true);
  end.setUint32(16, offset, true);
  return Buffer.concat([...parts, ...central, new Uint8Array(end.buffer)]);
}

/** An `.npy` entry of a float32 array of zeros, deflated, for `zipDeflated`. */
export function zeroNpyEntry(name: string, shape: number[]) {
  const header = npy('<f4', shape, new Float32Array(0));
  const size = header.length + shape.reduce((a, b) => a * b, 1) * 4;
  let crc = zlib.crc32(header);
  const chunk = new Uint8Array(2 ** 20);
  for (let left = size - header.length; left > 0; left -= chunk.length)
    crc = zlib.crc32(left >= chunk.length ? chunk : chunk.subarray(0, left), crc);
  return { name, deflated: deflateZeros(header, size - header.length), size, crc };
}

/** A PNG whose header says `width` x `height`, with a one-byte image after it (never decodable). */
export function pngHeaderOnly(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(zlib.crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.alloc(1))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A JPEG start (SOI, SOF0 of `width` x `height`, EOI) with no image data. */
export function jpegHeaderOnly(width: number, height: number): Uint8Array {
  const sof = Buffer.from([
    0xff,
    0xc0,
    0,
    17,
    8,
    height >> 8,
    height & 255,
    width >> 8,
    width & 255,
    3,
    1,
    0x11,
    0,
    2,
    0x11,
    1,
    3,
    0x11,
    1,
  ]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), sof, Buffer.from([0xff, 0xd9])]);
}

/** A gzip file of `zeros` zero bytes, deflated by hand (see `deflateZeros`). */
export function gzipZeros(zeros: number): Uint8Array {
  let crc = 0;
  const chunk = new Uint8Array(2 ** 20);
  for (let left = zeros; left > 0; left -= chunk.length)
    crc = zlib.crc32(left >= chunk.length ? chunk : chunk.subarray(0, left), crc);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc, 0);
  trailer.writeUInt32LE(zeros % 2 ** 32, 4);
  return Buffer.concat([
    Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]),
    deflateZeros(new Uint8Array(0), zeros),
    trailer,
  ]);
}
