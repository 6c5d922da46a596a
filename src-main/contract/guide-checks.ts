/**
 * The checks of a guided lab (contract/guide.ts), evaluated on the student's runs: pure, so the
 * service, the CLI and tests share it. Each result says what the check asks and what was found, as
 * messages each side words in its language (contract/check-words.ts) and as English sentences.
 */
import type { CheckResult, GridStatus, RunStatus } from './api.ts';
import {
  checkLabelText,
  checkText,
  type CheckLabelMessage,
  type CheckMessage,
  type RunRef,
} from './check-words.ts';
import type { Check, Guide, RunFilter } from './guide.ts';
import type { LabFile } from './lab.ts';
import { layerPath, layersBrief, penalties, pyFloat } from './lab-words.ts';
import type { LayerKind, Regularizer } from './layers.ts';
import { effectiveLearningRate, type EpochMetrics, type Monitor } from './training.ts';
import { analyzeGraph } from './validate.ts';

/** One run of the lab, as the checks read it. */
export interface CheckRun {
  id: string;
  name: string;
  status: RunStatus;
  lab: LabFile;
  metrics: EpochMetrics[];
  stoppedEpoch: number | null;
  epochsPlanned: number;
  totalParams: number;
  /** Each weight layer's sparsity at the last recorded epoch, in model order; null without insights. */
  sparsity: { layer: string; sparsity: number }[] | null;
}

/** One grid of the lab: its settings that finished every fold. */
export interface CheckGrid {
  id: string;
  name: string;
  status: GridStatus;
  settingsDone: number;
  /** Folds per setting (1 for a holdout split). */
  folds: number;
}

const FINISHED: readonly RunStatus[] = ['completed', 'early-stopped'];
const isFinished = (run: CheckRun) => FINISHED.includes(run.status);

const fmt = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(0) : x.toPrecision(2));
const pct = (x: number) => `${(x * 100).toFixed(x > 0.999 || x < 0.001 ? 1 : 0)}%`;

function regularizers(lab: LabFile): Regularizer[] {
  return lab.graph.nodes
    .map((n) => (n.params as { kernelRegularizer?: Regularizer | null }).kernelRegularizer)
    .filter((r): r is Regularizer => !!r);
}

function paramsOf(run: CheckRun): number {
  return run.totalParams || analyzeGraph(run.lab.graph).totalParams;
}

/** Whether a run matches every condition of the filter. */
export function matchesFilter(run: CheckRun, where: RunFilter): boolean {
  const t = run.lab.training;
  const kinds = new Set<LayerKind>(run.lab.graph.nodes.map((n) => n.kind));
  const regs = regularizers(run.lab);
  const l1 = regs.some((r) => r.l1 > 0);
  const l2 = regs.some((r) => r.l2 > 0);
  const lr = effectiveLearningRate(t);
  if (where.layers && !where.layers.every((k) => kinds.has(k))) return false;
  if (where.withoutLayers && where.withoutLayers.some((k) => kinds.has(k))) return false;
  if (where.regularizer === 'l1' && !l1) return false;
  if (where.regularizer === 'l2' && !l2) return false;
  if (where.regularizer === 'any' && !(l1 || l2)) return false;
  if (where.regularizer === 'none' && (l1 || l2)) return false;
  if (where.learningRateAtLeast !== undefined && lr < where.learningRateAtLeast) return false;
  if (where.learningRateAtMost !== undefined && lr > where.learningRateAtMost) return false;
  if (where.shuffleLabels !== undefined && t.shuffleLabels !== where.shuffleLabels) return false;
  if (where.augmentation !== undefined && !!t.augmentation !== where.augmentation) return false;
  if (where.labelSmoothingAtLeast !== undefined && t.labelSmoothing < where.labelSmoothingAtLeast)
    return false;
  if (where.earlyStopping !== undefined && !!t.earlyStopping !== where.earlyStopping) return false;
  if (where.paramsAtLeast !== undefined && paramsOf(run) < where.paramsAtLeast) return false;
  if (where.paramsAtMost !== undefined && paramsOf(run) > where.paramsAtMost) return false;
  return true;
}

export { filterWords } from './check-words.ts';

/** The run as the sentences describe it. */
export function runRef(run: CheckRun): RunRef {
  const nodes = layerPath(run.lab.graph);
  const t = run.lab.training;
  return {
    name: run.name,
    layers: layersBrief(nodes, 'en'),
    penalties: penalties(nodes),
    learningRate: t.learningRate !== null ? pyFloat(effectiveLearningRate(t)) : null,
    shuffleLabels: t.shuffleLabels,
    augmentation: !!t.augmentation,
    labelSmoothing: t.labelSmoothing ? pyFloat(t.labelSmoothing) : null,
    earlyStopping: !!t.earlyStopping,
  };
}

/** What a check asks, as a message. */
export function checkLabelMessage(check: Check): CheckLabelMessage {
  switch (check.kind) {
    case 'overfits':
      return { code: 'overfits', params: { where: check.where, epochs: check.epochs } };
    case 'sparsity':
      return {
        code: 'sparsity',
        params: { where: check.where, layer: check.layer, above: pct(check.above) },
      };
    case 'compared':
      return { code: 'compared', params: { runs: check.runs } };
    case 'metric':
      return {
        code: 'metric',
        params: {
          where: check.where,
          at: check.at,
          metric: check.metric,
          above: check.above !== undefined ? fmt(check.above) : null,
          below: check.below !== undefined ? fmt(check.below) : null,
        },
      };
    case 'early-stopped':
      return { code: 'early-stopped', params: { where: check.where } };
    case 'grid':
      return { code: 'grid', params: { settings: check.settings, folds: check.folds } };
  }
}

/** The words of what a check asks, in English. */
export const checkLabel = (check: Check): string => checkLabelText(checkLabelMessage(check));

interface Found {
  ok: boolean;
  /** The runs that pass. */
  passed: CheckRun[];
  /** What passes it, or why the best candidate falls short. */
  why: CheckMessage;
}
type Tested = { ok: boolean; why: CheckMessage };

function overfits(run: CheckRun, epochs: number): Tested {
  const vals = run.metrics.filter((m) => m.val_loss !== undefined);
  const ref = runRef(run);
  if (!vals.length) return { ok: false, why: { code: 'no-val-loss', params: { run: ref } } };
  const best = vals.reduce((b, m) => (m.val_loss! < b.val_loss! ? m : b));
  const after = vals.filter((m) => m.epoch > best.epoch).length;
  const last = vals.at(-1)!;
  const head = { run: ref, best: best.epoch, bestValue: fmt(best.val_loss!) };
  if (after >= epochs)
    return {
      ok: true,
      why: {
        code: 'overfit',
        params: { ...head, rose: after, last: fmt(last.val_loss!), lastEpoch: last.epoch },
      },
    };
  return { ok: false, why: { code: 'not-overfit-yet', params: { ...head, after, epochs } } };
}

function sparsityOf(
  run: CheckRun,
  layer: string | null,
): { layer: string; sparsity: number } | null {
  if (!run.sparsity?.length) return null;
  return layer ? (run.sparsity.find((s) => s.layer === layer) ?? null) : run.sparsity[0];
}

function metricValue(run: CheckRun, metric: Monitor, at: 'best' | 'last'): number | null {
  const values = run.metrics.map((m) => m[metric]).filter((v): v is number => v !== undefined);
  if (!values.length) return null;
  if (at === 'last') return values.at(-1)!;
  return metric.endsWith('loss') ? Math.min(...values) : Math.max(...values);
}

/** A run matching each filter, all different (a small matching, filters in order). */
function assign(
  filters: RunFilter[],
  runs: CheckRun[],
  used = new Set<string>(),
): CheckRun[] | null {
  if (!filters.length) return [];
  for (const run of runs) {
    if (used.has(run.id) || !matchesFilter(run, filters[0])) continue;
    used.add(run.id);
    const rest = assign(filters.slice(1), runs, used);
    used.delete(run.id);
    if (rest) return [run, ...rest];
  }
  return null;
}

function evaluateRuns(
  check: Exclude<Check, { kind: 'grid' | 'compared' }>,
  runs: CheckRun[],
): Found {
  const candidates = runs.filter((r) => isFinished(r) && matchesFilter(r, check.where));
  const test = (run: CheckRun): Tested => {
    switch (check.kind) {
      case 'overfits':
        return overfits(run, check.epochs);
      case 'sparsity': {
        const s = sparsityOf(run, check.layer);
        if (!s)
          return {
            ok: false,
            why: { code: 'no-weights', params: { run: runRef(run), layer: check.layer } },
          };
        const ok = s.sparsity > check.above;
        return {
          ok,
          why: {
            code: 'sparsity',
            params: {
              run: runRef(run),
              layer: s.layer,
              sparsity: pct(s.sparsity),
              needed: ok ? null : pct(check.above),
            },
          },
        };
      }
      case 'metric': {
        const v = metricValue(run, check.metric, check.at);
        const { metric, at } = check;
        if (v === null)
          return { ok: false, why: { code: 'no-metric', params: { run: runRef(run), metric } } };
        const ok =
          (check.above === undefined || v > check.above) &&
          (check.below === undefined || v < check.below);
        return {
          ok,
          why: { code: 'metric', params: { run: runRef(run), at, metric, value: fmt(v) } },
        };
      }
      case 'early-stopped': {
        const stopped =
          run.status === 'early-stopped' ||
          (run.stoppedEpoch !== null && run.stoppedEpoch < run.epochsPlanned);
        const planned = run.epochsPlanned;
        return {
          ok: stopped,
          why: stopped
            ? {
                code: 'early-stopped',
                params: {
                  run: runRef(run),
                  epoch: run.stoppedEpoch ?? run.metrics.length,
                  planned,
                },
              }
            : { code: 'not-early-stopped', params: { run: runRef(run), planned } },
        };
      }
    }
  };
  const passed = candidates.filter((r) => test(r).ok);
  if (passed.length) return { ok: true, passed, why: test(passed[0]).why };
  if (!candidates.length)
    return { ok: false, passed, why: { code: 'no-run', params: { where: check.where } } };
  // The latest candidate says why it falls short.
  return { ok: false, passed, why: test(candidates[0]).why };
}

function evaluateCheck(check: Check, runs: CheckRun[], grids: CheckGrid[]): Found {
  if (check.kind === 'grid') {
    const ok = grids.filter(
      (g) => g.status === 'completed' && g.settingsDone >= check.settings && g.folds >= check.folds,
    );
    const done = ok[0] ?? grids[0];
    if (!done) return { ok: false, passed: [], why: { code: 'no-grid', params: {} } };
    const params = { name: done.name, settings: done.settingsDone, folds: done.folds };
    return {
      ok: ok.length > 0,
      passed: [],
      why: ok.length
        ? { code: 'grid-done', params }
        : { code: 'grid-unfinished', params: { ...params, status: done.status } },
    };
  }
  if (check.kind === 'compared') {
    const found = assign(check.runs, runs.filter(isFinished));
    if (found)
      return {
        ok: true,
        passed: found,
        why: { code: 'compared', params: { runs: found.map(runRef) } },
      };
    const missing = check.runs.find((f) => !runs.some((r) => isFinished(r) && matchesFilter(r, f)));
    return {
      ok: false,
      passed: [],
      why: missing
        ? { code: 'no-run', params: { where: missing } }
        : { code: 'same-run', params: {} },
    };
  }
  return evaluateRuns(check, runs);
}

/**
 * Every check of every step, in order. `runs`: the lab's runs (same `guide.id`), newest first, grid
 * fold runs left out; `grids`: the lab's grids, newest first.
 */
export function evaluateChecks(guide: Guide, runs: CheckRun[], grids: CheckGrid[]): CheckResult[] {
  return guide.steps.flatMap((step) =>
    step.checks.map((check, index) => {
      const found = evaluateCheck(check, runs, grids);
      const labelMessage = checkLabelMessage(check);
      return {
        stepId: step.id,
        index,
        passed: found.ok,
        label: checkLabelText(labelMessage),
        sentence: checkText(found.why),
        labelMessage,
        message: found.why,
        runIds: found.passed.map((r) => r.id),
      };
    }),
  );
}
