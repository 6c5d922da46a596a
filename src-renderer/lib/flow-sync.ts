/**
 * The graph document drawn as Svelte Flow nodes and edges. The document is the truth; the flow
 * arrays are rebuilt from it, reusing each flow object whose position and selection did not change
 * so Svelte Flow keeps its measurements and does not re-render the whole canvas on every edit.
 */
import type { GraphDocument } from '../../src-main/contract/graph.ts';
import { NODE_WIDTH, type Position } from './actions.ts';
import { chainEndNear } from './placement.ts';

/** The drag-and-drop type of a layer kind dragged from the palette. */
export const KIND_MIME = 'application/x-layerlab-kind';

export interface FlowNode {
  id: string;
  type: 'layer';
  position: Position;
  data: Record<string, never>;
  selected: boolean;
  measured?: { width?: number; height?: number };
  ariaLabel?: string;
}

export interface FlowEdge {
  id: string;
  source: string;
  target: string;
  selected: boolean;
  class?: string;
}

const sameItems = <T>(a: T[], b: T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function syncNodes(
  prev: FlowNode[],
  graph: GraphDocument,
  selection: readonly string[],
): FlowNode[] {
  const old = new Map(prev.map((n) => [n.id, n]));
  const selected = new Set(selection);
  const next = graph.nodes.map((n) => {
    const position = n.position ?? { x: 0, y: 0 };
    const isSelected = selected.has(n.id);
    const ariaLabel = `${n.kind} layer ${n.name}`;
    const o = old.get(n.id);
    if (
      o &&
      o.position.x === position.x &&
      o.position.y === position.y &&
      o.selected === isSelected &&
      o.ariaLabel === ariaLabel
    )
      return o;
    return {
      ...(o ?? {}),
      id: n.id,
      type: 'layer' as const,
      position,
      data: {},
      selected: isSelected,
      ariaLabel,
    };
  });
  return sameItems(prev, next) ? prev : next;
}

export function syncEdges(
  prev: FlowEdge[],
  graph: GraphDocument,
  selection: readonly string[],
  highlight: string | null,
): FlowEdge[] {
  const old = new Map(prev.map((e) => [e.id, e]));
  const selected = new Set(selection);
  const next = graph.edges.map((e) => {
    const cls = e.id === highlight ? 'drop-target' : undefined;
    const o = old.get(e.id);
    if (
      o &&
      o.source === e.source &&
      o.target === e.target &&
      o.selected === selected.has(e.id) &&
      o.class === cls
    )
      return o;
    return {
      id: e.id,
      source: e.source,
      target: e.target,
      selected: selected.has(e.id),
      class: cls,
    };
  });
  return sameItems(prev, next) ? prev : next;
}

export type DropTarget = { edgeId: string } | { after: string } | null;

/**
 * Where a layer dropped at `p` (flow coordinates) attaches: onto a connection, or after the end of
 * the chain it was dropped near. Null: nowhere (it is placed, unconnected, in the nearest free spot).
 */
export function dropTarget(
  graph: GraphDocument,
  p: Position,
  heights: Record<string, number>,
): DropTarget {
  const box = (id: string) => {
    const pos = graph.nodes.find((n) => n.id === id)?.position ?? { x: 0, y: 0 };
    return { ...pos, h: heights[id] ?? 80 };
  };
  let best: { edgeId: string; d: number } | null = null;
  for (const e of graph.edges) {
    const s = box(e.source);
    const t = box(e.target);
    const a = { x: s.x + NODE_WIDTH / 2, y: s.y + s.h };
    const b = { x: t.x + NODE_WIDTH / 2, y: t.y };
    const d = distanceToSegment(p, a, b);
    if (d < 28 && (!best || d < best.d)) best = { edgeId: e.id, d };
  }
  if (best) return { edgeId: best.edgeId };
  // Under (or on) the end of the chain, within reach: continue the chain from it.
  const end = chainEndNear(graph, p, NODE_WIDTH, heights);
  return end ? { after: end } : null;
}

function distanceToSegment(p: Position, a: Position, b: Position): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** Positions for layers that have none (labs written by hand or by the CLI): one row per depth. */
export function layoutMissing(graph: GraphDocument, rowHeight: number): GraphDocument {
  if (graph.nodes.every((n) => n.position)) return graph;
  const depth = new Map<string, number>();
  const inputs = (id: string) => graph.edges.filter((e) => e.target === id).map((e) => e.source);
  const visit = (id: string, seen: Set<string>): number => {
    if (depth.has(id)) return depth.get(id)!;
    if (seen.has(id)) return 0;
    seen.add(id);
    const d = Math.max(-1, ...inputs(id).map((s) => visit(s, seen))) + 1;
    depth.set(id, d);
    return d;
  };
  const column = new Map<number, number>();
  const nodes = graph.nodes.map((n) => {
    if (n.position) return n;
    const d = visit(n.id, new Set());
    const c = column.get(d) ?? 0;
    column.set(d, c + 1);
    return { ...n, position: { x: c * (NODE_WIDTH + 40), y: d * rowHeight } };
  });
  return { ...graph, nodes };
}
