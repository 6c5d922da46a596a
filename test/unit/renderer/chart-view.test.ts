/** The curves' views (penalty split off, validation alone) and the charts' layout maths and words. */
import { describe, expect, it } from 'vitest';
import { useLocale } from '../../../src-main/contract/i18n.ts';
import type { EpochMetrics } from '../../../src-main/contract/training.ts';
import {
  STAR,
  edgeMargin,
  epochTicks,
  exportRuns,
  exportTitle,
  legendLines,
  logTick,
  lossAxisFloor,
  runNotes,
  starReach,
  wrapText,
} from '../../../src-renderer/lib/chart-layout.ts';
import { buildSeries, hasPenalty } from '../../../src-renderer/lib/curves.ts';
import { curveRun } from '../../helpers/curve-run.ts';

const m = (epoch: number, loss: number, valLoss: number, reg = 0): EpochMetrics => ({
  epoch,
  loss,
  accuracy: 0.5,
  val_loss: valLoss,
  val_accuracy: 0.6,
  regularization_loss: reg,
  seconds: 1,
});

const run = curveRun;

const l2 = run({ id: 'l2', metrics: [m(1, 1.0, 1.25, 0.25), m(2, 0.75, 1.0, 0.25)] });
const plain = run({ id: 'plain', metrics: [m(1, 0.5, 0.75), m(2, 0.25, 0.5)] });

describe('buildSeries views', () => {
  it('split: both losses without the penalty, and the penalty as its own series', () => {
    const s = buildSeries([l2], 'loss', { split: true });
    expect(s.map((x) => x.role)).toEqual(['train', 'val', 'penalty']);
    expect(s[0].points.map((p) => p.y)).toEqual([0.75, 0.5]);
    expect(s[1].points.map((p) => p.y)).toEqual([1.0, 0.75]);
    expect(s[2].points.map((p) => p.y)).toEqual([0.25, 0.25]);
    expect(s[0].label).toBe('Run 1 · training data loss');
    // The shading still joins the run's own two curves, never the penalty.
    expect([s[1].fillToPrevious, s[2].fillToPrevious]).toEqual([true, false]);
  });

  it('split: no penalty series for a run without one, and accuracy is never split', () => {
    expect(buildSeries([plain], 'loss', { split: true }).map((x) => x.role)).toEqual([
      'train',
      'val',
    ]);
    expect(buildSeries([l2], 'accuracy', { split: true }).map((x) => x.role)).toEqual([
      'train',
      'val',
    ]);
    expect([hasPenalty([plain]), hasPenalty([plain, l2])]).toEqual([false, true]);
  });

  it('split: hides the running tail, which includes the penalty', () => {
    const live = run({
      ...l2,
      progress: { epoch: 3, batch: 1, batches: 2, loss: 0.9, accuracy: 0.5 },
    });
    expect(buildSeries([live], 'loss').some((x) => x.role === 'live')).toBe(true);
    expect(buildSeries([live], 'loss', { split: true }).some((x) => x.role === 'live')).toBe(false);
  });

  it('validation only: no training, tail or penalty, and no shading across runs', () => {
    const s = buildSeries([l2, plain], 'loss', { split: true, validationOnly: true });
    expect(s.map((x) => [x.runId, x.role])).toEqual([
      ['l2', 'val'],
      ['plain', 'val'],
    ]);
    expect(s.every((x) => !x.fillToPrevious)).toBe(true);
    expect(s[0].bestIndex).toBe(1);
  });
});

describe('the best-epoch star at the edges', () => {
  it('reaches its radius plus half its border', () => {
    expect(starReach()).toBe(Math.ceil(STAR.radius + STAR.border / 2));
    expect(starReach({ radius: 10, border: 2.5 })).toBe(12);
  });

  it('widens the epoch axis so a star on the first or last epoch fits the plot', () => {
    const margin = edgeMargin(1, 9, 412, 12);
    expect(margin).toBeCloseTo(0.25);
    // The first epoch's centre sits `reach` pixels inside the plot's left edge.
    const px = ((1 - (1 - margin)) / (9 - 1 + 2 * margin)) * 412;
    expect(px).toBeCloseTo(12);
    expect(edgeMargin(1, 1, 400)).toBe(0);
    expect(edgeMargin(1, 9, 20)).toBe(0);
  });

  it('labels whole epochs from the first, never the widened ends', () => {
    expect(epochTicks(0.9, 8.1, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(epochTicks(0.9, 8.1, 4)).toEqual([1, 4, 6, 8]);
    expect(epochTicks(0.8, 20.2, 5)).toEqual([1, 5, 10, 15, 20]);
    expect(epochTicks(0.5, 200.5, 6)).toEqual([1, 50, 100, 150, 200]);
    expect(epochTicks(1.2, 1.8, 5)).toEqual([]);
  });
});

describe('log axis labels', () => {
  it('labels 1, 2 and 5 of each decade only', () => {
    expect([0.1, 0.2, 0.3, 0.5, 1, 2, 7, 50].map(logTick)).toEqual([
      '0.1',
      '0.2',
      '',
      '0.5',
      '1',
      '2',
      '',
      '50',
    ]);
  });
});

describe('the loss axis', () => {
  it('starts at 0 when the room under the lowest loss would take it below zero', () => {
    // Training loss near 0 (an MLP memorising MNIST): the axis must not read -0.2.
    expect(lossAxisFloor([1.2, 0.4, 0.01, 0.002])).toBe(0);
    // Far from 0, chart.js picks the bound around the data.
    expect(lossAxisFloor([0.9, 0.6, 0.5])).toBeUndefined();
    expect(lossAxisFloor([])).toBeUndefined();
  });
});

describe('words', () => {
  const described = {
    name: 'Wide #2',
    color: '#4e79a7',
    settings: 'Dense 64-1 · Adam lr 0.001 · 20 epochs',
    changes: ['+ Dropout(0.5) after dense', 'lr 1.0 instead of 0.001'],
    baseline: false,
  };

  it('tooltips add the settings, then each change', () => {
    expect(runNotes(described)).toEqual([
      'Dense 64-1 · Adam lr 0.001 · 20 epochs',
      '• + Dropout(0.5) after dense',
      '• lr 1.0 instead of 0.001',
    ]);
    expect(runNotes({ settings: '', changes: [], baseline: true })).toEqual(['baseline']);
  });

  it('titles an export with the metric, the lab and the runs', () => {
    expect(exportTitle('loss', 'Two moons', [{ name: 'A #1' }, { name: 'B #2' }])).toBe(
      'Loss · Two moons: A #1 vs B #2',
    );
    expect(exportTitle('accuracy', '', [])).toBe('Accuracy');
  });

  it('names on an export the runs drawn, or else the series’ runs (a grid’s charts)', () => {
    const series = buildSeries([l2, plain], 'loss');
    expect(exportRuns([l2, run({ id: 'not-drawn' })], series).map((r) => r.name)).toEqual([
      'Run 1',
    ]);
    const named = buildSeries([{ ...l2, name: 'dropout.rate=0.3' }, plain], 'loss');
    expect(exportRuns([], named)).toEqual([
      { name: 'dropout.rate=0.3', color: l2.color, settings: '', changes: [], baseline: false },
      { name: 'Run 1', color: plain.color, settings: '', changes: [], baseline: false },
    ]);
  });

  const measure = (s: string) => s.length * 10;

  it('wraps words to a width, a long word on a line of its own', () => {
    expect(wrapText('aa bb cc dd', 50, measure)).toEqual(['aa bb', 'cc dd']);
    expect(wrapText('a verylongword b', 50, measure)).toEqual(['a', 'verylongword', 'b']);
    expect(wrapText('  ', 50, measure)).toEqual([]);
  });

  it('lays out the legend block: each run’s name, then its settings and changes wrapped', () => {
    const lines = legendLines(
      [described, { ...described, name: 'Base', changes: [], baseline: true }],
      400,
      40,
      measure,
    );
    expect(lines[0]).toEqual({ swatch: '#4e79a7', text: 'Wide #2', bold: true, indent: false });
    expect(lines.filter((l) => l.bold).map((l) => l.text)).toEqual(['Wide #2', 'Base (baseline)']);
    expect(lines.every((l) => measure(l.text) <= 360 || !l.indent)).toBe(true);
    expect(lines.map((l) => l.text).join(' ')).toContain(
      'Changes: + Dropout(0.5) after dense; lr 1.0 instead of 0.001',
    );
    expect(lines.filter((l) => l.swatch).length).toBe(2);
  });

  it('words the legend in the language of the export', () => {
    useLocale(() => 'zh-Hans');
    try {
      const lines = legendLines([{ ...described, baseline: true }], 4000, 40, measure);
      expect(lines.map((l) => l.text)).toContain('Wide #2（基准）');
      expect(lines.map((l) => l.text).join(' ')).toContain(
        '改动：+ Dropout(0.5) after dense；lr 1.0 instead of 0.001',
      );
    } finally {
      useLocale(() => 'en');
    }
  });
});
