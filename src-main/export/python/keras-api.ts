/**
 * The part of the Keras Python API that course code uses, as tables: canonical paths, layer
 * signatures (positional argument names, as in Keras 3), and Python values turned into the Keras
 * config values that `model.to_json()` would write, so the Keras JSON codecs can read them.
 */
import { LAYERS, LAYER_KINDS, baseName, type LayerKind } from '../../contract/layers.ts';
import type { Json, JsonObject } from '../keras/format.ts';
import { Dict, KerasObject, Ref, type Value } from './values.ts';

/** Spellings of one module, longest first: `tf.keras` reads as `keras` once `tf` is `tensorflow`. */
const PREFIXES: [string, string][] = [
  ['tensorflow.python.keras', 'keras'],
  ['tensorflow.keras', 'keras'],
  ['keras.api._v2.keras', 'keras'],
  ['keras.src', 'keras'],
];

/** Keras areas whose deeper modules hold the same names (`keras.layers.core.Dense`). */
const FLAT_AREAS = new Set([
  'layers',
  'models',
  'regularizers',
  'optimizers',
  'callbacks',
  'losses',
  'initializers',
  'constraints',
  'activations',
  'utils',
  'metrics',
  'preprocessing',
]);

const TOP_LEVEL: Record<string, string> = {
  'keras.Sequential': 'keras.models.Sequential',
  'keras.Model': 'keras.models.Model',
  'keras.Input': 'keras.layers.Input',
};

/** `tensorflow.keras.layers.core.Dense` -> `keras.layers.Dense`. */
export function canonical(path: string): string {
  for (const [from, to] of PREFIXES)
    if (path === from || path.startsWith(`${from}.`)) {
      path = to + path.slice(from.length);
      break;
    }
  const parts = path.split('.');
  if (parts[0] === 'keras' && parts.length > 3 && FLAT_AREAS.has(parts[1]))
    path = `keras.${parts[1]}.${parts[parts.length - 1]}`;
  return TOP_LEVEL[path] ?? path;
}

export const KIND_OF_CLASS = new Map<string, LayerKind>(
  LAYER_KINDS.filter((k) => k !== 'Input').map((k) => [LAYERS[k].kerasClass, k]),
);
// Keras' other names for the same classes.
for (const [alias, kind] of [
  ['Convolution2D', 'Conv2D'],
  ['Conv2d', 'Conv2D'],
  ['MaxPool2D', 'MaxPooling2D'],
  ['AvgPool2D', 'AveragePooling2D'],
  ['GlobalAvgPool2D', 'GlobalAveragePooling2D'],
] as const)
  KIND_OF_CLASS.set(alias, kind);

/** Keras' class for a kind, and the prefix its auto-names start with (`dense`, `max_pooling2d`). */
export const autoNameBase = (kind: LayerKind) => baseName(kind);

/** Activation layers Keras has as classes of their own, with no arguments: as `Activation(...)`. */
export const ACTIVATION_CLASSES: Record<string, { activation: string; base: string }> = {
  ReLU: { activation: 'relu', base: 're_lu' },
  Softmax: { activation: 'softmax', base: 'softmax' },
};

/** Positional argument names of each layer class, as in Keras 3's signatures. */
export const POSITIONAL: Record<string, string[]> = {
  Dense: [
    'units',
    'activation',
    'use_bias',
    'kernel_initializer',
    'bias_initializer',
    'kernel_regularizer',
    'bias_regularizer',
    'activity_regularizer',
  ],
  Conv2D: [
    'filters',
    'kernel_size',
    'strides',
    'padding',
    'data_format',
    'dilation_rate',
    'groups',
    'activation',
    'use_bias',
  ],
  MaxPooling2D: ['pool_size', 'strides', 'padding', 'data_format'],
  AveragePooling2D: ['pool_size', 'strides', 'padding', 'data_format'],
  GlobalAveragePooling2D: ['data_format', 'keepdims'],
  Flatten: ['data_format'],
  Reshape: ['target_shape'],
  Dropout: ['rate', 'noise_shape', 'seed'],
  BatchNormalization: ['axis', 'momentum', 'epsilon', 'center', 'scale'],
  Activation: ['activation'],
  Add: [],
  Concatenate: ['axis'],
  Input: ['shape', 'batch_size', 'dtype', 'sparse', 'batch_shape', 'name'],
  InputLayer: ['shape', 'batch_size', 'dtype', 'sparse', 'batch_shape'],
};

/** Every catalog class, for sentences. */
export const SUPPORTED_LAYERS = LAYER_KINDS.filter((k) => k !== 'Input')
  .map((k) => LAYERS[k].kerasClass)
  .join(', ');

/** Activations written as functions: `tf.nn.relu`, `keras.activations.relu`. */
function activationName(path: string): string | undefined {
  const p = canonical(path);
  for (const area of ['keras.activations.', 'tensorflow.nn.', 'tensorflow.math.'])
    if (p.startsWith(area)) return p.slice(area.length);
  return undefined;
}

const num = (v: Value | undefined): number | undefined => (typeof v === 'number' ? v : undefined);

/**
 * A regularizer object as Keras 3 serializes it; `problem` says what could not be read. Keras 3's
 * defaults: `l1()`/`l2()` 0.01, `l1_l2()`/`L1L2()` 0 each.
 */
export function regularizerJson(o: KerasObject): { json: Json; problem?: string } {
  const name = o.className.toLowerCase().split('_').join('');
  const arg = (key: string, i: number, fallback: number) => {
    const v = o.kwargs.has(key) ? o.kwargs.get(key) : o.args[i];
    return v === undefined ? fallback : num(v);
  };
  const config: JsonObject = {};
  let className: string;
  if (name === 'l1' || name === 'l2') {
    const factor = arg(name, 0, 0.01);
    if (factor === undefined)
      return { json: null, problem: `its factor is not a number LayerLab could read` };
    className = name.toUpperCase();
    config[name] = factor;
  } else if (name === 'l1l2') {
    const l1 = arg('l1', 0, 0);
    const l2 = arg('l2', 1, 0);
    if (l1 === undefined || l2 === undefined)
      return { json: null, problem: `its factors are not numbers LayerLab could read` };
    className = 'L1L2';
    Object.assign(config, { l1, l2 });
  } else className = o.className;
  return { json: { class_name: className, config } };
}

/**
 * A Python value as the Keras config value it stands for; undefined when it cannot be one (a
 * tensor, a value the evaluator did not follow), with the reason.
 */
export function toJson(v: Value): { json?: Json; problem?: string } {
  if (v === null || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean')
    return { json: v };
  if (Array.isArray(v)) {
    const out: Json[] = [];
    for (const item of v) {
      const r = toJson(item);
      if (r.json === undefined) return r;
      out.push(r.json);
    }
    return { json: out };
  }
  if (v instanceof Dict) {
    const out: JsonObject = {};
    for (const [k, item] of v.entries) {
      const r = toJson(item);
      if (r.json === undefined) return r;
      out[String(k)] = r.json;
    }
    return { json: out };
  }
  if (v instanceof Ref) {
    const a = activationName(v.path);
    if (a) return { json: a };
    const p = canonical(v.path);
    if (p.startsWith('keras.initializers.')) return { json: p.slice('keras.initializers.'.length) };
    return { problem: `${v.path} is not a value LayerLab knows` };
  }
  if (v instanceof KerasObject) {
    if (v.area === 'regularizers') {
      const r = regularizerJson(v);
      return r.problem ? { problem: r.problem } : { json: r.json };
    }
    const config: JsonObject = {};
    for (const [k, item] of v.kwargs) {
      const r = toJson(item);
      if (r.json !== undefined) config[k] = r.json;
    }
    return { json: { class_name: v.className, config } };
  }
  return { problem: 'its value could not be followed in the code' };
}
