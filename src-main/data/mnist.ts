/** MNIST and Fashion-MNIST: four IDX files each (gzipped or not), same layout. */
import path from 'node:path';
import { said, type ErrorText } from '../contract/error-text.ts';
import type { BuiltinDatasetName } from '../contract/datasets.ts';
import type { BuiltinSet, Located } from './builtin-set.ts';
import { DataError, type Dataset, type Split } from './dataset.ts';
import { fmt, isFile, readMaybeGzip } from './files.ts';
import { parseIdx } from './idx.ts';

const FILES = {
  trainImages: 'train-images-idx3-ubyte',
  trainLabels: 'train-labels-idx1-ubyte',
  testImages: 't10k-images-idx3-ubyte',
  testLabels: 't10k-labels-idx1-ubyte',
} as const;
const FILE_NAMES = Object.values(FILES);

interface IdxSetSpec {
  name: BuiltinDatasetName;
  title: string;
  /** Sub-folders of a data folder to look in, in order. */
  folders: string[];
  /** Also accept the four files directly in the data folder. */
  inRoot: boolean;
  classNames: string[];
  baseUrl: string;
  md5: Record<(typeof FILE_NAMES)[number], string>;
  /** The Debian package that installs the set (named in its hint). */
  apt?: string;
}

/** `<dir>/<name>.gz` or `<dir>/<name>`, whichever exists (the raw file is quicker to read). */
function findFile(dir: string, name: string): string | null {
  for (const candidate of [path.join(dir, name), path.join(dir, name + '.gz')]) {
    if (isFile(candidate)) return candidate;
  }
  return null;
}

function locateIdx(spec: IdxSetSpec, dataDirs: string[]): Located {
  let partial: ErrorText | undefined;
  for (const dataDir of dataDirs) {
    const folders = spec.folders.map((f) => path.join(dataDir, f));
    if (spec.inRoot) folders.push(dataDir);
    for (const folder of folders) {
      const found = FILE_NAMES.filter((n) => findFile(folder, n));
      if (found.length === FILE_NAMES.length) return { location: folder };
      if (found.length > 0 && !partial) {
        const missing = FILE_NAMES.filter((n) => !found.includes(n));
        partial = said('error_data_partial_files', {
          folder,
          found: { list: found, join: 'comma' },
          missing: { list: missing, join: 'comma' },
        });
      }
    }
  }
  return { location: null, partial };
}

async function loadSplit(
  folder: string,
  imagesName: string,
  labelsName: string,
  numClasses: number,
): Promise<{ split: Split; shape: number[] }> {
  const imagesFile = findFile(folder, imagesName) ?? path.join(folder, imagesName + '.gz');
  const labelsFile = findFile(folder, labelsName) ?? path.join(folder, labelsName + '.gz');
  const [imageBytes, labelBytes] = await Promise.all([
    readMaybeGzip(imagesFile),
    readMaybeGzip(labelsFile),
  ]);
  const images = parseIdx(imageBytes, imagesFile, 'images');
  const labels = parseIdx(labelBytes, labelsFile, 'labels');
  if (images.dims.length !== 3) {
    throw new DataError(
      'corrupt',
      said('error_mnist_dims', {
        file: imagesFile,
        count: images.dims.length,
        dims: images.dims.join('x'),
      }),
      imagesFile,
    );
  }
  const [count, rows, cols] = images.dims;
  if (labels.dims[0] !== count) {
    throw new DataError(
      'mismatch',
      said('error_mnist_count', {
        labelsFile,
        labels: fmt(labels.dims[0]),
        imagesFile,
        images: fmt(count),
      }),
      labelsFile,
    );
  }
  const out = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const label = labels.data[i];
    if (label >= numClasses) {
      throw new DataError(
        'corrupt',
        said('error_mnist_label_range', {
          file: labelsFile,
          label,
          index: i,
          last: numClasses - 1,
        }),
        labelsFile,
      );
    }
    out[i] = label;
  }
  return {
    split: {
      count,
      features: { kind: 'u8', data: images.data, rowSize: rows * cols, scale: 1 / 255 },
      labels: out,
    },
    shape: [rows, cols, 1],
  };
}

function idxSet(spec: IdxSetSpec): BuiltinSet {
  return {
    name: spec.name,
    title: spec.title,
    locate: (dirs) => locateIdx(spec, dirs),
    place: (targetDir) => ({
      files: FILE_NAMES.map((n) => n + '.gz').join(', '),
      folder: `${path.join(targetDir, spec.folders[0])}${path.sep}`,
      ...(spec.apt ? { apt: spec.apt } : {}),
    }),
    download: {
      folder: spec.folders[0],
      baseUrl: spec.baseUrl,
      files: FILE_NAMES.map((n) => ({ name: n + '.gz', md5: spec.md5[n] })),
    },
    async load(folder, _ref, ctx): Promise<Dataset> {
      ctx.onProgress('read', 0);
      const n = spec.classNames.length;
      const [train, testSplit] = await Promise.all([
        loadSplit(folder, FILES.trainImages, FILES.trainLabels, n),
        loadSplit(folder, FILES.testImages, FILES.testLabels, n),
      ]);
      if (testSplit.shape.join() !== train.shape.join()) {
        throw new DataError(
          'mismatch',
          said('error_mnist_split_shapes', {
            folder,
            train: train.shape.slice(0, 2).join('x'),
            test: testSplit.shape.slice(0, 2).join('x'),
          }),
          folder,
        );
      }
      ctx.onProgress('read', 1);
      return {
        info: {
          id: spec.name,
          title: spec.title,
          task: 'multiclass',
          classNames: spec.classNames,
          featureShape: train.shape,
          trainCount: train.split.count,
          testCount: testSplit.split.count,
          source: folder,
        },
        train: train.split,
        test: testSplit.split,
      };
    },
  };
}

export const mnist = idxSet({
  name: 'mnist',
  title: 'MNIST handwritten digits',
  folders: ['mnist'],
  inRoot: true,
  classNames: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
  baseUrl: 'https://storage.googleapis.com/cvdf-datasets/mnist/',
  md5: {
    'train-images-idx3-ubyte': 'f68b3c2dcbeaaa9fbdd348bbdeb94873',
    'train-labels-idx1-ubyte': 'd53e105ee54ea40749a09fcbcd1e9432',
    't10k-images-idx3-ubyte': '9fb629c4189551a2d022fa330f9573f3',
    't10k-labels-idx1-ubyte': 'ec29112dd5afa0611ce80d1b7f02629c',
  },
});

export const fashionMnist = idxSet({
  name: 'fashion-mnist',
  title: 'Fashion-MNIST clothing images',
  folders: ['fashion-mnist', 'fashion_mnist'],
  inRoot: false,
  classNames: [
    'T-shirt/top',
    'Trouser',
    'Pullover',
    'Dress',
    'Coat',
    'Sandal',
    'Shirt',
    'Sneaker',
    'Bag',
    'Ankle boot',
  ],
  baseUrl: 'http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/',
  md5: {
    'train-images-idx3-ubyte': '8d4fb7e6c68d591d4c3dfef9ec88bf0d',
    'train-labels-idx1-ubyte': '25c81989df183df01b3e8a0aad5dffbe',
    't10k-images-idx3-ubyte': 'bef4ecab320f06d8554ea6380940ec79',
    't10k-labels-idx1-ubyte': 'bb300cfdad3c16e7a12a480ee83cd310',
  },
  apt: 'dataset-fashion-mnist',
});
