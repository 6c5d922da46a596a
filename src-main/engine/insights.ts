/**
 * The statistics a run records about the inside of its model (contract/insights.ts), as plain
 * functions over typed arrays: histograms on fixed bins, sparsity and norms, the confusion matrix,
 * the most confidently wrong examples, the decision surface's grid, image thumbnails. The trainer's
 * recorder (insight-recorder.ts) gathers the numbers from TensorFlow.js and hands them here.
 */
import {
  HISTOGRAM_BINS,
  SPARSITY_THRESHOLD,
  SURFACE_SIZE,
  type ExampleImage,
  type WeightStats,
} from '../contract/insights.ts';
import type { Features } from '../data/dataset.ts';

/** The smallest of 1, 2, 2.5, 5 x 10^k that is >= x (x > 0). */
export function niceCeil(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return 1;
  const k = Math.floor(Math.log10(x));
  for (const m of [1, 2, 2.5, 5, 10]) {
    // Divide by 10^-k for negative k: 2 / 10 is exactly 0.2, 2 * 0.1 is not.
    const v = k < 0 ? m / 10 ** -k : m * 10 ** k;
    if (v >= x * (1 - 1e-12)) return v;
  }
  return 10 ** (k + 1);
}

/** Keras' `compute_fans`: Dense [in, out]; Conv2D [kh, kw, cin, cout] has kh*kw*cin in, kh*kw*cout out. */
export function fans(shape: number[]): { fanIn: number; fanOut: number } {
  if (shape.length === 0) return { fanIn: 1, fanOut: 1 };
  if (shape.length === 1) return { fanIn: shape[0], fanOut: shape[0] };
  const receptive = shape.slice(0, -2).reduce((a, b) => a * b, 1);
  return { fanIn: shape.at(-2)! * receptive, fanOut: shape.at(-1)! * receptive };
}

/**
 * The half-width of a kernel's histogram: the smallest "nice" number (1, 2, 2.5, 5 x 10^k) at or
 * above three times the Glorot-uniform limit sqrt(6 / (fanIn + fanOut)), which is where Keras'
 * default initializer puts the weights. It depends only on the layer's kind and kernel shape, so
 * every epoch of a run, and every run of the same layer, shares its bins; training that spreads the
 * weights up to three times their initial width stays inside them, and what goes further is counted
 * in `under` / `over`. An Embedding (Keras' uniform +-0.05) gets niceCeil(3 x 0.05) = 0.2.
 */
export function kernelRange(kind: string, kernelShape: number[]): number {
  if (kind === 'Embedding') return niceCeil(3 * 0.05);
  const { fanIn, fanOut } = fans(kernelShape);
  return niceCeil(3 * Math.sqrt(6 / Math.max(1, fanIn + fanOut)));
}

/**
 * One pass over a kernel: HISTOGRAM_BINS equal bins over [-range, range] (a value on a bin edge goes
 * to the bin above; `range` itself into the last bin), under- and overflow, the fraction with
 * |w| < SPARSITY_THRESHOLD, L1 and L2 (Frobenius) norms. NaNs fall in no bin.
 */
export function weightStats(
  layer: string,
  values: ArrayLike<number>,
  range: number,
  gradNorm: number | null,
): WeightStats {
  const counts = new Array<number>(HISTOGRAM_BINS).fill(0);
  const scale = HISTOGRAM_BINS / (2 * range);
  let under = 0;
  let over = 0;
  let small = 0;
  let l1 = 0;
  let sq = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const a = Math.abs(v);
    l1 += a;
    sq += v * v;
    if (a < SPARSITY_THRESHOLD) small++;
    if (v < -range) under++;
    else if (v > range) over++;
    else if (v >= -range) counts[Math.min(HISTOGRAM_BINS - 1, Math.floor((v + range) * scale))]++;
  }
  const n = values.length;
  return {
    layer,
    counts,
    under,
    over,
    sparsity: n ? small / n : 0,
    l1,
    l2: Math.sqrt(sq),
    gradNorm,
  };
}

/** confusion[true][predicted] over `classes` classes. */
export function confusionMatrix(
  labels: ArrayLike<number>,
  predicted: ArrayLike<number>,
  classes: number,
): number[][] {
  const m = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  for (let i = 0; i < labels.length; i++) m[labels[i]][predicted[i]]++;
  return m;
}

/**
 * Positions of the `k` most confidently wrong predictions (predicted !== label), most confident
 * first; equal confidences keep their order.
 */
export function mostConfidentlyWrong(
  labels: ArrayLike<number>,
  predicted: ArrayLike<number>,
  confidence: ArrayLike<number>,
  k: number,
): number[] {
  const wrong: number[] = [];
  for (let i = 0; i < labels.length; i++) if (predicted[i] !== labels[i]) wrong.push(i);
  // Array.prototype.sort is stable, and `wrong` is in index order.
  wrong.sort((a, b) => confidence[b] - confidence[a]);
  return wrong.slice(0, k);
}

/** `count` positions spread evenly over `n` (all of them when n <= count). */
export function spread(n: number, count: number): number[] {
  const m = Math.min(n, count);
  return Array.from({ length: m }, (_, i) => Math.floor((i * n) / m));
}

/** [min, max] widened by `margin` of its span on each side (a point's span becomes +-1 around it). */
export function withMargin(min: number, max: number, margin = 0.1): [number, number] {
  if (!(max > min)) return [min - 1, max + 1];
  const d = (max - min) * margin;
  return [min - d, max + d];
}

/**
 * The surface's inputs: SURFACE_SIZE² rows of (x, y) at the cell centres, row by row, row 0 at the
 * largest y, left to right.
 */
export function surfaceGrid(x: [number, number], y: [number, number]): Float32Array {
  const s = SURFACE_SIZE;
  const out = new Float32Array(s * s * 2);
  const dx = (x[1] - x[0]) / s;
  const dy = (y[1] - y[0]) / s;
  for (let r = 0; r < s; r++)
    for (let c = 0; c < s; c++) {
      out[2 * (r * s + c)] = x[0] + (c + 0.5) * dx;
      out[2 * (r * s + c) + 1] = y[1] - (r + 0.5) * dy;
    }
  return out;
}

/** Probabilities (0..1) as bytes 0..255. */
export function toBytes(values: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++)
    out[i] = Math.round(Math.min(1, Math.max(0, values[i])) * 255);
  return out;
}

/** Largest side of an example image kept with a wrong example. */
export const THUMBNAIL_SIDE = 32;

/**
 * Example `row` of image features shaped [h, w, c] as bytes, box-filtered down by a whole factor to
 * at most THUMBNAIL_SIDE px a side; 1 or 3 channels (the first 3 of more, the first of 2). Bytes
 * are taken as they are; floats are stretched from the image's own min..max to 0..255.
 */
export function thumbnail(features: Features, row: number, shape: number[]): ExampleImage {
  const [h, w, c] = shape;
  const n = features.rowSize;
  const value: (j: number) => number =
    features.kind === 'u8'
      ? (j) => features.data[row * n + j]
      : features.kind === 'f32'
        ? (() => {
            const d = features.data.subarray(row * n, (row + 1) * n);
            let lo = Infinity;
            let hi = -Infinity;
            for (const v of d) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
            const k = hi > lo ? 255 / (hi - lo) : 0;
            return (j: number) => (d[j] - lo) * k;
          })()
        : () => 0;
  const f = Math.max(1, Math.ceil(Math.max(h, w) / THUMBNAIL_SIDE));
  const [oh, ow, oc] = [Math.ceil(h / f), Math.ceil(w / f), c >= 3 ? 3 : 1];
  const pixels = new Uint8Array(oh * ow * oc);
  for (let y = 0; y < oh; y++)
    for (let x = 0; x < ow; x++)
      for (let ch = 0; ch < oc; ch++) {
        let sum = 0;
        let count = 0;
        for (let yy = y * f; yy < Math.min(h, (y + 1) * f); yy++)
          for (let xx = x * f; xx < Math.min(w, (x + 1) * f); xx++) {
            sum += value((yy * w + xx) * c + ch);
            count++;
          }
        pixels[(y * ow + x) * oc + ch] = Math.round(sum / count);
      }
  return { shape: [oh, ow, oc], pixels };
}
