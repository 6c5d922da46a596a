/**
 * Losses and accuracy exactly as Keras computes them from probabilities (`from_logits=False`):
 * predictions clipped to [1e-7, 1 - 1e-7], label smoothing applied to the targets.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { LossName } from '../contract/training.ts';

const EPSILON = 1e-7;

export interface LossSpec {
  name: LossName;
  labelSmoothing: number;
  /** Output units (classes for the categorical losses, 1 for binary). */
  units: number;
}

/**
 * Targets for a batch of class indices: one-hot floats for the categorical losses (the sparse loss
 * too, so label smoothing works with it), a [n, 1] float column for binary cross-entropy.
 */
export function targets(spec: LossSpec, labels: Int32Array): tf.Tensor {
  return tf.tidy(() => {
    const idx = tf.tensor1d(labels, 'int32');
    if (spec.name === 'binary_crossentropy')
      return tf.reshape(tf.cast(idx, 'float32'), [labels.length, 1]);
    return tf.cast(tf.oneHot(idx, spec.units), 'float32');
  });
}

/** Mean loss over the batch (a scalar). */
export function meanLoss(spec: LossSpec, yTrue: tf.Tensor, yPred: tf.Tensor): tf.Scalar {
  return tf.tidy(() => {
    const ls = spec.labelSmoothing;
    if (spec.name === 'binary_crossentropy') {
      const y = ls > 0 ? tf.add(tf.mul(yTrue, 1 - ls), 0.5 * ls) : yTrue;
      const p = tf.clipByValue(yPred, EPSILON, 1 - EPSILON);
      const bce = tf.neg(tf.add(tf.mul(y, tf.log(p)), tf.mul(tf.sub(1, y), tf.log(tf.sub(1, p)))));
      return tf.mean(bce);
    }
    const y = ls > 0 ? tf.add(tf.mul(yTrue, 1 - ls), ls / spec.units) : yTrue;
    const p = tf.clipByValue(tf.div(yPred, tf.sum(yPred, -1, true)), EPSILON, 1 - EPSILON);
    return tf.mean(tf.neg(tf.sum(tf.mul(y, tf.log(p)), -1)));
  });
}

/** Number of correct predictions in the batch (a scalar): Keras' `accuracy` for this loss. */
export function correctCount(spec: LossSpec, yTrue: tf.Tensor, yPred: tf.Tensor): tf.Scalar {
  return tf.tidy(() => {
    if (spec.name === 'binary_crossentropy') {
      const predicted = tf.cast(tf.greater(yPred, 0.5), 'float32');
      return tf.sum(tf.cast(tf.equal(predicted, yTrue), 'float32'));
    }
    return tf.sum(tf.cast(tf.equal(tf.argMax(yPred, -1), tf.argMax(yTrue, -1)), 'float32'));
  });
}

/**
 * Per example, the predicted class (decided exactly as `correctCount` decides it) and the
 * confidence max(p, 1 - p) for one sigmoid unit, or the largest output: a [2, n] float tensor.
 */
export function predictions(spec: LossSpec, yPred: tf.Tensor): tf.Tensor2D {
  return tf.tidy(() => {
    if (spec.name === 'binary_crossentropy') {
      const p = tf.reshape(yPred, [-1]);
      return tf.stack([tf.cast(tf.greater(p, 0.5), 'float32'), tf.maximum(p, tf.sub(1, p))]);
    }
    return tf.stack([tf.cast(tf.argMax(yPred, -1), 'float32'), tf.max(yPred, -1)]);
  }) as tf.Tensor2D;
}
