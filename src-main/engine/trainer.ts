/**
 * The training loop: Keras' `fit` semantics (running means per epoch, validation at epoch end, early
 * stopping), with pause and stop between batches and every tensor disposed. Runs in the trainer
 * process, but is a plain function so tests can call it in-process.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { checkCompatibility } from '../contract/compat.ts';
import type { DatasetInfo } from '../contract/datasets.ts';
import type { EpochInsight, InsightMeta } from '../contract/insights.ts';
import type { LabFile } from '../contract/lab.ts';
import {
  effectiveLearningRate,
  type EpochMetrics,
  type TrainingConfig,
} from '../contract/training.ts';
import { analyzeGraph } from '../contract/validate.ts';
import type { Dataset, SplitView } from '../data/dataset.ts';
import { augmentBatch, isIdentity } from './augment.ts';
import { featureBatch, identityOrder, labelBatch, makeViews, toTensor } from './batches.ts';
import { fullView } from '../data/dataset.ts';
import { buildModel, regularizationLoss, type BuiltModel } from './build-model.ts';
import { EngineError } from './errors.ts';
import { said, saidIssue } from '../contract/errors.ts';
import { InsightRecorder, type Predictions } from './insight-recorder.ts';
import { correctCount, meanLoss, predictions, targets, type LossSpec } from './losses.ts';
import { makeOptimizer } from './optimizers.ts';
import { mulberry32, shuffleInPlace } from './random.ts';

export interface TrainStart {
  dataset: DatasetInfo;
  stepsPerEpoch: number;
  epochs: number;
  trainCount: number;
  validationCount: number;
  totalParams: number;
}

export interface TrainHooks {
  onStart?(start: TrainStart): void;
  /** Running means over the epoch so far, at most every `progressIntervalMs`. */
  onProgress?(p: {
    epoch: number;
    batch: number;
    batches: number;
    loss: number;
    accuracy: number;
  }): void;
  onEpoch?(metrics: EpochMetrics): void;
  /**
   * What the model looks like inside (contract/insights.ts): epoch 0 with `meta` before training,
   * then after each epoch's `onEpoch`. Recorded only when this hook is given.
   */
  onInsight?(insight: EpochInsight, meta?: InsightMeta): void;
  /** Awaited between batches: resolves when a paused run may go on. */
  gate?(): Promise<void> | void;
  /** Checked between batches: true ends the run after the current batch. */
  shouldStop?(): boolean;
  progressIntervalMs?: number;
}

export type TrainStatus = 'completed' | 'early-stopped' | 'stopped';

/** Stored weights to start from (a stored model's specs and bytes). */
export interface InitialWeights {
  weightSpecs: tf.io.WeightsManifestEntry[];
  weightData: ArrayBuffer | Uint8Array;
}

export interface SavedModel {
  modelTopology: unknown;
  weightSpecs: tf.io.WeightsManifestEntry[];
  weightData: ArrayBuffer;
}

export interface TrainResult {
  status: TrainStatus;
  metrics: EpochMetrics[];
  /** 1-based epoch of the lowest val_loss, when there was validation. */
  bestEpoch: number | null;
  /** 1-based epoch after which early stopping stopped. */
  stoppedEpoch: number | null;
  model: SavedModel;
  seconds: number;
}

/** Validates the lab against the data; throws an EngineError with the first sentence. */
export function checkLab(lab: LabFile, info: DatasetInfo): void {
  const analysis = analyzeGraph(lab.graph);
  const issues = analysis.ok ? checkCompatibility(lab.graph, info, lab.training) : analysis.issues;
  if (issues.length)
    throw new EngineError('invalid-graph', saidIssue(issues[0]), { nodeId: issues[0].nodeId });
  const es = lab.training.earlyStopping;
  if (es && es.monitor.startsWith('val_') && lab.training.validation.kind === 'none')
    throw new EngineError(
      'invalid-lab',
      said('error_early_stopping_no_validation', { monitor: es.monitor }),
    );
  if (
    lab.training.augmentation &&
    !isIdentity(lab.training.augmentation) &&
    info.featureShape.length !== 3
  )
    throw new EngineError(
      'invalid-lab',
      said('error_augment_needs_images', {
        title: info.title,
        shape: JSON.stringify(info.featureShape),
      }),
    );
}

/**
 * Keras 3's EarlyStopping (keras/src/callbacks/early_stopping.py) without `baseline` and with
 * `start_from_epoch` 0 and mode 'auto' (accuracy upwards, losses downwards), as LayerLab offers it.
 */
export class EarlyStopper {
  best: number;
  wait = 0;
  bestWeights: tf.Tensor[] | null = null;
  private readonly better: (a: number, b: number) => boolean;
  constructor(
    private readonly spec: NonNullable<TrainingConfig['earlyStopping']>,
    private readonly model: tfl.LayersModel,
  ) {
    const max = spec.monitor.endsWith('accuracy');
    this.best = max ? -Infinity : Infinity;
    this.better = max ? (a, b) => a - spec.minDelta > b : (a, b) => a + spec.minDelta < b;
  }
  /** `on_epoch_end`; returns true to stop. `epoch` is 0-based. A NaN is no improvement. */
  update(metrics: EpochMetrics, epoch: number): boolean {
    const current = metrics[this.spec.monitor];
    if (current === undefined) return false;
    // Keras keeps the first epoch's weights even when its value is no improvement (a NaN).
    if (this.spec.restoreBestWeights && !this.bestWeights) this.keepWeights();
    this.wait += 1;
    if (this.better(current, this.best)) {
      this.best = current;
      if (this.spec.restoreBestWeights) this.keepWeights();
      this.wait = 0;
      return false;
    }
    return this.wait >= this.spec.patience && epoch > 0;
  }
  /**
   * `on_train_end`: with restore_best_weights, the best epoch's weights, whether or not training
   * stopped early (Keras 3 restores them at the end of every fit).
   */
  finish(): void {
    if (this.bestWeights) this.model.setWeights(this.bestWeights);
  }
  private keepWeights() {
    this.bestWeights?.forEach((t) => t.dispose());
    this.bestWeights = this.model.getWeights().map((w) => tf.keep(w.clone()));
  }
  dispose() {
    this.bestWeights?.forEach((t) => t.dispose());
  }
}

function sumActivity(built: BuiltModel, outs: tf.Tensor[]): tf.Scalar | null {
  if (!built.activity.length) return null;
  return tf.addN(built.activity.map((a, i) => a.penalty(outs[i + 1]))) as tf.Scalar;
}

/**
 * Loss and accuracy on a view; with `predict`, also each example's predicted class and confidence
 * from the same forward pass (what the insights' confusion matrix and wrong examples are made of).
 * Reads are async: the WebGPU backend cannot download a tensor synchronously in Node.
 */
async function evaluate(
  built: BuiltModel,
  spec: LossSpec,
  view: SplitView,
  inputShape: number[],
  predict = false,
): Promise<{ loss: number; accuracy: number; predictions: Predictions | null }> {
  const n = view.rows.length;
  const order = identityOrder(n);
  const chunk = 1024;
  let lossSum = 0;
  let correct = 0;
  const predicted = predict ? new Int32Array(n) : null;
  const confidence = predict ? new Float32Array(n) : null;
  for (let from = 0; from < n; from += chunk) {
    const to = Math.min(n, from + chunk);
    const [stats, p] = tf.tidy(() => {
      const x = toTensor(featureBatch(view, order, from, to), to - from, inputShape);
      const y = targets(spec, labelBatch(view, order, from, to));
      const outs = [built.trainModel.apply(x, { training: false })].flat() as tf.Tensor[];
      const activity = sumActivity(built, outs);
      const loss = meanLoss(spec, y, outs[0]);
      const s = tf.stack([
        activity ? tf.add(loss, activity) : loss,
        correctCount(spec, y, outs[0]),
      ]);
      return predict ? [s, predictions(spec, outs[0])] : [s];
    });
    const [l, c] = await stats.data();
    stats.dispose();
    if (p) {
      const values = (await p.data()) as Float32Array;
      p.dispose();
      predicted!.set(values.subarray(0, to - from), from);
      confidence!.set(values.subarray(to - from), from);
    }
    lossSum += l * (to - from);
    correct += c;
  }
  const reg = tf.tidy(() => regularizationLoss(built.model) ?? tf.scalar(0));
  const [regValue] = await reg.data();
  reg.dispose();
  return {
    loss: lossSum / n + regValue,
    accuracy: correct / n,
    predictions: predicted && confidence ? { predicted, confidence } : null,
  };
}

/**
 * Gives the built model stored weights, layer by layer by name; a weight the store lacks, or of
 * another shape, is an EngineError (main checks first: this is the last guard).
 */
export function loadInitialWeights(built: BuiltModel, initial: InitialWeights): void {
  // A copy of just these bytes: a Buffer (what some channels deliver) is a view into a larger pool.
  const data =
    initial.weightData instanceof Uint8Array
      ? new Uint8Array(initial.weightData).buffer
      : initial.weightData;
  const named = tf.io.decodeWeights(data, initial.weightSpecs);
  try {
    for (const layer of built.model.layers) {
      if (!layer.weights.length) continue;
      const values = layer.weights.map((w) => {
        const t = named[w.originalName];
        if (!t || t.shape.join() !== w.shape.join())
          throw new EngineError(
            'mismatch',
            t
              ? said('error_weights_stored_shape', {
                  weight: w.originalName,
                  shape: t.shape.join(', '),
                  layer: layer.name,
                  needs: w.shape.join(', '),
                })
              : said('error_weights_stored_missing', {
                  weight: w.originalName,
                  layer: layer.name,
                  needs: w.shape.join(', '),
                }),
          );
        return t;
      });
      layer.setWeights(values);
    }
  } finally {
    tf.dispose(Object.values(named));
  }
}

/** A model's loss and accuracy on a dataset's test set, as Keras' `model.evaluate` reports them. */
export async function evaluateStored(
  lab: LabFile,
  dataset: Dataset,
  initial: InitialWeights,
): Promise<{ count: number; loss: number; accuracy: number }> {
  checkLab(lab, dataset.info);
  if (!dataset.test)
    throw new EngineError(
      'invalid-lab',
      said('error_no_test_set_evaluate', { title: dataset.info.title }),
    );
  const built = buildModel(lab.graph);
  try {
    loadInitialWeights(built, initial);
    const inputShape = built.model.inputs[0].shape.slice(1) as number[];
    const units = (built.model.outputs[0].shape.slice(-1)[0] as number) ?? 1;
    const spec: LossSpec = {
      name: lab.training.loss,
      labelSmoothing: lab.training.labelSmoothing,
      units,
    };
    const view = fullView(dataset.test);
    const { loss, accuracy } = await evaluate(built, spec, view, inputShape);
    return { count: view.rows.length, loss, accuracy };
  } finally {
    built.trainModel.dispose();
  }
}

export async function saveModel(model: tfl.LayersModel): Promise<SavedModel> {
  let saved: SavedModel | undefined;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const data = artifacts.weightData!;
      saved = {
        modelTopology: artifacts.modelTopology,
        weightSpecs: artifacts.weightSpecs!,
        weightData: Array.isArray(data) ? tf.io.concatenateArrayBuffers(data) : data,
      };
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  return saved!;
}

/** Trains the lab's model on the dataset. Restores `Math.random` and frees every tensor it made. */
/** The loss became NaN or infinite in `epoch` (from 0): the learning rate is the likely cause. */
export function divergedError(epoch: number, loss: number, config: TrainingConfig): EngineError {
  const rate = effectiveLearningRate(config);
  return new EngineError(
    'diverged',
    said('error_diverged', { epoch: epoch + 1, loss: String(loss), rate }),
  );
}

export async function train(
  lab: LabFile,
  dataset: Dataset,
  hooks: TrainHooks = {},
  initial: InitialWeights | null = null,
): Promise<TrainResult> {
  const config = lab.training;
  checkLab(lab, dataset.info);
  const originalRandom = Math.random;
  // A seed makes the whole run reproducible on CPU backends: TF.js draws its initial weights and
  // dropout masks from Math.random when no per-op seed is given.
  if (config.seed !== null) Math.random = mulberry32(config.seed);
  const random = config.seed !== null ? mulberry32(config.seed ^ 0x9e3779b9) : originalRandom;
  const started = performance.now();
  let built: BuiltModel | null = null;
  let optimizer: tf.Optimizer | null = null;
  let stopper: EarlyStopper | null = null;
  let recorder: InsightRecorder | null = null;
  try {
    const views = makeViews(dataset, config, random);
    built = buildModel(lab.graph);
    if (initial) loadInitialWeights(built, initial);
    const inputShape = built.model.inputs[0].shape.slice(1) as number[];
    const units = (built.model.outputs[0].shape.slice(-1)[0] as number) ?? 1;
    const spec: LossSpec = { name: config.loss, labelSmoothing: config.labelSmoothing, units };
    optimizer = makeOptimizer(config);
    stopper = config.earlyStopping ? new EarlyStopper(config.earlyStopping, built.model) : null;
    const augmentation =
      config.augmentation && !isIdentity(config.augmentation) ? config.augmentation : null;
    const n = views.train.rows.length;
    const batches = Math.ceil(n / config.batchSize);
    hooks.onStart?.({
      dataset: dataset.info,
      stepsPerEpoch: batches,
      epochs: config.epochs,
      trainCount: n,
      validationCount: views.validation?.rows.length ?? 0,
      totalParams: built.model.countParams(),
    });
    if (hooks.onInsight) {
      recorder = new InsightRecorder(built, views, dataset, spec, lab.graph, hooks.onInsight);
      const v =
        views.validation && (await evaluate(built, spec, views.validation, inputShape, true));
      await recorder.begin(v ? v.predictions : null);
    }

    const metrics: EpochMetrics[] = [];
    const vars = built.trainModel.trainableWeights.map((w) => w.read() as tf.Variable);
    const interval = hooks.progressIntervalMs ?? 250;
    let status: TrainStatus = 'completed';
    let stoppedEpoch: number | null = null;

    for (let epoch = 0; epoch < config.epochs && status === 'completed'; epoch++) {
      const t0 = performance.now();
      const order = identityOrder(n);
      if (config.shuffle) shuffleInPlace(order, random);
      let lossSum = 0;
      let regSum = 0;
      let correct = 0;
      let seen = 0;
      let lastReport = performance.now();
      for (let b = 0; b < batches; b++) {
        await hooks.gate?.();
        if (hooks.shouldStop?.()) {
          status = 'stopped';
          break;
        }
        const from = b * config.batchSize;
        const to = Math.min(n, from + config.batchSize);
        const values = featureBatch(views.train, order, from, to);
        if (augmentation)
          augmentBatch(values, to - from, dataset.info.featureShape, augmentation, random);
        const x = toTensor(values, to - from, inputShape);
        const y = targets(spec, labelBatch(views.train, order, from, to));
        // Filled inside minimize's closure: [total loss, penalties, correct predictions].
        const batch: { stats?: tf.Tensor } = {};
        const model = built;
        // What optimizer.minimize does, with the gradients in reach for the insights' norms.
        const { value, grads } = optimizer.computeGradients(() => {
          const outs = [model.trainModel.apply(x, { training: true })].flat() as tf.Tensor[];
          const dataLoss = meanLoss(spec, y, outs[0]);
          const weightsReg = regularizationLoss(model.trainModel);
          const activity = sumActivity(model, outs);
          const reg =
            weightsReg && activity ? tf.add(weightsReg, activity) : (weightsReg ?? activity);
          const total = reg ? tf.add(dataLoss, reg) : dataLoss;
          batch.stats = tf.keep(
            tf.stack([total, reg ?? tf.scalar(0), correctCount(spec, y, outs[0])]),
          );
          return total as tf.Scalar;
        }, vars);
        await recorder?.sawGradients(grads, b === batches - 1);
        optimizer.applyGradients(vars.map((v) => ({ name: v.name, tensor: grads[v.name] })));
        tf.dispose(grads);
        value.dispose();
        x.dispose();
        y.dispose();
        const [l, r, c] = await batch.stats!.data();
        batch.stats!.dispose();
        const count = to - from;
        lossSum += l * count;
        regSum += r * count;
        correct += c;
        seen += count;
        if (!Number.isFinite(l)) throw divergedError(epoch, l, config);
        const now = performance.now();
        if (hooks.onProgress && (now - lastReport >= interval || b === batches - 1)) {
          lastReport = now;
          hooks.onProgress({
            epoch: epoch + 1,
            batch: b + 1,
            batches,
            loss: lossSum / seen,
            accuracy: correct / seen,
          });
        }
        // Yield to the event loop so pause/stop messages arrive between batches.
        if (b % 4 === 3) await new Promise((resolve) => setImmediate(resolve));
      }
      if (status === 'stopped' && seen < n) break;
      const m: EpochMetrics = {
        epoch: epoch + 1,
        loss: lossSum / seen,
        accuracy: correct / seen,
        regularization_loss: regSum / seen,
        seconds: 0,
      };
      let validated: Predictions | null = null;
      if (views.validation) {
        const v = await evaluate(built, spec, views.validation, inputShape, !!recorder);
        m.val_loss = v.loss;
        m.val_accuracy = v.accuracy;
        validated = v.predictions;
      }
      m.seconds = (performance.now() - t0) / 1000;
      metrics.push(m);
      hooks.onEpoch?.(m);
      await recorder?.epochEnd(epoch + 1, validated);
      if (stopper?.update(m, epoch)) {
        status = 'early-stopped';
        stoppedEpoch = epoch + 1;
      }
      if (hooks.shouldStop?.() && status === 'completed' && epoch + 1 < config.epochs)
        status = 'stopped';
    }
    recorder?.end();
    stopper?.finish();
    let bestEpoch: number | null = null;
    metrics.forEach((m) => {
      if (
        m.val_loss !== undefined &&
        (bestEpoch === null || m.val_loss < metrics[bestEpoch - 1].val_loss!)
      )
        bestEpoch = m.epoch;
    });
    const model = await saveModel(built.model);
    return {
      status,
      metrics,
      bestEpoch,
      stoppedEpoch,
      model,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    Math.random = originalRandom;
    stopper?.dispose();
    recorder?.dispose();
    optimizer?.dispose();
    // trainModel holds every layer of model (a layer's weights are freed once, by its last owner).
    built?.trainModel.dispose();
  }
}
