/**
 * `compile(...)`, `fit(...)`, the callbacks, `ImageDataGenerator` and the data of the code, as the
 * lab's training settings and dataset. What LayerLab cannot do the same way is a warning.
 */
import type { DatasetRefInput } from '../../contract/datasets.ts';
import { LOSSES, OPTIMIZERS, type LossName } from '../../contract/training.ts';
import { DATASET_ROWS } from './data.ts';
import type { Evaluator } from './evaluate.ts';
import { canonical } from './keras-api.ts';
import { said } from '../../contract/error-text.ts';
import {
  DataValue,
  Flow,
  Pipeline,
  KerasObject,
  Ref,
  describe,
  type CompileCall,
  type ModelValue,
  type Value,
} from './values.ts';

const LOSS_ALIASES: Record<string, LossName> = {
  sparsecategoricalcrossentropy: 'sparse_categorical_crossentropy',
  categoricalcrossentropy: 'categorical_crossentropy',
  binarycrossentropy: 'binary_crossentropy',
};
const normal = (s: string) => s.toLowerCase().split('_').join('');

const AUGMENTATION: Record<string, string> = {
  rotation_range: 'rotationRange',
  width_shift_range: 'widthShiftRange',
  height_shift_range: 'heightShiftRange',
  shear_range: 'shearRange',
  zoom_range: 'zoomRange',
  horizontal_flip: 'horizontalFlip',
  vertical_flip: 'verticalFlip',
  fill_mode: 'fillMode',
  cval: 'cval',
};

export interface Settings {
  training: Record<string, unknown>;
  dataset: DatasetRefInput | null;
}

const arg = (call: CompileCall, key: string, position: number): Value | undefined =>
  call.kwargs.has(key) ? call.kwargs.get(key) : call.args[position];

export function trainingSettings(model: ModelValue, ev: Evaluator, inputShape: number[]): Settings {
  const t: Record<string, unknown> = {};
  const compile = model.compiled;
  if (compile) {
    optimizer(arg(compile, 'optimizer', 0) ?? 'rmsprop', compile.line, t, ev);
    const loss = arg(compile, 'loss', 1);
    if (loss !== undefined) lossOf(loss, compile.line, t, ev);
    else ev.warn(compile.line, said('error_pywarn_no_loss'));
    const metrics = arg(compile, 'metrics', 2);
    const names = Array.isArray(metrics) ? metrics : metrics === undefined ? [] : [metrics];
    for (const m of names)
      if (!isAccuracy(m))
        ev.warn(compile.line, said('error_pywarn_metric', { metric: describe(m) }));
  } else ev.warn(model.line, said('error_pywarn_never_compiled'));
  const fit = model.fitted;
  let x: Value | undefined;
  let y: Value | undefined;
  if (fit) {
    x = arg(fit, 'x', 0);
    y = arg(fit, 'y', 1);
    let batch = arg(fit, 'batch_size', 2);
    if (x instanceof Flow) {
      augmentation(x, t, ev);
      batch = x.batchSize ?? 32;
      y = x.y;
      x = x.x;
    } else if (x instanceof Pipeline) {
      // A tf.data pipeline brings its own batches (unbatched, Keras steps one example at a time).
      batch = x.batchSize ?? 1;
      y = x.y;
      x = x.x;
    }
    const epochs = arg(fit, 'epochs', 3) ?? 1;
    if (typeof epochs === 'number') t.epochs = epochs;
    t.batchSize = typeof batch === 'number' ? batch : 32;
    validation(fit, x, t, ev);
    const shuffle = fit.kwargs.get('shuffle');
    if (typeof shuffle === 'boolean') t.shuffle = shuffle;
    callbacks(fit.kwargs.get('callbacks'), fit.line, t, ev);
    for (const key of ['class_weight', 'sample_weight', 'steps_per_epoch', 'initial_epoch'])
      if (fit.kwargs.has(key) && key !== 'steps_per_epoch')
        ev.warn(fit.line, said('error_pywarn_fit_option', { key }));
    if (y instanceof DataValue) labels(y, t, fit.line, ev);
  } else ev.warn(model.line, said('error_pywarn_never_fit'));
  if (ev.keras.seed) t.seed = ev.keras.seed.value;
  if (ev.keras.shuffledLabels !== null) t.shuffleLabels = true;
  return { training: t, dataset: dataset(x, ev, inputShape) };
}

/** 'accuracy', 'acc', or an accuracy metric object or function (`SparseCategoricalAccuracy()`). */
function isAccuracy(m: Value): boolean {
  const name =
    typeof m === 'string'
      ? m
      : m instanceof KerasObject
        ? m.className
        : m instanceof Ref
          ? m.path.split('.').pop()!
          : '';
  return name === 'acc' || normal(name).endsWith('accuracy');
}

function optimizer(v: Value, line: number, t: Record<string, unknown>, ev: Evaluator): void {
  if (typeof v === 'string') {
    const name = v.toLowerCase();
    if ((OPTIMIZERS as readonly string[]).includes(name)) t.optimizer = name;
    else ev.warn(line, said('error_pywarn_optimizer_name', { name: v }));
    return;
  }
  if (!(v instanceof KerasObject) || v.area !== 'optimizers') {
    ev.warn(line, said('error_pywarn_optimizer_unread', { optimizer: describe(v) }));
    return;
  }
  const name = v.className.toLowerCase();
  if (!(OPTIMIZERS as readonly string[]).includes(name)) {
    ev.warn(v.line, said('error_pywarn_optimizer_class', { name: v.className }));
  } else t.optimizer = name;
  const lr = v.kwargs.get('learning_rate') ?? v.kwargs.get('lr') ?? v.args[0];
  if (typeof lr === 'number') t.learningRate = lr;
  else if (lr !== undefined)
    ev.warn(v.line, said('error_pywarn_learning_rate', { value: describe(lr) }));
  if (name === 'sgd') {
    const momentum = v.kwargs.get('momentum') ?? v.args[1];
    if (typeof momentum === 'number') t.momentum = momentum;
  }
  const known = new Set(['learning_rate', 'lr', 'name', ...(name === 'sgd' ? ['momentum'] : [])]);
  for (const key of v.kwargs.keys())
    if (!known.has(key)) ev.warn(v.line, said('error_pywarn_optimizer_option', { key }));
}

function lossOf(v: Value, line: number, t: Record<string, unknown>, ev: Evaluator): void {
  let name: string | null = null;
  if (typeof v === 'string') name = v;
  else if (v instanceof Ref) name = canonical(v.path).split('.').pop()!;
  else if (v instanceof KerasObject && v.area === 'losses') {
    name = v.className;
    const logits = v.kwargs.get('from_logits');
    if (logits === true) ev.warn(v.line, said('error_pywarn_from_logits'));
    const smoothing = v.kwargs.get('label_smoothing');
    if (typeof smoothing === 'number') t.labelSmoothing = smoothing;
  }
  const loss = name ? LOSS_ALIASES[normal(name)] : undefined;
  if (loss && (LOSSES as readonly string[]).includes(loss)) t.loss = loss;
  else ev.warn(line, said('error_pywarn_loss', { loss: describe(v), losses: LOSSES.join(', ') }));
}

/** One-hot labels (to_categorical) go with categorical cross-entropy. */
function labels(y: DataValue, t: Record<string, unknown>, line: number, ev: Evaluator): void {
  if (y.oneHot && t.loss === 'sparse_categorical_crossentropy') {
    ev.warn(line, said('error_pywarn_one_hot'));
    t.loss = 'categorical_crossentropy';
  }
}

function validation(
  fit: CompileCall,
  x: Value | undefined,
  t: Record<string, unknown>,
  ev: Evaluator,
): void {
  const split = fit.kwargs.get('validation_split');
  const data = fit.kwargs.get('validation_data');
  const vx = Array.isArray(data) ? data[0] : data instanceof Pipeline ? data.x : undefined;
  const trainX = x instanceof DataValue ? x : null;
  const full = trainX ? DATASET_ROWS(trainX.dataset, 'train') : 0;
  const subset = trainX && trainX.split === 'train' && trainX.start === 0 && trainX.end < full;
  if (typeof split === 'number' && split > 0) {
    t.validation = { kind: 'split', fraction: split };
    if (subset)
      ev.warn(fit.line, said('error_pywarn_validation_split_subset', { count: trainX.end }));
  } else if (vx instanceof DataValue && vx.split === 'test') {
    t.validation = { kind: 'test' };
    const rows = DATASET_ROWS(vx.dataset, 'test');
    if (vx.start > 0 || vx.end < rows)
      ev.warn(
        fit.line,
        said('error_pywarn_validation_test_part', { count: vx.end - vx.start, rows }),
      );
  } else if (
    vx instanceof DataValue &&
    trainX &&
    vx.split === 'train' &&
    trainX.split === 'train' &&
    trainX.start === 0 &&
    vx.start >= trainX.end &&
    vx.end === full
  ) {
    // x_train[:-10000] and x_train[-10000:]: the last examples, as Keras' validation_split takes them.
    t.validation = { kind: 'split', fraction: (vx.end - vx.start) / full };
    return;
  } else if (
    vx instanceof DataValue &&
    trainX &&
    vx.split === 'train' &&
    trainX.split === 'train' &&
    vx.end <= trainX.start
  ) {
    // The hold-out of many notebooks: x_val = x_train[:10000], partial_x_train = x_train[10000:].
    t.validation = { kind: 'split', fraction: (vx.end - vx.start) / full };
    ev.warn(fit.line, said('error_pywarn_validation_first', { count: vx.end - vx.start }));
    return;
  } else if (data !== undefined) {
    ev.warn(fit.line, said('error_pywarn_validation_unknown'));
    t.validation = { kind: 'test' };
  } else t.validation = { kind: 'none' };
  if (subset) t.trainSubset = trainX.end;
  else if (trainX && trainX.start > 0)
    ev.warn(fit.line, said('error_pywarn_train_subset', { start: trainX.start, end: trainX.end }));
}

function callbacks(
  v: Value | undefined,
  line: number,
  t: Record<string, unknown>,
  ev: Evaluator,
): void {
  if (v === undefined || v === null) return;
  for (const cb of Array.isArray(v) ? v : [v]) {
    if (!(cb instanceof KerasObject) || cb.className !== 'EarlyStopping') {
      ev.warn(
        cb instanceof KerasObject ? cb.line : line,
        said('error_pywarn_callback', { callback: describe(cb) }),
      );
      continue;
    }
    const es: Record<string, unknown> = {};
    const keys: Record<string, string> = {
      monitor: 'monitor',
      patience: 'patience',
      min_delta: 'minDelta',
      restore_best_weights: 'restoreBestWeights',
    };
    const order = ['monitor', 'min_delta', 'patience'];
    cb.args.forEach((a, i) => order[i] && cb.kwargs.set(order[i], a));
    for (const [k, value] of cb.kwargs) {
      if (keys[k]) es[keys[k]] = value;
      else if (!(k === 'verbose' || (k === 'mode' && modeFits(value, cb.kwargs.get('monitor')))))
        ev.warn(cb.line, said('error_pywarn_early_stopping_option', { key: k }));
    }
    if (typeof es.minDelta === 'number') es.minDelta = Math.abs(es.minDelta);
    t.earlyStopping = es;
  }
}

/** EarlyStopping's mode as 'auto' would choose it: min for losses, max for accuracies. */
function modeFits(mode: Value, monitor: Value | undefined): boolean {
  const watched = typeof monitor === 'string' ? monitor : 'val_loss';
  return mode === 'auto' || mode === (watched.includes('acc') ? 'max' : 'min');
}

function augmentation(flow: Flow, t: Record<string, unknown>, ev: Evaluator): void {
  const a: Record<string, unknown> = {};
  for (const [k, v] of flow.datagen.kwargs) {
    if (k === 'zoom_range' && Array.isArray(v))
      a.zoomRange = zoomFromPair(v, flow.datagen.line, ev);
    else if (AUGMENTATION[k]) a[AUGMENTATION[k]] = v;
    else if (k !== 'rescale')
      ev.warn(flow.datagen.line, said('error_pywarn_datagen_option', { key: k }));
  }
  t.augmentation = a;
}

/** zoom_range=[lo, hi]: LayerLab's zoom is 1 ± z, so a pair about 1 reads exactly, others widened. */
function zoomFromPair(pair: Value[], line: number, ev: Evaluator): unknown {
  const [lo, hi] = pair;
  if (pair.length !== 2 || typeof lo !== 'number' || typeof hi !== 'number') return pair;
  const z = Math.max(1 - lo, hi - 1);
  if (Math.abs(lo + hi - 2) > 1e-9)
    ev.warn(line, said('error_pywarn_zoom', { low: lo, high: hi, zoom: Number(z.toFixed(6)) }));
  return Number(z.toFixed(10));
}

function dataset(
  x: Value | undefined,
  ev: Evaluator,
  inputShape: number[],
): DatasetRefInput | null {
  const name = x instanceof DataValue ? x.dataset : ev.keras.loads.at(-1)?.dataset;
  if (!name) {
    ev.warn(null, said('error_pywarn_no_dataset'));
    return null;
  }
  if (name !== 'imdb') return { kind: 'builtin', name };
  const load = [...ev.keras.loads].reverse().find((l) => l.dataset === 'imdb');
  const width = inputShape.length === 1 ? inputShape[0] : null;
  let numWords = load?.numWords ?? width ?? 10000;
  if (numWords < 10 || numWords > 100000) {
    ev.warn(load?.line ?? null, said('error_pywarn_imdb_words', { count: numWords }));
    numWords = 10000;
  }
  if (width !== null && width !== numWords)
    ev.warn(load?.line ?? null, said('error_pywarn_imdb_width', { width, count: numWords }));
  return { kind: 'builtin', name: 'imdb', numWords };
}
