/**
 * The lab's training settings as Keras saves a compiled model's: `compile_config` in a `.keras` file's
 * config.json, `training_config` in a legacy `.h5` file, and the optimizer variables Keras expects to
 * find next to the weights (so `load_model` restores a built optimizer without a warning).
 */
import {
  effectiveLearningRate,
  KERAS_LOSS_CLASS,
  KERAS_OPTIMIZER_CLASS,
  type TrainingConfig,
} from '../../contract/training.ts';
import type { Json, JsonObject } from '../keras/format.ts';
import type { KerasLayout } from './layout.ts';

/** What every Keras 3 optimizer's `get_config` starts with. */
const BASE = (name: string, learningRate: number): JsonObject => ({
  name,
  learning_rate: learningRate,
  weight_decay: null,
  clipnorm: null,
  global_clipnorm: null,
  clipvalue: null,
  use_ema: false,
  ema_momentum: 0.99,
  ema_overwrite_frequency: null,
  loss_scale_factor: null,
  gradient_accumulation_steps: null,
});

/** The optimizer the trainer made (src-main/engine/trainer.ts `makeOptimizer`), as Keras names it. */
export function kerasOptimizer(t: TrainingConfig): { class_name: string; config: JsonObject } {
  const lr = effectiveLearningRate(t);
  switch (t.optimizer) {
    case 'adam':
      return {
        class_name: KERAS_OPTIMIZER_CLASS.adam,
        config: { ...BASE('adam', lr), beta_1: 0.9, beta_2: 0.999, epsilon: 1e-7, amsgrad: false },
      };
    case 'rmsprop':
      return {
        class_name: KERAS_OPTIMIZER_CLASS.rmsprop,
        config: { ...BASE('rm_sprop', lr), rho: 0.9, momentum: 0, epsilon: 1e-7, centered: false },
      };
    case 'sgd':
      return {
        class_name: KERAS_OPTIMIZER_CLASS.sgd,
        config: { ...BASE('sgd', lr), momentum: t.momentum, nesterov: false },
      };
  }
}

/**
 * The loss by name, or as an object when it smooths labels. Keras' sparse categorical cross-entropy
 * has no label smoothing: that loss is written plainly (docs/keras.md says so).
 */
function kerasLoss(t: TrainingConfig): Json {
  if (t.labelSmoothing === 0 || t.loss === 'sparse_categorical_crossentropy') return t.loss;
  return {
    module: 'keras.losses',
    class_name: KERAS_LOSS_CLASS[t.loss],
    config: {
      name: t.loss,
      reduction: 'sum_over_batch_size',
      from_logits: false,
      label_smoothing: t.labelSmoothing,
      axis: -1,
    },
    registered_name: null,
  };
}

const COMPILE_TAIL: JsonObject = {
  weighted_metrics: null,
  run_eagerly: false,
  steps_per_execution: 1,
  jit_compile: false,
};

/** `compile_config` of a Keras 3 config.json. */
export function compileConfig(t: TrainingConfig): JsonObject {
  const optimizer = kerasOptimizer(t);
  return {
    optimizer: { module: 'keras.optimizers', ...optimizer, registered_name: null },
    loss: kerasLoss(t),
    loss_weights: null,
    metrics: ['accuracy'],
    ...COMPILE_TAIL,
  };
}

/** The `training_config` attribute of a legacy `.h5` file. */
export function trainingConfig(t: TrainingConfig): JsonObject {
  return {
    loss: kerasLoss(t),
    loss_weights: null,
    metrics: ['accuracy'],
    ...COMPILE_TAIL,
    optimizer_config: kerasOptimizer(t) as unknown as Json,
  };
}

export interface OptimizerVariable {
  shape: number[];
  /** `iteration` is an int64 scalar, every other variable float32. */
  kind: 'iteration' | 'float32';
  value: number;
}

/**
 * The variables of the optimizer once Keras builds it for the model: `iteration`, `learning_rate`,
 * then each trainable weight's slots (Adam: momentum and velocity; SGD with momentum: momentum;
 * RMSprop: velocity), in `model.trainable_variables` order. LayerLab does not keep the optimizer's
 * state, so the slots are zeros and the count zero: continuing in Keras starts a fresh optimizer.
 */
export function optimizerVariables(t: TrainingConfig, layout: KerasLayout): OptimizerVariable[] {
  const slots = t.optimizer === 'adam' ? 2 : t.optimizer === 'rmsprop' ? 1 : t.momentum > 0 ? 1 : 0;
  const vars: OptimizerVariable[] = [
    { shape: [], kind: 'iteration', value: 0 },
    { shape: [], kind: 'float32', value: effectiveLearningRate(t) },
  ];
  for (const layer of layout.layers)
    for (const w of layer.weights)
      if (w.trainable)
        for (let i = 0; i < slots; i++) vars.push({ shape: w.shape, kind: 'float32', value: 0 });
  return vars;
}
