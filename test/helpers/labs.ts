/** The tests' one small lab: an MLP on generated two moons, so a run takes a moment and needs no files. */
import { sequential } from '../../src-main/contract/graph.ts';
import { LAB_FORMAT, parseLab, type LabFile } from '../../src-main/contract/lab.ts';
import type { TrainingConfigInput } from '../../src-main/contract/training.ts';

export interface MoonsOptions {
  /** Widths of the hidden ReLU Dense layers; more than ~32 makes weights larger than a store page. */
  hidden?: number[];
  /** A Dropout layer of this rate after the first hidden layer. */
  dropout?: number;
  samples?: number;
  noise?: number;
  inputShape?: number[];
  training?: TrainingConfigInput;
  grid?: unknown;
  name?: string;
}

export function moons(options: MoonsOptions = {}): LabFile {
  const {
    hidden = [8],
    dropout,
    samples = 200,
    noise = 0.2,
    inputShape = [2],
    name = 'moons',
  } = options;
  const layers: Parameters<typeof sequential>[0] = [
    { kind: 'Input', params: { shape: inputShape } },
  ];
  hidden.forEach((units, i) => {
    layers.push({ kind: 'Dense', params: { units, activation: 'relu' } });
    if (i === 0 && dropout !== undefined)
      layers.push({ kind: 'Dropout', params: { rate: dropout } });
  });
  layers.push({ kind: 'Dense', params: { units: 2, activation: 'softmax' } });
  return parseLab({
    format: LAB_FORMAT,
    version: 1,
    name,
    graph: sequential(layers),
    dataset: { kind: 'synthetic', shape: 'moons', samples, noise },
    training: { epochs: 3, batchSize: 32, seed: 1, ...options.training },
    ...(options.grid ? { grid: options.grid } : {}),
  });
}

/** The course's MLP: two hidden ReLU Dense layers, each followed by Dropout(0.5), then softmax. */
export const courseLayers = (
  inputShape: number[],
  units: number,
  classes: number,
): Parameters<typeof sequential>[0] => [
  { kind: 'Input', params: { shape: inputShape } },
  { kind: 'Dense', params: { units, activation: 'relu' } },
  { kind: 'Dropout', params: { rate: 0.5 } },
  { kind: 'Dense', params: { units, activation: 'relu' } },
  { kind: 'Dropout', params: { rate: 0.5 } },
  { kind: 'Dense', params: { units: classes, activation: 'softmax' } },
];
