import { describe, expect, it } from 'vitest';
import type { TrialResult } from '../../../src-main/contract/api.ts';
import type { EpochMetrics } from '../../../src-main/contract/training.ts';
import { applyAction } from '../../../src-renderer/lib/actions.ts';
import {
  fade,
  formatEta,
  formatScore,
  formatStd,
  gridLabKey,
  gridSeries,
  meanOverFolds,
  nextSort,
  ranks,
  sortTrials,
  trialColor,
  trialCurves,
  wideLossRange,
} from '../../../src-renderer/lib/grid-results.ts';
import { TEMPLATES } from '../../../src-renderer/lib/templates.ts';

const trial = (
  i: number,
  params: TrialResult['params'],
  mean: number | null,
  std: number | null = 0.01,
  status: TrialResult['status'] = mean === null ? 'pending' : 'done',
): TrialResult => ({
  trial: i,
  params,
  label: Object.entries(params)
    .map(([k, v]) => `${k}=${v}`)
    .join(', '),
  status,
  foldScores: mean === null ? [null, null] : [mean - 0.01, mean + 0.01],
  mean,
  std: mean === null ? null : std,
  runIds: [`r${i}a`, `r${i}b`],
});

const trials = [
  trial(0, { rate: 0.3, l2: 0.01 }, 0.91, 0.02),
  trial(1, { rate: 0.5, l2: 0.01 }, 0.95, 0.005),
  trial(2, { rate: 0.7, l2: 0.01 }, null),
  trial(3, { rate: 0.3, l2: 0.001 }, 0.93, 0.01),
];
const order = (list: TrialResult[]) => list.map((t) => t.trial);

describe('ranks and sorting', () => {
  it('ranks by the metric: high accuracy first, low loss first; unscored trials have no rank', () => {
    expect([...ranks(trials, 'val_accuracy')]).toEqual([
      [1, 1],
      [3, 2],
      [0, 3],
    ]);
    expect([...ranks(trials, 'val_loss')]).toEqual([
      [0, 1],
      [3, 2],
      [1, 3],
    ]);
  });

  it('sorts by rank, a swept value, the std, or a fold, with unscored trials last both ways', () => {
    expect(
      order(sortTrials(trials, { column: 'rank', descending: false }, 'val_accuracy')),
    ).toEqual([1, 3, 0, 2]);
    expect(order(sortTrials(trials, { column: 'rank', descending: true }, 'val_accuracy'))).toEqual(
      [0, 3, 1, 2],
    );
    expect(
      order(sortTrials(trials, { column: 'param:rate', descending: true }, 'val_accuracy')),
    ).toEqual([2, 1, 0, 3]);
    expect(
      order(sortTrials(trials, { column: 'param:l2', descending: false }, 'val_accuracy')),
    ).toEqual([3, 0, 1, 2]);
    expect(order(sortTrials(trials, { column: 'std', descending: false }, 'val_accuracy'))).toEqual(
      [1, 3, 0, 2],
    );
    expect(
      order(sortTrials(trials, { column: 'fold:1', descending: true }, 'val_accuracy')),
    ).toEqual([1, 3, 0, 2]);
  });

  it('a click on the sorted column flips it; another column starts ascending', () => {
    expect(nextSort({ column: 'rank', descending: false }, 'rank')).toEqual({
      column: 'rank',
      descending: true,
    });
    expect(nextSort({ column: 'rank', descending: true }, 'std')).toEqual({
      column: 'std',
      descending: false,
    });
  });
});

describe('formatting', () => {
  it('writes accuracy in percent and loss as a number, each with its std', () => {
    expect(`${formatScore(0.97128, 'val_accuracy')} ${formatStd(0.0041, 'val_accuracy')}`).toBe(
      '97.13% ± 0.41%',
    );
    expect(`${formatScore(0.09123, 'val_loss')} ${formatStd(0.00312, 'val_loss')}`).toBe(
      '0.0912 ± 0.0031',
    );
    expect(formatScore(null, 'val_loss')).toBe('–');
  });

  it('estimates the time left without false precision', () => {
    expect(formatEta(3.2)).toBe('about 5 s left');
    expect(formatEta(42)).toBe('about 45 s left');
    expect(formatEta(200)).toBe('about 3 min left');
    expect(formatEta(4000)).toBe('about 1 h 7 min left');
  });
});

const epoch = (e: number, loss: number, val?: number): EpochMetrics => ({
  epoch: e,
  loss,
  accuracy: 1 - loss,
  ...(val === undefined ? {} : { val_loss: val, val_accuracy: 1 - val }),
  regularization_loss: 0,
  seconds: 1,
});

describe('curves', () => {
  it('averages the folds per epoch, over the folds that reached it', () => {
    const mean = meanOverFolds([
      [epoch(1, 0.6, 0.7), epoch(2, 0.4, 0.5), epoch(3, 0.2, 0.3)],
      [epoch(1, 0.8, 0.9), epoch(2, 0.6, 0.7)],
    ]);
    expect(mean.map((m) => [m.epoch, m.loss, m.val_loss])).toEqual([
      [1, 0.7, 0.8],
      [2, 0.5, 0.6],
      [3, 0.2, 0.3],
    ]);
  });

  it('one curve per shown trial with loaded folds: the mean of the folds, or fold 1', () => {
    const metrics = {
      r1a: [epoch(1, 0.4, 0.5)],
      r1b: [epoch(1, 0.6, 0.7)],
      r0a: [epoch(1, 0.9, 0.9)],
      r0b: [epoch(1, 0.9, 0.9)],
    };
    const mean = trialCurves(trials, metrics, new Set([1, 2]), 'mean');
    expect(mean.map((c) => c.id)).toEqual(['trial-1']); // trial 2 has no epochs yet
    expect(mean[0].metrics[0].loss).toBeCloseTo(0.5);
    expect(trialCurves(trials, metrics, new Set([1]), 'fold1')[0].metrics[0].loss).toBe(0.4);
    expect(mean[0].color).toBe(trialColor(1, trials.length));
  });

  it('keeps many curves readable: no stars past three, and a picked trial drawn last, the rest faded', () => {
    const metrics = Object.fromEntries(
      trials.flatMap((t) => t.runIds.map((id) => [id, [epoch(1, 0.5, 0.6), epoch(2, 0.4, 0.5)]])),
    );
    const curves = trialCurves(trials, metrics, new Set([0, 1, 2, 3]), 'mean');
    const series = gridSeries(curves, 'loss', 'trial-1');
    expect(series.every((s) => s.bestIndex === null)).toBe(true);
    expect(series.slice(-2).map((s) => [s.runId, s.width])).toEqual([
      ['trial-1', 3],
      ['trial-1', 3],
    ]);
    const other = series.find((s) => s.runId === 'trial-0')!;
    expect(other.color).toBe(fade(trialColor(0, 4), 0.75));
  });

  it('puts the losses on a log axis when one curve would flatten the others (a strong L2 penalty)', () => {
    const run = (id: string, losses: number[]) => ({
      id,
      name: id,
      color: '#000000',
      progress: null,
      stoppedEpoch: null,
      settings: id,
      changes: [],
      baseline: false,
      metrics: losses.map((l, i) => epoch(i + 1, l, l)),
    });
    expect(wideLossRange([run('a', [0.6, 0.3]), run('b', [0.9, 0.4])])).toBe(false);
    expect(wideLossRange([run('a', [0.6, 0.3]), run('strong-l2', [18, 1.5])])).toBe(true);
    expect(wideLossRange([])).toBe(false);
  });

  it('gives up to ten trials the Tableau colours and more trials distinct colours', () => {
    const many = Array.from({ length: 27 }, (_, i) => trialColor(i, 27));
    expect(new Set(many).size).toBe(27);
    expect(many.every((c) => /^#[0-9a-f]{6}$/.test(c))).toBe(true);
  });
});

describe('gridLabKey', () => {
  const lab = applyAction(TEMPLATES.moons.make(), 'addSweep', {
    param: { path: 'layers.dense.units', values: [8, 64] },
  }).lab;
  it('ignores the name and where layers sit, as the engine does when it resumes', () => {
    const moved = applyAction({ ...lab, name: 'Other', description: 'x' }, 'moveNodes', {
      positions: { n1: { x: 500, y: 500 } },
    }).lab;
    expect(gridLabKey(moved)).toBe(gridLabKey(lab));
  });
  it('changes with the model, the training and the grid, whatever the key order', () => {
    expect(gridLabKey(applyAction(lab, 'setTraining', { epochs: 7 }).lab)).not.toBe(
      gridLabKey(lab),
    );
    expect(gridLabKey(applyAction(lab, 'setGrid', { refit: false }).lab)).not.toBe(gridLabKey(lab));
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(lab).reverse())));
    expect(gridLabKey(reordered)).toBe(gridLabKey(lab));
  });
});
