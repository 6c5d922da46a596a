/**
 * Does this lab fit this dataset? Input shape, output units, output activation and loss. Pure, so the
 * editor can show the same sentences as the trainer.
 */
import type { DatasetInfo } from './datasets.ts';
import type { AnyGraphNode, GraphDocument } from './graph.ts';
import type { TrainingConfig } from './training.ts';
import { analyzeGraph, fmtShape, type GraphIssue } from './validate.ts';

const size = (s: number[]) => s.reduce((a, b) => a * b, 1);

/** How many output units a model needs for this data and loss. */
export function expectedUnits(info: DatasetInfo, loss: TrainingConfig['loss']): number {
  return loss === 'binary_crossentropy' ? 1 : info.classNames.length;
}

export function checkCompatibility(
  graph: GraphDocument,
  info: DatasetInfo,
  training: TrainingConfig,
): GraphIssue[] {
  const analysis = analyzeGraph(graph);
  const issues: GraphIssue[] = [];
  const input = graph.nodes.find((n) => n.id === analysis.inputId) as
    (AnyGraphNode & { kind: 'Input' }) | undefined;
  if (input) {
    const shape = input.params.shape;
    if (size(shape) !== size(info.featureShape)) {
      issues.push({
        nodeId: input.id,
        code: 'shape',
        message: `Input layer '${input.name}' has shape ${fmtShape(shape)} (${size(shape)} values), but ${info.title} examples are ${fmtShape(info.featureShape)} (${size(info.featureShape)} values). Set the Input shape to ${fmtShape(info.featureShape)}.`,
      });
    }
  }
  const output = graph.nodes.find((n) => n.id === analysis.outputId);
  const outShape = output ? analysis.nodes[output.id]?.shape : undefined;
  if (!output || !outShape) return issues;
  const units = outShape[outShape.length - 1];
  const classes = info.classNames.length;
  const activation = (output.params as { activation?: string }).activation;
  if (training.loss === 'binary_crossentropy') {
    if (classes !== 2)
      issues.push({
        nodeId: output.id,
        code: 'shape',
        message: `binary_crossentropy is for two classes, but ${info.title} has ${classes}. Use sparse_categorical_crossentropy with a Dense(${classes}, softmax) output.`,
      });
    else if (outShape.length !== 1 || units !== 1)
      issues.push({
        nodeId: output.id,
        code: 'shape',
        message: `The output layer '${output.name}' gives ${fmtShape(outShape)}; binary_crossentropy needs one unit: make it Dense(1, activation 'sigmoid').`,
      });
    else if (activation !== 'sigmoid')
      issues.push({
        nodeId: output.id,
        code: 'param',
        message: `The output layer '${output.name}' has activation '${activation ?? 'none'}'; binary_crossentropy expects a probability, so set it to 'sigmoid'.`,
      });
  } else {
    if (outShape.length !== 1 || units !== classes)
      issues.push({
        nodeId: output.id,
        code: 'shape',
        message: `The output layer '${output.name}' gives ${fmtShape(outShape)}, but ${info.title} has ${classes} classes: make it Dense(${classes}, activation 'softmax')${outShape.length !== 1 ? ' after a Flatten' : ''}.`,
      });
    else if (activation !== 'softmax')
      issues.push({
        nodeId: output.id,
        code: 'param',
        message: `The output layer '${output.name}' has activation '${activation ?? 'none'}'; ${training.loss} expects class probabilities, so set it to 'softmax'.`,
      });
  }
  return issues;
}
