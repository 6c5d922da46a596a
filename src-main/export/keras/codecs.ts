/**
 * One codec per layer kind: Keras layer config -> our params (import), our params -> the Keras 3
 * config `get_config()` returns (export), keys in Keras' own order.
 */
import { said } from '../../contract/errors.ts';
import type { Activation, LayerKind, LayerParams, Regularizer } from '../../contract/layers.ts';
import { KERAS3_DTYPE, keras3Object, type Json, type JsonObject } from './format.ts';
import { ConfigReader, initializerIs, isNull, isOnes, isValue } from './reader.ts';

interface Codec<K extends LayerKind> {
  read(r: ConfigReader): LayerParams<K>;
  /** The whole Keras 3 layer config. */
  write(params: LayerParams<K>, name: string): JsonObject;
  /** Keras 3 writes `build_config` only for layers that have a `build` step. */
  builds: boolean;
}

const head = (name: string): JsonObject => ({
  name,
  trainable: true,
  dtype: KERAS3_DTYPE as unknown as Json,
});

const initializer = (className: string, config: JsonObject = {}) =>
  keras3Object('keras.initializers', className, config) as unknown as Json;

function writeRegularizer(r: Regularizer | null): Json {
  if (!r) return null;
  const config: JsonObject =
    r.kind === 'l2' ? { l2: r.l2 } : r.kind === 'l1' ? { l1: r.l1 } : { l1: r.l1, l2: r.l2 };
  const className = r.kind === 'l2' ? 'L2' : r.kind === 'l1' ? 'L1' : 'L1L2';
  return keras3Object('keras.regularizers', className, config) as unknown as Json;
}

/** Keras 3 spells swish by its other name. */
const writeActivation = (a: Activation) => (a === 'swish' ? 'silu' : a);

type Weighted = LayerParams<'Dense'> | LayerParams<'Conv2D'>;

/** What Dense and Conv2D share: activation, bias and the three regularizers. */
function readWeighted(r: ConfigReader) {
  return {
    activation: r.activation('linear'),
    useBias: r.bool('use_bias', true),
    kernelRegularizer: r.regularizer('kernel_regularizer'),
    biasRegularizer: r.regularizer('bias_regularizer'),
    activityRegularizer: r.regularizer('activity_regularizer'),
  };
}

function writeWeighted(p: Weighted): JsonObject {
  return {
    activation: writeActivation(p.activation),
    use_bias: p.useBias,
    kernel_initializer: initializer('GlorotUniform', { seed: null }),
    bias_initializer: initializer('Zeros'),
    kernel_regularizer: writeRegularizer(p.kernelRegularizer),
    bias_regularizer: writeRegularizer(p.biasRegularizer),
  };
}

/** Keras 3's Layer.get_config writes activity_regularizer near the top, and only when there is one. */
const activityFirst = (p: Weighted): JsonObject =>
  p.activityRegularizer ? { activity_regularizer: writeRegularizer(p.activityRegularizer) } : {};

function ignoreWeightSettings(r: ConfigReader): void {
  r.ignore(
    'kernel_initializer',
    (v) => v === undefined || initializerIs('GlorotUniform')(v),
    'glorot_uniform',
  );
  r.ignore('bias_initializer', (v) => v === undefined || initializerIs('Zeros')(v), 'zeros');
  // Constraints (max-norm) regularize, and LoRA trains other weights: without them, another model.
  r.needsDefault('kernel_constraint', isNull, said('error_keras_uses_no_constraint'));
  r.needsDefault('bias_constraint', isNull, said('error_keras_uses_no_constraint'));
  r.needsDefault('lora_rank', isNull, said('error_keras_uses_no_lora'));
  r.ignore('lora_alpha', isNull, said('error_keras_uses_no_lora'));
  r.ignore('quantization_config', isNull, said('error_keras_uses_float32_weights'));
}

const ignoreDataFormat = (r: ConfigReader) =>
  r.needsDefault(
    'data_format',
    (v) => isNull(v) || v === 'channels_last',
    said('error_keras_uses_channels_last'),
  );

function readPooling(r: ConfigReader) {
  const poolSize = r.pair('pool_size', [2, 2]);
  const strides = r.pairOrNull('strides');
  const padding = r.padding();
  ignoreDataFormat(r);
  // Keras writes strides=None out as the pool size; keep our "same as pool size".
  const same = strides && strides[0] === poolSize[0] && strides[1] === poolSize[1];
  return { poolSize, strides: same ? null : strides, padding };
}

function writePooling(p: LayerParams<'MaxPooling2D'>, name: string): JsonObject {
  return {
    ...head(name),
    pool_size: p.poolSize,
    padding: p.padding,
    strides: p.strides ?? p.poolSize,
    data_format: 'channels_last',
  };
}

export const CODECS: { [K in LayerKind]: Codec<K> } = {
  Input: {
    read: (r) => {
      const shape =
        r.inputShape('batch_shape', r.raw('batch_shape')) ??
        r.inputShape('batch_input_shape', r.raw('batch_input_shape')) ??
        r.fail('batch_shape', undefined, said('error_keras_expected_input_shape'));
      r.ignore('sparse', (v) => isNull(v) || v === false, said('error_keras_uses_dense_tensors'));
      r.ignore('ragged', (v) => isNull(v) || v === false, said('error_keras_uses_dense_tensors'));
      r.ignore(
        'optional',
        (v) => isNull(v) || v === false,
        said('error_keras_uses_required_input'),
      );
      return { shape };
    },
    write: (p, name) => ({
      batch_shape: [null, ...p.shape],
      dtype: 'float32',
      sparse: false,
      ragged: false,
      name,
    }),
    builds: false,
  },
  Dense: {
    read: (r) => {
      const params = { units: r.int('units', 64), ...readWeighted(r) };
      ignoreWeightSettings(r);
      return params;
    },
    write: (p, name) => ({
      ...head(name),
      ...activityFirst(p),
      units: p.units,
      ...writeWeighted(p),
      kernel_constraint: null,
      bias_constraint: null,
    }),
    builds: true,
  },
  Conv2D: {
    read: (r) => {
      const params = {
        filters: r.int('filters', 32),
        kernelSize: r.pair('kernel_size', [3, 3]),
        strides: r.pair('strides', [1, 1]),
        padding: r.padding(),
        ...readWeighted(r),
      };
      ignoreDataFormat(r);
      r.needsDefault('dilation_rate', isOnes, said('error_keras_uses_dilation_1'));
      r.needsDefault('groups', isValue(1), said('error_keras_uses_groups_1'));
      ignoreWeightSettings(r);
      return params;
    },
    write: (p, name) => ({
      ...head(name),
      // Layer.get_config puts a set activity_regularizer here; Conv's own update keeps that place.
      ...activityFirst(p),
      filters: p.filters,
      kernel_size: p.kernelSize,
      strides: p.strides,
      padding: p.padding,
      data_format: 'channels_last',
      dilation_rate: [1, 1],
      groups: 1,
      ...writeWeighted(p),
      activity_regularizer: writeRegularizer(p.activityRegularizer),
      kernel_constraint: null,
      bias_constraint: null,
    }),
    builds: true,
  },
  MaxPooling2D: { read: readPooling, write: writePooling, builds: false },
  AveragePooling2D: { read: readPooling, write: writePooling, builds: false },
  GlobalAveragePooling2D: {
    read: (r) => {
      ignoreDataFormat(r);
      r.needsDefault(
        'keepdims',
        (v) => isNull(v) || v === false,
        said('error_keras_uses_keepdims'),
      );
      return {};
    },
    write: (_p, name) => ({ ...head(name), data_format: 'channels_last', keepdims: false }),
    builds: false,
  },
  Flatten: {
    read: (r) => {
      ignoreDataFormat(r);
      return {};
    },
    write: (_p, name) => ({ ...head(name), data_format: 'channels_last' }),
    builds: true,
  },
  Reshape: {
    read: (r) => ({ targetShape: r.intList('target_shape', [28, 28, 1]) }),
    write: (p, name) => ({ ...head(name), target_shape: p.targetShape }),
    builds: false,
  },
  Dropout: {
    read: (r) => {
      const rate = r.float('rate', 0.5);
      r.needsDefault('noise_shape', isNull, said('error_keras_uses_one_mask'));
      r.ignore('seed', isNull, said('error_keras_uses_no_seed'));
      return { rate };
    },
    write: (p, name) => ({ ...head(name), rate: p.rate, seed: null, noise_shape: null }),
    builds: false,
  },
  BatchNormalization: {
    read: (r) => {
      r.axis = r.raw('axis');
      const params = {
        momentum: r.float('momentum', 0.99),
        epsilon: r.float('epsilon', 0.001),
        center: r.bool('center', true),
        scale: r.bool('scale', true),
      };
      for (const [key, init] of [
        ['beta', 'Zeros'],
        ['gamma', 'Ones'],
        ['moving_mean', 'Zeros'],
        ['moving_variance', 'Ones'],
      ])
        r.ignore(
          `${key}_initializer`,
          (v) => v === undefined || initializerIs(init)(v),
          init.toLowerCase(),
        );
      for (const key of [
        'beta_regularizer',
        'gamma_regularizer',
        'beta_constraint',
        'gamma_constraint',
      ])
        r.needsDefault(key, isNull, said('error_keras_uses_none'));
      r.ignore(
        'synchronized',
        (v) => isNull(v) || v === false,
        said('error_keras_uses_unsynchronized'),
      );
      r.needsDefault('renorm', (v) => isNull(v) || v === false, said('error_keras_uses_no_renorm'));
      r.needsDefault('renorm_clipping', isNull, said('error_keras_uses_no_renorm'));
      r.ignore('renorm_momentum', () => true, '');
      r.ignore('fused', () => true, ''); // a speed switch, same numbers either way
      r.needsDefault('virtual_batch_size', isNull, said('error_keras_uses_whole_batch'));
      r.needsDefault('adjustment', isNull, said('error_keras_uses_no_adjustment'));
      return params;
    },
    write: (p, name) => ({
      ...head(name),
      axis: -1,
      momentum: p.momentum,
      epsilon: p.epsilon,
      center: p.center,
      scale: p.scale,
      beta_initializer: initializer('Zeros'),
      gamma_initializer: initializer('Ones'),
      moving_mean_initializer: initializer('Zeros'),
      moving_variance_initializer: initializer('Ones'),
      beta_regularizer: null,
      gamma_regularizer: null,
      beta_constraint: null,
      gamma_constraint: null,
      synchronized: false,
    }),
    builds: true,
  },
  Activation: {
    read: (r) => ({ activation: r.activation('relu') }),
    write: (p, name) => ({ ...head(name), activation: writeActivation(p.activation) }),
    builds: false,
  },
  Add: {
    read: () => ({}),
    write: (_p, name) => head(name),
    builds: true,
  },
  Concatenate: {
    read: (r) => ({ axis: r.int('axis', -1) }),
    write: (p, name) => ({ ...head(name), axis: p.axis }),
    builds: true,
  },
};
