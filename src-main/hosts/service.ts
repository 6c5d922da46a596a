/**
 * The LayerLab API as the main side implements it, host-neutral: both hosts (Electron IPC and the
 * browser host's WebSocket) are thin adapters over this one object.
 */
import { readFileSync } from 'node:fs';
import type {
  AppCommand,
  AppInfo,
  AutosaveState,
  AugmentationPreview,
  CheckResult,
  ClassOverview,
  LibraryEntry,
  ReportFormat,
  AugmentationPreviewRequest,
  Evaluation,
  ExportFormat,
  ExportResult,
  ImportedModel,
  KerasCodeImport,
  KerasScript,
  LabListing,
  LayerLabApi,
  OpenedLab,
  RunDetail,
  RunEvent,
  RunRequest,
  RunSummary,
} from '../contract/api.ts';
import type { RunInsights } from '../contract/insights.ts';
import type { PoolStatus } from '../contract/pool.ts';
import type { LabFile } from '../contract/lab.ts';
import type { Locale } from '../contract/locale.ts';
import { localizeLab } from '../contract/guide-locale.ts';
import { userDataDir } from '../data/data-dirs.ts';
import {
  DatasetRefSchema,
  type DatasetAvailability,
  type DatasetInfo,
  type DatasetRef,
} from '../contract/datasets.ts';
import { listBuiltinDatasets } from '../data/index.ts';
import { datasetSamples, describeDataset } from '../engine/trainer-client.ts';
import { augmentationPreview, checkImages } from '../engine/augment-preview.ts';
import { EXPORT_FORMATS } from '../contract/export-formats.ts';
import { EngineError } from '../engine/errors.ts';
import { said } from '../contract/errors.ts';
import { RunManager } from '../engine/run-manager.ts';
import { TrainerQueue, type TrainerSlots } from '../engine/trainer-queue.ts';
import type { TrainerPort } from '../engine/protocol.ts';
import { exportFiles, writeExport } from '../export/exporters.ts';
import { importKerasCode } from '../export/python/import-code.ts';
import { importModelRun } from '../export/keras-file/import-run.ts';
import { kerasScript } from '../export/python/script.ts';
import type { RunStore } from '../store/run-store.ts';
import type { BackendReport, GridDetail, GridEvent, GridSummary } from '../contract/api.ts';
import { parseLab } from '../contract/lab.ts';
import { GridRunner } from '../engine/grid-runner.ts';
import { gridToCsv } from '../export/grid-csv.ts';
import { overviewOfFiles, reportFiles, reportFilesIn } from '../export/report/index.ts';
import { labReport } from '../export/report/gather.ts';
import { GridStore } from '../store/grid-store.ts';
import os from 'node:os';
import path from 'node:path';
import { LabFiles } from './lab-files.ts';
import { PoolSession } from './pool-session.ts';
import { PathPolicy, type PathPolicyMode } from './path-policy.ts';
import { evaluateChecks } from '../contract/guide-checks.ts';
import { guideGrids, guideRuns } from '../store/guide-runs.ts';
import {
  freeLabName,
  LIBRARY_PREFIX,
  libraryEntry,
  libraryLab,
  readLibrary,
} from './lab-library.ts';

/** Training images the augmentation preview may show (the request picks up to this many). */
const PREVIEW_IMAGES = 8;

/** One promise per key, made once; a failed one is forgotten so the next call tries again. */
function cached<T>(
  cache: Map<string, Promise<T>>,
  key: string,
  make: () => Promise<T>,
): Promise<T> {
  let value = cache.get(key);
  if (!value) {
    value = make();
    cache.set(key, value);
    value.catch(() => cache.delete(key));
  }
  return value;
}

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export interface ServiceOptions {
  host: AppInfo['host'];
  store: RunStore;
  dataDirs: string[];
  spawnTrainer: () => TrainerPort;
  /** Reports the backend a trainer would pick (probed once, in a trainer-like environment). */
  probeBackend: () => Promise<BackendReport>;
  /** The user data folder for labs, the recent list and autosave; default `userDataDir()`. */
  appDir?: string;
  /**
   * 'dialogs' (Electron: the user picks paths with the system's dialogs) lets a request name any
   * path; 'sandboxed' (the browser host, the default) keeps requests inside the labs, exports and
   * data folders.
   */
  pathPolicy?: PathPolicyMode;
  /** Trainer processes at once (default from memory and cores; `LAYERLAB_MAX_TRAINERS`). */
  maxTrainers?: number;
  /** Queues shared with other services (a class server's students): runs, and describing sets. */
  trainers?: TrainerSlots;
  describers?: TrainerSlots;
  /** The system's file dialog, when the host has one (Electron). */
  chooseLabPath?: (mode: 'open' | 'save', suggestedName?: string) => Promise<string | null>;
}

export class LayerLabService implements LayerLabApi {
  readonly runs: RunManager;
  readonly grids: GridRunner;
  private readonly gridStore: GridStore;
  private backend: Promise<BackendReport> | null = null;
  private backendName: BackendReport['name'] | null = null;
  private readonly described = new Map<string, Promise<DatasetInfo>>();
  private readonly samples = new Map<
    string,
    Promise<{ info: DatasetInfo; examples: Float32Array[] }>
  >();
  /** Describing a set forks a trainer too: a few at a time, whatever the number of requests. */
  private readonly describers: TrainerSlots;
  readonly labs: LabFiles;
  readonly paths: PathPolicy;
  /** Where a relative export folder goes in the browser host (`<user data>/exports`). */
  readonly exportsDir: string;
  private readonly commandListeners = new Set<(command: AppCommand) => void>();
  /** Grids running on the pool now: the pool may not change under them. */
  private readonly poolGrids = new Set<string>();
  readonly pool = new PoolSession(() => this.poolGrids.size > 0);

  constructor(private readonly options: ServiceOptions) {
    this.runs = new RunManager({
      store: options.store,
      dataDirs: options.dataDirs,
      spawnTrainer: options.spawnTrainer,
      maxConcurrent: options.maxTrainers,
      trainers: options.trainers,
    });
    this.describers = options.describers ?? new TrainerQueue(2);
    const appDir = options.appDir ?? userDataDir();
    this.exportsDir = path.join(appDir, 'exports');
    this.paths = new PathPolicy(options.pathPolicy ?? 'sandboxed', {
      labs: path.join(appDir, 'labs'),
      exports: this.exportsDir,
      data: options.dataDirs,
    });
    this.labs = new LabFiles(appDir, (file, access) => this.paths.check(file, access, 'labs'));
    this.gridStore = new GridStore(options.store);
    // One trainer per core on CPU backends; one at a time on a GPU.
    this.grids = new GridRunner(this.runs, this.gridStore, () =>
      this.backendName === 'tensorflow-gpu' || this.backendName === 'webgpu' ? 1 : os.cpus().length,
    );
  }

  async getAppInfo(): Promise<AppInfo> {
    this.backend ??= this.options.probeBackend().then((b) => {
      this.backendName = b.name;
      return b;
    });
    return {
      version: pkg.version,
      host: this.options.host,
      dataDirs: this.options.dataDirs,
      backend: await this.backend,
      labsDir: this.labs.labsDir,
      nativeDialogs: Boolean(this.options.chooseLabPath),
    };
  }

  async listDatasets(): Promise<DatasetAvailability[]> {
    return listBuiltinDatasets(this.options.dataDirs);
  }

  /** Loads the set once per reference and keeps only its description. */
  async describeDataset(ref: DatasetRef): Promise<DatasetInfo> {
    const parsed = DatasetRefSchema.parse(ref);
    this.checkDataset(parsed);
    return cached(this.described, JSON.stringify(parsed), () =>
      describeDataset(
        () => this.describers.port(this.options.spawnTrainer),
        parsed,
        this.options.dataDirs,
      ),
    );
  }

  /**
   * The first training images come from a trainer process once per dataset (it loads the set; the
   * host never blocks on that); augmenting a few of them here is quick.
   */
  async previewAugmentation(request: AugmentationPreviewRequest): Promise<AugmentationPreview> {
    const dataset = DatasetRefSchema.parse(request.dataset);
    this.checkDataset(dataset);
    const { info, examples } = await cached(this.samples, JSON.stringify(dataset), () =>
      datasetSamples(
        () => this.describers.port(this.options.spawnTrainer),
        dataset,
        this.options.dataDirs,
        PREVIEW_IMAGES,
      ),
    );
    checkImages(info);
    const images = examples.slice(0, request.images ?? 3);
    const seed = request.seed ?? Math.floor(Math.random() * 2 ** 31);
    return augmentationPreview(info, images, request.augmentation, request.count, seed);
  }

  /** A dataset file must be where this host may read. */
  private checkDataset(ref: DatasetRef): void {
    if (ref.kind === 'file') this.paths.check(ref.path, 'read', 'datasets');
  }

  async startRun(request: RunRequest): Promise<{ runId: string }> {
    this.checkDataset(request.lab.dataset);
    const { runId } = this.runs.startRun(request);
    return { runId };
  }

  async pauseRun(runId: string): Promise<void> {
    this.runs.pauseRun(runId);
  }

  async resumeRun(runId: string): Promise<void> {
    this.runs.resumeRun(runId);
  }

  async stopRun(runId: string): Promise<void> {
    this.runs.stopRun(runId);
  }

  async listRuns(): Promise<RunSummary[]> {
    // Weights a failing store could not take are still exportable from memory.
    return this.options.store
      .listRuns()
      .map((r) => (!r.hasWeights && this.runs.unsavedModel(r.id) ? { ...r, hasWeights: true } : r));
  }

  async getRun(runId: string): Promise<RunDetail> {
    const run = this.options.store.getRun(runId);
    if (!run) throw new EngineError('not-found', said('error_not_found_run', { run: runId }));
    return run;
  }

  async deleteRun(runId: string): Promise<void> {
    if (this.runs.isActive(runId)) throw new EngineError('busy', said('error_busy_delete_run'));
    this.options.store.delete(runId);
  }

  async renameRun(runId: string, name: string): Promise<void> {
    const trimmed = String(name).trim();
    if (!trimmed) throw new EngineError('invalid-arguments', said('error_run_name_empty'));
    this.options.store.rename(runId, trimmed.slice(0, 200));
  }

  async exportRun(
    runId: string,
    options: { format: ExportFormat; dir?: string },
  ): Promise<ExportResult> {
    const dir = this.exportDir(options.dir);
    // Weights a failing store could not take are exported from memory, without reading the store.
    const model = this.runs.unsavedModel(runId) ?? this.options.store.loadModel(runId);
    const unsaved = this.runs.unsavedRun(runId);
    // A history is only in the store (a store that cannot be read says so in its own sentence).
    const detail =
      unsaved && !EXPORT_FORMATS[options.format].needsHistory ? null : await this.getRun(runId);
    const run = unsaved ?? detail!;
    const files = await exportFiles(options.format, {
      lab: run.lab,
      model,
      name: run.name,
      metrics: detail?.metrics ?? null,
    });
    if (dir)
      return {
        files: writeExport(files, dir).map((p) => ({ name: path.basename(p), path: p })),
      };
    return { files };
  }

  /** Where an export goes: a relative folder is under the exports folder in the browser host. */
  private exportDir(dir: string | undefined): string | undefined {
    const resolved =
      dir && (this.paths.mode === 'sandboxed' ? path.resolve(this.exportsDir, dir) : dir);
    if (resolved) this.paths.check(resolved, 'write', 'exports');
    return resolved;
  }

  async evaluateRun(runId: string, options?: { dataset?: DatasetRef }): Promise<Evaluation> {
    const run = await this.getRun(runId);
    const dataset = options?.dataset ? DatasetRefSchema.parse(options.dataset) : run.lab.dataset;
    this.checkDataset(dataset);
    const result = await this.runs.evaluate(runId, { ...run.lab, dataset });
    return { runId, ...result };
  }

  /** Null for a run that recorded none (an imported Keras model, a run from before insights). */
  async getInsights(runId: string): Promise<RunInsights | null> {
    const insights = this.options.store.getInsights(runId);
    if (!insights) await this.getRun(runId); // not-found for an unknown run
    return insights;
  }

  async importKerasCode(code: string, sourceName?: string): Promise<KerasCodeImport> {
    return importKerasCode(code, sourceName ?? 'the Keras code');
  }

  async kerasScript(lab: LabFile): Promise<KerasScript> {
    return kerasScript(lab);
  }

  /** Stores a Keras model file as a finished run of 0 epochs with its weights. */
  async importModelFile(
    fileName: string,
    bytes: Uint8Array,
    options?: { locale?: Locale },
  ): Promise<ImportedModel> {
    return importModelRun(this.options.store, fileName, bytes, options?.locale);
  }

  async listLabs(): Promise<LabListing> {
    return this.labs.list();
  }

  async openLab(path: string): Promise<OpenedLab> {
    return this.labs.open(path);
  }

  async readLabFile(fileName: string, text: string): Promise<OpenedLab> {
    return { path: fileName, ...this.labs.read(text, fileName) };
  }

  async saveLab(path: string, lab: LabFile): Promise<{ path: string }> {
    return this.labs.save(path, lab);
  }

  async autosaveLab(state: Omit<AutosaveState, 'savedAt'>): Promise<void> {
    this.labs.autosave(state);
  }

  async restoreAutosave(): Promise<AutosaveState | null> {
    return this.labs.restore();
  }

  async chooseLabPath(mode: 'open' | 'save', suggestedName?: string): Promise<string | null> {
    return this.options.chooseLabPath ? this.options.chooseLabPath(mode, suggestedName) : null;
  }

  onRunEvent(listener: (event: RunEvent) => void): () => void {
    return this.runs.onRunEvent(listener);
  }

  async startGrid(
    lab: LabFile,
    options: { restart?: boolean; name?: string; onPool?: boolean; locale?: Locale } = {},
  ): Promise<{ gridId: string; resumed: boolean }> {
    const parsed = parseLab(lab, 'the lab');
    this.checkDataset(parsed.dataset);
    const pool = options.onPool ? this.pool.client() : undefined;
    const { gridId, resumed, done } = this.grids.start(parsed, {
      restart: !!options.restart,
      name: options.name,
      pool,
      locale: options.locale,
    });
    if (pool) {
      this.poolGrids.add(gridId);
      void done.then(() => this.poolGrids.delete(gridId));
    }
    return { gridId, resumed };
  }

  async connectPool(url: string | null): Promise<PoolStatus> {
    return this.pool.connect(url);
  }

  async getPool(): Promise<PoolStatus> {
    return this.pool.status();
  }

  /** A broken library file is left out with a warning on the host's console. */
  async listLibrary(): Promise<LibraryEntry[]> {
    const { labs, problems } = readLibrary();
    for (const problem of problems) console.warn(`layerlab: ${problem}`);
    return labs.map(libraryEntry);
  }

  async openLibraryLab(
    id: string,
    options?: { quick?: boolean; locale?: Locale },
  ): Promise<OpenedLab> {
    const library = libraryLab(id, options);
    // Only the name: the guide's texts stay the base's (localizeLab is for showing).
    const lab = options?.locale
      ? { ...library, name: localizeLab(library, options.locale).name }
      : library;
    const base = `${String(id).replace(LIBRARY_PREFIX, '')}${options?.quick ? '-quick' : ''}`;
    return { ...this.labs.save(freeLabName(this.labs.labsDir, base), lab), lab };
  }

  async checkLab(lab: LabFile): Promise<CheckResult[]> {
    const parsed = parseLab(lab, 'the lab');
    if (!parsed.guide) return [];
    const { store } = this.options;
    const id = parsed.guide.id;
    return evaluateChecks(
      parsed.guide,
      guideRuns(store, id),
      guideGrids(store, this.gridStore, id),
    );
  }

  async exportReport(
    lab: LabFile,
    options: { format: ReportFormat; runIds?: string[]; dir?: string; locale?: Locale },
  ): Promise<ExportResult> {
    const dir = this.exportDir(options.dir);
    const report = labReport(this.options.store, this.gridStore, parseLab(lab, 'the lab'), {
      runIds: options.runIds,
      app: `LayerLab ${pkg.version}`,
      locale: options.locale,
    });
    const files = await reportFiles(report, options.format);
    if (dir)
      return { files: writeExport(files, dir).map((p) => ({ name: path.basename(p), path: p })) };
    return { files };
  }

  async classOverview(
    source: { dir: string } | { files: { name: string; bytes: Uint8Array }[] },
    options?: { lab?: LabFile },
  ): Promise<ClassOverview> {
    const lab = options?.lab ? parseLab(options.lab, "the teacher's lab") : null;
    if ('files' in source) return overviewOfFiles(source.files, lab);
    const dir =
      this.paths.mode === 'sandboxed' ? path.resolve(this.exportsDir, source.dir) : source.dir;
    this.paths.check(dir, 'read', 'reports');
    let files: { name: string; bytes: Uint8Array }[];
    try {
      files = reportFilesIn(dir);
    } catch {
      throw new EngineError('not-found', said('error_reports_folder', { dir }));
    }
    return overviewOfFiles(files, lab);
  }

  async stopGrid(gridId: string): Promise<void> {
    this.grids.stop(gridId);
  }

  async listGrids(): Promise<GridSummary[]> {
    return this.gridStore.list();
  }

  async getGrid(gridId: string): Promise<GridDetail> {
    const grid = this.gridStore.detail(gridId);
    if (!grid) throw new EngineError('not-found', said('error_not_found_grid', { grid: gridId }));
    return grid;
  }

  async deleteGrid(gridId: string): Promise<void> {
    if (this.grids.isActive(gridId)) throw new EngineError('busy', said('error_busy_delete_grid'));
    this.gridStore.delete(gridId);
  }

  async exportGridCsv(gridId: string): Promise<string> {
    return gridToCsv(await this.getGrid(gridId));
  }

  onGridEvent(listener: (event: GridEvent) => void): () => void {
    return this.grids.onGridEvent(listener);
  }

  async repairStore(): Promise<{ movedTo: string; copied: number }> {
    if (this.runs.activeCount) throw new EngineError('busy', said('error_busy_repair_store'));
    const result = this.options.store.moveAside();
    this.runs.savePending();
    return result;
  }

  onAppCommand(listener: (command: AppCommand) => void): () => void {
    this.commandListeners.add(listener);
    return () => this.commandListeners.delete(listener);
  }

  /** Passes a host menu command on to the UI. */
  sendCommand(command: AppCommand): void {
    for (const listener of this.commandListeners) listener(command);
  }
}
