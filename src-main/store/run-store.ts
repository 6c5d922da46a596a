/**
 * The run store: every run with its lab, per-epoch metrics and final weights, in one SQLite file in
 * the user data folder. Epochs are written as they finish, so a run killed mid-way keeps them; runs
 * left 'running' by a process that is gone are marked 'interrupted' when the store opens.
 */
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { BackendName, ErrorInfo, RunDetail, RunStatus, RunSummary } from '../contract/api.ts';
import { LayerLabError, said } from '../contract/errors.ts';
import { parseLab, type LabFile } from '../contract/lab.ts';
import { insightSummary } from '../contract/insight-words.ts';
import type { EpochInsight, InsightMeta, RunInsights } from '../contract/insights.ts';
import type { EpochMetrics } from '../contract/training.ts';
import { packRow, unpackRow } from './insight-rows.ts';
import { ownedElsewhere, ownStartTime } from './owner.ts';
import { ensureDir } from './safe-fs.ts';
import { openDatabase, repairAdvice } from './store-errors.ts';
import { renameAside, salvage, type RepairResult } from './store-repair.ts';

/** Bump with a new entry in MIGRATIONS whenever the tables change; old stores are upgraded in place. */
const MIGRATIONS: string[] = [
  `CREATE TABLE runs (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     lab_name TEXT NOT NULL,
     lab_json TEXT NOT NULL,
     dataset_id TEXT NOT NULL,
     created_at TEXT NOT NULL,
     finished_at TEXT,
     status TEXT NOT NULL,
     backend TEXT,
     epochs_planned INTEGER NOT NULL,
     stopped_epoch INTEGER,
     total_params INTEGER NOT NULL DEFAULT 0,
     error_json TEXT,
     owner_pid INTEGER,
     seconds REAL
   );
   CREATE TABLE epochs (
     run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
     epoch INTEGER NOT NULL,
     metrics_json TEXT NOT NULL,
     PRIMARY KEY (run_id, epoch)
   );
   CREATE TABLE weights (
     run_id TEXT PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
     topology_json TEXT NOT NULL,
     weight_specs_json TEXT NOT NULL,
     weight_data BLOB NOT NULL
   );`,
  // 2: hyperparameter grids. A grid's fold runs are ordinary runs tagged with grid, trial and fold.
  `ALTER TABLE runs ADD COLUMN grid_id TEXT;
   ALTER TABLE runs ADD COLUMN trial INTEGER;
   ALTER TABLE runs ADD COLUMN fold INTEGER;
   CREATE INDEX runs_by_grid ON runs (grid_id, trial, fold);
   CREATE TABLE grids (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     lab_json TEXT NOT NULL,
     key TEXT NOT NULL,
     created_at TEXT NOT NULL,
     finished_at TEXT,
     status TEXT NOT NULL,
     owner_pid INTEGER,
     refit_run_id TEXT,
     error_json TEXT
   );
   CREATE TABLE grid_trials (
     grid_id TEXT NOT NULL REFERENCES grids(id) ON DELETE CASCADE,
     trial INTEGER NOT NULL,
     params_json TEXT NOT NULL,
     PRIMARY KEY (grid_id, trial)
   );`,
  // 3: when the owning process started, so a PID reused by another process is not taken for the owner.
  `ALTER TABLE runs ADD COLUMN owner_started TEXT;
   ALTER TABLE grids ADD COLUMN owner_started TEXT;`,
  // 4: what a run recorded inside its model (contract/insights.ts): its meta once, then one row per
  // epoch from 0, numbers as JSON and byte arrays in one deflated BLOB (insight-rows.ts).
  `CREATE TABLE insight_meta (
     run_id TEXT PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
     meta_json TEXT NOT NULL
   );
   CREATE TABLE insights (
     run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
     epoch INTEGER NOT NULL,
     insight_json TEXT NOT NULL,
     insight_bytes BLOB,
     PRIMARY KEY (run_id, epoch)
   );`,
];
export const STORE_SCHEMA_VERSION = MIGRATIONS.length;

/** Marks a run as one fold (or the refit) of a grid trial. */
export interface RunTags {
  gridId: string;
  trial: number;
  /** The fold index; -1 for the holdout split, -2 for the refit on all training data. */
  fold: number;
}

export interface StoredModel {
  modelTopology: unknown;
  weightSpecs: unknown[];
  weightData: Uint8Array;
}

interface RunRow {
  id: string;
  name: string;
  lab_name: string;
  lab_json: string;
  dataset_id: string;
  created_at: string;
  finished_at: string | null;
  status: RunStatus;
  backend: BackendName | null;
  epochs_planned: number;
  stopped_epoch: number | null;
  total_params: number;
  error_json: string | null;
  has_weights: number;
}

export class RunStore {
  #db: Database.Database;

  /**
   * Opens (or creates) the store. Every failure, here and in every later call, is a `LayerLabError`
   * naming the file: 'disk-full', 'store-corrupt' or 'store-unavailable' (see store-errors.ts).
   */
  constructor(readonly file: string) {
    if (file !== ':memory:') {
      try {
        ensureDir(path.dirname(file));
      } catch (e) {
        const why =
          e instanceof LayerLabError ? e.words : e instanceof Error ? e.message : String(e);
        throw new LayerLabError(
          'store-unavailable',
          said('error_store_needs_folder', { why, file }),
          { file },
        );
      }
    }
    this.#db = this.open();
  }

  /** The connection, shared with GridStore (one file, one schema); a new one after `moveAside`. */
  get db(): Database.Database {
    return this.#db;
  }

  private open(): Database.Database {
    const db = openDatabase(this.file);
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      this.#db = db;
      this.migrate();
      this.markOrphansInterrupted();
    } catch (e) {
      db.close();
      throw e;
    }
    return db;
  }

  /**
   * Moves a damaged store file aside (renamed with its -wal and -shm, never deleted), opens a fresh
   * store in its place and copies into it every row that can still be read.
   */
  moveAside(): RepairResult {
    try {
      this.#db.close();
    } catch {
      /* a damaged file may fail to close cleanly; it is renamed all the same */
    }
    let movedTo: string;
    try {
      movedTo = renameAside(this.file);
    } catch (e) {
      try {
        this.open();
      } catch {
        /* still damaged: later calls say the store is closed */
      }
      throw e;
    }
    const db = this.open();
    const copied = salvage(movedTo, db);
    this.markOrphansInterrupted();
    return { movedTo, copied };
  }

  /**
   * For a store too damaged to open at all: renames the file aside first, then opens a fresh store
   * in its place with every row that can still be read (`layerlab store repair`, the desktop app's
   * start-up dialog).
   */
  static openAfterMovingAside(file: string): RepairResult & { store: RunStore } {
    const movedTo = renameAside(file);
    const store = new RunStore(file);
    const copied = salvage(movedTo, store.db);
    store.markOrphansInterrupted();
    return { store, movedTo, copied };
  }

  private migrate() {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > STORE_SCHEMA_VERSION)
      throw new LayerLabError(
        'future-version',
        said('error_store_future', {
          file: this.file,
          version,
          current: STORE_SCHEMA_VERSION,
        }),
      );
    for (let v = version; v < STORE_SCHEMA_VERSION; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v]);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  /** Runs whose owning process died (app killed, machine off) keep their epochs, as 'interrupted'. */
  private markOrphansInterrupted() {
    const rows = this.db
      .prepare(
        `SELECT id, owner_pid, owner_started FROM runs WHERE status IN ('queued', 'running', 'paused')`,
      )
      .all() as { id: string; owner_pid: number | null; owner_started: string | null }[];
    for (const row of rows) {
      if (ownedElsewhere(row.owner_pid, row.owner_started)) continue;
      this.finish(row.id, 'interrupted', {
        code: 'interrupted',
        message: 'LayerLab stopped before this run finished; the finished epochs are kept.',
      });
    }
  }

  createRun(run: {
    id: string;
    name: string;
    lab: LabFile;
    datasetId: string;
    tags?: RunTags;
    /** Known before training from the graph (the trainer's count replaces it when it starts). */
    totalParams?: number;
    /** Defaults to the lab's epochs; 0 for an imported model. */
    epochsPlanned?: number;
  }): void {
    this.db
      .prepare(
        `INSERT INTO runs (id, name, lab_name, lab_json, dataset_id, created_at, status, epochs_planned, total_params, owner_pid, owner_started, grid_id, trial, fold)
         VALUES (?, ?, ?, ?, ?, ?, 'running', ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        run.id,
        run.name,
        run.lab.name,
        JSON.stringify(run.lab),
        run.datasetId,
        new Date().toISOString(),
        run.epochsPlanned ?? run.lab.training.epochs,
        run.totalParams ?? 0,
        process.pid,
        ownStartTime,
        run.tags?.gridId ?? null,
        run.tags?.trial ?? null,
        run.tags?.fold ?? null,
      );
  }

  setStarted(
    id: string,
    info: { backend: BackendName; totalParams: number; datasetId: string },
  ): void {
    this.db
      .prepare(`UPDATE runs SET backend = ?, total_params = ?, dataset_id = ? WHERE id = ?`)
      .run(info.backend, info.totalParams, info.datasetId, id);
  }

  setBackend(id: string, backend: BackendName): void {
    this.db.prepare(`UPDATE runs SET backend = ? WHERE id = ?`).run(backend, id);
  }

  setStatus(id: string, status: RunStatus): void {
    this.db.prepare(`UPDATE runs SET status = ? WHERE id = ?`).run(status, id);
  }

  addEpoch(id: string, metrics: EpochMetrics): void {
    this.db
      .prepare(`INSERT OR REPLACE INTO epochs (run_id, epoch, metrics_json) VALUES (?, ?, ?)`)
      .run(id, metrics.epoch, JSON.stringify(metrics));
  }

  /**
   * Writes one epoch's insight as it arrives (with the run's meta, sent with epoch 0), so a run
   * killed mid-way keeps every finished epoch's.
   */
  addInsight(id: string, insight: EpochInsight, meta?: InsightMeta): void {
    const row = packRow(insight);
    this.db.transaction(() => {
      if (meta)
        this.db
          .prepare(`INSERT OR REPLACE INTO insight_meta (run_id, meta_json) VALUES (?, ?)`)
          .run(id, JSON.stringify(meta));
      this.db
        .prepare(
          `INSERT OR REPLACE INTO insights (run_id, epoch, insight_json, insight_bytes) VALUES (?, ?, ?, ?)`,
        )
        .run(id, insight.epoch, row.json, row.bytes);
    })();
  }

  /** Everything the run recorded, epochs ascending; null when it recorded nothing (an imported model). */
  getInsights(id: string): RunInsights | null {
    const meta = this.db.prepare(`SELECT meta_json FROM insight_meta WHERE run_id = ?`).get(id) as
      { meta_json: string } | undefined;
    if (!meta) return null;
    const rows = this.db
      .prepare(
        `SELECT epoch, insight_json, insight_bytes FROM insights WHERE run_id = ? ORDER BY epoch`,
      )
      .all(id) as { epoch: number; insight_json: string; insight_bytes: Buffer | null }[];
    const epochs = rows.map((r) => {
      try {
        return unpackRow<EpochInsight>(r.insight_json, r.insight_bytes);
      } catch (e) {
        throw new LayerLabError(
          'store-corrupt',
          said('error_store_damaged_insights', {
            file: this.file,
            run: id,
            epoch: r.epoch,
            detail: (e as Error).message,
            advice: repairAdvice(this.file),
          }),
          { file: this.file },
        );
      }
    });
    return { runId: id, meta: JSON.parse(meta.meta_json) as InsightMeta, epochs };
  }

  finish(
    id: string,
    status: RunStatus,
    error: ErrorInfo | null = null,
    extra: { stoppedEpoch?: number | null; seconds?: number } = {},
  ): void {
    this.db
      .prepare(
        `UPDATE runs SET status = ?, error_json = ?, finished_at = ?, stopped_epoch = ?, seconds = ?, owner_pid = NULL WHERE id = ?`,
      )
      .run(
        status,
        error ? JSON.stringify(error) : null,
        new Date().toISOString(),
        extra.stoppedEpoch ?? null,
        extra.seconds ?? null,
        id,
      );
  }

  saveModel(id: string, model: StoredModel): void {
    this.db
      .prepare(
        `INSERT OR REPLACE INTO weights (run_id, topology_json, weight_specs_json, weight_data) VALUES (?, ?, ?, ?)`,
      )
      .run(
        id,
        JSON.stringify(model.modelTopology),
        JSON.stringify(model.weightSpecs),
        Buffer.from(
          model.weightData.buffer,
          model.weightData.byteOffset,
          model.weightData.byteLength,
        ),
      );
  }

  loadModel(id: string): StoredModel | null {
    const row = this.db
      .prepare(`SELECT topology_json, weight_specs_json, weight_data FROM weights WHERE run_id = ?`)
      .get(id) as
      { topology_json: string; weight_specs_json: string; weight_data: Buffer } | undefined;
    if (!row) return null;
    return {
      modelTopology: JSON.parse(row.topology_json),
      weightSpecs: JSON.parse(row.weight_specs_json),
      weightData: new Uint8Array(row.weight_data),
    };
  }

  /**
   * Voids what a run recorded so far (its epochs and insights) and makes it 'queued' again: a pool's
   * fold whose worker was lost trains again from the start, and is recorded once.
   */
  resetRun(id: string): void {
    this.db.transaction(() => {
      this.db.prepare(`DELETE FROM epochs WHERE run_id = ?`).run(id);
      this.db.prepare(`DELETE FROM insights WHERE run_id = ?`).run(id);
      this.db.prepare(`DELETE FROM insight_meta WHERE run_id = ?`).run(id);
      this.db.prepare(`UPDATE runs SET status = 'queued' WHERE id = ?`).run(id);
    })();
  }

  rename(id: string, name: string): void {
    this.db.prepare(`UPDATE runs SET name = ? WHERE id = ?`).run(name, id);
  }

  delete(id: string): void {
    this.db.prepare(`DELETE FROM runs WHERE id = ?`).run(id);
  }

  /** The runs the runs list shows (a grid's fold runs are not), so names number what students see. */
  countRuns(): number {
    const sql = `SELECT COUNT(*) AS n FROM runs r WHERE ${RunStore.LISTED}`;
    return (this.db.prepare(sql).get() as { n: number }).n;
  }

  private metricsOf(id: string): EpochMetrics[] {
    const rows = this.db
      .prepare(`SELECT metrics_json FROM epochs WHERE run_id = ? ORDER BY epoch`)
      .all(id) as { metrics_json: string }[];
    return rows.map((r) => JSON.parse(r.metrics_json) as EpochMetrics);
  }

  private summarize(
    row: Omit<RunRow, 'lab_json'>,
    metrics: EpochMetrics[],
    lastInsight: string | undefined,
  ): RunSummary {
    let best: EpochMetrics | null = null;
    for (const m of metrics)
      if (m.val_loss !== undefined && (!best || m.val_loss < best.val_loss!)) best = m;
    return {
      id: row.id,
      name: row.name,
      labName: row.lab_name,
      createdAt: row.created_at,
      finishedAt: row.finished_at,
      status: row.status,
      datasetId: row.dataset_id,
      backend: row.backend,
      epochsDone: metrics.length,
      epochsPlanned: row.epochs_planned,
      bestEpoch: best?.epoch ?? null,
      bestValLoss: best?.val_loss ?? null,
      bestValAccuracy: best?.val_accuracy ?? null,
      stoppedEpoch: row.stopped_epoch,
      totalParams: row.total_params,
      hasWeights: row.has_weights === 1,
      error: row.error_json ? (JSON.parse(row.error_json) as ErrorInfo) : null,
      inside: lastInsight ? insideOf(lastInsight) : null,
    };
  }

  /** Each run's last recorded insight (its JSON row, bytes left in their BLOB), by run id. */
  private lastInsights(where: string, ...params: string[]): Map<string, string> {
    const rows = this.db
      .prepare(
        `SELECT i.run_id, i.insight_json FROM insights i JOIN runs r ON r.id = i.run_id
         WHERE ${where} AND i.epoch = (SELECT MAX(epoch) FROM insights WHERE run_id = i.run_id)`,
      )
      .raw()
      .all(...params) as [string, string][];
    return new Map(rows);
  }

  /** Grid fold runs are listed with their grid, not among the runs; a grid's refit is a run. */
  private static readonly LISTED = `(r.grid_id IS NULL OR r.fold = -2)`;

  private static readonly SELECT = `SELECT r.*, EXISTS (SELECT 1 FROM weights w WHERE w.run_id = r.id) AS has_weights FROM runs r`;

  private readonly lists = new Map<string, { stamp: string; value: unknown }>();

  /**
   * `compute()`, or its last result while the store is unchanged: nothing written by this connection
   * (`total_changes`) or by another process (`data_version`). A backlog of list requests costs one
   * list, not one each.
   */
  cachedList<T>(name: string, compute: () => T[]): T[] {
    const { changes } = this.db.prepare(`SELECT total_changes() AS changes`).get() as {
      changes: number;
    };
    const stamp = `${changes}/${this.db.pragma('data_version', { simple: true })}`;
    const hit = this.lists.get(name);
    if (hit?.stamp === stamp) return [...(hit.value as T[])];
    const value = compute();
    this.lists.set(name, { stamp, value });
    return [...value];
  }

  /** Every run's summary in two queries whatever their number, without reading a lab. */
  listRuns(): RunSummary[] {
    return this.cachedList('runs', () => {
      const listed = RunStore.LISTED;
      const rows = this.db
        .prepare(
          `SELECT r.id, r.name, r.lab_name, r.dataset_id, r.created_at, r.finished_at, r.status, r.backend, r.epochs_planned,
                  r.stopped_epoch, r.total_params, r.error_json, EXISTS (SELECT 1 FROM weights w WHERE w.run_id = r.id) AS has_weights
           FROM runs r WHERE ${listed} ORDER BY r.created_at DESC, r.rowid DESC`,
        )
        .all() as Omit<RunRow, 'lab_json'>[];
      const epochs = this.db
        .prepare(
          `SELECT e.run_id, e.metrics_json FROM epochs e JOIN runs r ON r.id = e.run_id WHERE ${listed} ORDER BY e.run_id, e.epoch`,
        )
        .raw()
        .all() as [string, string][];
      const metrics = new Map<string, EpochMetrics[]>();
      for (const [id, json] of epochs) {
        const list = metrics.get(id) ?? [];
        list.push(JSON.parse(json) as EpochMetrics);
        metrics.set(id, list);
      }
      const inside = this.lastInsights(listed);
      return rows.map((row) => this.summarize(row, metrics.get(row.id) ?? [], inside.get(row.id)));
    });
  }

  getRun(id: string): RunDetail | null {
    const row = this.db.prepare(`${RunStore.SELECT} WHERE r.id = ?`).get(id) as RunRow | undefined;
    if (!row) return null;
    const metrics = this.metricsOf(id);
    return {
      ...this.summarize(row, metrics, this.lastInsights('r.id = ?', id).get(id)),
      lab: parseLab(JSON.parse(row.lab_json), `run ${id}`),
      metrics,
    };
  }

  /** Finds a run by full id, unique id prefix (taken literally: `%` and `_` are no wildcards), or exact name (for the CLI). */
  resolve(idOrName: string): string | null {
    const exact = this.db.prepare(`SELECT id FROM runs WHERE id = ?`).get(idOrName) as
      { id: string } | undefined;
    if (exact) return exact.id;
    const matches = this.db
      .prepare(`SELECT id FROM runs WHERE instr(id, ?) = 1 OR name = ?`)
      .all(idOrName, idOrName) as { id: string }[];
    return matches.length === 1 ? matches[0].id : null;
  }

  close(): void {
    this.db.close();
  }
}

/** A stored insight row's summary; a row that cannot be read has none (getInsights says why). */
function insideOf(json: string): string | null {
  try {
    return insightSummary({ epochs: [JSON.parse(json) as EpochInsight] });
  } catch {
    return null;
  }
}
