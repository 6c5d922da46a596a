import { describe, expect, it } from 'vitest';
import {
  confusionAccuracy,
  describeActivation,
  describeInsight,
  describeWeights,
  insightSummary,
  percent,
  sparkline,
  statNumber,
} from '../../../src-main/contract/insight-words.ts';
import { epochInsight, insightMeta } from '../../helpers/insights.ts';

describe('insight words', () => {
  it('numbers: three significant digits, thousands grouped, tiny ones as exponents', () => {
    const cases: [number, string][] = [
      [0, '0'],
      [1234.5, '1,235'],
      [-1234567, '-1,234,567'],
      [12.34, '12.3'],
      [0.04123, '0.0412'],
      [1, '1'],
      [0.000031, '3.1e-5'],
      [NaN, 'NaN'],
      [Infinity, '∞'],
    ];
    for (const [x, text] of cases) expect(statNumber(x), String(x)).toBe(text);
    expect(percent(0.8712)).toBe('87.1%');
  });

  it('a weight layer and an activation in one line each', () => {
    const meta = insightMeta('images');
    const [dense, out] = epochInsight(3, 'images').weights;
    expect(describeWeights(meta, dense)).toBe(
      'dense 784x16: 37.5% of weights ~0 · L1 1,238 · L2 12.3 · grad 0.0412',
    );
    expect(describeWeights(meta, out)).toBe(
      'dense_1 16x2: 0.0% of weights ~0 · L1 3.5 · L2 1.25 · no gradient',
    );
    expect(describeActivation({ layer: 'dense', mean: 0.31, std: 0.52, dead: 0.41 })).toBe(
      'dense: mean 0.31 ± 0.52, 41.0% dead ReLU',
    );
    expect(describeActivation({ layer: 'out', mean: 0.5, std: 0.25, dead: null })).toBe(
      'out: mean 0.5 ± 0.25',
    );
  });

  it('an epoch: weights, activations, then validation accuracy from the confusion diagonal', () => {
    const lines = describeInsight(insightMeta(), epochInsight(1));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^dense 2x8: 12\.5% of weights ~0/);
    expect(lines[2]).toBe('dense: mean 0.31 ± 0.52, 41.0% dead ReLU');
    expect(lines[4]).toBe('validation: 70.0% right of 10, 2 most confident mistakes kept');
    expect(confusionAccuracy([[0]])).toBeNull();
    expect(describeInsight(insightMeta(), { ...epochInsight(1), confusion: null })).toHaveLength(4);
  });

  it("the runs-list summary is the first weight layer's sparsity and L2 at the last epoch", () => {
    expect(insightSummary({ epochs: [epochInsight(0), epochInsight(2)] })).toBe(
      'dense: 25.0% ~0 · L2 12.3',
    );
    expect(insightSummary({ epochs: [] })).toBeNull();
  });

  it('sparkline: tallest block for the largest count, a low block for any non-zero one', () => {
    expect(sparkline([0, 1, 40, 20])).toBe(' ▁█▄');
    expect(sparkline([1, 1, 0, 0, 8, 8, 0, 0], 4)).toBe('▁ █ ');
    expect(sparkline([0, 0])).toBe('  ');
  });
});
