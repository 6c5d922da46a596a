/**
 * What the evaluator computes Python expressions to. Plain Python values are JS values (numbers,
 * strings, booleans, null for None, arrays for lists and tuples, `Dict`); Keras objects, data and
 * models are the classes below. Anything else is `Unknown`: notebook noise that does not matter.
 */
import type { SyntaxNode } from './syntax.ts';

export type Value =
  | number
  | string
  | boolean
  | null
  | Value[]
  | Dict
  | Unknown
  | Ref
  | LayerValue
  | TensorValue
  | ModelValue
  | KerasObject
  | DataValue
  | Datagen
  | Flow
  | Pipeline
  | FunctionValue;

export class Dict {
  constructor(readonly entries: Map<string | number, Value>) {}
}

/** Something the evaluator does not follow (numpy math, a plot, a history object). */
export class Unknown {
  constructor(readonly what = 'a value') {}
}

/**
 * A name from an imported module, by its canonical dotted path: `keras.layers.Dense`,
 * `keras.datasets.mnist`, `numpy.random.seed` (tensorflow.keras and tf.keras read as keras).
 */
export class Ref {
  constructor(readonly path: string) {}
}

/** A layer object, before or after it is called. `className` is Keras' class (`Dense`). */
export class LayerValue {
  /** How many times it was called on tensors (a shared layer is called more than once). */
  calls = 0;
  constructor(
    readonly className: string,
    readonly config: Record<string, unknown>,
    public name: string,
    readonly line: number,
    /** The input shape given on the layer (`input_shape=`, `input_dim=`), for a Sequential's first layer. */
    readonly inputShape: number[] | null,
    /** False for a layer LayerLab does not have (it was reported where it was made). */
    readonly supported: boolean,
  ) {}
}

/** The output of `Input(...)` or of a layer call, in the functional API. */
export class TensorValue {
  constructor(
    readonly layer: LayerValue,
    readonly inputs: TensorValue[],
  ) {}
}

export interface CompileCall {
  line: number;
  args: Value[];
  kwargs: Map<string, Value>;
}

export class ModelValue {
  layers: (LayerValue | TensorValue)[] = [];
  inputs: TensorValue[] = [];
  outputs: TensorValue[] = [];
  compiled: CompileCall | null = null;
  fitted: CompileCall | null = null;
  /** `model.build(input_shape)`. */
  builtShape: number[] | null = null;
  constructor(
    readonly kind: 'sequential' | 'functional',
    readonly line: number,
    readonly name: string | null,
  ) {}
}

/** An optimizer, regularizer, callback, loss, initializer... made from a Keras path. */
export class KerasObject {
  constructor(
    /** `keras.optimizers.Adam`. */
    readonly path: string,
    readonly args: Value[],
    readonly kwargs: Map<string, Value>,
    readonly line: number,
  ) {}
  get className(): string {
    return this.path.slice(this.path.lastIndexOf('.') + 1);
  }
  get area(): string {
    return this.path.split('.')[1] ?? '';
  }
}

export type DatasetName = 'mnist' | 'fashion-mnist' | 'imdb';

/** Data loaded by a Keras dataset loader, followed through reshapes, scaling and slices. */
export class DataValue {
  constructor(
    readonly dataset: DatasetName,
    readonly role: 'x' | 'y',
    readonly split: 'train' | 'test',
    /** The rows kept, as Python's `[start:end]` of the loaded array. */
    readonly start: number,
    readonly end: number,
    /** Shape including the rows, when known. */
    readonly shape: number[] | null,
    readonly oneHot: boolean,
  ) {}
  with(changes: Partial<DataValue>): DataValue {
    const c = { ...this, ...changes };
    return new DataValue(c.dataset, c.role, c.split, c.start, c.end, c.shape, c.oneHot);
  }
}

/** `ImageDataGenerator(...)`. */
export class Datagen {
  constructor(
    readonly kwargs: Map<string, Value>,
    readonly line: number,
  ) {}
}

/** `datagen.flow(x, y, batch_size=...)`. */
export class Flow {
  constructor(
    readonly datagen: Datagen,
    readonly x: Value,
    readonly y: Value,
    readonly batchSize: Value | undefined,
  ) {}
}

/** `tf.data.Dataset.from_tensor_slices((x, y)).shuffle(...).batch(n)`. */
export class Pipeline {
  constructor(
    readonly x: Value,
    readonly y: Value,
    readonly batchSize: Value | undefined,
  ) {}
}

export class FunctionValue {
  constructor(
    readonly name: string,
    readonly node: SyntaxNode,
  ) {}
}

export const isUnknown = (v: Value): v is Unknown => v instanceof Unknown;

/** A short description of a value for sentences: `0.01`, `'relu'`, `an EarlyStopping`. */
export function describe(v: Value): string {
  if (typeof v === 'string') return `'${v}'`;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null) return 'None';
  if (Array.isArray(v)) return `[${v.map(describe).join(', ')}]`;
  if (v instanceof KerasObject) return `${v.className}(...)`;
  if (v instanceof Ref) return v.path;
  if (v instanceof LayerValue) return `a ${v.className} layer`;
  if (v instanceof DataValue) return `the ${v.dataset} data`;
  if (v instanceof Unknown) return v.what;
  return 'a value';
}
