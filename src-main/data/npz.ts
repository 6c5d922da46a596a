/**
 * NumPy `.npz` archives (numpy.savez / savez_compressed): `x_train, y_train[, x_test, y_test]` as in
 * Keras' `mnist.npz`, or `x, y`. uint8 features stay bytes (scaled by 1/255 on the way to the model).
 */
import path from 'node:path';
import { unzipSync } from 'fflate';
import { DataError, type Dataset, type Features } from './dataset.ts';
import { fmt, fmtBytes, readBytes } from './files.ts';
import { indexLabels, requireTwoClasses, taskFor } from './labels.ts';
import { MAX_ARRAY_BYTES, parseNpy, type NpyArray } from './npy.ts';

type Pair = { x: string; y: string };

function unreadable(file: string, err: unknown): DataError {
  const detail = err instanceof Error ? err.message : String(err);
  return new DataError(
    'corrupt',
    `${file} is not a readable .npz (zip) archive (${detail}). Save it again with numpy.savez.`,
    file,
  );
}

/**
 * The archive's `.npy` entries. Their sizes are checked as the zip declares them before anything is
 * inflated (a few hundred kB of zeros can inflate to gigabytes), each is inflated into a buffer of
 * its declared size and no more, and the inflated size is checked against the declaration.
 */
function openArchive(bytes: Uint8Array, file: string): Record<string, Uint8Array> {
  const declared = new Map<string, number>();
  try {
    unzipSync(bytes, {
      filter: (f) => {
        if (f.name.endsWith('.npy')) declared.set(f.name, f.originalSize);
        return false;
      },
    });
  } catch (err) {
    throw unreadable(file, err);
  }
  const total = [...declared.values()].reduce((a, b) => a + b, 0);
  if (total > MAX_ARRAY_BYTES) {
    throw new DataError(
      'too-large',
      `${file} holds ${fmtBytes(total)} of arrays once inflated (${fmt(bytes.length)} bytes on disk); LayerLab reads at most ${fmtBytes(MAX_ARRAY_BYTES)} from an .npz: save fewer or smaller examples (uint8 pixels take a quarter of float32).`,
      file,
    );
  }
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (f) => declared.has(f.name) });
  } catch (err) {
    throw unreadable(file, err);
  }
  for (const [name, size] of declared) {
    if (entries[name]?.length !== size) {
      throw new DataError(
        'corrupt',
        `${file}, entry ${name}, declares ${fmt(size)} bytes but inflates to ${fmt(entries[name]?.length ?? 0)}. Save it again with numpy.savez.`,
        file,
      );
    }
  }
  return entries;
}

function choosePairs(names: string[], file: string): { train: Pair; test: Pair | null } {
  const has = (n: string) => names.includes(n);
  if (has('x_train') && has('y_train')) {
    if (has('x_test') !== has('y_test')) {
      const [there, missing] = has('x_test') ? ['x_test', 'y_test'] : ['y_test', 'x_test'];
      throw new DataError(
        'not-found',
        `${file} has ${there} but no ${missing}: save both or neither.`,
        file,
      );
    }
    const test = has('x_test') ? { x: 'x_test', y: 'y_test' } : null;
    return { train: { x: 'x_train', y: 'y_train' }, test };
  }
  if (has('x') && has('y')) return { train: { x: 'x', y: 'y' }, test: null };
  const found = names.length ? `the arrays ${names.join(', ')}` : 'no arrays';
  throw new DataError(
    'not-found',
    `${file} holds ${found}; LayerLab needs x_train and y_train (and optionally x_test and y_test), as in Keras' mnist.npz, or x and y.`,
    file,
  );
}

/** [N, D] -> [D]; [N, H, W] -> [H, W, 1]; [N, H, W, C] -> [H, W, C]. */
function exampleShape(a: NpyArray, where: string, file: string): number[] {
  const rest = a.shape.slice(1);
  if (rest.length === 2) return [...rest, 1];
  if (rest.length === 1 || rest.length === 3) return rest;
  throw new DataError(
    'unsupported',
    `${where} has the shape (${a.shape.join(', ')}); features must be (examples, values), (examples, height, width) or (examples, height, width, channels).`,
    file,
  );
}

/** NaN or infinite features are refused, as a CSV's are: a model fed them learns nothing but NaN. */
function requireFinite(a: NpyArray, rowSize: number, where: string, file: string): void {
  if (!(a.data instanceof Float32Array || a.data instanceof Float64Array)) return;
  const data = a.data;
  for (let i = 0; i < data.length; i++) {
    if (Number.isFinite(data[i])) continue;
    throw new DataError(
      'corrupt',
      `${where}, example ${Math.floor(i / rowSize)}, value ${i % rowSize}: ${data[i]} is not a number. Every feature must be a finite number; replace NaN and infinite values (numpy.nan_to_num) and save it again.`,
      file,
    );
  }
}

function toFeatures(a: NpyArray, rowSize: number): Features {
  if (a.dtype === 'u1' || a.dtype === 'b1') {
    return {
      kind: 'u8',
      data: a.data as Uint8Array,
      rowSize,
      scale: a.dtype === 'u1' ? 1 / 255 : 1,
    };
  }
  if (a.data instanceof Float32Array) return { kind: 'f32', data: a.data, rowSize };
  const out = new Float32Array(a.data.length);
  for (let i = 0; i < out.length; i++) out[i] = Number(a.data[i]);
  return { kind: 'f32', data: out, rowSize };
}

/** Class values of y: (N) or (N, 1) numbers, or (N, C) one-hot rows. */
function labelValues(y: NpyArray, where: string, file: string): number[] {
  const n = y.shape[0] ?? 0;
  const cols = y.shape.length === 1 ? 1 : y.shape.length === 2 ? y.shape[1] : -1;
  if (y.shape.length === 0 || cols < 1) {
    throw new DataError(
      'unsupported',
      `${where} has the shape (${y.shape.join(', ')}); labels must be (examples,) class numbers or (examples, classes) one-hot rows.`,
      file,
    );
  }
  const v = (i: number) => Number(y.data[i]);
  if (cols === 1) return Array.from({ length: n }, (_, i) => v(i));
  return Array.from({ length: n }, (_, i) => {
    let hot = -1;
    for (let c = 0; c < cols; c++) {
      const x = v(i * cols + c);
      if (x === 1 && hot < 0) hot = c;
      else if (x !== 0) hot = -2;
    }
    if (hot < 0) {
      throw new DataError(
        'corrupt',
        `${where}, row ${i} is not a one-hot row (exactly one 1, the rest 0). Save the labels as class numbers instead.`,
        file,
      );
    }
    return hot;
  });
}

export async function loadNpz(file: string): Promise<Dataset> {
  const base = path.basename(file);
  const entries = openArchive(await readBytes(file), file);
  const names = Object.keys(entries)
    .filter((n) => n.endsWith('.npy'))
    .map((n) => n.slice(0, -4));
  const pairs = choosePairs(names, file);
  const read = (name: string) => parseNpy(entries[name + '.npy'], `${file}, array ${name},`, file);

  const loadPair = (pair: Pair) => {
    const x = read(pair.x);
    const y = read(pair.y);
    const shape = exampleShape(x, `${file}, array ${pair.x},`, file);
    if (x.shape[0] !== y.shape[0]) {
      throw new DataError(
        'mismatch',
        `${file}: ${pair.x} has ${fmt(x.shape[0])} examples but ${pair.y} has ${fmt(y.shape[0])} labels; they must match one to one.`,
        file,
      );
    }
    const rowSize = shape.reduce((a, b) => a * b, 1);
    requireFinite(x, rowSize, `${file}, array ${pair.x}`, file);
    return {
      x,
      shape,
      count: x.shape[0],
      values: labelValues(y, `${file}, array ${pair.y}`, file),
      rowSize,
    };
  };
  const train = loadPair(pairs.train);
  const test = pairs.test ? loadPair(pairs.test) : null;
  if (test && test.shape.join() !== train.shape.join()) {
    throw new DataError(
      'mismatch',
      `${file}: x_train examples have the shape (${train.shape.join(', ')}) but x_test examples (${test.shape.join(', ')}); they must match.`,
      file,
    );
  }
  const all = test ? train.values.concat(test.values) : train.values;
  const { classNames, labels } = indexLabels(all, file, (i) =>
    i < train.count ? `${pairs.train.y}[${i}]` : `${pairs.test!.y}[${i - train.count}]`,
  );
  requireTwoClasses(file, classNames, pairs.train.y);
  return {
    info: {
      id: file,
      title: base,
      task: taskFor(classNames.length),
      classNames,
      featureShape: train.shape,
      trainCount: train.count,
      testCount: test?.count ?? 0,
      source: file,
    },
    train: {
      count: train.count,
      features: toFeatures(train.x, train.rowSize),
      labels: labels.subarray(0, train.count),
    },
    test: test
      ? {
          count: test.count,
          features: toFeatures(test.x, test.rowSize),
          labels: labels.subarray(train.count),
        }
      : null,
  };
}
