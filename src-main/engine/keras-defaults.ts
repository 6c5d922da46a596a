/**
 * Every default a student could compare with Keras 3, as one table: docs/keras.md shows it
 * (`defaultsTable()`), and test/keras/defaults.test.ts reads each key from the real Keras and from
 * what LayerLab builds and trains with, and checks both against `value`.
 */

export type DefaultValue = number | string | boolean | null | number[];

export interface KerasDefault {
  /** The key both sides of the check report a value under. */
  key: string;
  setting: string;
  /** What both must equal; absent when the check compares numbers computed by both. */
  value?: DefaultValue;
  keras: string;
  layerlab: string;
  check: string;
}

const SAME = 'the same';

export const KERAS_DEFAULTS: KerasDefault[] = [
  {
    key: 'dense.kernel_initializer',
    setting: 'Dense kernel initializer',
    value: 'GlorotUniform',
    keras: '`glorot_uniform`',
    layerlab: "`glorot_uniform`, set explicitly (TensorFlow.js' default is glorot_normal)",
    check: 'the built layer’s config',
  },
  {
    key: 'dense.kernel_values',
    setting: 'Dense kernel values (784 → 512)',
    keras: 'uniform in ±√(6 / (fan_in + fan_out))',
    layerlab: SAME,
    check:
      'max \\|w\\| at the limit and not over it; share of \\|w\\| under half the limit (½ for a uniform)',
  },
  {
    key: 'dense.bias_initializer',
    setting: 'Dense bias initializer',
    value: 'Zeros',
    keras: '`zeros`',
    layerlab: SAME,
    check: 'the built layer’s config; every bias is 0',
  },
  {
    key: 'conv2d.kernel_initializer',
    setting: 'Conv2D kernel initializer',
    value: 'GlorotUniform',
    keras: '`glorot_uniform` (fans × kernel area)',
    layerlab: '`glorot_uniform`, set explicitly',
    check: 'the built layer’s config; max \\|w\\| of a 3×3×32×64 kernel',
  },
  {
    key: 'conv2d.bias_initializer',
    setting: 'Conv2D bias initializer',
    value: 'Zeros',
    keras: '`zeros`',
    layerlab: SAME,
    check: 'the built layer’s config',
  },
  {
    key: 'layers.params',
    setting: 'Layer settings (strides, padding, pool size, use_bias, activation, axis...)',
    value: [],
    keras: 'the class defaults',
    layerlab: 'the catalog defaults (`src-main/contract/layers.ts`)',
    check: 'every catalog default against `get_config()`; lists the ones that differ (none)',
  },
  {
    key: 'batchnorm.momentum',
    setting: 'BatchNormalization momentum',
    value: 0.99,
    keras: '0.99',
    layerlab: SAME,
    check: 'the built layer’s config',
  },
  {
    key: 'batchnorm.epsilon',
    setting: 'BatchNormalization epsilon',
    value: 0.001,
    keras: '0.001',
    layerlab: SAME,
    check: 'the built layer’s config',
  },
  {
    key: 'batchnorm.initializers',
    setting: 'BatchNormalization gamma, beta, moving mean, moving variance',
    value: 'Ones Zeros Zeros Ones',
    keras: 'ones, zeros, zeros, ones',
    layerlab: 'the same, set explicitly',
    check: 'the built layer’s config',
  },
  {
    key: 'dropout.training',
    setting: 'Dropout(0.5) while training, on ones',
    value: [0, 2],
    keras: 'zeroes a fraction `rate`, scales the rest by 1 / (1 − rate)',
    layerlab: SAME,
    check: 'the distinct outputs',
  },
  {
    key: 'dropout.inference',
    setting: 'Dropout(0.5) at inference (evaluate, predict)',
    value: [1],
    keras: 'passes its input through',
    layerlab: SAME,
    check: 'the distinct outputs',
  },
  {
    key: 'activation.hard_sigmoid',
    setting: 'hard_sigmoid',
    value: [0, 0, 1 / 3, 0.5, 2 / 3, 11 / 12, 1, 1],
    keras: '`relu6(x + 3) / 6`',
    layerlab:
      "the same (TensorFlow.js' hardSigmoid is Keras 2's `0.2 x + 0.5`: LayerLab scales its input by 5/6 first); ONNX: HardSigmoid(alpha 1/6)",
    check: 'values at −4, −3, −1, 0, 1, 2.5, 3, 4',
  },
  {
    key: 'adam.learning_rate',
    setting: 'Adam learning rate',
    value: 0.001,
    keras: '0.001',
    layerlab: SAME,
    check: 'the optimizer the trainer makes',
  },
  {
    key: 'adam.betas',
    setting: 'Adam beta_1, beta_2',
    value: [0.9, 0.999],
    keras: '0.9, 0.999',
    layerlab: SAME,
    check: 'the optimizer the trainer makes',
  },
  {
    key: 'adam.epsilon',
    setting: 'Adam epsilon',
    value: 1e-7,
    keras: '1e-7, added to √v before the bias correction',
    layerlab:
      "the same (TensorFlow.js adds it after the correction: LayerLab rescales it each step to Keras')",
    check: 'the optimizer’s config; 5 steps on the same tiny and large gradients',
  },
  {
    key: 'adam.steps',
    setting: 'Adam updates',
    keras: 'keras/src/optimizers/adam.py',
    layerlab: SAME,
    check: 'weights after 5 steps, within 1e-5',
  },
  {
    key: 'rmsprop.learning_rate',
    setting: 'RMSprop learning rate',
    value: 0.001,
    keras: '0.001',
    layerlab: SAME,
    check: 'the optimizer the trainer makes',
  },
  {
    key: 'rmsprop.settings',
    setting: 'RMSprop rho, momentum, epsilon, centered',
    value: [0.9, 0, 1e-7, 0],
    keras: '0.9, 0, 1e-7, False',
    layerlab: SAME,
    check: 'the optimizer the trainer makes; weights after 5 steps',
  },
  {
    key: 'rmsprop.steps',
    setting: 'RMSprop updates',
    keras: 'keras/src/optimizers/rmsprop.py',
    layerlab: SAME,
    check: 'weights after 5 steps, within 1e-5',
  },
  {
    key: 'sgd.learning_rate',
    setting: 'SGD learning rate',
    value: 0.01,
    keras: '0.01',
    layerlab: SAME,
    check: 'the optimizer the trainer makes',
  },
  {
    key: 'sgd.momentum',
    setting: 'SGD momentum, nesterov',
    value: [0, 0],
    keras: '0, False',
    layerlab: 'the same (no Nesterov setting)',
    check: 'the training settings’ default; the optimizer made',
  },
  {
    key: 'sgd.steps',
    setting: 'SGD updates with momentum 0.9',
    keras: 'keras/src/optimizers/sgd.py',
    layerlab:
      "the same (TensorFlow.js' momentum sums gradients, Keras' steps: equal at a fixed rate)",
    check: 'weights after 5 steps, within 1e-5',
  },
  {
    key: 'regularizer.l2',
    setting: "Regularizer factor of `'l2'`, `'l1'`, `L2()`, `L1()`",
    value: [0.01, 0.01, 0.01, 0.01],
    keras: "0.01 (`L1L2()` is 0 and 0, and `'l1_l2'` is no name Keras 3 knows)",
    layerlab: 'the same; l1l2 starts at 0.01 and 0.01, always written out',
    check: 'the factor; the penalty of one tensor',
  },
  {
    key: 'losses.values',
    setting: 'Cross-entropies (sparse, categorical, binary; with label smoothing 0.1)',
    keras: 'probabilities clipped to [1e-7, 1 − 1e-7], mean over the batch (`sum_over_batch_size`)',
    layerlab: SAME,
    check: 'the losses of the same labels and predictions (some 0 and 1), within 1e-5',
  },
  {
    key: 'losses.sparse_label_smoothing',
    setting: 'Label smoothing with integer labels',
    keras:
      '`SparseCategoricalCrossentropy` has no `label_smoothing`; `CategoricalCrossentropy(label_smoothing=...)` on `to_categorical` labels',
    layerlab:
      'smooths the one-hot labels as the latter does; the Python script writes it so, a `.keras` file keeps the plain sparse loss',
    check: "the loss equals Keras' categorical one on one-hot labels",
  },
  {
    key: 'early_stopping.defaults',
    setting: 'EarlyStopping monitor, patience, min_delta, restore_best_weights',
    value: 'val_loss 0 0 false',
    keras: "`'val_loss'`, 0, 0, False",
    layerlab: SAME,
    check: 'the training settings’ defaults',
  },
  {
    key: 'early_stopping.mode',
    setting: 'EarlyStopping mode, baseline, start_from_epoch',
    value: 'auto None 0',
    keras: "`'auto'` (accuracy up, losses down), None, 0",
    layerlab: 'the same, not settable',
    check: "Keras' defaults; the runs below",
  },
  {
    key: 'early_stopping.runs',
    setting: 'When EarlyStopping stops, and which weights it keeps',
    keras:
      'waits `patience` epochs without an improvement of more than `min_delta`; never after the first epoch; with restore_best_weights, the best epoch’s weights at the end of training, stopped early or not',
    layerlab: SAME,
    check: "Keras' callback and LayerLab's on the same 6 series of values",
  },
  {
    key: 'fit.validation_split',
    setting: '`validation_split`',
    keras: 'rows from `floor(n × (1 − split))` on: the last ones, before any shuffling',
    layerlab: SAME,
    check: 'which rows validate, from `fit` on rows that are their own index',
  },
  {
    key: 'fit.batch_size',
    setting: '`fit` batch size',
    value: 32,
    keras: '32',
    layerlab: SAME,
    check: 'steps of one epoch in Keras; the training settings’ default',
  },
  {
    key: 'fit.epochs',
    setting: '`fit` epochs',
    value: 1,
    keras: '1',
    layerlab: '1 (every template sets its own)',
    check: "epochs of a `fit` in Keras; the training settings' default",
  },
  {
    key: 'fit.shuffle',
    setting: '`fit` shuffle',
    value: true,
    keras: 'True: the training rows in a new order every epoch',
    layerlab: SAME,
    check: 'the signature’s default; the training settings’ default',
  },
];

/** The Markdown table of docs/keras.md's "Defaults, number for number". */
export function defaultsTable(): string {
  const rows = KERAS_DEFAULTS.map(
    (d) => `| ${d.setting} | ${d.keras} | ${d.layerlab} | ${d.check} |`,
  );
  return [
    '| setting | Keras 3 | LayerLab | how it is checked |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
