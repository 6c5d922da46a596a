/**
 * The one layer catalog. Every layer kind the engine supports is an entry here, and this table drives
 * the palette, the inspector form, the schema, shape inference, the model builder and the Keras
 * converter. Parameter names are our own camelCase; their defaults are Keras' defaults.
 *
 * Pure data and pure functions: imported by the renderer as well as the main side.
 */

/** Activations by their Keras names (`keras.activations`). */
export const ACTIVATIONS = [
  'linear',
  'relu',
  'sigmoid',
  'softmax',
  'tanh',
  'elu',
  'selu',
  'softplus',
  'softsign',
  'swish',
  'gelu',
  'relu6',
  'hard_sigmoid',
] as const;
export type Activation = (typeof ACTIVATIONS)[number];

export const REGULARIZER_KINDS = ['l1', 'l2', 'l1l2'] as const;
export type RegularizerKind = (typeof REGULARIZER_KINDS)[number];

/**
 * A weight or activity regularizer. Keras 3's string shortcuts `'l1'` and `'l2'` mean a factor of
 * 0.01, and so do our defaults (its `'l1l2'` means 0 and 0; `'l1_l2'` is not a name it knows).
 */
export interface Regularizer {
  kind: RegularizerKind;
  l1: number;
  l2: number;
}
export const REGULARIZER_DEFAULT_FACTOR = 0.01;

export function regularizer(
  kind: RegularizerKind,
  factor = REGULARIZER_DEFAULT_FACTOR,
): Regularizer {
  return {
    kind,
    l1: kind === 'l2' ? 0 : factor,
    l2: kind === 'l1' ? 0 : factor,
  };
}

interface ParamBase {
  label: string;
  help?: string;
}
export interface IntParam extends ParamBase {
  type: 'int';
  default: number;
  min: number;
  max?: number;
}
export interface FloatParam extends ParamBase {
  type: 'float';
  default: number;
  min: number;
  max?: number;
  /** True when `max` itself is not allowed (a dropout rate of 1 drops everything). */
  maxExclusive?: boolean;
  step?: number;
}
export interface EnumParam<T extends string = string> extends ParamBase {
  type: 'enum';
  options: readonly T[];
  default: T;
}
export interface BoolParam extends ParamBase {
  type: 'bool';
  default: boolean;
}
/** A list of positive sizes (an input shape, a Reshape target; -1 once in a Reshape). */
export interface ShapeParam extends ParamBase {
  type: 'shape';
  default: number[];
  allowInfer?: boolean;
}
/** Two positive integers (kernel size, strides, pool size); `nullable` when null means "same as". */
export interface PairParam extends ParamBase {
  type: 'pair';
  default: [number, number] | null;
  nullable?: boolean;
}
export interface RegularizerParam extends ParamBase {
  type: 'regularizer';
  default: null;
}
export type ParamSpec =
  IntParam | FloatParam | EnumParam | BoolParam | ShapeParam | PairParam | RegularizerParam;

export type ParamValue<S> = S extends IntParam | FloatParam
  ? number
  : S extends EnumParam<infer T>
    ? T
    : S extends BoolParam
      ? boolean
      : S extends ShapeParam
        ? number[]
        : S extends PairParam
          ? [number, number] | (S['nullable'] extends true ? null : never)
          : S extends RegularizerParam
            ? Regularizer | null
            : never;

const activation = (d: Activation, help?: string): EnumParam<Activation> => ({
  type: 'enum',
  label: 'activation',
  options: ACTIVATIONS,
  default: d,
  help,
});
const reg = (label: string, help: string): RegularizerParam => ({
  type: 'regularizer',
  label,
  default: null,
  help,
});
const weightRegularizers = {
  kernelRegularizer: reg('kernel regularizer', 'Penalty on the weights, added to the loss.'),
  biasRegularizer: reg('bias regularizer', 'Penalty on the biases, added to the loss.'),
  activityRegularizer: reg(
    'activity regularizer',
    'Penalty on the layer output, added to the loss.',
  ),
};
const padding: EnumParam<'valid' | 'same'> = {
  type: 'enum',
  label: 'padding',
  options: ['valid', 'same'],
  default: 'valid',
};

const poolParams = {
  poolSize: { type: 'pair', label: 'pool size', default: [2, 2] },
  strides: {
    type: 'pair',
    label: 'strides',
    default: null,
    nullable: true,
    help: 'Empty means the pool size, as in Keras.',
  },
  padding,
} as const satisfies Record<string, ParamSpec>;

export type LayerCategory =
  'input' | 'core' | 'convolution' | 'pooling' | 'regularization' | 'merge';

export interface LayerSpec {
  category: LayerCategory;
  /** One sentence for the palette tooltip. */
  summary: string;
  /** The Keras class this kind maps to. */
  kerasClass: string;
  /** How many inputs: exactly `min` when `min === max`; merges take 2 or more. */
  inputs: { min: number; max: number };
  params: Record<string, ParamSpec>;
}

export const LAYERS = {
  Input: {
    category: 'input',
    summary: 'Where the data enters: the shape of one example, without the batch.',
    kerasClass: 'InputLayer',
    inputs: { min: 0, max: 0 },
    params: {
      shape: { type: 'shape', label: 'shape', default: [28, 28, 1], help: 'Shape of one example.' },
    },
  },
  Dense: {
    category: 'core',
    summary: 'Fully connected layer: every output sees every input.',
    kerasClass: 'Dense',
    inputs: { min: 1, max: 1 },
    params: {
      units: { type: 'int', label: 'units', default: 64, min: 1, max: 65536 },
      activation: activation('linear'),
      useBias: { type: 'bool', label: 'use bias', default: true },
      ...weightRegularizers,
    },
  },
  Conv2D: {
    category: 'convolution',
    summary: 'Slides small filters over an image and learns local patterns.',
    kerasClass: 'Conv2D',
    inputs: { min: 1, max: 1 },
    params: {
      filters: { type: 'int', label: 'filters', default: 32, min: 1, max: 4096 },
      kernelSize: { type: 'pair', label: 'kernel size', default: [3, 3] },
      strides: { type: 'pair', label: 'strides', default: [1, 1] },
      padding,
      activation: activation('linear'),
      useBias: { type: 'bool', label: 'use bias', default: true },
      ...weightRegularizers,
    },
  },
  MaxPooling2D: {
    category: 'pooling',
    summary: 'Keeps the largest value of each window: halves the image with the default 2x2.',
    kerasClass: 'MaxPooling2D',
    inputs: { min: 1, max: 1 },
    params: poolParams,
  },
  AveragePooling2D: {
    category: 'pooling',
    summary: 'Averages each window: halves the image with the default 2x2.',
    kerasClass: 'AveragePooling2D',
    inputs: { min: 1, max: 1 },
    params: poolParams,
  },
  GlobalAveragePooling2D: {
    category: 'pooling',
    summary: 'Averages each channel over the whole image: [h, w, c] becomes [c].',
    kerasClass: 'GlobalAveragePooling2D',
    inputs: { min: 1, max: 1 },
    params: {},
  },
  Flatten: {
    category: 'core',
    summary: 'Lays an image out as one long vector, for Dense layers.',
    kerasClass: 'Flatten',
    inputs: { min: 1, max: 1 },
    params: {},
  },
  Reshape: {
    category: 'core',
    summary: 'Gives the same numbers a new shape; one size may be -1 (inferred).',
    kerasClass: 'Reshape',
    inputs: { min: 1, max: 1 },
    params: {
      targetShape: {
        type: 'shape',
        label: 'target shape',
        default: [28, 28, 1],
        allowInfer: true,
      },
    },
  },
  Dropout: {
    category: 'regularization',
    summary: 'During training, zeroes a random fraction of its inputs; does nothing at test time.',
    kerasClass: 'Dropout',
    inputs: { min: 1, max: 1 },
    params: {
      rate: {
        type: 'float',
        label: 'rate',
        default: 0.5,
        min: 0,
        max: 1,
        maxExclusive: true,
        step: 0.05,
        help: 'Fraction of the inputs to drop, from 0 up to (not including) 1.',
      },
    },
  },
  BatchNormalization: {
    category: 'regularization',
    summary: 'Normalizes each feature over the batch, then learns a scale and an offset.',
    kerasClass: 'BatchNormalization',
    inputs: { min: 1, max: 1 },
    params: {
      momentum: { type: 'float', label: 'momentum', default: 0.99, min: 0, max: 1, step: 0.01 },
      epsilon: { type: 'float', label: 'epsilon', default: 0.001, min: 0, step: 0.001 },
      center: { type: 'bool', label: 'center (beta)', default: true },
      scale: { type: 'bool', label: 'scale (gamma)', default: true },
    },
  },
  Activation: {
    category: 'core',
    summary: 'Applies an activation function on its own.',
    kerasClass: 'Activation',
    inputs: { min: 1, max: 1 },
    params: { activation: activation('relu') },
  },
  Add: {
    category: 'merge',
    summary: 'Adds two or more tensors of the same shape (residual connections).',
    kerasClass: 'Add',
    inputs: { min: 2, max: 16 },
    params: {},
  },
  Concatenate: {
    category: 'merge',
    summary: 'Joins two or more tensors along an axis (the last by default).',
    kerasClass: 'Concatenate',
    inputs: { min: 2, max: 16 },
    params: {
      axis: { type: 'int', label: 'axis', default: -1, min: -8, max: 8 },
    },
  },
} as const satisfies Record<string, LayerSpec>;

export type LayerKind = keyof typeof LAYERS;
export const LAYER_KINDS = Object.keys(LAYERS) as LayerKind[];

export type LayerParams<K extends LayerKind> = {
  -readonly [P in keyof (typeof LAYERS)[K]['params']]: ParamValue<(typeof LAYERS)[K]['params'][P]>;
};

export function isLayerKind(value: unknown): value is LayerKind {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(LAYERS, value);
}

/** The default parameters of a kind, as fresh objects the caller may change. */
export function defaultParams<K extends LayerKind>(kind: K): LayerParams<K> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(LAYERS[kind].params as Record<string, ParamSpec>)) {
    out[name] = Array.isArray(spec.default) ? [...spec.default] : spec.default;
  }
  return out as LayerParams<K>;
}

/** Keras' snake_case base name for auto-naming layers (`dense`, `dense_1`, ...). */
export function baseName(kind: LayerKind): string {
  return LAYERS[kind].kerasClass
    .replace(/InputLayer/, 'input')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/2_D/, '2d')
    .toLowerCase();
}
