/**
 * The Keras (and NumPy) calls the evaluator follows: layers and their calls on tensors, models and
 * their methods, optimizers, regularizers and callbacks as objects, dataset loaders and what course
 * code does to the data (reshape, scale, slice, one-hot), seeds, and `ImageDataGenerator`.
 */
import { LAYERS, type LayerKind } from '../../contract/layers.ts';
import type { Json } from '../keras/format.ts';
import { said } from '../../contract/error-text.ts';
import {
  ACTIVATION_CLASSES,
  KIND_OF_CLASS,
  POSITIONAL,
  SUPPORTED_LAYERS,
  autoNameBase,
  toJson,
} from './keras-api.ts';
import type { Expressions } from './expressions.ts';
import { DATASETS, builtin, ints, reshape, sliceRows } from './data.ts';
import {
  DataValue,
  Datagen,
  Dict,
  Flow,
  Pipeline,
  KerasObject,
  LayerValue,
  ModelValue,
  TensorValue,
  Unknown,
  describe,
  type DatasetName,
  type Value,
} from './values.ts';

const OBJECT_AREAS = new Set([
  'regularizers',
  'optimizers',
  'callbacks',
  'losses',
  'initializers',
  'constraints',
  'metrics',
  'activations',
]);
const SEEDS = new Set([
  'keras.utils.set_random_seed',
  'tensorflow.random.set_seed',
  'tensorflow.set_random_seed',
  'numpy.random.seed',
  'random.seed',
]);
const MERGES: Record<string, string> = { add: 'Add', concatenate: 'Concatenate' };
const NOT_FOLLOWED = new Set(['print', 'range', 'len', 'int', 'float', 'str', 'list', 'tuple']);

export interface DatasetLoad {
  dataset: DatasetName;
  numWords: number | null;
  line: number;
}

export class KerasCalls {
  readonly models: ModelValue[] = [];
  /** Models in the order `fit` was called on them. */
  readonly fits: ModelValue[] = [];
  readonly loads: DatasetLoad[] = [];
  readonly layers: LayerValue[] = [];
  seed: { value: number; line: number } | null = null;
  shuffledLabels: number | null = null;
  private readonly counters = new Map<string, number>();

  constructor(private readonly ev: Pick<Expressions, 'warn'>) {}

  /** Whether a name from a star import (`from keras.layers import *`) is a Keras one. */
  knows(path: string): boolean {
    const last = path.slice(path.lastIndexOf('.') + 1);
    return path.startsWith('keras.') && !NOT_FOLLOWED.has(last);
  }

  /** Keras' auto-name: `dense`, then `dense_1`, ... per prefix, in the order layers are made. */
  autoName(base: string): string {
    const n = this.counters.get(base) ?? 0;
    this.counters.set(base, n + 1);
    return n ? `${base}_${n}` : base;
  }

  attribute(object: Value, prop: string): Value {
    if (object instanceof DataValue) {
      if (prop === 'shape') return object.shape ?? new Unknown('the shape of the data');
      if (prop === 'ndim' && object.shape) return object.shape.length;
      return object.with({ shape: null });
    }
    return new Unknown(prop);
  }

  callPath(path: string, args: Value[], kwargs: Map<string, Value>, line: number): Value {
    const parts = path.split('.');
    const last = parts[parts.length - 1];
    if (path === 'keras.models.Sequential') return this.sequential(args, kwargs, line);
    if (path === 'keras.models.Model') return this.functional(args, kwargs, line);
    if (path === 'keras.layers.Input') return this.input(args, kwargs, line);
    if (parts[0] === 'keras' && parts[1] === 'layers' && parts.length === 3) {
      if (last[0] >= 'A' && last[0] <= 'Z') return this.layer(last, args, kwargs, line);
      return this.merge(last, args, kwargs, line);
    }
    if (parts[0] === 'keras' && parts[1] === 'datasets' && last === 'load_data')
      return this.load(parts[2], kwargs, line);
    if (last === 'ImageDataGenerator') return new Datagen(kwargs, line);
    if (path === 'sklearn.model_selection.train_test_split') return this.split(args, kwargs, line);
    if (path === 'tensorflow.data.Dataset.from_tensor_slices') {
      const [x, y] = Array.isArray(args[0]) ? args[0] : [args[0], null];
      return new Pipeline(x ?? null, y ?? null, undefined);
    }
    // Old examples branch on it to reshape the data; LayerLab, like Keras' default, is channels_last.
    if (path === 'keras.backend.image_data_format') return 'channels_last';
    if (last === 'to_categorical') {
      const y = args[0];
      const classes = args[1] ?? kwargs.get('num_classes');
      if (y instanceof DataValue)
        return y.with({
          oneHot: true,
          shape: y.shape && typeof classes === 'number' ? [y.shape[0], classes] : null,
        });
      return new Unknown();
    }
    if (SEEDS.has(path)) {
      const seed = args[0] ?? kwargs.get('seed');
      if (typeof seed === 'number' && Number.isInteger(seed) && seed >= 0)
        this.seed = { value: seed, line };
      return null;
    }
    if (path === 'numpy.random.shuffle') {
      const y = args[0];
      if (y instanceof DataValue && y.role === 'y' && y.split === 'train')
        this.shuffledLabels = line;
      return null;
    }
    if (path === 'numpy.expand_dims' && args[0] instanceof DataValue) {
      const x = args[0];
      const axis = args[1] ?? kwargs.get('axis');
      if (!x.shape || typeof axis !== 'number') return x.with({ shape: null });
      const shape = [...x.shape];
      shape.splice(axis < 0 ? shape.length + 1 + axis : axis, 0, 1);
      return x.with({ shape });
    }
    if (path === 'numpy.reshape' && args[0] instanceof DataValue)
      return reshape(args[0], args.slice(1));
    if (parts[0] === 'keras' && OBJECT_AREAS.has(parts[1]))
      return new KerasObject(path, args, kwargs, line);
    if (parts[0] === 'builtins') return builtin(last, args);
    // Anything else done to the data (np.array, np.concatenate, ...) is still that data.
    const data = args.find((a) => a instanceof DataValue);
    return data ? (data as DataValue).with({ shape: null }) : new Unknown(path);
  }

  method(object: Value, name: string, args: Value[], kwargs: Map<string, Value>, line: number) {
    if (object instanceof ModelValue) return this.modelMethod(object, name, args, kwargs, line);
    if (object instanceof DataValue) {
      if (name === 'reshape') return reshape(object, args);
      if (name === 'flatten' && object.shape)
        return object.with({
          shape: [object.shape[0], object.shape.slice(1).reduce((a, b) => a * b, 1)],
        });
      return object.with({ shape: ['astype', 'copy'].includes(name) ? object.shape : null });
    }
    if (object instanceof Pipeline)
      // shuffle, cache, prefetch, map... keep the examples; batch sets the batch size.
      return name === 'batch'
        ? new Pipeline(object.x, object.y, args[0] ?? kwargs.get('batch_size'))
        : object;
    if (object instanceof Datagen) {
      if (name === 'flow') return new Flow(object, args[0], args[1], kwargs.get('batch_size'));
      if (name !== 'fit') this.ev.warn(line, said('error_pywarn_augment_call', { name }));
      return null;
    }
    if (Array.isArray(object)) {
      if (name === 'append') object.push(args[0]);
      else if (name === 'extend' && Array.isArray(args[0])) object.push(...args[0]);
      return null;
    }
    if (object instanceof Dict && name === 'items')
      return [...object.entries].map(([k, v]) => [k, v]);
    if (object instanceof LayerValue) return new Unknown(name);
    return new Unknown(name);
  }

  callValue(fn: Value, args: Value[], kwargs: Map<string, Value>, line: number): Value {
    if (fn instanceof LayerValue) return this.callLayer(fn, args[0] ?? kwargs.get('inputs'), line);
    if (fn instanceof ModelValue) {
      this.ev.warn(line, said('error_pywarn_nested_call'));
      return new Unknown();
    }
    const data = args.find((a) => a instanceof DataValue);
    return data ? (data as DataValue).with({ shape: null }) : new Unknown();
  }

  // ---- data

  /**
   * scikit-learn's `train_test_split(x, y, test_size=...)`: read as the last rows held out (what
   * LayerLab's validation split does), with a warning that scikit-learn draws them at random.
   */
  private split(args: Value[], kwargs: Map<string, Value>, line: number): Value {
    const size = kwargs.get('test_size') ?? 0.25;
    const parts: Value[] = [];
    for (const a of args) {
      if (!(a instanceof DataValue) || typeof size !== 'number') {
        parts.push(new Unknown(), new Unknown());
        continue;
      }
      const rows = a.end - a.start;
      const held = size < 1 ? Math.ceil(rows * size) : size;
      parts.push(sliceRows(a, null, rows - held), sliceRows(a, rows - held, null));
    }
    if (args.some((a) => a instanceof DataValue))
      this.ev.warn(line, said('error_pywarn_train_test_split'));
    return parts;
  }

  private load(name: string, kwargs: Map<string, Value>, line: number): Value {
    const d = DATASETS[name];
    if (!d) {
      this.ev.warn(line, said('error_pywarn_unknown_dataset', { name }));
      return [
        [new Unknown(), new Unknown()],
        [new Unknown(), new Unknown()],
      ];
    }
    const numWords = kwargs.get('num_words');
    this.loads.push({
      dataset: d.name,
      numWords: typeof numWords === 'number' ? numWords : null,
      line,
    });
    const part = (split: 'train' | 'test') => {
      const rows = d[split];
      const x = new DataValue(
        d.name,
        'x',
        split,
        0,
        rows,
        d.name === 'imdb' ? null : [rows, 28, 28],
        false,
      );
      return [x, x.with({ role: 'y', shape: [rows] })];
    };
    return [part('train'), part('test')];
  }

  // ---- layers and models

  layer(className: string, args: Value[], kwargs: Map<string, Value>, line: number): LayerValue {
    const activationClass = ACTIVATION_CLASSES[className];
    if (activationClass && !args.length && [...kwargs.keys()].every((k) => k === 'name')) {
      const name = kwargs.get('name');
      const layer = new LayerValue(
        'Activation',
        { activation: activationClass.activation },
        typeof name === 'string' ? name : this.autoName(activationClass.base),
        line,
        null,
        true,
      );
      this.layers.push(layer);
      return layer;
    }
    const kind = KIND_OF_CLASS.get(className);
    if (!kind && className !== 'InputLayer') {
      this.ev.warn(
        line,
        said('error_pywarn_unknown_layer', { name: className, layers: SUPPORTED_LAYERS }),
      );
      return new LayerValue(className, {}, className, line, null, false);
    }
    const keras = kind ? kindClass(kind) : 'InputLayer';
    const positional = POSITIONAL[keras] ?? [];
    const config: Record<string, Json> = {};
    let inputShape: number[] | null = null;
    let name: string | null = null;
    const set = (key: string, v: Value) => {
      if (key === 'name' && typeof v === 'string') name = v;
      else if (key === 'input_shape' || key === 'shape')
        inputShape = this.shape(v, key, className, line);
      else if (key === 'input_dim' && typeof v === 'number') inputShape = [v];
      else if (key === 'batch_input_shape' || key === 'batch_shape')
        inputShape = Array.isArray(v) ? this.shape(v.slice(1), key, className, line) : null;
      else if (key === 'batch_size' && v === null) return;
      else {
        const r = toJson(v);
        if (r.json === undefined)
          this.ev.warn(
            line,
            said('error_pywarn_argument_unread', {
              key,
              name: className,
              value: describe(v),
              problem: String(r.problem),
            }),
          );
        else config[key] = r.json;
      }
    };
    args.forEach((v, i) => {
      if (positional[i]) set(positional[i], v);
      else
        this.ev.warn(
          line,
          said('error_pywarn_extra_argument', {
            name: className,
            count: positional.length,
            value: describe(v),
          }),
        );
    });
    for (const [k, v] of kwargs) set(k, v);
    if (keras === 'InputLayer') {
      config.batch_shape = inputShape ? [null, ...(inputShape as number[])] : null;
    }
    const layer = new LayerValue(
      keras,
      config,
      name ?? this.autoName(kind ? autoNameBase(kind) : 'input_layer'),
      line,
      inputShape,
      true,
    );
    this.layers.push(layer);
    return layer;
  }

  private shape(v: Value, key: string, className: string, line: number): number[] | null {
    const dims = ints(v);
    if (dims && dims.every((d) => d >= 1)) return dims;
    this.ev.warn(
      line,
      said('error_pywarn_shape_unread', { key, name: className, value: describe(v) }),
    );
    return null;
  }

  private input(args: Value[], kwargs: Map<string, Value>, line: number): Value {
    const layer = this.layer('InputLayer', args, kwargs, line);
    if (!layer.inputShape) return new Unknown('an Input without a shape');
    return this.tensor(layer, []);
  }

  readonly tensors: TensorValue[] = [];
  private tensor(layer: LayerValue, inputs: TensorValue[]): TensorValue {
    const t = new TensorValue(layer, inputs);
    this.tensors.push(t);
    return t;
  }

  private callLayer(layer: LayerValue, input: Value | undefined, line: number): Value {
    const tensors =
      input instanceof TensorValue
        ? [input]
        : Array.isArray(input) && input.length && input.every((t) => t instanceof TensorValue)
          ? (input as TensorValue[])
          : null;
    if (!tensors) {
      if (!(input instanceof Unknown))
        this.ev.warn(
          line,
          input === undefined
            ? said('error_pywarn_called_on_nothing', { name: layer.className })
            : said('error_pywarn_called_on', { name: layer.className, value: describe(input) }),
        );
      return new Unknown();
    }
    if (!layer.supported) return tensors[0];
    layer.calls++;
    let used = layer;
    if (layer.calls > 1) {
      used = new LayerValue(
        layer.className,
        layer.config,
        this.autoName(layer.name.split('_')[0]),
        line,
        null,
        true,
      );
      this.ev.warn(line, said('error_pywarn_shared_layer', { layer: layer.name, copy: used.name }));
    }
    return this.tensor(used, tensors);
  }

  private merge(name: string, args: Value[], kwargs: Map<string, Value>, line: number): Value {
    const inputs = args[0] ?? kwargs.get('inputs');
    const className = MERGES[name];
    if (!className) {
      this.ev.warn(line, said('error_pywarn_merge', { name }));
      return Array.isArray(inputs) && inputs.length ? inputs[0] : new Unknown();
    }
    const rest = new Map([...kwargs].filter(([k]) => k !== 'inputs'));
    return this.callLayer(this.layer(className, args.slice(1), rest, line), inputs, line);
  }

  private sequential(args: Value[], kwargs: Map<string, Value>, line: number): ModelValue {
    const name = kwargs.get('name') ?? args[1];
    const model = new ModelValue('sequential', line, typeof name === 'string' ? name : null);
    this.models.push(model);
    const layers = args[0] ?? kwargs.get('layers');
    if (Array.isArray(layers)) for (const l of layers) this.addTo(model, l, line);
    return model;
  }

  private addTo(model: ModelValue, l: Value | undefined, line: number): void {
    if (l instanceof LayerValue) {
      if (l.supported) model.layers.push(l);
    } else if (l instanceof TensorValue && l.layer.className === 'InputLayer') model.layers.push(l);
    else if (l instanceof ModelValue) this.ev.warn(line, said('error_pywarn_nested_add'));
    else
      this.ev.warn(
        line,
        l === undefined
          ? said('error_pywarn_not_a_layer_nothing')
          : said('error_pywarn_not_a_layer', { value: describe(l) }),
      );
  }

  private functional(args: Value[], kwargs: Map<string, Value>, line: number): Value {
    const tensors = (v: Value | undefined) =>
      v instanceof TensorValue
        ? [v]
        : Array.isArray(v) && v.every((t) => t instanceof TensorValue)
          ? (v as TensorValue[])
          : null;
    const inputs = tensors(kwargs.get('inputs') ?? args[0]);
    const outputs = tensors(kwargs.get('outputs') ?? args[1]);
    const name = kwargs.get('name');
    const model = new ModelValue('functional', line, typeof name === 'string' ? name : null);
    if (!inputs?.length || !outputs?.length) {
      this.ev.warn(line, said('error_pywarn_model_untraced'));
      return new Unknown('a model');
    }
    model.inputs = inputs;
    model.outputs = outputs;
    this.models.push(model);
    return model;
  }

  private modelMethod(
    model: ModelValue,
    name: string,
    args: Value[],
    kwargs: Map<string, Value>,
    line: number,
  ): Value {
    switch (name) {
      case 'add':
        if (model.kind === 'sequential') this.addTo(model, args[0] ?? kwargs.get('layer'), line);
        return null;
      case 'pop':
        model.layers.pop();
        return null;
      case 'build': {
        const shape = args[0] ?? kwargs.get('input_shape');
        if (Array.isArray(shape)) model.builtShape = ints(shape.slice(1));
        return null;
      }
      case 'compile':
        model.compiled = { line, args, kwargs };
        return null;
      case 'fit':
      case 'fit_generator':
        model.fitted = { line, args, kwargs };
        this.fits.push(model);
        return new Unknown('the training history');
      default:
        return new Unknown(name);
    }
  }
}

const kindClass = (kind: LayerKind) => LAYERS[kind].kerasClass;
