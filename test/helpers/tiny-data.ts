/** Tiny datasets generated in memory for unit tests (no files, no downloads). */
import type { Dataset } from '../../src-main/data/dataset.ts';
import { mulberry32 } from '../../src-main/engine/random.ts';

/** Two gaussian blobs in 2-D: easy, so a tiny model learns it in a few epochs. */
export function blobs(n = 400, seed = 1): Dataset {
  const random = mulberry32(seed);
  const make = (count: number) => {
    const data = new Float32Array(count * 2);
    const labels = new Int32Array(count);
    for (let i = 0; i < count; i++) {
      const c = i % 2;
      labels[i] = c;
      data[2 * i] = (c ? 1 : -1) + (random() - 0.5);
      data[2 * i + 1] = (c ? 1 : -1) + (random() - 0.5);
    }
    return { count, features: { kind: 'f32' as const, data, rowSize: 2 }, labels };
  };
  return {
    info: {
      id: 'blobs',
      title: 'Blobs',
      task: 'binary',
      classNames: ['a', 'b'],
      featureShape: [2],
      trainCount: n,
      testCount: n / 2,
    },
    train: make(n),
    test: make(n / 2),
  };
}

/** 8x8 one-channel "images" of 3 classes (a bright row, column or diagonal), as bytes. */
export function tinyImages(n = 240, seed = 2): Dataset {
  const random = mulberry32(seed);
  const make = (count: number) => {
    const data = new Uint8Array(count * 64);
    const labels = new Int32Array(count);
    for (let i = 0; i < count; i++) {
      const c = i % 3;
      labels[i] = c;
      const k = Math.floor(random() * 8);
      for (let p = 0; p < 8; p++) {
        const [r, q] = c === 0 ? [k, p] : c === 1 ? [p, k] : [p, p];
        data[i * 64 + r * 8 + q] = 200 + Math.floor(random() * 55);
      }
    }
    return { count, features: { kind: 'u8' as const, data, rowSize: 64, scale: 1 / 255 }, labels };
  };
  return {
    info: {
      id: 'tiny-images',
      title: 'Tiny images',
      task: 'multiclass',
      classNames: ['row', 'column', 'diagonal'],
      featureShape: [8, 8, 1],
      trainCount: n,
      testCount: n / 2,
    },
    train: make(n),
    test: make(n / 2),
  };
}
