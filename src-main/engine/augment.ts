/**
 * On-the-fly image augmentation exactly as Keras 3's ImageDataGenerator does it
 * (keras/src/legacy/preprocessing/image.py): `get_random_transform` draws the parameters,
 * `apply_affine_transform` composes rotation, shift, shear and zoom into one matrix about the image
 * centre and samples it with `scipy.ndimage.affine_transform(order=1)` in the chosen fill mode, then
 * the flips. Keras' quirks are kept on purpose, so a lab trains as the course's notebook does:
 * the matrix works in (column, row) order, so `height_shift_range` moves images sideways and
 * `width_shift_range` up and down (keras-team/keras#17398), and the centre of a non-square image is
 * taken with height and width swapped.
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

/** One image's transform, named as `get_random_transform` names it (angles in degrees, shifts in pixels). */
export interface TransformParams {
  theta: number;
  /** From `height_shift_range`; Keras applies it along the columns. */
  tx: number;
  /** From `width_shift_range`; Keras applies it along the rows. */
  ty: number;
  shear: number;
  zx: number;
  zy: number;
  flipHorizontal: boolean;
  flipVertical: boolean;
}

export const IDENTITY: TransformParams = {
  theta: 0,
  tx: 0,
  ty: 0,
  shear: 0,
  zx: 1,
  zy: 1,
  flipHorizontal: false,
  flipVertical: false,
};

export function isIdentity(a: Augmentation): boolean {
  return (
    !a.rotationRange &&
    !a.widthShiftRange &&
    !a.heightShiftRange &&
    !a.shearRange &&
    !a.zoomRange &&
    !a.horizontalFlip &&
    !a.verticalFlip
  );
}

/** Draws one image's transform as Keras' `get_random_transform` does, for an [h, w] image. */
export function drawTransform(
  a: Augmentation,
  h: number,
  w: number,
  random: () => number,
): TransformParams {
  const uniform = (r: number) => -r + 2 * r * random();
  const shift = (r: number, size: number) => (r ? uniform(r) * (r < 1 ? size : 1) : 0);
  const theta = a.rotationRange ? uniform(a.rotationRange) : 0;
  const tx = shift(a.heightShiftRange, h);
  const ty = shift(a.widthShiftRange, w);
  const shear = a.shearRange ? uniform(a.shearRange) : 0;
  const zx = a.zoomRange ? 1 + uniform(a.zoomRange) : 1;
  const zy = a.zoomRange ? 1 + uniform(a.zoomRange) : 1;
  // Keras draws both flips whether or not they are on.
  const flipHorizontal = random() < 0.5 && a.horizontalFlip;
  const flipVertical = random() < 0.5 && a.verticalFlip;
  return { theta, tx, ty, shear, zx, zy, flipHorizontal, flipVertical };
}

/**
 * The matrix taking an output pixel (row, col, 1) to the input coordinates it samples, built as
 * `apply_affine_transform` builds it: R·T·S·Z in Keras' order, moved to the centre, then rows and
 * columns swapped (M' = P·M·P). Null for the identity.
 */
export function transformMatrix(p: TransformParams, h: number, w: number): Mat3 | null {
  const rad = Math.PI / 180;
  let m: Mat3 | null = null;
  const then = (b: Mat3) => (m = m ? mul(m, b) : b);
  if (p.theta) {
    const t = p.theta * rad;
    then([Math.cos(t), -Math.sin(t), 0, Math.sin(t), Math.cos(t), 0, 0, 0, 1]);
  }
  if (p.tx || p.ty) then([1, 0, p.tx, 0, 1, p.ty, 0, 0, 1]);
  if (p.shear) {
    const s = p.shear * rad;
    then([1, -Math.sin(s), 0, 0, Math.cos(s), 0, 0, 0, 1]);
  }
  if (p.zx !== 1 || p.zy !== 1) then([p.zx, 0, 0, 0, p.zy, 0, 0, 0, 1]);
  if (!m) return null;
  // transform_matrix_offset_center(matrix, h, w): h goes with the first coordinate, which the swap
  // below makes the column.
  const ox = h / 2 - 0.5;
  const oy = w / 2 - 0.5;
  const c = mul(mul([1, 0, ox, 0, 1, oy, 0, 0, 1], m), [1, 0, -ox, 0, 1, -oy, 0, 0, 1]);
  return [c[4], c[3], c[5], c[1], c[0], c[2], 0, 0, 1];
}

/**
 * Maps a coordinate outside [0, n - 1] back inside as scipy.ndimage's `map_coordinate` does for
 * each mode, or returns null for 'constant' (the whole output pixel is then `cval`). scipy's 'wrap'
 * repeats with period n - 1 (the first and last samples overlap), not n.
 */
function mapCoordinate(x: number, n: number, mode: Augmentation['fillMode']): number | null {
  if (x >= 0 && x <= n - 1) return x;
  if (mode === 'constant') return null;
  if (n <= 1 || mode === 'nearest') return x < 0 ? 0 : n - 1;
  if (mode === 'wrap') {
    const sz = n - 1;
    return x < 0 ? x + sz * (Math.trunc(-x / sz) + 1) : x - sz * Math.trunc(x / sz);
  }
  const sz2 = 2 * n;
  if (x < 0) {
    if (x < -sz2) x += sz2 * Math.trunc(-x / sz2);
    return x < -n ? x + sz2 : -x - 1;
  }
  x -= sz2 * Math.trunc(x / sz2);
  return x >= n ? sz2 - x - 1 : x;
}

/** The index of a neighbour sample (scipy extends the edges by the same mode; 'constant' by mirror). */
function neighbour(i: number, n: number, mode: Augmentation['fillMode']): number {
  if (i >= 0 && i < n) return i;
  if (mode === 'nearest' || n <= 1) return i < 0 ? 0 : n - 1;
  if (mode === 'wrap') return ((i % n) + n) % n;
  const period = 2 * n;
  const r = ((i % period) + period) % period;
  return r >= n ? period - 1 - r : r;
}

/**
 * Applies one transform to an image [h, w, c] from `src` into `dst` (separate buffers), as Keras'
 * `apply_transform`: the affine part, sampled bilinearly, then the flips.
 */
export function applyTransform(
  src: Float32Array,
  dst: Float32Array,
  shape: readonly number[],
  p: TransformParams,
  mode: Augmentation['fillMode'],
  cval = 0,
): void {
  const [h, w, c] = shape;
  const m = transformMatrix(p, h, w);
  for (let r = 0; r < h; r++) {
    const rowOut = p.flipVertical ? h - 1 - r : r;
    for (let q = 0; q < w; q++) {
      const colOut = p.flipHorizontal ? w - 1 - q : q;
      const out = (rowOut * w + colOut) * c;
      const y = m ? mapCoordinate(m[0] * r + m[1] * q + m[2], h, mode) : r;
      const x = m ? mapCoordinate(m[3] * r + m[4] * q + m[5], w, mode) : q;
      if (y === null || x === null) {
        dst.fill(cval, out, out + c);
        continue;
      }
      const y0 = Math.floor(y);
      const x0 = Math.floor(x);
      const fy = y - y0;
      const fx = x - x0;
      const ya = neighbour(y0, h, mode) * w;
      const yb = neighbour(y0 + 1, h, mode) * w;
      const xa = neighbour(x0, w, mode);
      const xb = neighbour(x0 + 1, w, mode);
      for (let ch = 0; ch < c; ch++)
        dst[out + ch] =
          (1 - fy) * ((1 - fx) * src[(ya + xa) * c + ch] + fx * src[(ya + xb) * c + ch]) +
          fy * ((1 - fx) * src[(yb + xa) * c + ch] + fx * src[(yb + xb) * c + ch]);
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
    const p = drawTransform(a, h, w, random);
    const img = batch.subarray(i * size, (i + 1) * size);
    scratch.set(img);
    applyTransform(scratch, img, shape, p, a.fillMode, a.cval);
  }
}
