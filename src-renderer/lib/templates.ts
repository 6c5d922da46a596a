/**
 * The classic models of the course, as ready-made labs: the same layers, losses and settings as the
 * Keras examples students meet in lectures.
 */
import type { DatasetRefInput } from '../../src-main/contract/datasets.ts';
import { GRAPH_VERSION, sequential } from '../../src-main/contract/graph.ts';
import { LAB_FORMAT, LAB_VERSION, parseLab, type LabFile } from '../../src-main/contract/lab.ts';
import type { LayerKind } from '../../src-main/contract/layers.ts';
import type { TrainingConfigInput } from '../../src-main/contract/training.ts';
import { m } from '../../src-main/contract/i18n.ts';
import { ROW } from './actions.ts';

export const TEMPLATE_IDS = ['logistic', 'mlp16', 'mlp512', 'cnn', 'imdb', 'moons'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export interface Template {
  title: string;
  /** One line for the menu: what it is and what it shows. */
  blurb: string;
  make: () => LabFile;
}

type Layer = { kind: LayerKind; params?: Record<string, unknown> };

function makeLab(
  name: string,
  description: string,
  layers: Layer[],
  dataset: DatasetRefInput,
  training: TrainingConfigInput,
): LabFile {
  const graph = sequential(layers);
  const nodes = graph.nodes.map((n, i) => ({ ...n, position: { x: 0, y: i * ROW } }));
  return parseLab({
    format: LAB_FORMAT,
    version: LAB_VERSION,
    name,
    description,
    graph: { ...graph, version: GRAPH_VERSION, nodes },
    dataset,
    training,
  });
}

const MNIST: DatasetRefInput = { kind: 'builtin', name: 'mnist' };
const image: Layer[] = [{ kind: 'Input', params: { shape: [28, 28, 1] } }, { kind: 'Flatten' }];
const dense = (units: number, activation: string): Layer => ({
  kind: 'Dense',
  params: { units, activation },
});

export const TEMPLATES: Record<TemplateId, Template> = {
  logistic: {
    get title() {
      return m.tpl_logistic_title();
    },
    get blurb() {
      return m.tpl_logistic_blurb();
    },
    make: () =>
      makeLab(
        m.tpl_logistic_title(),
        m.tpl_logistic_description(),
        [...image, dense(10, 'softmax')],
        MNIST,
        {
          optimizer: 'rmsprop',
          batchSize: 128,
          epochs: 20,
        },
      ),
  },
  mlp16: {
    get title() {
      return m.tpl_mlp16_title();
    },
    get blurb() {
      return m.tpl_mlp16_blurb();
    },
    make: () =>
      makeLab(
        'MLP 16',
        m.tpl_mlp16_description(),
        [...image, dense(16, 'relu'), dense(10, 'softmax')],
        MNIST,
        {
          optimizer: 'rmsprop',
          batchSize: 128,
          epochs: 20,
        },
      ),
  },
  mlp512: {
    title: 'MLP 2x512',
    get blurb() {
      return m.tpl_mlp512_blurb();
    },
    make: () =>
      makeLab(
        'MLP 2x512',
        m.tpl_mlp512_description(),
        [...image, dense(512, 'relu'), dense(512, 'relu'), dense(10, 'softmax')],
        MNIST,
        { optimizer: 'rmsprop', batchSize: 128, epochs: 20 },
      ),
  },
  cnn: {
    get title() {
      return m.tpl_cnn_title();
    },
    get blurb() {
      return m.tpl_cnn_blurb();
    },
    make: () =>
      makeLab(
        m.tpl_cnn_title(),
        m.tpl_cnn_description(),
        [
          { kind: 'Input', params: { shape: [28, 28, 1] } },
          { kind: 'Conv2D', params: { filters: 32, kernelSize: [3, 3], activation: 'relu' } },
          { kind: 'MaxPooling2D', params: { poolSize: [2, 2] } },
          { kind: 'Conv2D', params: { filters: 64, kernelSize: [3, 3], activation: 'relu' } },
          { kind: 'MaxPooling2D', params: { poolSize: [2, 2] } },
          { kind: 'Flatten' },
          { kind: 'Dropout', params: { rate: 0.5 } },
          dense(10, 'softmax'),
        ],
        MNIST,
        {
          optimizer: 'adam',
          batchSize: 128,
          epochs: 15,
          validation: { kind: 'split', fraction: 0.1 },
        },
      ),
  },
  imdb: {
    title: 'IMDB 16-16-1',
    get blurb() {
      return m.tpl_imdb_blurb();
    },
    make: () =>
      makeLab(
        'IMDB 16-16-1',
        m.tpl_imdb_description(),
        [
          { kind: 'Input', params: { shape: [10000] } },
          dense(16, 'relu'),
          dense(16, 'relu'),
          dense(1, 'sigmoid'),
        ],
        { kind: 'builtin', name: 'imdb', numWords: 10000 },
        {
          optimizer: 'rmsprop',
          loss: 'binary_crossentropy',
          batchSize: 512,
          epochs: 20,
          // 10,000 of the 25,000 training reviews held out, as in the classic lab.
          validation: { kind: 'split', fraction: 0.4 },
        },
      ),
  },
  moons: {
    get title() {
      return m.tpl_moons_title();
    },
    get blurb() {
      return m.tpl_moons_blurb();
    },
    make: () =>
      makeLab(
        m.tpl_moons_name(),
        m.tpl_moons_description(),
        [
          { kind: 'Input', params: { shape: [2] } },
          dense(64, 'relu'),
          dense(64, 'relu'),
          dense(2, 'softmax'),
        ],
        { kind: 'synthetic', shape: 'moons', samples: 600, noise: 0.25 },
        {
          optimizer: 'adam',
          learningRate: 0.01,
          batchSize: 32,
          epochs: 60,
          validation: { kind: 'split', fraction: 0.3 },
        },
      ),
  },
};

/** A new lab: an Input for MNIST and nothing else, ready for layers to be dragged in. */
export function blankLab(): LabFile {
  return makeLab(m.untitled_lab(), '', [{ kind: 'Input', params: { shape: [28, 28, 1] } }], MNIST, {
    optimizer: 'rmsprop',
    batchSize: 128,
    epochs: 20,
  });
}
