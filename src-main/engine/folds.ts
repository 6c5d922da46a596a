/**
 * k-fold splits as scikit-learn's (Stratified)KFold with shuffle=True: every example lands in exactly
 * one validation fold; stratified folds keep each class's share within one example of even.
 */
import { said } from '../contract/error-text.ts';
import { EngineError } from './errors.ts';
import { mulberry32, shuffleInPlace } from './random.ts';

export interface FoldSplit {
  /** Positions (into the labels given) used for training and for validation in this fold. */
  train: Int32Array;
  validation: Int32Array;
}

/** Fold number (0..folds-1) of every position. */
export function assignFolds(
  labels: Int32Array,
  folds: number,
  stratified: boolean,
  seed: number,
): Int32Array {
  const random = mulberry32(seed ^ 0x5bd1e995);
  const fold = new Int32Array(labels.length);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < labels.length; i++) {
    const key = stratified ? labels[i] : 0;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(i);
  }
  // Deal each class's shuffled examples round-robin, continuing where the last class stopped, so
  // fold sizes also differ by at most one overall.
  let next = 0;
  for (const key of [...groups.keys()].sort((a, b) => a - b)) {
    const members = shuffleInPlace(groups.get(key)!, random);
    for (const i of members) {
      fold[i] = next;
      next = (next + 1) % folds;
    }
  }
  return fold;
}

export function kfoldSplit(
  labels: Int32Array,
  folds: number,
  index: number,
  stratified: boolean,
  seed: number,
): FoldSplit {
  if (index < 0 || index >= folds)
    throw new EngineError('invalid-lab', said('error_fold_missing', { index, folds }));
  if (labels.length < folds)
    throw new EngineError(
      'invalid-lab',
      said('error_fold_too_few', { folds, count: labels.length }),
    );
  const assigned = assignFolds(labels, folds, stratified, seed);
  const train: number[] = [];
  const validation: number[] = [];
  for (let i = 0; i < labels.length; i++) (assigned[i] === index ? validation : train).push(i);
  return { train: Int32Array.from(train), validation: Int32Array.from(validation) };
}
