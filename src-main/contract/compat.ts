/**
 * Does this lab fit this dataset? Input shape, output units, output activation and loss. Pure, so the
 * editor can show the same sentences as the trainer.
 */
import type { DatasetInfo } from './datasets.ts';
import type { AnyGraphNode, GraphDocument } from './graph.ts';
import type { TrainingConfig } from './training.ts';
import { inEnglish, words, type IssueWords } from './issue-words.ts';
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
  const add = (nodeId: string, code: 'shape' | 'param', w: IssueWords) =>
    issues.push({ nodeId, code, ...inEnglish(w) });
  const input = graph.nodes.find((n) => n.id === analysis.inputId) as
    (AnyGraphNode & { kind: 'Input' }) | undefined;
  if (input) {
    const shape = input.params.shape;
    if (size(shape) !== size(info.featureShape)) {
      add(
        input.id,
        'shape',
        words('issue_input_shape', {
          name: input.name,
          shape: fmtShape(shape),
          size: size(shape),
          dataset: info.title,
          expected: fmtShape(info.featureShape),
          expectedSize: size(info.featureShape),
        }),
      );
    }
  }
  const output = graph.nodes.find((n) => n.id === analysis.outputId);
  const outShape = output ? analysis.nodes[output.id]?.shape : undefined;
  if (!output || !outShape) return issues;
  const units = outShape[outShape.length - 1];
  const classes = info.classNames.length;
  const activation = (output.params as { activation?: string }).activation ?? 'none';
  const about = { name: output.name, shape: fmtShape(outShape), dataset: info.title, classes };
  if (training.loss === 'binary_crossentropy') {
    if (classes !== 2) add(output.id, 'shape', words('issue_binary_classes', about));
    else if (outShape.length !== 1 || units !== 1)
      add(output.id, 'shape', words('issue_binary_units', about));
    else if (activation !== 'sigmoid')
      add(output.id, 'param', words('issue_binary_activation', { ...about, activation }));
  } else {
    if (outShape.length !== 1 || units !== classes) {
      const key = outShape.length !== 1 ? 'issue_class_units_flatten' : 'issue_class_units';
      add(output.id, 'shape', words(key, about));
    } else if (activation !== 'softmax')
      add(
        output.id,
        'param',
        words('issue_class_activation', { ...about, activation, loss: training.loss }),
      );
  }
  return issues;
}
