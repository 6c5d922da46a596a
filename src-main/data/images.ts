/**
 * A folder of images with one sub-folder per class (`root/cat/1.png`), or `train/` and `test/`
 * folders that each hold the class folders. PNG and JPEG, resized to one size, grey or RGB.
 */
import fs from 'node:fs';
import path from 'node:path';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { DataError, type Dataset, type Split } from './dataset.ts';
import { said } from '../contract/errors.ts';
import { fmt, fmtBytes, ioError, isDir } from './files.ts';
import { requireTwoClasses, taskFor } from './labels.ts';
import { resizeRgba } from './resize.ts';
import { Rng } from './rng.ts';

const IMAGE_RE = /\.(png|jpe?g)$/i;
/** The widest and tallest image LayerLab decodes (64 MB of RGBA). */
export const MAX_IMAGE_SIDE = 4096;
/** The most bytes a folder's images take once decoded and resized (the examples held for training). */
export const MAX_FOLDER_BYTES = 1024 * 2 ** 20;

/** Width and height from a PNG's IHDR chunk, or null when the header is not there. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24 || String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Width and height from a JPEG's first start-of-frame marker, or null when none is found. */
export function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1];
    // SOF0..SOF15, except DHT (C4), JPG (C8) and DAC (CC), carry the frame's size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    at += 2 + view.getUint16(at + 2);
  }
  return null;
}
/** Examples are shuffled once, with a fixed seed, so a validation split from the end holds every class. */
const SHUFFLE_SEED = 0;

export interface ImageOptions {
  imageSize: [number, number];
  grayscale: boolean;
  onProgress?: (phase: string, fraction: number) => void;
}

function subfolders(dir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch (err) {
    throw ioError(dir, err);
  }
  return names.filter((n) => !n.startsWith('.') && isDir(path.join(dir, n))).sort();
}

/** Every image of every class folder under `dir`, as [file, class name]. */
function listImages(dir: string): { files: string[]; classOf: string[]; classes: string[] } {
  const classes = subfolders(dir);
  if (classes.length === 0) {
    throw new DataError(
      'empty',
      said('error_data_no_class_folders', { dir, example: path.join(dir, 'cat', '001.png') }),
      dir,
    );
  }
  const files: string[] = [];
  const classOf: string[] = [];
  for (const c of classes) {
    const folder = path.join(dir, c);
    const images = fs
      .readdirSync(folder)
      .filter((n) => IMAGE_RE.test(n))
      .sort();
    if (images.length === 0) {
      throw new DataError('empty', said('error_images_none', { folder }), folder);
    }
    for (const name of images) {
      files.push(path.join(folder, name));
      classOf.push(c);
    }
  }
  return { files, classOf, classes };
}

function decode(bytes: Buffer, file: string): { width: number; height: number; data: Uint8Array } {
  const isPng = bytes.length > 8 && bytes.readUInt32BE(0) === 0x89504e47;
  const isJpeg = bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8;
  // The header's size is checked before decoding: a 16000x16000 PNG takes 1 GB once decoded.
  const size = isPng ? pngSize(bytes) : isJpeg ? jpegSize(bytes) : null;
  if (size && (size.width > MAX_IMAGE_SIDE || size.height > MAX_IMAGE_SIDE)) {
    throw new DataError(
      'too-large',
      said('error_images_too_big', {
        file,
        size: `${size.width}x${size.height}`,
        max: `${MAX_IMAGE_SIDE}x${MAX_IMAGE_SIDE}`,
      }),
      file,
    );
  }
  try {
    if (isPng) return PNG.sync.read(bytes);
    if (isJpeg)
      return jpeg.decode(bytes, {
        useTArray: true,
        formatAsRGBA: true,
        maxMemoryUsageInMB: 256,
        maxResolutionInMP: (MAX_IMAGE_SIDE * MAX_IMAGE_SIDE) / 1e6,
      });
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new DataError(
      'corrupt',
      said('error_images_undecodable', { file, format: isPng ? 'PNG' : 'JPEG', detail }),
      file,
    );
  }
  throw new DataError('corrupt', said('error_images_not_image', { file }), file);
}

async function readSplit(
  listing: { files: string[]; classOf: string[] },
  classes: string[],
  opts: ImageOptions,
  phase: string,
): Promise<Split> {
  const [h, w] = opts.imageSize;
  const channels = opts.grayscale ? 1 : 3;
  const rowSize = h * w * channels;
  const n = listing.files.length;
  const order = new Rng(SHUFFLE_SEED).permutation(n);
  const data = new Uint8Array(n * rowSize);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const file = listing.files[order[i]];
    let bytes: Buffer;
    try {
      bytes = await fs.promises.readFile(file);
    } catch (err) {
      throw ioError(file, err);
    }
    const img = decode(bytes, file);
    resizeRgba(img.data, img.width, img.height, h, w, channels, data, i * rowSize);
    labels[i] = classes.indexOf(listing.classOf[order[i]]);
    if (i % 200 === 199) opts.onProgress?.(phase, (i + 1) / n);
  }
  opts.onProgress?.(phase, 1);
  return { count: n, features: { kind: 'u8', data, rowSize, scale: 1 / 255 }, labels };
}

export async function loadImageFolder(root: string, opts: ImageOptions): Promise<Dataset> {
  const top = subfolders(root);
  const split = top.includes('train') && subfolders(path.join(root, 'train')).length > 0;
  const trainDir = split ? path.join(root, 'train') : root;
  const train = listImages(trainDir);
  requireTwoClasses(root, train.classes, trainDir);
  let test: ReturnType<typeof listImages> | null = null;
  if (split && top.includes('test')) {
    test = listImages(path.join(root, 'test'));
    const extra = test.classes.filter((c) => !train.classes.includes(c));
    if (extra.length > 0) {
      throw new DataError(
        'mismatch',
        said(extra.length > 1 ? 'error_images_test_classes' : 'error_images_test_class', {
          dir: path.join(root, 'test'),
          names: extra.join(', '),
          train: trainDir,
        }),
        root,
      );
    }
  }
  const [h, w] = opts.imageSize;
  const channels = opts.grayscale ? 1 : 3;
  const count = train.files.length + (test?.files.length ?? 0);
  if (count * h * w * channels > MAX_FOLDER_BYTES) {
    throw new DataError(
      'too-large',
      said('error_images_too_many', {
        root,
        count: fmt(count),
        size: fmtBytes(count * h * w * channels),
        shape: `${h}x${w}x${channels}`,
        cap: fmtBytes(MAX_FOLDER_BYTES),
      }),
      root,
    );
  }
  const trainSplit = await readSplit(train, train.classes, opts, 'decode train');
  const testSplit = test ? await readSplit(test, train.classes, opts, 'decode test') : null;
  return {
    info: {
      id: root,
      title: path.basename(root),
      task: taskFor(train.classes.length),
      classNames: train.classes,
      featureShape: [h, w, opts.grayscale ? 1 : 3],
      trainCount: trainSplit.count,
      testCount: testSplit?.count ?? 0,
      source: root,
    },
    train: trainSplit,
    test: testSplit,
  };
}
