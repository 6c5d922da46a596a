/**
 * What changed between two labs, in words: `+ Dropout(0.5) after dense, dense_1`, `L2 0.01 on 2
 * layers`, `lr 1.0 instead of 0.001`. Layers are matched along the data's path by kind (and name,
 * when it still fits), so an inserted layer reads as one insertion, not as every layer after it
 * changing. Pure: the runs list, the chart tooltips and the CLI share it. In the user's language;
 * Keras' names (Dense, rate, kernel_regularizer) stay as in code.
 */
import type { AnyGraphNode, GraphDocument } from './graph.ts';
import { m } from './i18n.ts';
import type { LabFile } from './lab.ts';
import {
  augmentationText,
  augmentationWord,
  datasetText,
  earlyStoppingText,
  groupByPhrase,
  layerBrief,
  layerPath,
  onLayers,
  paramSpecs,
  pyFloat,
  regularizerPrefix,
  regularizerText,
  settingValue,
  validationText,
  valueText,
  words,
} from './lab-words.ts';
import type { Regularizer } from './layers.ts';
import { spaced } from './check-text.ts';
import { KERAS_OPTIMIZER_CLASS, effectiveLearningRate, type TrainingConfig } from './training.ts';

export { describeLab } from './lab-words.ts';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
// Chinese puts a space where its words meet Latin ones ("原为 Adam", "原为用测试集验证").
const instead = (what: string, now: string, before: string) =>
  spaced(m.words_instead({ what, now, before }));
const insteadOf = (now: string, before: string) => spaced(m.words_instead_of({ now, before }));

type Step =
  | { op: 'same'; a: AnyGraphNode; b: AnyGraphNode }
  | { op: 'removed'; a: AnyGraphNode }
  | { op: 'added'; b: AnyGraphNode };

/** The best alignment of two paths: layers of one kind pair up, the same name counts extra. */
export function alignLayers(as: AnyGraphNode[], bs: AnyGraphNode[]): Step[] {
  const score = (a: AnyGraphNode, b: AnyGraphNode) =>
    a.kind !== b.kind ? -1 : a.name === b.name ? 3 : 2;
  // best[i][j]: the best score aligning as[i..] with bs[j..].
  const best = Array.from({ length: as.length + 1 }, () =>
    new Array<number>(bs.length + 1).fill(0),
  );
  for (let i = as.length - 1; i >= 0; i--)
    for (let j = bs.length - 1; j >= 0; j--) {
      const s = score(as[i], bs[j]);
      best[i][j] = Math.max(best[i + 1][j], best[i][j + 1], s < 0 ? -1 : s + best[i + 1][j + 1]);
    }
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  while (i < as.length || j < bs.length) {
    const s = i < as.length && j < bs.length ? score(as[i], bs[j]) : -1;
    if (s >= 0 && best[i][j] === s + best[i + 1][j + 1])
      steps.push({ op: 'same', a: as[i++], b: bs[j++] });
    else if (j < bs.length && (i === as.length || best[i][j] === best[i][j + 1]))
      steps.push({ op: 'added', b: bs[j++] });
    else steps.push({ op: 'removed', a: as[i++] });
  }
  return steps;
}

/** Where a layer sits: after the layer feeding it (`after dense`), or at the start. */
function place(graph: GraphDocument, node: AnyGraphNode): string {
  const from = graph.edges.find((e) => e.target === node.id)?.source;
  const source = graph.nodes.find((n) => n.id === from);
  return source ? source.name : '';
}

function paramChange(key: string, a: AnyGraphNode, b: AnyGraphNode): string | null {
  const spec = paramSpecs(b.kind).find(([name]) => name === key)?.[1];
  const before = (a.params as Record<string, unknown>)[key];
  const now = (b.params as Record<string, unknown>)[key];
  if (!spec || same(before, now)) return null;
  if (spec.type === 'regularizer') {
    const prefix = regularizerPrefix(spec);
    const [r0, r1] = [before as Regularizer | null, now as Regularizer | null];
    if (!r1) return `− ${prefix}${regularizerText(r0!)}`;
    if (!r0) return `${prefix}${regularizerText(r1)}`;
    const kind = r1.kind;
    if (r0.kind === kind && kind !== 'l1l2')
      return instead(`${prefix}${kind.toUpperCase()}`, pyFloat(r1[kind]), pyFloat(r0[kind]));
    return insteadOf(`${prefix}${regularizerText(r1)}`, regularizerText(r0));
  }
  if (spec.type === 'bool') return `${spec.label} ${valueText(spec, now)}`;
  return instead(spec.label, valueText(spec, now), valueText(spec, before));
}

/** The graph's changes: added and removed layers by position, then changed parameters by layer. */
export function diffGraphs(base: GraphDocument, graph: GraphDocument): string[] {
  const added: { phrase: string; layer: string }[] = [];
  const removed: { phrase: string; layer: string }[] = [];
  const changed: { phrase: string; layer: string }[] = [];
  for (const step of alignLayers(layerPath(base), layerPath(graph))) {
    if (step.op === 'added')
      added.push({ phrase: `+ ${layerBrief(step.b)}`, layer: place(graph, step.b) });
    else if (step.op === 'removed')
      removed.push({ phrase: `− ${layerBrief(step.a)}`, layer: place(base, step.a) });
    else
      for (const [key] of paramSpecs(step.b.kind)) {
        const phrase = paramChange(key, step.a, step.b);
        if (phrase) changed.push({ phrase, layer: step.b.name });
      }
  }
  const at = ([phrase, layers]: [string, string[]]) =>
    layers.every((l) => !l)
      ? m.words_at_start({ phrase })
      : m.words_after({
          phrase,
          layers: layers.map((l) => l || m.words_the_start()).join(m.issue_join_comma()),
        });
  return [
    ...[...groupByPhrase(added)].map(at),
    ...[...groupByPhrase(removed)].map(at),
    ...[...groupByPhrase(changed)].map(([phrase, layers]) => onLayers(phrase, layers)),
  ];
}

function diffObject<T extends object>(before: T, now: T, name: (key: string) => string): string[] {
  const keys = [...new Set([...Object.keys(now), ...Object.keys(before)])];
  return keys.flatMap((key) => {
    const [b, n] = [
      (before as Record<string, unknown>)[key],
      (now as Record<string, unknown>)[key],
    ];
    if (same(b, n)) return [];
    if (typeof n === 'boolean') return [n ? name(key) : m.words_no({ what: name(key) })];
    return [instead(name(key), settingValue(n), settingValue(b))];
  });
}

type Setting = (before: TrainingConfig, now: TrainingConfig) => string[];
const float =
  (what: () => string, key: 'labelSmoothing' | 'momentum'): Setting =>
  (b, n) => [instead(what(), pyFloat(n[key]), pyFloat(b[key]))];

/** Training settings said as a student would; any other setting gets its name in words. */
const SETTINGS: Partial<Record<keyof TrainingConfig, Setting>> = {
  optimizer: (b, n) => [
    insteadOf(KERAS_OPTIMIZER_CLASS[n.optimizer], KERAS_OPTIMIZER_CLASS[b.optimizer]),
  ],
  learningRate: (b, n) => {
    const [lr0, lr1] = [effectiveLearningRate(b), effectiveLearningRate(n)];
    return lr0 === lr1 ? [] : [instead('lr', pyFloat(lr1), pyFloat(lr0))];
  },
  momentum: float(() => 'momentum', 'momentum'),
  labelSmoothing: float(m.words_label_smoothing_name, 'labelSmoothing'),
  batchSize: (b, n) => [instead(m.words_batch_size(), String(n.batchSize), String(b.batchSize))],
  validation: (b, n) => [insteadOf(validationText(n.validation), validationText(b.validation))],
  earlyStopping: (b, n) => {
    if (!n.earlyStopping) return [`− ${m.words_early_stopping_name()}`];
    if (!b.earlyStopping) return [`+ ${earlyStoppingText(n.earlyStopping)}`];
    return diffObject(b.earlyStopping, n.earlyStopping, (k) =>
      m.words_early_stopping_setting({ setting: words(k) }),
    );
  },
  augmentation: (b, n) => {
    if (!n.augmentation) return [`− ${m.words_augmentation_name()}`];
    if (!b.augmentation) return [`+ ${augmentationText(n.augmentation)}`];
    return diffObject(b.augmentation, n.augmentation, augmentationWord);
  },
  trainSubset: (b, n) => {
    const text = (x: number | null) =>
      x === null ? m.words_all_examples() : m.words_first_examples({ count: x });
    return [insteadOf(text(n.trainSubset), text(b.trainSubset))];
  },
  shuffleLabels: (_, n) => [n.shuffleLabels ? m.words_shuffled_labels() : m.words_true_labels()],
  shuffle: (_, n) => [
    n.shuffle ? m.words_shuffled_each_epoch() : m.words_not_shuffled_each_epoch(),
  ],
};

export function diffTraining(before: TrainingConfig, now: TrainingConfig): string[] {
  const keys = [...new Set([...Object.keys(now), ...Object.keys(before)])];
  return keys.flatMap((key) => {
    const [b, n] = [
      (before as Record<string, unknown>)[key],
      (now as Record<string, unknown>)[key],
    ];
    const setting = SETTINGS[key as keyof TrainingConfig];
    // The learning rate is compared as used: `null` and the optimizer's default are the same.
    if (setting && (key === 'learningRate' || !same(b, n))) return setting(before, now);
    return same(b, n) ? [] : [instead(words(key), settingValue(n), settingValue(b))];
  });
}

/**
 * How `lab` differs from `base`, one phrase per change: layers added or removed (and where), layer
 * parameters, then training settings and the dataset. Empty when they train the same thing.
 */
/** The changes of `diffLabs` on one line, joined as the language joins them ("; ", "；"). */
export const changesText = (changes: readonly string[]): string =>
  changes.join(m.words_changes_join());

export function diffLabs(base: LabFile, lab: LabFile): string[] {
  const out = [...diffGraphs(base.graph, lab.graph), ...diffTraining(base.training, lab.training)];
  if (!same(base.dataset, lab.dataset))
    out.push(instead(m.words_dataset(), datasetText(lab.dataset), datasetText(base.dataset)));
  return out;
}
