/**
 * The report's figures as geometry (boxes, lines, ticks in points), drawn once as inline SVG in the
 * HTML report and once as vector paths in the PDF, so both show the same curves and diagram.
 */
import type { ReportLayer, ReportRun } from '../../contract/report.ts';
import { runColor } from '../../contract/run-colors.ts';

export { runColor };

export type CurveMetric = 'loss' | 'accuracy';

export interface Tick {
  at: number;
  label: string;
}

export interface CurveLine {
  color: string;
  dashed: boolean;
  points: [number, number][];
}

export interface CurvePlot {
  width: number;
  height: number;
  /** The plotting area. */
  area: { left: number; top: number; right: number; bottom: number };
  xTicks: Tick[];
  yTicks: Tick[];
  lines: CurveLine[];
}

function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw || 1));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

function ticks(min: number, max: number, count: number): number[] {
  const step = niceStep(max - min, count);
  const out: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step)
    out.push(Number(v.toPrecision(12)));
  return out;
}

const valueOf = (m: ReportRun['metrics'][number], metric: CurveMetric, val: boolean) =>
  val ? (metric === 'loss' ? m.val_loss : m.val_accuracy) : m[metric];

/** Training (solid) and validation (dashed) curves of each run, one colour per run. */
export function curvePlot(
  runs: ReportRun[],
  metric: CurveMetric,
  width = 640,
  height = 240,
): CurvePlot {
  const area = { left: 52, top: 12, right: width - 12, bottom: height - 34 };
  const values = runs.flatMap((r) =>
    r.metrics.flatMap((m) => [valueOf(m, metric, false), valueOf(m, metric, true)]),
  );
  const finite = values.filter((v): v is number => v !== undefined && Number.isFinite(v));
  const epochs = runs.flatMap((r) => r.metrics.map((m) => m.epoch));
  const xMax = Math.max(2, ...epochs);
  let yMin = finite.length ? Math.min(...finite) : 0;
  let yMax = finite.length ? Math.max(...finite) : 1;
  if (metric === 'accuracy') yMax = Math.min(1, yMax);
  if (metric === 'loss') yMin = Math.min(0, yMin);
  if (yMax - yMin < 1e-9) yMax = yMin + 1;
  const x = (epoch: number) => area.left + ((epoch - 1) / (xMax - 1)) * (area.right - area.left);
  const y = (v: number) =>
    area.bottom - ((Math.min(yMax, v) - yMin) / (yMax - yMin)) * (area.bottom - area.top);
  const lines: CurveLine[] = runs.flatMap((run, i) =>
    [false, true].flatMap((val) => {
      const points = run.metrics
        .map((m) => [m.epoch, valueOf(m, metric, val)] as const)
        .filter((p): p is [number, number] => p[1] !== undefined && Number.isFinite(p[1]))
        .map(([e, v]): [number, number] => [x(e), y(v)]);
      return points.length ? [{ color: runColor(i), dashed: val, points }] : [];
    }),
  );
  const xTicks = ticks(1, xMax, 8)
    .filter((e) => Number.isInteger(e))
    .map((e) => ({ at: x(e), label: String(e) }));
  const yTicks = ticks(yMin, yMax, 5).map((v) => ({ at: y(v), label: String(v) }));
  return { width, height, area, xTicks, yTicks, lines };
}

export interface DiagramBox {
  layer: ReportLayer;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Diagram {
  width: number;
  height: number;
  boxes: DiagramBox[];
  /** From the bottom middle of one box to the top middle of another. */
  arrows: { from: [number, number]; to: [number, number] }[];
}

/** Layers as boxes in rows by depth (the longest path from an input), arrows between them. */
export function modelDiagram(layers: ReportLayer[], width = 640): Diagram {
  const boxH = 44;
  const gap = 22;
  const depth = new Map<string, number>();
  for (const layer of layers)
    depth.set(layer.id, Math.max(-1, ...layer.inputs.map((i) => depth.get(i) ?? -1)) + 1);
  const rows: ReportLayer[][] = [];
  for (const layer of layers) (rows[depth.get(layer.id)!] ??= []).push(layer);
  const boxes: DiagramBox[] = [];
  rows.forEach((row, r) => {
    const w = Math.min(260, (width - 20 * (row.length + 1)) / row.length);
    const total = row.length * w + (row.length - 1) * 20;
    row.forEach((layer, i) =>
      boxes.push({
        layer,
        x: (width - total) / 2 + i * (w + 20),
        y: 4 + r * (boxH + gap),
        w,
        h: boxH,
      }),
    );
  });
  const byId = new Map(boxes.map((b) => [b.layer.id, b]));
  const arrows = boxes.flatMap((b) =>
    b.layer.inputs.flatMap((id) => {
      const from = byId.get(id);
      return from
        ? [
            {
              from: [from.x + from.w / 2, from.y + from.h] as [number, number],
              to: [b.x + b.w / 2, b.y] as [number, number],
            },
          ]
        : [];
    }),
  );
  return { width, height: 8 + rows.length * (boxH + gap) - gap, boxes, arrows };
}

export const fmtMetric = (v: number | null) => (v === null ? '–' : v.toFixed(4));
export const shapeText = (shape: number[] | null) => (shape ? `(None, ${shape.join(', ')})` : '?');
