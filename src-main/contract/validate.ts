/**
 * Whole-graph validation with shape inference. Pure: the editor runs it on every edit for live
 * feedback, and main runs it again on every graph it receives before building a model.
 *
 * Every problem is a sentence that names the layer and says what to do: its message key and
 * parameters (issue-words.ts), and the English sentence made from them.
 */
import type { AnyGraphNode, GraphDocument } from './graph.ts';
import { inEnglish, quoted, words, wordIssue, type IssueWords } from './issue-words.ts';
import { LAYERS, type LayerKind, type ParamSpec, type Regularizer } from './layers.ts';

/** Shape of one example, without the batch dimension (Keras' `output_shape[1:]`). */
export type Shape = number[];

export interface GraphIssue extends IssueWords {
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
  /** The sentence in English, for `--json`, tests and logs; the editor words `key` and `params`. */
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
const label = (n: AnyGraphNode) => ({ kind: n.kind, name: n.name });

/**
 * What is wrong with one parameter value, as phrases that follow its name ("is 1.5; it must be from 0
 * up to (not including) 1"); empty when the catalog allows it. The grid runner uses them for swept
 * values, `checkParams` for the layers of a graph.
 */
export function paramProblemWords(spec: ParamSpec, v: unknown): IssueWords[] {
  const value = JSON.stringify(v) ?? String(v);
  switch (spec.type) {
    case 'int':
    case 'float': {
      if (typeof v !== 'number' || !Number.isFinite(v))
        return [words('issue_problem_not_number', { value })];
      const out: IssueWords[] = [];
      if (spec.type === 'int' && !Number.isInteger(v))
        out.push(words('issue_problem_not_whole', { value: v }));
      const { min, max } = spec;
      const exclusive = spec.type === 'float' && spec.maxExclusive;
      const maxBad = max !== undefined && (exclusive ? v >= max : v > max);
      if (v < min || maxBad)
        out.push(
          max === undefined
            ? words('issue_problem_at_least', { value: v, min })
            : words(exclusive ? 'issue_problem_below' : 'issue_problem_between', {
                value: v,
                min,
                max,
              }),
        );
      return out;
    }
    case 'enum':
      return spec.options.includes(v as string)
        ? []
        : [
            words('issue_problem_enum', {
              value: String(v),
              options: { list: [...spec.options], join: 'comma' },
            }),
          ];
    case 'bool':
      return typeof v === 'boolean' ? [] : [words('issue_problem_bool', {})];
    case 'pair':
      if (v === null && spec.nullable) return [];
      if (!Array.isArray(v) || v.length !== 2 || !v.every((x) => Number.isInteger(x) && x >= 1))
        return [words('issue_problem_pair', { value })];
      return [];
    case 'shape': {
      const ok =
        Array.isArray(v) &&
        v.length >= 1 &&
        v.every((x) => Number.isInteger(x) && (x >= 1 || (spec.allowInfer && x === -1))) &&
        v.filter((x) => x === -1).length <= 1;
      if (ok) return [];
      return [
        words(spec.allowInfer ? 'issue_problem_shape_infer' : 'issue_problem_shape', { value }),
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
        return [words('issue_problem_regularizer', { l1: String(r?.l1), l2: String(r?.l2) })];
      return [];
    }
  }
}

/** `paramProblemWords` as English phrases. */
export const paramProblems = (spec: ParamSpec, v: unknown): string[] =>
  paramProblemWords(spec, v).map((w) => wordIssue(w, 'en'));

/** Checks every parameter against the catalog's ranges: one sentence per problem. */
export function checkParams(node: AnyGraphNode): IssueWords[] {
  const specs = LAYERS[node.kind].params as Record<string, ParamSpec>;
  const params = node.params as Record<string, unknown>;
  return Object.entries(specs).flatMap(([name, spec]) =>
    paramProblemWords(spec, params[name]).map((problem) =>
      words('issue_param', { ...label(node), param: spec.label, problem }),
    ),
  );
}

type Infer = (
  node: AnyGraphNode,
  inputs: Shape[],
) => { shape: Shape; params?: number; trainable?: number } | IssueWords;

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
    return words('issue_pool_window', {
      ...label(node),
      window: `${ph}x${pw}`,
      image: `${x[0]}x${x[1]}`,
    });
  return { shape: [h, w, x[2]] };
}

function needsImage(node: AnyGraphNode, x: Shape): IssueWords {
  const shape = fmtShape(x);
  return x.length === 1
    ? words('issue_needs_image_flat', { ...label(node), shape, image: fmtShape(guessImage(x[0])) })
    : words('issue_needs_image', { ...label(node), shape });
}

function guessImage(n: number): Shape {
  const side = Math.round(Math.sqrt(n));
  return side * side === n ? [side, side, 1] : [n, 1, 1];
}

const product = (s: Shape) => s.reduce((a, b) => a * b, 1);
const shapeList = (shapes: Shape[]) => ({ list: shapes.map(fmtShape), join: 'and' as const });

const INFER: Record<LayerKind, Infer> = {
  Input: (node) => ({ shape: [...(node as AnyGraphNode & { kind: 'Input' }).params.shape] }),
  Dense: (node, [x]) => {
    const n = node as AnyGraphNode & { kind: 'Dense' };
    if (x.length !== 1)
      return words(x.length === 3 ? 'issue_needs_flat_image' : 'issue_needs_flat', {
        ...label(n),
        shape: fmtShape(x),
      });
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
      return words('issue_kernel_too_big', {
        ...label(n),
        kernel: `${kh}x${kw}`,
        image: `${x[0]}x${x[1]}`,
      });
    const p = kh * kw * x[2] * n.params.filters + (n.params.useBias ? n.params.filters : 0);
    return { shape: [h, w, n.params.filters], params: p, trainable: p };
  },
  MaxPooling2D: (node, inputs) => pool(node as AnyGraphNode & { kind: 'MaxPooling2D' }, inputs),
  AveragePooling2D: (node, inputs) =>
    pool(node as AnyGraphNode & { kind: 'AveragePooling2D' }, inputs),
  GlobalAveragePooling2D: (node, [x]) => (x.length === 3 ? { shape: [x[2]] } : needsImage(node, x)),
  Flatten: (node, [x]) =>
    x.length === 1
      ? words('issue_already_flat', { ...label(node), shape: fmtShape(x) })
      : { shape: [product(x)] },
  Reshape: (node, [x]) => {
    const target = (node as AnyGraphNode & { kind: 'Reshape' }).params.targetShape;
    const known = product(target.filter((d) => d !== -1));
    const total = product(x);
    const about = { ...label(node), shape: fmtShape(x), total, target: fmtShape(target), known };
    if (target.includes(-1)) {
      if (total % known !== 0) return words('issue_reshape_multiple', about);
      return { shape: target.map((d) => (d === -1 ? total / known : d)) };
    }
    if (known !== total) return words('issue_reshape_size', about);
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
    if (bad) return words('issue_add_shapes', { ...label(node), shapes: shapeList(inputs) });
    return { shape: first };
  },
  Concatenate: (node, inputs) => {
    const rank = inputs[0].length;
    const axisParam = (node as AnyGraphNode & { kind: 'Concatenate' }).params.axis;
    const axis = axisParam < 0 ? rank + axisParam : axisParam - 1; // Keras' axis counts the batch
    const about = { ...label(node), shapes: shapeList(inputs), axis: axisParam };
    if (inputs.some((s) => s.length !== rank) || axis < 0 || axis >= rank)
      return words('issue_concat_rank', about);
    for (let d = 0; d < rank; d++) {
      if (d === axis) continue;
      if (inputs.some((s) => s[d] !== inputs[0][d])) return words('issue_concat_sizes', about);
    }
    const shape = [...inputs[0]];
    shape[axis] = inputs.reduce((a, s) => a + s[axis], 0);
    return { shape };
  },
};

/** Validates the graph and infers every shape it can, collecting all issues (not only the first). */
export function analyzeGraph(graph: GraphDocument): GraphAnalysis {
  const issues: GraphIssue[] = [];
  const add = (
    code: GraphIssue['code'],
    w: IssueWords,
    at: { nodeId?: string; edgeId?: string } = {},
  ) => issues.push({ ...at, code, ...inEnglish(w) });
  const info: Record<string, NodeInfo> = {};
  const byId = new Map<string, AnyGraphNode>();
  const names = new Set<string>();
  for (const node of graph.nodes) {
    const at = { nodeId: node.id };
    if (byId.has(node.id)) add('duplicate', words('issue_duplicate_id', { id: node.id }), at);
    if (names.has(node.name))
      add('duplicate', words('issue_duplicate_name', { name: node.name }), at);
    byId.set(node.id, node);
    names.add(node.name);
    for (const problem of checkParams(node)) add('param', problem, at);
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
    add('empty', words('issue_empty', {}));
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
      const id = byId.has(e.source) ? e.target : e.source;
      add('bad-edge', words('issue_bad_edge', { id }), { edgeId: e.id });
      continue;
    }
    if (e.source === e.target) {
      const at = { edgeId: e.id, nodeId: e.source };
      add('cycle', words('issue_self_loop', label(byId.get(e.source)!)), at);
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
    for (const n of onCycle) add('cycle', words('issue_cycle', label(n)), { nodeId: n.id });
  }

  const inputs = graph.nodes.filter((n) => n.kind === 'Input');
  const sinks = graph.nodes.filter((n) => outputsOf.get(n.id)!.length === 0 && n.kind !== 'Input');
  if (inputs.length === 0) add('no-input', words('issue_no_input', {}));
  for (const n of inputs.slice(1))
    add('inputs', words('issue_second_input', label(n)), { nodeId: n.id });
  for (const n of inputs)
    if (outputsOf.get(n.id)!.length === 0 && graph.nodes.length > 1)
      add('dangling', words('issue_input_unconnected', label(n)), { nodeId: n.id });

  for (const n of graph.nodes) {
    const count = inputsOf.get(n.id)!.length;
    const { min, max } = LAYERS[n.kind].inputs;
    const at = { nodeId: n.id };
    if (n.kind === 'Input') {
      if (count > 0) add('inputs', words('issue_input_has_inputs', label(n)), at);
    } else if (count === 0) {
      add('dangling', words('issue_no_inputs', label(n)), at);
    } else if (count < min) {
      add('inputs', words('issue_too_few_inputs', { ...label(n), min, count }), at);
    } else if (count > max) {
      add('inputs', words('issue_too_many_inputs', { ...label(n), count }), at);
    }
  }
  let outputId: string | undefined;
  if (
    sinks.length === 0 &&
    graph.nodes.length > 0 &&
    inputs.length > 0 &&
    order.length === graph.nodes.length
  )
    add('no-output', words('issue_no_output', {}));
  if (sinks.length > 1) {
    const names = { list: sinks.map((s) => quoted(s.name)), join: 'comma' as const };
    for (const n of sinks) {
      const end = words('issue_dead_end', { ...label(n), count: sinks.length, names });
      add('many-outputs', end, { nodeId: n.id });
    }
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
    if ('key' in r) {
      add('shape', r, { nodeId: id });
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
    const about = {
      name: byId.get(id)!.name,
      count: fmtCount(sum),
      max: fmtCount(MAX_MODEL_PARAMS),
    };
    const w =
      total > sum
        ? words('issue_too_large_of', { ...about, total: fmtCount(total) })
        : words('issue_too_large', about);
    issues.push({ nodeId: id, code: 'too-large', ...inEnglish(w) });
    return;
  }
}
