import { describe, expect, it } from 'vitest';
import {
  applyTrial,
  expandGrid,
  GridSpecSchema,
  kindSelector,
  namesSelector,
  paramValues,
  selectLayers,
  trialLabel,
} from '../../../src-main/contract/grid.ts';
import { sequential } from '../../../src-main/contract/graph.ts';
import { LAB_FORMAT, parseLab } from '../../../src-main/contract/lab.ts';
import { assignFolds, kfoldSplit } from '../../../src-main/engine/folds.ts';
import { meanStd } from '../../../src-main/store/grid-store.ts';
import { courseLayers } from '../../helpers/labs.ts';

const lab = parseLab({
  format: LAB_FORMAT,
  version: 1,
  graph: sequential([
    { kind: 'Input', params: { shape: [4] } },
    { kind: 'Dense', params: { units: 8, activation: 'relu' } },
    { kind: 'Dropout', params: { rate: 0.5 } },
    { kind: 'Conv2D' },
  ]),
  training: { epochs: 2 },
});

describe('grid expansion', () => {
  it('3 x 3 values give 9 trials in a stable order', () => {
    const spec = GridSpecSchema.parse({
      params: [
        { path: 'layers.dropout.rate', values: [0.3, 0.5, 0.7] },
        { path: 'layers.dense.kernelRegularizer.l2', values: [0.001, 0.01, 0.1] },
      ],
    });
    const trials = expandGrid(spec);
    expect(trials).toHaveLength(9);
    expect(trials[0]).toEqual({
      'layers.dropout.rate': 0.3,
      'layers.dense.kernelRegularizer.l2': 0.001,
    });
    expect(trials[8]).toEqual({
      'layers.dropout.rate': 0.7,
      'layers.dense.kernelRegularizer.l2': 0.1,
    });
    expect(new Set(trials.map((t) => JSON.stringify(t))).size).toBe(9);
    expect(spec).toMatchObject({
      evaluation: { kind: 'kfold', folds: 3, stratified: true },
      rankBy: 'val_accuracy',
      refit: true,
      search: { kind: 'grid' },
    });
  });

  it('ranges in linear and log steps include both ends', () => {
    expect(
      paramValues({
        path: 'training.learningRate',
        range: { from: 0.0001, to: 0.1, steps: 4, scale: 'log' },
      }),
    ).toEqual([0.0001, 0.001, 0.01, 0.1]);
    expect(
      paramValues({
        path: 'layers.dense.units',
        range: { from: 16, to: 64, steps: 3, scale: 'linear' },
      }),
    ).toEqual([16, 40, 64]);
  });

  it('random search draws a budget of trials from the space, reproducibly', () => {
    const spec = GridSpecSchema.parse({
      params: [
        { path: 'training.learningRate', range: { from: 0.0001, to: 0.1, steps: 2, scale: 'log' } },
        { path: 'training.optimizer', values: ['adam', 'sgd'] },
      ],
      search: { kind: 'random', trials: 20, seed: 3 },
    });
    const a = expandGrid(spec);
    expect(a).toHaveLength(20);
    expect(a).toEqual(expandGrid(spec));
    for (const t of a) {
      expect(t['training.learningRate']).toBeGreaterThanOrEqual(0.0001);
      expect(t['training.learningRate']).toBeLessThanOrEqual(0.1);
    }
    expect(new Set(a.map((t) => t['training.optimizer']))).toEqual(new Set(['adam', 'sgd']));
  });

  it('refuses a malformed grid', () => {
    expect(GridSpecSchema.safeParse({ params: [{ path: 'dropout', values: [1] }] }).success).toBe(
      false,
    );
    expect(GridSpecSchema.safeParse({ params: [{ path: 'training.epochs' }] }).success).toBe(false);
    expect(GridSpecSchema.safeParse({ params: [] }).success).toBe(false);
  });
});

describe('applying a trial to a lab', () => {
  it('sets layer parameters, regularizer strengths and training settings', () => {
    const out = applyTrial(lab, {
      'layers.dropout.rate': 0.3,
      'layers.dense.kernelRegularizer.l2': 0.01,
      'training.learningRate': 0.1,
      'layers.conv2d.kernelSize': 5,
      'training.augmentation': true,
    });
    expect(out.graph.nodes[2].params).toEqual({ rate: 0.3 });
    expect(out.graph.nodes[1].params).toMatchObject({
      kernelRegularizer: { kind: 'l2', l1: 0, l2: 0.01 },
    });
    expect(out.graph.nodes[3].params).toMatchObject({ kernelSize: [5, 5] });
    expect(out.training.learningRate).toBe(0.1);
    expect(out.training.augmentation).toMatchObject({ rotationRange: 10, fillMode: 'nearest' });
    expect(lab.graph.nodes[2].params).toEqual({ rate: 0.5 }); // the base lab is untouched
    expect(trialLabel({ 'layers.dropout.rate': 0.3, 'training.learningRate': 0.1 })).toBe(
      'dropout.rate=0.3, learningRate=0.1',
    );
  });

  it.each([
    [{ 'layers.nope.rate': 0.3 }, "the model has no layer named 'nope'"],
    [{ 'layers.dropout.units': 3 }, 'a Dropout layer has no such parameter'],
    [{ 'training.shuffle': false }, 'cannot be swept'],
    [{ 'training.optimizer': 'adamw' }, 'training.optimizer takes adam, rmsprop, sgd'],
    [
      { 'layers.dense.kernelRegularizer': 0.1 },
      "Sweep a regularizer's strength as layers.dense.kernelRegularizer.l1 or .l2",
    ],
  ])('refuses %j: %s', (trial, message) => {
    expect(() => applyTrial(lab, trial as never)).toThrow(message);
  });
});

/** The course's network: two hidden Dense layers with Dropout after each, and a Dense output. */
const course = parseLab({
  format: LAB_FORMAT,
  version: 1,
  graph: sequential(courseLayers([784], 64, 10)),
});
const ratesOf = (l: typeof course) =>
  l.graph.nodes.filter((n) => n.kind === 'Dropout').map((n) => (n.params as { rate: number }).rate);
const l2Of = (l: typeof course) =>
  l.graph.nodes
    .filter((n) => n.kind === 'Dense')
    .map((n) => (n.params as { kernelRegularizer: { l2: number } | null }).kernelRegularizer?.l2);

describe('one sweep driving several layers', () => {
  const spec = GridSpecSchema.parse({
    params: [
      { path: 'layers.*Dropout.rate', values: [0.3, 0.5, 0.7] },
      { path: 'layers.dense+dense_1.kernelRegularizer.l2', values: [0.001, 0.01, 0.1] },
    ],
  });

  it("the course's dropout x L2 search on two hidden layers is 9 settings, not 81", () => {
    const trials = expandGrid(spec);
    expect(trials).toHaveLength(9);
    for (const trial of trials) {
      const out = applyTrial(course, trial);
      // Both Dropout layers take the trial's rate; both hidden Dense its L2; the output none.
      expect(ratesOf(out)).toEqual([trial['layers.*Dropout.rate'], trial['layers.*Dropout.rate']]);
      const l2 = trial['layers.dense+dense_1.kernelRegularizer.l2'];
      expect(l2Of(out)).toEqual([l2, l2, undefined]);
    }
    expect(trialLabel(trials[1])).toBe(
      'every Dropout.rate=0.3, dense+dense_1.kernelRegularizer.l2=0.01',
    );
  });

  it('every layer of a kind includes the output Dense', () => {
    const out = applyTrial(course, { 'layers.*Dense.kernelRegularizer.l2': 0.01 });
    expect(l2Of(out)).toEqual([0.01, 0.01, 0.01]);
  });

  it('selects layers by name, by kind or as a list, the exact name first', () => {
    const names = (s: string) => {
      const r = selectLayers(course.graph.nodes, s);
      return 'problem' in r ? r.problem : r.layers.map((n) => n.name);
    };
    expect(names('dropout_1')).toEqual(['dropout_1']);
    expect(names('*Dropout')).toEqual(['dropout', 'dropout_1']);
    expect(names('dense_1+dense')).toEqual(['dense', 'dense_1']);
    expect(names('*Conv2D')).toBe('the model has no Conv2D layer');
    expect(names('*Dropuot')).toMatch(/^'Dropuot' is not a layer kind/);
    expect(names('dense+nope')).toBe("the model has no layer named 'nope'");
    expect(names('dense+dense')).toBe("'dense+dense' names a layer twice");
    // A layer named like a selector (saved before selectors existed) is still that layer.
    const odd = {
      ...course,
      graph: {
        ...course.graph,
        nodes: course.graph.nodes.map((n) => (n.name === 'dense' ? { ...n, name: 'a+b' } : n)),
      },
    };
    expect(selectLayers(odd.graph.nodes, 'a+b')).toMatchObject({ layers: [{ name: 'a+b' }] });
    expect(namesSelector(['dense', 'dense_1'])).toBe('dense+dense_1');
    expect(kindSelector('Dropout')).toBe('*Dropout');
  });

  it.each([
    [
      { 'layers.*Conv2D.filters': 8 },
      'The grid sweeps layers.*Conv2D.filters, but the model has no Conv2D layer.',
    ],
    [
      { 'layers.dropout.rate': 0.3, 'layers.*Dropout.rate': 0.5 },
      'The grid sweeps dropout.rate twice, in layers.dropout.rate and in layers.*Dropout.rate',
    ],
    [{ 'layers.*Dropout.rate': 1.5 }, 'layers.dropout.rate'],
  ])('refuses %j: %s', (trial, message) => {
    expect(() => applyTrial(course, trial as never)).toThrow(message);
  });

  it('a grid saved before selectors opens and runs as it did', () => {
    const old = parseLab({
      format: LAB_FORMAT,
      version: 1,
      graph: course.graph,
      grid: { params: [{ path: 'layers.dropout_1.rate', values: [0.2, 0.4] }] },
    });
    expect(old.grid!.params[0].path).toBe('layers.dropout_1.rate');
    expect(ratesOf(applyTrial(old, expandGrid(old.grid!)[0]))).toEqual([0.5, 0.2]);
  });
});

describe('k-fold splits', () => {
  const labels = Int32Array.from({ length: 100 }, (_, i) => (i < 70 ? 0 : i < 90 ? 1 : 2));

  it('folds are disjoint and cover every example exactly once', () => {
    const seen = new Int32Array(labels.length);
    for (let f = 0; f < 3; f++) {
      const { train, validation } = kfoldSplit(labels, 3, f, true, 0);
      expect(train.length + validation.length).toBe(100);
      const inTrain = new Set(train);
      for (const v of validation) {
        expect(inTrain.has(v)).toBe(false);
        seen[v] += 1;
      }
    }
    expect(Array.from(seen).every((n) => n === 1)).toBe(true);
  });

  it('stratified folds keep each class within one example of its even share', () => {
    const folds = assignFolds(labels, 3, true, 7);
    for (const [cls, total] of [
      [0, 70],
      [1, 20],
      [2, 10],
    ]) {
      for (let f = 0; f < 3; f++) {
        let n = 0;
        for (let i = 0; i < labels.length; i++) if (labels[i] === cls && folds[i] === f) n++;
        expect(Math.abs(n - total / 3)).toBeLessThanOrEqual(1);
      }
    }
  });

  it('shuffles with the seed, and non-stratified folds still balance sizes', () => {
    expect(Array.from(assignFolds(labels, 3, true, 1))).not.toEqual(
      Array.from(assignFolds(labels, 3, true, 2)),
    );
    expect(Array.from(assignFolds(labels, 3, true, 1))).toEqual(
      Array.from(assignFolds(labels, 3, true, 1)),
    );
    const plain = assignFolds(labels, 4, false, 0);
    for (let f = 0; f < 4; f++) expect(plain.filter((x) => x === f).length).toBe(25);
  });

  it('mean and population std, as GridSearchCV reports them', () => {
    expect(meanStd([0.9, 0.8, 0.7]).mean).toBeCloseTo(0.8, 12);
    expect(meanStd([0.9, 0.8, 0.7]).std).toBeCloseTo(Math.sqrt(0.02 / 3), 12);
  });
});
