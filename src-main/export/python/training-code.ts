/**
 * The training part of the script: augmentation layers, compile (optimizer object, loss, accuracy),
 * callbacks and the plot of the curves.
 */
import type { Augmentation, TrainingConfig } from '../../contract/training.ts';
import { effectiveLearningRate, KERAS_OPTIMIZER_CLASS } from '../../contract/training.ts';
import { pyCall, pyFloat, pyNum, pyStr, pyTuple } from './py.ts';

/** `keras.optimizers.RMSprop(learning_rate=0.001)`, with SGD's momentum when it has one. */
export function optimizerCode(config: TrainingConfig): string {
  const args = [`learning_rate=${pyFloat(effectiveLearningRate(config))}`];
  if (config.optimizer === 'sgd' && config.momentum > 0)
    args.push(`momentum=${pyFloat(config.momentum)}`);
  return `keras.optimizers.${KERAS_OPTIMIZER_CLASS[config.optimizer]}(${args.join(', ')})`;
}

/**
 * The loss, and whether the labels must be one-hot. Keras' SparseCategoricalCrossentropy has no
 * label smoothing, so a smoothed sparse loss becomes the categorical one on one-hot labels (which is
 * what LayerLab computes: it smooths one-hot targets).
 */
export function lossCode(config: TrainingConfig): { code: string; oneHot: boolean } {
  const ls = config.labelSmoothing;
  switch (config.loss) {
    case 'binary_crossentropy':
      return {
        code:
          ls > 0
            ? `keras.losses.BinaryCrossentropy(label_smoothing=${pyFloat(ls)})`
            : '"binary_crossentropy"',
        oneHot: false,
      };
    case 'categorical_crossentropy':
      return {
        code:
          ls > 0
            ? `keras.losses.CategoricalCrossentropy(label_smoothing=${pyFloat(ls)})`
            : '"categorical_crossentropy"',
        oneHot: true,
      };
    case 'sparse_categorical_crossentropy':
      return ls > 0
        ? {
            code: `keras.losses.CategoricalCrossentropy(label_smoothing=${pyFloat(ls)})`,
            oneHot: true,
          }
        : { code: '"sparse_categorical_crossentropy"', oneHot: false };
  }
}

/** `keras.callbacks.EarlyStopping(...)`, or null without early stopping. */
export function earlyStoppingCode(config: TrainingConfig): string | null {
  const es = config.earlyStopping;
  if (!es) return null;
  const args = [`monitor=${pyStr(es.monitor)}`];
  if (es.patience) args.push(`patience=${pyNum(es.patience)}`);
  if (es.minDelta) args.push(`min_delta=${pyNum(es.minDelta)}`);
  if (es.restoreBestWeights) args.push('restore_best_weights=True');
  return pyCall('keras.callbacks.EarlyStopping', args);
}

const round = (x: number) => Number(x.toPrecision(4));

/**
 * ImageDataGenerator's settings as Keras 3 preprocessing layers (Keras 3 dropped ImageDataGenerator):
 * `image` is the [height, width, channels] of one image. Each item is a list entry with its comma
 * and a comment in the lab's own units. Empty when nothing is augmented.
 */
export function augmentationLayers(a: Augmentation, image: number[]): string[] {
  const fillValue = a.fillMode === 'constant' && a.cval ? `, fill_value=${pyFloat(a.cval)}` : '';
  const fill = `fill_mode=${pyStr(a.fillMode)}${fillValue}`;
  const [h, w] = image;
  const pixels = (range: number, size: number) => (range < 1 ? range * size : range);
  const shift = (range: number) => (range < 1 ? `${round(range * 100)}%` : `${range} px`);
  const out: string[] = [];
  // Keras' rotation factor is a fraction of a full turn.
  if (a.rotationRange)
    out.push(
      `layers.RandomRotation(${pyNum(round(a.rotationRange / 360))}, ${fill}),  # up to ${a.rotationRange} degrees`,
    );
  // ImageDataGenerator moves images up and down for width_shift_range (a fraction of the width)
  // and sideways for height_shift_range (keras-team/keras#17398); the factors here do the same.
  if (a.widthShiftRange || a.heightShiftRange)
    out.push(
      `layers.RandomTranslation(${pyFloat(round(pixels(a.widthShiftRange, w) / h))}, ${pyFloat(round(pixels(a.heightShiftRange, h) / w))}, ${fill}),  # up to ${shift(a.widthShiftRange)} up/down (width_shift_range) and ${shift(a.heightShiftRange)} sideways (height_shift_range), as ImageDataGenerator moves them`,
    );
  // ImageDataGenerator's shear is an angle; RandomShear's factor is the shear matrix entry.
  if (a.shearRange)
    out.push(
      `layers.RandomShear(x_factor=${pyFloat(round(Math.tan((a.shearRange * Math.PI) / 180)))}, ${fill}),  # up to ${a.shearRange} degrees`,
    );
  // Zoom factors drawn independently for height and width, as ImageDataGenerator does.
  if (a.zoomRange)
    out.push(
      `layers.RandomZoom(${pyFloat(a.zoomRange)}, ${pyFloat(a.zoomRange)}, ${fill}),  # in or out by up to ${round(a.zoomRange * 100)}%`,
    );
  const flip = [a.horizontalFlip && 'horizontal', a.verticalFlip && 'vertical'].filter(Boolean);
  if (flip.length) out.push(`layers.RandomFlip(${pyStr(flip.join('_and_'))}),`);
  return out;
}

/** The augmentation model and the tf.data pipeline that applies it to each training batch. */
export function augmentationCode(
  layerLines: string[],
  modelInput: number[] | null,
  config: TrainingConfig,
): string[] {
  const layersList = [...layerLines];
  if (modelInput)
    layersList.push(`layers.Reshape(${pyTuple(modelInput)}),  # back to the model's input shape`);
  return [
    '# Augmentation: each training batch is transformed anew, every epoch.',
    'augment = keras.Sequential(',
    '    [',
    ...layersList.map((l) => `        ${l}`),
    '    ]',
    ')',
    'train_ds = tf.data.Dataset.from_tensor_slices((x_train, y_train))',
    ...(config.shuffle ? ['train_ds = train_ds.shuffle(len(x_train))'] : []),
    'train_ds = (',
    `    train_ds.batch(${config.batchSize})`,
    '    .map(lambda x, y: (augment(x, training=True), y))',
    '    .prefetch(tf.data.AUTOTUNE)',
    ')',
  ];
}

/** A figure with loss and accuracy per epoch, training and (when there is one) validation. */
export function plotCode(validation: boolean): string[] {
  const curve = (ax: string, key: string, label: string) => [
    `${ax}.plot(epochs, history.history[${pyStr(key)}], "o-", label="Training")`,
    ...(validation
      ? [`${ax}.plot(epochs, history.history[${pyStr('val_' + key)}], "s-", label="Validation")`]
      : []),
    `${ax}.set(xlabel="Epoch", ylabel=${pyStr(label)})`,
    `${ax}.legend()`,
  ];
  return [
    '# The curves: where validation loss turns up while training loss goes on down, it overfits.',
    'epochs = range(1, len(history.history["loss"]) + 1)',
    'fig, (ax_loss, ax_acc) = plt.subplots(1, 2, figsize=(11, 4))',
    ...curve('ax_loss', 'loss', 'Loss'),
    ...curve('ax_acc', 'accuracy', 'Accuracy'),
    'plt.tight_layout()',
    'plt.show()',
  ];
}
