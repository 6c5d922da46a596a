import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src-main/data/index.ts';
import { parseNpy } from '../../../src-main/data/npy.ts';
import { npy, npz, tempDir, write } from './helpers.ts';

const fileRef = (p: string) => ({
  kind: 'file' as const,
  path: p,
  imageSize: [28, 28] as [number, number],
  grayscale: true,
});

describe('parseNpy', () => {
  it.each([
    ['|u1', new Uint8Array([0, 7, 255])],
    ['|i1', new Int8Array([-128, 0, 127])],
    ['<u2', new Uint16Array([0, 65535, 3])],
    ['<i2', new Int16Array([-5, 5, 300])],
    ['<i4', new Int32Array([-1, 2, 1 << 30])],
    ['<u4', new Uint32Array([0, 4_000_000_000, 1])],
    ['<f4', new Float32Array([0.5, -1.25, 3])],
    ['<f8', new Float64Array([Math.PI, -0, 1e300])],
    ['|b1', new Uint8Array([1, 0, 1])],
  ])('reads %s', (descr, data) => {
    const a = parseNpy(npy(descr, [3], data), 'a');
    expect(a.dtype).toBe(descr.slice(1));
    expect(a.shape).toEqual([3]);
    expect(Array.from(a.data as ArrayLike<number>)).toEqual(Array.from(data));
  });

  it('reads 64-bit integers and header versions 2 and 3', () => {
    const big = new BigInt64Array([-3n, 9n, 1n << 40n, 0n]);
    for (const version of [1, 2, 3] as const) {
      const a = parseNpy(npy('<i8', [2, 2], big, { version }), 'a');
      expect(a.shape).toEqual([2, 2]);
      expect(Array.from(a.data as BigInt64Array)).toEqual([-3n, 9n, 1n << 40n, 0n]);
    }
  });

  it('returns a view of aligned data', () => {
    const bytes = npy('<f4', [2], new Float32Array([1, 2]));
    expect(parseNpy(bytes, 'a').data.buffer).toBe(bytes.buffer);
  });

  it('reads scalars and empty shapes', () => {
    expect(parseNpy(npy('<f8', [], new Float64Array([2.5])), 'a').data[0]).toBe(2.5);
    expect(parseNpy(npy('<f4', [0, 3], new Float32Array(0)), 'a').shape).toEqual([0, 3]);
  });
});

describe('npz', () => {
  it("reads Keras mnist.npz's layout: uint8 (N,H,W) images get a channel axis and stay bytes", async () => {
    const dir = tempDir();
    const xTrain = Uint8Array.from({ length: 3 * 2 * 2 }, (_, i) => i * 10);
    const file = write(
      path.join(dir, 'mnist.npz'),
      npz({
        x_train: npy('|u1', [3, 2, 2], xTrain),
        y_train: npy('|u1', [3], new Uint8Array([5, 0, 5])),
        x_test: npy('|u1', [1, 2, 2], new Uint8Array([1, 2, 3, 4])),
        y_test: npy('|u1', [1], new Uint8Array([9])),
      }),
    );
    const ds = await loadDataset(fileRef(file), { dataDirs: [] });
    expect(ds.info).toMatchObject({
      featureShape: [2, 2, 1],
      trainCount: 3,
      testCount: 1,
      classNames: ['0', '5', '9'],
      task: 'multiclass',
    });
    expect(ds.train.features).toMatchObject({ kind: 'u8', rowSize: 4 });
    if (ds.train.features.kind !== 'u8') return;
    expect(ds.train.features.scale).toBeCloseTo(1 / 255);
    expect(Array.from(ds.train.features.data)).toEqual(Array.from(xTrain));
    expect(Array.from(ds.train.labels)).toEqual([1, 0, 1]);
    expect(Array.from(ds.test!.labels)).toEqual([2]);
  });

  it('reads x, y with float64 features (as float32), int64 labels and stored (uncompressed) entries', async () => {
    const dir = tempDir();
    const file = write(
      path.join(dir, 'table.npz'),
      npz(
        {
          x: npy('<f8', [2, 3], new Float64Array([1, 2, 3, 4, 5, 6])),
          y: npy('<i8', [2, 1], new BigInt64Array([1n, 0n])),
        },
        false,
      ),
    );
    const ds = await loadDataset({ ...fileRef(file), format: 'npz' }, { dataDirs: [] });
    expect(ds.info).toMatchObject({ featureShape: [3], task: 'binary', testCount: 0 });
    expect(ds.test).toBeNull();
    expect(ds.train.features.kind).toBe('f32');
    if (ds.train.features.kind !== 'f32') return;
    expect(Array.from(ds.train.features.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(Array.from(ds.train.labels)).toEqual([1, 0]);
  });

  it('reads one-hot labels and (N,H,W,C) images', async () => {
    const dir = tempDir();
    const file = write(
      path.join(dir, 'rgb.npz'),
      npz({
        x: npy('<f4', [2, 1, 2, 3], new Float32Array(12).fill(0.5)),
        y: npy('<f4', [2, 3], new Float32Array([0, 0, 1, 1, 0, 0])),
      }),
    );
    const ds = await loadDataset(fileRef(file), { dataDirs: [] });
    expect(ds.info.featureShape).toEqual([1, 2, 3]);
    expect(ds.info.classNames).toEqual(['0', '2']);
    expect(Array.from(ds.train.labels)).toEqual([1, 0]);
  });
});
