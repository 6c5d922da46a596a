/**
 * Runs a hyperparameter grid: every (trial, fold) is an ordinary run in its own trainer process,
 * `parallel` at a time. Finished folds are in the run store the moment they finish, so a grid that
 * was killed resumes by running only what is missing. Stop cancels the running folds within a batch.
 */
import { createHash, randomUUID } from 'node:crypto';
import os from 'node:os';
import type { ErrorInfo, GridEvent, GridSummary } from '../contract/api.ts';
import {
  applyTrial,
  expandGrid,
  parseGridSpec,
  trialLab,
  trialLabel,
  type TrialParams,
} from '../contract/grid.ts';
import type { LabFile } from '../contract/lab.ts';
import type { Validation } from '../contract/training.ts';
import type { GridStore } from '../store/grid-store.ts';
import { infoWords, LayerLabError, said, saidInfo, STORE_ERROR_CODES } from '../contract/errors.ts';
import { m } from '../contract/i18n.ts';
import type { Locale } from '../contract/locale.ts';
import { EngineError, logIfInternal, notifyAll } from './errors.ts';
import { checkModelBudget } from './model-budget.ts';
import type { PoolClient } from './pool/pool-client.ts';
import type { RunManager } from './run-manager.ts';

export interface Job {
  trial: number;
  fold: number;
  lab: LabFile;
  name: string;
}

export interface GridOutcome {
  gridId: string;
  status: GridSummary['status'];
}

/** Same lab, data, settings and grid: same key (name and description do not count). */
export function gridKey(lab: LabFile): string {
  const { graph, dataset, training, grid } = lab;
  const strip = { ...graph, nodes: graph.nodes.map(({ position: _p, ...n }) => n) };
  return createHash('sha256')
    .update(JSON.stringify({ graph: strip, dataset, training, grid }))
    .digest('hex');
}

/** Every (trial, fold) run to do, named "<grid> · <trial> · fold 2/5" in `locale`. */
export function jobsOf(
  gridName: string,
  base: LabFile,
  trials: TrialParams[],
  locale: Locale,
): Job[] {
  const spec = base.grid!;
  const jobs: Job[] = [];
  trials.forEach((params, trial) => {
    const { lab, analysis } = trialLab(base, params);
    try {
      checkModelBudget(lab, analysis);
    } catch (e) {
      if (e instanceof EngineError)
        throw new EngineError(
          e.code,
          said('error_grid_trial', { trial: trialLabel(params), detail: e.words }),
        );
      throw e;
    }
    const folds: { fold: number; validation: Validation }[] =
      spec.evaluation.kind === 'kfold'
        ? Array.from({ length: spec.evaluation.folds }, (_, fold) => ({
            fold,
            validation: {
              kind: 'kfold' as const,
              folds: (spec.evaluation as { folds: number }).folds,
              fold,
              stratified: (spec.evaluation as { stratified: boolean }).stratified,
              seed: (spec.evaluation as { seed: number }).seed,
            },
          }))
        : [
            {
              fold: -1,
              validation: { kind: 'split' as const, fraction: spec.evaluation.fraction },
            },
          ];
    for (const { fold, validation } of folds) {
      const what =
        fold >= 0
          ? m.hosttext_name_fold({ fold: fold + 1, folds: folds.length }, { locale })
          : m.hosttext_name_holdout({}, { locale });
      jobs.push({
        trial,
        fold,
        name: `${gridName} · ${trialLabel(params)} · ${what}`,
        lab: { ...lab, grid: null, training: { ...lab.training, validation } },
      });
    }
  });
  return jobs;
}

/** A grid's name from its lab's: "<lab> grid" in `locale`, unless the lab's name says grid already. */
export function gridNameOf(labName: string, locale: Locale): string {
  const name = labName.trim();
  const grid = m.hosttext_name_grid({ lab: '' }, { locale }).trim();
  return /grid$/i.test(name) || name.endsWith(grid)
    ? name
    : m.hosttext_name_grid({ lab: labName }, { locale });
}

export class GridRunner {
  private readonly listeners = new Set<(e: GridEvent) => void>();
  private readonly active = new Map<string, { stop: () => void; done: Promise<GridOutcome> }>();

  constructor(
    private readonly runs: RunManager,
    private readonly grids: GridStore,
    private readonly defaultParallel: () => number,
  ) {}

  onGridEvent(listener: (e: GridEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(e: GridEvent) {
    notifyAll(this.listeners, e, `a listener of grid events (${e.type})`);
  }

  /**
   * Starts the lab's grid, or resumes the unfinished grid of the same lab (unless `restart`).
   * Throws for a lab without a grid or a grid whose values break the model. On a `pool`, every fold
   * still to do is queued at once (the pool's workers share them out; a resumed grid attaches to
   * the jobs it queued before); the refit trains here.
   */
  start(
    input: LabFile,
    options: {
      name?: string;
      restart?: boolean;
      pool?: Pick<PoolClient, 'port'>;
      /** The language of the names it makes (the grid's, its runs'): its user's. English when omitted. */
      locale?: Locale;
    } = {},
  ): { gridId: string; resumed: boolean; queued: number; done: Promise<GridOutcome> } {
    if (!input.grid)
      throw new EngineError('invalid-grid', said('error_grid_none', { name: input.name }));
    const lab = { ...input, grid: parseGridSpec(input.grid) };
    const key = gridKey(lab);
    const existing = options.restart ? null : this.grids.findResumable(key);
    if (existing && this.active.has(existing))
      throw new EngineError('busy', said('error_busy_grid_running'));
    const gridId = existing ?? randomUUID();
    // Every trial's lab is checked before anything is stored or queued: a bad value is refused here.
    const trials = existing ? this.grids.trialsOf(existing) : expandGrid(lab.grid);
    const locale = options.locale ?? 'en';
    const name = options.name?.trim() || gridNameOf(lab.name, locale);
    const jobs = jobsOf(name, lab, trials, locale);
    if (existing) this.grids.claim(existing);
    else this.grids.create({ id: gridId, name, lab, key, trials });

    const finished = new Set(
      this.grids
        .foldRuns(gridId)
        .filter((r) => r.status === 'completed' || r.status === 'early-stopped')
        .map((r) => `${r.trial}/${r.fold}`),
    );
    const todo = jobs.filter((j) => !finished.has(`${j.trial}/${j.fold}`));
    const { pool } = options;
    const parallel = pool
      ? Math.max(1, todo.length)
      : Math.max(1, lab.grid.parallel ?? this.defaultParallel());
    const jobsTotal = jobs.length;
    const threadsPerTrial = Math.max(
      1,
      Math.floor(os.availableParallelism() / Math.min(parallel, Math.max(1, todo.length))),
    );
    let jobsDone = jobsTotal - todo.length;
    const trialsTotal = trials.length;
    const detail = () => this.grids.detail(gridId)!;
    this.emit({
      type: 'grid-started',
      gridId,
      resumed: !!existing,
      trialsTotal,
      trialsDone: detail().trialsDone,
      parallel,
    });

    let stopping = false;
    const running = new Set<string>();
    const durations: number[] = [];
    const startedAt = performance.now();
    // Why each failed trial failed, so the grid's sentence says why and not only how many (the
    // lowest trial's reason, whichever finished first).
    const failures = new Map<number, ErrorInfo>();
    const drive = async (): Promise<GridOutcome> => {
      const queue = [...todo];
      const worker = async () => {
        while (!stopping) {
          const job = queue.shift();
          if (!job) return;
          if (failures.has(job.trial)) continue;
          const t0 = performance.now();
          // Trials side by side share the cores: one wasm thread each, not every core each.
          let started: ReturnType<RunManager['startRun']>;
          try {
            started = this.runs.startRun(
              { lab: job.lab, name: job.name },
              { gridId, trial: job.trial, fold: job.fold },
              pool ? { remote: () => pool.port({ gridId, ...job }) } : { threads: threadsPerTrial },
            );
          } catch (e) {
            // A fold that cannot start (the machine's memory, say) fails its trial, not the host.
            const info = logIfInternal(e, 'a grid fold');
            if (!failures.has(job.trial))
              failures.set(
                job.trial,
                saidInfo(
                  info.code,
                  said('error_grid_trial_no_start', {
                    trial: trialLabel(trials[job.trial]),
                    detail: infoWords(info),
                  }),
                ),
              );
            continue;
          }
          const { runId, done: run } = started;
          running.add(runId);
          this.emit({ type: 'fold-started', gridId, trial: job.trial, fold: job.fold, runId });
          const outcome = await run;
          running.delete(runId);
          if (outcome.error && STORE_ERROR_CODES.has(outcome.error.code))
            throw new LayerLabError(outcome.error.code, infoWords(outcome.error), {
              file: outcome.error.file,
            });
          if (outcome.status === 'failed' && !failures.has(job.trial))
            failures.set(
              job.trial,
              saidInfo(
                outcome.error?.code ?? 'trials-failed',
                said('error_grid_trial_failed', {
                  trial: trialLabel(trials[job.trial]),
                  detail: outcome.error
                    ? infoWords(outcome.error)
                    : said('error_grid_see_its_runs'),
                }),
              ),
            );
          if (outcome.status !== 'completed' && outcome.status !== 'early-stopped') continue;
          durations.push((performance.now() - t0) / 1000);
          jobsDone += 1;
          const mean = durations.reduce((a, b) => a + b, 0) / durations.length;
          const remaining = jobsTotal - jobsDone;
          this.emit({
            type: 'grid-progress',
            gridId,
            jobsDone,
            jobsTotal,
            // On a pool, folds wait for workers: the pace so far says more than a fold's length.
            etaSeconds: !remaining
              ? 0
              : pool
                ? ((performance.now() - startedAt) / 1000 / durations.length) * remaining
                : (mean * remaining) / Math.min(parallel, remaining),
          });
          const trial = detail().trials[job.trial];
          if (trial.status === 'done') this.emit({ type: 'trial-finished', gridId, trial });
        }
      };
      await Promise.all(
        Array.from({ length: Math.min(parallel, Math.max(1, todo.length)) }, worker),
      );

      const result = detail();
      let status: GridSummary['status'] = stopping
        ? 'stopped'
        : result.trialsDone === trialsTotal
          ? 'completed'
          : 'failed';
      const firstFailure = failures.get(Math.min(...failures.keys()));
      let error: ErrorInfo | null =
        status === 'failed'
          ? saidInfo(
              firstFailure?.code ?? 'trials-failed',
              said('error_grid_trials_failed', {
                failed: trialsTotal - result.trialsDone,
                total: trialsTotal,
                detail: firstFailure ? infoWords(firstFailure) : said('error_grid_see_their_runs'),
              }),
            )
          : null;
      if (status === 'completed' && lab.grid!.refit && result.bestTrial !== null && !result.refit) {
        const best = applyTrial(lab, result.trials[result.bestTrial].params);
        const refitLab: LabFile = {
          ...best,
          grid: null,
          training: { ...best.training, validation: { kind: 'test' } },
        };
        const { runId, done: refit } = this.runs.startRun(
          {
            lab: refitLab,
            name: m.hosttext_name_refit(
              { grid: name, trial: result.trials[result.bestTrial].label },
              { locale },
            ),
          },
          { gridId, trial: result.bestTrial, fold: -2 },
        );
        this.grids.setRefit(gridId, runId);
        running.add(runId);
        const outcome = await refit;
        running.delete(runId);
        if (stopping) status = 'stopped';
        else if (outcome.status === 'failed')
          error = saidInfo(
            'refit-failed',
            said('error_grid_refit_failed', {
              detail: outcome.error ? infoWords(outcome.error) : said('error_grid_see_its_runs'),
            }),
          );
      }
      this.grids.setStatus(gridId, status, error);
      this.active.delete(gridId);
      this.emit({ type: 'grid-finished', gridId, grid: this.grids.summary(gridId)! });
      return { gridId, status };
    };
    // `done` never rejects: whatever goes wrong (the store, a bug) ends the grid 'failed' with a
    // sentence, its running folds are stopped, and the host lives.
    const stop = () => {
      stopping = true;
      for (const id of running) {
        try {
          this.runs.stopRun(id);
        } catch {
          /* already finishing */
        }
      }
    };
    const done = drive().catch((e: unknown) => {
      stop();
      return this.failed(gridId, e, {
        name,
        labName: lab.name,
        rankBy: lab.grid!.rankBy,
        trialsTotal,
      });
    });
    this.active.set(gridId, { stop, done });
    return { gridId, resumed: !!existing, queued: todo.length, done };
  }

  /** A grid the store failed under (or a bug) ends 'failed' with the sentence: its promise never rejects. */
  private failed(
    gridId: string,
    e: unknown,
    known: Pick<GridSummary, 'name' | 'labName' | 'rankBy' | 'trialsTotal'>,
  ): GridOutcome {
    const error = logIfInternal(e, `grid ${gridId}`);
    this.active.delete(gridId);
    let grid: GridSummary = {
      id: gridId,
      ...known,
      createdAt: new Date().toISOString(),
      finishedAt: new Date().toISOString(),
      status: 'failed',
      trialsDone: 0,
      bestTrial: null,
      bestMean: null,
      error,
    };
    try {
      this.grids.setStatus(gridId, 'failed', error);
      grid = this.grids.summary(gridId)!;
    } catch {
      /* the store is what failed: the summary says what this process knows */
    }
    this.emit({ type: 'grid-finished', gridId, grid });
    return { gridId, status: 'failed' };
  }

  /** Cancels the running folds within a batch; finished folds stay, and the grid can resume later. */
  stop(gridId: string): void {
    const grid = this.active.get(gridId);
    if (!grid)
      throw new EngineError('not-running', said('error_not_running_grid', { grid: gridId }));
    grid.stop();
  }

  isActive(gridId: string): boolean {
    return this.active.has(gridId);
  }
}
