import { describe, expect, it } from 'vitest';
import type { EpochMetrics } from '../../../src-main/contract/training.ts';
import {
  MAX_SHADED_RUNS,
  bestEpoch,
  buildSeries,
  epochMarkers,
  epochRange,
  runColor,
} from '../../../src-renderer/lib/curves.ts';
import { curveRun } from '../../helpers/curve-run.ts';

const m = (epoch: number, loss: number, valLoss?: number): EpochMetrics => ({
  epoch,
  loss,
  accuracy: 1 - loss / 2,
  ...(valLoss === undefined ? {} : { val_loss: valLoss, val_accuracy: 1 - valLoss / 2 }),
  regularization_loss: 0,
  seconds: 1,
});

const run = curveRun;

describe('buildSeries', () => {
  it('gives each run a training and a validation series in one colour, the gap filled between them', () => {
    const metrics = [m(1, 0.9, 0.8), m(2, 0.5, 0.6), m(3, 0.3, 0.7)];
    const series = buildSeries([run({ metrics })], 'loss');
    expect(series.map((s) => s.role)).toEqual(['train', 'val']);
    expect(series[0].points).toEqual([
      { x: 1, y: 0.9 },
      { x: 2, y: 0.5 },
      { x: 3, y: 0.3 },
    ]);
    expect(series[1].points.map((p) => p.y)).toEqual([0.8, 0.6, 0.7]);
    expect(series[1].fillToPrevious).toBe(true);
    expect(series[0].fillToPrevious).toBe(false);
    expect(new Set(series.map((s) => s.color))).toEqual(new Set([runColor(0)]));
    // The best validation epoch is the lowest val_loss, marked on both charts.
    expect(series[1].bestIndex).toBe(1);
    expect(buildSeries([run({ metrics })], 'accuracy')[1].bestIndex).toBe(1);
  });

  it('without validation there is only the training curve', () => {
    expect(buildSeries([run({ metrics: [m(1, 0.9)] })], 'loss').map((s) => s.role)).toEqual([
      'train',
    ]);
  });

  it('draws the epoch in progress from the last finished epoch to where it has got to', () => {
    const progress = { epoch: 3, batch: 25, batches: 100, loss: 0.4, accuracy: 0.8 };
    const live = buildSeries(
      [run({ metrics: [m(1, 0.9, 1), m(2, 0.5, 0.7)], progress })],
      'loss',
    ).at(-1)!;
    expect(live.role).toBe('live');
    expect(live.points).toEqual([
      { x: 2, y: 0.5 },
      { x: 2.25, y: 0.4 },
    ]);
    // Once the epoch is in, the tail goes.
    const done = buildSeries(
      [run({ metrics: [m(1, 0.9, 1), m(2, 0.5, 0.7), m(3, 0.4, 0.6)], progress })],
      'loss',
    );
    expect(done.some((s) => s.role === 'live')).toBe(false);
  });

  it('keeps twenty runs readable: their own colours, thinner lines, no piled-up shading', () => {
    const runs = Array.from({ length: 20 }, (_, i) =>
      run({ id: `r${i}`, name: `Run ${i}`, color: runColor(i), metrics: [m(1, 1, 1)] }),
    );
    const series = buildSeries(runs, 'loss');
    expect(series).toHaveLength(40);
    expect(series[2]).toMatchObject({ runId: 'r1', role: 'train', color: runColor(1) });
    expect(series.some((s) => s.fillToPrevious)).toBe(false);
    expect(series[0].width).toBeLessThan(buildSeries(runs.slice(0, 2), 'loss')[0].width);
    expect(buildSeries(runs.slice(0, MAX_SHADED_RUNS), 'loss')[1].fillToPrevious).toBe(true);
  });
});

describe('markers and ranges', () => {
  it('marks early stopping only for runs that stopped early', () => {
    const markers = epochMarkers([run({ stoppedEpoch: 7 }), run({ id: 'r2', stoppedEpoch: null })]);
    expect(markers).toEqual([{ x: 7, color: runColor(0), label: 'early stop (Run 1)' }]);
  });

  it('shows the planned epochs of a live run, and at least two epochs', () => {
    expect(epochRange([run({ metrics: [m(1, 1)] })], 0)).toEqual({ min: 1, max: 2 });
    expect(epochRange([run({ metrics: [m(1, 1)] })], 200)).toEqual({ min: 1, max: 200 });
    expect(epochRange([run({ metrics: [m(1, 1), m(2, 1), m(3, 1)] })], 0)).toEqual({
      min: 1,
      max: 3,
    });
  });

  it('bestEpoch is null without validation', () => {
    expect(bestEpoch([m(1, 1)])).toBeNull();
    expect(bestEpoch([m(1, 1, 0.5), m(2, 1, 0.4), m(3, 1, 0.45)])).toBe(2);
  });
});
