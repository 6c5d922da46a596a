import { describe, expect, it } from 'vitest';
import { AugmentationSchema, type Augmentation } from '../../../src-main/contract/training.ts';
import {
  IDENTITY,
  applyTransform,
  augmentBatch,
  drawTransform,
  type TransformParams,
} from '../../../src-main/engine/augment.ts';

/** An [h, w, 1] image with pixel (r, c) = f(r, c). */
const img = (h: number, w: number, f: (r: number, c: number) => number) => {
  const a = new Float32Array(h * w);
  for (let r = 0; r < h; r++) for (let c = 0; c < w; c++) a[r * w + c] = f(r, c);
  return a;
};
const rows = (a: Float32Array, w: number) =>
  Array.from({ length: a.length / w }, (_, r) =>
    Array.from(a.subarray(r * w, (r + 1) * w), (v) => Math.round(v * 1e6) / 1e6),
  );
const apply = (
  src: Float32Array,
  h: number,
  w: number,
  p: Partial<TransformParams>,
  mode: Augmentation['fillMode'] = 'nearest',
  cval = 0,
) => {
  const dst = new Float32Array(src.length);
  applyTransform(src, dst, [h, w, 1], { ...IDENTITY, ...p }, mode, cval);
  return rows(dst, w);
};
const line = Float32Array.from([10, 20, 30, 40]);

describe('augmentation transform (Keras ImageDataGenerator.apply_transform)', () => {
  it('the identity leaves the image as it is', () => {
    const src = img(3, 5, (r, c) => r * 5 + c);
    expect(apply(src, 3, 5, {})).toEqual(rows(src, 5));
  });

  it('a horizontal flip with no angle mirrors the columns; a vertical flip the rows', () => {
    const src = img(2, 3, (r, c) => r * 3 + c);
    expect(apply(src, 2, 3, { flipHorizontal: true })).toEqual([
      [2, 1, 0],
      [5, 4, 3],
    ]);
    expect(apply(src, 2, 3, { flipVertical: true })).toEqual([
      [3, 4, 5],
      [0, 1, 2],
    ]);
  });

  it('rotates a positive angle counter-clockwise: 90 degrees turns the top row into the left column', () => {
    const src = img(3, 3, (r, c) => (r === 0 ? c + 1 : 0));
    expect(apply(src, 3, 3, { theta: 90 })).toEqual([
      [3, 0, 0],
      [2, 0, 0],
      [1, 0, 0],
    ]);
  });

  // Keras' matrix works in (column, row) order, so tx (height_shift_range) moves along the columns.
  it('shifts by one pixel with each fill mode (tx along the columns, as Keras does)', () => {
    expect(apply(line, 1, 4, { tx: 1 }, 'nearest')).toEqual([[20, 30, 40, 40]]);
    expect(apply(line, 1, 4, { tx: 1 }, 'constant', 7)).toEqual([[20, 30, 40, 7]]);
    expect(apply(line, 1, 4, { tx: 1 }, 'reflect')).toEqual([[20, 30, 40, 40]]);
    expect(apply(line, 1, 4, { tx: 2 }, 'reflect')).toEqual([[30, 40, 40, 30]]);
    // scipy's 'wrap' repeats with period n - 1: one pixel past the end is the second pixel.
    expect(apply(line, 1, 4, { tx: 1 }, 'wrap')).toEqual([[20, 30, 40, 20]]);
    expect(apply(line, 1, 4, { tx: -1 }, 'wrap')).toEqual([[30, 10, 20, 30]]);
  });

  it('ty (width_shift_range) moves along the rows', () => {
    const column = img(4, 1, (r) => (r + 1) * 10);
    expect(apply(column, 4, 1, { ty: 1 }, 'constant')).toEqual([[20], [30], [40], [0]]);
  });

  it('a half-pixel shift interpolates linearly, and constant fills a point past the edge whole', () => {
    expect(apply(line, 1, 4, { tx: 0.5 }, 'nearest')).toEqual([[15, 25, 35, 40]]);
    expect(apply(line, 1, 4, { tx: 0.5 }, 'constant')).toEqual([[15, 25, 35, 0]]);
    expect(apply(line, 1, 4, { tx: -0.5 }, 'constant', 1)).toEqual([[1, 15, 25, 35]]);
  });

  it('zoom scales about the centre: zx = 2 (along the columns) shows a wider field', () => {
    const src = img(5, 5, (_r, c) => c);
    expect(apply(src, 5, 5, { zx: 2 }, 'constant', -1)[0]).toEqual([-1, 0, 2, 4, -1]);
    expect(apply(src, 5, 5, { zx: 0.5 }, 'nearest')[4]).toEqual([1, 1.5, 2, 2.5, 3]);
  });

  it("keeps Keras' centre for a non-square image: height/2 along the columns", () => {
    const src = img(1, 5, (_r, c) => c);
    expect(apply(src, 1, 5, { zx: 2 }, 'constant', -1)).toEqual([[0, 2, 4, -1, -1]]);
  });

  it('shear moves each row sideways in proportion to its distance from the centre', () => {
    // input column = column - sin(shear) * (row - centre) with the swap; 30 degrees: half a pixel per row.
    const src = img(3, 3, (_r, c) => c * 10);
    expect(apply(src, 3, 3, { shear: 30 }, 'nearest')).toEqual([
      [5, 15, 20],
      [0, 10, 20],
      [0, 5, 15],
    ]);
  });
});

describe('augmentation draws (Keras get_random_transform)', () => {
  const fixed = (values: number[]) => () => values.shift() ?? 0.5;

  it('draws each range uniformly in [-r, r], shifts as a fraction (< 1) or pixels (>= 1)', () => {
    const a = AugmentationSchema.parse({
      rotationRange: 20,
      heightShiftRange: 0.25,
      widthShiftRange: 3,
      shearRange: 10,
      zoomRange: 0.2,
      horizontalFlip: true,
    });
    // theta, tx, ty, shear, zx, zy, flip h, flip v
    const p = drawTransform(a, 8, 12, fixed([1, 0, 1, 0.5, 0, 1, 0.2, 0.2]));
    expect(p.theta).toBeCloseTo(20);
    expect(p.tx).toBeCloseTo(-0.25 * 8);
    expect(p.ty).toBeCloseTo(3);
    expect(p.shear).toBeCloseTo(0);
    expect(p.zx).toBeCloseTo(0.8);
    expect(p.zy).toBeCloseTo(1.2);
    expect(p.flipHorizontal).toBe(true);
    expect(p.flipVertical).toBe(false);
  });

  it('augmentBatch transforms each image anew and stays within the data range', () => {
    const one = img(8, 8, (r, c) => ((r + c) % 2 ? 1 : 0));
    const batch = new Float32Array(128);
    batch.set(one, 0);
    batch.set(one, 64);
    const a = AugmentationSchema.parse({ rotationRange: 40, zoomRange: 0.2, shearRange: 10 });
    let seed = 1;
    augmentBatch(batch, 2, [8, 8, 1], a, () => (seed = (seed * 16807) % 2147483647) / 2147483647);
    expect(Math.min(...batch)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...batch)).toBeLessThanOrEqual(1);
    expect(Array.from(batch.subarray(0, 64))).not.toEqual(Array.from(one));
    expect(Array.from(batch.subarray(0, 64))).not.toEqual(Array.from(batch.subarray(64)));
  });
});
