/** One line per layer kind for the canvas: the settings a student reads off a Keras model. */
import type { GraphNode } from '../../src-main/contract/graph.ts';
import type { LayerKind, Regularizer } from '../../src-main/contract/layers.ts';

const pair = (p: [number, number] | null) => (p ? `${p[0]}x${p[1]}` : '');

function reg(r: Regularizer | null): string {
  if (!r) return '';
  if (r.kind === 'l1') return ` · L1 ${r.l1}`;
  if (r.kind === 'l2') return ` · L2 ${r.l2}`;
  return ` · L1 ${r.l1} L2 ${r.l2}`;
}

type Summaries = { [K in LayerKind]: (node: GraphNode<K>) => string };

export const SUMMARIES: Summaries = {
  Input: (n) => `shape [${n.params.shape.join(', ')}]`,
  Dense: (n) =>
    `${n.params.units} ${n.params.units === 1 ? 'unit' : 'units'} · ${n.params.activation}${reg(n.params.kernelRegularizer)}`,
  Conv2D: (n) =>
    `${n.params.filters} filters ${pair(n.params.kernelSize)} · ${n.params.activation}${n.params.padding === 'same' ? ' · same' : ''}${reg(n.params.kernelRegularizer)}`,
  MaxPooling2D: (n) =>
    `${pair(n.params.poolSize)}${n.params.strides ? ` stride ${pair(n.params.strides)}` : ''}`,
  AveragePooling2D: (n) =>
    `${pair(n.params.poolSize)}${n.params.strides ? ` stride ${pair(n.params.strides)}` : ''}`,
  GlobalAveragePooling2D: () => '',
  Flatten: () => '',
  Reshape: (n) => `to [${n.params.targetShape.join(', ')}]`,
  Dropout: (n) => `rate ${n.params.rate}`,
  BatchNormalization: (n) => `momentum ${n.params.momentum}`,
  Activation: (n) => n.params.activation,
  Add: () => '',
  Concatenate: (n) => `axis ${n.params.axis}`,
};

export function summarize(node: GraphNode): string {
  return (SUMMARIES[node.kind] as (n: GraphNode) => string)(node);
}
