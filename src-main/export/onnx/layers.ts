/**
 * One ONNX converter per layer kind of the catalog. Tensors keep Keras' channels-last order, as the
 * model's input and output do; convolution and pooling run channels-first in ONNX, so a value
 * records its layout and is transposed only where a layer needs the other one (a Conv2D followed by
 * pooling and batch normalization stays channels-first until a Flatten or Dense needs it back).
 */
import type { AnyGraphNode } from '../../contract/graph.ts';
import type { Activation, LayerKind } from '../../contract/layers.ts';
import type { OnnxGraph } from './builder.ts';
import type { Weight } from './weights.ts';

/** `keras`: the Keras order (channels last); `nchw`: an image tensor in ONNX's channels-first order. */
export type Layout = 'keras' | 'nchw';

export interface Value {
  name: string;
  layout: Layout;
  /** The Keras shape without the batch (`[h, w, c]` for an image whatever its layout). */
  shape: number[];
}

export interface LayerContext {
  g: OnnxGraph;
  node: AnyGraphNode;
  inputs: Value[];
  /** The layer's output shape (Keras order, without the batch). */
  shape: number[];
  /** The name the layer's last op writes. */
  out: string;
  /** The layer's stored weight by its short name; throws when the run has none of this shape. */
  weight(name: string, shape: number[]): Weight;
  keras(v: Value): Value;
  nchw(v: Value): Value;
}

type Convert = (c: LayerContext) => Value;
type Params<K extends LayerKind> = (AnyGraphNode & { kind: K })['params'];
const params = <K extends LayerKind>(c: LayerContext, _kind: K) => c.node.params as Params<K>;

const NHWC_TO_NCHW = [0, 3, 1, 2];
const NCHW_TO_NHWC = [0, 2, 3, 1];

// SELU's constants as Keras and TensorFlow.js define them (ONNX's defaults are these in float32;
// written out so the file says which SELU it means).
const SELU_ALPHA = 1.6732632423543772;
const SELU_GAMMA = 1.0507009873554805;

/**
 * The activation `act` on `x`; `axis` is the channel axis (Softmax's). Returns `x` for linear.
 * hard_sigmoid is Keras 3's clip(x / 6 + 0.5, 0, 1), as the engine trains it (not Keras 2's 0.2 x).
 */
function activate(c: LayerContext, x: string, act: Activation, axis: number): string {
  const { g, out } = c;
  const scalar = (v: number) => g.floats(`${c.node.name}/const`, [], [v]);
  switch (act) {
    case 'linear':
      return x;
    case 'relu':
      return g.op('Relu', [x], {}, out);
    case 'sigmoid':
      return g.op('Sigmoid', [x], {}, out);
    case 'tanh':
      return g.op('Tanh', [x], {}, out);
    case 'softmax':
      return g.op('Softmax', [x], { axis }, out);
    case 'elu':
      return g.op('Elu', [x], { alpha: { float: 1 } }, out);
    case 'selu':
      return g.op('Selu', [x], { alpha: { float: SELU_ALPHA }, gamma: { float: SELU_GAMMA } }, out);
    case 'softplus':
      return g.op('Softplus', [x], {}, out);
    case 'softsign':
      return g.op('Softsign', [x], {}, out);
    case 'swish':
      return g.op('Mul', [x, g.op('Sigmoid', [x])], {}, out);
    case 'gelu': {
      // x * 0.5 * (1 + erf(x / sqrt 2)): the exact GELU, as TensorFlow.js and Keras compute it.
      const erf = g.op('Erf', [g.op('Div', [x, scalar(Math.SQRT2)])]);
      const cdf = g.op('Mul', [scalar(0.5), g.op('Add', [scalar(1), erf])]);
      return g.op('Mul', [x, cdf], {}, out);
    }
    case 'relu6':
      return g.op('Clip', [x, scalar(0), scalar(6)], {}, out);
    case 'hard_sigmoid':
      return g.op('HardSigmoid', [x], { alpha: { float: 1 / 6 }, beta: { float: 0.5 } }, out);
  }
}

/** The channel axis of a value's tensor (with the batch): 1 channels-first, else the last. */
const channelAxis = (v: Value) => (v.layout === 'nchw' ? 1 : v.shape.length);

/** Explicit [top, left, bottom, right] pads: TensorFlow's SAME puts the odd one at the end. */
function pads(
  [h, w]: number[],
  [kh, kw]: number[],
  [sh, sw]: number[],
  padding: 'valid' | 'same',
): number[] {
  if (padding === 'valid') return [0, 0, 0, 0];
  const total = (size: number, k: number, s: number) =>
    Math.max((Math.ceil(size / s) - 1) * s + k - size, 0);
  const th = total(h, kh, sh);
  const tw = total(w, kw, sw);
  return [Math.floor(th / 2), Math.floor(tw / 2), th - Math.floor(th / 2), tw - Math.floor(tw / 2)];
}

/** A Keras kernel [kh, kw, in, out] as ONNX's [out, in, kh, kw]. */
function convKernel({ shape: [kh, kw, cin, cout], values }: Weight): number[] {
  const out = new Array<number>(values.length);
  for (let y = 0; y < kh; y++)
    for (let x = 0; x < kw; x++)
      for (let i = 0; i < cin; i++)
        for (let o = 0; o < cout; o++)
          out[((o * cin + i) * kh + y) * kw + x] = values[((y * kw + x) * cin + i) * cout + o];
  return out;
}

function pool(c: LayerContext, op: 'MaxPool' | 'AveragePool'): Value {
  const p = params(c, 'MaxPooling2D');
  const x = c.nchw(c.inputs[0]);
  const strides = p.strides ?? p.poolSize;
  const attrs = {
    kernel_shape: p.poolSize,
    strides,
    pads: pads(x.shape, p.poolSize, strides, p.padding),
    // TensorFlow's SAME average counts only the values inside the image.
    ...(op === 'AveragePool' ? { count_include_pad: 0 } : {}),
  };
  return { name: c.g.op(op, [x.name], attrs, c.out), layout: 'nchw', shape: c.shape };
}

/** BatchNormalization at inference: (x - mean) / sqrt(variance + epsilon) * gamma + beta. */
function batchNorm(c: LayerContext): Value {
  const { g, node } = c;
  const p = params(c, 'BatchNormalization');
  const channels = c.shape[c.shape.length - 1];
  const mean = c.weight('moving_mean', [channels]);
  const variance = c.weight('moving_variance', [channels]);
  const gamma = p.scale ? c.weight('gamma', [channels]).values : new Float32Array(channels).fill(1);
  const beta = p.center ? c.weight('beta', [channels]).values : new Float32Array(channels);
  let x = c.inputs[0];
  if (x.layout === 'keras' && x.shape.length === 3) x = c.nchw(x);
  if (x.layout === 'nchw' || x.shape.length === 1) {
    const consts = { gamma, beta, moving_mean: mean.values, moving_variance: variance.values };
    const names = Object.entries(consts).map(([n, v]) =>
      g.floats(`${node.name}/${n}`, [channels], v),
    );
    const y = g.op(
      'BatchNormalization',
      [x.name, ...names],
      { epsilon: { float: p.epsilon } },
      c.out,
    );
    return { name: y, layout: x.layout, shape: c.shape };
  }
  // Channels last on a tensor of another rank: the same formula in broadcasting ops.
  const scale = Float32Array.from(gamma, (s, i) => s / Math.sqrt(variance.values[i] + p.epsilon));
  const centered = g.op('Sub', [
    x.name,
    g.floats(`${node.name}/moving_mean`, [channels], mean.values),
  ]);
  const scaled = g.op('Mul', [centered, g.floats(`${node.name}/scale`, [channels], scale)]);
  const y = g.op('Add', [scaled, g.floats(`${node.name}/beta`, [channels], beta)], {}, c.out);
  return { name: y, layout: 'keras', shape: c.shape };
}

export const CONVERT: Record<Exclude<LayerKind, 'Input'>, Convert> = {
  Dense: (c) => {
    const p = params(c, 'Dense');
    const x = c.keras(c.inputs[0]);
    const kernel = c.weight('kernel', [x.shape[0], p.units]);
    const linear = p.activation === 'linear';
    const w = c.g.floats(`${c.node.name}/kernel`, kernel.shape, kernel.values);
    let y = c.g.op('MatMul', [x.name, w], {}, linear && !p.useBias ? c.out : undefined);
    if (p.useBias) {
      const b = c.g.floats(`${c.node.name}/bias`, [p.units], c.weight('bias', [p.units]).values);
      y = c.g.op('Add', [y, b], {}, linear ? c.out : undefined);
    }
    return { name: activate(c, y, p.activation, -1), layout: 'keras', shape: c.shape };
  },
  Conv2D: (c) => {
    const p = params(c, 'Conv2D');
    const x = c.nchw(c.inputs[0]);
    const [kh, kw] = p.kernelSize;
    const [cin, cout] = [x.shape[2], p.filters];
    const kernel = c.weight('kernel', [kh, kw, cin, cout]);
    const inputs = [
      x.name,
      c.g.floats(`${c.node.name}/kernel`, [cout, cin, kh, kw], convKernel(kernel)),
    ];
    if (p.useBias)
      inputs.push(c.g.floats(`${c.node.name}/bias`, [cout], c.weight('bias', [cout]).values));
    const attrs = {
      kernel_shape: p.kernelSize,
      strides: p.strides,
      pads: pads(x.shape, p.kernelSize, p.strides, p.padding),
      dilations: [1, 1],
      group: 1,
    };
    const linear = p.activation === 'linear';
    const y = c.g.op('Conv', inputs, attrs, linear ? c.out : undefined);
    return { name: activate(c, y, p.activation, 1), layout: 'nchw', shape: c.shape };
  },
  MaxPooling2D: (c) => pool(c, 'MaxPool'),
  AveragePooling2D: (c) => pool(c, 'AveragePool'),
  GlobalAveragePooling2D: (c) => {
    const x = c.inputs[0];
    const name =
      x.layout === 'nchw'
        ? c.g.op('Flatten', [c.g.op('GlobalAveragePool', [x.name])], { axis: 1 }, c.out)
        : c.g.op('ReduceMean', [x.name], { axes: [1, 2], keepdims: 0 }, c.out);
    return { name, layout: 'keras', shape: c.shape };
  },
  // Keras flattens channels last: a channels-first image goes back to [n, h, w, c] first.
  Flatten: (c) => ({
    name: c.g.op('Flatten', [c.keras(c.inputs[0]).name], { axis: 1 }, c.out),
    layout: 'keras',
    shape: c.shape,
  }),
  Reshape: (c) => {
    const target = c.g.int64s(`${c.node.name}/shape`, [0, ...c.shape]);
    const name = c.g.op('Reshape', [c.keras(c.inputs[0]).name, target], {}, c.out);
    return { name, layout: 'keras', shape: c.shape };
  },
  // Dropout does nothing at inference.
  Dropout: (c) => c.inputs[0],
  BatchNormalization: batchNorm,
  Activation: (c) => {
    const x = c.inputs[0];
    const name = activate(c, x.name, params(c, 'Activation').activation, channelAxis(x));
    return { ...x, name };
  },
  Add: (c) => {
    const same = c.inputs.every((v) => v.layout === 'nchw');
    const xs = same ? c.inputs : c.inputs.map((v) => c.keras(v));
    const name = c.g.op(
      'Sum',
      xs.map((v) => v.name),
      {},
      c.out,
    );
    return { name, layout: same ? 'nchw' : 'keras', shape: c.shape };
  },
  Concatenate: (c) => {
    const rank = c.shape.length;
    const a = params(c, 'Concatenate').axis;
    const axis = a < 0 ? rank + a : a - 1; // Keras' axis counts the batch (see validate.ts)
    const nchw = rank === 3 && c.inputs.every((v) => v.layout === 'nchw');
    const xs = nchw ? c.inputs : c.inputs.map((v) => c.keras(v));
    const onnxAxis = nchw ? NHWC_TO_NCHW.indexOf(axis + 1) : axis + 1;
    const name = c.g.op(
      'Concat',
      xs.map((v) => v.name),
      { axis: onnxAxis },
      c.out,
    );
    return { name, layout: nchw ? 'nchw' : 'keras', shape: c.shape };
  },
};

export { NCHW_TO_NHWC, NHWC_TO_NCHW };
