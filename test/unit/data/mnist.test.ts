import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBuiltinDatasets, loadDataset } from '../../../src-main/data/index.ts';
import { parseIdx } from '../../../src-main/data/idx.ts';
import { idx, tempDir, tinyIdxSet, writeIdxSet } from './helpers.ts';

const ref = (name: 'mnist' | 'fashion-mnist') => ({
  kind: 'builtin' as const,
  name,
  numWords: 10000,
});

describe('parseIdx', () => {
  it('reads dims and returns a view of the bytes, not a copy', () => {
    const bytes = idx(0x803, [2, 1, 3], [1, 2, 3, 4, 5, 6]);
    const a = parseIdx(bytes, 'x', 'images');
    expect(a.dims).toEqual([2, 1, 3]);
    expect(Array.from(a.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(a.data.buffer).toBe(bytes.buffer);
  });
});

describe.each([
  ['raw', false],
  ['gzipped', true],
])('MNIST from %s IDX files', (_label, gz) => {
  it('loads both splits with shapes, labels and pixel bytes', async () => {
    const dir = tempDir();
    const set = tinyIdxSet();
    writeIdxSet(path.join(dir, 'mnist'), set, gz);
    const progress: string[] = [];
    const ds = await loadDataset(ref('mnist'), {
      dataDirs: [dir],
      onProgress: (p) => progress.push(p.phase),
    });
    expect(ds.info).toMatchObject({
      id: 'mnist',
      task: 'multiclass',
      featureShape: [3, 4, 1],
      trainCount: 6,
      testCount: 3,
      source: path.join(dir, 'mnist'),
    });
    expect(ds.info.classNames).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(Array.from(ds.train.labels)).toEqual(set.trainLabels);
    expect(Array.from(ds.test!.labels)).toEqual(set.testLabels);
    const f = ds.train.features;
    expect(f.kind).toBe('u8');
    if (f.kind !== 'u8') return;
    expect(f.rowSize).toBe(12);
    expect(f.scale).toBeCloseTo(1 / 255);
    expect(Array.from(f.data)).toEqual(Array.from(set.trainImages));
    expect(progress).toContain('read');
  });
});

describe('locating IDX sets', () => {
  it('accepts MNIST files directly in a data folder, but Fashion-MNIST only in its own folder', async () => {
    const dir = tempDir();
    writeIdxSet(dir, tinyIdxSet(), true);
    const ds = await loadDataset(ref('mnist'), { dataDirs: [dir] });
    expect(ds.info.source).toBe(dir);
    const list = listBuiltinDatasets([dir], '/target');
    expect(list.find((d) => d.name === 'mnist')).toMatchObject({ found: true, location: dir });
    expect(list.find((d) => d.name === 'fashion-mnist')?.found).toBe(false);
  });

  it('loads Fashion-MNIST with its class names from <dir>/fashion-mnist', async () => {
    const dir = tempDir();
    writeIdxSet(path.join(dir, 'fashion-mnist'), tinyIdxSet(), false);
    const ds = await loadDataset(ref('fashion-mnist'), { dataDirs: ['/nonexistent', dir] });
    expect(ds.info.classNames[0]).toBe('T-shirt/top');
    expect(ds.info.classNames[9]).toBe('Ankle boot');
    expect(ds.info.source).toBe(path.join(dir, 'fashion-mnist'));
  });

  it('takes the first data folder that holds a complete copy', async () => {
    const [a, b] = [tempDir(), tempDir()];
    writeIdxSet(path.join(a, 'mnist'), tinyIdxSet(4, 2), true);
    writeIdxSet(path.join(b, 'mnist'), tinyIdxSet(5, 2), true);
    const ds = await loadDataset(ref('mnist'), { dataDirs: [b, a] });
    expect(ds.info.trainCount).toBe(5);
  });

  it('says which files are missing, where to put them and how to download them', () => {
    const dir = tempDir();
    writeIdxSet(path.join(dir, 'mnist'), tinyIdxSet(), true);
    fs.rmSync(path.join(dir, 'mnist', 't10k-labels-idx1-ubyte.gz'));
    const [mnist] = listBuiltinDatasets([dir], '/home/ada/ll/datasets');
    expect(mnist.found).toBe(false);
    expect(mnist.searched).toEqual([dir]);
    expect(mnist.hint).toContain('but not t10k-labels-idx1-ubyte');
    expect(mnist.hint).toContain('/home/ada/ll/datasets/mnist');
    expect(mnist.hint).toContain('train-images-idx3-ubyte.gz');
    expect(mnist.hint).toContain('layerlab datasets --download mnist');
  });
});
