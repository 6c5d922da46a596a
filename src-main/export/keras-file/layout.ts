/**
 * A trained LayerLab model in Keras' terms: the layers in the order Keras lists them (`model.layers`
 * of the model `exportKerasJson` describes), each with its weights in Keras' order, taken by name
 * from the TensorFlow.js weights the trainer stored. Both keep a Dense kernel as [in, out] and a
 * Conv2D kernel as [height, width, in, out], so values are copied, never transposed.
 */
import { said, saidIssue } from '../../contract/errors.ts';
import type { AnyGraphNode, GraphDocument } from '../../contract/graph.ts';
import type { LayerKind, LayerParams } from '../../contract/layers.ts';
import { analyzeGraph } from '../../contract/validate.ts';
import { EngineError } from '../../engine/errors.ts';
import type { StoredModel } from '../../store/run-store.ts';
import { graphWiring } from '../keras/export.ts';

export interface KerasWeight {
  /** Keras' variable name: `kernel`, `bias`, `gamma`, `moving_mean`... */
  name: string;
  shape: number[];
  values: Float32Array;
  trainable: boolean;
}

export interface KerasLayerWeights {
  node: AnyGraphNode;
  /** The group `.keras` files keep this layer's variables under: `dense`, `dense_1`... */
  path: string;
  weights: KerasWeight[];
}

export interface KerasLayout {
  /** A plain chain is a Sequential model (as `exportKerasJson` writes it), anything else Functional. */
  sequential: boolean;
  /** The model's own name in Keras: `sequential` or `functional`. */
  modelName: string;
  /** Keras' `model.layers`: without the input layer for a Sequential model, with it for Functional. */
  layers: KerasLayerWeights[];
}

/** Keras' `to_snake_case` of each class name: the `.keras` weights file names groups by class. */
const SNAKE: Record<LayerKind, string> = {
  Input: 'input_layer',
  Dense: 'dense',
  Conv2D: 'conv2d',
  MaxPooling2D: 'max_pooling2d',
  AveragePooling2D: 'average_pooling2d',
  GlobalAveragePooling2D: 'global_average_pooling2d',
  Flatten: 'flatten',
  Reshape: 'reshape',
  Dropout: 'dropout',
  BatchNormalization: 'batch_normalization',
  Activation: 'activation',
  Add: 'add',
  Concatenate: 'concatenate',
};

type WeightList = { name: string; trainable: boolean }[];
const trainable = (...names: string[]): WeightList =>
  names.map((name) => ({ name, trainable: true }));
const weighted = (p: { useBias: boolean }) => trainable('kernel', ...(p.useBias ? ['bias'] : []));

/** Each kind's variables, in the order Keras creates them (and `layer.weights` lists them). */
const WEIGHTS: { [K in LayerKind]: (params: LayerParams<K>) => WeightList } = {
  Input: () => [],
  Dense: weighted,
  Conv2D: weighted,
  MaxPooling2D: () => [],
  AveragePooling2D: () => [],
  GlobalAveragePooling2D: () => [],
  Flatten: () => [],
  Reshape: () => [],
  Dropout: () => [],
  BatchNormalization: (p) => [
    ...trainable(...(p.scale ? ['gamma'] : []), ...(p.center ? ['beta'] : [])),
    { name: 'moving_mean', trainable: false },
    { name: 'moving_variance', trainable: false },
  ],
  Activation: () => [],
  Add: () => [],
  Concatenate: () => [],
};

/**
 * The order of a Functional model's `layers`, as Keras computes it (`keras/src/ops/function.py`,
 * `map_graph`): by depth (the longest path to the output) from the deepest, ties broken by the
 * order a depth-first walk from the output first meets them.
 */
function functionalOrder(outputId: string, inputsOf: Map<string, string[]>): string[] {
  const firstSeen = new Map<string, number>();
  const finished = new Set<string>();
  const postOrder: string[] = [];
  const walk = (id: string) => {
    if (finished.has(id)) return;
    if (!firstSeen.has(id)) firstSeen.set(id, firstSeen.size);
    for (const input of inputsOf.get(id)!) walk(input);
    finished.add(id);
    postOrder.push(id);
  };
  walk(outputId);
  const depth = new Map<string, number>();
  for (const id of postOrder.reverse()) {
    const d = depth.get(id) ?? 0;
    depth.set(id, d);
    for (const input of inputsOf.get(id)!) depth.set(input, Math.max(d + 1, depth.get(input) ?? 0));
  }
  return [...firstSeen.keys()].sort(
    (a, b) => depth.get(b)! - depth.get(a)! || firstSeen.get(a)! - firstSeen.get(b)!,
  );
}

/** The stored weights by their TensorFlow.js name (`dense/kernel`), as float32 copies. */
function storedWeights(model: StoredModel): Map<string, { shape: number[]; values: Float32Array }> {
  const out = new Map<string, { shape: number[]; values: Float32Array }>();
  const data = model.weightData;
  let offset = 0;
  for (const raw of model.weightSpecs) {
    const spec = raw as { name: string; shape: number[]; dtype?: string; quantization?: unknown };
    if ((spec.dtype ?? 'float32') !== 'float32' || spec.quantization)
      throw new EngineError(
        'unsupported',
        said('error_layout_not_float32', {
          name: spec.name,
          dtype: spec.quantization ? said('error_layout_quantized') : spec.dtype!,
        }),
      );
    const bytes = spec.shape.reduce((a, b) => a * b, 1) * 4;
    if (offset + bytes > data.byteLength)
      throw new EngineError(
        'mismatch',
        said('error_layout_weights_end', { name: spec.name, bytes: data.byteLength }),
      );
    // A copy: the stored bytes need not be aligned for a Float32Array view.
    const values = new Float32Array(data.slice(offset, offset + bytes).buffer);
    out.set(spec.name, { shape: [...spec.shape], values });
    offset += bytes;
  }
  return out;
}

/** The model of `graph` with the weights of `model`, laid out as Keras keeps them. */
export function kerasLayout(graph: GraphDocument, model: StoredModel): KerasLayout {
  const analysis = analyzeGraph(graph);
  if (!analysis.ok)
    throw new EngineError(
      'invalid-graph',
      said('error_layout_invalid_model', {
        detail: analysis.issues[0] ? saidIssue(analysis.issues[0]) : said('error_layout_not_valid'),
      }),
    );
  for (const node of graph.nodes)
    if (node.name.includes('/'))
      throw new EngineError(
        'unsupported',
        said('error_layout_slash_in_name', { name: node.name }),
        { nodeId: node.id },
      );
  // The same test `exportKerasJson` makes to write a Sequential model.
  const { byId, inputsOf, chain: sequential } = graphWiring(graph);
  const order = sequential
    ? analysis.order.filter((id) => byId.get(id)!.kind !== 'Input')
    : functionalOrder(analysis.outputId!, inputsOf);

  const stored = storedWeights(model);
  const used = new Set<string>();
  const counters = new Map<string, number>();
  const layers = order.map((id): KerasLayerWeights => {
    const node = byId.get(id)!;
    const snake = SNAKE[node.kind];
    const n = counters.get(snake);
    counters.set(snake, (n ?? -1) + 1);
    const list = (WEIGHTS[node.kind] as (p: unknown) => WeightList)(node.params);
    const weights = list.map(({ name, trainable }) => {
      const key = `${node.name}/${name}`;
      const w = stored.get(key);
      if (!w)
        throw new EngineError(
          'mismatch',
          said('error_layout_weight_missing', { key, name: node.name }),
          { nodeId: node.id },
        );
      used.add(key);
      return { name, trainable, ...w };
    });
    return { node, path: n === undefined ? snake : `${snake}_${n + 1}`, weights };
  });
  const extra = [...stored.keys()].find((k) => !used.has(k));
  if (extra) throw new EngineError('mismatch', said('error_layout_weight_extra', { key: extra }));
  return { sequential, modelName: sequential ? 'sequential' : 'functional', layers };
}
