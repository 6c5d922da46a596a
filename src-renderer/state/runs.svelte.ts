/**
 * Runs: the list from the host's run store (so earlier sessions' runs are there), the live run,
 * and the runs ticked for the charts. Events replace `data` wholesale; charts get plain arrays.
 */
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
import type { AppState } from './app.svelte.ts';
import { downloadBlob } from './files.svelte.ts';

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
  /** Runs shown on the charts, in the order they were ticked (which also picks their colours). */
  overlay = $state.raw<string[]>([]);
  /** The run started last from this window. */
  activeId = $state<string | null>(null);
  /** A run to point at in the list (one just made by opening a Keras model file). */
  selectedId = $state<string | null>(null);
  /** The run whose lab was last put in the editor, and the editor's load count then. */
  editorRun = $state.raw<{ runId: string; loads: number } | null>(null);
  /** Test-set scores asked for in this session, by run; 'pending' while the host evaluates. */
  evaluations = $state.raw<Record<string, Evaluation | 'pending'>>({});
  /** Runs the user ticked; a run only shown because it was training leaves when the next starts. */
  private pinned = new Set<string>();
  private lookedUp = new Set<string>();

  readonly list = $derived(this.data.runs);
  readonly active = $derived<RunSummary | null>(
    this.data.runs.find((r) => r.id === this.activeId) ?? null,
  );
  readonly isTraining = $derived(
    this.active !== null && !FINISHED_STATUSES.includes(this.active.status),
  );
  readonly curves = $derived<CurveRun[]>(
    this.overlay
      .map((id, i) => {
        const run = this.data.runs.find((r) => r.id === id);
        if (!run) return null;
        const curve: CurveRun = {
          id,
          name: run.name,
          color: runColor(i),
          metrics: this.data.metrics[id] ?? [],
          progress: this.data.progress[id] ?? null,
          stoppedEpoch: run.status === 'early-stopped' ? run.stoppedEpoch : null,
          settings: '',
          changes: [],
          baseline: false,
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
    const listed = await this.app.attempt(() => this.app.api.listRuns(), 'Listing runs');
    if (listed) this.data = mergeRunList(this.data, listed);
  }

  colorOf(id: string): string | null {
    const i = this.overlay.indexOf(id);
    return i < 0 ? null : runColor(i);
  }

  /** Starts a run of `lab`; with `initialWeightsFrom`, from that run's trained weights. */
  async start(lab: LabFile, name?: string, initialWeightsFrom?: string): Promise<boolean> {
    const started = await this.app.attempt(
      () => this.app.api.startRun({ lab, name, ...(initialWeightsFrom && { initialWeightsFrom }) }),
      'Starting training',
    );
    if (!started) return false;
    this.activeId = started.runId;
    this.data = { ...this.data, metrics: { ...this.data.metrics, [started.runId]: [] } };
    await this.refresh();
    this.overlay = [...this.overlay.filter((id) => this.pinned.has(id)), started.runId];
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
      'Evaluating on the test set',
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

  /** Ticks or unticks a run for the charts, loading its epochs the first time. */
  async toggle(id: string): Promise<void> {
    if (this.overlay.includes(id)) {
      this.overlay = this.overlay.filter((x) => x !== id);
      this.pinned.delete(id);
      return;
    }
    this.pinned.add(id);
    if (!this.data.metrics[id]?.length) {
      const detail = await this.app.attempt(() => this.app.api.getRun(id), 'Loading the run');
      if (!detail) return;
      this.data = { ...this.data, metrics: { ...this.data.metrics, [id]: detail.metrics } };
    }
    this.overlay = [...this.overlay, id];
  }

  async lab(id: string): Promise<LabFile | undefined> {
    return (await this.app.attempt(() => this.app.api.getRun(id), 'Loading the run'))?.lab;
  }

  async rename(id: string, name: string): Promise<void> {
    await this.app.attempt(() => this.app.api.renameRun(id, name), 'Renaming the run');
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
      this.app.notify('Exported model.json and weights.bin (load them with tf.loadLayersModel).');
      return;
    }
    for (const f of files)
      downloadBlob(new Blob([f.bytes as Uint8Array<ArrayBuffer>], { type: MIME[format] }), f.name);
    this.app.notify(`Exported ${files.map((f) => f.name).join(', ')}.`);
  }

  async remove(id: string): Promise<void> {
    const ok = await this.app.attempt(
      () => this.app.api.deleteRun(id).then(() => true),
      'Deleting the run',
    );
    if (!ok) return;
    this.overlay = this.overlay.filter((x) => x !== id);
    if (this.activeId === id) this.activeId = null;
    if (this.selectedId === id) this.selectedId = null;
    this.data = { ...this.data, runs: this.data.runs.filter((r) => r.id !== id) };
  }
}
