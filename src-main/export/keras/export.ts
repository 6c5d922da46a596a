/**
 * GraphDocument -> the string Keras 3 `model.to_json()` returns: a Sequential model for a plain chain,
 * a functional one otherwise. `keras.models.model_from_json` reads it back.
 */
import type { AnyGraphNode, GraphDocument } from '../../contract/graph.ts';
import { LAYERS, type LayerKind } from '../../contract/layers.ts';
import { said, saidIssue } from '../../contract/error-text.ts';
import { analyzeGraph } from '../../contract/validate.ts';
import { CODECS } from './codecs.ts';
import {
  KERAS3_DTYPE,
  KerasJsonError,
  pythonJson,
  type BatchShape,
  type Json,
  type Keras3Tensor,
  type KerasLayer,
  type KerasModel,
} from './format.ts';

/**
 * Each node's inputs (in edge order) and whether the graph is a plain chain, which Keras writes as
 * a Sequential model (and the `.keras` writer lays out in Sequential's order).
 */
export function graphWiring(graph: GraphDocument) {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const inputsOf = new Map<string, string[]>(graph.nodes.map((n) => [n.id, []]));
  const outputs = new Map<string, number>(graph.nodes.map((n) => [n.id, 0]));
  for (const e of graph.edges) {
    inputsOf.get(e.target)!.push(e.source);
    outputs.set(e.source, outputs.get(e.source)! + 1);
  }
  const chain = graph.nodes.every(
    (n) => inputsOf.get(n.id)!.length <= 1 && outputs.get(n.id)! <= 1,
  );
  return { byId, inputsOf, chain };
}

export function exportKerasJson(graph: GraphDocument): string {
  const analysis = analyzeGraph(graph);
  if (!analysis.ok) {
    throw new KerasJsonError(
      'invalid-graph',
      said('error_keras_export_invalid', {
        detail: analysis.issues[0] ? saidIssue(analysis.issues[0]) : said('error_layout_not_valid'),
      }),
    );
  }
  const { byId, inputsOf, chain } = graphWiring(graph);
  const order = analysis.order.map((id) => byId.get(id)!);
  const batchShape = (id: string): BatchShape => [null, ...analysis.nodes[id].shape!];

  const layer = (node: AnyGraphNode): KerasLayer => {
    const codec = CODECS[node.kind] as unknown as {
      write(params: unknown, name: string): Json;
      builds: boolean;
    };
    const entry: KerasLayer = {
      module: 'keras.layers',
      class_name: LAYERS[node.kind as LayerKind].kerasClass,
      config: codec.write(node.params, node.name) as KerasLayer['config'],
      registered_name: null,
    };
    if (codec.builds) {
      const shapes = inputsOf.get(node.id)!.map(batchShape);
      entry.build_config = { input_shape: shapes.length === 1 ? shapes[0] : shapes };
    }
    return entry;
  };

  let model: KerasModel;
  if (chain) {
    const input = batchShape(analysis.inputId!);
    model = {
      module: 'keras',
      class_name: 'Sequential',
      config: {
        name: 'sequential',
        trainable: true,
        dtype: KERAS3_DTYPE as unknown as Json,
        layers: order.map(layer),
        build_input_shape: input,
      },
      registered_name: null,
      build_config: { input_shape: input },
    };
  } else {
    const tensor = (id: string): Keras3Tensor => ({
      class_name: '__keras_tensor__',
      config: {
        shape: batchShape(id),
        dtype: 'float32',
        keras_history: [byId.get(id)!.name, 0, 0],
      },
    });
    const layers = order.map((node) => {
      const tensors = inputsOf.get(node.id)!.map(tensor) as unknown as Json[];
      // A merge gets its inputs as one list argument, like `layers.Add()([a, b])`.
      const args = tensors.length > 1 ? [tensors] : tensors;
      return {
        ...layer(node),
        name: node.name,
        inbound_nodes: tensors.length ? [{ args, kwargs: {} }] : [],
      };
    });
    model = {
      module: 'keras.src.models.functional',
      class_name: 'Functional',
      config: {
        name: 'functional',
        trainable: true,
        layers,
        input_layers: [byId.get(analysis.inputId!)!.name, 0, 0],
        output_layers: [byId.get(analysis.outputId!)!.name, 0, 0],
      },
      registered_name: 'Functional',
      build_config: { input_shape: null },
    };
  }
  return pythonJson(model as unknown as Json);
}
