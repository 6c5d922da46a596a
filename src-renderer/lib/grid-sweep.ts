/**
 * "Sweep this": which settings a grid can sweep, what a student calls them, what values they take,
 * and the values a new sweep starts with (the curriculum's dropout 0.3/0.5/0.7, L2 0.001/0.01/0.1,
 * a log range of learning rates). Pure, so the inspector, the grid panel and the tests share it.
 */
import type { AnyGraphNode } from '../../src-main/contract/graph.ts';
import {
  layerPath,
  selectLayers,
  type GridParam,
  type GridTrainingKey,
  type GridValue,
} from '../../src-main/contract/grid.ts';
import type { LabFile } from '../../src-main/contract/lab.ts';
import { LAYERS, type ParamSpec, type Regularizer } from '../../src-main/contract/layers.ts';
import { OPTIMIZERS, type TrainingConfig } from '../../src-main/contract/training.ts';

/** What a swept setting accepts, for parsing and checking typed values. */
export type ValueKind =
  | {
      type: 'number';
      integer: boolean;
      min?: number;
      max?: number;
      minExclusive?: boolean;
      maxExclusive?: boolean;
    }
  | { type: 'enum'; options: readonly string[] }
  | { type: 'bool' };

export interface SweepTarget {
  path: string;
  /** For people: "dense · units", "every Dropout (2 layers) · rate", "learning rate". */
  label: string;
  kind: ValueKind;
  /** The layers a layer setting's sweep drives, by name, in graph order. */
  layers?: string[];
}

type Start = Pick<GridParam, 'values' | 'range'>;

interface TrainingSweep {
  label: string;
  kind: ValueKind;
  start: (t: TrainingConfig) => Start;
}

const fraction: ValueKind = { type: 'number', integer: false, min: 0, max: 1, maxExclusive: true };

/** Half, same, double: the first look at a size. */
function spread(v: number, integer: boolean, min = 0, max = Infinity): number[] {
  const raw = [v / 2, v, v * 2].map((x) => (integer ? Math.round(x) : Number(x.toPrecision(4))));
  return [...new Set(raw.filter((x) => x >= min && x <= max && (!integer || x >= 1)))];
}

export const TRAINING_SWEEPS: Record<GridTrainingKey, TrainingSweep> = {
  learningRate: {
    label: 'learning rate',
    kind: { type: 'number', integer: false, min: 0, max: 10, minExclusive: true },
    start: () => ({ range: { from: 0.0001, to: 0.1, steps: 4, scale: 'log' } }),
  },
  batchSize: {
    label: 'batch size',
    kind: { type: 'number', integer: true, min: 1, max: 65536 },
    start: () => ({ values: [32, 64, 128] }),
  },
  optimizer: {
    label: 'optimizer',
    kind: { type: 'enum', options: OPTIMIZERS },
    start: () => ({ values: [...OPTIMIZERS] }),
  },
  epochs: {
    label: 'epochs',
    kind: { type: 'number', integer: true, min: 1, max: 10000 },
    start: (t) => ({ values: spread(t.epochs, true, 1, 10000) }),
  },
  labelSmoothing: {
    label: 'label smoothing',
    kind: fraction,
    start: () => ({ values: [0, 0.1, 0.2] }),
  },
  momentum: { label: 'momentum', kind: fraction, start: () => ({ values: [0, 0.5, 0.9] }) },
  augmentation: {
    label: 'data augmentation',
    kind: { type: 'bool' },
    start: () => ({ values: [false, true] }),
  },
};

export const trainingPath = (key: GridTrainingKey) => `training.${key}`;

/** Starting values for layer settings where a generic rule would be odd. */
const LAYER_STARTS: Record<string, GridValue[]> = {
  'Dropout.rate': [0.3, 0.5, 0.7],
  'BatchNormalization.momentum': [0.9, 0.99, 0.999],
  activation: ['relu', 'tanh', 'sigmoid'],
  kernelSize: [3, 5],
  poolSize: [2, 3],
  strides: [1, 2],
};

export const REGULARIZER_START = [0.001, 0.01, 0.1];

function kindOf(spec: ParamSpec): ValueKind | null {
  switch (spec.type) {
    case 'int':
      return { type: 'number', integer: true, min: spec.min, max: spec.max };
    case 'float':
      return {
        type: 'number',
        integer: false,
        min: spec.min,
        max: spec.max,
        maxExclusive: spec.maxExclusive,
      };
    case 'enum':
      return { type: 'enum', options: spec.options };
    case 'bool':
      return { type: 'bool' };
    case 'pair':
      // A kernel size of 5 means 5x5 (applyTrial sets both).
      return { type: 'number', integer: true, min: 1 };
    case 'regularizer':
      return { type: 'number', integer: false, min: 0 };
    case 'shape':
      return null;
  }
}

export interface LayerSweep extends SweepTarget {
  start: Start;
}

/** The sweep for one parameter of a layer, or null when it cannot be swept (a shape, an axis). */
export function layerSweep(node: AnyGraphNode, name: string): LayerSweep | null {
  const spec = (LAYERS[node.kind].params as Record<string, ParamSpec>)[name];
  if (!spec || name === 'axis') return null;
  const kind = kindOf(spec);
  if (!kind) return null;
  const value = (node.params as Record<string, unknown>)[name];
  if (spec.type === 'regularizer') {
    const sub = (value as Regularizer | null)?.kind === 'l1' ? 'l1' : 'l2';
    return {
      path: `layers.${node.name}.${name}.${sub}`,
      label: `${node.name} · ${spec.label} ${sub.toUpperCase()}`,
      kind,
      start: { values: [...REGULARIZER_START] },
    };
  }
  const special = LAYER_STARTS[`${node.kind}.${name}`] ?? LAYER_STARTS[name];
  let values: GridValue[];
  if (spec.type === 'bool') values = [false, true];
  else if (spec.type === 'enum') {
    const pool = (special as string[] | undefined)?.filter((o) => spec.options.includes(o)) ?? [
      ...spec.options,
    ];
    values = (pool.includes(value as string) ? pool : [value as string, ...pool]).slice(0, 4);
  } else if (special) values = special;
  else if (spec.type === 'int' || spec.type === 'float') {
    const v = typeof value === 'number' ? value : spec.default;
    values =
      v === 0 ? [0, 0.1, 0.2] : spread(v, spec.type === 'int', spec.min, spec.max ?? Infinity);
  } else values = [3, 5];
  return {
    path: `layers.${node.name}.${name}`,
    label: `${node.name} · ${spec.label}`,
    kind,
    start: { values },
  };
}

export function trainingSweep(
  key: GridTrainingKey,
  training: TrainingConfig,
): SweepTarget & { start: Start } {
  const s = TRAINING_SWEEPS[key];
  return { path: trainingPath(key), label: s.label, kind: s.kind, start: s.start(training) };
}

/** What a grid path is in this lab: its label and kind, or the sentence saying why it is not. */
export function describePath(
  lab: LabFile,
  path: string,
): SweepTarget | { path: string; label: string; problem: string } {
  const parts = path.split('.');
  if (parts[0] === 'training') {
    const s = TRAINING_SWEEPS[parts[1] as GridTrainingKey];
    if (!s)
      return {
        path,
        label: path,
        problem: `${path} cannot be swept; sweep one of ${Object.keys(TRAINING_SWEEPS).join(', ')}.`,
      };
    return { path, label: s.label, kind: s.kind };
  }
  const at = layerPath(path)!;
  const { param, sub } = at;
  const selected = selectLayers(lab.graph.nodes, at.selector);
  if ('problem' in selected)
    return {
      path,
      label: `${at.selector} · ${param}`,
      problem: at.selector.includes('+')
        ? `This sweep's layers are gone (${selected.problem}): remove the sweep, or rename the layer back.`
        : at.selector.startsWith('*')
          ? `This sweep drives no layer: ${selected.problem}. Remove it.`
          : `The model has no layer named '${at.selector}' any more: remove this sweep or rename a layer back.`,
    };
  let spec: ParamSpec | undefined;
  for (const node of selected.layers) {
    spec = (LAYERS[node.kind].params as Record<string, ParamSpec>)[param];
    if (!spec || !kindOf(spec))
      return {
        path,
        label: `${at.selector} · ${param}`,
        problem: `A ${node.kind} layer${selected.layers.length > 1 ? ` (${node.name})` : ''} has no setting '${param}' that can be swept.`,
      };
  }
  const layers = selected.layers.map((n) => n.name);
  const n = layers.length;
  const where = selected.kind
    ? `every ${selected.kind} (${n} layer${n === 1 ? '' : 's'})`
    : layers.join(' + ');
  return {
    path,
    label: `${where} · ${spec!.label}${sub ? ` ${sub.toUpperCase()}` : ''}`,
    kind: kindOf(spec!)!,
    layers,
  };
}

/**
 * A sweep's label in two short parts for narrow places (a table header, a chart axis): the layers
 * ("every Dropout (2 layers)", "" for a training setting) and the setting ("kernel L2", not
 * "kernel regularizer L2").
 */
export function labelParts(label: string): { layers: string; setting: string } {
  const at = label.lastIndexOf(' · ');
  const setting = (at < 0 ? label : label.slice(at + 3)).replace(' regularizer ', ' ');
  return { layers: at < 0 ? '' : label.slice(0, at), setting };
}
