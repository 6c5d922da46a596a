/**
 * The Keras model JSON as `model.to_json()` writes it, in tf.keras 2.x and Keras 3 layouts. Keras'
 * snake_case names live only in this folder (as tfjs-layers keeps them in `keras_format/`); the rest
 * of LayerLab sees `GraphDocument`.
 */
import type { ErrorText } from '../../contract/errors.ts';
import { DocumentError } from '../../contract/graph.ts';

export type Json = null | boolean | number | string | Json[] | JsonObject;
export type JsonObject = { [key: string]: Json };

/** A serialized Keras object. Keras 3 (and nested objects since tf.keras 2.13) add `module` and `registered_name`. */
export interface KerasObject<C = JsonObject> {
  module?: string | null;
  class_name: string;
  config: C;
  registered_name?: string | null;
}

/** A batch shape: the batch size (usually null) first. */
export type BatchShape = (number | null)[];

/** tf.keras 2: one call of a layer is a list of `[layer, node index, tensor index, kwargs]`. */
export type Keras2TensorRef = [string, number, number, JsonObject?];
export type Keras2Node = Keras2TensorRef[];

/** Keras 3: a call keeps its arguments, with each tensor written as a placeholder. */
export interface Keras3Node {
  args: Json[];
  kwargs: JsonObject;
}
export interface Keras3Tensor {
  class_name: '__keras_tensor__';
  config: { shape: BatchShape; dtype: string; keras_history: [string, number, number] };
}

/** A layer entry of `config.layers`; `name` and `inbound_nodes` only in functional models. */
export interface KerasLayer extends KerasObject<JsonObject> {
  build_config?: { input_shape: Json };
  name?: string;
  inbound_nodes?: (Keras2Node | Keras2TensorRef | Keras3Node)[];
}

export interface SequentialConfig {
  name: string;
  trainable?: boolean;
  dtype?: Json;
  layers: KerasLayer[];
  /** Present once the model is built. */
  build_input_shape?: BatchShape;
}

export interface FunctionalConfig {
  name: string;
  trainable?: boolean;
  layers: KerasLayer[];
  /** Keras 3 writes one input as `[name, 0, 0]`; tf.keras 2 always as a list of those. */
  input_layers: Json;
  output_layers: Json;
}

export type ModelClass = 'Sequential' | 'Functional' | 'Model';

/** The top-level object. tf.keras 2 adds `keras_version` and `backend`; Keras 3 adds build and compile configs. */
export interface KerasModel extends KerasObject<SequentialConfig | FunctionalConfig> {
  class_name: ModelClass;
  build_config?: { input_shape: Json };
  compile_config?: JsonObject;
  keras_version?: string;
  backend?: string;
}

/** Keras 3 layer configs start with these three keys. */
export interface LayerHead {
  name: string;
  trainable: boolean;
  dtype: KerasObject<{ name: string }>;
}

export const KERAS3_DTYPE: KerasObject<{ name: string }> = {
  module: 'keras',
  class_name: 'DTypePolicy',
  config: { name: 'float32' },
  registered_name: null,
};

export function keras3Object(module: string, className: string, config: JsonObject): KerasObject {
  return { module, class_name: className, config, registered_name: null };
}

export type KerasJsonReason =
  | 'not-json'
  | 'not-a-model'
  | 'unsupported-layer'
  | 'no-input-shape'
  | 'bad-graph'
  | 'bad-value'
  | 'invalid-graph'
  /** A setting LayerLab does not have, whose loss would train another model (strict imports only). */
  | 'changes-meaning';

/** A refused Keras file or graph; `reason` is stable for callers and tests, the message is for people. */
export class KerasJsonError extends DocumentError {
  constructor(
    readonly reason: KerasJsonReason,
    message: string | ErrorText,
  ) {
    super(reason === 'not-json' ? 'invalid-json' : 'invalid-document', message);
    this.name = 'KerasJsonError';
  }
}

export const isObject = (v: unknown): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keys whose numbers Keras writes as Python floats (`0.0`, `1e-07`); every other number is an int. */
const FLOAT_KEYS = new Set(['rate', 'momentum', 'epsilon', 'l1', 'l2']);

/** Python's `repr(float)`: shortest digits, `x.0` for whole numbers, exponent form below 1e-4 and from 1e16. */
export function pythonFloat(x: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
  const [mantissa, expText] = x.toExponential().split('e');
  const exp = Number(expText);
  if (exp < -4 || exp >= 16)
    return `${mantissa}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return Number.isInteger(x) ? x.toFixed(1) : String(x);
}

const pythonString = (s: string) =>
  JSON.stringify(s).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/** `json.dumps(obj)` as Python writes it (and so as `model.to_json()` returns it). */
export function pythonJson(value: Json, key = ''): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return FLOAT_KEYS.has(key) ? pythonFloat(value) : String(value);
  if (typeof value === 'string') return pythonString(value);
  if (Array.isArray(value)) return `[${value.map((v) => pythonJson(v, key)).join(', ')}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return `{${entries.map(([k, v]) => `${pythonString(k)}: ${pythonJson(v, k)}`).join(', ')}}`;
}
