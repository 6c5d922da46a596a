/**
 * The grid view's chart.js parts: chartjs-chart-matrix and the category scales it stands on, the
 * log scale for the overlaid losses, registered once (as `chart-setup.ts` does for the curves), and
 * a plugin that writes each cell's mean and std into it, so the numbers read on a projector.
 */
import { CategoryScale, Chart, LogarithmicScale, type ChartType, type Plugin } from 'chart.js';
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';
// The line charts' registrations (and the white background for PNGs) come with it.
import './chart-setup.ts';
import { heatTextColor, type HeatCell } from './grid-heatmap.ts';
import { formatScore, formatStd, type RankBy } from './grid-results.ts';

export interface CellLabelOptions {
  cells: HeatCell[];
  rankBy: RankBy;
  bestTrial: number | null;
}

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- merging needs chart.js's own type parameter
  interface PluginOptionsByType<TType extends ChartType> {
    cellLabels?: CellLabelOptions;
  }
}

export const cellLabels: Plugin<'matrix', CellLabelOptions> = {
  id: 'cellLabels',
  afterDatasetsDraw(chart, _args, options) {
    const meta = chart.getDatasetMeta(0);
    const { ctx } = chart;
    const cells = options.cells ?? [];
    meta.data.forEach((element, i) => {
      const cell = cells[i];
      if (!cell) return;
      const rect = element as unknown as MatrixElement;
      const { x, y } = rect.getCenterPoint();
      const { width, height } = rect;
      const big = Math.max(11, Math.min(17, width / 6, height / 3.2));
      ctx.save();
      ctx.fillStyle = heatTextColor(cell.goodness);
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      const mean =
        cell.mean === null
          ? '…'
          : `${cell.trial === options.bestTrial ? '★ ' : ''}${formatScore(cell.mean, options.rankBy)}`;
      const std = formatStd(cell.std, options.rankBy);
      const twoLines = std && height > big * 2.6;
      ctx.font = `600 ${big}px sans-serif`;
      ctx.fillText(mean, x, twoLines ? y - big * 0.6 : y);
      if (twoLines) {
        ctx.font = `${Math.round(big * 0.8)}px sans-serif`;
        ctx.fillText(std, x, y + big * 0.7);
      }
      ctx.restore();
    });
  },
};

// The log scale is for the grid's loss curves, which can span orders of magnitude.
Chart.register(MatrixController, MatrixElement, CategoryScale, LogarithmicScale);

export { Chart };
