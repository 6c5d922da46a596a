/**
 * The heat map of a grid: two swept settings on the axes, each cell the mean score of that pair
 * (with its std), coloured so that darker is always better, whether the grid ranks by a loss or an
 * accuracy. With more than two swept settings, the others are held at the best trial's values.
 */
import type { TrialResult } from '../../src-main/contract/api.ts';
import { paramValues, type GridSpec, type GridValue } from '../../src-main/contract/grid.ts';
import { formatValue } from './grid-spec.ts';
import type { RankBy } from './grid-results.ts';

export interface HeatCell {
  x: string;
  y: string;
  /** null while the trial has not finished. */
  mean: number | null;
  std: number | null;
  trial: number;
  /** 0 = the worst cell, 1 = the best. */
  goodness: number | null;
}

export interface HeatMatrix {
  xPath: string;
  /** null when only one setting is swept: one row. */
  yPath: string | null;
  xLabels: string[];
  yLabels: string[];
  cells: HeatCell[];
  bestTrial: number | null;
  /** The other swept settings and the values they are held at. */
  fixed: Record<string, GridValue>;
}

/** Beyond this many values on an axis (a random search over a range), cells stop meaning much. */
export const MAX_AXIS_VALUES = 12;

function axisValues(spec: GridSpec, trials: TrialResult[], path: string): GridValue[] {
  const param = spec.params.find((p) => p.path === path);
  const listed =
    spec.search.kind === 'grid' && param
      ? paramValues(param)
      : [...new Set(trials.map((t) => t.params[path]))];
  const values = [...new Set(listed)];
  return values.every((v) => typeof v === 'number')
    ? [...values].sort((a, b) => (a as number) - (b as number))
    : values;
}

/** The two settings to show first: the first two swept. */
export function defaultAxes(spec: GridSpec): [string, string | null] {
  return [spec.params[0].path, spec.params[1]?.path ?? null];
}

export function heatMatrix(
  spec: GridSpec,
  trials: TrialResult[],
  xPath: string,
  yPath: string | null,
  bestTrial: number | null,
): HeatMatrix | { problem: string } {
  const xs = axisValues(spec, trials, xPath);
  const ys = yPath ? axisValues(spec, trials, yPath) : [];
  if (xs.length > MAX_AXIS_VALUES || ys.length > MAX_AXIS_VALUES)
    return {
      problem: `A random search over a range draws too many different values for a heat map; the table ranks them.`,
    };
  const anchor = trials.find((t) => t.trial === bestTrial) ?? trials[0];
  const others = spec.params.map((p) => p.path).filter((p) => p !== xPath && p !== yPath);
  const fixed = Object.fromEntries(
    others.map((p) => [p, anchor?.params[p]]).filter(([, v]) => v !== undefined),
  );
  const inSlice = trials.filter((t) => others.every((p) => t.params[p] === fixed[p]));
  const rankBy: RankBy = spec.rankBy;
  const cells: HeatCell[] = [];
  for (const x of xs)
    for (const y of yPath ? ys : [null]) {
      const here = inSlice.filter(
        (t) => t.params[xPath] === x && (yPath === null || t.params[yPath] === y),
      );
      if (!here.length) continue;
      const done = here.filter((t) => t.mean !== null);
      // A random search may draw the same pair twice: the cell shows their average.
      const mean = done.length ? done.reduce((a, t) => a + t.mean!, 0) / done.length : null;
      const std = done.length ? done.reduce((a, t) => a + (t.std ?? 0), 0) / done.length : null;
      cells.push({
        x: formatValue(x),
        y: y === null ? '' : formatValue(y),
        mean,
        std,
        trial: here[0].trial,
        goodness: null,
      });
    }
  const means = cells.map((c) => c.mean).filter((m): m is number => m !== null);
  const lo = Math.min(...means);
  const hi = Math.max(...means);
  for (const c of cells) {
    if (c.mean === null) continue;
    const t = hi > lo ? (c.mean - lo) / (hi - lo) : 1;
    c.goodness = rankBy === 'val_loss' ? 1 - t : t;
  }
  const inBest =
    bestTrial !== null && inSlice.some((t) => t.trial === bestTrial) ? bestTrial : null;
  return {
    xPath,
    yPath,
    xLabels: xs.map(formatValue),
    yLabels: yPath ? ys.map(formatValue) : [''],
    cells,
    bestTrial: inBest,
    fixed,
  };
}

/** ColorBrewer "Blues" without its near-white end: every cell stays visible on a white page. */
const BLUES = [
  '#deebf7',
  '#c6dbef',
  '#9ecae1',
  '#6baed6',
  '#4292c6',
  '#2171b5',
  '#08519c',
  '#08306b',
];

const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));

/** The cell's colour; darker is better. Unfinished cells are a neutral grey. */
export function heatColor(goodness: number | null): string {
  if (goodness === null) return '#eef1f5';
  const pos = Math.max(0, Math.min(1, goodness)) * (BLUES.length - 1);
  const i = Math.min(BLUES.length - 2, Math.floor(pos));
  const f = pos - i;
  const [a, b] = [hex(BLUES[i]), hex(BLUES[i + 1])];
  return `#${a
    .map((v, k) =>
      Math.round(v + (b[k] - v) * f)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** White text on the dark half of the scale, dark text on the light half. */
export const heatTextColor = (goodness: number | null) =>
  goodness !== null && goodness > 0.5 ? '#ffffff' : '#17202b';

export const HEAT_SCALE = BLUES;
