import { describe, expect, it } from 'vitest';
import { GridSpecSchema } from '../../../src-main/contract/grid.ts';
import { parseLab, type LabFile } from '../../../src-main/contract/lab.ts';
import { applyAction } from '../../../src-renderer/lib/actions.ts';
import { createHistory, record, redo, undo } from '../../../src-renderer/lib/history.ts';
import {
  checkRange,
  formatValue,
  gridCounts,
  gridProblems,
  parseValues,
  type Parsed,
} from '../../../src-renderer/lib/grid-spec.ts';
import { TEMPLATES } from '../../../src-renderer/lib/templates.ts';

const moons = () => TEMPLATES.moons.make(); // input dense dense_1 dense_2
const units = { path: 'layers.dense.units', values: [32, 64, 128] };
const lr = {
  path: 'training.learningRate',
  range: { from: 0.0001, to: 0.1, steps: 4, scale: 'log' as const },
};
const swept = (...params: (typeof units | typeof lr)[]) =>
  params.reduce<LabFile>((lab, param) => applyAction(lab, 'addSweep', { param }).lab, moons());

describe('grid actions', () => {
  it('the first sweep makes a grid with GridSearchCV-like defaults: 3 stratified folds, refit', () => {
    const lab = swept(units);
    expect(lab.grid).toEqual({
      params: [units],
      search: { kind: 'grid' },
      evaluation: { kind: 'kfold', folds: 3, stratified: true, seed: 0 },
      rankBy: 'val_accuracy',
      refit: true,
      parallel: null,
    });
  });

  it('adds each setting once, and at most four', () => {
    const lab = swept(units, lr);
    expect(applyAction(lab, 'addSweep', { param: units }).lab).toBe(lab);
    let full = lab;
    for (const path of ['training.batchSize', 'training.epochs', 'training.optimizer'])
      full = applyAction(full, 'addSweep', { param: { path, values: [1, 2] } }).lab;
    expect(full.grid!.params.map((p) => p.path)).toEqual([
      'layers.dense.units',
      'training.learningRate',
      'training.batchSize',
      'training.epochs',
    ]);
  });

  it('removing the last sweep removes the grid (a lab file has no empty grid)', () => {
    const lab = applyAction(swept(units, lr), 'removeSweep', { path: units.path }).lab;
    expect(lab.grid!.params.map((p) => p.path)).toEqual([lr.path]);
    expect(applyAction(lab, 'removeSweep', { path: lr.path }).lab.grid).toBeNull();
  });

  it('leaves the lab as it was when an edit would make the grid invalid', () => {
    const lab = swept(units);
    expect(applyAction(lab, 'setSweep', { param: { path: units.path, values: [] } }).lab).toBe(lab);
    expect(
      applyAction(lab, 'setGrid', {
        evaluation: { kind: 'kfold', folds: 1, stratified: true, seed: 0 },
      }).lab,
    ).toBe(lab);
    const changed = applyAction(lab, 'setGrid', {
      evaluation: { kind: 'kfold', folds: 2, stratified: false, seed: 0 },
    }).lab;
    expect(changed.grid!.evaluation).toEqual({
      kind: 'kfold',
      folds: 2,
      stratified: false,
      seed: 0,
    });
  });

  it('switches a sweep between a list and a range, keeping the rest of the lab', () => {
    const lab = swept(units, lr);
    const next = applyAction(lab, 'setSweep', {
      param: { path: lr.path, values: [0.001, 0.01] },
    }).lab;
    expect(next.grid!.params[1]).toEqual({ path: lr.path, values: [0.001, 0.01] });
    expect(next.graph).toBe(lab.graph);
    expect(next.training).toBe(lab.training);
  });

  it('a renamed layer keeps its sweeps; a name no path can hold leaves them', () => {
    const lab = swept(units, lr);
    const id = lab.graph.nodes.find((n) => n.name === 'dense')!.id;
    const renamed = applyAction(lab, 'renameLayer', { nodeId: id, name: 'hidden' }).lab;
    expect(renamed.grid!.params.map((p) => p.path)).toEqual(['layers.hidden.units', lr.path]);
    const dotted = applyAction(lab, 'renameLayer', { nodeId: id, name: 'a.b' }).lab;
    expect(dotted.grid!.params[0].path).toBe('layers.dense.units');
    expect(gridProblems(dotted)[0]).toMatch(/no layer named 'dense'/);
  });

  it('every grid the actions make is one the lab file schema accepts, and survives save and open', () => {
    const lab = applyAction(swept(units, lr), 'setGrid', {
      search: { kind: 'random', trials: 5, seed: 3 },
      rankBy: 'val_loss',
    }).lab;
    expect(GridSpecSchema.safeParse(lab.grid).success).toBe(true);
    expect(parseLab(JSON.parse(JSON.stringify(lab))).grid).toEqual(lab.grid);
  });

  it('undo and redo step through grid edits like any other edit', () => {
    let h = createHistory({ lab: moons(), path: null as string | null });
    h = record(h, {
      lab: applyAction(h.present.lab, 'addSweep', { param: units }).lab,
      path: null,
    });
    h = record(h, { lab: applyAction(h.present.lab, 'setGrid', { refit: false }).lab, path: null });
    expect(h.present.lab.grid!.refit).toBe(false);
    h = undo(h);
    expect(h.present.lab.grid!.refit).toBe(true);
    h = undo(h);
    expect(h.present.lab.grid).toBeNull();
    h = redo(h);
    expect(h.present.lab.grid!.params).toEqual([units]);
  });
});

const ok = <T>(p: Parsed<T>) => (p.ok ? p.value : p.message);

describe('parseValues', () => {
  const rate = { type: 'number', integer: false, min: 0, max: 1, maxExclusive: true } as const;
  const int = { type: 'number', integer: true, min: 1 } as const;
  it.each([
    ['0.3, 0.5, 0.7', rate, [0.3, 0.5, 0.7]],
    ['0.3 0.5;0.7,', rate, [0.3, 0.5, 0.7]],
    ['1e-3, 1e-2', rate, [0.001, 0.01]],
    ['Adam, sgd', { type: 'enum', options: ['adam', 'rmsprop', 'sgd'] } as const, ['adam', 'sgd']],
    ['off, on', { type: 'bool' } as const, [false, true]],
  ])('%j', (text, kind, values) => {
    expect(ok(parseValues(text, kind, 'x'))).toEqual(values);
  });

  it.each([
    ['', rate, /at least one value/],
    ['0.3, abc', rate, /'abc' is not a number/],
    ['0.5, 1', rate, /rate must be less than 1, not 1/],
    ['16, 32.5', int, /whole numbers, not 32.5/],
    ['0.3, 0.3', rate, /0.3 is listed twice/],
    [
      'nadam',
      { type: 'enum', options: ['adam', 'sgd'] } as const,
      /'nadam' is not one of adam, sgd/,
    ],
  ])('rejects %j with a sentence', (text, kind, message) => {
    expect(ok(parseValues(text, kind, 'rate'))).toMatch(message);
  });
});

describe('checkRange', () => {
  const lrKind = { type: 'number', integer: false, min: 0, minExclusive: true } as const;
  it('accepts a log range of positive ends', () => {
    expect(
      checkRange({ from: 0.0001, to: 0.1, steps: 4, scale: 'log' }, lrKind, 'learning rate'),
    ).toBeNull();
  });
  it.each([
    [
      { from: 0, to: 0.1, steps: 4, scale: 'log' as const },
      lrKind,
      /log range needs positive ends/,
    ],
    [{ from: 0.1, to: 0.1, steps: 3, scale: 'linear' as const }, lrKind, /make the ends differ/],
    [
      { from: 10, to: 20, steps: 4, scale: 'linear' as const },
      { type: 'number', integer: true, min: 1 } as const,
      /whole numbers, not 13.33/,
    ],
    [{ from: 0.1, to: 1, steps: 1, scale: 'linear' as const }, lrKind, /2 to 50 steps/],
  ])('%j', (range, kind, message) => {
    expect(checkRange(range, kind, 'units')).toMatch(message);
  });
});

describe('counts and problems', () => {
  it('counts trials, fold runs and the refit as the runner will', () => {
    const lab = applyAction(swept(units, lr), 'setGrid', {
      evaluation: { kind: 'kfold', folds: 2, stratified: true, seed: 0 },
    }).lab;
    expect(gridCounts(lab.grid!)).toEqual({ trials: 12, foldRuns: 24, folds: 2, refit: true });
    const random = applyAction(lab, 'setGrid', {
      search: { kind: 'random', trials: 7, seed: 0 },
      evaluation: { kind: 'holdout', fraction: 0.2 },
    }).lab;
    expect(gridCounts(random.grid!)).toEqual({ trials: 7, foldRuns: 7, folds: 1, refit: true });
  });

  it('names the setting that breaks the model before the grid runs', () => {
    const cnn = TEMPLATES.cnn.make();
    const lab = applyAction(cnn, 'addSweep', {
      param: { path: 'layers.conv2d_1.kernelSize', values: [3, 30] },
    }).lab;
    const [problem] = gridProblems(lab);
    expect(problem).toMatch(/^The setting conv2d_1.kernelSize=30 makes the model invalid/);
    expect(
      gridProblems(
        applyAction(lab, 'setSweep', {
          param: { path: 'layers.conv2d_1.kernelSize', values: [3, 5] },
        }).lab,
      ),
    ).toEqual([]);
  });
});

describe('formatValue', () => {
  it.each([
    [0.0001, '0.0001'],
    [0.00001, '1e-5'],
    [0.000046416, '4.642e-5'],
    [0.1 + 0.2, '0.3'],
    [128, '128'],
    [true, 'true'],
    ['adam', 'adam'],
  ])('%j -> %s', (v, text) => {
    expect(formatValue(v)).toBe(text);
  });
});
