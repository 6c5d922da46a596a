/**
 * On-the-fly image augmentation as Keras' ImageDataGenerator does it: a random rotation, shift, shear
 * and zoom composed into one affine map about the image centre (`apply_affine_transform`), sampled
 * bilinearly (`interpolation_order=1`) with the chosen fill mode, and an optional horizontal flip.
 * Runs on the float batch in place, before it becomes a tensor.
 */
import type { Augmentation } from '../contract/training.ts';

type Mat3 = [number, number, number, number, number, number, number, number, number];

const mul = (a: Mat3, b: Mat3): Mat3 => {
  const r = new Array(9).fill(0) as Mat3;
  for (let i = 0; i < 3; i++)
    for (let j = 0; j < 3; j++)
      for (let k = 0; k < 3; k++) r[i * 3 + j] += a[i * 3 + k] * b[k * 3 + j];
  return r;
};

export function isIdentity(a: Augmentation): boolean {
  return (
    !a.rotationRange &&
    !a.widthShiftRange &&
    !a.heightShiftRange &&
    !a.shearRange &&
    !a.zoomRange &&
    !a.horizontalFlip
  );
}

/**
 * The matrix mapping output (row, col, 1) to input coordinates, drawn as Keras' `get_random_transform`
 * draws it. `tx` shifts rows (height), `ty` columns (width), as in Keras.
 */
export function randomTransform(
  a: Augmentation,
  h: number,
  w: number,
  random: () => number,
): { m: Mat3; flip: boolean } {
  const uniform = (lo: number, hi: number) => lo + (hi - lo) * random();
  const deg = Math.PI / 180;
  const theta = a.rotationRange ? uniform(-a.rotationRange, a.rotationRange) * deg : 0;
  const tx = a.heightShiftRange
    ? uniform(-a.heightShiftRange, a.heightShiftRange) * (a.heightShiftRange < 1 ? h : 1)
    : 0;
  const ty = a.widthShiftRange
    ? uniform(-a.widthShiftRange, a.widthShiftRange) * (a.widthShiftRange < 1 ? w : 1)
    : 0;
  const shear = a.shearRange ? uniform(-a.shearRange, a.shearRange) * deg : 0;
  const zx = a.zoomRange ? uniform(1 - a.zoomRange, 1 + a.zoomRange) : 1;
  const zy = a.zoomRange ? uniform(1 - a.zoomRange, 1 + a.zoomRange) : 1;
  const flip = a.horizontalFlip ? random() < 0.5 : false;

  let m: Mat3 = [1, 0, 0, 0, 1, 0, 0, 0, 1];
  if (theta)
    m = mul(m, [
      Math.cos(theta),
      -Math.sin(theta),
      0,
      Math.sin(theta),
      Math.cos(theta),
      0,
      0,
      0,
      1,
    ]);
  if (tx || ty) m = mul(m, [1, 0, tx, 0, 1, ty, 0, 0, 1]);
  if (shear) m = mul(m, [1, -Math.sin(shear), 0, 0, Math.cos(shear), 0, 0, 0, 1]);
  if (zx !== 1 || zy !== 1) m = mul(m, [zx, 0, 0, 0, zy, 0, 0, 0, 1]);
  // transform_matrix_offset_center: move the origin to the centre, transform, move back.
  const ox = h / 2 - 0.5;
  const oy = w / 2 - 0.5;
  m = mul(mul([1, 0, ox, 0, 1, oy, 0, 0, 1], m), [1, 0, -ox, 0, 1, -oy, 0, 0, 1]);
  return { m, flip };
}

/** Maps an out-of-range coordinate back into [0, n) as scipy's ndimage modes do. */
function fold(i: number, n: number, mode: Augmentation['fillMode']): number {
  if (i >= 0 && i < n) return i;
  switch (mode) {
    case 'nearest':
      return i < 0 ? 0 : n - 1;
    case 'wrap':
      return ((i % n) + n) % n;
    case 'reflect': {
      const period = 2 * n;
      let r = ((i % period) + period) % period;
      if (r >= n) r = period - 1 - r;
      return r;
    }
    case 'constant':
      return -1;
  }
}

/** Transforms one image [h, w, c] from `src` into `dst` (separate buffers). */
export function warpImage(
  src: Float32Array,
  dst: Float32Array,
  h: number,
  w: number,
  c: number,
  m: Mat3,
  flip: boolean,
  mode: Augmentation['fillMode'],
): void {
  for (let r = 0; r < h; r++) {
    for (let q = 0; q < w; q++) {
      const col = flip ? w - 1 - q : q;
      const y = m[0] * r + m[1] * col + m[2];
      const x = m[3] * r + m[4] * col + m[5];
      const y0 = Math.floor(y);
      const x0 = Math.floor(x);
      const fy = y - y0;
      const fx = x - x0;
      const ya = fold(y0, h, mode);
      const yb = fold(y0 + 1, h, mode);
      const xa = fold(x0, w, mode);
      const xb = fold(x0 + 1, w, mode);
      for (let ch = 0; ch < c; ch++) {
        const at = (yy: number, xx: number) => (yy < 0 || xx < 0 ? 0 : src[(yy * w + xx) * c + ch]);
        dst[(r * w + q) * c + ch] =
          (1 - fy) * ((1 - fx) * at(ya, xa) + fx * at(ya, xb)) +
          fy * ((1 - fx) * at(yb, xa) + fx * at(yb, xb));
      }
    }
  }
}

/** Augments a batch of `n` images of shape [h, w, c] stored contiguously in `batch`, in place. */
export function augmentBatch(
  batch: Float32Array,
  n: number,
  shape: number[],
  a: Augmentation,
  random: () => number,
): void {
  const [h, w, c] = shape;
  const size = h * w * c;
  const scratch = new Float32Array(size);
  for (let i = 0; i < n; i++) {
    const { m, flip } = randomTransform(a, h, w, random);
    const img = batch.subarray(i * size, (i + 1) * size);
    scratch.set(img);
    warpImage(scratch, img, h, w, c, m, flip, a.fillMode);
  }
}
