import { describe, expect, it } from 'vitest';
import { HISTOGRAM_BINS } from '../../../src-main/contract/insights.ts';
import {
  figuresAt,
  histogramDensity,
  histogramSeries,
  metricSeries,
  weightLayers,
} from '../../../src-renderer/lib/weight-series.ts';
import { insightMeta, inspectRun, weightStats } from '../../helpers/inspect-runs.ts';

describe('the kernel histogram as a density', () => {
  // Range 1: 64 bins of width 1/32. Five values: two in the bin starting at 0, two in the first
  // bin, one below the range.
  const stats = weightStats({ bins: { 0: 2, 32: 2 }, under: 1 });

  it('divides each bin share by the bin width, one point per left edge and one at the end', () => {
    const points = histogramDensity(stats, 1);
    expect(points).toHaveLength(HISTOGRAM_BINS + 1);
    expect(points[0]).toEqual({ x: -1, y: (2 / 5) * 32 });
    expect(points[32]).toEqual({ x: 0, y: 12.8 });
    expect(points[1]).toEqual({ x: -1 + 1 / 32, y: 0 });
    expect(points[HISTOGRAM_BINS]).toEqual({ x: 1, y: 0 });
  });

  it('integrates to the share of values inside the range', () => {
    const points = histogramDensity(stats, 1);
    const area = points.slice(0, -1).reduce((a, p) => a + p.y / 32, 0);
    expect(area).toBeCloseTo(4 / 5, 12);
  });

  it('puts empty bins on a log axis at the density of half a value, below every full bin', () => {
    const points = histogramDensity(stats, 1, true);
    expect(points[1].y).toBeCloseTo((0.5 / 5) * 32, 12);
    expect(points[32].y).toBe(12.8);
    const { floor } = histogramSeries([inspectRun('a', [[stats]])], 'dense', 0, true);
    expect(floor).toBeCloseTo(3.2, 12);
  });

  it('overlays runs with different ranges on one axis as wide as the widest', () => {
    const narrow = inspectRun('a', [[weightStats({ bins: { 32: 4 } })]], 0.5);
    const wide = inspectRun('b', [[weightStats({ bins: { 32: 4 } })]], 2);
    const { series, range } = histogramSeries([narrow, wide], 'dense', 0);
    expect(range).toBe(2);
    expect(series.map((s) => s.runId)).toEqual(['a', 'b']);
    // The same 4 values in one bin: 4x the width, a quarter of the height.
    expect(series[0].points[32].y).toBeCloseTo(4 * series[1].points[32].y, 12);
    expect(series[1].points[0].x).toBe(-2);
  });
});

describe('the figures at the selected epoch', () => {
  const a = inspectRun('a', [
    [weightStats({ bins: { 10: 3 }, over: 1, sparsity: 0, l1: 4, l2: 2, gradNorm: 0.5 })],
    [weightStats({ bins: { 32: 4 }, sparsity: 0.75, l1: 0.1, l2: 0.06, gradNorm: 0.25 })],
  ]);
  const b = inspectRun('b', [[weightStats({ bins: { 20: 4 }, l1: 2, l2: 1 })]]);

  it('give sparsity, norms, RMS and the share outside the range per run', () => {
    const [fa, fb] = figuresAt([a, b], 'dense', 0);
    expect(fa).toMatchObject({ epoch: 0, sparsity: 0, l1: 4, l2: 2, rms: 1, gradNorm: 0.5 });
    expect(fa.outside).toBe(0.25);
    expect(fb).toMatchObject({ epoch: 0, l2: 1, rms: 0.5, outside: 0 });
  });

  it("show a shorter run's last epoch", () => {
    const [fa, fb] = figuresAt([a, b], 'dense', 1);
    expect(fa).toMatchObject({ epoch: 1, sparsity: 0.75, rms: 0.03 });
    expect(fb.epoch).toBe(0);
  });

  it('skip a run without the layer', () => {
    expect(figuresAt([a], 'dense_9', 1)).toEqual([]);
  });
});

describe('the curves over epochs', () => {
  it('give one point per epoch, leaving out gradient norms a log axis cannot draw', () => {
    const run = inspectRun('a', [
      [weightStats({ l2: 3, gradNorm: null })],
      [weightStats({ l2: 2, gradNorm: 0 })],
      [weightStats({ l2: 1, gradNorm: 0.1 })],
    ]);
    expect(metricSeries([run], 'dense', 'l2')[0].points).toEqual([
      { x: 0, y: 3 },
      { x: 1, y: 2 },
      { x: 2, y: 1 },
    ]);
    expect(metricSeries([run], 'dense', 'gradNorm')[0].points).toEqual([{ x: 2, y: 0.1 }]);
  });
});

describe('the layer chooser', () => {
  it('lists every weight layer of the shown runs once, counting the runs that have it', () => {
    const a = inspectRun('a', [[]]);
    const b = inspectRun('b', [[]]);
    b.insights.meta = insightMeta(1, ['dense', 'dense_1']);
    expect(weightLayers([a, b]).map((l) => [l.name, l.runs])).toEqual([
      ['dense', 2],
      ['dense_1', 1],
    ]);
  });
});
