/**
 * chart.js for the inspect views: the curves' registration (chart-setup.ts) plus a marker for the
 * epoch the panel's slider is on, and one dataset per run series in the run's colour.
 */
import type { ChartDataset, ChartType, Plugin } from 'chart.js';
import { Chart, withAlpha } from './chart-setup.ts';
import type { WeightSeries } from './weight-series.ts';

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- merging needs chart.js's own type parameter
  interface PluginOptionsByType<TType extends ChartType> {
    epochCursor?: { x: number | null };
  }
}

/** A solid grey line across the plot at the selected epoch. */
const epochCursor: Plugin<'line', { x: number | null }> = {
  id: 'epochCursor',
  afterDatasetsDraw(chart, _args, options) {
    if (options.x === null || options.x === undefined) return;
    const { ctx, chartArea, scales } = chart;
    const x = scales.x.getPixelForValue(options.x);
    if (x < chartArea.left - 1 || x > chartArea.right + 1) return;
    ctx.save();
    ctx.strokeStyle = 'rgba(40, 40, 40, 0.55)';
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.moveTo(x, chartArea.top);
    ctx.lineTo(x, chartArea.bottom);
    ctx.stroke();
    ctx.restore();
  },
};

Chart.register(epochCursor);

export { Chart };

export interface LineLook {
  /** A histogram: a stepped line over bins, shaded down to the axis. */
  histogram?: boolean;
}

/** One dataset per series: plain arrays in, nothing reactive. */
export function seriesDataset(
  s: WeightSeries,
  look: LineLook = {},
): ChartDataset<'line', { x: number; y: number }[]> {
  const few = s.points.length <= 30;
  return {
    label: s.label,
    data: s.points,
    parsing: false,
    normalized: true,
    borderColor: s.color,
    backgroundColor: withAlpha(s.color, 0.14),
    pointBackgroundColor: s.color,
    borderWidth: 2,
    stepped: look.histogram ? 'after' : false,
    fill: look.histogram ? 'start' : false,
    spanGaps: false,
    pointRadius: look.histogram || !few ? 0 : 2.5,
    pointHoverRadius: 4,
    tension: 0,
  };
}
