/**
 * NumPy `.npz` archives (numpy.savez / savez_compressed): `x_train, y_train[, x_test, y_test]` as in
 * Keras' `mnist.npz`, or `x, y`. uint8 features stay bytes (scaled by 1/255 on the way to the model).
 */
import path from 'node:path';
import { unzipSync } from 'fflate';
import { said, type ErrorParam } from '../contract/error-text.ts';
import { DataError, type Dataset, type Features } from './dataset.ts';
import { fmt, fmtBytes, readBytes } from './files.ts';
import { indexLabels, requireTwoClasses, taskFor } from './labels.ts';
import { MAX_ARRAY_BYTES, parseNpy, type NpyArray } from './npy.ts';

type Pair = { x: string; y: string };

function unreadable(file: string, err: unknown): DataError {
  const detail = err instanceof Error ? err.message : String(err);
  return new DataError('corrupt', said('error_npz_unreadable', { file, detail }), file);
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
      said('error_npz_too_large', {
        file,
        size: fmtBytes(total),
        bytes: fmt(bytes.length),
        cap: fmtBytes(MAX_ARRAY_BYTES),
      }),
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
        said('error_npz_entry_size', {
          file,
          name,
          size: fmt(size),
          actual: fmt(entries[name]?.length ?? 0),
        }),
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
      throw new DataError('not-found', said('error_npz_half_test', { file, there, missing }), file);
    }
    const test = has('x_test') ? { x: 'x_test', y: 'y_test' } : null;
    return { train: { x: 'x_train', y: 'y_train' }, test };
  }
  if (has('x') && has('y')) return { train: { x: 'x', y: 'y' }, test: null };
  const found = names.length
    ? said('error_npz_found_arrays', { names: names.join(', ') })
    : said('error_npz_found_none');
  throw new DataError('not-found', said('error_npz_no_arrays', { file, found }), file);
}

/** [N, D] -> [D]; [N, H, W] -> [H, W, 1]; [N, H, W, C] -> [H, W, C]. */
function exampleShape(a: NpyArray, where: ErrorParam, file: string): number[] {
  const rest = a.shape.slice(1);
  if (rest.length === 2) return [...rest, 1];
  if (rest.length === 1 || rest.length === 3) return rest;
  throw new DataError(
    'unsupported',
    said('error_npz_feature_shape', { where, shape: a.shape.join(', ') }),
    file,
  );
}

/** NaN or infinite features are refused, as a CSV's are: a model fed them learns nothing but NaN. */
function requireFinite(a: NpyArray, rowSize: number, where: ErrorParam, file: string): void {
  if (!(a.data instanceof Float32Array || a.data instanceof Float64Array)) return;
  const data = a.data;
  for (let i = 0; i < data.length; i++) {
    if (Number.isFinite(data[i])) continue;
    throw new DataError(
      'corrupt',
      said('error_npz_not_finite', {
        where,
        example: Math.floor(i / rowSize),
        index: i % rowSize,
        value: String(data[i]),
      }),
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
function labelValues(y: NpyArray, where: ErrorParam, file: string): number[] {
  const n = y.shape[0] ?? 0;
  const cols = y.shape.length === 1 ? 1 : y.shape.length === 2 ? y.shape[1] : -1;
  if (y.shape.length === 0 || cols < 1) {
    throw new DataError(
      'unsupported',
      said('error_npz_label_shape', { where, shape: y.shape.join(', ') }),
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
      throw new DataError('corrupt', said('error_npz_not_one_hot', { where, row: i }), file);
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
  const array = (name: string) => said('error_npz_array', { file, name });
  const arrayThen = (name: string) => said('error_npz_array_then', { file, name });
  const read = (name: string) => parseNpy(entries[name + '.npy'], arrayThen(name), file);

  const loadPair = (pair: Pair) => {
    const x = read(pair.x);
    const y = read(pair.y);
    const shape = exampleShape(x, arrayThen(pair.x), file);
    if (x.shape[0] !== y.shape[0]) {
      throw new DataError(
        'mismatch',
        said('error_npz_count_mismatch', {
          file,
          x: pair.x,
          examples: fmt(x.shape[0]),
          y: pair.y,
          labels: fmt(y.shape[0]),
        }),
        file,
      );
    }
    const rowSize = shape.reduce((a, b) => a * b, 1);
    requireFinite(x, rowSize, array(pair.x), file);
    return {
      x,
      shape,
      count: x.shape[0],
      values: labelValues(y, array(pair.y), file),
      rowSize,
    };
  };
  const train = loadPair(pairs.train);
  const test = pairs.test ? loadPair(pairs.test) : null;
  if (test && test.shape.join() !== train.shape.join()) {
    throw new DataError(
      'mismatch',
      said('error_npz_test_shape', {
        file,
        train: train.shape.join(', '),
        test: test.shape.join(', '),
      }),
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
