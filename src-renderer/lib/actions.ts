/**
 * Every edit of a lab is a pure named action: `(lab, payload) => { lab, selection? }`. The editor
 * applies them through one door, so undo/redo, autosave and dirty tracking follow for free, and the
 * table can be tested without a browser (excalidraw's actions, in small).
 */
import type { DatasetRef } from '../../src-main/contract/datasets.ts';
import {
  uniqueLayerName,
  type AnyGraphNode,
  type GraphDocument,
  type GraphEdge,
} from '../../src-main/contract/graph.ts';
import type { LabFile } from '../../src-main/contract/lab.ts';
import { LAYERS, defaultParams, type LayerKind } from '../../src-main/contract/layers.ts';
import type { TrainingConfig } from '../../src-main/contract/training.ts';
import { GRID_ACTIONS, renameInGrid } from './grid-spec.ts';
import { GUIDE_ACTIONS } from './guide-edit.ts';
import { STEP_ACTIONS } from './step-setup.ts';
import { GAP, NODE_HEIGHT, freeSpot, layerRects, type Position } from './placement.ts';

export type { Position };
export const ROW = 90;
export const NODE_WIDTH = 240;

export interface EditResult {
  lab: LabFile;
  /** Layers to select after the edit (unchanged when absent). */
  selection?: string[];
}

/** What copy puts on the clipboard: layers and the connections between them. */
export interface Clip {
  format: 'layerlab-clip';
  nodes: AnyGraphNode[];
  edges: GraphEdge[];
}

const withGraph = (lab: LabFile, graph: Partial<GraphDocument>): LabFile => ({
  ...lab,
  graph: { ...lab.graph, ...graph },
});

/** `n1`, `n2`...: the smallest free id, so documents stay readable and tests stay exact. */
export function nextNodeId(graph: GraphDocument, taken: Set<string> = new Set()): string {
  const used = new Set([...graph.nodes.map((n) => n.id), ...taken]);
  let i = graph.nodes.length + taken.size;
  while (used.has(`n${i}`)) i += 1;
  return `n${i}`;
}

const edgeId = (source: string, target: string) => `e-${source}-${target}`;

export function positionOf(graph: GraphDocument, id: string): Position {
  return graph.nodes.find((n) => n.id === id)?.position ?? { x: 0, y: 0 };
}

function lowestPosition(graph: GraphDocument): Position {
  if (!graph.nodes.length) return { x: 0, y: 0 };
  const bottom = graph.nodes.reduce((a, n) =>
    (n.position?.y ?? 0) > (a.position?.y ?? 0) ? n : a,
  );
  return { x: bottom.position?.x ?? 0, y: (bottom.position?.y ?? 0) + ROW };
}

export interface AddLayer {
  kind: LayerKind;
  position?: Position;
  /** Connect after this layer, splicing into its outgoing connection when it has exactly one. */
  after?: string;
  /** Split this connection and put the new layer in between. */
  intoEdge?: string;
  params?: Record<string, unknown>;
  /** The layers' measured heights, so the new one lands clear of them. */
  heights?: Record<string, number>;
}

function addLayer(lab: LabFile, p: AddLayer): EditResult {
  const g = lab.graph;
  const id = nextNodeId(g);
  const name = uniqueLayerName(p.kind, new Set(g.nodes.map((n) => n.name)));
  let edges = g.edges;
  let position = p.position;
  const split = p.intoEdge
    ? g.edges.find((e) => e.id === p.intoEdge)
    : p.after && LAYERS[p.kind].inputs.max > 0
      ? g.edges.filter((e) => e.source === p.after).length === 1
        ? g.edges.find((e) => e.source === p.after)
        : undefined
      : undefined;
  let shifted = g.nodes;
  if (split) {
    edges = [
      ...edges.filter((e) => e !== split),
      { id: edgeId(split.source, id), source: split.source, target: id },
      { id: edgeId(id, split.target), source: id, target: split.target },
    ];
    const from = positionOf(g, split.source);
    position ??= { x: from.x, y: from.y + ROW };
    // Make room: everything at or below the new layer moves down a row.
    const y = position.y;
    shifted = g.nodes.map((n) =>
      n.position && n.position.y >= y - ROW / 2 && n.id !== split.source
        ? { ...n, position: { x: n.position.x, y: n.position.y + ROW } }
        : n,
    );
  } else if (p.after && g.nodes.some((n) => n.id === p.after) && LAYERS[p.kind].inputs.max > 0) {
    edges = [...edges, { id: edgeId(p.after, id), source: p.after, target: id }];
    const from = positionOf(g, p.after);
    const height = p.heights?.[p.after] ?? NODE_HEIGHT;
    position ??= { x: from.x, y: from.y + Math.max(ROW, height + GAP) };
  }
  // A new layer never covers another (a spliced one made room above); it moves to the nearest gap.
  const want = position ?? lowestPosition(g);
  const node = {
    id,
    kind: p.kind,
    name,
    params: { ...defaultParams(p.kind), ...(p.params ?? {}) },
    position: split
      ? want
      : freeSpot(
          want,
          { width: NODE_WIDTH, height: NODE_HEIGHT },
          layerRects(g, NODE_WIDTH, p.heights),
        ),
  } as AnyGraphNode;
  return { lab: withGraph(lab, { nodes: [...shifted, node], edges }), selection: [id] };
}

function deleteItems(lab: LabFile, p: { nodeIds: string[]; edgeIds?: string[] }): EditResult {
  const gone = new Set(p.nodeIds);
  const goneEdges = new Set(p.edgeIds ?? []);
  const g = lab.graph;
  // Deleting a layer in the middle of a chain joins its neighbours, as a student expects.
  const bridges: GraphEdge[] = [];
  for (const id of gone) {
    const ins = g.edges.filter((e) => e.target === id && !gone.has(e.source));
    const outs = g.edges.filter((e) => e.source === id && !gone.has(e.target));
    if (ins.length === 1 && outs.length === 1)
      bridges.push({
        id: edgeId(ins[0].source, outs[0].target),
        source: ins[0].source,
        target: outs[0].target,
      });
  }
  const edges = [
    ...g.edges.filter((e) => !gone.has(e.source) && !gone.has(e.target) && !goneEdges.has(e.id)),
    ...bridges.filter((b) => !g.edges.some((e) => e.source === b.source && e.target === b.target)),
  ];
  return {
    lab: withGraph(lab, { nodes: g.nodes.filter((n) => !gone.has(n.id)), edges }),
    selection: [],
  };
}

function connect(lab: LabFile, p: { source: string; target: string }): EditResult {
  const g = lab.graph;
  const target = g.nodes.find((n) => n.id === p.target);
  if (!target || p.source === p.target || !g.nodes.some((n) => n.id === p.source)) return { lab };
  if (g.edges.some((e) => e.source === p.source && e.target === p.target)) return { lab };
  // A one-input layer gets its new input instead of the old one (a merge layer collects them).
  const single = LAYERS[target.kind].inputs.max === 1;
  const kept = single ? g.edges.filter((e) => e.target !== p.target) : g.edges;
  return {
    lab: withGraph(lab, {
      edges: [...kept, { id: edgeId(p.source, p.target), source: p.source, target: p.target }],
    }),
  };
}

function updateNode(lab: LabFile, id: string, change: (n: AnyGraphNode) => AnyGraphNode): LabFile {
  return withGraph(lab, { nodes: lab.graph.nodes.map((n) => (n.id === id ? change(n) : n)) });
}

function setParam(lab: LabFile, p: { nodeId: string; name: string; value: unknown }): EditResult {
  return {
    lab: updateNode(
      lab,
      p.nodeId,
      (n) => ({ ...n, params: { ...n.params, [p.name]: p.value } }) as AnyGraphNode,
    ),
  };
}

function renameLayer(lab: LabFile, p: { nodeId: string; name: string }): EditResult {
  const name = p.name.trim();
  const old = lab.graph.nodes.find((n) => n.id === p.nodeId)?.name;
  if (!name || old === undefined) return { lab };
  // The grid names layers by name: its sweeps follow the rename.
  return {
    lab: {
      ...updateNode(lab, p.nodeId, (n) => ({ ...n, name })),
      grid: renameInGrid(lab.grid, old, name),
    },
  };
}

function moveNodes(lab: LabFile, p: { positions: Record<string, Position> }): EditResult {
  return {
    lab: withGraph(lab, {
      nodes: lab.graph.nodes.map((n) =>
        p.positions[n.id] ? { ...n, position: { ...p.positions[n.id] } } : n,
      ),
    }),
  };
}

/** The selected layers and the connections among them. */
export function copyClip(lab: LabFile, nodeIds: string[]): Clip | null {
  const ids = new Set(nodeIds);
  const nodes = lab.graph.nodes.filter((n) => ids.has(n.id));
  if (!nodes.length) return null;
  return {
    format: 'layerlab-clip',
    nodes,
    edges: lab.graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
  };
}

export function isClip(value: unknown): value is Clip {
  const c = value as Clip | null;
  return !!c && c.format === 'layerlab-clip' && Array.isArray(c.nodes) && Array.isArray(c.edges);
}

function paste(lab: LabFile, p: { clip: Clip; offset?: Position }): EditResult {
  const offset = p.offset ?? { x: 40, y: 40 };
  const g = lab.graph;
  const names = new Set(g.nodes.map((n) => n.name));
  const ids = new Map<string, string>();
  const newIds = new Set<string>();
  const nodes = p.clip.nodes
    .filter((n) => n.kind !== 'Input' || !g.nodes.some((m) => m.kind === 'Input'))
    .map((n) => {
      const id = nextNodeId(g, newIds);
      newIds.add(id);
      ids.set(n.id, id);
      const name = names.has(n.name) ? uniqueLayerName(n.kind, names) : n.name;
      names.add(name);
      const at = n.position ?? { x: 0, y: 0 };
      return {
        ...n,
        id,
        name,
        params: structuredClone(n.params),
        position: { x: at.x + offset.x, y: at.y + offset.y },
      } as AnyGraphNode;
    });
  const edges = p.clip.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((e) => ({
      id: edgeId(ids.get(e.source)!, ids.get(e.target)!),
      source: ids.get(e.source)!,
      target: ids.get(e.target)!,
    }));
  return {
    lab: withGraph(lab, { nodes: [...g.nodes, ...nodes], edges: [...g.edges, ...edges] }),
    selection: nodes.map((n) => n.id),
  };
}

function duplicate(lab: LabFile, p: { nodeIds: string[] }): EditResult {
  const clip = copyClip(lab, p.nodeIds);
  return clip ? paste(lab, { clip, offset: { x: NODE_WIDTH + 40, y: 0 } }) : { lab };
}

/** In a chain `a -> b`, where b is a's only successor and a is b's only predecessor: `b -> a`. */
function swapInChain(lab: LabFile, a: string, b: string): EditResult {
  const g = lab.graph;
  const edges = g.edges.map((e) => {
    if (e.source === a && e.target === b) return { id: edgeId(b, a), source: b, target: a };
    if (e.target === a) return { id: edgeId(e.source, b), source: e.source, target: b };
    if (e.source === b) return { id: edgeId(a, e.target), source: a, target: e.target };
    return e;
  });
  const pa = positionOf(g, a);
  const pb = positionOf(g, b);
  const nodes = g.nodes.map((n) =>
    n.id === a ? { ...n, position: pb } : n.id === b ? { ...n, position: pa } : n,
  );
  return { lab: withGraph(lab, { nodes, edges }) };
}

/** Moves a layer up or down its chain; a no-op where the graph branches or at the Input. */
function reorder(lab: LabFile, p: { nodeId: string; direction: 'up' | 'down' }): EditResult {
  const g = lab.graph;
  const only = (list: GraphEdge[]) => (list.length === 1 ? list[0] : undefined);
  const node = g.nodes.find((n) => n.id === p.nodeId);
  if (!node) return { lab };
  const neighbour =
    p.direction === 'up'
      ? only(g.edges.filter((e) => e.target === node.id))?.source
      : only(g.edges.filter((e) => e.source === node.id))?.target;
  if (!neighbour) return { lab };
  const [a, b] = p.direction === 'up' ? [neighbour, node.id] : [node.id, neighbour];
  const aNode = g.nodes.find((n) => n.id === a)!;
  const singleLink =
    only(g.edges.filter((e) => e.source === a))?.target === b &&
    only(g.edges.filter((e) => e.target === b))?.source === a;
  if (!singleLink || aNode.kind === 'Input') return { lab };
  return swapInChain(lab, a, b);
}

const setTraining = (lab: LabFile, patch: Partial<TrainingConfig>): EditResult => ({
  lab: { ...lab, training: { ...lab.training, ...patch } },
});
const setDataset = (lab: LabFile, dataset: DatasetRef): EditResult => ({
  lab: { ...lab, dataset },
});
const setLabName = (lab: LabFile, name: string): EditResult => ({ lab: { ...lab, name } });
const setLabDescription = (lab: LabFile, description: string): EditResult => ({
  lab: { ...lab, description },
});

export const ACTIONS = {
  addLayer,
  deleteItems,
  connect,
  setParam,
  renameLayer,
  moveNodes,
  paste,
  duplicate,
  reorder,
  setTraining,
  setDataset,
  setLabName,
  setLabDescription,
  ...GRID_ACTIONS,
  ...GUIDE_ACTIONS,
  ...STEP_ACTIONS,
};
export type ActionName = keyof typeof ACTIONS;
export type ActionPayload<A extends ActionName> = Parameters<(typeof ACTIONS)[A]>[1];

export function applyAction<A extends ActionName>(
  lab: LabFile,
  name: A,
  payload: ActionPayload<A>,
): EditResult {
  return (ACTIONS[name] as (l: LabFile, p: ActionPayload<A>) => EditResult)(lab, payload);
}
