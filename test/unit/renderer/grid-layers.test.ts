import { describe, expect, it } from 'vitest';
import { applyTrial, expandGrid, type GridParam } from '../../../src-main/contract/grid.ts';
import type { LabFile } from '../../../src-main/contract/lab.ts';
import { applyAction } from '../../../src-renderer/lib/actions.ts';
import { layerTicks, pathForLayers, sweepChoices } from '../../../src-renderer/lib/grid-layers.ts';
import { gridCounts, gridProblems, isSwept } from '../../../src-renderer/lib/grid-spec.ts';
import { describePath } from '../../../src-renderer/lib/grid-sweep.ts';
import { TEMPLATES } from '../../../src-renderer/lib/templates.ts';

/** The course's MLP: dense, dropout, dense_1, dropout_1, then the output dense_2. */
function course(): LabFile {
  let lab = TEMPLATES.mlp512.make();
  lab = applyAction(lab, 'addLayer', { kind: 'Dropout', after: 'n2' }).lab;
  const dense1 = lab.graph.nodes.find((n) => n.name === 'dense_1')!.id;
  return applyAction(lab, 'addLayer', { kind: 'Dropout', after: dense1 }).lab;
}
const add = (lab: LabFile, param: GridParam) => applyAction(lab, 'addSweep', { param }).lab;
const paths = (lab: LabFile) => lab.grid?.params.map((p) => p.path);

describe('"+ sweep" on one layer of several of its kind', () => {
  const lab = course();

  it('offers this layer, every layer of the kind, and the hidden ones when the output is one', () => {
    expect(
      sweepChoices(lab, 'layers.dense.kernelRegularizer.l2').map((c) => [
        c.choice,
        c.path,
        c.label,
      ]),
    ).toEqual([
      ['only dense', 'layers.dense.kernelRegularizer.l2', 'dense · kernel regularizer L2'],
      [
        'every Dense layer (3)',
        'layers.*Dense.kernelRegularizer.l2',
        'every Dense (3 layers) · kernel regularizer L2',
      ],
      [
        'the 2 hidden Dense layers, not the output',
        'layers.dense+dense_1.kernelRegularizer.l2',
        'dense + dense_1 · kernel regularizer L2',
      ],
    ]);
    expect(sweepChoices(lab, 'layers.dropout_1.rate').map((c) => c.choice)).toEqual([
      'only dropout_1',
      'every Dropout layer (2)',
    ]);
    expect(sweepChoices(lab, 'layers.flatten.dataFormat')).toHaveLength(0);
    expect(sweepChoices(TEMPLATES.cnn.make(), 'layers.dropout.rate')).toHaveLength(1);
  });

  it("builds the course's 3 x 3 grid from two clicks: 9 settings, both layers equal in each", () => {
    const [, everyDropout] = sweepChoices(lab, 'layers.dropout.rate');
    const [, , hiddenDense] = sweepChoices(lab, 'layers.dense.kernelRegularizer.l2');
    const grid = add(add(lab, { path: everyDropout.path, ...everyDropout.start }), {
      path: hiddenDense.path,
      ...hiddenDense.start,
    });
    expect(gridCounts(grid.grid!).trials).toBe(9);
    expect(gridProblems(grid)).toEqual([]);
    for (const trial of expandGrid(grid.grid!)) {
      const nodes = applyTrial(grid, trial).graph.nodes;
      const rates = nodes.filter((n) => n.kind === 'Dropout').map((n) => n.params.rate);
      expect(new Set(rates).size).toBe(1);
    }
    // Each layer's own button knows it is swept.
    expect(isSwept(grid, 'layers.dropout_1.rate')).toBe(true);
    expect(isSwept(grid, 'layers.dense_1.kernelRegularizer.l2')).toBe(true);
    expect(isSwept(grid, 'layers.dense_2.kernelRegularizer.l2')).toBe(false);
  });

  it('widening a sweep to every layer keeps its values and its place', () => {
    let grid = add(lab, { path: 'layers.dropout.rate', values: [0.2, 0.4] });
    grid = add(grid, { path: 'training.batchSize', values: [32, 64] });
    grid = add(grid, { path: 'layers.*Dropout.rate', values: [0.3, 0.5, 0.7] });
    expect(grid.grid!.params).toEqual([
      { path: 'layers.*Dropout.rate', values: [0.2, 0.4] },
      { path: 'training.batchSize', values: [32, 64] },
    ]);
  });
});

describe('ticking the layers a sweep drives', () => {
  const lab = add(course(), { path: 'layers.*Dense.kernelRegularizer.l2', values: [0.01] });

  it('lists every layer of the kind, the output marked', () => {
    expect(layerTicks(lab, 'layers.*Dense.kernelRegularizer.l2')).toEqual([
      { name: 'dense', ticked: true, output: false, sweptBy: null },
      { name: 'dense_1', ticked: true, output: false, sweptBy: null },
      { name: 'dense_2', ticked: true, output: true, sweptBy: null },
    ]);
    expect(layerTicks(lab, 'training.learningRate')).toBeNull();
  });

  it('unticking the output leaves the hidden layers; ticking all is every layer again', () => {
    const hidden = pathForLayers(lab, 'layers.*Dense.kernelRegularizer.l2', ['dense', 'dense_1']);
    expect(hidden).toBe('layers.dense+dense_1.kernelRegularizer.l2');
    const next = applyAction(lab, 'retargetSweep', {
      from: 'layers.*Dense.kernelRegularizer.l2',
      to: hidden,
    }).lab;
    expect(next.grid!.params).toEqual([{ path: hidden, values: [0.01] }]);
    expect(describePath(next, hidden)).toMatchObject({ layers: ['dense', 'dense_1'] });
    expect(pathForLayers(next, hidden, ['dense', 'dense_1', 'dense_2'])).toBe(
      'layers.*Dense.kernelRegularizer.l2',
    );
    expect(pathForLayers(next, hidden, ['dense_1'])).toBe('layers.dense_1.kernelRegularizer.l2');
  });

  it('a layer another sweep drives cannot be ticked into this one', () => {
    const two = add(add(course(), { path: 'layers.dense_2.kernelRegularizer.l2', values: [0.1] }), {
      path: 'layers.dense+dense_1.kernelRegularizer.l2',
      values: [0.01],
    });
    expect(layerTicks(two, 'layers.dense+dense_1.kernelRegularizer.l2')![2]).toMatchObject({
      name: 'dense_2',
      sweptBy: 'layers.dense_2.kernelRegularizer.l2',
    });
    const refused = applyAction(two, 'retargetSweep', {
      from: 'layers.dense+dense_1.kernelRegularizer.l2',
      to: 'layers.*Dense.kernelRegularizer.l2',
    }).lab;
    expect(paths(refused)).toEqual(paths(two));
  });

  it('a renamed layer stays in the list; a removed kind says so', () => {
    const listed = add(course(), {
      path: 'layers.dense+dense_1.kernelRegularizer.l2',
      values: [0.1],
    });
    const id = listed.graph.nodes.find((n) => n.name === 'dense_1')!.id;
    const renamed = applyAction(listed, 'renameLayer', { nodeId: id, name: 'hidden' }).lab;
    expect(paths(renamed)).toEqual(['layers.dense+hidden.kernelRegularizer.l2']);
    expect(describePath(renamed, 'layers.*Conv2D.filters')).toMatchObject({
      problem: 'This sweep drives no layer: the model has no Conv2D layer. Remove it.',
    });
  });
});
