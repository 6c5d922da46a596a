import { describe, expect, it } from 'vitest';
import {
  classLabels,
  confusionCells,
  formatRate,
  summarizeConfusion,
  wrongCaption,
} from '../../../src-renderer/lib/confusion.ts';
import { heatColor } from '../../../src-renderer/lib/grid-heatmap.ts';

/** 3 classes, 20 examples: rows are the true class, columns the predicted one. */
const MATRIX = [
  [8, 1, 1],
  [0, 5, 0],
  [2, 0, 3],
];

describe('summarizeConfusion', () => {
  it('counts the total, the diagonal and the accuracy it gives', () => {
    const s = summarizeConfusion(MATRIX);
    expect(s.total).toBe(20);
    expect(s.correct).toBe(16);
    expect(s.accuracy).toBeCloseTo(0.8, 12);
    expect(s.rowTotals).toEqual([10, 5, 5]);
  });

  it('turns each row into the rates of where that true class went', () => {
    expect(summarizeConfusion(MATRIX).rates).toEqual([
      [0.8, 0.1, 0.1],
      [0, 1, 0],
      [0.4, 0, 0.6],
    ]);
  });

  it('gives a class with no examples rates of 0 and an empty matrix no accuracy', () => {
    const s = summarizeConfusion([
      [0, 0],
      [1, 3],
    ]);
    expect(s.rates[0]).toEqual([0, 0]);
    expect(s.accuracy).toBe(0.75);
    expect(summarizeConfusion([[0]]).accuracy).toBeNull();
  });
});

describe('confusionCells', () => {
  it('puts the predicted class across and the true class down, coloured by row rate', () => {
    const cells = confusionCells(MATRIX, ['cat', 'dog', 'fox'], 'counts');
    expect(cells).toHaveLength(9);
    const foxAsCat = cells.find((c) => c.y === 'fox' && c.x === 'cat')!;
    expect(foxAsCat).toMatchObject({ count: 2, rate: 0.4, text: '2', color: heatColor(0.4) });
  });

  it('shows rates as whole percents when asked', () => {
    const cells = confusionCells(MATRIX, ['cat', 'dog', 'fox'], 'rates');
    expect(cells.filter((c) => c.y === 'cat').map((c) => c.text)).toEqual(['80%', '10%', '10%']);
  });

  it('names unnamed classes by index and makes repeated names unique', () => {
    expect(classLabels(['a'], 3)).toEqual(['a', '1', '2']);
    expect(classLabels(['x', 'x'], 2)).toEqual(['x', 'x (1)']);
  });
});

describe('captions', () => {
  it('say true, predicted and how sure, with class names', () => {
    const names = ['zero', 'one'];
    expect(wrongCaption({ index: 3, label: 0, predicted: 1, confidence: 0.976 }, names)).toBe(
      'true: zero · predicted: one · 98%',
    );
  });

  it('round rates, and keep a tiny one from reading as 0%', () => {
    expect(formatRate(0.125)).toBe('13%');
    expect(formatRate(0.004)).toBe('<1%');
    expect(formatRate(0)).toBe('0%');
  });
});
