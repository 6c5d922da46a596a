import { describe, expect, it } from 'vitest';
import type { AnyGraphNode } from '../../../src-main/contract/graph.ts';
import { applyTrial, expandGrid, paramValues } from '../../../src-main/contract/grid.ts';
import { regularizer } from '../../../src-main/contract/layers.ts';
import { analyzeGraph } from '../../../src-main/contract/validate.ts';
import { applyAction } from '../../../src-renderer/lib/actions.ts';
import {
  describePath,
  labelParts,
  layerSweep,
  trainingSweep,
  TRAINING_SWEEPS,
} from '../../../src-renderer/lib/grid-sweep.ts';
import { GRID_TRAINING_KEYS } from '../../../src-main/contract/grid.ts';
import { TEMPLATES } from '../../../src-renderer/lib/templates.ts';

/** MLP 2x512 with Dropout(0.5) after the first Dense: input flatten dense dense_1 dense_2 dropout. */
function lab() {
  const base = TEMPLATES.mlp512.make();
  return applyAction(base, 'addLayer', { kind: 'Dropout', after: 'n2' }).lab;
}
const node = (l: ReturnType<typeof lab>, name: string) =>
  l.graph.nodes.find((n) => n.name === name)! as AnyGraphNode;

describe('layerSweep: the first values of a layer setting', () => {
  const l = lab();
  it.each([
    ['dropout', 'rate', 'layers.dropout.rate', [0.3, 0.5, 0.7]],
    ['dense', 'units', 'layers.dense.units', [256, 512, 1024]],
    ['dense', 'activation', 'layers.dense.activation', ['relu', 'tanh', 'sigmoid']],
    ['dense', 'useBias', 'layers.dense.useBias', [false, true]],
    ['dense', 'kernelRegularizer', 'layers.dense.kernelRegularizer.l2', [0.001, 0.01, 0.1]],
  ])('%s.%s sweeps %s over %j', (layer, param, path, values) => {
    const s = layerSweep(node(l, layer), param)!;
    expect(s.path).toBe(path);
    expect(s.start.values).toEqual(values);
  });

  it('keeps the current value of an enum among the first values', () => {
    const s = layerSweep(node(l, 'dense_2'), 'activation')!; // softmax output
    expect(s.start.values![0]).toBe('softmax');
    expect(s.start.values).toHaveLength(4);
  });

  it('sweeps the L1 strength of an L1 regularizer, and says so', () => {
    const l1 = applyAction(l, 'setParam', {
      nodeId: node(l, 'dense').id,
      name: 'kernelRegularizer',
      value: regularizer('l1'),
    }).lab;
    const s = layerSweep(node(l1, 'dense'), 'kernelRegularizer')!;
    expect(s.path).toBe('layers.dense.kernelRegularizer.l1');
    expect(s.label).toBe('dense · kernel regularizer L1');
  });

  it('offers no sweep for a shape', () => {
    expect(layerSweep(node(l, 'input'), 'shape')).toBeNull();
  });

  it('gives values the engine can apply to a valid model, for every sweepable setting of the model', () => {
    for (const n of l.graph.nodes)
      for (const name of Object.keys(n.params)) {
        const s = layerSweep(n, name);
        if (!s || name === 'activation') continue; // a softmax-free output is valid too; checked above
        for (const value of paramValues({ path: s.path, ...s.start })) {
          const trial = applyTrial(l, { [s.path]: value });
          expect(analyzeGraph(trial.graph).ok, `${s.path}=${value}`).toBe(true);
        }
      }
  });
});

describe('trainingSweep', () => {
  it('starts the learning rate as a log range 1e-4..1e-1 in 4 steps', () => {
    const s = trainingSweep('learningRate', lab().training);
    expect(s.start.range).toEqual({ from: 0.0001, to: 0.1, steps: 4, scale: 'log' });
    expect(paramValues({ path: s.path, ...s.start })).toEqual([0.0001, 0.001, 0.01, 0.1]);
  });

  it('spreads epochs around the current number', () => {
    expect(trainingSweep('epochs', { ...lab().training, epochs: 20 }).start.values).toEqual([
      10, 20, 40,
    ]);
  });

  it('has a sweep for every key the engine can sweep, and each applies', () => {
    expect(Object.keys(TRAINING_SWEEPS).sort()).toEqual([...GRID_TRAINING_KEYS].sort());
    const l = lab();
    for (const key of GRID_TRAINING_KEYS) {
      const s = trainingSweep(key, l.training);
      for (const trial of expandGrid({
        params: [{ path: s.path, ...s.start }],
        search: { kind: 'grid' },
        evaluation: { kind: 'holdout', fraction: 0.2 },
        rankBy: 'val_loss',
        refit: false,
        parallel: null,
      }))
        expect(() => applyTrial(l, trial)).not.toThrow();
    }
  });
});

describe('describePath', () => {
  it('names settings the way the inspector does', () => {
    const l = lab();
    expect(describePath(l, 'layers.dense.kernelRegularizer.l2')).toMatchObject({
      label: 'dense · kernel regularizer L2',
    });
    expect(describePath(l, 'training.batchSize')).toMatchObject({
      label: 'batch size',
      kind: { type: 'number', integer: true },
    });
  });

  it('splits a label into its layers and a short setting for headers and axes', () => {
    expect(labelParts('dense + dense_1 · kernel regularizer L2')).toEqual({
      layers: 'dense + dense_1',
      setting: 'kernel L2',
    });
    expect(labelParts('every Dropout (2 layers) · rate')).toEqual({
      layers: 'every Dropout (2 layers)',
      setting: 'rate',
    });
    expect(labelParts('learning rate')).toEqual({ layers: '', setting: 'learning rate' });
  });

  it('says when the layer is gone', () => {
    const d = describePath(lab(), 'layers.hidden.units');
    expect('problem' in d && d.problem).toMatch(/no layer named 'hidden'/);
  });
});
