/**
 * The model part of the script: `keras.Sequential([...])` for a chain of layers, the functional API
 * (`keras.Input`, calls, `keras.Model(inputs, outputs)`) for branches and merges. Each layer is
 * written as a course writes it: the main argument positional, then only the settings that differ
 * from Keras' defaults (the catalog's defaults are Keras' own).
 */
import type { AnyGraphNode, GraphDocument } from '../../contract/graph.ts';
import {
  LAYERS,
  baseName,
  defaultParams,
  type Activation,
  type LayerKind,
  type LayerParams,
  type Regularizer,
} from '../../contract/layers.ts';
import type { GraphAnalysis } from '../../contract/validate.ts';
import { pyBool, pyCall, pyFloat, pyIdentifier, pyNum, pyStr, pyTuple } from './py.ts';

/** `regularizers.l2(0.001)`, `regularizers.l1(0.01)`, `regularizers.l1_l2(l1=0.01, l2=0.001)`. */
export function regularizerCode(r: Regularizer): string {
  if (r.kind === 'l2') return `regularizers.l2(${pyNum(r.l2)})`;
  if (r.kind === 'l1') return `regularizers.l1(${pyNum(r.l1)})`;
  return `regularizers.l1_l2(l1=${pyNum(r.l1)}, l2=${pyNum(r.l2)})`;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `key=value` for each setting that is not Keras' default. */
class Args {
  readonly list: string[] = [];
  constructor(private readonly defaults: Record<string, unknown>) {}
  positional(code: string): this {
    this.list.push(code);
    return this;
  }
  /** Adds `key=code(value)` when `value` differs from the default of our parameter `param`. */
  opt<T>(key: string, param: string, value: T, code: (v: T) => string): this {
    if (!same(value, this.defaults[param])) this.list.push(`${key}=${code(value)}`);
    return this;
  }
}

const activation = (a: Activation) => pyStr(a);
const pair = (p: [number, number]) => pyTuple(p);
const reg = (r: Regularizer | null) => (r ? regularizerCode(r) : 'None');

type Weighted = LayerParams<'Dense'> | LayerParams<'Conv2D'>;
function weighted(args: Args, p: Weighted): Args {
  return args
    .opt('activation', 'activation', p.activation, activation)
    .opt('use_bias', 'useBias', p.useBias, pyBool)
    .opt('kernel_regularizer', 'kernelRegularizer', p.kernelRegularizer, reg)
    .opt('bias_regularizer', 'biasRegularizer', p.biasRegularizer, reg)
    .opt('activity_regularizer', 'activityRegularizer', p.activityRegularizer, reg);
}

function pooling(args: Args, p: LayerParams<'MaxPooling2D'>): Args {
  return args
    .positional(pair(p.poolSize))
    .opt('strides', 'strides', p.strides, (s) => (s ? pair(s) : 'None'))
    .opt('padding', 'padding', p.padding, pyStr);
}

/** The arguments of each kind's constructor (Input is written by the model code itself). */
const LAYER_ARGS: { [K in Exclude<LayerKind, 'Input'>]: (p: LayerParams<K>, a: Args) => Args } = {
  Dense: (p, a) => weighted(a.positional(pyNum(p.units)), p),
  Conv2D: (p, a) =>
    weighted(
      a
        .positional(pyNum(p.filters))
        .positional(pair(p.kernelSize))
        .opt('strides', 'strides', p.strides, pair)
        .opt('padding', 'padding', p.padding, pyStr),
      p,
    ),
  MaxPooling2D: (p, a) => pooling(a, p),
  AveragePooling2D: (p, a) => pooling(a, p),
  GlobalAveragePooling2D: (_p, a) => a,
  Flatten: (_p, a) => a,
  Reshape: (p, a) => a.positional(pyTuple(p.targetShape)),
  Dropout: (p, a) => a.positional(pyNum(p.rate)),
  BatchNormalization: (p, a) =>
    a
      .opt('momentum', 'momentum', p.momentum, pyFloat)
      .opt('epsilon', 'epsilon', p.epsilon, pyFloat)
      .opt('center', 'center', p.center, pyBool)
      .opt('scale', 'scale', p.scale, pyBool),
  Activation: (p, a) => a.positional(activation(p.activation)),
  Add: (_p, a) => a,
  Concatenate: (p, a) => a.opt('axis', 'axis', p.axis, pyNum),
};

/** True when Keras would give the layer this name by itself (`dense`, `dense_3`). */
function autoNamed(node: AnyGraphNode): boolean {
  const base = baseName(node.kind);
  if (node.name === base) return true;
  const rest = node.name.startsWith(base + '_') ? node.name.slice(base.length + 1) : '';
  return rest !== '' && [...rest].every((c) => c >= '0' && c <= '9');
}

/** `layers.Dense(512, activation="relu")` for one node; `indent` is where the call starts. */
export function layerCode(
  node: AnyGraphNode,
  indent = '',
  rewrite: (arg: string) => string = (a) => a,
): string {
  if (node.kind === 'Input') return `keras.Input(shape=${pyTuple(node.params.shape)})`;
  const kind = node.kind;
  const args = (LAYER_ARGS[kind] as (p: unknown, a: Args) => Args)(
    node.params,
    new Args(defaultParams(kind) as Record<string, unknown>),
  ).list;
  if (!autoNamed(node)) args.push(`name=${pyStr(node.name)}`);
  return pyCall(`layers.${LAYERS[kind].kerasClass}`, args.map(rewrite), indent);
}

export interface ModelCodeOptions {
  /** Put before every line (the model inside a function). */
  indent?: string;
  /** Applied to each layer argument before lines are wrapped (the grid's variables). */
  rewrite?: (arg: string) => string;
}

/** Names the script itself uses, which a layer's variable must not shadow. */
const TAKEN = new Set([
  'keras',
  'layers',
  'regularizers',
  'np',
  'tf',
  'plt',
  'model',
  'history',
  'inputs',
  'outputs',
  'x',
  'y',
]);

/**
 * The model as Python lines ending with `model = ...`. `analysis` gives the order; an invalid
 * graph is written as far as it goes (the live view shows it while the graph is being drawn).
 */
export function modelCode(
  graph: GraphDocument,
  analysis: GraphAnalysis,
  options: ModelCodeOptions = {},
): string[] {
  const pad = options.indent ?? '';
  const rewrite = options.rewrite;
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const inputsOf = new Map<string, string[]>(graph.nodes.map((n) => [n.id, []]));
  const outCount = new Map<string, number>(graph.nodes.map((n) => [n.id, 0]));
  for (const e of graph.edges) {
    if (!byId.has(e.source) || !byId.has(e.target)) continue;
    inputsOf.get(e.target)!.push(e.source);
    outCount.set(e.source, outCount.get(e.source)! + 1);
  }
  const order = (analysis.order.length ? analysis.order : graph.nodes.map((n) => n.id)).map((id) =>
    byId.get(id)!,
  );
  const chain = order.every((n) => inputsOf.get(n.id)!.length <= 1 && outCount.get(n.id)! <= 1);
  if (chain) {
    if (!order.length) return [`${pad}model = keras.Sequential()`];
    return [
      `${pad}model = keras.Sequential(`,
      `${pad}    [`,
      ...order.map((n) => `${pad}        ${layerCode(n, `${pad}        `, rewrite)},`),
      `${pad}    ]`,
      `${pad})`,
    ];
  }
  // Functional: one variable per layer output, named after the layer (`inputs` and `outputs` for
  // the ends), so a reader can follow every branch.
  const vars = new Map<string, string>();
  const used = new Set(TAKEN);
  for (const n of order) {
    let v =
      n.id === analysis.inputId
        ? 'inputs'
        : n.id === analysis.outputId
          ? 'outputs'
          : pyIdentifier(n.name);
    if (v !== 'inputs' && v !== 'outputs')
      for (let i = 1; used.has(v); i++) v = `${pyIdentifier(n.name)}_${i}`;
    used.add(v);
    vars.set(n.id, v);
  }
  const lines = order.map((n) => {
    const from = inputsOf.get(n.id)!.map((id) => vars.get(id)!);
    const call = layerCode(n, pad, rewrite);
    const applied =
      from.length === 0
        ? call
        : from.length === 1
          ? `${call}(${from[0]})`
          : `${call}([${from.join(', ')}])`;
    return `${pad}${vars.get(n.id)} = ${applied}`;
  });
  const input = analysis.inputId ? vars.get(analysis.inputId) : 'inputs';
  const output = analysis.outputId ? vars.get(analysis.outputId) : 'outputs';
  return [...lines, `${pad}model = keras.Model(${input}, ${output})`];
}
