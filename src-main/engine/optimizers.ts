/**
 * The optimizers, computing what Keras 3's compute (keras/src/optimizers/): the same defaults and the
 * same update, where TensorFlow.js' own differs.
 */
import * as tf from '@tensorflow/tfjs-core';
import { effectiveLearningRate, type TrainingConfig } from '../contract/training.ts';

/** Keras 3's defaults for the settings LayerLab does not expose. */
export const KERAS_ADAM = { beta1: 0.9, beta2: 0.999, epsilon: 1e-7 } as const;
export const KERAS_RMSPROP = { rho: 0.9, momentum: 0, epsilon: 1e-7, centered: false } as const;

/**
 * Keras 3's Adam adds epsilon to sqrt(v) before the bias correction (`m * alpha / (sqrt(v) + eps)`,
 * alpha = lr sqrt(1 - beta2^t) / (1 - beta1^t)); TensorFlow.js' adds it after
 * (`lr m_hat / (sqrt(v_hat) + eps)`), a larger step while v is small. The two agree exactly when
 * TensorFlow.js' epsilon at step t is Keras' divided by sqrt(1 - beta2^t).
 */
class KerasAdam extends tf.AdamOptimizer {
  constructor(
    learningRate: number,
    private readonly kerasEpsilon: number,
  ) {
    super(learningRate, KERAS_ADAM.beta1, KERAS_ADAM.beta2, kerasEpsilon);
  }
  override applyGradients(gradients: Parameters<tf.AdamOptimizer['applyGradients']>[0]): void {
    const step = this.iterations + 1;
    this.epsilon = this.kerasEpsilon / Math.sqrt(1 - Math.pow(this.beta2, step));
    super.applyGradients(gradients);
  }
  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), epsilon: this.kerasEpsilon };
  }
}

export function makeOptimizer(config: TrainingConfig): tf.Optimizer {
  const lr = effectiveLearningRate(config);
  switch (config.optimizer) {
    case 'adam':
      return new KerasAdam(lr, KERAS_ADAM.epsilon);
    case 'rmsprop':
      // TensorFlow.js' RMSprop update is Keras 3's (epsilon inside the square root).
      return tf.train.rmsprop(
        lr,
        KERAS_RMSPROP.rho,
        KERAS_RMSPROP.momentum,
        KERAS_RMSPROP.epsilon,
        KERAS_RMSPROP.centered,
      );
    case 'sgd':
      // TensorFlow.js' momentum accumulates gradients and Keras' accumulates steps (-lr g): the
      // same updates at a constant learning rate.
      return config.momentum > 0 ? tf.train.momentum(lr, config.momentum) : tf.train.sgd(lr);
  }
}
