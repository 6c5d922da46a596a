/**
 * The curves' layout maths and words, pure and framework-free: the room the best-epoch star needs
 * at the plot's edges, the lines a tooltip adds under a value, and the title and legend block of an
 * exported chart image (wrapped to a width with a measuring function the caller supplies).
 */
import { m } from '../../src-main/contract/i18n.ts';
import { changesText } from '../../src-main/contract/lab-diff.ts';
import type { CurveRun, Metric, Series } from './curves.ts';

/** The best-epoch star: its radius and border in CSS pixels (chart-setup draws it). */
export const STAR = { radius: 10, border: 2.5 } as const;

/** Pixels from a point's centre to the star's outer edge, rounded up. */
export const starReach = (star: { radius: number; border: number } = STAR) =>
  Math.ceil(star.radius + star.border / 2);

/**
 * How far past [min, max] the axis must run, in data units, so a marker of `reach` pixels on the
 * first or last value is drawn whole on a plot `plotPx` wide: solving
 * reach = plotPx · m / (max − min + 2m) for m. Zero when the plot is too small to know.
 */
export function edgeMargin(min: number, max: number, plotPx: number, reach = starReach()): number {
  const span = max - min;
  if (!(span > 0) || plotPx <= 2 * reach) return 0;
  return (reach * span) / (plotPx - 2 * reach);
}

/**
 * The epochs to label on an axis from `min` to `max` (widened by `edgeMargin`, so not whole): the
 * first epoch, then multiples of the smallest step of 1, 2, 5, 10, 20... that gives at most
 * `maxCount` labels, none crowding the first. chart.js's own ticks would label 0.9, or drop the
 * first and last epochs for sitting near the axis's ends.
 */
export function epochTicks(min: number, max: number, maxCount: number): number[] {
  const first = Math.ceil(min);
  const last = Math.floor(max);
  if (last < first) return [];
  let step = 1;
  for (let k = 1, i = 0; Math.floor((last - first) / step) + 1 > Math.max(2, maxCount); i++) {
    step = [1, 2, 5][i % 3] * k;
    if (i % 3 === 2) k *= 10;
  }
  const ticks = [first];
  for (let v = (Math.floor(first / step) + 1) * step; v <= last; v += step)
    if (step === 1 || v - first > step / 2) ticks.push(v);
  return ticks;
}

/** chart.js's `afterBuildTicks` for an epoch axis: `epochTicks` at about one label per 45 px. */
export function setEpochTicks(scale: { min: number; max: number; width: number; ticks: object[] }) {
  const count = Math.floor((scale.width || 400) / 45);
  scale.ticks = epochTicks(scale.min, scale.max, count).map((value) => ({ value }));
}

/** Room under the lowest loss on a linear axis (chart.js's `grace`), where best-epoch stars sit. */
export const LOSS_GRACE = '5%';

/**
 * The loss axis's lower bound: 0 when the grace room would take it below zero (a loss is never
 * negative, and an axis reading -0.2 tells a student otherwise), else chart.js's own.
 */
export function lossAxisFloor(ys: number[]): number | undefined {
  if (!ys.length) return undefined;
  const lowest = Math.min(...ys);
  const room = (parseFloat(LOSS_GRACE) / 100) * (Math.max(...ys) - lowest);
  return lowest >= 0 && lowest - room < 0 ? 0 : undefined;
}

/** On a log axis, label 1, 2 and 5 of each decade only: chart.js labels every digit, which crowds. */
export function logTick(value: number | string): string {
  const v = Number(value);
  const lead = v / 10 ** Math.floor(Math.log10(v));
  return [1, 2, 5].some((d) => Math.abs(lead - d) < 1e-6) ? String(Number(v.toPrecision(2))) : '';
}

/** The lines a tooltip shows under a run's value: what it was trained with, and what changed. */
export function runNotes(run: Pick<CurveRun, 'settings' | 'changes' | 'baseline'>): string[] {
  const lines = run.settings ? [run.settings] : [];
  if (run.baseline) lines.push(m.curves_baseline());
  for (const c of run.changes) lines.push(`• ${c}`);
  return lines;
}

/** "Loss · Two moons: Wide #1 vs Narrow + Dropout #2". */
export function exportTitle(metric: Metric, labName: string, runs: Pick<CurveRun, 'name'>[]) {
  const what = metric === 'loss' ? m.chart_loss() : m.chart_accuracy();
  const names = runs.map((r) => r.name).join(' vs ');
  return [what, labName && ` · ${labName}`, names && `: ${names}`].join('');
}

/**
 * The runs named on an exported chart: the given ones that have a curve on it, or else (a chart fed
 * series alone, like a grid's) one entry per series' run, named from its label ("A · training").
 */
export function exportRuns(runs: CurveRun[], series: Series[]): LegendRun[] {
  const shown = runs.filter((r) => series.some((s) => s.runId === r.id));
  if (shown.length) return shown;
  const seen = new Map<string, LegendRun>();
  for (const s of series)
    if (!seen.has(s.runId))
      seen.set(s.runId, {
        name: s.label.split(' · ')[0],
        color: s.color,
        settings: '',
        changes: [],
        baseline: false,
      });
  return [...seen.values()];
}

export type LegendRun = Pick<CurveRun, 'name' | 'color' | 'settings' | 'changes' | 'baseline'>;

/** Breaks `text` into lines no wider than `width` (a word longer than that gets a line of its own). */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export interface LegendLine {
  /** The run's colour, for a swatch before its first line; null on its continuation lines. */
  swatch: string | null;
  text: string;
  bold: boolean;
  /** Indented under the run's name. */
  indent: boolean;
}

/**
 * The legend block under an exported chart, one entry per run: its name (bold, after a swatch of
 * its colour) and its settings, then its changes, each wrapped to `width` after the indent.
 */
export function legendLines(
  runs: LegendRun[],
  width: number,
  indent: number,
  measure: (s: string, bold: boolean) => number,
): LegendLine[] {
  const out: LegendLine[] = [];
  for (const run of runs) {
    const head = run.baseline ? m.curves_legend_baseline({ name: run.name }) : run.name;
    out.push({ swatch: run.color, text: head, bold: true, indent: false });
    const details = [
      run.settings,
      run.changes.length ? m.curves_legend_changes({ changes: changesText(run.changes) }) : '',
    ].filter(Boolean);
    for (const d of details)
      for (const text of wrapText(d, width - indent, (s) => measure(s, false)))
        out.push({ swatch: null, text, bold: false, indent: true });
  }
  return out;
}
