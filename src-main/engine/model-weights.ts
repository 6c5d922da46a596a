/**
 * The weights a graph's model has, by layer, named and shaped as TensorFlow.js names them in a stored
 * model (`<layer>/kernel`, `<layer>/moving_mean`...). Pure (no TensorFlow.js), so main can check
 * weights from a Keras file or an earlier run against a graph before any trainer starts.
 */
import type { AnyGraphNode, GraphDocument } from '../contract/graph.ts';
import { analyzeGraph } from '../contract/validate.ts';
import { said, type ErrorParam, type ErrorText } from '../contract/error-text.ts';

export interface WeightShape {
  /** `<layer>/<weight>`, as a stored model's weightSpecs name it. */
  name: string;
  shape: number[];
}

export interface LayerWeights {
  layer: string;
  nodeId: string;
  /** In the order Keras and TensorFlow.js both keep them (kernel, bias; gamma, beta, mean, variance). */
  weights: WeightShape[];
}

type Params = Record<string, unknown>;

function weightsOf(node: AnyGraphNode, input: number[]): [string, number[]][] {
  const p = node.params as Params;
  const last = input[input.length - 1];
  switch (node.kind) {
    case 'Dense': {
      const units = p.units as number;
      return [
        ['kernel', [last, units]],
        ...(p.useBias ? [['bias', [units]] as [string, number[]]] : []),
      ];
    }
    case 'Conv2D': {
      const filters = p.filters as number;
      const [kh, kw] = p.kernelSize as [number, number];
      return [
        ['kernel', [kh, kw, last, filters]],
        ...(p.useBias ? [['bias', [filters]] as [string, number[]]] : []),
      ];
    }
    case 'BatchNormalization':
      return [
        ...(p.scale ? [['gamma', [last]] as [string, number[]]] : []),
        ...(p.center ? [['beta', [last]] as [string, number[]]] : []),
        ['moving_mean', [last]],
        ['moving_variance', [last]],
      ];
    default:
      return [];
  }
}

/** Every layer with weights, in the graph's order. The graph must pass `analyzeGraph`. */
export function graphWeights(graph: GraphDocument): LayerWeights[] {
  const analysis = analyzeGraph(graph);
  const out: LayerWeights[] = [];
  for (const node of graph.nodes) {
    const source = graph.edges.find((e) => e.target === node.id)?.source;
    const input = source ? analysis.nodes[source]?.shape : undefined;
    if (!input) continue;
    const weights = weightsOf(node, input as number[]);
    if (weights.length)
      out.push({
        layer: node.name,
        nodeId: node.id,
        weights: weights.map(([w, shape]) => ({ name: `${node.name}/${w}`, shape })),
      });
  }
  return out;
}

export const shapeText = (shape: readonly number[]) => `[${shape.join(', ')}]`;

/**
 * The first difference between stored weights (a model's weightSpecs) and the weights the graph
 * needs, as a sentence; null when they match by name and shape.
 */
export function weightsMismatch(
  specs: readonly { name: string; shape: readonly number[] }[],
  graph: GraphDocument,
  source: ErrorParam,
): ErrorText | null {
  const have = new Map(specs.map((s) => [s.name, s.shape]));
  const needed = graphWeights(graph).flatMap((l) =>
    l.weights.map((w) => ({ ...w, layer: l.layer })),
  );
  for (const w of needed) {
    const shape = have.get(w.name);
    if (!shape) return said('error_weights_no_weight', { source, weight: w.name, layer: w.layer });
    if (shape.join() !== w.shape.join())
      return said('error_weights_shape', {
        source,
        weight: w.name,
        shape: shapeText(shape),
        layer: w.layer,
        needs: shapeText(w.shape),
      });
  }
  const names = new Set(needed.map((w) => w.name));
  const extra = specs.find((s) => !names.has(s.name));
  if (extra) return said('error_weights_extra', { source, weight: extra.name });
  return null;
}
