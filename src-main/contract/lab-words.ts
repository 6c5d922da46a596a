/**
 * A lab's settings in words, the way a student writes them in a lab report: layers as Keras calls
 * them (`Dropout(0.5)`), numbers as Python prints them (`1.0`), training settings by their Keras
 * names. Driven by the layer catalog, so a new parameter is described without touching this file.
 * Pure: the runs list, the chart tooltips and the CLI share it. `describeLab` is in the user's
 * language (messages); the other words stay English for the checks' English labels.
 */
import type { DatasetRef } from './datasets.ts';
import { m } from './i18n.ts';
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

/** A parameter's value as Keras code shows it; `null` pairs mean "same as" (Keras' default). */
export function valueText(spec: ParamSpec, value: unknown): string {
  if (value === null || value === undefined)
    return spec.type === 'regularizer' ? 'none' : 'default';
  switch (spec.type) {
    case 'int':
      return String(value);
    case 'float':
      return pyFloat(value as number);
    case 'bool':
      return value ? 'on' : 'off';
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

/** "on dense" for one layer, "on 2 layers" for more. */
export const onLayers = (names: string[]) =>
  names.length === 1 ? `on ${names[0]}` : `on ${names.length} layers`;

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
  return penalties(nodes).map(({ phrase, layers }) => `${phrase} ${onLayers(layers)}`);
}

/** `Dense 512-512-10 · Dropout 0.5 · MaxPooling2D ×2`: the path by kind, in order of appearance. */
export function layersBrief(nodes: AnyGraphNode[]): string[] {
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
      valueText(lead[1], (n.params as Record<string, unknown>)[lead[0]]),
    );
    return `${kind} ${(lead[1].type === 'int' ? values : [...new Set(values)]).join(lead[1].type === 'int' ? '-' : '/')}`;
  });
}

export function datasetText(ref: DatasetRef): string {
  switch (ref.kind) {
    case 'builtin':
      return ref.name === 'imdb' ? `imdb (${ref.numWords} words)` : ref.name;
    case 'synthetic':
      return `${ref.shape} (${ref.samples} samples, noise ${pyFloat(ref.noise)})`;
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
      return `validation split ${pyFloat(v.fraction)}`;
    case 'test':
      return 'validation on the test set';
    case 'none':
      return 'no validation';
    case 'kfold':
      return `fold ${v.fold + 1} of ${v.folds}`;
  }
}

export function earlyStoppingText(e: EarlyStopping): string {
  const best = e.restoreBestWeights ? ', best weights' : '';
  return `early stopping (${e.monitor}, patience ${e.patience}${best})`;
}

/** Keras' ImageDataGenerator argument names, which the course's code uses. */
export const AUGMENTATION_WORDS: Record<keyof Augmentation, string> = {
  rotationRange: 'rotation',
  widthShiftRange: 'width shift',
  heightShiftRange: 'height shift',
  shearRange: 'shear',
  zoomRange: 'zoom',
  horizontalFlip: 'horizontal flip',
  verticalFlip: 'vertical flip',
  fillMode: 'fill',
  cval: 'fill value',
};

/** Words for a setting no table names yet: `fillMode` -> `fill mode`. */
export const words = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();

export function settingValue(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : pyFloat(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function augmentationList(a: Augmentation): string[] {
  return Object.entries(a)
    .filter(([key, value]) => value && key !== 'fillMode')
    .map(([key, value]) => {
      const name = AUGMENTATION_WORDS[key as keyof Augmentation] ?? words(key);
      return value === true ? name : `${name} ${settingValue(value)}`;
    });
}

export function augmentationText(a: Augmentation): string {
  const on = augmentationList(a);
  return on.length ? `augmentation (${on.join(', ')})` : 'augmentation (none)';
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
    ...penalties(nodes).map(({ phrase, layers }) =>
      layers.length === 1
        ? m.words_on_layer({ phrase, layer: layers[0] })
        : m.words_on_layers({ phrase, count: layers.length }),
    ),
    optimizerText(t),
    m.words_batch({ size: t.batchSize }),
    m.words_epochs({ count: t.epochs }),
  ];
  if (t.augmentation) {
    const list = augmentationList(t.augmentation).join(', ');
    parts.push(list ? m.words_augmentation({ list }) : m.words_augmentation_none());
  }
  if (t.labelSmoothing) parts.push(m.words_label_smoothing({ value: pyFloat(t.labelSmoothing) }));
  if (t.earlyStopping) {
    const { monitor, patience, restoreBestWeights } = t.earlyStopping;
    const early = restoreBestWeights ? m.words_early_stopping_best : m.words_early_stopping;
    parts.push(early({ monitor, patience }));
  }
  if (t.trainSubset !== null) parts.push(m.words_first_examples({ count: t.trainSubset }));
  if (t.shuffleLabels) parts.push(m.words_shuffled_labels());
  return parts.join(' · ');
}
