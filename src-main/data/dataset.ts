/**
 * A dataset in memory. Loaded once, kept in compact typed arrays, and turned into float batches
 * lazily by the engine (`engine/batches.ts`): MNIST stays 47 MB of bytes instead of 188 MB of floats,
 * and IMDB stays a list of word indices instead of a 1 GB multi-hot matrix.
 */
import { LayerLabError, type ErrorText } from '../contract/errors.ts';
import type { DatasetInfo } from '../contract/datasets.ts';

/** Example `i` occupies `data[i * rowSize .. (i + 1) * rowSize)`, scaled by `scale` (1/255 for images). */
export interface U8Features {
  kind: 'u8';
  data: Uint8Array;
  rowSize: number;
  scale: number;
}

export interface F32Features {
  kind: 'f32';
  data: Float32Array;
  rowSize: number;
}

/**
 * Sparse multi-hot rows: example `i` has a 1 in every column listed in
 * `indices[offsets[i] .. offsets[i + 1])`, and 0 elsewhere; `rowSize` columns in all.
 */
export interface MultiHotFeatures {
  kind: 'multi-hot';
  offsets: Uint32Array;
  indices: Uint32Array;
  rowSize: number;
}

export type Features = U8Features | F32Features | MultiHotFeatures;

export interface Split {
  count: number;
  features: Features;
  /** Class index of each example (0/1 for binary tasks). */
  labels: Int32Array;
}

export interface Dataset {
  info: DatasetInfo;
  train: Split;
  /** The official test split, when the set has one. */
  test: Split | null;
  /**
   * Text sets (IMDB): the word behind each multi-hot column; column 0 is unused (''). Shorter than
   * `rowSize` when the vocabulary has fewer words than columns.
   */
  vocabulary?: string[];
  /** Text sets (IMDB): the first `words` words of example `row` of a split, as the reader saw them. */
  text?(split: 'train' | 'test', row: number, words?: number): string;
}

/** A loader failure with a sentence that names the file and says what is wrong and what to do. */
export class DataError extends LayerLabError {
  constructor(
    code: 'not-found' | 'corrupt' | 'mismatch' | 'unsupported' | 'empty' | 'download' | 'too-large',
    message: string | ErrorText,
    file?: string,
  ) {
    super(code, message, file ? { file } : {});
    this.name = 'DataError';
  }
}

/** Writes example `row` of `features` into `out` at `offset` as floats (zeros for multi-hot gaps). */
export function writeRow(features: Features, row: number, out: Float32Array, offset: number): void {
  const n = features.rowSize;
  switch (features.kind) {
    case 'u8': {
      const { data, scale } = features;
      const base = row * n;
      for (let j = 0; j < n; j++) out[offset + j] = data[base + j] * scale;
      break;
    }
    case 'f32':
      out.set(features.data.subarray(row * n, (row + 1) * n), offset);
      break;
    case 'multi-hot': {
      out.fill(0, offset, offset + n);
      const { offsets, indices } = features;
      for (let k = offsets[row]; k < offsets[row + 1]; k++) out[offset + indices[k]] = 1;
      break;
    }
  }
}

/** A view of some rows of a split, without copying features (used for validation splits and folds). */
export interface SplitView {
  split: Split;
  /** Row numbers into `split`, in order. */
  rows: Int32Array;
  /** Labels for these rows (may differ from `split.labels`, e.g. shuffled labels). */
  labels: Int32Array;
}

export function fullView(split: Split): SplitView {
  const rows = new Int32Array(split.count);
  for (let i = 0; i < rows.length; i++) rows[i] = i;
  return { split, rows, labels: split.labels };
}
