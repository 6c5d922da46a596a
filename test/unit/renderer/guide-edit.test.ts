import { describe, expect, it } from 'vitest';
import { labFingerprint, type Guide } from '../../../src-main/contract/guide.ts';
import { parseLab, serializeLab, type LabFile } from '../../../src-main/contract/lab.ts';
import { applyAction } from '../../../src-renderer/lib/actions.ts';
import { forStudents, lockedPartsChanged } from '../../../src-renderer/lib/guide-edit.ts';
import { TEMPLATES } from '../../../src-renderer/lib/templates.ts';

const guided = (): LabFile =>
  applyAction(TEMPLATES.moons.make(), 'createGuide', { id: 'lab-t' }).lab;
const guide = (lab: LabFile): Guide => lab.guide!;
const steps = (lab: LabFile) => guide(lab).steps.map((s) => `${s.id}:${s.title}`);

describe('guide editing actions', () => {
  it('create a guide with one step, once', () => {
    const lab = guided();
    expect(guide(lab).id).toBe('lab-t');
    expect(steps(lab)).toEqual(['step-1:Step 1']);
    expect(applyAction(lab, 'createGuide', { id: 'other' }).lab).toBe(lab);
  });

  it('add, reorder, retitle and remove steps', () => {
    let lab = applyAction(guided(), 'addStep', {}).lab;
    lab = applyAction(lab, 'addStep', { after: 'step-1' }).lab;
    expect(steps(lab)).toEqual(['step-1:Step 1', 'step-3:Step 3', 'step-2:Step 2']);
    lab = applyAction(lab, 'moveStep', { stepId: 'step-2', by: -1 }).lab;
    expect(steps(lab)).toEqual(['step-1:Step 1', 'step-2:Step 2', 'step-3:Step 3']);
    expect(applyAction(lab, 'moveStep', { stepId: 'step-1', by: -1 }).lab).toBe(lab);
    lab = applyAction(lab, 'setStep', {
      stepId: 'step-2',
      title: 'Overfit it',
      text: '**Train**',
    }).lab;
    expect(
      applyAction(lab, 'setStep', { stepId: 'step-2', title: ' ' }).lab.guide!.steps[1].title,
    ).toBe('Overfit it');
    lab = applyAction(lab, 'removeStep', { stepId: 'step-1' }).lab;
    expect(steps(lab)).toEqual(['step-2:Overfit it', 'step-3:Step 3']);
    expect(guide(lab).steps[0].text).toBe('**Train**');
    expect(applyAction(lab, 'removeStep', { stepId: 'nope' }).lab).toBe(lab);
  });

  it('add, edit and remove questions of each kind and checks of each kind', () => {
    let lab = guided();
    for (const kind of ['text', 'choice', 'number'] as const)
      lab = applyAction(lab, 'addQuestion', { stepId: 'step-1', kind }).lab;
    const [, choice] = guide(lab).steps[0].questions;
    expect(choice).toMatchObject({ id: 'q2', kind: 'choice', choices: ['Yes', 'No'] });
    lab = applyAction(lab, 'setQuestion', {
      stepId: 'step-1',
      question: {
        kind: 'choice',
        id: 'q2',
        prompt: 'Which?',
        choices: ['a', 'b', 'c'],
        correct: 2,
      },
    }).lab;
    lab = applyAction(lab, 'removeQuestion', { stepId: 'step-1', questionId: 'q1' }).lab;
    expect(guide(lab).steps[0].questions.map((q) => `${q.id}:${q.kind}`)).toEqual([
      'q2:choice',
      'q3:number',
    ]);
    for (const kind of [
      'overfits',
      'sparsity',
      'compared',
      'metric',
      'early-stopped',
      'grid',
    ] as const)
      lab = applyAction(lab, 'addCheck', { stepId: 'step-1', kind }).lab;
    lab = applyAction(lab, 'setCheck', {
      stepId: 'step-1',
      index: 0,
      check: { kind: 'overfits', epochs: 4, where: { regularizer: 'none' } },
    }).lab;
    lab = applyAction(lab, 'removeCheck', { stepId: 'step-1', index: 5 }).lab;
    expect(guide(lab).steps[0].checks.map((c) => c.kind)).toEqual([
      'overfits',
      'sparsity',
      'compared',
      'metric',
      'early-stopped',
    ]);
    // What the editor makes, a lab file keeps.
    expect(parseLab(JSON.parse(serializeLab(lab))).guide).toEqual(guide(lab));
  });

  it("use the current model as a step's setup, and clear it", () => {
    const lab = applyAction(guided(), 'setStepSetup', { stepId: 'step-1', use: true }).lab;
    expect(guide(lab).steps[0].setup).toEqual({
      graph: lab.graph,
      training: lab.training,
      dataset: lab.dataset,
    });
    expect(
      applyAction(lab, 'setStepSetup', { stepId: 'step-1', use: false }).lab.guide!.steps[0].setup,
    ).toBeNull();
  });

  it('lock and unlock parts; locking an unset seed sets it', () => {
    let lab = guided();
    expect(lab.training.seed).toBeNull();
    expect(
      applyAction(lab, 'setLock', { target: { kind: 'training', key: 'seed' }, locked: true }).lab,
    ).toBe(lab);
    lab = applyAction(lab, 'setLock', {
      target: { kind: 'training', key: 'seed' },
      locked: true,
      seed: 1,
    }).lab;
    lab = applyAction(lab, 'setLock', { target: { kind: 'layer', id: 'n1' }, locked: true }).lab;
    lab = applyAction(lab, 'setLock', { target: { kind: 'dataset' }, locked: true }).lab;
    expect(lab.training.seed).toBe(1);
    expect(guide(lab).locks).toEqual({
      dataset: true,
      training: ['seed'],
      layers: ['n1'],
      structure: false,
    });
    lab = applyAction(lab, 'setLock', { target: { kind: 'layer', id: 'n1' }, locked: false }).lab;
    expect(guide(lab).locks.layers).toEqual([]);
  });

  it('save for students: the fingerprint of the locked parts, no answers; a hand edit shows', () => {
    const lab = applyAction(guided(), 'setLock', {
      target: { kind: 'layer', id: 'n1' },
      locked: true,
    }).lab;
    const ready = forStudents({
      ...lab,
      work: { student: 'me', answers: { 'step-1/q1': 'x' }, done: [] },
    });
    expect(ready.work).toEqual({ student: '', answers: {}, done: [] });
    expect(guide(ready).fingerprint).toBe(labFingerprint(ready));
    expect(lockedPartsChanged(ready)).toBe(false);
    const unlocked = {
      ...ready,
      guide: { ...guide(ready), locks: { ...guide(ready).locks, layers: [] } },
    };
    expect(lockedPartsChanged(unlocked)).toBe(true);
    expect(lockedPartsChanged(lab)).toBe(false);
  });

  it("puts a locked value into the steps' setups, so Set up this step keeps the fingerprint", () => {
    let lab = applyAction(guided(), 'setStepSetup', { stepId: 'step-1', use: true }).lab;
    lab = applyAction(lab, 'setParam', { nodeId: 'n1', name: 'units', value: 8 }).lab;
    lab = applyAction(lab, 'setLock', {
      target: { kind: 'training', key: 'seed' },
      locked: true,
      seed: 3,
    }).lab;
    lab = applyAction(lab, 'setLock', { target: { kind: 'layer', id: 'n1' }, locked: true }).lab;
    const setup = guide(lab).steps[0].setup!;
    expect(setup.training?.seed).toBe(3);
    expect(setup.graph?.nodes.find((n) => n.id === 'n1')?.params).toMatchObject({ units: 8 });
    // A locked value changed after locking reaches the setup when saved for students.
    lab = applyAction(lab, 'setTraining', { seed: 4 }).lab;
    const ready = forStudents(lab);
    expect(guide(ready).steps[0].setup!.training?.seed).toBe(4);
    const setUp = applyAction(ready, 'setUpStep', { setup: guide(ready).steps[0].setup! }).lab;
    expect(lockedPartsChanged(setUp)).toBe(false);
  });
});
