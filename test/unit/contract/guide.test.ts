import { describe, expect, it } from 'vitest';
import { GRAPH_VERSION, sequential } from '../../../src-main/contract/graph.ts';
import { canonicalJson, labFingerprint } from '../../../src-main/contract/guide.ts';
import { LAB_FORMAT, LAB_VERSION, parseLab, type LabFile } from '../../../src-main/contract/lab.ts';

function guidedLab(): LabFile {
  const graph = sequential([
    { kind: 'Input', params: { shape: [2] } },
    { kind: 'Dense', params: { units: 8, activation: 'relu' } },
    { kind: 'Dense', params: { units: 1, activation: 'sigmoid' } },
  ]);
  return parseLab({
    format: LAB_FORMAT,
    version: LAB_VERSION,
    name: 'Moons',
    graph: { ...graph, version: GRAPH_VERSION },
    dataset: { kind: 'synthetic', shape: 'moons' },
    training: { loss: 'binary_crossentropy', epochs: 5, seed: 1 },
    guide: {
      id: 'test.moons',
      steps: [
        {
          id: 'one',
          title: 'Train it',
          text: 'Press **Train**.',
          questions: [{ kind: 'number', id: 'best', prompt: 'Best epoch?' }],
          checks: [{ kind: 'overfits' }],
          setup: { graph: { ...graph, version: GRAPH_VERSION } },
        },
      ],
      locks: { dataset: true, training: ['seed', 'epochs'], layers: [graph.nodes[1].id] },
    },
  });
}

describe('guided labs', () => {
  it('parses a guide with its defaults and step setups, and an empty work', () => {
    const lab = guidedLab();
    expect(lab.guide?.steps[0].checks[0]).toEqual({ kind: 'overfits', epochs: 3, where: {} });
    expect(lab.guide?.steps[0].setup?.graph?.nodes).toHaveLength(3);
    expect(lab.guide?.locks.structure).toBe(false);
    expect(lab.work).toEqual({ student: '', answers: {}, done: [] });
    const plain = parseLab({ ...lab, guide: undefined, work: undefined });
    expect(plain.guide).toBeNull();
  });

  it('names the step whose setup graph is broken', () => {
    const lab = guidedLab() as unknown as { guide: { steps: { setup: unknown }[] } };
    lab.guide.steps[0].setup = { graph: { format: 'layerlab-graph', version: 1, nodes: 3 } };
    expect(() => parseLab(lab, 'moons.layerlab.json')).toThrow(
      /moons\.layerlab\.json, step "Train it"/,
    );
  });

  it('fingerprints the locked parts only, whatever the key order', () => {
    const lab = guidedLab();
    const print = labFingerprint(lab);
    expect(print).toMatch(/^[0-9a-f]{64}$/);
    // Unlocked edits and answers leave it alone.
    const unlocked = structuredClone(lab);
    unlocked.training.batchSize = 64;
    unlocked.work.answers['one/best'] = 4;
    unlocked.graph.nodes[2].position = { x: 10, y: 10 };
    expect(labFingerprint(unlocked)).toBe(print);
    const reordered = parseLab(JSON.parse(canonicalJson(lab)));
    expect(labFingerprint(reordered)).toBe(print);
    // A locked value, a locked layer or the locks themselves change it.
    const seed = structuredClone(lab);
    seed.training.seed = 2;
    expect(labFingerprint(seed)).not.toBe(print);
    const layer = structuredClone(lab);
    (layer.graph.nodes[1].params as { units: number }).units = 9;
    expect(labFingerprint(layer)).not.toBe(print);
    const unlockedByHand = structuredClone(lab);
    unlockedByHand.guide!.locks.training = ['epochs'];
    expect(labFingerprint(unlockedByHand)).not.toBe(print);
    const check = structuredClone(lab);
    check.guide!.steps[0].checks = [];
    expect(labFingerprint(check)).not.toBe(print);
  });
});
