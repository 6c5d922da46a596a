/**
 * Where a new layer goes on the canvas: the free spot nearest to where the student wants it, so a
 * layer never lands on top of another. Pure geometry over the layers' rectangles.
 */
import type { GraphDocument } from '../../src-main/contract/graph.ts';

export type Position = { x: number; y: number };

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

/** The room kept between a placed layer and its neighbours. */
export const GAP = 20;

const overlaps = (a: Rect, b: Rect, gap: number) =>
  a.x < b.x + b.width + gap &&
  b.x < a.x + a.width + gap &&
  a.y < b.y + b.height + gap &&
  b.y < a.y + a.height + gap;

/**
 * The top-left corner nearest to `want` at which a box of `size` keeps `gap` clear of every rect.
 * The nearest free point lies on the border of some rect's "keep out" zone, so each of its
 * coordinates is either the wanted one or flush with a side of some rect: trying every such pair
 * finds it exactly.
 */
export function freeSpot(want: Position, size: Size, rects: readonly Rect[], gap = GAP): Position {
  const fits = (p: Position) =>
    !rects.some((r) => overlaps({ ...p, width: size.width, height: size.height }, r, gap));
  if (fits(want)) return want;
  const xs = [want.x];
  const ys = [want.y];
  for (const r of rects) {
    xs.push(r.x - size.width - gap, r.x + r.width + gap);
    ys.push(r.y - size.height - gap, r.y + r.height + gap);
  }
  let best: Position | null = null;
  let bestDistance = Infinity;
  for (const x of xs)
    for (const y of ys) {
      const d = Math.hypot(x - want.x, y - want.y);
      if (d < bestDistance && fits({ x, y })) {
        best = { x, y };
        bestDistance = d;
      }
    }
  // Below everything is always free; reached only when the list above is empty of free spots.
  return best ?? { x: want.x, y: Math.max(...rects.map((r) => r.y + r.height + gap)) };
}

/** The layers' rectangles; `heights` are the measured ones, `fallback` for layers not drawn yet. */
export function layerRects(
  graph: GraphDocument,
  width: number,
  heights: Record<string, number> = {},
  fallback = NODE_HEIGHT,
): Rect[] {
  return graph.nodes.map((n) => ({
    x: n.position?.x ?? 0,
    y: n.position?.y ?? 0,
    width,
    height: heights[n.id] ?? fallback,
  }));
}

/** A layer card's usual height, for placing before the canvas has measured it. */
export const NODE_HEIGHT = 64;

/**
 * The end of the chain a drop at `p` (flow coordinates) continues: a layer with no outgoing
 * connection whose card is above (or under) the drop point and within `reach` of its bottom and
 * sides (about a row: farther off, a drop is a layer put aside), the nearest first.
 */
export function chainEndNear(
  graph: GraphDocument,
  p: Position,
  width: number,
  heights: Record<string, number>,
  reach = { x: 40, y: 90 },
): string | null {
  let best: { id: string; d: number } | null = null;
  for (const n of graph.nodes) {
    if (graph.edges.some((e) => e.source === n.id)) continue;
    const at = n.position ?? { x: 0, y: 0 };
    const bottom = at.y + (heights[n.id] ?? NODE_HEIGHT);
    const dx = Math.max(0, at.x - p.x, p.x - (at.x + width));
    const dy = p.y - bottom;
    if (p.y < at.y || dx > reach.x || dy > reach.y) continue;
    const d = Math.hypot(dx, Math.max(0, dy));
    if (!best || d < best.d) best = { id: n.id, d };
  }
  return best?.id ?? null;
}
