/**
 * The chart.js parts of the Predictions, Activations and Boundary views, registered once: bars (the
 * activations' mean ± std, floating bars), scatter (the points over a decision surface), and two
 * plugins: the text in each confusion-matrix cell, and the surface image drawn behind the points.
 */
import {
  BarController,
  BarElement,
  ScatterController,
  type ChartType,
  type Plugin,
} from 'chart.js';
import type { MatrixElement } from 'chartjs-chart-matrix';
// The matrix chart, the category scale and the line charts' registrations come with it.
import { Chart } from './grid-chart.ts';

export interface CellTextOptions {
  texts: string[];
  colors: string[];
}

export interface SurfaceImageOptions {
  /** The surface at its own resolution (one pixel a cell), stretched over the plot area. */
  image: CanvasImageSource | null;
}

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- merging needs chart.js's own type parameter
  interface PluginOptionsByType<TType extends ChartType> {
    cellText?: CellTextOptions;
    surfaceImage?: SurfaceImageOptions;
  }
}

export const cellText: Plugin<'matrix', CellTextOptions> = {
  id: 'cellText',
  afterDatasetsDraw(chart, _args, options) {
    const { ctx } = chart;
    chart.getDatasetMeta(0).data.forEach((element, i) => {
      const text = options.texts?.[i];
      if (text === undefined) return;
      const rect = element as unknown as MatrixElement;
      const { x, y } = rect.getCenterPoint();
      const size = Math.max(9, Math.min(15, rect.width / 3.2, rect.height / 1.8));
      ctx.save();
      ctx.fillStyle = options.colors[i];
      ctx.font = `600 ${size}px sans-serif`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(text, x, y);
      ctx.restore();
    });
  },
};

export const surfaceImage: Plugin<'scatter', SurfaceImageOptions> = {
  id: 'surfaceImage',
  beforeDatasetsDraw(chart, _args, options) {
    if (!options.image) return;
    const { ctx, chartArea: a } = chart;
    ctx.save();
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(options.image, a.left, a.top, a.right - a.left, a.bottom - a.top);
    ctx.restore();
  },
};

Chart.register(BarController, BarElement, ScatterController);

export { Chart };
