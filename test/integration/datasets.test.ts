/**
 * The real sets: MNIST and IMDB from ../shared/datasets, Fashion-MNIST from the Debian package
 * `dataset-fashion-mnist` (/usr/share/datasets/fashion-mnist). A missing set fails with directions.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { BuiltinDatasetName } from '../../src-main/contract/datasets.ts';
import type { Dataset, Split } from '../../src-main/data/dataset.ts';
import { listBuiltinDatasets, loadDataset } from '../../src-main/data/index.ts';

function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

const SHARED = path.resolve(repoRoot(), '../shared/datasets');
const DATA_DIRS = [SHARED, '/usr/share/datasets'];
const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-imdb-cache-'));
afterAll(() => fs.rmSync(cacheDir, { recursive: true, force: true }));

/** Fails (never skips) when a set is missing, saying how to get it. */
function requireSet(name: BuiltinDatasetName): void {
  const info = listBuiltinDatasets(DATA_DIRS).find((d) => d.name === name)!;
  if (!info.found) {
    throw new Error(
      `The real ${name} set is missing (searched ${info.searched.join(', ')}). ${info.hint} ` +
        'CI has ../shared/datasets beside the repository (MNIST, IMDB) and installs the Debian package ' +
        'dataset-fashion-mnist (apt-get install dataset-fashion-mnist).',
    );
  }
}

async function timedLoad(name: BuiltinDatasetName, label: string = name): Promise<Dataset> {
  requireSet(name);
  const t0 = performance.now();
  const ds = await loadDataset(
    { kind: 'builtin', name, numWords: 10000 },
    { dataDirs: DATA_DIRS, cacheDir },
  );
  console.log(
    `${label}: loaded in ${((performance.now() - t0) / 1000).toFixed(2)} s from ${ds.info.source}`,
  );
  return ds;
}

function labelCounts(split: Split, classes: number): number[] {
  const counts = new Array(classes).fill(0);
  for (const l of split.labels) counts[l]++;
  return counts;
}

function meanPixel(split: Split): number {
  const f = split.features;
  if (f.kind !== 'u8') throw new Error('expected bytes');
  let sum = 0;
  for (let i = 0; i < f.data.length; i++) sum += f.data[i];
  return (sum / f.data.length) * f.scale;
}

describe('real datasets', () => {
  it('MNIST: 60,000 + 10,000 digits with the known label counts', async () => {
    const ds = await timedLoad('mnist');
    expect(ds.info).toMatchObject({
      trainCount: 60000,
      testCount: 10000,
      featureShape: [28, 28, 1],
    });
    expect(labelCounts(ds.train, 10)).toEqual([
      5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949,
    ]);
    expect(labelCounts(ds.test!, 10)).toEqual([
      980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009,
    ]);
    expect(ds.train.labels[0]).toBe(5);
    expect(ds.test!.labels[0]).toBe(7);
    // The normalisation constant every MNIST tutorial uses.
    expect(meanPixel(ds.train)).toBeCloseTo(0.1307, 3);
  });

  it('Fashion-MNIST: 60,000 + 10,000 images, 6,000 / 1,000 per class', async () => {
    const ds = await timedLoad('fashion-mnist');
    expect(ds.info).toMatchObject({
      trainCount: 60000,
      testCount: 10000,
      featureShape: [28, 28, 1],
    });
    expect(labelCounts(ds.train, 10)).toEqual(new Array(10).fill(6000));
    expect(labelCounts(ds.test!, 10)).toEqual(new Array(10).fill(1000));
    expect(ds.info.classNames[ds.train.labels[0]]).toBe('Ankle boot');
    expect(meanPixel(ds.train)).toBeCloseTo(0.286, 3);
  });

  it('IMDB: 25,000 + 25,000 balanced reviews with a sensible vocabulary, then from the cache', async () => {
    const ds = await timedLoad('imdb', 'imdb (first load, tokenizing)');
    expect(ds.info).toMatchObject({
      trainCount: 25000,
      testCount: 25000,
      featureShape: [10000],
      task: 'binary',
    });
    expect(labelCounts(ds.train, 2)).toEqual([12500, 12500]);
    expect(labelCounts(ds.test!, 2)).toEqual([12500, 12500]);
    const vocab = ds.vocabulary!;
    expect(vocab.slice(0, 5)).toEqual(['', 'the', 'and', 'a', 'of']);
    expect(vocab).toHaveLength(10000);
    expect(vocab).not.toContain('br');

    // Labels line up with the words: "great" is commoner in positive reviews, "worst" in negative ones.
    const f = ds.train.features;
    if (f.kind !== 'multi-hot') throw new Error('expected multi-hot');
    const share = (word: string, label: number) => {
      const col = vocab.indexOf(word);
      let hits = 0;
      for (let i = 0; i < ds.train.count; i++) {
        if (ds.train.labels[i] !== label) continue;
        for (let k = f.offsets[i]; k < f.offsets[i + 1]; k++) if (f.indices[k] === col) hits++;
      }
      return hits / 12500;
    };
    expect(share('great', 1)).toBeGreaterThan(share('great', 0) * 1.5);
    expect(share('worst', 0)).toBeGreaterThan(share('worst', 1) * 3);
    const perReview = f.indices.length / ds.train.count;
    expect(perReview).toBeGreaterThan(80);
    expect(perReview).toBeLessThan(250);

    const again = await timedLoad('imdb', 'imdb (second load, cached)');
    expect(again.vocabulary).toEqual(vocab);
    const g = again.train.features;
    if (g.kind !== 'multi-hot') throw new Error('expected multi-hot');
    expect(Array.from(g.offsets)).toEqual(Array.from(f.offsets));
    expect(Array.from(again.train.labels)).toEqual(Array.from(ds.train.labels));
  });
});
