/**
 * Training and validation views of a dataset (no copies of the features) and lazy float batches.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { TrainingConfig } from '../contract/training.ts';
import { fullView, writeRow, type Dataset, type SplitView } from '../data/dataset.ts';
import { said } from '../contract/error-text.ts';
import { EngineError } from './errors.ts';
import { kfoldSplit } from './folds.ts';
import { shuffleInPlace } from './random.ts';

export interface Views {
  train: SplitView;
  validation: SplitView | null;
}

function slice(view: SplitView, from: number, to: number): SplitView {
  return {
    split: view.split,
    rows: view.rows.slice(from, to),
    labels: view.labels.slice(from, to),
  };
}

/**
 * Keras' `validation_split` takes the last fraction of the data, before any shuffling; the training
 * subset takes the first N of what remains; shuffled labels permute the training labels once.
 */
export function makeViews(dataset: Dataset, config: TrainingConfig, random: () => number): Views {
  const all = fullView(dataset.train);
  const labelsOf = (v: SplitView) => {
    const out = new Int32Array(v.rows.length);
    for (let i = 0; i < out.length; i++) out[i] = v.split.labels[v.rows[i]];
    return out;
  };
  let train: SplitView = all;
  let validation: SplitView | null = null;
  const v = config.validation;
  if (v.kind === 'split') {
    const splitAt = Math.floor(all.rows.length * (1 - v.fraction));
    if (splitAt < 1 || splitAt >= all.rows.length)
      throw new EngineError(
        'invalid-lab',
        said('error_split_empty', { fraction: v.fraction, count: all.rows.length }),
      );
    train = slice(all, 0, splitAt);
    validation = slice(all, splitAt, all.rows.length);
  } else if (v.kind === 'kfold') {
    // Cross-validation folds are cut from the training subset (GridSearchCV on x_train[:N]).
    const pool =
      config.trainSubset !== null
        ? slice(all, 0, Math.min(config.trainSubset, all.rows.length))
        : all;
    const split = kfoldSplit(pool.labels, v.folds, v.fold, v.stratified, v.seed);
    const pick = (positions: Int32Array): SplitView => ({
      split: pool.split,
      rows: Int32Array.from(positions, (p) => pool.rows[p]),
      labels: Int32Array.from(positions, (p) => pool.labels[p]),
    });
    train = pick(split.train);
    validation = pick(split.validation);
    if (config.shuffleLabels) train = { ...train, labels: shuffleInPlace(labelsOf(train), random) };
    return { train, validation };
  } else if (v.kind === 'test') {
    if (!dataset.test)
      throw new EngineError(
        'invalid-lab',
        said('error_no_test_set_validate', { title: dataset.info.title }),
      );
    validation = fullView(dataset.test);
  }
  if (config.trainSubset !== null) {
    if (config.trainSubset > train.rows.length)
      throw new EngineError(
        'invalid-lab',
        said('error_subset_too_large', { subset: config.trainSubset, count: train.rows.length }),
      );
    train = slice(train, 0, config.trainSubset);
  }
  if (config.shuffleLabels) train = { ...train, labels: shuffleInPlace(labelsOf(train), random) };
  return { train, validation };
}

/** The float batch of `rows[from..to)` of a view (in `order`), shaped [n, ...shape]. */
export function featureBatch(
  view: SplitView,
  order: Int32Array,
  from: number,
  to: number,
): Float32Array {
  const features = view.split.features;
  const n = to - from;
  const out = new Float32Array(n * features.rowSize);
  for (let i = 0; i < n; i++)
    writeRow(features, view.rows[order[from + i]], out, i * features.rowSize);
  return out;
}

export function labelBatch(
  view: SplitView,
  order: Int32Array,
  from: number,
  to: number,
): Int32Array {
  const out = new Int32Array(to - from);
  for (let i = 0; i < out.length; i++) out[i] = view.labels[order[from + i]];
  return out;
}

export function identityOrder(n: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order;
}

export function toTensor(values: Float32Array, n: number, shape: number[]): tf.Tensor {
  return tf.tensor(values, [n, ...shape], 'float32');
}
