/**
 * Grids in the run store: the grid, its trials' parameters, and (as tagged runs) every fold run. A
 * trial's scores are derived from its fold runs, so nothing can disagree with what was trained, and a
 * grid resumes by skipping the folds that already finished.
 */
import type { EpochMetrics } from '../contract/training.ts';
import { parseLab, type LabFile } from '../contract/lab.ts';
import { GridSpecSchema, trialLabel, type GridSpec, type TrialParams } from '../contract/grid.ts';
import type {
  ErrorInfo,
  GridDetail,
  GridStatus,
  GridSummary,
  TrialResult,
} from '../contract/api.ts';
import { ownedElsewhere, ownStartTime } from './owner.ts';
import type { RunStore } from './run-store.ts';

interface GridRow {
  id: string;
  name: string;
  lab_json: string;
  key: string;
  created_at: string;
  finished_at: string | null;
  status: GridStatus;
  owner_pid: number | null;
  refit_run_id: string | null;
  error_json: string | null;
}

interface OwnerRow {
  id: string;
  owner_pid: number | null;
  owner_started: string | null;
}

export interface FoldRun {
  id: string;
  trial: number;
  fold: number;
  status: string;
  metrics: EpochMetrics[];
  earlyStopping: boolean;
}

const FINISHED_OK = new Set(['completed', 'early-stopped']);

/** The score a fold reports: its last epoch, or with restored best weights the best one. */
export function foldScore(run: FoldRun, rankBy: 'val_loss' | 'val_accuracy'): number | null {
  if (!FINISHED_OK.has(run.status) || run.metrics.length === 0) return null;
  if (run.earlyStopping) {
    const values = run.metrics.map((m) => m[rankBy]).filter((v): v is number => v !== undefined);
    if (!values.length) return null;
    return rankBy === 'val_loss' ? Math.min(...values) : Math.max(...values);
  }
  return run.metrics.at(-1)![rankBy] ?? null;
}

/** Mean and population standard deviation (numpy's default, as GridSearchCV's std_test_score). */
export function meanStd(xs: number[]): { mean: number; std: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const std = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
  return { mean, std };
}

export class GridStore {
  constructor(private readonly runs: RunStore) {
    const db = runs.db;
    for (const row of db
      .prepare(`SELECT id, owner_pid, owner_started FROM grids WHERE status = 'running'`)
      .all() as OwnerRow[]) {
      if (ownedElsewhere(row.owner_pid, row.owner_started)) continue;
      this.setStatus(row.id, 'interrupted');
    }
  }

  private get db() {
    return this.runs.db;
  }

  create(grid: {
    id: string;
    name: string;
    lab: LabFile;
    key: string;
    trials: TrialParams[];
  }): void {
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO grids (id, name, lab_json, key, created_at, status, owner_pid, owner_started) VALUES (?, ?, ?, ?, ?, 'running', ?, ?)`,
        )
        .run(
          grid.id,
          grid.name,
          JSON.stringify(grid.lab),
          grid.key,
          new Date().toISOString(),
          process.pid,
          ownStartTime,
        );
      const insert = this.db.prepare(
        `INSERT INTO grid_trials (grid_id, trial, params_json) VALUES (?, ?, ?)`,
      );
      grid.trials.forEach((params, i) => insert.run(grid.id, i, JSON.stringify(params)));
    })();
  }

  /** An unfinished grid of the same lab and spec, to resume; never one another live process runs. */
  findResumable(key: string): string | null {
    const rows = this.db
      .prepare(
        `SELECT id, owner_pid, owner_started FROM grids WHERE key = ? AND status IN ('running', 'stopped', 'interrupted') ORDER BY created_at DESC`,
      )
      .all(key) as OwnerRow[];
    const free = rows.find((r) => !ownedElsewhere(r.owner_pid, r.owner_started));
    return free?.id ?? null;
  }

  claim(id: string): void {
    this.db
      .prepare(
        `UPDATE grids SET status = 'running', owner_pid = ?, owner_started = ?, finished_at = NULL, error_json = NULL WHERE id = ?`,
      )
      .run(process.pid, ownStartTime, id);
  }

  setStatus(id: string, status: GridStatus, error: ErrorInfo | null = null): void {
    const done = status !== 'running';
    this.db
      .prepare(
        `UPDATE grids SET status = ?, error_json = ?, finished_at = ?, owner_pid = CASE WHEN ? THEN NULL ELSE owner_pid END WHERE id = ?`,
      )
      .run(
        status,
        error ? JSON.stringify(error) : null,
        done ? new Date().toISOString() : null,
        done ? 1 : 0,
        id,
      );
  }

  setRefit(id: string, runId: string): void {
    this.db.prepare(`UPDATE grids SET refit_run_id = ? WHERE id = ?`).run(runId, id);
  }

  trialsOf(id: string): TrialParams[] {
    const rows = this.db
      .prepare(`SELECT params_json FROM grid_trials WHERE grid_id = ? ORDER BY trial`)
      .all(id) as { params_json: string }[];
    return rows.map((r) => JSON.parse(r.params_json) as TrialParams);
  }

  /** Every fold run of the grid (latest attempt per trial and fold wins), in two queries. */
  foldRuns(id: string): FoldRun[] {
    const rows = this.db
      .prepare(
        `SELECT id, trial, fold, status, lab_json ->> '$.training.earlyStopping.restoreBestWeights' AS restore
         FROM runs WHERE grid_id = ? AND fold >= -1 ORDER BY created_at, rowid`,
      )
      .all(id) as {
      id: string;
      trial: number;
      fold: number;
      status: string;
      restore: number | null;
    }[];
    const epochs = this.db
      .prepare(
        `SELECT e.run_id, e.metrics_json FROM epochs e JOIN runs r ON r.id = e.run_id WHERE r.grid_id = ? AND r.fold >= -1 ORDER BY e.run_id, e.epoch`,
      )
      .all(id) as { run_id: string; metrics_json: string }[];
    const metricsOf = new Map<string, EpochMetrics[]>();
    for (const e of epochs) {
      const list = metricsOf.get(e.run_id) ?? [];
      list.push(JSON.parse(e.metrics_json) as EpochMetrics);
      metricsOf.set(e.run_id, list);
    }
    const latest = new Map<string, FoldRun>();
    for (const r of rows)
      latest.set(`${r.trial}/${r.fold}`, {
        id: r.id,
        trial: r.trial,
        fold: r.fold,
        status: r.status,
        metrics: metricsOf.get(r.id) ?? [],
        earlyStopping: !!r.restore,
      });
    return [...latest.values()];
  }

  private row(id: string): GridRow | undefined {
    return this.db.prepare(`SELECT * FROM grids WHERE id = ?`).get(id) as GridRow | undefined;
  }

  /** Trials with their fold scores, mean and std, derived from the fold runs. */
  detail(id: string): GridDetail | null {
    const row = this.row(id);
    if (!row) return null;
    const lab = parseLab(JSON.parse(row.lab_json), `grid ${id}`);
    const spec = lab.grid!;
    const { summary, trials } = this.results(row, lab.name, spec);
    const refit = row.refit_run_id ? this.runs.getRun(row.refit_run_id) : null;
    const last = refit?.metrics.at(-1);
    return {
      ...summary,
      lab,
      spec,
      trials,
      refit: refit
        ? {
            runId: refit.id,
            status: refit.status,
            testLoss: last?.val_loss ?? null,
            testAccuracy: last?.val_accuracy ?? null,
          }
        : null,
    };
  }

  /** A grid's summary: what lists and the `grid-finished` event carry. */
  summary(id: string): GridSummary | null {
    const grid = this.detail(id);
    if (!grid) return null;
    const { lab: _l, spec: _s, trials: _t, refit: _r, ...summary } = grid;
    return summary;
  }

  private results(
    row: Omit<GridRow, 'lab_json'>,
    labName: string,
    spec: GridSpec,
  ): { summary: GridSummary; trials: TrialResult[] } {
    const { id } = row;
    const folds = spec.evaluation.kind === 'kfold' ? spec.evaluation.folds : 1;
    const runs = this.foldRuns(id);
    const trials: TrialResult[] = this.trialsOf(id).map((params, trial) => {
      const mine = runs.filter((r) => r.trial === trial);
      const foldScores = Array.from({ length: folds }, (_, f) => {
        const run = mine.find((r) => r.fold === (spec.evaluation.kind === 'kfold' ? f : -1));
        return run ? foldScore(run, spec.rankBy) : null;
      });
      const failed = mine.find((r) => r.status === 'failed');
      const complete = foldScores.every((s) => s !== null);
      const stats = complete ? meanStd(foldScores as number[]) : null;
      return {
        trial,
        params,
        label: trialLabel(params),
        status: complete
          ? 'done'
          : failed
            ? 'failed'
            : mine.some((r) => r.status === 'running' || r.status === 'paused')
              ? 'running'
              : 'pending',
        foldScores,
        mean: stats?.mean ?? null,
        std: stats?.std ?? null,
        runIds: mine.sort((a, b) => a.fold - b.fold).map((r) => r.id),
      };
    });
    const done = trials.filter((t) => t.status === 'done');
    const better = (a: number, b: number) => (spec.rankBy === 'val_loss' ? a < b : a > b);
    const best = done.reduce<TrialResult | null>(
      (b, t) => (!b || better(t.mean!, b.mean!) ? t : b),
      null,
    );
    const summary: GridSummary = {
      id,
      name: row.name,
      labName,
      createdAt: row.created_at,
      finishedAt: row.finished_at,
      status: row.status,
      rankBy: spec.rankBy,
      trialsDone: done.length,
      trialsTotal: trials.length,
      bestTrial: best?.trial ?? null,
      bestMean: best?.mean ?? null,
      error: row.error_json ? (JSON.parse(row.error_json) as ErrorInfo) : null,
    };
    return { summary, trials };
  }

  /** The grids' summaries without parsing their labs (only the grid section is read), cached until the store changes. */
  list(): GridSummary[] {
    return this.runs.cachedList('grids', () => this.listNow());
  }

  private listNow(): GridSummary[] {
    const rows = this.db
      .prepare(
        `SELECT id, name, key, created_at, finished_at, status, owner_pid, refit_run_id, error_json,
                lab_json ->> '$.name' AS lab_name, lab_json -> '$.grid' AS grid_json
         FROM grids ORDER BY created_at DESC, rowid DESC`,
      )
      .all() as (Omit<GridRow, 'lab_json'> & { lab_name: unknown; grid_json: string | null })[];
    return rows.map((row) => {
      const spec = GridSpecSchema.safeParse(row.grid_json ? JSON.parse(row.grid_json) : null);
      if (spec.success && typeof row.lab_name === 'string')
        return this.results(row, row.lab_name, spec.data).summary;
      // A lab stored by an older LayerLab: the full path migrates it.
      return this.summary(row.id)!;
    });
  }

  /** A grid by full id, unique id prefix (taken literally: `%` and `_` are no wildcards), or exact name. */
  resolve(idOrName: string): string | null {
    const rows = this.db
      .prepare(`SELECT id FROM grids WHERE id = ? OR instr(id, ?) = 1 OR name = ?`)
      .all(idOrName, idOrName, idOrName) as { id: string }[];
    return rows.length === 1 ? rows[0].id : (rows.find((r) => r.id === idOrName)?.id ?? null);
  }

  delete(id: string): void {
    this.db.transaction(() => {
      this.db.prepare(`DELETE FROM runs WHERE grid_id = ?`).run(id);
      this.db.prepare(`DELETE FROM grids WHERE id = ?`).run(id);
    })();
  }
}
