/**
 * Turns a validated graph document into a TensorFlow.js LayersModel, one catalog entry per layer kind.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import type { AnyGraphNode, GraphDocument } from '../contract/graph.ts';
import type { Activation, LayerKind, Regularizer } from '../contract/layers.ts';
import { analyzeGraph } from '../contract/validate.ts';
import { EngineError } from './errors.ts';
import { saidIssue } from '../contract/error-text.ts';

type TfActivation =
  | 'linear'
  | 'relu'
  | 'sigmoid'
  | 'softmax'
  | 'tanh'
  | 'elu'
  | 'selu'
  | 'softplus'
  | 'softsign'
  | 'swish'
  | 'gelu'
  | 'relu6'
  | 'hardSigmoid';

/** Keras activation names to tfjs-layers identifiers. */
const ACTIVATION: Record<Activation, TfActivation> = {
  linear: 'linear',
  relu: 'relu',
  sigmoid: 'sigmoid',
  softmax: 'softmax',
  tanh: 'tanh',
  elu: 'elu',
  selu: 'selu',
  softplus: 'softplus',
  softsign: 'softsign',
  swish: 'swish',
  gelu: 'gelu',
  relu6: 'relu6',
  hard_sigmoid: 'hardSigmoid',
};

function reg(r: Regularizer | null) {
  return r ? tfl.regularizers.l1l2({ l1: r.l1, l2: r.l2 }) : undefined;
}

type Node<K extends LayerKind> = AnyGraphNode & { kind: K };
type Make = (node: AnyGraphNode) => tfl.layers.Layer;

// Keras 3's initializers, named: TensorFlow.js' own default kernel initializer is glorot_normal.
export const KERNEL_INITIALIZER = 'glorotUniform';
export const BIAS_INITIALIZER = 'zeros';

/**
 * The tfjs activation a layer is built with: hard_sigmoid is built linear and followed by
 * `kerasHardSigmoid` (TensorFlow.js' hardSigmoid is Keras 2's, see there).
 */
const tfActivation = (a: Activation): TfActivation =>
  a === 'hard_sigmoid' ? 'linear' : ACTIVATION[a];

// Activity regularizers are not given to tfjs-layers (it throws on them): the model exposes the
// regularized outputs instead and the trainer adds the penalty, as Keras 3 does (not divided by batch).
const weights = (n: Node<'Dense' | 'Conv2D'>) => ({
  activation: tfActivation(n.params.activation),
  useBias: n.params.useBias,
  kernelInitializer: KERNEL_INITIALIZER,
  biasInitializer: BIAS_INITIALIZER,
  kernelRegularizer: reg(n.params.kernelRegularizer),
  biasRegularizer: reg(n.params.biasRegularizer),
});

const MAKE: Record<Exclude<LayerKind, 'Input'>, Make> = {
  Dense: (node) => {
    const n = node as Node<'Dense'>;
    return tfl.layers.dense({ name: n.name, units: n.params.units, ...weights(n) });
  },
  Conv2D: (node) => {
    const n = node as Node<'Conv2D'>;
    return tfl.layers.conv2d({
      name: n.name,
      filters: n.params.filters,
      kernelSize: n.params.kernelSize,
      strides: n.params.strides,
      padding: n.params.padding,
      ...weights(n),
    });
  },
  MaxPooling2D: (node) => {
    const n = node as Node<'MaxPooling2D'>;
    return tfl.layers.maxPooling2d({
      name: n.name,
      poolSize: n.params.poolSize,
      strides: n.params.strides ?? n.params.poolSize,
      padding: n.params.padding,
    });
  },
  AveragePooling2D: (node) => {
    const n = node as Node<'AveragePooling2D'>;
    return tfl.layers.averagePooling2d({
      name: n.name,
      poolSize: n.params.poolSize,
      strides: n.params.strides ?? n.params.poolSize,
      padding: n.params.padding,
    });
  },
  GlobalAveragePooling2D: (n) => tfl.layers.globalAveragePooling2d({ name: n.name }),
  Flatten: (n) => tfl.layers.flatten({ name: n.name }),
  Reshape: (node) =>
    tfl.layers.reshape({
      name: node.name,
      targetShape: (node as Node<'Reshape'>).params.targetShape,
    }),
  Dropout: (node) =>
    tfl.layers.dropout({ name: node.name, rate: (node as Node<'Dropout'>).params.rate }),
  BatchNormalization: (node) => {
    const { momentum, epsilon, center, scale } = (node as Node<'BatchNormalization'>).params;
    return tfl.layers.batchNormalization({
      name: node.name,
      axis: -1,
      momentum,
      epsilon,
      center,
      scale,
      betaInitializer: 'zeros',
      gammaInitializer: 'ones',
      movingMeanInitializer: 'zeros',
      movingVarianceInitializer: 'ones',
    });
  },
  Activation: (node) =>
    tfl.layers.activation({
      name: node.name,
      activation: tfActivation((node as Node<'Activation'>).params.activation),
    }),
  Add: (n) => tfl.layers.add({ name: n.name }),
  Concatenate: (node) =>
    tfl.layers.concatenate({ name: node.name, axis: (node as Node<'Concatenate'>).params.axis }),
};

/**
 * Keras 3's hard_sigmoid, relu6(x + 3) / 6 = clip(x / 6 + 0.5, 0, 1), from stock layers: TensorFlow.js'
 * hardSigmoid is Keras 2's clip(0.2 x + 0.5, 0, 1), and 0.2 (5/6 x) + 0.5 is Keras 3's. Stock layers
 * (not a custom activation) keep a saved model.json loadable by any tf.loadLayersModel, with the same
 * numbers. Their names are the layer's plus a suffix, made unique among `taken`.
 */
function kerasHardSigmoid(x: tfl.SymbolicTensor, name: string, taken: Set<string>) {
  const unique = (base: string) => {
    let n = base;
    for (let i = 1; taken.has(n); i++) n = `${base}_${i}`;
    taken.add(n);
    return n;
  };
  const scaled = tfl.layers
    .rescaling({ name: unique(`${name}_hard_sigmoid_scale`), scale: 5 / 6, offset: 0 })
    .apply(x) as tfl.SymbolicTensor;
  return tfl.layers
    .activation({ name: unique(`${name}_hard_sigmoid`), activation: 'hardSigmoid' })
    .apply(scaled) as tfl.SymbolicTensor;
}

export interface BuiltModel {
  /** The model as the user drew it: one input, one output. Used for evaluation and export. */
  model: tfl.LayersModel;
  /** Same layers; outputs `[output, ...activity-regularized layer outputs]` for the training step. */
  trainModel: tfl.LayersModel;
  activity: { layer: string; penalty: (x: tf.Tensor) => tf.Scalar }[];
}

/**
 * Builds the model. The graph must pass `analyzeGraph`; an invalid one throws an `EngineError` with the
 * first issue's sentence (callers validate first and show them all).
 */
export function buildModel(graph: GraphDocument): BuiltModel {
  const analysis = analyzeGraph(graph);
  if (!analysis.ok) {
    const first = analysis.issues[0];
    throw new EngineError('invalid-graph', saidIssue(first), { nodeId: first.nodeId });
  }
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const inputsOf = new Map<string, string[]>(graph.nodes.map((n) => [n.id, []]));
  for (const e of graph.edges) inputsOf.get(e.target)!.push(e.source);

  const names = new Set(graph.nodes.map((n) => n.name));
  const outputs = new Map<string, tfl.SymbolicTensor>();
  let input: tfl.SymbolicTensor | undefined;
  const activityOutputs: {
    layer: string;
    out: tfl.SymbolicTensor;
    regularizer: NonNullable<ReturnType<typeof reg>>;
  }[] = [];
  for (const id of analysis.order) {
    const node = byId.get(id)!;
    if (node.kind === 'Input') {
      input = tfl.input({ shape: node.params.shape, name: node.name });
      outputs.set(id, input);
      continue;
    }
    const ins = inputsOf.get(id)!.map((s) => outputs.get(s)!);
    const layer = MAKE[node.kind](node);
    let out = layer.apply(ins.length === 1 ? ins[0] : ins) as tfl.SymbolicTensor;
    if ('activation' in node.params && node.params.activation === 'hard_sigmoid')
      out = kerasHardSigmoid(out, node.name, names);
    outputs.set(id, out);
    const activity = 'activityRegularizer' in node.params ? node.params.activityRegularizer : null;
    if (activity) activityOutputs.push({ layer: node.name, out, regularizer: reg(activity)! });
  }
  const output = outputs.get(analysis.outputId!)!;
  const model = tfl.model({ inputs: input!, outputs: output, name: 'layerlab_model' });
  const trainModel = activityOutputs.length
    ? tfl.model({ inputs: input!, outputs: [output, ...activityOutputs.map((a) => a.out)] })
    : model;
  const activity = activityOutputs.map((a) => ({
    layer: a.layer,
    penalty: (x: tf.Tensor) => a.regularizer.apply(x),
  }));
  return { model, trainModel, activity };
}

/** Sum of the regularization penalties of every layer (a scalar), or null when there are none. */
export function regularizationLoss(model: tfl.LayersModel): tf.Scalar | null {
  const losses = model.calculateLosses();
  if (losses.length === 0) return null;
  return losses.length === 1 ? losses[0] : (tf.addN(losses) as tf.Scalar);
}
