/**
 * Reads one Keras layer config into our values. Untrusted input: every getter checks its type and
 * refuses with a sentence naming the layer; settings LayerLab does not model become warnings unless
 * they hold Keras' default.
 */
import {
  ACTIVATIONS,
  REGULARIZER_DEFAULT_FACTOR,
  regularizer,
  type Activation,
  type Regularizer,
} from '../../contract/layers.ts';
import { said, type ErrorText } from '../../contract/errors.ts';
import { warningOf, type ErrorParam, type WarningText } from '../../contract/error-text.ts';
import { KerasJsonError, isObject, type Json, type JsonObject } from './format.ts';

/** Keys every layer may carry that the importer handles itself. */
const HANDLED = ['name', 'trainable', 'dtype', 'batch_input_shape', 'batch_shape', 'batch_size'];

/** How a warning shows a value: initializers and regularizers by class, strings quoted. */
export function show(v: Json | undefined): string {
  if (typeof v === 'string') return `'${v}'`;
  if (isObject(v) && typeof v.class_name === 'string') return v.class_name;
  return JSON.stringify(v ?? null);
}

const normalize = (s: string) => s.replace(/_/g, '').toLowerCase();

/** Where the model came from, inside a sentence: a file name, or the pasted model or code. */
export function place(where: string): ErrorParam {
  if (where === 'the Keras model') return said('error_keras_place_model');
  if (where === 'the Keras code') return said('error_keras_place_code');
  return where;
}

/** `place` at the start of a sentence. */
export function placeStart(where: string): ErrorParam {
  if (where === 'the Keras model') return said('error_keras_place_model_start');
  if (where === 'the Keras code') return said('error_keras_place_code_start');
  return where.replace(/^the /, 'The ');
}

/** A refusal about the model (`detail`, a phrase): "In model.json, ... ." */
export const refusal = (where: string, detail: ErrorText): ErrorText =>
  said('error_keras_in', { where: place(where), detail });

/** `Dense layer 'dense'`, as a refusal names it. */
export const layerText = (kind: string, name: string): ErrorText =>
  said('error_keras_layer', { kind, name });

/** tf.keras 2 stores regularizer factors as float32 (0.0010000000474974513); give back the short decimal. */
export function tidyFloat32(x: number): number {
  if (Math.fround(x) !== x || Number.isInteger(x)) return x;
  for (let digits = 1; digits <= 9; digits++) {
    const short = Number(x.toPrecision(digits));
    if (Math.fround(short) === x) return short;
  }
  return x;
}

/** True when an initializer is the given Keras one, in any of its spellings. */
export function initializerIs(expected: string) {
  return (v: Json | undefined): boolean => {
    if (typeof v === 'string') return normalize(v) === normalize(expected);
    if (!isObject(v) || typeof v.class_name !== 'string') return false;
    if (normalize(v.class_name) === normalize(expected)) return true;
    // Keras before 2.3 wrote glorot_uniform out as the VarianceScaling it is.
    const c = isObject(v.config) ? v.config : {};
    return (
      normalize(expected) === 'glorotuniform' &&
      v.class_name === 'VarianceScaling' &&
      c.scale === 1 &&
      c.mode === 'fan_avg' &&
      c.distribution === 'uniform'
    );
  };
}

export const isNull = (v: Json | undefined) => v === null || v === undefined;
export const isValue = (expected: Json) => (v: Json | undefined) =>
  v === undefined || JSON.stringify(v) === JSON.stringify(expected);
/** Dilation 1 is written as `1`, `[1, 1]` or a `__tuple__`. */
export const isOnes = (v: Json | undefined): boolean =>
  v === undefined ||
  v === 1 ||
  (Array.isArray(v) && v.every((x) => x === 1)) ||
  (isObject(v) && isOnes(v.items));

/**
 * Where an import's warnings go. A strict import (the command line, which trains what it imports)
 * refuses a setting whose loss changes the model instead of warning about it.
 */
export interface ImportLog {
  warnings: WarningText[];
  strict: boolean;
}

/** A warning about `layer` (`layerText`): "Dense layer 'dense': {detail}". */
export const layerWarning = (layer: ErrorText, detail: ErrorText): WarningText =>
  warningOf(said('error_kwarn_layer', { layer, detail }));

/**
 * A setting whose loss would train another model (another function, or another regularization):
 * `warning` (about `layer`) in a lenient import; in a strict one, a refusal: `refusal` after the
 * file and the layer (`In model.json, Dense layer 'dense' has ...`).
 */
export function reportChange(
  log: ImportLog,
  where: string,
  layer: ErrorText,
  warning: ErrorText,
  refused: ErrorText,
): void {
  if (log.strict) throw new KerasJsonError('changes-meaning', refusal(where, refused));
  log.warnings.push(layerWarning(layer, warning));
}

export class ConfigReader {
  private readonly seen = new Set(HANDLED);
  /** BatchNormalization's `axis` as written, checked once shapes are known. */
  axis?: Json;
  /** `Dense layer 'dense'`, in warnings and refusals. */
  readonly layer: ErrorText;

  constructor(
    readonly config: JsonObject,
    kind: string,
    name: string,
    readonly where: string,
    private readonly log: ImportLog,
  ) {
    this.layer = layerText(kind, name);
  }

  raw(key: string): Json | undefined {
    this.seen.add(key);
    return this.config[key];
  }

  /** A setting LayerLab leaves out without changing what the model computes or how it is regularized. */
  warn(sentence: ErrorText): void {
    this.log.warnings.push(layerWarning(this.layer, sentence));
  }

  /** See `reportChange`. */
  changes(warning: ErrorText, refused: ErrorText): void {
    reportChange(this.log, this.where, this.layer, warning, refused);
  }

  fail(key: string, value: Json | undefined, expected: ErrorText): never {
    throw new KerasJsonError(
      'bad-value',
      refusal(
        this.where,
        said('error_keras_bad_value', {
          layer: this.layer,
          key,
          value: JSON.stringify(value),
          expected,
        }),
      ),
    );
  }

  int(key: string, fallback: number): number {
    const v = this.raw(key);
    if (v === undefined) return fallback;
    if (typeof v !== 'number' || !Number.isInteger(v))
      this.fail(key, v, said('error_keras_expected_int'));
    return v;
  }

  float(key: string, fallback: number): number {
    const v = this.raw(key);
    if (v === undefined) return fallback;
    if (typeof v !== 'number') this.fail(key, v, said('error_keras_expected_number'));
    return v;
  }

  bool(key: string, fallback: boolean): boolean {
    const v = this.raw(key);
    if (v === undefined) return fallback;
    if (typeof v !== 'boolean') this.fail(key, v, said('error_keras_expected_bool'));
    return v;
  }

  /** An int or a pair (`3`, `[3, 3]`, or a `__tuple__` in SavedModel metadata). */
  pair(key: string, fallback: [number, number]): [number, number] {
    return this.pairOrNull(key) ?? fallback;
  }

  pairOrNull(key: string): [number, number] | null {
    let v = this.raw(key);
    if (v === undefined || v === null) return null;
    if (isObject(v) && v.class_name === '__tuple__') v = v.items;
    if (typeof v === 'number' && Number.isInteger(v)) return [v, v];
    if (
      Array.isArray(v) &&
      v.length === 2 &&
      v.every((x) => typeof x === 'number' && Number.isInteger(x))
    )
      return [v[0] as number, v[1] as number];
    return this.fail(key, v, said('error_keras_expected_pair'));
  }

  intList(key: string, fallback: number[]): number[] {
    let v = this.raw(key);
    if (v === undefined) return fallback;
    if (isObject(v) && v.class_name === '__tuple__') v = v.items;
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'number' && Number.isInteger(x)))
      this.fail(key, v, said('error_keras_expected_int_list'));
    return v as number[];
  }

  /**
   * A batch shape (`[null, 28, 28, 1]`, or a `TensorShape` in SavedModel metadata) as our shape
   * without the batch; undefined when absent.
   */
  inputShape(key: string, v: Json | undefined): number[] | undefined {
    if (v === undefined || v === null) return undefined;
    if (isObject(v) && Array.isArray(v.items)) v = v.items;
    if (!Array.isArray(v) || v.length < 2)
      return this.fail(key, v, said('error_keras_expected_batch_shape'));
    const [batch, ...dims] = v;
    if (!dims.every((d) => typeof d === 'number' && Number.isInteger(d) && d >= 1))
      throw new KerasJsonError(
        'bad-value',
        refusal(
          this.where,
          said('error_keras_shape_not_fixed', { layer: this.layer, shape: JSON.stringify(v) }),
        ),
      );
    if (batch !== null && batch !== undefined)
      this.warn(said('error_kwarn_batch_size', { size: JSON.stringify(batch) }));
    return dims as number[];
  }

  padding(): 'valid' | 'same' {
    const v = this.raw('padding');
    if (v === undefined) return 'valid';
    const p = typeof v === 'string' ? v.toLowerCase() : v;
    if (p === 'valid' || p === 'same') return p;
    this.changes(
      said('error_kwarn_padding', { value: show(v) }),
      said('error_keras_padding', { layer: this.layer, value: show(v) }),
    );
    return 'valid';
  }

  activation(fallback: Activation): Activation {
    let v = this.raw('activation');
    if (v === undefined || v === null || v === 'None') return 'linear';
    // Keras 3 names swish by its other name; custom functions come as {class_name: 'function', config: name}.
    if (isObject(v) && v.class_name === 'function' && typeof v.config === 'string') v = v.config;
    if (v === 'silu') return 'swish';
    if (typeof v === 'string' && (ACTIVATIONS as readonly string[]).includes(v))
      return v as Activation;
    this.changes(
      said('error_kwarn_activation', { value: show(v), fallback }),
      said('error_keras_activation', {
        layer: this.layer,
        value: show(v),
        fallback,
        list: ACTIVATIONS.join(', '),
      }),
    );
    return fallback;
  }

  regularizer(key: string): Regularizer | null {
    const v = this.raw(key);
    if (v === undefined || v === null) return null;
    const cls =
      typeof v === 'string'
        ? normalize(v)
        : isObject(v) && typeof v.class_name === 'string'
          ? normalize(v.class_name)
          : '';
    const config = isObject(v) && isObject(v.config) ? v.config : {};
    const factor = (name: 'l1' | 'l2', fallback: number) => {
      const f = config[name];
      if (f === undefined || f === null) return fallback;
      if (typeof f !== 'number')
        this.fail(`${key} ${name}`, f, said('error_keras_expected_number'));
      return tidyFloat32(f);
    };
    if (typeof v === 'string' && (cls === 'l1' || cls === 'l2' || cls === 'l1l2'))
      return regularizer(cls);
    if (cls === 'l2') return { kind: 'l2', l1: 0, l2: factor('l2', REGULARIZER_DEFAULT_FACTOR) };
    if (cls === 'l1') return { kind: 'l1', l1: factor('l1', REGULARIZER_DEFAULT_FACTOR), l2: 0 };
    if (cls === 'l1l2') return { kind: 'l1l2', l1: factor('l1', 0), l2: factor('l2', 0) };
    this.changes(
      said('error_kwarn_regularizer', { key, value: show(v) }),
      said('error_keras_regularizer', { layer: this.layer, key, value: show(v) }),
    );
    return null;
  }

  /**
   * A setting LayerLab does not model: silent at Keras' default, a warning otherwise; `uses` is
   * what LayerLab uses instead (a Keras name as is, or a phrase).
   */
  ignore(key: string, isDefault: (v: Json | undefined) => boolean, uses: ErrorParam): void {
    const v = this.raw(key);
    if (!isDefault(v)) this.warn(said('error_kwarn_not_modeled', { key, value: show(v), uses }));
  }

  /** Like `ignore`, for a setting that changes the model away from its default (see `changes`). */
  needsDefault(key: string, isDefault: (v: Json | undefined) => boolean, uses: ErrorText): void {
    const v = this.raw(key);
    if (!isDefault(v))
      this.changes(
        said('error_kwarn_not_modeled', { key, value: show(v), uses }),
        said('error_keras_needs_default', { layer: this.layer, key, value: show(v), uses }),
      );
  }

  /** Warns about keys no one read, unless they are empty (a newer Keras adds keys like these). */
  finish(): void {
    for (const [key, v] of Object.entries(this.config)) {
      if (this.seen.has(key)) continue;
      const empty =
        v === null ||
        v === false ||
        (Array.isArray(v) && !v.length) ||
        (isObject(v) && !Object.keys(v).length);
      if (!empty) this.warn(said('error_kwarn_unknown_setting', { key, value: show(v) }));
    }
  }
}
