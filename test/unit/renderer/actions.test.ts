import { describe, expect, it } from 'vitest';
import { analyzeGraph } from '../../../src-main/contract/validate.ts';
import { applyAction, copyClip, nextNodeId } from '../../../src-renderer/lib/actions.ts';
import { TEMPLATES } from '../../../src-renderer/lib/templates.ts';

const mlp = () => TEMPLATES.mlp512.make(); // input flatten dense dense_1 dense_2 as n0..n4
const chain = (lab: ReturnType<typeof mlp>) => {
  const { graph } = lab;
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  return graph.edges.map((e) => `${names.get(e.source)}>${names.get(e.target)}`).sort();
};

describe('addLayer', () => {
  it('adds an unconnected layer with a Keras-style name and selects it', () => {
    const r = applyAction(mlp(), 'addLayer', { kind: 'Dense', position: { x: 300, y: 0 } });
    const added = r.lab.graph.nodes.at(-1)!;
    expect(added).toMatchObject({
      id: 'n5',
      kind: 'Dense',
      name: 'dense_3',
      position: { x: 300, y: 0 },
    });
    expect(added.params).toMatchObject({ units: 64, activation: 'linear' });
    expect(r.selection).toEqual(['n5']);
    expect(r.lab.graph.edges).toHaveLength(4);
  });

  it('after a layer with one outgoing connection, splices into it', () => {
    const r = applyAction(mlp(), 'addLayer', { kind: 'Dropout', after: 'n2' });
    expect(chain(r.lab)).toEqual([
      'dense>dropout',
      'dense_1>dense_2',
      'dropout>dense_1',
      'flatten>dense',
      'input>flatten',
    ]);
    expect(analyzeGraph(r.lab.graph).ok).toBe(true);
  });

  it('after the last layer, appends', () => {
    const r = applyAction(mlp(), 'addLayer', { kind: 'Activation', after: 'n4' });
    expect(chain(r.lab)).toContain('dense_2>activation');
  });

  it('into a connection, puts the layer in between and moves the layers below down', () => {
    const lab = mlp();
    const edge = lab.graph.edges.find((e) => e.source === 'n3')!;
    const r = applyAction(lab, 'addLayer', { kind: 'Dropout', intoEdge: edge.id });
    expect(chain(r.lab)).toContain('dense_1>dropout');
    expect(chain(r.lab)).toContain('dropout>dense_2');
    const y = (id: string) => r.lab.graph.nodes.find((n) => n.id === id)!.position!.y;
    expect(y('n5')).toBeGreaterThan(y('n3'));
    expect(y('n4')).toBeGreaterThan(y('n5'));
  });

  it('never connects anything into an Input', () => {
    const r = applyAction(mlp(), 'addLayer', { kind: 'Input', after: 'n4' });
    expect(r.lab.graph.edges).toHaveLength(4);
  });
});

describe('deleteItems', () => {
  it('joins the neighbours of a layer deleted from the middle of a chain', () => {
    const r = applyAction(mlp(), 'deleteItems', { nodeIds: ['n3'] });
    expect(chain(r.lab)).toEqual(['dense>dense_2', 'flatten>dense', 'input>flatten']);
    expect(r.selection).toEqual([]);
  });

  it('deletes connections alone', () => {
    const lab = mlp();
    const r = applyAction(lab, 'deleteItems', { nodeIds: [], edgeIds: [lab.graph.edges[0].id] });
    expect(r.lab.graph.edges).toHaveLength(3);
    expect(analyzeGraph(r.lab.graph).issues.map((i) => i.code)).toContain('dangling');
  });
});

describe('connect', () => {
  it('replaces the input of a one-input layer', () => {
    const r = applyAction(mlp(), 'connect', { source: 'n2', target: 'n4' });
    expect(chain(r.lab)).toContain('dense>dense_2');
    expect(chain(r.lab)).not.toContain('dense_1>dense_2');
  });

  it('collects inputs on a merge layer', () => {
    let lab = applyAction(mlp(), 'addLayer', { kind: 'Add', position: { x: 0, y: 0 } }).lab;
    lab = applyAction(lab, 'connect', { source: 'n2', target: 'n5' }).lab;
    lab = applyAction(lab, 'connect', { source: 'n3', target: 'n5' }).lab;
    expect(lab.graph.edges.filter((e) => e.target === 'n5')).toHaveLength(2);
  });

  it.each([
    ['a layer to itself', 'n2', 'n2'],
    ['a missing layer', 'n2', 'nope'],
    ['a connection that exists', 'n0', 'n1'],
  ])('ignores %s', (_label, source, target) => {
    const lab = mlp();
    expect(applyAction(lab, 'connect', { source, target }).lab).toBe(lab);
  });
});

describe('reorder', () => {
  it('moves a layer up and down its chain, swapping positions', () => {
    const lab = mlp();
    const up = applyAction(lab, 'reorder', { nodeId: 'n3', direction: 'up' }).lab;
    expect(chain(up)).toEqual([
      'dense>dense_2',
      'dense_1>dense',
      'flatten>dense_1',
      'input>flatten',
    ]);
    const pos = (l: typeof lab, id: string) => l.graph.nodes.find((n) => n.id === id)!.position;
    expect(pos(up, 'n3')).toEqual(pos(lab, 'n2'));
    const back = applyAction(up, 'reorder', { nodeId: 'n3', direction: 'down' }).lab;
    expect(chain(back)).toEqual(chain(lab));
  });

  it('leaves the Input first and ignores the ends of the chain', () => {
    const lab = mlp();
    expect(applyAction(lab, 'reorder', { nodeId: 'n1', direction: 'up' }).lab).toBe(lab);
    expect(applyAction(lab, 'reorder', { nodeId: 'n4', direction: 'down' }).lab).toBe(lab);
  });
});

describe('copy, paste and duplicate', () => {
  it('pastes copies with fresh ids and names, keeping their inner connections', () => {
    const lab = mlp();
    const clip = copyClip(lab, ['n2', 'n3'])!;
    expect(clip.edges).toHaveLength(1);
    const r = applyAction(lab, 'paste', { clip });
    const pasted = r.lab.graph.nodes.slice(-2);
    expect(pasted.map((n) => n.name)).toEqual(['dense_3', 'dense_4']);
    expect(pasted.map((n) => n.id)).toEqual(r.selection);
    expect(r.lab.graph.edges.at(-1)).toMatchObject({ source: pasted[0].id, target: pasted[1].id });
    expect(pasted[0].params).toEqual(lab.graph.nodes[2].params);
    expect(pasted[0].params).not.toBe(lab.graph.nodes[2].params);
  });

  it('does not paste a second Input', () => {
    const lab = mlp();
    const r = applyAction(lab, 'duplicate', { nodeIds: ['n0'] });
    expect(r.lab.graph.nodes.filter((n) => n.kind === 'Input')).toHaveLength(1);
  });
});

describe('parameters and settings', () => {
  it('setParam changes shapes and counts downstream', () => {
    const r = applyAction(mlp(), 'setParam', { nodeId: 'n2', name: 'units', value: 32 });
    const a = analyzeGraph(r.lab.graph);
    expect(a.nodes.n2.shape).toEqual([32]);
    expect(a.nodes.n3.params).toBe(32 * 512 + 512);
  });

  it('keeps every other part of the lab shared (edits are cheap to keep for undo)', () => {
    const lab = mlp();
    const r = applyAction(lab, 'setTraining', { epochs: 3 });
    expect(r.lab.training.epochs).toBe(3);
    expect(r.lab.graph).toBe(lab.graph);
    expect(r.lab.training.batchSize).toBe(128);
  });

  it('nextNodeId skips taken ids', () => {
    const lab = mlp();
    expect(nextNodeId(lab.graph)).toBe('n5');
    expect(nextNodeId(lab.graph, new Set(['n5']))).toBe('n6');
  });
});

describe('setLabDescription', () => {
  it('replaces the description (several lines), kept through save and open, undone as one step', async () => {
    const { parseLabText, serializeLab } = await import('../../../src-main/contract/lab.ts');
    const { createHistory, record, undo } = await import('../../../src-renderer/lib/history.ts');
    const lab = mlp();
    expect(lab.description).toMatch(/mnist_mlp/);
    const text = 'Week 3.\nAdd Dropout and compare.';
    let history = createHistory(lab);
    // Typed in quick succession (100 ms apart): one undo step.
    ['W', 'Week 3.', text].forEach((typed, i) => {
      const next = applyAction(history.present, 'setLabDescription', typed).lab;
      history = record(history, next, 'lab-description', 1000 + i * 100);
    });
    expect(history.present.description).toBe(text);
    expect(parseLabText(serializeLab(history.present), 'x').description).toBe(text);
    expect(undo(history).present.description).toBe(lab.description);
  });
});
