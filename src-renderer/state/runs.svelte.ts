/**
 * Runs: the list from the host's run store (so earlier sessions' runs are there), the live run,
 * and the runs ticked for the charts. Events replace `data` wholesale; charts get plain arrays.
 */
import { m } from '../../src-main/contract/i18n.ts';
import type { Evaluation, ExportFormat, RunSummary } from '../../src-main/contract/api.ts';
import { FINISHED_STATUSES } from '../../src-main/contract/api.ts';
import { STORE_ERROR_CODES } from '../../src-main/contract/errors.ts';
import type { DatasetRef } from '../../src-main/contract/datasets.ts';
import { EXPORT_FORMATS } from '../../src-main/contract/export-formats.ts';
import type { LabFile } from '../../src-main/contract/lab.ts';
import { zipSync } from 'fflate';
import { runColor, type CurveRun } from '../lib/curves.ts';
import { fileSafe } from '../lib/format.ts';
import { applyRunEvent, emptyRuns, mergeRunList, type RunsData } from '../lib/run-events.ts';
import {
  assignColors,
  describeRuns,
  overlayAfterStart,
  overlayForGuide,
  overlayToggled,
  referenceOf,
  withBaseline,
  type RunDescription,
} from '../lib/run-overlay.ts';
import type { AppState } from './app.svelte.ts';
import { downloadBlob } from './files.svelte.ts';
import { readStored, writeStored } from './stored.ts';

/** Kept in the browser's storage, so a reload keeps colours and the baseline. */
const STORED = { colors: 'layerlab.runColors', baseline: 'layerlab.baseline' };

const MIME: Record<ExportFormat, string> = {
  keras: 'application/zip',
  h5: 'application/x-hdf5',
  onnx: 'application/octet-stream',
  tfjs: 'application/zip',
  python: 'text/x-python',
  csv: 'text/csv',
};

export class RunsState {
  data = $state.raw<RunsData>(emptyRuns());
  /** Runs shown on the charts, in the order they were ticked; they stay until unticked. */
  overlay = $state.raw<string[]>([]);
  /** Each run's colour for its whole life, by run id. */
  colors = $state.raw<Record<string, string>>(readStored(STORED.colors, {}));
  /** The pinned baseline: always on the charts, and what the other runs are compared with. */
  baseline = $state<string | null>(readStored(STORED.baseline, null));
  /** The labs runs were trained with, loaded once per run. */
  labs = $state.raw<Record<string, LabFile>>({});
  /** The run started last from this window. */
  activeId = $state<string | null>(null);
  /** A run to point at in the list (one just made by opening a Keras model file). */
  selectedId = $state<string | null>(null);
  /** The run whose lab was last put in the editor, and the editor's load count then. */
  editorRun = $state.raw<{ runId: string; loads: number } | null>(null);
  /** Test-set scores asked for in this session, by run; 'pending' while the host evaluates. */
  evaluations = $state.raw<Record<string, Evaluation | 'pending'>>({});
  private lookedUp = new Set<string>();
  #labsAsked = new Set<string>();

  readonly list = $derived(this.data.runs);
  readonly active = $derived<RunSummary | null>(
    this.data.runs.find((r) => r.id === this.activeId) ?? null,
  );
  readonly isTraining = $derived(
    this.active !== null && !FINISHED_STATUSES.includes(this.active.status),
  );
  /** The listed runs' ids, newest first: a string, so epochs and progress do not recompute what follows. */
  readonly #order = $derived(this.data.runs.map((r) => r.id).join('\n'));
  /** What each run was trained with and what it changed, once its lab (and its reference's) is loaded. */
  readonly descriptions = $derived<Record<string, RunDescription>>(
    describeRuns(this.#order ? this.#order.split('\n') : [], this.labs, this.baseline),
  );
  readonly curves = $derived<CurveRun[]>(
    this.overlay
      .map((id, i) => {
        const run = this.data.runs.find((r) => r.id === id);
        if (!run) return null;
        const described = this.descriptions[id];
        const curve: CurveRun = {
          id,
          name: run.name,
          color: this.colors[id] ?? runColor(i),
          metrics: this.data.metrics[id] ?? [],
          progress: this.data.progress[id] ?? null,
          stoppedEpoch: run.status === 'early-stopped' ? run.stoppedEpoch : null,
          settings: described?.settings ?? '',
          changes: described?.changes ?? [],
          baseline: id === this.baseline,
        };
        return curve;
      })
      .filter((r): r is CurveRun => r !== null),
  );

  private readonly app: AppState;

  constructor(app: AppState) {
    this.app = app;
  }

  /** Listens to run events for the life of the app; returns the unsubscribe. */
  attach(): () => void {
    return this.app.api.onRunEvent((event) => {
      this.data = applyRunEvent(this.data, event);
      // A run the store failed under: the one notice area says so (and offers the repair when damaged).
      if (
        event.type === 'finished' &&
        event.run.error &&
        STORE_ERROR_CODES.has(event.run.error.code)
      )
        this.app.report(event.run.error);
      const known = this.data.runs.some((r) => r.id === event.runId);
      // A run we do not list yet is looked up once: started elsewhere, it appears; a grid's fold run
      // (never listed) costs one lookup, not one per progress event.
      if (
        known
          ? event.type === 'started' || event.type === 'finished'
          : !this.lookedUp.has(event.runId)
      ) {
        this.lookedUp.add(event.runId);
        void this.refresh();
      }
    });
  }

  async refresh(): Promise<void> {
    const listed = await this.app.attempt(() => this.app.api.listRuns(), m.error_doing_list_runs());
    if (!listed) return;
    this.data = mergeRunList(this.data, listed);
    const ids = listed.map((r) => r.id);
    const colors = assignColors([...ids].reverse(), this.colors, this.overlay);
    // Only a new or deleted run changes the colours (and so the charts).
    if (
      Object.keys(colors).length !== Object.keys(this.colors).length ||
      ids.some((id) => colors[id] !== this.colors[id])
    ) {
      this.colors = colors;
      writeStored(STORED.colors, colors);
    }
    if (this.baseline && !ids.includes(this.baseline)) this.pin(null);
    else if (this.baseline && !this.overlay.includes(this.baseline)) void this.show(this.baseline);
  }

  /** The run's colour for its whole life (null before the run is listed). */
  colorOf(id: string): string | null {
    return this.colors[id] ?? null;
  }

  isShown(id: string): boolean {
    return this.overlay.includes(id);
  }

  /** Pins a run as the baseline (null unpins): on every chart, and what other runs are compared with. */
  pin(id: string | null): void {
    this.baseline = id;
    writeStored(STORED.baseline, id);
    if (id) void this.show(id);
  }

  /** A guided lab opened: the ticked runs (and baseline) of other labs leave the charts. */
  async keepGuide(guideId: string): Promise<void> {
    const ticked = this.baseline ? [...this.overlay, this.baseline] : this.overlay;
    await this.loadLabs(ticked);
    const next = overlayForGuide(this.overlay, this.baseline, this.labs, guideId);
    if (next.baseline !== this.baseline) this.pin(next.baseline);
    if (next.overlay.join() !== this.overlay.join()) this.overlay = next.overlay;
  }

  /** Loads a run's lab and the lab it is compared with (rows ask as they come into view). */
  needLab(id: string): void {
    const order = this.data.runs.map((r) => r.id);
    const reference = referenceOf(id, order, this.baseline);
    void this.loadLabs(reference ? [id, reference] : [id]);
  }

  /** One request per run per session, whatever asks. */
  private async loadLabs(ids: string[]): Promise<void> {
    for (const id of ids) {
      if (this.labs[id] || this.#labsAsked.has(id)) continue;
      this.#labsAsked.add(id);
      try {
        const detail = await this.app.api.getRun(id);
        this.labs = { ...this.labs, [id]: detail.lab };
      } catch {
        // A run deleted meanwhile, or a damaged row: its settings stay unsaid; the list reports the rest.
      }
    }
  }

  /** Starts a run of `lab`; with `initialWeightsFrom`, from that run's trained weights. */
  async start(lab: LabFile, name?: string, initialWeightsFrom?: string): Promise<boolean> {
    const started = await this.app.attempt(
      () => this.app.api.startRun({ lab, name, ...(initialWeightsFrom && { initialWeightsFrom }) }),
      m.error_doing_start_training(),
    );
    if (!started) return false;
    this.activeId = started.runId;
    this.#labsAsked.add(started.runId);
    // A copy: the editor's lab goes on changing, the run's does not.
    this.labs = { ...this.labs, [started.runId]: $state.snapshot(lab) as LabFile };
    this.data = { ...this.data, metrics: { ...this.data.metrics, [started.runId]: [] } };
    await this.refresh();
    this.overlay = overlayAfterStart(this.overlay, started.runId, this.baseline);
    return true;
  }

  /** Trains the run's own lab again, as it was trained, starting from the weights it ended with. */
  async continueTraining(id: string, name: string): Promise<boolean> {
    const lab = await this.lab(id);
    return lab ? this.start(lab, name, id) : false;
  }

  /** Scores the run's trained weights on a test set (its own dataset's by default), shown on its row. */
  async evaluate(id: string, dataset?: DatasetRef): Promise<void> {
    if (this.evaluations[id] === 'pending') return;
    const before = this.evaluations[id];
    this.evaluations = { ...this.evaluations, [id]: 'pending' };
    const result = await this.app.attempt(
      () => this.app.api.evaluateRun(id, dataset && { dataset }),
      m.error_doing_evaluate(),
    );
    const rest = { ...this.evaluations };
    if (result) rest[id] = result;
    else if (before) rest[id] = before;
    else delete rest[id];
    this.evaluations = rest;
  }

  pause = (id: string) => this.app.attempt(() => this.app.api.pauseRun(id), 'Pausing');
  resume = (id: string) => this.app.attempt(() => this.app.api.resumeRun(id), 'Resuming');
  stop = (id: string) => this.app.attempt(() => this.app.api.stopRun(id), 'Stopping');

  /** Ticks or unticks a run for the charts, loading its epochs the first time; the baseline stays. */
  async toggle(id: string): Promise<void> {
    if (this.overlay.includes(id)) this.overlay = overlayToggled(this.overlay, id, this.baseline);
    else await this.show(id);
  }

  private async show(id: string): Promise<void> {
    if (!this.data.metrics[id]?.length) {
      const detail = await this.app.attempt(
        () => this.app.api.getRun(id),
        m.error_doing_load_run(),
      );
      if (!detail) return;
      this.data = { ...this.data, metrics: { ...this.data.metrics, [id]: detail.metrics } };
      this.labs = { ...this.labs, [id]: detail.lab };
    }
    if (!this.overlay.includes(id))
      this.overlay = withBaseline([...this.overlay, id], this.baseline);
  }

  /** A run's lab never changes: the one loaded for its row serves, else it is loaded now. */
  async lab(id: string): Promise<LabFile | undefined> {
    if (this.labs[id]) return this.labs[id];
    const lab = (await this.app.attempt(() => this.app.api.getRun(id), m.error_doing_load_run()))
      ?.lab;
    if (lab) this.labs = { ...this.labs, [id]: lab };
    return lab;
  }

  async rename(id: string, name: string): Promise<void> {
    await this.app.attempt(() => this.app.api.renameRun(id, name), m.error_doing_rename_run());
    await this.refresh();
  }

  /**
   * Downloads the run in one of `EXPORT_FORMATS`: one file, or for TensorFlow.js its model.json and
   * weights.bin together in one zip (a browser asks once per download).
   */
  async exportRun(id: string, format: ExportFormat): Promise<void> {
    const run = this.data.runs.find((r) => r.id === id);
    const info = EXPORT_FORMATS[format];
    const result = await this.app.attempt(
      () => this.app.api.exportRun(id, { format }),
      `Exporting as ${info.label}`,
    );
    if (!result) return;
    const files = result.files.filter((f): f is { name: string; bytes: Uint8Array } => !!f.bytes);
    if (format === 'tfjs') {
      const zip = zipSync(Object.fromEntries(files.map((f) => [f.name, f.bytes])));
      downloadBlob(
        new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
        `${fileSafe(run?.name ?? 'model')}-tfjs.zip`,
      );
      this.app.notify(m.notice_exported_tfjs());
      return;
    }
    for (const f of files)
      downloadBlob(new Blob([f.bytes as Uint8Array<ArrayBuffer>], { type: MIME[format] }), f.name);
    this.app.notify(m.notice_exported({ files: files.map((f) => f.name).join(', ') }));
  }

  async remove(id: string): Promise<void> {
    const ok = await this.app.attempt(
      () => this.app.api.deleteRun(id).then(() => true),
      m.error_doing_delete_run(),
    );
    if (!ok) return;
    if (this.baseline === id) this.pin(null);
    this.overlay = this.overlay.filter((x) => x !== id);
    if (this.activeId === id) this.activeId = null;
    if (this.selectedId === id) this.selectedId = null;
    this.data = { ...this.data, runs: this.data.runs.filter((r) => r.id !== id) };
  }
}
