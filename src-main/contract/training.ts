/**
 * Training configuration, with Keras' names (as values students see) and Keras' defaults.
 */
import { z } from 'zod';

export const OPTIMIZERS = ['adam', 'rmsprop', 'sgd'] as const;
export type OptimizerName = (typeof OPTIMIZERS)[number];

/** Keras' default learning rates: Adam and RMSprop 0.001, SGD 0.01. */
export const DEFAULT_LEARNING_RATE: Record<OptimizerName, number> = {
  adam: 0.001,
  rmsprop: 0.001,
  sgd: 0.01,
};

/** The Keras class of each optimizer (`keras.optimizers.RMSprop`), for files and code it reads and writes. */
export const KERAS_OPTIMIZER_CLASS: Record<OptimizerName, string> = {
  adam: 'Adam',
  rmsprop: 'RMSprop',
  sgd: 'SGD',
};

export const LOSSES = [
  'sparse_categorical_crossentropy',
  'categorical_crossentropy',
  'binary_crossentropy',
] as const;
export type LossName = (typeof LOSSES)[number];

/** The Keras class of each loss (`keras.losses.CategoricalCrossentropy`). */
export const KERAS_LOSS_CLASS: Record<LossName, string> = {
  sparse_categorical_crossentropy: 'SparseCategoricalCrossentropy',
  categorical_crossentropy: 'CategoricalCrossentropy',
  binary_crossentropy: 'BinaryCrossentropy',
};

export const MONITORS = ['val_loss', 'val_accuracy', 'loss', 'accuracy'] as const;
export type Monitor = (typeof MONITORS)[number];

export const EarlyStoppingSchema = z.object({
  monitor: z.enum(MONITORS).default('val_loss'),
  patience: z.number().int().min(0).default(0),
  minDelta: z.number().min(0).default(0),
  restoreBestWeights: z.boolean().default(false),
});
export type EarlyStopping = z.infer<typeof EarlyStoppingSchema>;

/** Keras' ImageDataGenerator settings that the engine applies on the fly, each epoch. */
export const FILL_MODES = ['nearest', 'constant', 'reflect', 'wrap'] as const;

export const AugmentationSchema = z.object({
  /** Degrees, random in [-r, r]. */
  rotationRange: z.number().min(0).max(180).default(0),
  /** Fraction of the width (< 1) or pixels (>= 1), as in Keras. */
  widthShiftRange: z.number().min(0).default(0),
  heightShiftRange: z.number().min(0).default(0),
  /** Shear angle in degrees, counter-clockwise. */
  shearRange: z.number().min(0).max(90).default(0),
  /** Zoom in [1 - z, 1 + z]. */
  zoomRange: z.number().min(0).max(0.99).default(0),
  horizontalFlip: z.boolean().default(false),
  verticalFlip: z.boolean().default(false),
  /** How points outside the image are filled, as scipy.ndimage's modes (Keras' `fill_mode`). */
  fillMode: z.enum(FILL_MODES).default('nearest'),
  /** The value 'constant' fills with (Keras' `cval`), in the units the model sees. */
  cval: z.number().min(-1e6).max(1e6).default(0),
});
export type Augmentation = z.infer<typeof AugmentationSchema>;

export const ValidationSchema = z.union([
  z.object({ kind: z.literal('split'), fraction: z.number().gt(0).lt(1) }),
  z.object({ kind: z.literal('test') }),
  z.object({ kind: z.literal('none') }),
  /** One fold of k-fold cross-validation over the training data (what a grid's trials train). */
  z.object({
    kind: z.literal('kfold'),
    folds: z.number().int().min(2).max(20),
    fold: z.number().int().min(0),
    stratified: z.boolean().default(true),
    seed: z.number().int().min(0).default(0),
  }),
]);
export type Validation = z.infer<typeof ValidationSchema>;

export const TrainingConfigSchema = z.object({
  optimizer: z.enum(OPTIMIZERS).default('adam'),
  /** Null means the optimizer's Keras default. */
  learningRate: z.number().gt(0).max(10).nullable().default(null),
  /** SGD momentum (Keras default 0). */
  momentum: z.number().min(0).lt(1).default(0),
  loss: z.enum(LOSSES).default('sparse_categorical_crossentropy'),
  labelSmoothing: z.number().min(0).lt(1).default(0),
  batchSize: z.number().int().min(1).max(65536).default(32),
  // Keras' fit() default; every template sets its own.
  epochs: z.number().int().min(1).max(10000).default(1),
  /** Keras' validation_split takes the last fraction of the training data, before shuffling. */
  validation: ValidationSchema.default({ kind: 'test' }),
  earlyStopping: EarlyStoppingSchema.nullable().default(null),
  augmentation: AugmentationSchema.nullable().default(null),
  /** Train on only the first N training examples (after any split), as in the capacity labs. */
  trainSubset: z.number().int().min(1).nullable().default(null),
  /** Shuffle the training labels once: the memorization experiment. */
  shuffleLabels: z.boolean().default(false),
  /** Makes a CPU run reproducible: initial weights, shuffling, dropout and augmentation. */
  seed: z.number().int().min(0).nullable().default(null),
  /** Shuffle the training examples every epoch (Keras' fit default). */
  shuffle: z.boolean().default(true),
});
export type TrainingConfig = z.infer<typeof TrainingConfigSchema>;
export type TrainingConfigInput = z.input<typeof TrainingConfigSchema>;

export const defaultTrainingConfig = (): TrainingConfig => TrainingConfigSchema.parse({});

export function effectiveLearningRate(config: TrainingConfig): number {
  return config.learningRate ?? DEFAULT_LEARNING_RATE[config.optimizer];
}

/**
 * Metrics of one epoch, keyed as Keras names them. `loss` includes the regularization penalties, as
 * in Keras; `regularization_loss` is that part alone (the mean over the epoch's batches).
 */
export interface EpochMetrics {
  epoch: number;
  loss: number;
  accuracy: number;
  val_loss?: number;
  val_accuracy?: number;
  regularization_loss: number;
  seconds: number;
}
