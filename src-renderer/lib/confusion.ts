/**
 * The Predictions view's numbers: a validation confusion matrix's totals, the accuracy its diagonal
 * gives, each true class's row as rates (where that class's examples went), the heat map's cells,
 * and the caption of a confidently wrong example. Pure: the view draws exactly these.
 */
import type { WrongExample } from '../../src-main/contract/insights.ts';
import { heatColor, heatTextColor } from './grid-heatmap.ts';

export interface ConfusionSummary {
  /** Examples counted: the validation set's size. */
  total: number;
  /** The diagonal's sum: examples predicted as their own class. */
  correct: number;
  /** correct / total; null when nothing was counted. */
  accuracy: number | null;
  /** Examples of each true class. */
  rowTotals: number[];
  /** rates[true][predicted] = count / rowTotals[true] (0 for a class with no examples). */
  rates: number[][];
}

export function summarizeConfusion(matrix: number[][]): ConfusionSummary {
  const rowTotals = matrix.map((row) => row.reduce((a, n) => a + n, 0));
  const total = rowTotals.reduce((a, n) => a + n, 0);
  const correct = matrix.reduce((a, row, i) => a + (row[i] ?? 0), 0);
  return {
    total,
    correct,
    accuracy: total > 0 ? correct / total : null,
    rowTotals,
    rates: matrix.map((row, i) => row.map((n) => (rowTotals[i] > 0 ? n / rowTotals[i] : 0))),
  };
}

/** A class's name, else its index (a dataset that names none). */
export const className = (names: string[], i: number) => names[i] ?? String(i);

/** The axis labels: class names, made unique (a category axis puts equal labels on one row). */
export function classLabels(names: string[], count: number): string[] {
  const labels = Array.from({ length: count }, (_, i) => className(names, i));
  return labels.map((l, i) => (labels.indexOf(l) === i ? l : `${l} (${i})`));
}

export const formatRate = (rate: number) =>
  rate > 0 && rate < 0.01 ? '<1%' : `${Math.round(rate * 100)}%`;

export type CellMode = 'counts' | 'rates';

export interface ConfusionCell {
  /** The predicted class's label (across) and the true class's (down). */
  x: string;
  y: string;
  count: number;
  rate: number;
  /** What the cell says: its count or its row rate. */
  text: string;
  color: string;
  textColor: string;
}

/** One cell per (true, predicted) pair, coloured by its row rate whatever it shows. */
export function confusionCells(
  matrix: number[][],
  names: string[],
  mode: CellMode,
): ConfusionCell[] {
  const { rates } = summarizeConfusion(matrix);
  const labels = classLabels(names, matrix.length);
  return matrix.flatMap((row, t) =>
    row.map((count, p) => {
      const rate = rates[t][p];
      return {
        x: labels[p],
        y: labels[t],
        count,
        rate,
        text: mode === 'counts' ? String(count) : formatRate(rate),
        // An empty cell stays the lightest blue, so the diagonal and the errors stand out.
        color: heatColor(rate),
        textColor: heatTextColor(rate),
      };
    }),
  );
}

/** "true: 7 · predicted: 1 · 98%". */
export function wrongCaption(example: WrongExample, names: string[]): string {
  const sure = Math.round(example.confidence * 100);
  return `true: ${className(names, example.label)} · predicted: ${className(names, example.predicted)} · ${sure}%`;
}
