/**
 * A chart as an image fit for a report: the same datasets drawn offscreen at 1600 px wide with a
 * title, the line-style key and a legend block naming each run with its settings and changes, on
 * white. The layout (what goes where, how text wraps) comes from chart-layout.ts.
 */
import { m } from '../../src-main/contract/i18n.ts';
import { Chart, toDataset } from './chart-setup.ts';
import {
  edgeMargin,
  setEpochTicks,
  legendLines,
  logTick,
  starReach,
  wrapText,
  type LegendLine,
  type LegendRun,
} from './chart-layout.ts';
import type { EpochMarker, Metric, Series } from './curves.ts';

export interface ExportSpec {
  metric: Metric;
  title: string;
  series: Series[];
  markers: EpochMarker[];
  range: { min: number; max: number };
  runs: LegendRun[];
  logY: boolean;
}

const WIDTH = 1600;
const PLOT_HEIGHT = 760;
const PAD = 36;
const FONT = 'Helvetica, Arial, sans-serif';
const LINE = 26;
const SIZE = 18;

const font = (size: number, bold = false) => `${bold ? 'bold ' : ''}${size}px ${FONT}`;

interface KeyItem {
  text: string;
  draw: (ctx: CanvasRenderingContext2D, x: number, y: number) => number;
}

/** The line-style key: training solid, validation dashed, the penalty dotted, the best-epoch star. */
function keyItems(spec: ExportSpec): KeyItem[] {
  const line =
    (dash: number[], width = 3) =>
    (ctx: CanvasRenderingContext2D, x: number, y: number) => {
      ctx.setLineDash(dash);
      ctx.lineWidth = width;
      ctx.beginPath();
      ctx.moveTo(x, y);
      ctx.lineTo(x + 40, y);
      ctx.stroke();
      ctx.setLineDash([]);
      return 48;
    };
  const roles = new Set(spec.series.map((s) => s.role));
  const items: KeyItem[] = [];
  if (roles.has('train')) items.push({ text: m.chart_key_training(), draw: line([]) });
  if (roles.has('val')) items.push({ text: m.chart_key_validation(), draw: line([10, 7]) });
  if (roles.has('penalty')) items.push({ text: m.chart_export_penalty(), draw: line([2, 5], 2) });
  if (spec.series.some((s) => s.bestIndex !== null))
    items.push({
      text: m.chart_export_best(),
      draw: (ctx, x, y) => {
        ctx.font = font(26);
        ctx.fillText('★', x, y + 9);
        ctx.font = font(SIZE);
        return 32;
      },
    });
  if (spec.markers.length)
    items.push({ text: m.chart_export_early_stopping(), draw: line([6, 5], 2) });
  return items;
}

function drawLegend(ctx: CanvasRenderingContext2D, lines: LegendLine[], top: number) {
  lines.forEach((l, i) => {
    const y = top + i * LINE;
    if (l.swatch) {
      ctx.fillStyle = l.swatch;
      ctx.fillRect(PAD, y - 14, 18, 18);
    }
    ctx.fillStyle = l.bold ? '#1f2328' : '#444c56';
    ctx.font = font(SIZE, l.bold);
    ctx.fillText(l.text, PAD + (l.indent ? 40 : 28), y);
  });
}

/** Renders the chart offscreen and resolves to its PNG. */
export function exportChartImage(spec: ExportSpec): Promise<Blob> {
  const canvas = document.createElement('canvas');
  const measureCtx = canvas.getContext('2d')!;
  const measure = (s: string, bold = false) => {
    measureCtx.font = font(SIZE, bold);
    return measureCtx.measureText(s).width;
  };
  const titleLines = wrapText(spec.title, WIDTH - 2 * PAD, (s) => {
    measureCtx.font = font(26, true);
    return measureCtx.measureText(s).width;
  });
  const legend = legendLines(spec.runs, WIDTH - 2 * PAD, 40, measure);
  const titleHeight = PAD + titleLines.length * 34;
  const keyTop = titleHeight + PLOT_HEIGHT + 24;
  const legendTop = keyTop + LINE + 16;
  const height = legendTop + legend.length * LINE + PAD;
  canvas.width = WIDTH;
  canvas.height = height;

  const text = {
    id: 'exportText',
    afterDraw(chart: Chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.textBaseline = 'alphabetic';
      ctx.fillStyle = '#1f2328';
      ctx.font = font(26, true);
      titleLines.forEach((t, i) => ctx.fillText(t, PAD, PAD + 22 + i * 34));
      ctx.font = font(SIZE);
      ctx.strokeStyle = '#444c56';
      let x = PAD;
      for (const item of keyItems(spec)) {
        ctx.fillStyle = '#444c56';
        x += item.draw(ctx, x, keyTop - 6);
        ctx.fillStyle = '#444c56';
        ctx.fillText(item.text, x, keyTop);
        x += measure(item.text) + 32;
      }
      drawLegend(ctx, legend, legendTop);
      ctx.restore();
    },
  };

  const bigger = { font: { size: SIZE } };
  const reach = starReach();
  // The plot is the width less the paddings and the y axis's labels (about 90 px at this size).
  const margin = edgeMargin(spec.range.min, spec.range.max, WIDTH - 2 * PAD - reach - 90);
  const chart = new Chart(canvas, {
    type: 'line',
    data: {
      datasets: spec.series.map((s) => ({ ...toDataset(s), borderWidth: s.width * 1.5 })),
    },
    options: {
      responsive: false,
      animation: false,
      devicePixelRatio: 1,
      layout: {
        padding: {
          top: titleHeight + reach,
          bottom: height - titleHeight - PLOT_HEIGHT,
          left: PAD,
          right: PAD + reach,
        },
      },
      scales: {
        x: {
          type: 'linear',
          min: spec.range.min - margin,
          max: spec.range.max + margin,
          afterBuildTicks: setEpochTicks,
          ticks: { precision: 0, ...bigger },
          title: { display: true, text: m.chart_axis_epoch(), ...bigger },
        },
        y: {
          type: spec.logY ? 'logarithmic' : 'linear',
          ticks: spec.logY ? { ...bigger, callback: logTick, autoSkip: false } : bigger,
          title: { display: true, text: spec.metric, ...bigger },
        },
      },
      plugins: {
        tooltip: { enabled: false },
        epochMarkers: { markers: spec.markers },
      },
    },
    plugins: [text],
  });
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => {
      chart.destroy();
      if (blob) resolve(blob);
      else reject(new Error('The browser could not encode the chart as a PNG.'));
    }, 'image/png'),
  );
}
