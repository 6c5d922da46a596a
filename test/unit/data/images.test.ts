import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src-main/data/index.ts';
import { resizeRgba } from '../../../src-main/data/resize.ts';
import { solidImage, tempDir, write } from './helpers.ts';

const ref = (p: string, imageSize: [number, number], grayscale: boolean) => ({
  kind: 'file' as const,
  path: p,
  imageSize,
  grayscale,
});

function bytesOf(ds: Awaited<ReturnType<typeof loadDataset>>, split: 'train' | 'test' = 'train') {
  const f = ds[split]!.features;
  if (f.kind !== 'u8') throw new Error('expected u8');
  return f;
}

describe('resizeRgba', () => {
  const rgba = (grey: number[]) => Uint8Array.from(grey.flatMap((g) => [g, g, g, 255]));

  it('averages areas when shrinking', () => {
    const out = new Uint8Array(2);
    // 4x1 -> 2x1: (0+100)/2, (200+50)/2
    resizeRgba(rgba([0, 100, 200, 50]), 4, 1, 1, 2, 1, out, 0);
    expect(Array.from(out)).toEqual([50, 125]);
    const odd = new Uint8Array(2);
    // 3x1 -> 2x1: each output covers 1.5 pixels: (0 + 0.5*90)/1.5, (0.5*90 + 180)/1.5
    resizeRgba(rgba([0, 90, 180]), 3, 1, 1, 2, 1, odd, 0);
    expect(Array.from(odd)).toEqual([30, 150]);
  });

  it('interpolates bilinearly with half-pixel centres when growing', () => {
    const out = new Uint8Array(4);
    resizeRgba(rgba([0, 200]), 2, 1, 1, 4, 1, out, 0);
    // centres -0.25 (clamped), 0.25, 0.75, 1.25 (clamped)
    expect(Array.from(out)).toEqual([0, 50, 150, 200]);
  });

  it('converts colour to grey with ITU-R 601 weights, or keeps RGB', () => {
    const red = Uint8Array.from([200, 100, 0, 255]);
    const grey = new Uint8Array(1);
    resizeRgba(red, 1, 1, 1, 1, 1, grey, 0);
    expect(grey[0]).toBe(Math.round(0.299 * 200 + 0.587 * 100));
    const rgb = new Uint8Array(3);
    resizeRgba(red, 1, 1, 1, 1, 3, rgb, 0);
    expect(Array.from(rgb)).toEqual([200, 100, 0]);
  });
});

describe('image folders', () => {
  it('reads one sub-folder per class, PNG and JPEG, resized, grey', async () => {
    const root = tempDir();
    write(path.join(root, 'dark', 'a.png'), solidImage('png', 8, 6, [10, 10, 10]));
    write(path.join(root, 'dark', 'b.jpg'), solidImage('jpg', 5, 5, [20, 20, 20]));
    write(path.join(root, 'light', 'c.PNG'), solidImage('png', 3, 3, [240, 240, 240]));
    write(path.join(root, 'light', 'notes.txt'), 'ignored');
    write(path.join(root, '.hidden', 'x.png'), solidImage('png', 3, 3, [0, 0, 0]));
    const ds = await loadDataset(ref(root, [4, 4], true), { dataDirs: [] });
    expect(ds.info).toMatchObject({
      id: root,
      task: 'binary',
      classNames: ['dark', 'light'],
      featureShape: [4, 4, 1],
      trainCount: 3,
      testCount: 0,
    });
    const f = bytesOf(ds);
    expect(f.rowSize).toBe(16);
    // Each example is a solid image: every pixel equals its source grey (JPEG within a step or two).
    const expected: Record<number, number[]> = { 0: [10, 20], 1: [240] };
    const seen: number[] = [];
    for (let i = 0; i < 3; i++) {
      const row = f.data.subarray(i * 16, (i + 1) * 16);
      expect(new Set(row).size).toBe(1);
      const match = expected[ds.train.labels[i]].find((g) => Math.abs(g - row[0]) <= 2);
      expect(match).toBeDefined();
      seen.push(match!);
    }
    expect(seen.sort((a, b) => a - b)).toEqual([10, 20, 240]);
  });

  it('reads train/ and test/ folders, in RGB', async () => {
    const root = tempDir();
    write(path.join(root, 'train', 'cat', '1.png'), solidImage('png', 4, 4, [255, 0, 0]));
    write(path.join(root, 'train', 'dog', '1.png'), solidImage('png', 4, 4, [0, 0, 255]));
    write(path.join(root, 'train', 'eel', '1.png'), solidImage('png', 4, 4, [0, 255, 0]));
    write(path.join(root, 'test', 'dog', '2.png'), solidImage('png', 2, 2, [0, 0, 255]));
    const ds = await loadDataset(ref(root, [2, 3], false), { dataDirs: [] });
    expect(ds.info).toMatchObject({
      classNames: ['cat', 'dog', 'eel'],
      task: 'multiclass',
      featureShape: [2, 3, 3],
      trainCount: 3,
      testCount: 1,
    });
    expect(Array.from(ds.test!.labels)).toEqual([1]);
    expect(Array.from(bytesOf(ds, 'test').data.subarray(0, 3))).toEqual([0, 0, 255]);
    const train = bytesOf(ds);
    for (let i = 0; i < 3; i++) {
      const px = Array.from(train.data.subarray(i * 18, i * 18 + 3));
      expect(px).toEqual(
        [
          [255, 0, 0],
          [0, 0, 255],
          [0, 255, 0],
        ][ds.train.labels[i]],
      );
    }
  });
});
