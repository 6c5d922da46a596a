/**
 * The data part of the script: the lab's dataset loaded the way LayerLab loads it (src-main/data/),
 * as the arrays `x_train, y_train, x_test, y_test` (`x_test` is None when the set has no test split),
 * features as float32 shaped `shape`, labels as class indices.
 */
import type { DatasetRef, SyntheticShape } from '../../contract/datasets.ts';
import { said } from '../../contract/errors.ts';
import { warningOf, type WarningText } from '../../contract/error-text.ts';
import { pyFloat, pyNum, pyStr } from './py.ts';

export interface DataCode {
  /** Lines defining x_train, y_train, x_test, y_test. */
  lines: string[];
  /** Modules the lines use besides keras and numpy (`pandas as pd`, `os`). */
  imports: string[];
  /** The number of classes as a Python expression (`10`, `len(classes)`). */
  classes: string;
  /** Whether the set has a test split for certain (file sets may or may not). */
  hasTest: boolean | 'maybe';
  warnings: WarningText[];
}

const same = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** `x = x.reshape(...)` only when the shapes differ. */
const reshapeTo = (name: string, from: readonly number[] | null, to: readonly number[]) =>
  from && same(from, to) ? [] : [`${name} = ${name}.reshape((-1, ${to.map(pyNum).join(', ')}))`];

function idxImages(ref: { name: 'mnist' | 'fashion-mnist' }, shape: number[]): DataCode {
  const module = ref.name === 'mnist' ? 'mnist' : 'fashion_mnist';
  const what =
    ref.name === 'mnist'
      ? 'MNIST: 28x28 grey images of handwritten digits'
      : 'Fashion-MNIST: 28x28 grey images of clothes';
  const dims = shape.map(pyNum).join(', ');
  return {
    lines: [
      `# ${what}, 10 classes; pixels scaled to [0, 1].`,
      `(x_train, y_train), (x_test, y_test) = keras.datasets.${module}.load_data()`,
      `x_train = x_train.reshape((-1, ${dims})).astype("float32") / 255`,
      `x_test = x_test.reshape((-1, ${dims})).astype("float32") / 255`,
    ],
    imports: [],
    classes: '10',
    hasTest: true,
    warnings: [],
  };
}

function imdb(numWords: number, shape: number[]): DataCode {
  return {
    lines: [
      `# IMDB reviews: the ${numWords.toLocaleString('en-US')} most frequent words, each review a multi-hot vector.`,
      `(train_data, y_train), (test_data, y_test) = keras.datasets.imdb.load_data(num_words=${numWords})`,
      '',
      '',
      `def vectorize_sequences(sequences, dimension=${numWords}):`,
      '    results = np.zeros((len(sequences), dimension), dtype="float32")',
      '    for i, sequence in enumerate(sequences):',
      '        results[i, sequence] = 1.0',
      '    return results',
      '',
      '',
      'x_train = vectorize_sequences(train_data)',
      'x_test = vectorize_sequences(test_data)',
      ...reshapeTo('x_train', [numWords], shape),
      ...reshapeTo('x_test', [numWords], shape),
    ],
    imports: [],
    classes: '2',
    hasTest: true,
    warnings: [warningOf(said('error_scriptwarn_imdb'))],
  };
}

/** LayerLab's generators (src-main/data/synthetic.ts) in numpy: example i has class i % classes. */
const SHAPE_CODE: Record<SyntheticShape, string[]> = {
  spirals: [
    '    # Arms start at the centre and turn one and a half times, evenly spaced in angle.',
    '    t = rng.random(n)',
    '    angle = 2 * np.pi * c / classes + 3 * np.pi * t',
    '    points = np.stack([t * np.cos(angle), t * np.sin(angle)], axis=1)',
  ],
  moons: [
    '    t = np.pi * rng.random(n)',
    '    upper = np.stack([np.cos(t), np.sin(t)], axis=1)',
    '    lower = np.stack([1 - np.cos(t), 0.5 - np.sin(t)], axis=1)',
    '    points = np.where((c == 0)[:, None], upper, lower)',
  ],
  circles: [
    '    # Class 0 on the outer circle, class 1 on the inner one (half the radius).',
    '    t = 2 * np.pi * rng.random(n)',
    '    r = np.where(c == 0, 1.0, 0.5)',
    '    points = np.stack([r * np.cos(t), r * np.sin(t)], axis=1)',
  ],
  xor: [
    '    # A point in a random quadrant, 0.05 off the axes; class 0 where x * y > 0.',
    '    x = rng.uniform(0.05, 1, n) * np.where(rng.random(n) < 0.5, -1, 1)',
    '    y = rng.uniform(0.05, 1, n) * np.where(c == 0, 1, -1) * np.sign(x)',
    '    points = np.stack([x, y], axis=1)',
  ],
};

function synthetic(ref: Extract<DatasetRef, { kind: 'synthetic' }>, shape: number[]): DataCode {
  const fn = `make_${ref.shape}`;
  return {
    lines: [
      `# ${ref.samples} noisy 2-D points for training and as many for testing, with LayerLab's formulas.`,
      `def ${fn}(n, noise, classes, rng):`,
      '    c = np.arange(n) % classes',
      ...SHAPE_CODE[ref.shape],
      '    points = points + noise * rng.normal(size=(n, 2))',
      '    return points.astype("float32"), c',
      '',
      '',
      `x_train, y_train = ${fn}(${ref.samples}, ${pyFloat(ref.noise)}, ${ref.classes}, np.random.default_rng(${ref.seed}))`,
      `x_test, y_test = ${fn}(${ref.samples}, ${pyFloat(ref.noise)}, ${ref.classes}, np.random.default_rng(${ref.seed + 1}))`,
      ...reshapeTo('x_train', [2], shape),
      ...reshapeTo('x_test', [2], shape),
    ],
    imports: [],
    classes: String(ref.classes),
    hasTest: true,
    warnings: [warningOf(said('error_scriptwarn_synthetic', { shape: ref.shape }))],
  };
}

type FileRef = Extract<DatasetRef, { kind: 'file' }>;

function fileFormat(ref: FileRef): 'csv' | 'npz' | 'images' {
  if (ref.format) return ref.format;
  const lower = ref.path.toLowerCase();
  if (lower.endsWith('.npz')) return 'npz';
  if (lower.endsWith('.csv') || lower.endsWith('.tsv') || lower.endsWith('.txt')) return 'csv';
  return 'images';
}

function fileData(ref: FileRef, shape: number[]): DataCode {
  const path = pyStr(ref.path);
  const dims = shape.map(pyNum).join(', ');
  const format = fileFormat(ref);
  if (format === 'csv') {
    const column =
      ref.labelColumn === undefined
        ? 'table.columns[-1]'
        : typeof ref.labelColumn === 'number'
          ? `table.columns[${ref.labelColumn}]`
          : pyStr(ref.labelColumn);
    return {
      lines: [
        '# One example per row; the label column holds class numbers or names.',
        `table = pd.read_csv(${path})`,
        `labels = table.pop(${column})`,
        `x_train = table.to_numpy("float32").reshape((-1, ${dims}))`,
        'classes, y_train = np.unique(labels.to_numpy(), return_inverse=True)',
        'x_test = y_test = None',
      ],
      imports: ['import pandas as pd'],
      classes: 'len(classes)',
      hasTest: false,
      warnings: [warningOf(said('error_scriptwarn_csv_header', { path: ref.path }))],
    };
  }
  if (format === 'npz') {
    return {
      lines: [
        '# Arrays saved with numpy.savez: x_train, y_train (and x_test, y_test), or x and y.',
        `with np.load(${path}) as data:`,
        '    x_key, y_key = ("x_train", "y_train") if "x_train" in data else ("x", "y")',
        '    x_train, y_train = data[x_key], data[y_key]',
        '    x_test, y_test = (data["x_test"], data["y_test"]) if "x_test" in data else (None, None)',
        'scale = 1 / 255 if x_train.dtype == np.uint8 else 1  # bytes are pixels',
        `x_train = (x_train * scale).astype("float32").reshape((-1, ${dims}))`,
        '# Labels become class indices 0..k-1, in sorted order.',
        'classes = np.unique(y_train if y_test is None else np.concatenate([y_train, y_test]))',
        'y_train = np.searchsorted(classes, y_train)',
        'if x_test is not None:',
        `    x_test = (x_test * scale).astype("float32").reshape((-1, ${dims}))`,
        '    y_test = np.searchsorted(classes, y_test)',
      ],
      imports: [],
      classes: 'len(classes)',
      hasTest: 'maybe',
      warnings: [],
    };
  }
  const [h, w] = ref.imageSize;
  return {
    lines: [
      '# One sub-folder of images per class (or train/ and test/ folders that hold them).',
      'def load_images(folder):',
      '    images = keras.utils.image_dataset_from_directory(',
      `        folder, image_size=(${h}, ${w}), color_mode=${pyStr(ref.grayscale ? 'grayscale' : 'rgb')}, batch_size=None, seed=0`,
      '    )',
      '    pairs = list(images.as_numpy_iterator())',
      `    x = np.stack([x for x, _ in pairs]).astype("float32").reshape((-1, ${dims})) / 255`,
      '    return x, np.array([y for _, y in pairs]), images.class_names',
      '',
      '',
      `root = ${path}`,
      'if os.path.isdir(os.path.join(root, "train")):',
      '    x_train, y_train, classes = load_images(os.path.join(root, "train"))',
      '    x_test, y_test, _ = load_images(os.path.join(root, "test"))',
      'else:',
      '    x_train, y_train, classes = load_images(root)',
      '    x_test = y_test = None',
    ],
    imports: ['import os'],
    classes: 'len(classes)',
    hasTest: 'maybe',
    warnings: [warningOf(said('error_scriptwarn_image_folder', { path: ref.path }))],
  };
}

/**
 * The dataset as arrays. `shape` is what `x_train` and `x_test` are reshaped to: the model's input,
 * or the images' own shape when augmentation works on them first.
 */
export function dataCode(ref: DatasetRef, shape: number[]): DataCode {
  switch (ref.kind) {
    case 'builtin':
      return ref.name === 'imdb' ? imdb(ref.numWords, shape) : idxImages({ name: ref.name }, shape);
    case 'synthetic':
      return synthetic(ref, shape);
    case 'file':
      return fileData(ref, shape);
  }
}

/** The shape of one example as LayerLab loads the set, when it is known without reading files. */
export function featureShape(ref: DatasetRef): number[] | null {
  if (ref.kind === 'builtin') return ref.name === 'imdb' ? [ref.numWords] : [28, 28, 1];
  if (ref.kind === 'synthetic') return [2];
  if (fileFormat(ref) === 'images') return [...ref.imageSize, ref.grayscale ? 1 : 3];
  return null;
}
