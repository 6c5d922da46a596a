import { describe, expect, it } from 'vitest';
import type { TrialResult } from '../../../src-main/contract/api.ts';
import { expandGrid, GridSpecSchema, type GridSpec } from '../../../src-main/contract/grid.ts';
import {
  heatColor,
  heatMatrix,
  heatTextColor,
  HEAT_SCALE,
} from '../../../src-renderer/lib/grid-heatmap.ts';

/** The curriculum's grid: dropout x L2, 3 folds. */
const spec = (over: Partial<GridSpec> = {}): GridSpec =>
  GridSpecSchema.parse({
    params: [
      { path: 'layers.dropout.rate', values: [0.7, 0.3, 0.5] },
      { path: 'layers.dense.kernelRegularizer.l2', values: [0.001, 0.01, 0.1] },
    ],
    ...over,
  });

/** A trial per combination; the score is a made-up function of the values, or null when `pending`. */
function results(s: GridSpec, score: (p: TrialResult['params']) => number | null): TrialResult[] {
  return expandGrid(s).map((params, trial) => {
    const mean = score(params);
    return {
      trial,
      params,
      label: '',
      status: mean === null ? 'pending' : 'done',
      foldScores: [mean],
      mean,
      std: mean === null ? null : 0.01,
      runIds: [],
    };
  });
}

const acc = (p: TrialResult['params']) =>
  0.9 +
  (p['layers.dropout.rate'] as number) / 10 -
  (p['layers.dense.kernelRegularizer.l2'] as number);

describe('heatMatrix', () => {
  it('puts one cell per pair, the values in increasing order, the best marked', () => {
    const s = spec();
    const trials = results(s, acc);
    const best = trials.reduce((b, t) => (t.mean! > b.mean! ? t : b));
    const m = heatMatrix(
      s,
      trials,
      'layers.dropout.rate',
      'layers.dense.kernelRegularizer.l2',
      best.trial,
    );
    if ('problem' in m) throw new Error(m.problem);
    expect(m.xLabels).toEqual(['0.3', '0.5', '0.7']);
    expect(m.yLabels).toEqual(['0.001', '0.01', '0.1']);
    expect(m.cells).toHaveLength(9);
    expect(m.bestTrial).toBe(best.trial);
    const cell = m.cells.find((c) => c.x === '0.5' && c.y === '0.01')!;
    expect(cell.mean).toBeCloseTo(0.94);
    expect(cell.std).toBe(0.01);
    // The best cell is the darkest, the worst the lightest.
    const bestCell = m.cells.find((c) => c.trial === best.trial)!;
    expect(bestCell).toMatchObject({ x: '0.7', y: '0.001', goodness: 1 });
    expect(m.cells.find((c) => c.x === '0.3' && c.y === '0.1')!.goodness).toBe(0);
  });

  it('turns the scale round for a loss, so darker is better either way', () => {
    const s = spec({ rankBy: 'val_loss' });
    const trials = results(s, (p) => 1 - acc(p));
    const m = heatMatrix(
      s,
      trials,
      'layers.dropout.rate',
      'layers.dense.kernelRegularizer.l2',
      null,
    );
    if ('problem' in m) throw new Error(m.problem);
    expect(m.cells.find((c) => c.x === '0.7' && c.y === '0.001')!.goodness).toBe(1);
    expect(m.cells.find((c) => c.x === '0.3' && c.y === '0.1')!.goodness).toBe(0);
  });

  it('keeps unfinished cells, without a colour of their own', () => {
    const s = spec();
    const trials = results(s, (p) => (p['layers.dropout.rate'] === 0.7 ? null : acc(p)));
    const m = heatMatrix(
      s,
      trials,
      'layers.dropout.rate',
      'layers.dense.kernelRegularizer.l2',
      null,
    );
    if ('problem' in m) throw new Error(m.problem);
    expect(m.cells).toHaveLength(9);
    expect(m.cells.filter((c) => c.mean === null)).toHaveLength(3);
    expect(m.cells.filter((c) => c.goodness === null)).toHaveLength(3);
  });

  it('with a third setting, shows the slice through the best trial and says where it is held', () => {
    const s = GridSpecSchema.parse({
      params: [...spec().params, { path: 'training.batchSize', values: [32, 128] }],
    });
    const trials = results(s, (p) => acc(p) + (p['training.batchSize'] === 128 ? 0.01 : 0));
    const best = trials.reduce((b, t) => (t.mean! > b.mean! ? t : b));
    const m = heatMatrix(
      s,
      trials,
      'layers.dropout.rate',
      'layers.dense.kernelRegularizer.l2',
      best.trial,
    );
    if ('problem' in m) throw new Error(m.problem);
    expect(m.fixed).toEqual({ 'training.batchSize': 128 });
    expect(m.cells).toHaveLength(9);
    expect(m.bestTrial).toBe(best.trial);
    // Any two of the three can be the axes.
    const other = heatMatrix(s, trials, 'training.batchSize', 'layers.dropout.rate', best.trial);
    if ('problem' in other) throw new Error(other.problem);
    expect(other.cells).toHaveLength(6);
    expect(other.fixed).toEqual({ 'layers.dense.kernelRegularizer.l2': 0.001 });
  });

  it('with one setting, is a single row', () => {
    const s = GridSpecSchema.parse({
      params: [{ path: 'training.optimizer', values: ['adam', 'sgd'] }],
    });
    const m = heatMatrix(
      s,
      results(s, () => 0.9),
      'training.optimizer',
      null,
      0,
    );
    if ('problem' in m) throw new Error(m.problem);
    expect(m.xLabels).toEqual(['adam', 'sgd']);
    expect(m.yLabels).toEqual(['']);
    expect(m.cells.map((c) => c.goodness)).toEqual([1, 1]);
  });

  it('says why there is no map for a random search over a range', () => {
    const s = GridSpecSchema.parse({
      params: [
        { path: 'training.learningRate', range: { from: 0.0001, to: 0.1, steps: 4, scale: 'log' } },
        { path: 'layers.dropout.rate', values: [0.3, 0.5] },
      ],
      search: { kind: 'random', trials: 30, seed: 1 },
    });
    const m = heatMatrix(
      s,
      results(s, () => 0.9),
      'training.learningRate',
      'layers.dropout.rate',
      0,
    );
    expect('problem' in m && m.problem).toMatch(/too many different values/);
  });
});

describe('heatColor', () => {
  it('runs from the light end to the dark end of the scale, with readable text on each', () => {
    expect(heatColor(0)).toBe(HEAT_SCALE[0]);
    expect(heatColor(1)).toBe(HEAT_SCALE.at(-1));
    expect(heatColor(null)).toBe('#eef1f5');
    expect(heatTextColor(1)).toBe('#ffffff');
    expect(heatTextColor(0.2)).toBe('#17202b');
    const lum = (c: string) => [1, 3, 5].reduce((a, i) => a + parseInt(c.slice(i, i + 2), 16), 0);
    expect(lum(heatColor(0.25))).toBeGreaterThan(lum(heatColor(0.75)));
  });
});
