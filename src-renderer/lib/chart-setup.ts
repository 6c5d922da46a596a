/**
 * chart.js, registered once with only what the curves use, plus two small plugins: a white
 * background (so exported PNGs are not transparent) and vertical markers for early stopping.
 */
import {
  Chart,
  Decimation,
  Filler,
  LineController,
  LineElement,
  LinearScale,
  LogarithmicScale,
  PointElement,
  Tooltip,
  type ChartDataset,
  type ChartType,
  type Plugin,
} from 'chart.js';
import { m } from '../../src-main/contract/i18n.ts';
import { STAR } from './chart-layout.ts';
import type { EpochMarker, Series } from './curves.ts';

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- merging needs chart.js's own type parameter
  interface PluginOptionsByType<TType extends ChartType> {
    epochMarkers?: { markers: EpochMarker[] };
  }
}

const whiteBackground: Plugin<'line'> = {
  id: 'whiteBackground',
  beforeDraw(chart) {
    const { ctx } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

export const epochMarkers: Plugin<'line', { markers: EpochMarker[] }> = {
  id: 'epochMarkers',
  afterDatasetsDraw(chart, _args, options) {
    const { ctx, chartArea, scales } = chart;
    const markers = options.markers ?? [];
    // Labels for a few markers; with many runs the dashed lines alone say it.
    const labelled = markers.length <= 3;
    for (const marker of markers) {
      const x = scales.x.getPixelForValue(marker.x);
      if (x < chartArea.left || x > chartArea.right) continue;
      ctx.save();
      ctx.strokeStyle = marker.color;
      ctx.lineWidth = 1.5;
      ctx.setLineDash([5, 4]);
      ctx.beginPath();
      ctx.moveTo(x, chartArea.top);
      ctx.lineTo(x, chartArea.bottom);
      ctx.stroke();
      if (labelled) {
        ctx.fillStyle = marker.color;
        ctx.font = '12px sans-serif';
        ctx.textAlign = x > chartArea.right - 90 ? 'right' : 'left';
        ctx.fillText(
          m.curves_early_stop(),
          x + (ctx.textAlign === 'right' ? -4 : 4),
          chartArea.top + 12,
        );
      }
      ctx.restore();
    }
  },
};

Chart.register(
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  LogarithmicScale,
  Filler,
  Tooltip,
  Decimation,
  whiteBackground,
  epochMarkers,
);

export { Chart };

export const withAlpha = (hex: string, alpha: number) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
};

const DASHES: Record<Series['role'], number[]> = {
  train: [],
  val: [7, 5],
  live: [2, 3],
  penalty: [1.5, 3.5],
};

/** One chart.js dataset per series: plain arrays in, nothing reactive. */
export function toDataset(s: Series): ChartDataset<'line', { x: number; y: number }[]> {
  const many = s.points.length > 20;
  const bestX = s.bestIndex !== null ? s.points[s.bestIndex]?.x : null;
  const isBest = (c: { raw: unknown }) =>
    (c.raw as { x: number } | undefined)?.x === bestX && s.role === 'val';
  return {
    label: s.label,
    data: s.points,
    parsing: false,
    normalized: true,
    borderColor: s.color,
    backgroundColor: withAlpha(s.color, 0.13),
    pointBackgroundColor: s.color,
    borderWidth: s.width,
    borderDash: DASHES[s.role],
    fill: s.fillToPrevious ? '-1' : false,
    // Points on the first and last epoch sit on the plot's edge: unclipped, the star shows whole.
    clip: false,
    pointStyle: (c) => (isBest(c) ? 'star' : 'circle'),
    pointRadius: (c) =>
      isBest(c) ? STAR.radius : s.role === 'live' || s.role === 'penalty' || many ? 0 : 2.5,
    pointBorderWidth: (c) => (isBest(c) ? STAR.border : 1),
    pointBorderColor: s.color,
    pointHoverRadius: 5,
    tension: 0,
  };
}
