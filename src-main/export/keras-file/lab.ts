/**
 * The lab an imported `.keras` / `.h5` model (or a Keras model JSON) lives in: its graph, a dataset guessed from its input
 * shape, and the training settings its compile config carries.
 */
import { LAB_FORMAT, LAB_VERSION, parseLab, type LabFile } from '../../contract/lab.ts';
import type { DatasetRef } from '../../contract/datasets.ts';
import { analyzeGraph } from '../../contract/validate.ts';
import { said } from '../../contract/errors.ts';
import { warningOf, type WarningText } from '../../contract/error-text.ts';
import type { ReadModelFile } from './read.ts';

/** MNIST-shaped inputs: 28x28 pixels, as an image or flattened. */
const MNIST_SIZE = 28 * 28;

export function labFromModelFile(
  fileName: string,
  read: Pick<ReadModelFile, 'graph' | 'warnings'> & Partial<ReadModelFile>,
): { lab: LabFile; warnings: WarningText[] } {
  const warnings = [...read.warnings];
  const input = read.graph.nodes.find((n) => n.kind === 'Input');
  const shape = input?.kind === 'Input' ? input.params.shape : [];
  const size = shape.reduce((a, b) => a * b, 1);
  let dataset: DatasetRef | undefined;
  const outputId = analyzeGraph(read.graph).outputId;
  const output = read.graph.nodes.find((n) => n.id === outputId);
  const oneUnit = output?.kind === 'Dense' && output.params.units === 1;
  if (size === MNIST_SIZE && (shape.length === 1 || shape[0] === 28)) {
    dataset = { kind: 'builtin', name: 'mnist', numWords: 10000 };
    warnings.push(
      warningOf(said('error_kwarn_mnist', { file: fileName, shape: shape.join(', ') })),
    );
  } else if (shape.length === 1 && size >= 10 && size <= 100000 && oneUnit) {
    // A multi-hot IMDB network: one input per word of the vocabulary, one sigmoid output.
    dataset = { kind: 'builtin', name: 'imdb', numWords: size };
  } else {
    warnings.push(
      warningOf(said('error_kwarn_dataset_unknown', { file: fileName, shape: shape.join(', ') })),
    );
  }
  const lab = parseLab(
    {
      format: LAB_FORMAT,
      version: LAB_VERSION,
      name: fileName.replace(/\.(keras|h5|hdf5|json)$/i, ''),
      graph: read.graph,
      ...(dataset ? { dataset } : {}),
      training: { ...read.training },
    },
    fileName,
  );
  return { lab, warnings };
}
