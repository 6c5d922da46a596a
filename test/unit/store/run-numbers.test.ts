import { describe, expect, it } from 'vitest';
import { sequential } from '../../../src-main/contract/graph.ts';
import { LAB_FORMAT, parseLab } from '../../../src-main/contract/lab.ts';
import type { TrainerPort } from '../../../src-main/engine/protocol.ts';
import { RunManager } from '../../../src-main/engine/run-manager.ts';
import { RunStore } from '../../../src-main/store/run-store.ts';

const lab = parseLab({
  format: LAB_FORMAT,
  version: 1,
  name: 'Moons',
  graph: sequential([
    { kind: 'Input', params: { shape: [2] } },
    { kind: 'Dense', params: { units: 2, activation: 'softmax' } },
  ]),
  dataset: { kind: 'synthetic', shape: 'moons' },
});

/** A trainer that never answers: the run is recorded and named, and nothing trains. */
function silentTrainer(): TrainerPort {
  const exits: ((problem: string | null) => void)[] = [];
  return {
    send: () => {},
    onMessage: () => {},
    onExit: (listener) => void exits.push(listener),
    kill: () => exits.splice(0).forEach((listener) => listener(null)),
  };
}

describe('run numbers', () => {
  it("count the runs the list shows: a grid's folds use up no number, its refit does", () => {
    const store = new RunStore(':memory:');
    store.createRun({ id: 'a', name: 'Moons #1', lab, datasetId: 'synthetic:moons' });
    for (const fold of [0, 1, 2])
      store.createRun({
        id: `fold${fold}`,
        name: `fold ${fold}`,
        lab,
        datasetId: 'synthetic:moons',
        tags: { gridId: 'g', trial: 0, fold },
      });
    expect(store.countRuns()).toBe(1);
    store.createRun({
      id: 'refit',
      name: 'refit',
      lab,
      datasetId: 'synthetic:moons',
      tags: { gridId: 'g', trial: 0, fold: -2 },
    });
    expect(store.countRuns()).toBe(store.listRuns().length);
    expect(store.countRuns()).toBe(2);

    const runs = new RunManager({ store, dataDirs: [], spawnTrainer: silentTrainer });
    const { runId } = runs.startRun({ lab });
    expect(store.listRuns().find((r) => r.id === runId)).toMatchObject({
      name: 'Moons #3',
      // Known from the graph before the trainer starts, so a training row shows it at once.
      totalParams: 6,
    });
    runs.killAll();
    store.close();
  });
});
