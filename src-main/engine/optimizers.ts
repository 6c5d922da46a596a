/**
 * The optimizers, computing what Keras 3's compute (keras/src/optimizers/): the same defaults and the
 * same update, where TensorFlow.js' own differs. When the backend has the fused update kernels
 * (kernels/optimizer-update.ts, registered with the fast kernels) each weight is updated by one
 * kernel; otherwise by TensorFlow.js' element-wise ops.
 */
import * as tf from '@tensorflow/tfjs-core';
import { effectiveLearningRate, type TrainingConfig } from '../contract/training.ts';
import { OPTIMIZER_KERNELS } from './kernels/optimizer-update.ts';

/** Keras 3's defaults for the settings LayerLab does not expose. */
export const KERAS_ADAM = { beta1: 0.9, beta2: 0.999, epsilon: 1e-7 } as const;
export const KERAS_RMSPROP = { rho: 0.9, momentum: 0, epsilon: 1e-7, centered: false } as const;

type Gradients = Parameters<tf.AdamOptimizer['applyGradients']>[0];

/** The optimizer's per-weight slots (zeros at first) when it updates through a fused kernel. */
class FusedUpdate {
  private readonly slots = new Map<string, tf.Variable[]>();
  constructor(
    private readonly kernel: string,
    private readonly slotCount: number,
  ) {}

  /** A fused update when the active backend has the kernel, else null (stock ops). */
  static ifAvailable(kernel: string, slotCount: number): FusedUpdate | null {
    return tf.getKernel(kernel, tf.getBackend()) ? new FusedUpdate(kernel, slotCount) : null;
  }

  apply(gradients: Gradients | tf.NamedTensorMap, attrs: tf.NamedAttrMap): void {
    const named: [string, tf.Tensor | null][] = Array.isArray(gradients)
      ? gradients.map((g) => [g.name, g.tensor])
      : Object.entries(gradients);
    tf.tidy(() => {
      for (const [name, g] of named) {
        if (g == null) continue;
        const x = tf.engine().registeredVariables[name];
        let slots = this.slots.get(name);
        if (!slots) {
          slots = Array.from({ length: this.slotCount }, () => tf.zerosLike(x).variable(false));
          this.slots.set(name, slots);
        }
        const inputs: tf.NamedTensorMap = { x, g, s0: slots[0] };
        if (slots[1]) inputs.s1 = slots[1];
        const outs = tf.engine().runKernel(this.kernel, inputs, attrs) as tf.Tensor[];
        x.assign(outs[0]);
        slots.forEach((s, k) => s.assign(outs[k + 1]));
      }
    });
  }

  dispose(): void {
    for (const slots of this.slots.values()) tf.dispose(slots);
    this.slots.clear();
  }
}

/**
 * Keras 3's Adam adds epsilon to sqrt(v) before the bias correction (`m * alpha / (sqrt(v) + eps)`,
 * alpha = lr sqrt(1 - beta2^t) / (1 - beta1^t)); TensorFlow.js' adds it after
 * (`lr m_hat / (sqrt(v_hat) + eps)`), a larger step while v is small. The two agree exactly when
 * TensorFlow.js' epsilon at step t is Keras' divided by sqrt(1 - beta2^t).
 */
class KerasAdam extends tf.AdamOptimizer {
  private fused?: FusedUpdate | null;
  constructor(
    learningRate: number,
    private readonly kerasEpsilon: number,
  ) {
    super(learningRate, KERAS_ADAM.beta1, KERAS_ADAM.beta2, kerasEpsilon);
  }
  override applyGradients(gradients: Gradients): void {
    const step = this.iterations + 1;
    this.fused ??= FusedUpdate.ifAvailable(OPTIMIZER_KERNELS.adam, 2);
    if (this.fused) {
      const alpha =
        (this.learningRate * Math.sqrt(1 - Math.pow(this.beta2, step))) /
        (1 - Math.pow(this.beta1, step));
      const { beta1, beta2, kerasEpsilon: epsilon } = this;
      this.fused.apply(gradients, { beta1, beta2, epsilon, alpha });
      this.incrementIterations();
      return;
    }
    this.epsilon = this.kerasEpsilon / Math.sqrt(1 - Math.pow(this.beta2, step));
    super.applyGradients(gradients);
  }
  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), epsilon: this.kerasEpsilon };
  }
  override dispose(): void {
    super.dispose();
    this.fused?.dispose();
  }
}

/** TensorFlow.js' RMSprop update is Keras 3's (epsilon inside the square root). */
class KerasRmsprop extends tf.RMSPropOptimizer {
  private fused?: FusedUpdate | null;
  constructor(learningRate: number) {
    const { rho, momentum, epsilon, centered } = KERAS_RMSPROP;
    super(learningRate, rho, momentum, epsilon, centered);
  }
  override applyGradients(gradients: Parameters<tf.RMSPropOptimizer['applyGradients']>[0]): void {
    this.fused ??= FusedUpdate.ifAvailable(OPTIMIZER_KERNELS.rmsprop, 1);
    if (!this.fused) return super.applyGradients(gradients);
    const { learningRate, decay: rho, epsilon } = this;
    this.fused.apply(gradients, { learningRate, rho, epsilon });
    this.incrementIterations();
  }
  override dispose(): void {
    super.dispose();
    this.fused?.dispose();
  }
}

/**
 * TensorFlow.js' momentum accumulates gradients and Keras' accumulates steps (-lr g): the same
 * updates at a constant learning rate.
 */
class KerasMomentum extends tf.MomentumOptimizer {
  private fused?: FusedUpdate | null;
  constructor(
    learningRate: number,
    private readonly mu: number,
  ) {
    super(learningRate, mu);
  }
  override applyGradients(gradients: Gradients): void {
    this.fused ??= FusedUpdate.ifAvailable(OPTIMIZER_KERNELS.momentum, 1);
    if (!this.fused) return super.applyGradients(gradients);
    this.fused.apply(gradients, { learningRate: this.learningRate, momentum: this.mu });
    this.incrementIterations();
  }
  override dispose(): void {
    super.dispose();
    // TensorFlow.js' MomentumOptimizer.dispose forgets its learning-rate scalar (SGDOptimizer's).
    this.c.dispose();
    this.fused?.dispose();
  }
}

export function makeOptimizer(config: TrainingConfig): tf.Optimizer {
  const lr = effectiveLearningRate(config);
  switch (config.optimizer) {
    case 'adam':
      return new KerasAdam(lr, KERAS_ADAM.epsilon);
    case 'rmsprop':
      return new KerasRmsprop(lr);
    case 'sgd':
      return config.momentum > 0 ? new KerasMomentum(lr, config.momentum) : tf.train.sgd(lr);
  }
}
