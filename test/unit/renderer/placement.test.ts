import { describe, expect, it } from 'vitest';
import { ROW, NODE_WIDTH, applyAction } from '../../../src-renderer/lib/actions.ts';
import { GAP, chainEndNear, freeSpot, layerRects } from '../../../src-renderer/lib/placement.ts';
import { TEMPLATES } from '../../../src-renderer/lib/templates.ts';

const size = { width: 100, height: 50 };
const box = (x: number, y: number) => ({ x, y, width: 100, height: 50 });
const clear = (p: { x: number; y: number }, rects: ReturnType<typeof box>[]) =>
  rects.every(
    (r) =>
      p.x >= r.x + r.width + GAP ||
      r.x >= p.x + size.width + GAP ||
      p.y >= r.y + r.height + GAP ||
      r.y >= p.y + size.height + GAP,
  );

describe('freeSpot', () => {
  it.each([
    ['an empty canvas', { x: 10, y: 10 }, [], { x: 10, y: 10 }],
    ['a clear spot', { x: 300, y: 0 }, [box(0, 0)], { x: 300, y: 0 }],
    // Dropped mostly over a box: the nearest way out is down (30 px), not right (100 px).
    ['a spot over a box', { x: 20, y: 40 }, [box(0, 0)], { x: 20, y: 70 }],
    ['a spot over a box, nearer its left', { x: -80, y: 0 }, [box(0, 0)], { x: -120, y: 0 }],
    // Between two boxes a row apart there is no room: it goes below the lower one.
    ['a gap too small', { x: 0, y: 55 }, [box(0, 0), box(0, 90)], { x: 0, y: 160 }],
  ])('on %s', (_label, want, rects, expected) => {
    expect(freeSpot(want, size, rects)).toEqual(expected);
  });

  it('never overlaps, wherever the drop in a crowded column', () => {
    const rects = [0, 1, 2, 3, 4].map((i) => box(0, i * 70));
    for (let y = -40; y < 400; y += 13)
      for (let x = -80; x < 120; x += 17) {
        const p = freeSpot({ x, y }, size, rects);
        expect(clear(p, rects), `drop at ${x},${y} -> ${p.x},${p.y}`).toBe(true);
      }
  });
});

describe('chainEndNear', () => {
  const lab = TEMPLATES.mlp512.make(); // a column at x = 0, the last layer n4 at y = 4 rows
  const heights = Object.fromEntries(lab.graph.nodes.map((n) => [n.id, 56]));
  const bottom = 4 * ROW + 56;

  it.each([
    ['just under the last layer', { x: 120, y: bottom + 30 }, 'n4'],
    ['on the last layer', { x: 120, y: 4 * ROW + 20 }, 'n4'],
    ['a row under it, a little aside', { x: 260, y: bottom + 80 }, 'n4'],
    ['two rows under it', { x: 120, y: bottom + 2 * ROW }, null],
    ['far under it', { x: 120, y: bottom + 600 }, null],
    ['far beside it', { x: 900, y: bottom + 30 }, null],
    ['above it', { x: 120, y: 2 * ROW }, null],
  ])('%s', (_label, p, expected) => {
    expect(chainEndNear(lab.graph, p, NODE_WIDTH, heights)).toBe(expected);
  });
});

describe('addLayer places a layer clear of the others', () => {
  const lab = TEMPLATES.mlp512.make();
  const rects = (l: typeof lab, except: string) =>
    layerRects(l.graph, NODE_WIDTH).filter((_, i) => l.graph.nodes[i].id !== except);
  const overlapsAny = (l: typeof lab, id: string) => {
    const me = layerRects(l.graph, NODE_WIDTH)[l.graph.nodes.findIndex((n) => n.id === id)];
    return rects(l, id).some(
      (r) =>
        me.x < r.x + r.width &&
        r.x < me.x + me.width &&
        me.y < r.y + r.height &&
        r.y < me.y + me.height,
    );
  };

  it('dropped on top of a layer, it moves to the nearest free spot', () => {
    const r = applyAction(lab, 'addLayer', { kind: 'Dense', position: { x: 10, y: ROW + 5 } });
    expect(overlapsAny(r.lab, 'n5')).toBe(false);
    expect(r.lab.graph.edges).toHaveLength(lab.graph.edges.length);
  });

  it('after the last layer (a palette click), it goes below it, connected, clear of a stray layer', () => {
    // A stray layer right where the next row would be.
    const stray = applyAction(lab, 'addLayer', { kind: 'Dense', position: { x: 0, y: 5 * ROW } });
    const r = applyAction(stray.lab, 'addLayer', { kind: 'Dropout', after: 'n4' });
    expect(r.lab.graph.edges.at(-1)).toMatchObject({ source: 'n4', target: 'n6' });
    expect(overlapsAny(r.lab, 'n6')).toBe(false);
    expect(overlapsAny(r.lab, 'n5')).toBe(false);
  });
});
