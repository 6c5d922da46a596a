import { describe, expect, it } from 'vitest';
import { parseGraph } from '../../../src-main/contract/graph.ts';
import { ROW, applyAction } from '../../../src-renderer/lib/actions.ts';
import {
  dropTarget,
  layoutMissing,
  syncEdges,
  syncNodes,
} from '../../../src-renderer/lib/flow-sync.ts';
import { TEMPLATES } from '../../../src-renderer/lib/templates.ts';

describe('syncNodes / syncEdges', () => {
  it('reuses unchanged flow objects and replaces only what changed', () => {
    const lab = TEMPLATES.mlp512.make();
    const first = syncNodes([], lab.graph, []);
    expect(first.map((n) => n.id)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
    expect(syncNodes(first, lab.graph, [])).toBe(first);
    const selected = syncNodes(first, lab.graph, ['n2']);
    expect(selected[2].selected).toBe(true);
    expect(selected[0]).toBe(first[0]);
    // Svelte Flow's measurements survive a change of position.
    const measured = first.map((n) => ({ ...n, measured: { width: 240, height: 56 } }));
    const moved = applyAction(lab, 'moveNodes', { positions: { n1: { x: 5, y: 5 } } }).lab;
    const after = syncNodes(measured, moved.graph, []);
    expect(after[1]).toMatchObject({
      position: { x: 5, y: 5 },
      measured: { width: 240, height: 56 },
    });
    expect(after[2]).toBe(measured[2]);
  });

  it('marks the connection a layer would be dropped on', () => {
    const lab = TEMPLATES.mlp512.make();
    const edges = syncEdges([], lab.graph, [], lab.graph.edges[1].id);
    expect(edges.map((e) => e.class ?? null)).toEqual([null, 'drop-target', null, null]);
    expect(syncEdges(edges, lab.graph, [], lab.graph.edges[1].id)).toBe(edges);
  });
});

describe('dropTarget', () => {
  const lab = TEMPLATES.mlp512.make(); // a column at x = 0, one row per layer
  const heights = Object.fromEntries(lab.graph.nodes.map((n) => [n.id, 56]));

  it('finds the connection under the pointer', () => {
    const target = dropTarget(lab.graph, { x: 120, y: 2 * ROW + 56 + 10 }, heights);
    expect(target).toEqual({ edgeId: lab.graph.edges[2].id });
  });

  it('below a layer with a free output, appends; far away, nothing', () => {
    expect(dropTarget(lab.graph, { x: 100, y: 4 * ROW + 56 + 40 }, heights)).toEqual({
      after: 'n4',
    });
    expect(dropTarget(lab.graph, { x: 900, y: 900 }, heights)).toBeNull();
  });
});

describe('layoutMissing', () => {
  it('places layers without positions one row per depth, side by side on a branch', () => {
    const g = parseGraph({
      version: 1,
      nodes: [
        { id: 'a', kind: 'Input', params: { shape: [4] } },
        { id: 'b', kind: 'Dense' },
        { id: 'c', kind: 'Dense' },
        { id: 'd', kind: 'Add' },
      ],
      edges: [
        { source: 'a', target: 'b' },
        { source: 'a', target: 'c' },
        { source: 'b', target: 'd' },
        { source: 'c', target: 'd' },
      ],
    });
    const placed = layoutMissing(g, ROW);
    const at = Object.fromEntries(placed.nodes.map((n) => [n.id, n.position]));
    expect(at.a!.y).toBe(0);
    expect(at.b!.y).toBe(ROW);
    expect(at.c!.y).toBe(ROW);
    expect(at.b!.x).not.toBe(at.c!.x);
    expect(at.d!.y).toBe(2 * ROW);
    expect(layoutMissing(placed, ROW)).toBe(placed);
  });
});
