import { describe, expect, it } from 'vitest';
import type { LabFile } from '../../../src-main/contract/lab.ts';
import {
  copyClip,
  type ActionName,
  type ActionPayload,
} from '../../../src-renderer/lib/actions.ts';
import { createHistory } from '../../../src-renderer/lib/history.ts';
import { edit, redoEdit, undoEdit, type Doc } from '../../../src-renderer/lib/lab-history.ts';
import { lockTitle } from '../../../src-renderer/lib/locks.ts';
import { TEMPLATES } from '../../../src-renderer/lib/templates.ts';

/** Two moons (input n0, dense n1, dense_1 n2, dense_2 n3) with a guide locking the lot. */
function lockedLab(): LabFile {
  const lab = TEMPLATES.moons.make();
  return {
    ...lab,
    training: { ...lab.training, seed: 7 },
    guide: {
      id: 'lab-test',
      topic: null,
      minutes: null,
      author: 'Ms. Ada',
      steps: [
        {
          id: 'step-1',
          title: 'Start',
          text: '',
          questions: [],
          checks: [],
          setup: { training: { ...lab.training, epochs: 5, seed: 1 } },
        },
      ],
      locks: { dataset: true, training: ['seed', 'epochs'], layers: ['n1'], structure: false },
      fingerprint: null,
    },
  };
}

const start = (lab = lockedLab()) => createHistory<Doc>({ lab, path: null });

function attempt<A extends ActionName>(
  name: A,
  payload: ActionPayload<A>,
  teacher = false,
  lab = lockedLab(),
) {
  return edit(start(lab), name, payload, { teacher });
}

const withStructure = (): LabFile => {
  const lab = lockedLab();
  return { ...lab, guide: { ...lab.guide!, locks: { ...lab.guide!.locks, structure: true } } };
};

const clip = copyClip(lockedLab(), ['n1'])!;

// Every way an edit reaches a locked part: [what, action, payload, lab].
const REFUSED: [string, ActionName, unknown, (() => LabFile)?][] = [
  ['a locked layer param', 'setParam', { nodeId: 'n1', name: 'units', value: 8 }],
  ['a locked layer name', 'renameLayer', { nodeId: 'n1', name: 'wide' }],
  ['deleting a locked layer (Delete key, cut)', 'deleteItems', { nodeIds: ['n1'] }],
  ['a connection of a locked layer', 'deleteItems', { nodeIds: [], edgeIds: ['e1-n1-n2'] }],
  ['rewiring into a locked layer', 'connect', { source: 'n0', target: 'n2' }],
  ['splicing a layer next to a locked one', 'addLayer', { kind: 'Dropout', after: 'n1' }],
  ['moving a locked layer down its chain', 'reorder', { nodeId: 'n1', direction: 'down' }],
  ['the dataset', 'setDataset', { kind: 'synthetic', shape: 'spirals', samples: 600, noise: 0.2 }],
  ['the seed', 'setTraining', { seed: 8 }],
  ['the epochs', 'setTraining', { epochs: 500 }],
  ['the guide', 'setStep', { stepId: 'step-1', title: 'Mine' }],
  ['a lock', 'setLock', { target: { kind: 'dataset' }, locked: false }],
  [
    'a grid sweep of a locked setting',
    'addSweep',
    { param: { path: 'training.epochs', values: [1, 2] } },
  ],
  [
    'a grid sweep of a locked layer',
    'addSweep',
    { param: { path: 'layers.dense.units', values: [4, 8] } },
  ],
  [
    'adding a layer (structure)',
    'addLayer',
    { kind: 'Dense', position: { x: 500, y: 0 } },
    withStructure,
  ],
  ['pasting layers (structure)', 'paste', { clip }, withStructure],
  ['duplicating (structure)', 'duplicate', { nodeIds: ['n2'] }, withStructure],
  ['deleting an unlocked layer (structure)', 'deleteItems', { nodeIds: ['n2'] }, withStructure],
  ['a new connection (structure)', 'connect', { source: 'n0', target: 'n3' }, withStructure],
];

describe('locks in student mode', () => {
  it.each(REFUSED)(
    'refuse %s, with a sentence, leaving the history as it was',
    (_, name, payload, make) => {
      const h = start(make?.());
      const moved = edit(h, name, payload as never, { teacher: false });
      expect(moved.refused).toMatch(
        /locked by the lab \(Ms\. Ada\)|the lab locks \(Ms\. Ada\)|teacher mode/,
      );
      expect(moved.history).toBe(h);
    },
  );

  it.each(REFUSED)('allow %s in teacher mode', (_, name, payload, make) => {
    const moved = edit(start(make?.()), name, payload as never, { teacher: true });
    expect(moved.refused).toBeNull();
    expect(moved.history.past).toHaveLength(1);
  });

  it('let unlocked things edit: other layers, settings, and moving a locked layer on the canvas', () => {
    for (const [name, payload] of [
      ['setParam', { nodeId: 'n2', name: 'units', value: 8 }],
      ['setTraining', { learningRate: 0.1 }],
      ['moveNodes', { positions: { n1: { x: 400, y: 40 } } }],
      ['addLayer', { kind: 'Dropout', after: 'n2' }],
      ['addSweep', { param: { path: 'training.learningRate', values: [0.01, 0.1] } }],
      ['setLabName', 'My moons'],
    ] as const) {
      const moved = attempt(name, payload as never);
      expect(moved.refused, name).toBeNull();
      expect(moved.history.past, name).toHaveLength(1);
    }
  });

  it("let the lab's own setup through, and its undo", () => {
    const h = start();
    const own = { ...h.present.lab, training: { ...h.present.lab.training, epochs: 5, seed: 1 } };
    const set = { ...h, past: [h.present], present: { lab: own, path: null, own: true } };
    expect(undoEdit(set, false).refused).toBeNull();
    expect(undoEdit(set, false).history.present.lab).toBe(h.present.lab);
  });

  it('refuse an undo or redo that would change a locked part made in teacher mode', () => {
    const taught = edit(
      start(),
      'setParam',
      { nodeId: 'n1', name: 'units', value: 8 },
      { teacher: true },
    );
    const undone = undoEdit(taught.history, false);
    expect(undone.refused).toMatch(/Layer dense is locked/);
    expect(undone.history).toBe(taught.history);
    const back = undoEdit(taught.history, true).history;
    expect(redoEdit(back, false).refused).toMatch(/Layer dense is locked/);
    expect(redoEdit(back, true).history.present.lab).toBe(taught.history.present.lab);
  });

  it('name who locked a field and why', () => {
    expect(lockTitle(lockedLab().guide, { kind: 'training', key: 'seed' })).toBe(
      'Locked by the lab (Ms. Ada): the lesson compares runs from the same seed.',
    );
  });
});

describe("the lab's own setup", () => {
  it('goes past the locks as one step, and its undo too', () => {
    const h = start();
    const setup = h.present.lab.guide!.steps[0].setup!;
    const moved = edit(h, 'setUpStep', { setup }, { teacher: false });
    expect(moved.refused).toBeNull();
    expect(moved.history.present.lab.training).toMatchObject({ epochs: 5, seed: 1 });
    const back = undoEdit(moved.history, false);
    expect(back.refused).toBeNull();
    expect(back.history.present.lab).toBe(h.present.lab);
  });
});

describe('teacher mode', () => {
  it("drops a removed layer's lock, so a new layer with its id is not locked", () => {
    const teach = { teacher: true };
    const locked = edit(
      start(),
      'setLock',
      { target: { kind: 'layer', id: 'n3' }, locked: true },
      teach,
    );
    const gone = edit(locked.history, 'deleteItems', { nodeIds: ['n3'] }, teach);
    expect(gone.history.present.lab.guide!.locks.layers).toEqual(['n1']);
    const added = edit(
      gone.history,
      'addLayer',
      { kind: 'Dense', after: 'n2' },
      { teacher: false },
    );
    expect(added.selection).toEqual(['n3']);
    const edited = edit(
      added.history,
      'setParam',
      { nodeId: 'n3', name: 'units', value: 3 },
      { teacher: false },
    );
    expect(edited.refused).toBeNull();
  });
});
