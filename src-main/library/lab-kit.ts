/**
 * What the library's labs are written with: models as Keras writes them (`dense(512)`,
 * `dropout(0.5)`), a lab's steps with their setups, and its quick version. `make-library.ts` turns
 * the sources into the `.layerlab.json` files under `labs/library/`, which are what the app ships.
 */
import type { DatasetRefInput } from '../contract/datasets.ts';
import { GRAPH_VERSION, sequential } from '../contract/graph.ts';
import type { GridSpecInput } from '../contract/grid.ts';
import type { GuideTexts, LockableTraining, Topic } from '../contract/guide.ts';
import { LAB_FORMAT, LAB_VERSION, parseLab, type LabFile } from '../contract/lab.ts';
import type { LayerKind } from '../contract/layers.ts';
import type { Locale } from '../contract/locale.ts';
import type { TrainingConfigInput } from '../contract/training.ts';

export type Layer = { kind: LayerKind; params?: Record<string, unknown> };

export const input = (...shape: number[]): Layer => ({ kind: 'Input', params: { shape } });
export const flatten = (): Layer => ({ kind: 'Flatten' });
export const dense = (units: number, activation = 'relu', extra: object = {}): Layer => ({
  kind: 'Dense',
  params: { units, activation, ...extra },
});
export const dropout = (rate: number): Layer => ({ kind: 'Dropout', params: { rate } });
export const batchNorm = (): Layer => ({ kind: 'BatchNormalization' });
export const relu = (): Layer => ({ kind: 'Activation', params: { activation: 'relu' } });
export const conv = (filters: number, extra: object = {}): Layer => ({
  kind: 'Conv2D',
  params: { filters, kernelSize: [3, 3], activation: 'relu', ...extra },
});
export const maxPool = (): Layer => ({ kind: 'MaxPooling2D', params: { poolSize: [2, 2] } });
export const l1 = (factor: number) => ({ kernelRegularizer: { kind: 'l1', l1: factor, l2: 0 } });
export const l2 = (factor: number) => ({ kernelRegularizer: { kind: 'l2', l1: 0, l2: factor } });

export const MNIST: DatasetRefInput = { kind: 'builtin', name: 'mnist' };
export const IMDB: DatasetRefInput = { kind: 'builtin', name: 'imdb', numWords: 10000 };
/** MNIST images straight into Dense layers: Keras' `Flatten` after a 28x28x1 input. */
export const mnistMlp = (...hidden: Layer[]): Layer[] => [
  input(28, 28, 1),
  flatten(),
  ...hidden,
  dense(10, 'softmax'),
];

export interface StepSource {
  id: string;
  title: string;
  text: string;
  questions?: unknown[];
  checks?: unknown[];
  /** "Set up this step": these layers, and these settings over the lab's. */
  setup?: { layers?: Layer[]; training?: TrainingConfigInput };
}

export interface LabSource {
  id: string;
  name: string;
  description: string;
  topic: Topic;
  /** Measured minutes for the whole lab (every step's run) on two cores, full and quick. */
  minutes: number;
  dataset: DatasetRefInput;
  training: TrainingConfigInput;
  steps: StepSource[];
  /** Training settings students may not change, beyond the dataset, seed and data split. */
  lockTraining?: LockableTraining[];
  grid?: GridSpecInput;
  quick: {
    minutes: number;
    training: Record<string, unknown>;
    steps?: Record<string, Record<string, unknown>>;
    samples?: number;
    grid?: GridSpecInput;
  };
}

/** Always locked: what makes runs comparable across a class. */
const LOCKED: LockableTraining[] = ['seed', 'trainSubset', 'validation', 'shuffle'];

const ROW = 90;
function graphOf(layers: Layer[]) {
  const graph = sequential(layers);
  return {
    ...graph,
    version: GRAPH_VERSION,
    nodes: graph.nodes.map((n, i) => ({ ...n, position: { x: 0, y: i * ROW } })),
  };
}

/** A lab's texts in the other languages, by locale (the sources are written in English). */
export type LabTranslations = Partial<Record<Locale, GuideTexts>>;

const CJK = '\\u3000-\\u9fff\\uff00-\\uffef';
const SOFT_BREAK = new RegExp(`(?<=[${CJK}])\\n[ \\t]*(?=[${CJK}])`, 'g');
/**
 * Chinese sources are wrapped like the English ones, but Markdown turns a line break inside a
 * paragraph into a space, which Chinese does not put between words: join those lines.
 */
export const joinCjkLines = (text: string): string => text.trim().replace(SOFT_BREAK, '');

const trimTexts = (texts: GuideTexts): GuideTexts => ({
  ...texts,
  steps: texts.steps
    ? Object.fromEntries(
        Object.entries(texts.steps).map(([id, s]) => [
          id,
          { ...s, text: s.text && joinCjkLines(s.text) },
        ]),
      )
    : undefined,
});

/** The lab file of a source (checked by parseLab); its model is the first step's. */
export function buildLab(source: LabSource, translations: LabTranslations = {}): LabFile {
  const first = source.steps.find((s) => s.setup?.layers)?.setup?.layers;
  if (!first) throw new Error(`${source.id}: no step sets up a model.`);
  return parseLab(
    {
      format: LAB_FORMAT,
      version: LAB_VERSION,
      name: source.name,
      description: source.description,
      graph: graphOf(first),
      dataset: source.dataset,
      training: source.training,
      grid: source.grid ?? null,
      guide: {
        id: `library.${source.id}`,
        topic: source.topic,
        minutes: source.minutes,
        author: 'LayerLab library',
        steps: source.steps.map((s) => ({
          id: s.id,
          title: s.title,
          text: s.text.trim(),
          questions: s.questions ?? [],
          checks: s.checks ?? [],
          setup: s.setup
            ? {
                ...(s.setup.layers ? { graph: graphOf(s.setup.layers) } : {}),
                training: { ...source.training, ...s.setup.training },
              }
            : null,
        })),
        locks: {
          dataset: true,
          training: [...new Set([...LOCKED, ...(source.lockTraining ?? [])])],
          layers: [],
          structure: false,
        },
        translations: Object.keys(translations).length
          ? Object.fromEntries(
              Object.entries(translations).map(([locale, texts]) => [locale, trimTexts(texts)]),
            )
          : undefined,
      },
    },
    `library lab ${source.id}`,
  );
}
