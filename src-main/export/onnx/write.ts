/**
 * ONNX writer: a trained run's model as an ONNX file (IR version 8, opset 13), built from the lab's
 * graph (the layer catalog and its shapes) and the run's stored TensorFlow.js weights, encoded with
 * the generated onnx.proto messages on protobufjs. The input is named after the Input layer and
 * takes `[batch, ...shape]` in Keras' channels-last order; the output is named after the output
 * layer. Every layer kind of the catalog converts; Dropout disappears (inference).
 */
import type { LabFile } from '../../contract/lab.ts';
import { fmtShape, analyzeGraph } from '../../contract/validate.ts';
import { said, saidIssue } from '../../contract/error-text.ts';
import { EngineError } from '../../engine/errors.ts';
import type { StoredModel } from '../../store/run-store.ts';
import { OnnxGraph, encodeModel } from './builder.ts';
import { CONVERT, NCHW_TO_NHWC, NHWC_TO_NCHW, type LayerContext, type Value } from './layers.ts';
import { layerWeights } from './weights.ts';

export async function toOnnx(
  lab: LabFile,
  model: StoredModel,
  generator: string,
): Promise<Uint8Array> {
  const analysis = analyzeGraph(lab.graph);
  if (!analysis.ok) {
    const first = analysis.issues[0];
    throw new EngineError(
      'invalid-graph',
      said('error_onnx_invalid_graph', { lab: lab.name, detail: saidIssue(first) }),
      { nodeId: first.nodeId },
    );
  }
  const weights = layerWeights(model);
  const g = new OnnxGraph();
  for (const n of lab.graph.nodes) g.reserve(n.name);
  const byId = new Map(lab.graph.nodes.map((n) => [n.id, n]));
  const inputsOf = new Map<string, string[]>(lab.graph.nodes.map((n) => [n.id, []]));
  for (const e of lab.graph.edges) inputsOf.get(e.target)!.push(e.source);

  // One transpose per tensor and direction, however many layers read it.
  const transposed = new Map<string, string>();
  const relayout = (v: Value, layout: Value['layout']): Value => {
    if (v.layout === layout) return v;
    const key = `${v.name}>${layout}`;
    if (!transposed.has(key)) {
      const perm = layout === 'nchw' ? NHWC_TO_NCHW : NCHW_TO_NHWC;
      transposed.set(key, g.op('Transpose', [v.name], { perm }));
    }
    return { name: transposed.get(key)!, layout, shape: v.shape };
  };

  const values = new Map<string, Value>();
  const usedLayers = new Set<string>();
  let input: Value | undefined;
  for (const id of analysis.order) {
    const node = byId.get(id)!;
    if (node.kind === 'Input') {
      input = { name: node.name, layout: 'keras', shape: node.params.shape };
      values.set(id, input);
      continue;
    }
    const context: LayerContext = {
      g,
      node,
      inputs: inputsOf.get(id)!.map((s) => values.get(s)!),
      shape: analysis.nodes[id].shape!,
      // The output layer's tensor takes the layer's name once it is in Keras' order (below).
      out: id === analysis.outputId ? g.fresh(`${node.name}/output`) : node.name,
      weight: (name, shape) => {
        const w = weights.get(node.name)?.get(name);
        if (!w || fmtShape(w.shape) !== fmtShape(shape))
          throw new EngineError(
            'mismatch',
            w
              ? said('error_onnx_weight_shape', {
                  layer: node.name,
                  weight: name,
                  shape: fmtShape(shape),
                  has: fmtShape(w.shape),
                })
              : said('error_onnx_weight_none', {
                  layer: node.name,
                  weight: name,
                  shape: fmtShape(shape),
                }),
            { nodeId: node.id },
          );
        usedLayers.add(node.name);
        return w;
      },
      keras: (v) => relayout(v, 'keras'),
      nchw: (v) => relayout(v, 'nchw'),
    };
    values.set(id, CONVERT[node.kind](context));
  }
  const extra = [...weights.keys()].filter((layer) => !usedLayers.has(layer));
  if (extra.length)
    throw new EngineError('mismatch', said('error_onnx_extra_layer', { layer: extra[0] }));

  const outputNode = byId.get(analysis.outputId!)!;
  const result = relayout(values.get(analysis.outputId!)!, 'keras');
  const producer = g.nodes.find((n) => n.output[0] === result.name);
  const readBy = g.nodes.some((n) => n.input.includes(result.name));
  if (producer && !readBy) producer.output = [outputNode.name];
  else g.op('Identity', [result.name], {}, outputNode.name);

  return encodeModel(g, {
    graphName: lab.name,
    producerVersion: generator.replace(/^LayerLab /, ''),
    docString: `${lab.name}, exported by ${generator}.`,
    input: { name: input!.name, shape: input!.shape },
    output: { name: outputNode.name, shape: analysis.nodes[analysis.outputId!].shape! },
  });
}
