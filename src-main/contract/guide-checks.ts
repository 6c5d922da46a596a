/**
 * The checks of a guided lab (contract/guide.ts), evaluated on the student's runs: pure, so the
 * service, the CLI and tests share it. Each result says what the check asks and what was found, in
 * sentences a student reads next to the step.
 */
import type { CheckResult, GridStatus, RunStatus } from './api.ts';
import type { Check, Guide, RunFilter } from './guide.ts';
import type { LabFile } from './lab.ts';
import { layerPath, layersBrief, pyFloat, regularizationText } from './lab-words.ts';
import type { LayerKind, Regularizer } from './layers.ts';
import { effectiveLearningRate, type EpochMetrics, type Monitor } from './training.ts';
import { analyzeGraph, fmtCount } from './validate.ts';

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

/** "with Dropout, L2 and a learning rate of at most 0.01"; '' for an empty filter. */
export function filterWords(where: RunFilter): string {
  const parts: string[] = [];
  if (where.layers?.length) parts.push(where.layers.join(' and '));
  if (where.regularizer === 'l1') parts.push('L1');
  if (where.regularizer === 'l2') parts.push('L2');
  if (where.regularizer === 'any') parts.push('L1 or L2');
  if (where.learningRateAtLeast !== undefined)
    parts.push(`a learning rate of at least ${pyFloat(where.learningRateAtLeast)}`);
  if (where.learningRateAtMost !== undefined)
    parts.push(`a learning rate of at most ${pyFloat(where.learningRateAtMost)}`);
  if (where.shuffleLabels) parts.push('shuffled labels');
  if (where.augmentation) parts.push('data augmentation');
  if (where.labelSmoothingAtLeast !== undefined)
    parts.push(`label smoothing of at least ${pyFloat(where.labelSmoothingAtLeast)}`);
  if (where.earlyStopping) parts.push('early stopping');
  if (where.paramsAtLeast !== undefined)
    parts.push(`at least ${fmtCount(where.paramsAtLeast)} parameters`);
  if (where.paramsAtMost !== undefined)
    parts.push(`at most ${fmtCount(where.paramsAtMost)} parameters`);
  const without: string[] = [...(where.withoutLayers ?? [])];
  if (where.regularizer === 'none') without.push('a weight penalty');
  if (where.shuffleLabels === false) without.push('shuffled labels');
  if (where.augmentation === false) without.push('augmentation');
  if (where.earlyStopping === false) without.push('early stopping');
  const list = (xs: string[]) =>
    xs.length > 1 ? `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}` : (xs[0] ?? '');
  return [
    parts.length ? `with ${list(parts)}` : '',
    without.length ? `without ${list(without)}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

const withWords = (where: RunFilter) => {
  const w = filterWords(where);
  return w ? ` ${w}` : '';
};

/** "Run 'lab 3' (Dense 512-512-10 · L2 0.002 on 2 layers)". */
export function runWords(run: CheckRun): string {
  const nodes = layerPath(run.lab.graph);
  const t = run.lab.training;
  const parts = [...layersBrief(nodes), ...regularizationText(nodes)];
  if (t.learningRate !== null) parts.push(`learning rate ${pyFloat(effectiveLearningRate(t))}`);
  if (t.shuffleLabels) parts.push('shuffled labels');
  if (t.augmentation) parts.push('augmentation');
  if (t.labelSmoothing) parts.push(`label smoothing ${pyFloat(t.labelSmoothing)}`);
  if (t.earlyStopping) parts.push('early stopping');
  return `Run '${run.name}' (${parts.join(' · ')})`;
}

/** The words of what a check asks. */
export function checkLabel(check: Check): string {
  switch (check.kind) {
    case 'overfits':
      return `A run${withWords(check.where)} whose val_loss rises for ${check.epochs} epochs in a row after its minimum`;
    case 'sparsity':
      return `A run${withWords(check.where)} whose ${check.layer ? `layer '${check.layer}'` : 'first layer'} has more than ${pct(check.above)} of its weights at ~0`;
    case 'compared':
      return `${check.runs.length} finished runs compared: ${check.runs
        .map((f) => `one${withWords(f) || ' of any kind'}`)
        .join('; ')}`;
    case 'metric': {
      const bounds = [
        check.above !== undefined ? `above ${fmt(check.above)}` : '',
        check.below !== undefined ? `below ${fmt(check.below)}` : '',
      ].filter(Boolean);
      return `A run${withWords(check.where)} whose ${check.at} ${check.metric} is ${bounds.join(' and ') || 'recorded'}`;
    }
    case 'early-stopped':
      return `A run${withWords(check.where)} that early stopping stopped before its last epoch`;
    case 'grid':
      return `A finished grid with at least ${check.settings} settings of ${check.folds} folds each`;
  }
}

interface Found {
  ok: boolean;
  /** The runs that pass. */
  passed: CheckRun[];
  /** What passes it, or why the best candidate falls short. */
  why: string;
}

function overfits(run: CheckRun, epochs: number): { ok: boolean; why: string } {
  const vals = run.metrics.filter((m) => m.val_loss !== undefined);
  if (!vals.length) return { ok: false, why: `${runWords(run)} has no val_loss (no validation).` };
  const best = vals.reduce((b, m) => (m.val_loss! < b.val_loss! ? m : b));
  const after = vals.filter((m) => m.epoch > best.epoch).length;
  const last = vals.at(-1)!;
  const head = `${runWords(run)}: val_loss lowest at epoch ${best.epoch} (${fmt(best.val_loss!)})`;
  if (after >= epochs)
    return {
      ok: true,
      why: `${head}, then rose for ${after} epochs (${fmt(last.val_loss!)} at epoch ${last.epoch}).`,
    };
  return {
    ok: false,
    why: `${head}, ${after ? `then ${after} ${after === 1 ? 'epoch' : 'epochs'} more` : 'its last epoch'}: it has not risen for ${epochs} epochs yet. Train longer, or a bigger model.`,
  };
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
  const test = (run: CheckRun): { ok: boolean; why: string } => {
    switch (check.kind) {
      case 'overfits':
        return overfits(run, check.epochs);
      case 'sparsity': {
        const s = sparsityOf(run, check.layer);
        if (!s)
          return {
            ok: false,
            why: `${runWords(run)} recorded no weights${check.layer ? ` for layer '${check.layer}'` : ''}: train it again in this version of LayerLab.`,
          };
        const ok = s.sparsity > check.above;
        return {
          ok,
          why: `${runWords(run)}: ${s.layer} has ${pct(s.sparsity)} of its weights at ~0${ok ? '.' : ` (more than ${pct(check.above)} needed).`}`,
        };
      }
      case 'metric': {
        const v = metricValue(run, check.metric, check.at);
        if (v === null) return { ok: false, why: `${runWords(run)} has no ${check.metric}.` };
        const ok =
          (check.above === undefined || v > check.above) &&
          (check.below === undefined || v < check.below);
        return { ok, why: `${runWords(run)}: ${check.at} ${check.metric} ${fmt(v)}.` };
      }
      case 'early-stopped': {
        const stopped =
          run.status === 'early-stopped' ||
          (run.stoppedEpoch !== null && run.stoppedEpoch < run.epochsPlanned);
        return {
          ok: stopped,
          why: stopped
            ? `${runWords(run)}: early stopping stopped it after epoch ${run.stoppedEpoch ?? run.metrics.length} of ${run.epochsPlanned}.`
            : `${runWords(run)} trained all ${run.epochsPlanned} epochs: early stopping did not stop it.`,
        };
      }
    }
  };
  const passed = candidates.filter((r) => test(r).ok);
  if (passed.length) return { ok: true, passed, why: test(passed[0]).why };
  if (!candidates.length)
    return { ok: false, passed, why: `No finished run${withWords(check.where)} yet: train one.` };
  // The latest candidate says why it falls short.
  return { ok: false, passed, why: test(candidates[0]).why };
}

function evaluateCheck(check: Check, runs: CheckRun[], grids: CheckGrid[]): Found {
  if (check.kind === 'grid') {
    const ok = grids.filter(
      (g) => g.status === 'completed' && g.settingsDone >= check.settings && g.folds >= check.folds,
    );
    if (ok.length)
      return {
        ok: true,
        passed: [],
        why: `Grid '${ok[0].name}' finished ${ok[0].settingsDone} settings of ${ok[0].folds} folds.`,
      };
    const g = grids[0];
    return {
      ok: false,
      passed: [],
      why: g
        ? `Grid '${g.name}' is ${g.status} with ${g.settingsDone} settings of ${g.folds} folds done: run the grid to the end.`
        : 'No grid of this lab yet: press "Run grid".',
    };
  }
  if (check.kind === 'compared') {
    const found = assign(check.runs, runs.filter(isFinished));
    if (found) return { ok: true, passed: found, why: `${found.map(runWords).join('; ')}.` };
    const missing = check.runs.find((f) => !runs.some((r) => isFinished(r) && matchesFilter(r, f)));
    return {
      ok: false,
      passed: [],
      why: missing
        ? `No finished run${withWords(missing) || ''} yet: train one.`
        : 'The same run cannot stand for two of these: train one run for each.',
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
      return {
        stepId: step.id,
        index,
        passed: found.ok,
        label: checkLabel(check),
        sentence: found.why,
        runIds: found.passed.map((r) => r.id),
      };
    }),
  );
}
