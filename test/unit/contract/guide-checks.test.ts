import { describe, expect, it } from 'vitest';
import type { RunStatus } from '../../../src-main/contract/api.ts';
import { GRAPH_VERSION, sequential } from '../../../src-main/contract/graph.ts';
import {
  evaluateChecks,
  filterWords,
  matchesFilter,
  type CheckGrid,
  type CheckRun,
} from '../../../src-main/contract/guide-checks.ts';
import { CheckSchema, type Check, type Guide } from '../../../src-main/contract/guide.ts';
import { LAB_FORMAT, LAB_VERSION, parseLab } from '../../../src-main/contract/lab.ts';
import type { TrainingConfigInput } from '../../../src-main/contract/training.ts';

type Layer = { kind: 'Dense' | 'Dropout'; params: Record<string, unknown> };
const dense = (units: number, extra: Record<string, unknown> = {}): Layer => ({
  kind: 'Dense',
  params: { units, activation: 'relu', ...extra },
});

function lab(hidden: Layer[], training: TrainingConfigInput = {}) {
  const graph = sequential([
    { kind: 'Input', params: { shape: [2] } },
    ...hidden,
    { kind: 'Dense', params: { units: 2, activation: 'softmax' } },
  ]);
  return parseLab({
    format: LAB_FORMAT,
    version: LAB_VERSION,
    name: 'Moons',
    graph: { ...graph, version: GRAPH_VERSION },
    dataset: { kind: 'synthetic', shape: 'moons' },
    training: { epochs: 10, ...training },
  });
}

/** A run whose val_loss follows `valLoss` (accuracy 1 - loss/2, val_accuracy 1 - val_loss/2). */
function run(
  id: string,
  valLoss: number[],
  options: {
    hidden?: Layer[];
    training?: TrainingConfigInput;
    status?: RunStatus;
    sparsity?: number[];
    stoppedEpoch?: number;
    loss?: number[];
  } = {},
): CheckRun {
  const loss = options.loss ?? valLoss.map((_, i) => 1 / (i + 2));
  return {
    id,
    name: `moons #${id}`,
    status: options.status ?? 'completed',
    lab: lab(options.hidden ?? [dense(16)], options.training),
    metrics: valLoss.map((v, i) => ({
      epoch: i + 1,
      loss: loss[i],
      accuracy: 1 - loss[i] / 2,
      val_loss: v,
      val_accuracy: 1 - v / 2,
      regularization_loss: 0,
      seconds: 0.1,
    })),
    stoppedEpoch: options.stoppedEpoch ?? null,
    epochsPlanned: options.training?.epochs ?? 10,
    totalParams: 0,
    sparsity: options.sparsity
      ? options.sparsity.map((s, i) => ({ layer: i ? `dense_${i}` : 'dense', sparsity: s }))
      : null,
  };
}

function guide(...checks: unknown[]): Guide {
  return {
    id: 'test.lab',
    topic: null,
    minutes: null,
    author: '',
    locks: { dataset: false, training: [], layers: [], structure: false },
    fingerprint: null,
    steps: [
      {
        id: 'one',
        title: 'One',
        text: '',
        questions: [],
        checks: checks.map((c) => CheckSchema.parse(c)) as Check[],
        setup: null,
      },
    ],
  };
}

const one = (check: unknown, runs: CheckRun[], grids: CheckGrid[] = []) =>
  evaluateChecks(guide(check), runs, grids)[0];

const rising = [0.5, 0.4, 0.3, 0.35, 0.4, 0.45, 0.5];
const falling = [0.5, 0.4, 0.3, 0.28, 0.27, 0.26, 0.25];

describe('guide checks', () => {
  it('overfits: val_loss above its minimum for N epochs after it', () => {
    const pass = one({ kind: 'overfits', epochs: 3 }, [run('a', rising)]);
    expect(pass.passed).toBe(true);
    expect(pass.runIds).toEqual(['a']);
    expect(pass.label).toBe('A run whose val_loss rises for 3 epochs in a row after its minimum');
    expect(pass.sentence).toBe(
      "Run 'moons #a' (Dense 16-2): val_loss lowest at epoch 3 (0.30), then rose for 4 epochs (0.50 at epoch 7).",
    );
    const fail = one({ kind: 'overfits', epochs: 3 }, [run('b', falling)]);
    expect(fail.passed).toBe(false);
    expect(fail.sentence).toBe(
      "Run 'moons #b' (Dense 16-2): val_loss lowest at epoch 7 (0.25), its last epoch: it has not risen for 3 epochs yet. Train longer, or a bigger model.",
    );
    // Exactly enough epochs after the minimum, then too few.
    expect(one({ kind: 'overfits', epochs: 4 }, [run('a', rising)]).passed).toBe(true);
    expect(one({ kind: 'overfits', epochs: 5 }, [run('a', rising)]).passed).toBe(false);
  });

  it('takes only finished runs that match the filter', () => {
    const check = { kind: 'overfits', where: { layers: ['Dropout'] } };
    const plain = run('a', rising);
    const stopped = run('b', rising, {
      hidden: [dense(16), { kind: 'Dropout', params: { rate: 0.5 } }],
      status: 'stopped',
    });
    const none = one(check, [plain, stopped]);
    expect(none.passed).toBe(false);
    expect(none.label).toBe(
      'A run with Dropout whose val_loss rises for 3 epochs in a row after its minimum',
    );
    expect(none.sentence).toBe('No finished run with Dropout yet: train one.');
    // The same as a code and its parameters, for the renderer to word in the student's language.
    expect(none.message).toEqual({ code: 'no-run', params: { where: { layers: ['Dropout'] } } });
    expect(none.labelMessage).toEqual({
      code: 'overfits',
      params: { where: { layers: ['Dropout'] }, epochs: 3 },
    });
    const dropout = run('c', rising, {
      hidden: [dense(16), { kind: 'Dropout', params: { rate: 0.5 } }],
    });
    expect(one(check, [plain, stopped, dropout]).runIds).toEqual(['c']);
  });

  it('sparsity: the first weight layer, or a named one, above a fraction at ~0', () => {
    const l1 = { kernelRegularizer: { kind: 'l1', l1: 0.001, l2: 0 } };
    const check = { kind: 'sparsity', above: 0.5, where: { regularizer: 'l1' } };
    const sparse = run('a', falling, { hidden: [dense(16, l1)], sparsity: [0.8, 0.1] });
    const dense_ = run('b', falling, { hidden: [dense(16, l1)], sparsity: [0.2, 0.9] });
    const result = one(check, [sparse]);
    expect(result.passed).toBe(true);
    expect(result.label).toBe(
      'A run with L1 whose first layer has more than 50% of its weights at ~0',
    );
    expect(result.sentence).toBe(
      "Run 'moons #a' (Dense 16-2 · L1 0.001 on dense): dense has 80% of its weights at ~0.",
    );
    const fail = one(check, [dense_]);
    expect(fail.passed).toBe(false);
    expect(fail.sentence).toMatch(/dense has 20% of its weights at ~0 \(more than 50% needed\)/);
    expect(one({ ...check, layer: 'dense_1' }, [dense_]).passed).toBe(true);
    // Without L1 it does not count; without insights it says so.
    expect(one(check, [run('c', falling, { sparsity: [0.9] })]).passed).toBe(false);
    expect(one(check, [run('d', falling, { hidden: [dense(16, l1)] })]).sentence).toMatch(
      /recorded no weights/,
    );
  });

  it('compared: one different finished run per filter', () => {
    const check = {
      kind: 'compared',
      runs: [{ paramsAtMost: 1000 }, { paramsAtLeast: 1000 }],
    };
    const small = run('s', falling, { hidden: [dense(4)] });
    const big = run('b', falling, { hidden: [dense(512)] });
    const both = one(check, [small, big]);
    expect(both.passed).toBe(true);
    expect(both.runIds).toEqual(['s', 'b']);
    expect(both.label).toBe(
      '2 finished runs compared: one with at most 1,000 parameters; one with at least 1,000 parameters',
    );
    const onlySmall = one(check, [small]);
    expect(onlySmall.passed).toBe(false);
    expect(onlySmall.sentence).toBe(
      'No finished run with at least 1,000 parameters yet: train one.',
    );
    // One run cannot stand for two empty filters.
    const twoAny = one({ kind: 'compared', runs: [{}, {}] }, [small]);
    expect(twoAny.passed).toBe(false);
    expect(twoAny.sentence).toMatch(/cannot stand for two/);
    expect(one({ kind: 'compared', runs: [{}, {}] }, [small, big]).passed).toBe(true);
  });

  it('metric: best or last value against bounds', () => {
    const r = run('a', rising);
    expect(one({ kind: 'metric', metric: 'val_loss', below: 0.31 }, [r]).passed).toBe(true);
    expect(one({ kind: 'metric', metric: 'val_loss', at: 'last', below: 0.31 }, [r]).passed).toBe(
      false,
    );
    const acc = one({ kind: 'metric', metric: 'val_accuracy', above: 0.9 }, [r]);
    expect(acc.passed).toBe(false);
    expect(acc.sentence).toBe("Run 'moons #a' (Dense 16-2): best val_accuracy 0.85.");
    expect(acc.message).toMatchObject({
      code: 'metric',
      params: { run: { name: 'moons #a', layers: ['Dense 16-2'] }, value: '0.85' },
    });
    expect(acc.label).toBe('A run whose best val_accuracy is above 0.90');
  });

  it('early-stopped: stopped before the last planned epoch', () => {
    const es = { earlyStopping: { patience: 2 }, epochs: 20 };
    const stopped = run('a', rising, { training: es, status: 'early-stopped', stoppedEpoch: 7 });
    const result = one({ kind: 'early-stopped', where: { earlyStopping: true } }, [stopped]);
    expect(result.passed).toBe(true);
    expect(result.sentence).toMatch(/stopped it after epoch 7 of 20/);
    const full = run('b', falling, { training: es });
    expect(one({ kind: 'early-stopped' }, [full]).sentence).toMatch(/trained all 20 epochs/);
  });

  it('grid: a completed grid with enough settings and folds', () => {
    const grid = (status: CheckGrid['status'], settingsDone: number): CheckGrid => ({
      id: 'g',
      name: 'grid 1',
      status,
      settingsDone,
      folds: 3,
    });
    const check = { kind: 'grid', settings: 4, folds: 3 };
    expect(one(check, [], [grid('completed', 4)]).passed).toBe(true);
    expect(one(check, [], [grid('stopped', 2)]).sentence).toMatch(/stopped with 2 settings/);
    expect(one(check, [], []).sentence).toBe('No grid of this lab yet: press "Run grid".');
    expect(one({ ...check, folds: 5 }, [], [grid('completed', 4)]).passed).toBe(false);
  });

  it('filters: regularizers, learning rate, shuffled labels, augmentation, smoothing', () => {
    const l2 = run('a', falling, {
      hidden: [dense(16, { kernelRegularizer: { kind: 'l2', l1: 0, l2: 0.01 } })],
      training: { optimizer: 'sgd', learningRate: 1, shuffleLabels: true, labelSmoothing: 0.1 },
    });
    expect(matchesFilter(l2, { regularizer: 'l2' })).toBe(true);
    expect(matchesFilter(l2, { regularizer: 'l1' })).toBe(false);
    expect(matchesFilter(l2, { regularizer: 'none' })).toBe(false);
    expect(matchesFilter(l2, { learningRateAtLeast: 1 })).toBe(true);
    expect(matchesFilter(l2, { learningRateAtMost: 0.1 })).toBe(false);
    expect(matchesFilter(l2, { shuffleLabels: true, labelSmoothingAtLeast: 0.1 })).toBe(true);
    expect(matchesFilter(l2, { augmentation: true })).toBe(false);
    // The default learning rate is the optimizer's.
    expect(matchesFilter(run('b', falling), { learningRateAtMost: 0.001 })).toBe(true);
    expect(
      filterWords({
        layers: ['Dropout'],
        regularizer: 'l2',
        withoutLayers: ['BatchNormalization'],
      }),
    ).toBe('with Dropout and L2 without BatchNormalization');
  });

  it('gives one result per check of every step, in order', () => {
    const results = evaluateChecks(guide({ kind: 'overfits' }, { kind: 'early-stopped' }), [], []);
    expect(results.map((r) => [r.stepId, r.index, r.passed])).toEqual([
      ['one', 0, false],
      ['one', 1, false],
    ]);
  });
});
