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
