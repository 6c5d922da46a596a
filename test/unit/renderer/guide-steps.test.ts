import { describe, expect, it } from 'vitest';
import type { CheckResult, LibraryEntry } from '../../../src-main/contract/api.ts';
import {
  emptyWork,
  type Guide,
  type Question,
  type Step,
} from '../../../src-main/contract/guide.ts';
import { parseLab, serializeLab } from '../../../src-main/contract/lab.ts';
import { applyAction } from '../../../src-renderer/lib/actions.ts';
import {
  answerOf,
  answeredCount,
  checksByStep,
  clampStep,
  firstOpenStep,
  librarySections,
  minutesText,
  searchLibrary,
  stepCheckState,
  withAnswer,
  withDone,
} from '../../../src-renderer/lib/guide-steps.ts';
import { setupLab, setupNotice } from '../../../src-renderer/lib/step-setup.ts';
import { TEMPLATES } from '../../../src-renderer/lib/templates.ts';

const text: Question = { kind: 'text', id: 'why', prompt: 'Why?' };
const choice: Question = {
  kind: 'choice',
  id: 'which',
  prompt: 'Which?',
  choices: ['a', 'b'],
  correct: 1,
};
const number: Question = { kind: 'number', id: 'epoch', prompt: 'When?', unit: 'epochs' };
const step = (id: string, extra: Partial<Step> = {}): Step => ({
  id,
  title: `Step ${id}`,
  text: '',
  questions: [],
  checks: [],
  setup: null,
  ...extra,
});
const s1 = step('s1', { questions: [text, choice, number] });
const s2 = step('s2', {
  checks: [
    { kind: 'early-stopped', where: {} },
    { kind: 'grid', settings: 2, folds: 3 },
  ],
});
const s3 = step('s3');
const guide: Guide = {
  id: 'g',
  topic: 'dropout',
  minutes: 10,
  author: '',
  steps: [s1, s2, s3],
  locks: { dataset: false, training: [], layers: [], structure: false },
  fingerprint: null,
};

describe('step navigation', () => {
  it('keeps the step within the guide', () => {
    expect(clampStep(guide, -3)).toBe(0);
    expect(clampStep(guide, 1)).toBe(1);
    expect(clampStep(guide, 9)).toBe(2);
    expect(clampStep(guide, Number.NaN)).toBe(0);
  });

  it('opens at the first step not ticked, the last when all are', () => {
    expect(firstOpenStep(guide, emptyWork())).toBe(0);
    expect(firstOpenStep(guide, { ...emptyWork(), done: ['s1'] })).toBe(1);
    expect(firstOpenStep(guide, { ...emptyWork(), done: ['s1', 's3'] })).toBe(1);
    expect(firstOpenStep(guide, { ...emptyWork(), done: ['s3', 's2', 's1'] })).toBe(2);
  });

  it('ticks in the guide order, unticks, and keeps ids of steps no longer there', () => {
    let work = withDone({ ...emptyWork(), done: ['gone'] }, guide, 's3', true);
    work = withDone(work, guide, 's1', true);
    expect(work.done).toEqual(['s1', 's3', 'gone']);
    expect(withDone(work, guide, 's3', false).done).toEqual(['s1', 'gone']);
    expect(withDone(work, guide, 's1', true).done).toEqual(['s1', 's3', 'gone']);
  });
});

describe('answers', () => {
  it('go under answerKey(step, question), typed by the question', () => {
    let work = withAnswer(emptyWork(), s1, text, 'It memorizes');
    work = withAnswer(work, s1, choice, 1);
    work = withAnswer(work, s1, number, 12.5);
    expect(work.answers).toEqual({ 's1/why': 'It memorizes', 's1/which': 1, 's1/epoch': 12.5 });
    expect(answerOf(work, s1, text)).toBe('It memorizes');
    expect(answerOf(work, s1, choice)).toBe(1);
    expect(answerOf(work, s1, number)).toBe(12.5);
    expect(answeredCount(work, s1)).toBe(3);
  });

  it('an emptied field or a non-number removes the answer', () => {
    let work = withAnswer(emptyWork(), s1, text, 'x');
    work = withAnswer(work, s1, number, 3);
    expect(withAnswer(work, s1, text, '').answers).toEqual({ 's1/epoch': 3 });
    expect(withAnswer(work, s1, number, null).answers).toEqual({ 's1/why': 'x' });
    expect(withAnswer(work, s1, number, Number.NaN).answers).toEqual({ 's1/why': 'x' });
    expect(answerOf({ ...work, answers: { 's1/epoch': 'seven' } }, s1, number)).toBeNull();
    expect(answeredCount(emptyWork(), s1)).toBe(0);
  });

  it('travel in the lab file', () => {
    const lab = { ...TEMPLATES.moons.make(), guide, work: withAnswer(emptyWork(), s1, choice, 0) };
    expect(parseLab(JSON.parse(serializeLab(lab))).work.answers).toEqual({ 's1/which': 0 });
  });
});

const result = (stepId: string, index: number, passed: boolean): CheckResult => ({
  stepId,
  index,
  passed,
  label: `check ${index}`,
  sentence: '',
  runIds: passed ? ['r1'] : [],
});

describe('check results', () => {
  it('group by step in the checks order', () => {
    const byStep = checksByStep([
      result('s2', 1, false),
      result('s2', 0, true),
      result('s1', 0, true),
    ]);
    expect(byStep.get('s2')!.map((r) => r.index)).toEqual([0, 1]);
    expect(byStep.get('s1')!.length).toBe(1);
  });

  it("say whether a step's checks all pass", () => {
    expect(stepCheckState(s3, new Map())).toBe('none');
    expect(stepCheckState(s2, new Map())).toBe('unknown');
    expect(stepCheckState(s2, checksByStep([result('s2', 0, true), result('s2', 1, false)]))).toBe(
      'open',
    );
    expect(stepCheckState(s2, checksByStep([result('s2', 0, true)]))).toBe('open');
    expect(stepCheckState(s2, checksByStep([result('s2', 0, true), result('s2', 1, true)]))).toBe(
      'passed',
    );
  });
});

const entry = (
  id: string,
  topic: LibraryEntry['topic'],
  extra: Partial<LibraryEntry> = {},
): LibraryEntry => ({
  id,
  name: id,
  description: '',
  topic,
  minutes: 5,
  quickMinutes: 1,
  steps: 2,
  dataset: 'MNIST',
  ...extra,
});

describe('the library', () => {
  const entries = [
    entry('grid', 'grid-search'),
    entry('l1', 'weight-regularization', { description: 'Sparse weights, then collapse' }),
    entry('moons', 'playground', { dataset: 'Two moons' }),
    entry('l2', 'weight-regularization'),
  ];

  it('is searched by name, description, topic and dataset, every word', () => {
    expect(searchLibrary(entries, '').length).toBe(4);
    expect(searchLibrary(entries, 'COLLAPSE').map((e) => e.id)).toEqual(['l1']);
    expect(searchLibrary(entries, 'l1 and l2').map((e) => e.id)).toEqual(['l1', 'l2']);
    expect(searchLibrary(entries, 'moons').map((e) => e.id)).toEqual(['moons']);
    expect(searchLibrary(entries, 'mnist sparse').map((e) => e.id)).toEqual(['l1']);
    expect(searchLibrary(entries, 'nothing like it')).toEqual([]);
  });

  it("is grouped by topic in the course's order", () => {
    const sections = librarySections(entries);
    expect(sections.map((s) => s.title)).toEqual(['Playground', 'L1 and L2', 'Grid search']);
    expect(sections[1].entries.map((e) => e.id)).toEqual(['l1', 'l2']);
  });

  it('says its minutes in words', () => {
    expect(minutesText(null)).toBe('');
    expect(minutesText(0.3)).toBe('under a minute');
    expect(minutesText(1)).toBe('about 1 minute');
    expect(minutesText(12.4)).toBe('about 12 minutes');
  });
});

describe('Set up this step', () => {
  it('puts the setup in as one edit and says what changed', () => {
    const lab = TEMPLATES.moons.make();
    const graph = structuredClone(lab.graph);
    const dense = graph.nodes.find((n) => n.kind === 'Dense')!;
    (dense.params as { units: number }).units = 77;
    const setup = { graph, training: { ...lab.training, learningRate: 0.5 } };
    const after = applyAction(lab, 'setUpStep', { setup }).lab;
    expect(after.graph).toBe(graph);
    expect(after.training.learningRate).toBe(0.5);
    expect(after.dataset).toBe(lab.dataset);
    const notice = setupNotice('Go big', lab, after);
    expect(notice).toMatch(/^Set up “Go big”: .*77.*0\.5.*Undo puts your lab back\.$/);
  });

  it('changes nothing when the lab is already set up', () => {
    const lab = TEMPLATES.moons.make();
    expect(setupLab(lab, { graph: structuredClone(lab.graph) })).toBe(lab);
    expect(setupNotice('Again', lab, lab)).toBe('“Again” is already set up: nothing changed.');
  });
});
