/**
 * Hyperparameter grids: the list from the host's store (so earlier sessions' grids are there), the
 * grid on show with its trials, live progress from grid events, the fold runs' epochs for the
 * curves, and the unfinished grid that the lab being edited would resume.
 */
import { m } from '../../src-main/contract/i18n.ts';
import { labLocale } from '../lib/lab-locale.ts';
import type { GridDetail, GridEvent, GridSummary } from '../../src-main/contract/api.ts';
import type { LabFile } from '../../src-main/contract/lab.ts';
import type { EpochMetrics } from '../../src-main/contract/training.ts';
import { fileSafe } from '../lib/format.ts';
import { gridLabKey, trialCurves, type CurveMode, type SortState } from '../lib/grid-results.ts';
import type { AppState } from './app.svelte.ts';
import { downloadBlob } from './files.svelte.ts';

export interface GridLive {
  /** Fold runs (trial x fold) finished and in all. */
  jobsDone: number | null;
  jobsTotal: number | null;
  etaSeconds: number | null;
  parallel: number | null;
}

const UNFINISHED: GridSummary['status'][] = ['stopped', 'interrupted'];

export class GridsState {
  list = $state.raw<GridSummary[]>([]);
  selectedId = $state<string | null>(null);
  detail = $state.raw<GridDetail | null>(null);
  live = $state.raw<Record<string, GridLive>>({});
  /** Epochs of the fold runs loaded so far, by run id. */
  metrics = $state.raw<Record<string, EpochMetrics[]>>({});
  /** Trials on the curves; null means every finished trial. */
  shown = $state.raw<number[] | null>(null);
  curveMode = $state<CurveMode>('mean');
  sort = $state.raw<SortState>({ column: 'rank', descending: false });
  showFolds = $state(false);
  /** The trial picked out on the curves (hovered or focused in the table). */
  highlight = $state<number | null>(null);
  /** The unfinished grid that Run grid would resume for the lab being edited. */
  resumable = $state.raw<GridSummary | null>(null);
  /** The newest completed grid of the lab being edited: running it again would repeat it. */
  alreadyRun = $state.raw<GridSummary | null>(null);

  readonly running = $derived(this.list.find((g) => g.status === 'running') ?? null);
  readonly selected = $derived(this.list.find((g) => g.id === this.selectedId) ?? null);
  readonly shownSet = $derived(
    new Set(
      this.shown ??
        (this.detail?.trials ?? []).filter((t) => t.status === 'done').map((t) => t.trial),
    ),
  );
  readonly curves = $derived(
    this.detail ? trialCurves(this.detail.trials, this.metrics, this.shownSet, this.curveMode) : [],
  );

  private readonly app: AppState;
  private readonly labKeys = new Map<string, string | null>();
  private loading: Promise<void> | null = null;
  private again = false;
  private pending = new Set<string>();
  private resumeCheck = 0;

  constructor(app: AppState) {
    this.app = app;
  }

  /** Listens to grid events for the life of the app; returns the unsubscribe. */
  attach(): () => void {
    return this.app.api.onGridEvent((e) => this.onEvent(e));
  }

  private onEvent(e: GridEvent): void {
    const live = this.live[e.gridId] ?? {
      jobsDone: null,
      jobsTotal: null,
      etaSeconds: null,
      parallel: null,
    };
    if (e.type === 'grid-started') {
      this.live = { ...this.live, [e.gridId]: { ...live, etaSeconds: null, parallel: e.parallel } };
      this.selectedId ??= e.gridId;
    } else if (e.type === 'grid-progress') {
      this.live = {
        ...this.live,
        [e.gridId]: {
          ...live,
          jobsDone: e.jobsDone,
          jobsTotal: e.jobsTotal,
          etaSeconds: e.etaSeconds,
        },
      };
    } else if (e.type === 'grid-finished') {
      this.live = { ...this.live, [e.gridId]: { ...live, etaSeconds: null } };
      if (e.grid.status === 'completed')
        this.app.notify(`${e.grid.name} finished: ${e.grid.trialsDone} settings compared.`);
    }
    if (e.type !== 'grid-progress') void this.refresh();
    if (e.gridId === this.selectedId) void this.loadDetail();
  }

  async refresh(): Promise<void> {
    const list = await this.app.attempt(() => this.app.api.listGrids(), m.error_doing_list_grids());
    if (!list) return;
    this.list = list;
    if (this.selectedId && !list.some((g) => g.id === this.selectedId)) this.selectedId = null;
    this.selectedId ??= list[0]?.id ?? null;
    if (this.selectedId && this.detail?.id !== this.selectedId) void this.loadDetail();
  }

  select(id: string): void {
    if (id === this.selectedId) return;
    this.selectedId = id;
    this.shown = null;
    this.highlight = null;
    this.detail = null;
    void this.loadDetail();
  }

  /** Reloads the selected grid; calls while one load is on its way make one more load after it. */
  loadDetail(): Promise<void> {
    if (this.loading) {
      this.again = true;
      return this.loading;
    }
    this.loading = (async () => {
      do {
        this.again = false;
        const id = this.selectedId;
        if (!id) {
          this.detail = null;
          break;
        }
        const detail = await this.app.attempt(
          () => this.app.api.getGrid(id),
          m.error_doing_load_grid(),
        );
        if (detail && id === this.selectedId) {
          this.detail = detail;
          void this.loadMetrics(detail);
        }
      } while (this.again);
      this.loading = null;
    })();
    return this.loading;
  }

  /** The epochs of every finished trial's fold runs, a few requests at a time. */
  private async loadMetrics(detail: GridDetail): Promise<void> {
    const ids = detail.trials
      .filter((t) => t.status === 'done')
      .flatMap((t) => t.runIds)
      .filter((id) => !this.metrics[id] && !this.pending.has(id));
    for (const id of ids) this.pending.add(id);
    for (let i = 0; i < ids.length; i += 4) {
      const runs = await Promise.all(
        ids.slice(i, i + 4).map((id) => this.app.api.getRun(id).catch(() => null)),
      );
      const next = { ...this.metrics };
      for (const run of runs) if (run) next[run.id] = run.metrics;
      this.metrics = next;
    }
    for (const id of ids) this.pending.delete(id);
  }

  /** `onPool`: the folds are queued on the pool's workers instead of trained here. */
  async start(lab: LabFile, restart = false, onPool = false): Promise<boolean> {
    // "MNIST dropout x L2 grid", not "... grid grid".
    const name = /\bgrid$/i.test(lab.name.trim()) ? lab.name.trim() : undefined;
    const started = await this.app.attempt(
      () =>
        this.app.api.startGrid(lab, {
          restart,
          name,
          locale: labLocale(),
          ...(onPool && { onPool }),
        }),
      m.error_doing_start_grid(),
    );
    if (!started) return false;
    this.resumable = null;
    this.alreadyRun = null;
    this.select(started.gridId);
    await this.refresh();
    return true;
  }

  stop = (id: string) =>
    this.app.attempt(() => this.app.api.stopGrid(id), m.error_doing_stop_grid());

  async remove(id: string): Promise<void> {
    const ok = await this.app.attempt(
      () => this.app.api.deleteGrid(id).then(() => true),
      m.error_doing_delete_grid(),
    );
    if (!ok) return;
    if (this.selectedId === id) {
      this.selectedId = null;
      this.detail = null;
    }
    await this.refresh();
  }

  /** The results table as `<grid name>.csv`. */
  async exportCsv(id: string): Promise<void> {
    const text = await this.app.attempt(
      () => this.app.api.exportGridCsv(id),
      'Exporting the results',
    );
    if (text === undefined) return;
    const name = this.list.find((g) => g.id === id)?.name ?? 'grid';
    downloadBlob(new Blob([text], { type: 'text/csv' }), `${fileSafe(name)}.csv`);
  }

  /** Ticks or unticks a trial for the curves. */
  toggleShown(trial: number): void {
    const current = [...this.shownSet];
    this.shown = current.includes(trial) ? current.filter((t) => t !== trial) : [...current, trial];
  }

  /**
   * Finds the grids of this very lab (same model, data, training and grid): a stopped or interrupted
   * one, which Run grid resumes, and a completed one. Stored labs are fetched once per grid.
   */
  async matchLab(lab: LabFile): Promise<void> {
    const check = ++this.resumeCheck;
    const key = lab.grid ? gridLabKey(lab) : null;
    let resumable: GridSummary | null = null;
    let alreadyRun: GridSummary | null = null;
    if (key) {
      // The newest grid of this lab decides (the list is newest first): after "start over" has
      // completed, an older stopped grid is history, not something to resume.
      for (const g of this.list.filter(
        (s) => UNFINISHED.includes(s.status) || s.status === 'completed',
      )) {
        if (!this.labKeys.has(g.id)) {
          const detail = await this.app.api.getGrid(g.id).catch(() => null);
          this.labKeys.set(g.id, detail ? gridLabKey(detail.lab) : null);
        }
        if (this.labKeys.get(g.id) !== key) continue;
        if (g.status === 'completed') alreadyRun = g;
        else resumable = g;
        break;
      }
    }
    if (check !== this.resumeCheck) return;
    this.resumable = resumable;
    this.alreadyRun = alreadyRun;
  }
}
