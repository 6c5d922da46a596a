/**
 * A lab's settings in words, the way a student writes them in a lab report: layers as Keras calls
 * them (`Dropout(0.5)`), numbers as Python prints them (`1.0`), training settings by their Keras
 * names. Driven by the layer catalog, so a new parameter is described without touching this file.
 * Pure: the runs list, the chart tooltips and the CLI share it. The words around Keras' names are
 * messages in the user's language; the checks' English labels ask for `'en'` (`locale`).
 */
import type { DatasetRef } from './datasets.ts';
import { m, type MessageLocale } from './i18n.ts';
import type { AnyGraphNode, GraphDocument } from './graph.ts';
import type { LabFile } from './lab.ts';
import { LAYERS, type LayerKind, type ParamSpec, type Regularizer } from './layers.ts';
import {
  KERAS_OPTIMIZER_CLASS,
  effectiveLearningRate,
  type Augmentation,
  type EarlyStopping,
  type TrainingConfig,
  type Validation,
} from './training.ts';

/** A float as Python prints it: `1.0`, `0.5`, `1e-07`. */
export function pyFloat(x: number): string {
  if (Number.isInteger(x) && Math.abs(x) < 1e16) return x.toFixed(1);
  return String(x).replace(/e([+-])(\d)$/, 'e$10$2');
}

export function paramSpecs(kind: LayerKind): [string, ParamSpec][] {
  return Object.entries(LAYERS[kind].params as Record<string, ParamSpec>);
}

export function regularizerText(r: Regularizer): string {
  if (r.kind === 'l1') return `L1 ${pyFloat(r.l1)}`;
  if (r.kind === 'l2') return `L2 ${pyFloat(r.l2)}`;
  return `L1 ${pyFloat(r.l1)} + L2 ${pyFloat(r.l2)}`;
}

/** `kernelRegularizer` is the weight penalty students mean by "L2"; the others say what they are on. */
export function regularizerPrefix(spec: ParamSpec): string {
  const on = spec.label.replace(/\s*regularizer$/, '');
  return on === 'kernel' ? '' : `${on} `;
}

/** The options that word a message in `locale` (the current language when omitted). */
const inLocale = (locale?: MessageLocale) => (locale ? { locale } : {});

/** A parameter's value as Keras code shows it; `null` pairs mean "same as" (Keras' default). */
export function valueText(spec: ParamSpec, value: unknown, locale?: MessageLocale): string {
  if (value === null || value === undefined)
    return (spec.type === 'regularizer' ? m.words_none : m.words_default)({}, inLocale(locale));
  switch (spec.type) {
    case 'int':
      return String(value);
    case 'float':
      return pyFloat(value as number);
    case 'bool':
      return (value ? m.words_on : m.words_off)({}, inLocale(locale));
    case 'shape':
    case 'pair':
      return (value as number[]).join('x');
    case 'regularizer':
      return regularizerText(value as Regularizer);
    case 'enum':
      return String(value);
    default:
      // A parameter type added to the catalog later still reads as something.
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

/**
 * The parameter a layer is known by (`Dense(64)`, `Dropout(0.5)`, `Activation(relu)`): its first
 * when that is a count, or its only one.
 */
export function leadParam(kind: LayerKind): [string, ParamSpec] | null {
  const specs = paramSpecs(kind);
  if (!specs.length) return null;
  return specs[0][1].type === 'int' || specs.length === 1 ? specs[0] : null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `Dense(64, relu, L2 0.01)`: the lead parameter, then every other one that is not the default. */
export function layerBrief(node: AnyGraphNode): string {
  const params = node.params as Record<string, unknown>;
  const lead = leadParam(node.kind);
  const args: string[] = lead ? [valueText(lead[1], params[lead[0]])] : [];
  for (const [name, spec] of paramSpecs(node.kind)) {
    if (name === lead?.[0] || same(params[name], spec.default)) continue;
    if (spec.type === 'enum' && spec.label === 'activation') args.push(String(params[name]));
    else if (spec.type === 'regularizer')
      args.push(`${regularizerPrefix(spec)}${valueText(spec, params[name])}`);
    else args.push(`${spec.label} ${valueText(spec, params[name])}`);
  }
  return args.length ? `${node.kind}(${args.join(', ')})` : node.kind;
}

/**
 * The layers from the inputs to the outputs, in the order data flows (a topological order that
 * keeps the document's order among layers that could go either way).
 */
export function layerPath(graph: GraphDocument): AnyGraphNode[] {
  const indegree = new Map(graph.nodes.map((n) => [n.id, 0]));
  for (const e of graph.edges)
    if (indegree.has(e.target)) indegree.set(e.target, indegree.get(e.target)! + 1);
  const out: AnyGraphNode[] = [];
  const done = new Set<string>();
  while (out.length < graph.nodes.length) {
    // A cycle (an invalid graph) still lists every layer: the first one left goes next.
    const next =
      graph.nodes.find((n) => !done.has(n.id) && indegree.get(n.id) === 0) ??
      graph.nodes.find((n) => !done.has(n.id))!;
    done.add(next.id);
    out.push(next);
    for (const e of graph.edges)
      if (e.source === next.id && indegree.has(e.target))
        indegree.set(e.target, indegree.get(e.target)! - 1);
  }
  return out;
}

/** "L2 0.01 on dense" for one layer, "L2 0.01 on 2 layers" for more. */
export const onLayers = (phrase: string, names: string[], locale?: MessageLocale) =>
  names.length === 1
    ? m.words_on_layer({ phrase, layer: names[0] }, inLocale(locale))
    : m.words_on_layers({ phrase, count: names.length }, inLocale(locale));

/** Identical phrases over several layers, said once: `L2 0.01 on 2 layers`. */
export function groupByPhrase(items: { phrase: string; layer: string }[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const { phrase, layer } of items) groups.set(phrase, [...(groups.get(phrase) ?? []), layer]);
  return groups;
}

/** Every weight, bias and activity penalty in the graph, with the layers that have it. */
export function penalties(nodes: AnyGraphNode[]): { phrase: string; layers: string[] }[] {
  const items: { phrase: string; layer: string }[] = [];
  for (const node of nodes)
    for (const [name, spec] of paramSpecs(node.kind)) {
      const value = (node.params as Record<string, unknown>)[name];
      if (spec.type === 'regularizer' && value)
        items.push({
          phrase: `${regularizerPrefix(spec)}${valueText(spec, value)}`,
          layer: node.name,
        });
    }
  return [...groupByPhrase(items)].map(([phrase, layers]) => ({ phrase, layers }));
}

/** Every weight, bias and activity penalty in the graph, grouped: `L2 0.01 on 2 layers`. */
export function regularizationText(nodes: AnyGraphNode[]): string[] {
  return penalties(nodes).map(({ phrase, layers }) => onLayers(phrase, layers));
}

/** `Dense 512-512-10 · Dropout 0.5 · MaxPooling2D ×2`: the path by kind, in order of appearance. */
export function layersBrief(nodes: AnyGraphNode[], locale?: MessageLocale): string[] {
  const byKind = new Map<LayerKind, AnyGraphNode[]>();
  for (const n of nodes) {
    const spec = LAYERS[n.kind];
    if (spec.category === 'input' || (spec.category === 'core' && !leadParam(n.kind))) continue;
    byKind.set(n.kind, [...(byKind.get(n.kind) ?? []), n]);
  }
  return [...byKind].map(([kind, list]) => {
    const lead = leadParam(kind);
    if (!lead) return list.length > 1 ? `${kind} ×${list.length}` : kind;
    const values = list.map((n) =>
      valueText(lead[1], (n.params as Record<string, unknown>)[lead[0]], locale),
    );
    return `${kind} ${(lead[1].type === 'int' ? values : [...new Set(values)]).join(lead[1].type === 'int' ? '-' : '/')}`;
  });
}

export function datasetText(ref: DatasetRef): string {
  switch (ref.kind) {
    case 'builtin':
      return ref.name === 'imdb' ? m.words_imdb({ count: ref.numWords }) : ref.name;
    case 'synthetic':
      return m.words_synthetic({
        shape: ref.shape,
        samples: ref.samples,
        noise: pyFloat(ref.noise),
      });
    case 'file':
      return ref.path.split(/[\\/]/).filter(Boolean).pop() ?? ref.path;
  }
}

export function optimizerText(t: TrainingConfig): string {
  const momentum = t.optimizer === 'sgd' && t.momentum ? ` momentum ${pyFloat(t.momentum)}` : '';
  return `${KERAS_OPTIMIZER_CLASS[t.optimizer]} lr ${pyFloat(effectiveLearningRate(t))}${momentum}`;
}

export function validationText(v: Validation): string {
  switch (v.kind) {
    case 'split':
      return m.words_validation_split({ fraction: pyFloat(v.fraction) });
    case 'test':
      return m.words_validation_test();
    case 'none':
      return m.words_validation_none();
    case 'kfold':
      return m.words_fold({ fold: v.fold + 1, folds: v.folds });
  }
}

export function earlyStoppingText({
  monitor,
  patience,
  restoreBestWeights,
}: EarlyStopping): string {
  const early = restoreBestWeights ? m.words_early_stopping_best : m.words_early_stopping;
  return early({ monitor, patience });
}

/** Keras' ImageDataGenerator arguments, in words. */
export const AUGMENTATION_WORDS: Record<keyof Augmentation, () => string> = {
  rotationRange: m.words_aug_rotation,
  widthShiftRange: m.words_aug_width_shift,
  heightShiftRange: m.words_aug_height_shift,
  shearRange: m.words_aug_shear,
  zoomRange: m.words_aug_zoom,
  horizontalFlip: m.words_aug_horizontal_flip,
  verticalFlip: m.words_aug_vertical_flip,
  fillMode: m.words_aug_fill,
  cval: m.words_aug_fill_value,
};

/** A setting of augmentation in words; one no table names yet gets its name in words. */
export const augmentationWord = (key: string) =>
  AUGMENTATION_WORDS[key as keyof Augmentation]?.() ?? words(key);

/** Words for a setting no table names yet: `fillMode` -> `fill mode`. */
export const words = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();

export function settingValue(value: unknown): string {
  if (value === null || value === undefined) return m.words_none();
  if (typeof value === 'boolean') return value ? m.words_on() : m.words_off();
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : pyFloat(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function augmentationList(a: Augmentation): string[] {
  return Object.entries(a)
    .filter(([key, value]) => value && key !== 'fillMode')
    .map(([key, value]) => {
      const name = augmentationWord(key);
      return value === true ? name : `${name} ${settingValue(value)}`;
    });
}

export function augmentationText(a: Augmentation): string {
  const list = augmentationList(a).join(m.issue_join_comma());
  return list ? m.words_augmentation({ list }) : m.words_augmentation_none();
}

/**
 * What a lab trains, in one line: `Dense 512-512-10 · Dropout 0.5 · L2 0.01 on 2 layers ·
 * RMSprop lr 0.001 · batch 128 · 20 epochs`, then augmentation, label smoothing and early stopping
 * when they are on.
 */
export function describeLab(lab: LabFile): string {
  const nodes = layerPath(lab.graph);
  const t = lab.training;
  const parts = [
    ...layersBrief(nodes),
    ...penalties(nodes).map(({ phrase, layers }) => onLayers(phrase, layers)),
    optimizerText(t),
    m.words_batch({ size: t.batchSize }),
    m.words_epochs({ count: t.epochs }),
  ];
  if (t.augmentation) parts.push(augmentationText(t.augmentation));
  if (t.labelSmoothing) parts.push(m.words_label_smoothing({ value: pyFloat(t.labelSmoothing) }));
  if (t.earlyStopping) parts.push(earlyStoppingText(t.earlyStopping));
  if (t.trainSubset !== null) parts.push(m.words_first_examples({ count: t.trainSubset }));
  if (t.shuffleLabels) parts.push(m.words_shuffled_labels());
  return parts.join(' · ');
}
