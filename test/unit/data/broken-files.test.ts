/** A table of broken inputs: each must be refused with a DataError whose sentence names the file and the fault. */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { DatasetRef } from '../../../src-main/contract/datasets.ts';
import { DataError } from '../../../src-main/data/dataset.ts';
import { loadDataset } from '../../../src-main/data/index.ts';
import { unzipSync } from 'fflate';
import {
  gzip,
  gzipZeros,
  idx,
  jpegHeaderOnly,
  npy,
  npz,
  pngHeaderOnly,
  solidImage,
  tarGz,
  tempDir,
  tinyIdxSet,
  write,
  writeIdxSet,
  zeroNpyEntry,
  zipDeflated,
} from './helpers.ts';

type Code = DataError['code'];

interface Case {
  name: string;
  /** Builds the broken input in `dir`; returns the reference to load and the file the sentence must name. */
  make: (
    dir: string,
  ) => Promise<{ ref: DatasetRef; file: string }> | { ref: DatasetRef; file: string };
  code: Code;
  fragment: string;
}

const mnistRef: DatasetRef = { kind: 'builtin', name: 'mnist', numWords: 10000 };
const imdbRef: DatasetRef = { kind: 'builtin', name: 'imdb', numWords: 10000 };
const fileRef = (
  p: string,
  more: Partial<Extract<DatasetRef, { kind: 'file' }>> = {},
): DatasetRef => ({
  kind: 'file',
  path: p,
  imageSize: [4, 4],
  grayscale: true,
  ...more,
});

/** A good tiny MNIST in `dir/mnist` with one file replaced. */
function mnistWith(dir: string, name: string, bytes: Uint8Array) {
  writeIdxSet(path.join(dir, 'mnist'), tinyIdxSet(), false);
  const file = write(path.join(dir, 'mnist', name), bytes);
  return { ref: mnistRef, file };
}

const csv = (dir: string, text: string, more = {}) => {
  const file = write(path.join(dir, 'bad.csv'), text);
  return { ref: fileRef(file, more), file };
};

/** Two class folders: a good image in `a`, and `bytes` as `b/<name>`. */
const folderWith = (dir: string, name: string, bytes: Uint8Array | string) => {
  write(path.join(dir, 'imgs', 'a', '1.png'), solidImage('png', 2, 2, [1, 2, 3]));
  const file = write(path.join(dir, 'imgs', 'b', name), bytes);
  return { ref: fileRef(path.join(dir, 'imgs')), file };
};

const npzWith = (dir: string, arrays: Record<string, Uint8Array>) => {
  const file = write(path.join(dir, 'arrays.npz'), npz(arrays));
  return { ref: fileRef(file), file };
};

const f32 = (n: number) => npy('<f4', [n, 2], new Float32Array(2 * n));
const labels = (n: number) =>
  npy(
    '|u1',
    [n],
    Uint8Array.from({ length: n }, (_, i) => i % 2),
  );

const IMDB_OK: Record<string, string> = {
  'aclImdb/train/pos/0_9.txt': 'good',
  'aclImdb/train/neg/0_1.txt': 'bad',
  'aclImdb/test/pos/0_9.txt': 'good',
  'aclImdb/test/neg/0_1.txt': 'bad',
};

const CASES: Case[] = [
  {
    name: 'IDX images cut short',
    make: (dir) =>
      mnistWith(dir, 'train-images-idx3-ubyte', idx(0x803, [6, 3, 4], new Uint8Array(50))),
    code: 'corrupt',
    fragment: 'is truncated: its header announces 6 images of 3x4 (88 bytes) but it holds 66 bytes',
  },
  {
    name: 'IDX image and label files swapped',
    make: (dir) => mnistWith(dir, 't10k-images-idx3-ubyte', idx(0x801, [3], [1, 2, 3])),
    code: 'corrupt',
    fragment: 'starts with the magic number 0x00000801 instead of 0x00000803',
  },
  {
    name: 'IDX with a foreign magic number',
    make: (dir) =>
      mnistWith(dir, 'train-labels-idx1-ubyte', new TextEncoder().encode('<html>not found</html>')),
    code: 'corrupt',
    fragment: 'starts with the magic number 0x3c68746d instead of 0x00000801',
  },
  {
    name: 'label count not matching image count',
    make: (dir) => mnistWith(dir, 'train-labels-idx1-ubyte', idx(0x801, [4], [1, 2, 3, 4])),
    code: 'mismatch',
    fragment: 'holds 4 labels but',
  },
  {
    name: 'IDX label outside 0..9',
    make: (dir) => mnistWith(dir, 't10k-labels-idx1-ubyte', idx(0x801, [3], [1, 12, 3])),
    code: 'corrupt',
    fragment: 'has the label 12 at position 1, outside 0..9',
  },
  {
    name: 'gzip cut short',
    make: (dir) => {
      const gz = gzip(idx(0x803, [6, 3, 4], new Uint8Array(72).fill(9)));
      fs.mkdirSync(path.join(dir, 'mnist'), { recursive: true });
      writeIdxSet(path.join(dir, 'mnist'), tinyIdxSet(), true);
      const file = write(
        path.join(dir, 'mnist', 'train-images-idx3-ubyte.gz'),
        gz.subarray(0, gz.length - 12),
      );
      return { ref: mnistRef, file };
    },
    code: 'corrupt',
    fragment: 'is damaged gzip data',
  },
  {
    name: 'gzip bomb in place of an MNIST file',
    make: (dir) => {
      writeIdxSet(path.join(dir, 'mnist'), tinyIdxSet(), true);
      const file = write(
        path.join(dir, 'mnist', 'train-images-idx3-ubyte.gz'),
        gzipZeros(300 * 2 ** 20),
      );
      return { ref: mnistRef, file };
    },
    code: 'too-large',
    fragment: 'inflates to more than 256 MB, the most LayerLab reads from one gzip file',
  },
  {
    name: 'CSV with a non-numeric cell',
    make: (dir) => csv(dir, 'a,b,label\n1,2,x\n3,abc,y\n'),
    code: 'corrupt',
    fragment: 'row 3, column 2 ("b"): "abc" is not a number',
  },
  {
    name: 'CSV with an empty feature cell',
    make: (dir) => csv(dir, '1,2,x\n3,,y\n'),
    code: 'corrupt',
    fragment: 'row 2, column 2: "" is not a number',
  },
  {
    name: 'CSV with a ragged row',
    make: (dir) => csv(dir, 'a,b,label\n1,2,x\n3,4,y\n5,z\n'),
    code: 'mismatch',
    fragment: 'row 4 has 2 cells but the header has 3',
  },
  {
    name: 'CSV with one class only',
    make: (dir) => csv(dir, 'a,label\n1,x\n2,x\n'),
    code: 'empty',
    fragment: 'holds only the class "x"',
  },
  {
    name: 'CSV with fractional numeric labels',
    make: (dir) => csv(dir, '1,0.5\n2,1.5\n'),
    code: 'unsupported',
    fragment: 'the label 0.5 (row 1) is not a whole number',
  },
  {
    name: 'CSV label column that does not exist',
    make: (dir) => csv(dir, 'a,b\n1,x\n2,y\n', { labelColumn: 'class' }),
    code: 'not-found',
    fragment: 'has no column named "class"; its columns are "a", "b"',
  },
  {
    name: 'empty CSV',
    make: (dir) => csv(dir, '\n\n'),
    code: 'empty',
    fragment: 'is empty',
  },
  {
    name: 'image folder without class folders',
    make: (dir) => {
      write(path.join(dir, 'imgs', 'loose.png'), solidImage('png', 2, 2, [1, 2, 3]));
      return { ref: fileRef(path.join(dir, 'imgs')), file: path.join(dir, 'imgs') };
    },
    code: 'empty',
    fragment: 'holds no class folders',
  },
  {
    name: 'class folder without images',
    make: (dir) => {
      write(path.join(dir, 'imgs', 'a', '1.png'), solidImage('png', 2, 2, [1, 2, 3]));
      write(path.join(dir, 'imgs', 'b', 'readme.txt'), 'no images here');
      return { ref: fileRef(path.join(dir, 'imgs')), file: path.join(dir, 'imgs', 'b') };
    },
    code: 'empty',
    fragment: 'holds no .png or .jpg images',
  },
  {
    name: 'unreadable image',
    make: (dir) => folderWith(dir, 'broken.png', 'this is text'),
    code: 'corrupt',
    fragment: 'is neither a PNG nor a JPEG image',
  },
  {
    name: 'PNG cut short',
    make: (dir) => folderWith(dir, 'cut.png', solidImage('png', 16, 16, [9, 9, 9]).subarray(0, 40)),
    code: 'corrupt',
    fragment: 'could not be decoded as PNG',
  },
  {
    name: 'test class missing from training',
    make: (dir) => {
      write(path.join(dir, 'imgs', 'train', 'a', '1.png'), solidImage('png', 2, 2, [1, 2, 3]));
      write(path.join(dir, 'imgs', 'train', 'b', '1.png'), solidImage('png', 2, 2, [1, 2, 3]));
      write(path.join(dir, 'imgs', 'test', 'c', '1.png'), solidImage('png', 2, 2, [1, 2, 3]));
      return { ref: fileRef(path.join(dir, 'imgs')), file: path.join(dir, 'imgs', 'test') };
    },
    code: 'mismatch',
    fragment: 'has the class folder c',
  },
  {
    name: 'npz without the expected arrays',
    make: (dir) => npzWith(dir, { a: labels(2), b: labels(2) }),
    code: 'not-found',
    fragment: 'holds the arrays a, b; LayerLab needs x_train and y_train',
  },
  {
    name: 'npz with x_test but no y_test',
    make: (dir) => npzWith(dir, { x_train: f32(2), y_train: labels(2), x_test: f32(2) }),
    code: 'not-found',
    fragment: 'has x_test but no y_test',
  },
  {
    name: 'npz with x and y of different lengths',
    make: (dir) => npzWith(dir, { x: f32(4), y: labels(3) }),
    code: 'mismatch',
    fragment: 'x has 4 examples but y has 3 labels',
  },
  {
    name: 'npz in Fortran order',
    make: (dir) =>
      npzWith(dir, { x: npy('<f4', [2, 2], new Float32Array(4), { fortran: true }), y: labels(2) }),
    code: 'unsupported',
    fragment: 'array x, is stored in Fortran (column-major) order',
  },
  {
    name: 'npz holding pickled objects',
    make: (dir) => npzWith(dir, { x: npy('|O', [2], new Uint8Array(16)), y: labels(2) }),
    code: 'unsupported',
    fragment: 'holds Python objects',
  },
  {
    name: 'npz with a structured array',
    make: (dir) =>
      npzWith(dir, {
        x: npy('', [2], new Uint8Array(8), { rawDescr: "[('a', '<f4')]" }),
        y: labels(2),
      }),
    code: 'unsupported',
    fragment: 'is a structured (record) array',
  },
  {
    name: 'npz with a truncated array',
    make: (dir) => npzWith(dir, { x: f32(4).subarray(0, f32(4).length - 12), y: labels(4) }),
    code: 'corrupt',
    fragment: 'array x, is truncated: its shape (4, 2) needs 32 bytes of <f4 but 20 are there',
  },
  {
    name: 'npz with a 1-D x',
    make: (dir) => npzWith(dir, { x: npy('<f4', [2], new Float32Array(2)), y: labels(2) }),
    code: 'unsupported',
    fragment: 'array x, has the shape (2); features must be',
  },
  {
    name: 'npz that is not a zip',
    make: (dir) => {
      const file = write(path.join(dir, 'fake.npz'), 'plain text, no zip');
      return { ref: fileRef(file), file };
    },
    code: 'corrupt',
    fragment: 'is not a readable .npz (zip) archive',
  },
  {
    name: 'npz zip bomb: a few MB that inflate to 625 MB',
    make: (dir) => {
      const bomb = zipDeflated([zeroNpyEntry('x.npy', [160000, 1024]), zeroNpyEntry('y.npy', [4])]);
      expect(bomb.length).toBeLessThan(8 * 2 ** 20);
      const file = write(path.join(dir, 'bomb.npz'), bomb);
      return { ref: fileRef(file), file };
    },
    code: 'too-large',
    fragment: 'holds 625 MB of arrays once inflated',
  },
  {
    name: 'npz whose array header claims more than the cap',
    make: (dir) =>
      npzWith(dir, { x: npy('<f4', [200000, 1024], new Float32Array(0)), y: labels(2) }),
    code: 'too-large',
    fragment:
      'array x, has the shape (200000, 1024) of <f4, 781 MB; LayerLab reads arrays of at most 512 MB',
  },
  {
    name: 'npz with a NaN feature',
    make: (dir) =>
      npzWith(dir, { x: npy('<f4', [2, 2], Float32Array.of(0, 1, 2, NaN)), y: labels(2) }),
    code: 'corrupt',
    fragment: 'array x, example 1, value 1: NaN is not a number',
  },
  {
    name: 'npz with an infinite feature',
    make: (dir) =>
      npzWith(dir, {
        x_train: npy('<f8', [2, 2], Float64Array.of(0, -Infinity, 2, 3)),
        y_train: labels(2),
      }),
    code: 'corrupt',
    fragment: 'array x_train, example 0, value 1: -Infinity is not a number',
  },
  {
    name: 'CSV with a header and no rows',
    make: (dir) => csv(dir, 'a,b,label\n'),
    code: 'empty',
    fragment: 'has a header but no rows',
  },
  {
    name: 'PNG of 20000x20000 pixels (refused from its header, before decoding)',
    make: (dir) => folderWith(dir, 'huge.png', pngHeaderOnly(20000, 20000)),
    code: 'too-large',
    fragment: 'is 20000x20000 pixels; LayerLab reads images of at most 4096x4096',
  },
  {
    name: 'JPEG of 16000x12000 pixels (refused from its header, before decoding)',
    make: (dir) => folderWith(dir, 'huge.jpg', jpegHeaderOnly(16000, 12000)),
    code: 'too-large',
    fragment: 'is 16000x12000 pixels',
  },
  {
    name: 'image folder over 1 GB once resized',
    make: (dir) => {
      const png = solidImage('png', 2, 2, [1, 2, 3]);
      for (const c of ['a', 'b'])
        for (let i = 0; i < 11; i++) write(path.join(dir, 'imgs', c, `${i}.png`), png);
      const root = path.join(dir, 'imgs');
      return { ref: fileRef(root, { imageSize: [4096, 4096], grayscale: false }), file: root };
    },
    code: 'too-large',
    fragment:
      'holds 22 images, 1.0 GB once resized to 4096x4096x3; LayerLab holds at most 1.0 GB of images',
  },
  {
    name: 'IMDB archive cut short',
    make: async (dir) => {
      const gz = await tarGz({ ...IMDB_OK, 'aclImdb/train/pos/1_9.txt': 'x'.repeat(20000) });
      const file = write(
        path.join(dir, 'imdb', 'aclImdb_v1.tar.gz'),
        gz.subarray(0, gz.length - 30),
      );
      return { ref: imdbRef, file };
    },
    code: 'corrupt',
    fragment: 'could not be read as a .tar.gz archive',
  },
  {
    name: 'IMDB archive without test/neg',
    make: async (dir) => {
      const { ['aclImdb/test/neg/0_1.txt']: _gone, ...rest } = IMDB_OK;
      const file = write(path.join(dir, 'imdb', 'aclImdb_v1.tar.gz'), await tarGz(rest));
      return { ref: imdbRef, file };
    },
    code: 'empty',
    fragment: 'aclImdb/test/neg/ inside',
  },
  {
    name: 'built-in set that is not installed',
    make: (dir) => ({ ref: mnistRef, file: dir }),
    code: 'not-found',
    fragment: 'layerlab datasets --download mnist',
  },
  {
    name: 'file that does not exist',
    make: (dir) => ({ ref: fileRef(path.join(dir, 'nope.csv')), file: 'nope.csv' }),
    code: 'not-found',
    fragment: 'does not exist',
  },
  {
    name: 'file of an unknown kind',
    make: (dir) => {
      const file = write(path.join(dir, 'model.h5'), 'x');
      return { ref: fileRef(file), file };
    },
    code: 'unsupported',
    fragment: 'LayerLab reads CSV files (.csv), NumPy archives (.npz) and folders of images',
  },
  {
    name: 'synthetic moons with three classes',
    make: () => ({
      ref: { kind: 'synthetic', shape: 'moons', samples: 100, noise: 0, classes: 3, seed: 0 },
      file: 'moons',
    }),
    code: 'unsupported',
    fragment: 'has exactly 2 classes, not 3',
  },
];

describe('broken inputs are refused with a sentence', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const dir = tempDir();
    const { ref, file } = await c.make(dir);
    const err = await loadDataset(ref, { dataDirs: [dir], cacheDir: path.join(dir, 'cache') }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DataError);
    const e = err as DataError;
    expect(e.code).toBe(c.code);
    expect(e.message).toContain(c.fragment);
    expect(e.message).toContain(file);
    expect(e.message).not.toMatch(/\n\s+at /);
  });
});

describe('the zip bomb of the table is a real archive', () => {
  it('inflates, at a small size, to the npy it declares', () => {
    const entry = zeroNpyEntry('x.npy', [300, 7]);
    const files = unzipSync(zipDeflated([entry]));
    expect(files['x.npy'].length).toBe(entry.size);
    expect(files['x.npy'].subarray(128).every((b) => b === 0)).toBe(true);
    expect(zlib.crc32(files['x.npy'])).toBe(entry.crc);
  });

  it('and so is the gzip bomb', () => {
    expect(zlib.gunzipSync(gzipZeros(100_000)).equals(Buffer.alloc(100_000))).toBe(true);
  });
});
