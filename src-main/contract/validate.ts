/**
 * Whole-graph validation with shape inference. Pure: the editor runs it on every edit for live
 * feedback, and main runs it again on every graph it receives before building a model.
 *
 * Every problem is a sentence that names the layer and says what to do.
 */
import type { AnyGraphNode, GraphDocument } from './graph.ts';
import { LAYERS, type LayerKind, type ParamSpec, type Regularizer } from './layers.ts';

/** Shape of one example, without the batch dimension (Keras' `output_shape[1:]`). */
export type Shape = number[];

export interface GraphIssue {
  /** The node at fault, when there is one (the editor shows the sentence there). */
  nodeId?: string;
  edgeId?: string;
  code:
    | 'empty'
    | 'no-input'
    | 'no-output'
    | 'many-outputs'
    | 'cycle'
    | 'dangling'
    | 'bad-edge'
    | 'inputs'
    | 'param'
    | 'shape'
    | 'duplicate'
    | 'too-large';
  message: string;
}

export interface NodeInfo {
  /** Output shape, when it could be inferred. */
  shape?: Shape;
  /** Weights in the layer (Keras' `count_params()`), trainable and not. */
  params: number;
  trainableParams: number;
}

export interface GraphAnalysis {
  ok: boolean;
  issues: GraphIssue[];
  /** Per node id. Present for every node whose inputs could be inferred. */
  nodes: Record<string, NodeInfo>;
  /** Topological order of node ids (only when there is no cycle). */
  order: string[];
  inputId?: string;
  outputId?: string;
  totalParams: number;
  trainableParams: number;
}

export const fmtShape = (s: Shape) => `[${s.join(', ')}]`;

/**
 * The most parameters LayerLab trains. Training keeps about four copies of every weight (the weights,
 * their gradients and Adam's two slots), so 100 M parameters already take 1.6 GB.
 */
export const MAX_MODEL_PARAMS = 100_000_000;

/** 4295032832 -> "4,295,032,832", for sentences. */
export const fmtCount = (n: number) => n.toLocaleString('en-US');
const label = (n: AnyGraphNode) => `${n.kind} layer '${n.name}'`;

/**
 * What is wrong with one parameter value, as phrases that follow its name ("is 1.5; it must be from 0
 * up to (not including) 1"); empty when the catalog allows it. The grid runner uses them for swept
 * values, `checkParams` for the layers of a graph.
 */
export function paramProblems(spec: ParamSpec, v: unknown): string[] {
  switch (spec.type) {
    case 'int':
    case 'float': {
      if (typeof v !== 'number' || !Number.isFinite(v))
        return [`must be a number, not ${JSON.stringify(v)}`];
      const out: string[] = [];
      if (spec.type === 'int' && !Number.isInteger(v)) out.push(`must be a whole number, not ${v}`);
      const max = spec.max;
      const maxBad =
        max !== undefined && (spec.type === 'float' && spec.maxExclusive ? v >= max : v > max);
      if (v < spec.min || maxBad) {
        const range =
          max === undefined
            ? `at least ${spec.min}`
            : spec.type === 'float' && spec.maxExclusive
              ? `from ${spec.min} up to (not including) ${max}`
              : `from ${spec.min} to ${max}`;
        out.push(`is ${v}; it must be ${range}`);
      }
      return out;
    }
    case 'enum':
      return spec.options.includes(v as string)
        ? []
        : [`is '${String(v)}'; choose one of ${spec.options.join(', ')}`];
    case 'bool':
      return typeof v === 'boolean' ? [] : ['must be true or false'];
    case 'pair':
      if (v === null && spec.nullable) return [];
      if (!Array.isArray(v) || v.length !== 2 || !v.every((x) => Number.isInteger(x) && x >= 1))
        return [`is ${JSON.stringify(v)}; it must be two whole numbers of at least 1, like [3, 3]`];
      return [];
    case 'shape': {
      const ok =
        Array.isArray(v) &&
        v.length >= 1 &&
        v.every((x) => Number.isInteger(x) && (x >= 1 || (spec.allowInfer && x === -1))) &&
        v.filter((x) => x === -1).length <= 1;
      return ok
        ? []
        : [
            `is ${JSON.stringify(v)}; it must be a list of whole sizes of at least 1${spec.allowInfer ? ' (one may be -1)' : ''}, like [28, 28, 1]`,
          ];
    }
    case 'regularizer': {
      const r = v as Regularizer | null;
      if (r === null) return [];
      if (
        typeof r !== 'object' ||
        (r.l1 ?? 0) < 0 ||
        (r.l2 ?? 0) < 0 ||
        !Number.isFinite(r.l1) ||
        !Number.isFinite(r.l2)
      )
        return [
          `has a negative or invalid factor (l1 ${r?.l1}, l2 ${r?.l2}); factors must be 0 or more`,
        ];
      return [];
    }
  }
}

/** Checks every parameter against the catalog's ranges; returns sentences. */
export function checkParams(node: AnyGraphNode): string[] {
  const specs = LAYERS[node.kind].params as Record<string, ParamSpec>;
  const params = node.params as Record<string, unknown>;
  return Object.entries(specs).flatMap(([name, spec]) =>
    paramProblems(spec, params[name]).map((p) => `${label(node)}: ${spec.label} ${p}.`),
  );
}

type Infer = (
  node: AnyGraphNode,
  inputs: Shape[],
) => { shape: Shape; params?: number; trainable?: number } | string;

function convOut(size: number, k: number, s: number, padding: string): number {
  return padding === 'same' ? Math.ceil(size / s) : Math.floor((size - k) / s) + 1;
}

function pool(node: AnyGraphNode & { kind: 'MaxPooling2D' | 'AveragePooling2D' }, [x]: Shape[]) {
  if (x.length !== 3) return needsImage(node, x);
  const [ph, pw] = node.params.poolSize;
  const [sh, sw] = node.params.strides ?? node.params.poolSize;
  const h = convOut(x[0], ph, sh, node.params.padding);
  const w = convOut(x[1], pw, sw, node.params.padding);
  if (h < 1 || w < 1)
    return `${label(node)}: its ${ph}x${pw} window does not fit the ${x[0]}x${x[1]} image it gets. Use a smaller pool size, padding 'same', or remove a pooling layer before it.`;
  return { shape: [h, w, x[2]] };
}

function needsImage(node: AnyGraphNode, x: Shape): string {
  const fix =
    x.length === 1
      ? ` Add a Reshape layer before it (for example to [${guessImage(x[0]).join(', ')}]), or use Dense layers instead.`
      : ' Use an Input of shape [height, width, channels], like [28, 28, 1].';
  return `${label(node)} needs an image tensor [height, width, channels], but gets ${fmtShape(x)}.${fix}`;
}

function guessImage(n: number): Shape {
  const side = Math.round(Math.sqrt(n));
  return side * side === n ? [side, side, 1] : [n, 1, 1];
}

const product = (s: Shape) => s.reduce((a, b) => a * b, 1);

const INFER: Record<LayerKind, Infer> = {
  Input: (node) => ({ shape: [...(node as AnyGraphNode & { kind: 'Input' }).params.shape] }),
  Dense: (node, [x]) => {
    const n = node as AnyGraphNode & { kind: 'Dense' };
    if (x.length !== 1) {
      return `${label(n)} gets a ${fmtShape(x)} tensor but needs a flat vector: add a Flatten layer before it${x.length === 3 ? ' (or GlobalAveragePooling2D)' : ''}.`;
    }
    const units = n.params.units;
    const p = x[0] * units + (n.params.useBias ? units : 0);
    return { shape: [units], params: p, trainable: p };
  },
  Conv2D: (node, [x]) => {
    const n = node as AnyGraphNode & { kind: 'Conv2D' };
    if (x.length !== 3) return needsImage(n, x);
    const [kh, kw] = n.params.kernelSize;
    const [sh, sw] = n.params.strides;
    const h = convOut(x[0], kh, sh, n.params.padding);
    const w = convOut(x[1], kw, sw, n.params.padding);
    if (h < 1 || w < 1)
      return `${label(n)}: its ${kh}x${kw} kernel does not fit the ${x[0]}x${x[1]} image it gets. Use a smaller kernel, padding 'same', or fewer pooling layers before it.`;
    const p = kh * kw * x[2] * n.params.filters + (n.params.useBias ? n.params.filters : 0);
    return { shape: [h, w, n.params.filters], params: p, trainable: p };
  },
  MaxPooling2D: (node, inputs) => pool(node as AnyGraphNode & { kind: 'MaxPooling2D' }, inputs),
  AveragePooling2D: (node, inputs) =>
    pool(node as AnyGraphNode & { kind: 'AveragePooling2D' }, inputs),
  GlobalAveragePooling2D: (node, [x]) => (x.length === 3 ? { shape: [x[2]] } : needsImage(node, x)),
  Flatten: (node, [x]) =>
    x.length === 1
      ? `${label(node)} gets ${fmtShape(x)}, which is already flat; remove it.`
      : { shape: [product(x)] },
  Reshape: (node, [x]) => {
    const target = (node as AnyGraphNode & { kind: 'Reshape' }).params.targetShape;
    const known = product(target.filter((d) => d !== -1));
    const total = product(x);
    if (target.includes(-1)) {
      if (total % known !== 0)
        return `${label(node)} cannot reshape ${fmtShape(x)} (${total} values) to ${fmtShape(target)}: ${total} is not a multiple of ${known}.`;
      return { shape: target.map((d) => (d === -1 ? total / known : d)) };
    }
    if (known !== total)
      return `${label(node)} cannot reshape ${fmtShape(x)} (${total} values) to ${fmtShape(target)} (${known} values); the sizes must multiply to ${total}.`;
    return { shape: [...target] };
  },
  Dropout: (_n, [x]) => ({ shape: x }),
  BatchNormalization: (node, [x]) => {
    const n = node as AnyGraphNode & { kind: 'BatchNormalization' };
    const c = x[x.length - 1];
    const trainable = (n.params.center ? c : 0) + (n.params.scale ? c : 0);
    return { shape: x, params: trainable + 2 * c, trainable };
  },
  Activation: (_n, [x]) => ({ shape: x }),
  Add: (node, inputs) => {
    const first = inputs[0];
    const bad = inputs.find((s) => fmtShape(s) !== fmtShape(first));
    if (bad)
      return `${label(node)} needs inputs of one shape, but gets ${inputs.map(fmtShape).join(' and ')}. Make the branches end in the same shape, or use Concatenate.`;
    return { shape: first };
  },
  Concatenate: (node, inputs) => {
    const rank = inputs[0].length;
    const axisParam = (node as AnyGraphNode & { kind: 'Concatenate' }).params.axis;
    const axis = axisParam < 0 ? rank + axisParam : axisParam - 1; // Keras' axis counts the batch
    if (inputs.some((s) => s.length !== rank) || axis < 0 || axis >= rank)
      return `${label(node)} cannot join ${inputs.map(fmtShape).join(' and ')} along axis ${axisParam}: the inputs need the same rank and the axis must exist.`;
    for (let d = 0; d < rank; d++) {
      if (d === axis) continue;
      if (inputs.some((s) => s[d] !== inputs[0][d]))
        return `${label(node)} cannot join ${inputs.map(fmtShape).join(' and ')} along axis ${axisParam}: all other sizes must match.`;
    }
    const shape = [...inputs[0]];
    shape[axis] = inputs.reduce((a, s) => a + s[axis], 0);
    return { shape };
  },
};

/** Validates the graph and infers every shape it can, collecting all issues (not only the first). */
export function analyzeGraph(graph: GraphDocument): GraphAnalysis {
  const issues: GraphIssue[] = [];
  const info: Record<string, NodeInfo> = {};
  const byId = new Map<string, AnyGraphNode>();
  const names = new Set<string>();
  for (const node of graph.nodes) {
    if (byId.has(node.id))
      issues.push({
        nodeId: node.id,
        code: 'duplicate',
        message: `Two layers share the id '${node.id}'.`,
      });
    if (names.has(node.name))
      issues.push({
        nodeId: node.id,
        code: 'duplicate',
        message: `Two layers are named '${node.name}'; rename one.`,
      });
    byId.set(node.id, node);
    names.add(node.name);
    for (const message of checkParams(node))
      issues.push({ nodeId: node.id, code: 'param', message });
  }
  const result = (
    ok: boolean,
    order: string[] = [],
    extra: Partial<GraphAnalysis> = {},
  ): GraphAnalysis => {
    let totalParams = 0;
    let trainableParams = 0;
    for (const n of Object.values(info)) {
      totalParams += n.params;
      trainableParams += n.trainableParams;
    }
    return {
      ok: ok && issues.length === 0,
      issues,
      nodes: info,
      order,
      totalParams,
      trainableParams,
      ...extra,
    };
  };
  if (graph.nodes.length === 0) {
    issues.push({
      code: 'empty',
      message: 'The model is empty: start with an Input layer, then add layers after it.',
    });
    return result(false);
  }

  const inputsOf = new Map<string, string[]>();
  const outputsOf = new Map<string, string[]>();
  for (const n of graph.nodes) {
    inputsOf.set(n.id, []);
    outputsOf.set(n.id, []);
  }
  for (const e of graph.edges) {
    if (!byId.has(e.source) || !byId.has(e.target)) {
      issues.push({
        edgeId: e.id,
        code: 'bad-edge',
        message: `A connection points to a layer that does not exist ('${byId.has(e.source) ? e.target : e.source}'); delete it.`,
      });
      continue;
    }
    if (e.source === e.target) {
      issues.push({
        edgeId: e.id,
        nodeId: e.source,
        code: 'cycle',
        message: `${label(byId.get(e.source)!)} is connected to itself; delete that connection.`,
      });
      continue;
    }
    inputsOf.get(e.target)!.push(e.source);
    outputsOf.get(e.source)!.push(e.target);
  }

  // Kahn's algorithm: what is left over sits on a cycle.
  const indegree = new Map([...inputsOf].map(([id, ins]) => [id, ins.length]));
  const queue = graph.nodes.filter((n) => indegree.get(n.id) === 0).map((n) => n.id);
  const order: string[] = [];
  while (queue.length) {
    const id = queue.shift()!;
    order.push(id);
    for (const t of outputsOf.get(id)!) {
      indegree.set(t, indegree.get(t)! - 1);
      if (indegree.get(t) === 0) queue.push(t);
    }
  }
  if (order.length < graph.nodes.length) {
    const onCycle = graph.nodes.filter((n) => !order.includes(n.id));
    for (const n of onCycle)
      issues.push({
        nodeId: n.id,
        code: 'cycle',
        message: `${label(n)} is part of a loop; a model must flow one way from Input to output. Remove one connection of the loop.`,
      });
  }

  const inputs = graph.nodes.filter((n) => n.kind === 'Input');
  const sinks = graph.nodes.filter((n) => outputsOf.get(n.id)!.length === 0 && n.kind !== 'Input');
  if (inputs.length === 0)
    issues.push({
      code: 'no-input',
      message:
        'The model has no Input layer: add one at the top and connect it to the first layer.',
    });
  if (inputs.length > 1)
    for (const n of inputs.slice(1))
      issues.push({
        nodeId: n.id,
        code: 'inputs',
        message: `${label(n)} is a second Input; a model here takes one input. Delete it or merge the branches.`,
      });
  for (const n of inputs)
    if (outputsOf.get(n.id)!.length === 0 && graph.nodes.length > 1)
      issues.push({
        nodeId: n.id,
        code: 'dangling',
        message: `${label(n)} is not connected to anything: connect it to the first layer.`,
      });

  for (const n of graph.nodes) {
    const count = inputsOf.get(n.id)!.length;
    const { min, max } = LAYERS[n.kind].inputs;
    if (n.kind === 'Input') {
      if (count > 0)
        issues.push({
          nodeId: n.id,
          code: 'inputs',
          message: `${label(n)} cannot take inputs; remove the connection into it.`,
        });
    } else if (count === 0) {
      issues.push({
        nodeId: n.id,
        code: 'dangling',
        message: `${label(n)} has no input: connect a layer into it, or delete it.`,
      });
    } else if (count < min) {
      issues.push({
        nodeId: n.id,
        code: 'inputs',
        message: `${label(n)} merges ${min} or more branches but gets ${count}; connect another layer into it.`,
      });
    } else if (count > max) {
      issues.push({
        nodeId: n.id,
        code: 'inputs',
        message: `${label(n)} takes one input but gets ${count}; merge them first with an Add or Concatenate layer.`,
      });
    }
  }
  let outputId: string | undefined;
  if (
    sinks.length === 0 &&
    graph.nodes.length > 0 &&
    inputs.length > 0 &&
    order.length === graph.nodes.length
  )
    issues.push({
      code: 'no-output',
      message: 'The model has no output layer: add a Dense layer after the last one.',
    });
  if (sinks.length > 1) {
    for (const n of sinks)
      issues.push({
        nodeId: n.id,
        code: 'many-outputs',
        message: `${label(n)} is a dead end: ${sinks.length} layers end the model (${sinks.map((s) => `'${s.name}'`).join(', ')}), but it needs exactly one output. Connect it onward or delete it.`,
      });
  } else if (sinks.length === 1) outputId = sinks[0].id;

  // Shape inference in topological order; a node is inferred when all its inputs are.
  for (const id of order) {
    const node = byId.get(id)!;
    const ins = inputsOf.get(id)!;
    if (node.kind !== 'Input' && ins.length === 0) continue;
    const inShapes = ins.map((s) => info[s]?.shape);
    if (inShapes.some((s) => !s)) continue;
    if (checkParams(node).length) continue;
    const { min, max } = LAYERS[node.kind].inputs;
    if (node.kind !== 'Input' && (ins.length < min || ins.length > max)) continue;
    const r = INFER[node.kind](node, inShapes as Shape[]);
    if (typeof r === 'string') {
      issues.push({ nodeId: id, code: 'shape', message: r });
      info[id] = { params: 0, trainableParams: 0 };
    } else {
      info[id] = { shape: r.shape, params: r.params ?? 0, trainableParams: r.trainable ?? 0 };
    }
  }
  capParams(order, byId, info, issues);
  return result(true, order.length === graph.nodes.length ? order : [], {
    inputId: inputs[0]?.id,
    outputId,
  });
}

/** One issue on the layer whose weights take the model past `MAX_MODEL_PARAMS`. */
function capParams(
  order: string[],
  byId: Map<string, AnyGraphNode>,
  info: Record<string, NodeInfo>,
  issues: GraphIssue[],
) {
  const total = order.reduce((sum, id) => sum + (info[id]?.params ?? 0), 0);
  if (total <= MAX_MODEL_PARAMS) return;
  let sum = 0;
  for (const id of order) {
    sum += info[id]?.params ?? 0;
    if (sum <= MAX_MODEL_PARAMS) continue;
    const node = byId.get(id)!;
    issues.push({
      nodeId: id,
      code: 'too-large',
      message: `${node.name} brings the model to ${fmtCount(sum)} parameters${total > sum ? ` (${fmtCount(total)} in all)` : ''}; LayerLab trains at most ${fmtCount(MAX_MODEL_PARAMS)}: use fewer units or filters, or make the image smaller (pooling, strides) before Flatten.`,
    });
    return;
  }
}
