/**
 * Image resizing for the image-folder loader: area averaging along an axis that shrinks (every
 * source pixel counts, as OpenCV's INTER_AREA) and bilinear interpolation with half-pixel centres
 * along an axis that grows (as `tf.image.resize`).
 */

interface Taps {
  /** For output pixel o: source indices `index[start[o] .. start[o + 1])` with their weights. */
  start: Int32Array;
  index: Int32Array;
  weight: Float32Array;
}

function axisTaps(inSize: number, outSize: number): Taps {
  const scale = inSize / outSize;
  const index: number[] = [];
  const weight: number[] = [];
  const start = new Int32Array(outSize + 1);
  for (let o = 0; o < outSize; o++) {
    if (scale >= 1) {
      const a = o * scale;
      const b = (o + 1) * scale;
      for (let i = Math.floor(a); i < Math.min(Math.ceil(b), inSize); i++) {
        const w = (Math.min(b, i + 1) - Math.max(a, i)) / scale;
        if (w > 0) {
          index.push(i);
          weight.push(w);
        }
      }
    } else {
      const centre = Math.min(Math.max((o + 0.5) * scale - 0.5, 0), inSize - 1);
      const i0 = Math.floor(centre);
      const f = centre - i0;
      index.push(i0, Math.min(i0 + 1, inSize - 1));
      weight.push(1 - f, f);
    }
    start[o + 1] = index.length;
  }
  return { start, index: Int32Array.from(index), weight: Float32Array.from(weight) };
}

/**
 * Resizes an RGBA image to `outH` x `outW` with 1 (grey: ITU-R 601 luma, as PIL's "L") or 3 channels,
 * writing bytes into `out` at `offset`. Alpha is dropped, as Keras' `load_img` does.
 */
export function resizeRgba(
  rgba: Uint8Array,
  width: number,
  height: number,
  outH: number,
  outW: number,
  channels: 1 | 3,
  out: Uint8Array,
  offset: number,
): void {
  const src = new Float32Array(width * height * channels);
  for (let p = 0; p < width * height; p++) {
    const r = rgba[4 * p];
    const g = rgba[4 * p + 1];
    const b = rgba[4 * p + 2];
    if (channels === 1) src[p] = 0.299 * r + 0.587 * g + 0.114 * b;
    else {
      src[3 * p] = r;
      src[3 * p + 1] = g;
      src[3 * p + 2] = b;
    }
  }
  const tx = axisTaps(width, outW);
  const ty = axisTaps(height, outH);
  const mid = new Float32Array(height * outW * channels);
  for (let y = 0; y < height; y++) {
    for (let o = 0; o < outW; o++) {
      for (let c = 0; c < channels; c++) {
        let s = 0;
        for (let k = tx.start[o]; k < tx.start[o + 1]; k++) {
          s += tx.weight[k] * src[(y * width + tx.index[k]) * channels + c];
        }
        mid[(y * outW + o) * channels + c] = s;
      }
    }
  }
  for (let o = 0; o < outH; o++) {
    for (let x = 0; x < outW * channels; x++) {
      let s = 0;
      for (let k = ty.start[o]; k < ty.start[o + 1]; k++)
        s += ty.weight[k] * mid[ty.index[k] * outW * channels + x];
      out[offset + o * outW * channels + x] = Math.min(255, Math.max(0, Math.round(s)));
    }
  }
}
