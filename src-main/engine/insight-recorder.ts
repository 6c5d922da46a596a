/**
 * Records what a training run's model looks like inside (contract/insights.ts), for the trainer:
 * kernels and their gradients' norms, activations on a fixed sample, the validation predictions
 * `evaluate` already made, and the decision surface of 2-input models. Holds a few tensors for the
 * whole run (the sample, the grid, the last gradient norms); `dispose` frees them.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import type { GraphDocument } from '../contract/graph.ts';
import {
  ACTIVATION_SAMPLE,
  SURFACE_POINTS,
  SURFACE_SIZE,
  WRONG_EXAMPLES,
  type ActivationLayerMeta,
  type ActivationStats,
  type EpochInsight,
  type InsightMeta,
  type SurfaceMeta,
  type WeightLayerMeta,
  type WrongExample,
} from '../contract/insights.ts';
import { writeRow, type Dataset, type SplitView } from '../data/dataset.ts';
import type { Views } from './batches.ts';
import { featureBatch, identityOrder, toTensor } from './batches.ts';
import type { BuiltModel } from './build-model.ts';
import {
  confusionMatrix,
  kernelRange,
  mostConfidentlyWrong,
  spread,
  surfaceGrid,
  thumbnail,
  toBytes,
  weightStats,
  withMargin,
} from './insights.ts';
import { predictions, type LossSpec } from './losses.ts';

/** What `evaluate` predicted for each example of the validation view, in its order. */
export interface Predictions {
  predicted: Int32Array;
  confidence: Float32Array;
}

/**
 * Mean, standard deviation and (for ReLU outputs) dead fraction of one layer's output: a [3] tensor,
 * dead = -1 when not asked. A unit is one channel (the last axis): for Conv2D a filter over every
 * position, dead when it is 0 everywhere for every example.
 */
export function activationMoments(out: tf.Tensor, relu: boolean): tf.Tensor1D {
  return tf.tidy(() => {
    const { mean, variance } = tf.moments(out);
    const units = out.shape.at(-1) ?? 1;
    const dead = relu
      ? tf.mean(tf.cast(tf.lessEqual(tf.max(tf.reshape(out, [-1, units]), 0), 0), 'float32'))
      : tf.scalar(-1);
    return tf.stack([mean, tf.sqrt(variance), dead]) as tf.Tensor1D;
  });
}

interface Kernel {
  meta: WeightLayerMeta;
  variable: tf.Variable;
}

/** The graph node a layer was built from: its kind and activation (none for helper layers). */
function nodeInfo(
  graph: GraphDocument,
  name: string,
): { kind: string | null; activation: string | null } {
  const node = graph.nodes.find((n) => n.name === name);
  if (!node) return { kind: null, activation: null };
  const activation = 'activation' in node.params ? (node.params.activation as string) : null;
  return { kind: node.kind, activation };
}

export class InsightRecorder {
  readonly meta: InsightMeta;
  private readonly kernels: Kernel[];
  /** Every non-Input layer's output. Never disposed: it shares its layers (and their weights) with
   * the trained model, and disposing a tfjs-layers model disposes its layers. It holds no tensors. */
  private readonly side: tfl.LayersModel;
  private readonly sample: tf.Tensor;
  private readonly grid: tf.Tensor | null;
  private lastGradNorms: tf.Tensor | null = null;
  /** Epoch 0, held until the first batch's gradients (taken before its update) complete it. */
  private initial: EpochInsight | null = null;

  constructor(
    private readonly built: BuiltModel,
    private readonly views: Views,
    private readonly dataset: Dataset,
    private readonly spec: LossSpec,
    graph: GraphDocument,
    private readonly send: (insight: EpochInsight, meta?: InsightMeta) => void,
  ) {
    const model = built.model;
    const inputShape = model.inputs[0].shape.slice(1) as number[];
    this.kernels = [];
    for (const layer of model.layers) {
      const kernel = layer.weights.find((w) => w.originalName.endsWith('/kernel'));
      if (!kernel) continue;
      const kind = nodeInfo(graph, layer.name).kind ?? layer.getClassName();
      this.kernels.push({
        meta: {
          name: layer.name,
          kind,
          kernelShape: kernel.shape as number[],
          range: kernelRange(kind, kernel.shape as number[]),
        },
        variable: kernel.read() as tf.Variable,
      });
    }
    const layers = model.layers.filter((l) => l.getClassName() !== 'InputLayer');
    const activationLayers: ActivationLayerMeta[] = layers.map((l) => {
      const { kind, activation } = nodeInfo(graph, l.name);
      return {
        name: l.name,
        kind: kind ?? l.getClassName(),
        activation,
        relu: activation === 'relu',
      };
    });
    this.side = tfl.model({
      inputs: model.inputs,
      outputs: layers.map((l) => l.output as tfl.SymbolicTensor),
    });
    const from = views.validation ?? views.train;
    const m = Math.min(ACTIVATION_SAMPLE, from.rows.length);
    this.sample = tf.keep(toTensor(featureBatch(from, identityOrder(m), 0, m), m, inputShape));
    const surface =
      inputShape.length === 1 && inputShape[0] === 2 ? surfaceMeta(views.train) : null;
    this.grid = surface
      ? tf.keep(tf.tensor2d(surfaceGrid(surface.x, surface.y), [SURFACE_SIZE * SURFACE_SIZE, 2]))
      : null;
    const validation = views.validation;
    this.meta = {
      weightLayers: this.kernels.map((k) => k.meta),
      activationLayers,
      classNames: dataset.info.classNames,
      validationCount: validation?.rows.length ?? 0,
      validationSplit: !validation ? null : validation.split === dataset.test ? 'test' : 'train',
      surface,
      featureShape: dataset.info.featureShape,
    };
  }

  /** Before training, with the initial weights' predictions on the validation data. */
  async begin(validation: Predictions | null): Promise<void> {
    this.initial = await this.insight(0, validation);
  }

  /**
   * After a batch's gradients, before its update: the first completes and sends epoch 0; an
   * epoch's last keeps its kernels' gradient norms for `epochEnd` (one small op, no download).
   */
  async sawGradients(grads: tf.NamedTensorMap, lastOfEpoch: boolean): Promise<void> {
    if (!this.initial && !lastOfEpoch) return;
    const norms = tf.tidy(() =>
      this.kernels.length
        ? tf.stack(this.kernels.map((k) => tf.norm(grads[k.variable.name])))
        : tf.zeros([0]),
    );
    if (this.initial) {
      const values = await norms.data();
      this.initial.weights.forEach((w, i) => (w.gradNorm = values[i]));
      this.sendInitial();
    }
    if (!lastOfEpoch) return norms.dispose();
    this.lastGradNorms?.dispose();
    this.lastGradNorms = norms;
  }

  /** After the epoch's metrics went out: its insight, from the same validation predictions. */
  async epochEnd(epoch: number, validation: Predictions | null): Promise<void> {
    this.send(await this.insight(epoch, validation));
  }

  /** The end of training: a run stopped before its first batch still says what its model was. */
  end(): void {
    this.sendInitial();
  }

  private sendInitial(): void {
    if (this.initial) this.send(this.initial, this.meta);
    this.initial = null;
  }

  /** The insight of `epoch` from the model as it is now (gradient norms: the last kept, or null). */
  private async insight(epoch: number, validation: Predictions | null): Promise<EpochInsight> {
    let norms: ArrayLike<number> | null = null;
    if (this.lastGradNorms) {
      norms = await this.lastGradNorms.data();
      this.lastGradNorms.dispose();
      this.lastGradNorms = null;
    }
    const kernels = await Promise.all(this.kernels.map((k) => k.variable.data()));
    const weights = this.kernels.map((k, i) =>
      weightStats(k.meta.name, kernels[i], k.meta.range, norms ? norms[i] : null),
    );
    const view = this.views.validation;
    return {
      epoch,
      weights,
      activations: await this.activations(),
      confusion:
        view && validation
          ? confusionMatrix(view.labels, validation.predicted, this.classCount())
          : null,
      wrong: view && validation ? this.wrong(view, validation) : null,
      surface: await this.surface(),
    };
  }

  dispose(): void {
    this.sample.dispose();
    this.grid?.dispose();
    this.lastGradNorms?.dispose();
  }

  private classCount(): number {
    return this.spec.units === 1 ? 2 : this.spec.units;
  }

  private async activations(): Promise<ActivationStats[]> {
    const layers = this.meta.activationLayers;
    const stats = tf.tidy(() => {
      const outs = [this.side.apply(this.sample, { training: false })].flat() as tf.Tensor[];
      return tf.concat(outs.map((o, i) => activationMoments(o, layers[i].relu)));
    });
    const values = await stats.data();
    stats.dispose();
    return layers.map((l, i) => ({
      layer: l.name,
      mean: values[3 * i],
      std: values[3 * i + 1],
      dead: l.relu ? values[3 * i + 2] : null,
    }));
  }

  private wrong(view: SplitView, p: Predictions): WrongExample[] {
    const split = view.split === this.dataset.test ? 'test' : 'train';
    const shape = this.dataset.info.featureShape;
    return mostConfidentlyWrong(view.labels, p.predicted, p.confidence, WRONG_EXAMPLES).map(
      (pos) => {
        const row = view.rows[pos];
        const example: WrongExample = {
          index: row,
          label: view.labels[pos],
          predicted: p.predicted[pos],
          confidence: p.confidence[pos],
        };
        if (shape.length === 3) example.image = thumbnail(view.split.features, row, shape);
        const text = this.dataset.text?.(split, row);
        if (text !== undefined) example.text = text;
        return example;
      },
    );
  }

  private async surface(): Promise<EpochInsight['surface']> {
    if (!this.grid) return null;
    const out = tf.tidy(() =>
      predictions(this.spec, this.built.model.apply(this.grid!, { training: false }) as tf.Tensor),
    );
    const values = (await out.data()) as Float32Array;
    out.dispose();
    const n = values.length / 2;
    return {
      classes: Uint8Array.from(values.subarray(0, n)),
      confidence: toBytes(values.subarray(n)),
    };
  }
}

const round = (v: number) => Number(v.toPrecision(6));

function surfaceMeta(train: SplitView): SurfaceMeta {
  const n = train.rows.length;
  const p = new Float32Array(2);
  const lo = [Infinity, Infinity];
  const hi = [-Infinity, -Infinity];
  const features = train.split.features;
  for (let i = 0; i < n; i++) {
    writeRow(features, train.rows[i], p, 0);
    for (let d = 0; d < 2; d++) [lo[d], hi[d]] = [Math.min(lo[d], p[d]), Math.max(hi[d], p[d])];
  }
  const points = spread(n, SURFACE_POINTS).map((i) => {
    writeRow(features, train.rows[i], p, 0);
    // Six digits draw any point exactly enough, in a third of the bytes of a float's seventeen.
    return { x: round(p[0]), y: round(p[1]), label: train.labels[i] };
  });
  return { x: withMargin(lo[0], hi[0]), y: withMargin(lo[1], hi[1]), points };
}
