/**
 * The one contract between the UI and the rest of LayerLab. The Electron host serves it over IPC and
 * the browser host over a WebSocket; the renderer only ever sees this interface.
 *
 * Methods are verbs and return promises; events are `onX` subscriptions that return an unsubscribe
 * function. Everything here is plain, structured-cloneable data. This module imports nothing from
 * Electron, Node or TensorFlow.
 */
import type { BackendFact, BackendSkip } from './backend-text.ts';
import type { DatasetAvailability, DatasetInfo, DatasetRef } from './datasets.ts';
import type { LabFile } from './lab.ts';
import type { GridSpec, TrialParams } from './grid.ts';
import type { PoolStatus } from './pool.ts';
import type { Augmentation, EpochMetrics } from './training.ts';
import type { ExportFormat } from './export-formats.ts';
import type { EpochInsight, InsightMeta, RunInsights } from './insights.ts';

/** The compute backends, fastest first. */
export type BackendName = 'tensorflow-gpu' | 'webgpu' | 'tensorflow' | 'wasm' | 'cpu';

/** A GPU as WebGPU's adapter describes it (Dawn: Vulkan, Metal or Direct3D 12). */
export interface GpuAdapterInfo {
  /** "nvidia", "intel", "apple", "google"... (may be empty: drivers need not say). */
  vendor: string;
  /** "ampere", "gen-12lp", "swiftshader"... (may be empty). */
  architecture: string;
  /** The driver's name for the device: "NVIDIA GeForce RTX 3060", "SwiftShader driver 5.0.0". */
  description: string;
  /** A rasterizer on the CPU (SwiftShader, llvmpipe, Microsoft Basic Render): slower than wasm. */
  software: boolean;
}

/**
 * For people: "NVIDIA GeForce RTX 3060 (ampere)", "google SwiftShader driver 5.0.0 (swiftshader)";
 * the vendor only when the driver's name lacks it.
 */
export function gpuName(gpu: GpuAdapterInfo): string {
  const vendor = gpu.vendor && !gpu.description.toLowerCase().includes(gpu.vendor.toLowerCase());
  const name = [vendor ? gpu.vendor : '', gpu.description].filter(Boolean).join(' ');
  return `${name || 'an unnamed GPU'}${gpu.architecture ? ` (${gpu.architecture})` : ''}`;
}

export interface BackendReport {
  name: BackendName;
  /** For people: "GPU (CUDA)", "GPU (WebGPU)", "native CPU (TensorFlow)", "WebAssembly", "JavaScript". */
  label: string;
  /**
   * Faster rungs of the ladder that were skipped, each with the reason in English and as a code
   * (`why`, contract/backend-text.ts) for saying it in the user's language.
   */
  skipped: { name: BackendName; reason: string; why?: BackendSkip }[];
  /** Extra facts worth showing (SIMD, threads, fast kernels), in English. */
  details: string[];
  /** The same facts as codes, for saying them in the user's language (contract/backend-text.ts). */
  facts?: BackendFact[];
  /** The WebGPU adapter found, whether it is used ('webgpu') or was skipped (software). */
  gpu?: GpuAdapterInfo;
}

export type RunStatus =
  /** Waiting for a free trainer process (the host caps how many run at once). */
  | 'queued'
  | 'running'
  | 'paused'
  | 'completed'
  | 'early-stopped'
  | 'stopped'
  | 'failed'
  | 'interrupted';

export const FINISHED_STATUSES: readonly RunStatus[] = [
  'completed',
  'early-stopped',
  'stopped',
  'failed',
  'interrupted',
];

export interface RunSummary {
  id: string;
  /** A short label for lists and legends (defaults to the lab's name and a counter). */
  name: string;
  labName: string;
  createdAt: string;
  finishedAt: string | null;
  status: RunStatus;
  datasetId: string;
  backend: BackendName | null;
  /** Epochs finished so far. */
  epochsDone: number;
  epochsPlanned: number;
  /** The epoch with the lowest val_loss (1-based), when there is validation. */
  bestEpoch: number | null;
  bestValLoss: number | null;
  bestValAccuracy: number | null;
  /** Where early stopping stopped (1-based), when it did. */
  stoppedEpoch: number | null;
  totalParams: number;
  /** Whether trained weights are stored (and so can be exported). */
  hasWeights: boolean;
  error: ErrorInfo | null;
  /**
   * Inside the model at the last recorded epoch, in `insightSummary`'s words (the first weight
   * layer's sparsity and L2 norm: "dense: 92.1% ~0 · L2 1.8"), as `layerlab inspect` words it;
   * null when the run recorded nothing.
   */
  inside: string | null;
}

export interface RunDetail extends RunSummary {
  lab: LabFile;
  metrics: EpochMetrics[];
}

import type { ErrorInfo } from './errors.ts';
import type { ErrorParams, WarningText } from './error-text.ts';
export type { WarningText } from './error-text.ts';
import type { CheckLabelMessage, CheckMessage } from './check-words.ts';
import type { Topic } from './guide.ts';
import type { Locale } from './locale.ts';
import type { ClassOverview, ReportFormat } from './report.ts';
export type { ErrorCode, ErrorInfo } from './errors.ts';
export type { ExportFormat } from './export-formats.ts';

export interface RunRequest {
  lab: LabFile;
  /** Optional label for the runs list. */
  name?: string;
  /**
   * Continue from another run's trained weights (an imported Keras model, or an earlier run of the
   * same model) instead of fresh initial weights. The lab's graph must have the same weights.
   */
  initialWeightsFrom?: string;
}

/** What pasted or dropped Keras code became: a lab, and what could not be carried over. */
export interface KerasCodeImport {
  lab: LabFile;
  /**
   * Each with its line in the code (1-based) when it has one, and what to do: in English, and as a
   * message key and parameters for the user's language (`errorSentence`).
   */
  warnings: { line: number | null; message: string; key?: string; params?: ErrorParams }[];
}

/** The lab as a Keras script, for the "Keras code" view and Export > Python script. */
export interface KerasScript {
  code: string;
  /**
   * Parts of the lab the script cannot say exactly, each in one sentence: in English (the script's
   * own comment), and as a message key and parameters for the user's language (`errorSentence`).
   */
  warnings: WarningText[];
}

/** A `.keras` or `.h5` file saved by Keras, stored as a run with its weights. */
export interface ImportedModel {
  runId: string;
  lab: LabFile;
  /** What could not be carried over, each in English and as a message key (`errorSentence`). */
  warnings: WarningText[];
}

/** What `previewAugmentation` augments: the first `images` training images of `dataset`. */
export interface AugmentationPreviewRequest {
  dataset: DatasetRef;
  augmentation: Augmentation;
  /** How many training images (default 3, at most 8). */
  images?: number;
  /** Augmented versions of each (at most 32). */
  count: number;
  /** The same seed draws the same transforms; default a fresh draw. */
  seed?: number;
}

/** A few training images and augmented versions of them, as 8-bit pixels (row-major, channels last). */
export interface AugmentationPreview {
  width: number;
  height: number;
  channels: number;
  samples: { original: Uint8Array; augmented: Uint8Array[] }[];
}

/** A run's trained model scored on a dataset's test set, as Keras' `model.evaluate` would. */
export interface Evaluation {
  runId: string;
  datasetId: string;
  count: number;
  loss: number;
  accuracy: number;
}

export type RunEvent =
  | {
      type: 'started';
      runId: string;
      dataset: DatasetInfo;
      backend: BackendReport;
      stepsPerEpoch: number;
      epochs: number;
      trainCount: number;
      validationCount: number;
      totalParams: number;
    }
  /** Per-batch progress, throttled to a few per second. Running means over the epoch so far. */
  | {
      type: 'progress';
      runId: string;
      epoch: number;
      batch: number;
      batches: number;
      loss: number;
      accuracy: number;
    }
  | { type: 'epoch'; runId: string; metrics: EpochMetrics }
  /**
   * What the model looks like inside at an epoch's end (epoch 0: before training); `meta` comes
   * with epoch 0. See contract/insights.ts.
   */
  | { type: 'insight'; runId: string; meta?: InsightMeta; insight: EpochInsight }
  | { type: 'status'; runId: string; status: RunStatus }
  /**
   * A grid fold trained on a pool's worker went back to the queue (the worker was lost): what it had
   * recorded is void (its epochs and insights are cleared) and it trains again from the start.
   */
  | { type: 'requeued'; runId: string; reason: string }
  /**
   * A queued run's place among the runs waiting for a trainer (1 = next), sent when it changes; a
   * class server's queue is shared by the class.
   */
  | { type: 'queue'; runId: string; position: number; waiting: number }
  | { type: 'finished'; runId: string; run: RunSummary };

export interface ExportResult {
  /** Files written (absolute paths) in the Electron host / CLI; files to download in the browser. */
  files: { name: string; path?: string; bytes?: Uint8Array }[];
}

export interface AppInfo {
  version: string;
  host: 'electron' | 'browser';
  /** Folders searched for datasets, in order. */
  dataDirs: string[];
  /** The backend the trainer will use, and why faster ones are out. */
  backend: BackendReport;
  /** Where a lab saved under a bare name goes (`<user data>/labs`). */
  labsDir: string;
  /** True when `chooseLabPath` shows the system's file dialog (Electron); else the UI asks itself. */
  nativeDialogs: boolean;
  /** On a class server (`layerlab serve --class`): the signed-in student's name. */
  student?: string;
}

/** A lab file on the host's disk, for the open dialog and the recent list. */
export interface LabEntry {
  /** Absolute path on the host's machine. */
  path: string;
  /** The lab's own name, or the file name when it cannot be read. */
  name: string;
  /** ISO time of the last change on disk; null when the file is gone. */
  modifiedAt: string | null;
}

export interface LabListing {
  labsDir: string;
  /** Labs opened or saved lately, newest first (missing files are dropped). */
  recent: LabEntry[];
  /** Every `*.layerlab.json` in `labsDir`, newest first. */
  files: LabEntry[];
}

export interface OpenedLab {
  path: string;
  lab: LabFile;
  /**
   * Set when the file was a Keras model JSON (`model.to_json()`): the lab is a new one, not saved
   * yet, and these say what could not be carried over, one sentence each (as `ImportedModel`'s).
   */
  kerasWarnings?: WarningText[];
}

/** The editor's state as autosaved: restored on the next start, so a crash or a closed tab loses nothing. */
export interface AutosaveState {
  lab: LabFile;
  /** The file the lab was opened from or last saved to, if any. */
  path: string | null;
  /** Whether the lab has changes that are not in `path` yet. */
  dirty: boolean;
  /** ISO time, set by the host. */
  savedAt: string;
}

/** Commands from the host's own menus (Electron); the browser host has none. */
export const APP_COMMANDS = [
  'new-lab',
  'open-lab',
  'save-lab',
  'save-lab-as',
  'import-keras-code',
  'export-python',
  'undo',
  'redo',
  'train',
  'stop',
] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];

export interface LayerLabApi {
  getAppInfo(): Promise<AppInfo>;
  /** Built-in datasets and where they were found (or where to put them). */
  listDatasets(): Promise<DatasetAvailability[]>;
  /** Loads a dataset far enough to describe it (shape, classes, counts). */
  describeDataset(ref: DatasetRef): Promise<DatasetInfo>;

  /** Validates the lab again (never trust the UI) and starts a run in a trainer process. */
  startRun(request: RunRequest): Promise<{ runId: string }>;
  pauseRun(runId: string): Promise<void>;
  resumeRun(runId: string): Promise<void>;
  /** Stops within one batch; the run keeps its finished epochs and its weights. */
  stopRun(runId: string): Promise<void>;

  listRuns(): Promise<RunSummary[]>;
  getRun(runId: string): Promise<RunDetail>;
  deleteRun(runId: string): Promise<void>;
  renameRun(runId: string, name: string): Promise<void>;
  /**
   * A run's trained model (or, for `python`, its lab as a script) in one of `EXPORT_FORMATS`. With
   * `dir` the files are written there; without, their bytes come back (the browser downloads them).
   */
  exportRun(runId: string, options: { format: ExportFormat; dir?: string }): Promise<ExportResult>;
  /** Evaluates a run's trained weights on a dataset's test set (default: the run's own dataset). */
  evaluateRun(runId: string, options?: { dataset?: DatasetRef }): Promise<Evaluation>;
  /**
   * What the run recorded inside its model, epoch by epoch (contract/insights.ts); null for a run
   * that recorded nothing (imported from Keras, or trained before LayerLab recorded it).
   */
  getInsights(runId: string): Promise<RunInsights | null>;
  /**
   * Augments a few of the dataset's training images as training would (ImageDataGenerator's rules),
   * for the settings' preview. Refused for a dataset that is not images.
   */
  previewAugmentation(request: AugmentationPreviewRequest): Promise<AugmentationPreview>;
  /** Keras code (`Sequential`, `model.add`, the functional API, compile, fit...) to a lab. */
  importKerasCode(code: string, sourceName?: string): Promise<KerasCodeImport>;
  /** The lab as a runnable Keras 3 script. Cheap enough to call on every edit. */
  kerasScript(lab: LabFile): Promise<KerasScript>;
  /** A `.keras` or `.h5` model saved by Keras, with its weights: stored as a run to evaluate or train on. */
  importModelFile(
    fileName: string,
    bytes: Uint8Array,
    /** The language of the run's name ("x.keras (imported)"). */
    options?: { locale?: Locale },
  ): Promise<ImportedModel>;

  /** Labs in the labs folder and the recent list. */
  listLabs(): Promise<LabListing>;
  /**
   * Reads and checks a `*.layerlab.json` on the host's disk (migrating old versions); a bare name is
   * looked up in the labs folder. Adds it to the recent list.
   */
  openLab(path: string): Promise<OpenedLab>;
  /** A lab or a Keras model JSON from this computer (an upload, a drop), read as `openLab` reads one. */
  readLabFile(fileName: string, text: string): Promise<OpenedLab>;
  /** Writes the lab (atomically) to `path`, adding `.layerlab.json` when missing; returns the path used. */
  saveLab(path: string, lab: LabFile): Promise<{ path: string }>;
  /** Keeps the editor's current state in the user data folder; cheap enough to call on every edit. */
  autosaveLab(state: Omit<AutosaveState, 'savedAt'>): Promise<void>;
  /** The last autosaved state, or null on a first start. */
  restoreAutosave(): Promise<AutosaveState | null>;
  /**
   * Asks the user for a lab path with the system's file dialog; null when cancelled, or when the
   * host has no such dialog (`AppInfo.nativeDialogs` is false).
   */
  chooseLabPath(mode: 'open' | 'save', suggestedName?: string): Promise<string | null>;

  /** Every run event of every run, as it happens. */
  onRunEvent(listener: (event: RunEvent) => void): () => void;
  /** Menu commands from the host (File > Save...), for the UI to carry out. */
  onAppCommand(listener: (command: AppCommand) => void): () => void;

  /** Runs the lab's grid, or resumes the unfinished grid of the same lab unless `restart`. */
  startGrid(
    lab: LabFile,
    /** `locale`: the language of the names it makes (the grid's, its runs'). */
    options?: { restart?: boolean; name?: string; onPool?: boolean; locale?: Locale },
  ): Promise<{ gridId: string; resumed: boolean }>;
  /**
   * Connects to a pool of workers on a Redis server (`redis://[:password@]host:port`, `rediss://` for
   * TLS), or disconnects with null. `startGrid(lab, { onPool: true })` then queues the folds there.
   */
  connectPool(url: string | null): Promise<PoolStatus>;
  /** The pool: its server (password hidden), connection state, workers and queue, as of now. */
  getPool(): Promise<PoolStatus>;
  /** Cancels the running folds within a batch; the grid can be resumed later. */
  stopGrid(gridId: string): Promise<void>;

  // Guided labs (contract/guide.ts), the library, reports and the class overview.
  /** The library's guided labs, in the course's order. */
  listLibrary(): Promise<LibraryEntry[]>;
  /**
   * Opens a library lab as a copy the student owns (saved in the labs folder under a free name).
   * `quick`: the lab's quick version (smaller subsets, fewer epochs: a demo, or a slow PC).
   */
  /** The student's copy is named in `locale` when the lab carries its name in that language. */
  openLibraryLab(id: string, options?: { quick?: boolean; locale?: Locale }): Promise<OpenedLab>;
  /** Evaluates every check of the lab's steps on the runs of this lab (same `guide.id`) in the store. */
  checkLab(lab: LabFile): Promise<CheckResult[]>;
  /**
   * The student's report of a guided lab: steps, answers, checks, the curves of `runIds` (default:
   * every finished run of the lab), the model diagram and the runs table, as one self-contained
   * HTML file or a PDF.
   */
  exportReport(
    lab: LabFile,
    options: { format: ReportFormat; runIds?: string[]; dir?: string; locale?: Locale },
  ): Promise<ExportResult>;
  /**
   * Reads students' reports (a folder on the host, or files sent from another machine) into one
   * overview; `lab` is the teacher's lab, whose fingerprint the reports' must match.
   */
  classOverview(
    source: { dir: string } | { files: { name: string; bytes: Uint8Array }[] },
    options?: { lab?: LabFile },
  ): Promise<ClassOverview>;
  listGrids(): Promise<GridSummary[]>;
  getGrid(gridId: string): Promise<GridDetail>;
  deleteGrid(gridId: string): Promise<void>;
  /** The results table as CSV text. */
  exportGridCsv(gridId: string): Promise<string>;
  /** Every grid event of every grid, as it happens. */
  onGridEvent(listener: (event: GridEvent) => void): () => void;

  /**
   * Moves a damaged run store aside (offered when an error's code is 'store-corrupt'): the file is
   * renamed to `runs.damaged-<time>.sqlite` next to it, never deleted, a fresh store takes its place,
   * and every run, epoch, weight and grid that can still be read is copied into it. Refused ('busy')
   * while runs are training. Returns where the damaged file went and how many rows were copied.
   */
  repairStore(): Promise<{ movedTo: string; copied: number }>;
}

/** The method names of the contract, for the adapters' allowlists. */
export const API_METHODS = [
  'getAppInfo',
  'listDatasets',
  'describeDataset',
  'startRun',
  'pauseRun',
  'resumeRun',
  'stopRun',
  'listRuns',
  'getRun',
  'deleteRun',
  'renameRun',
  'exportRun',
  'evaluateRun',
  'getInsights',
  'previewAugmentation',
  'importKerasCode',
  'kerasScript',
  'importModelFile',
  'listLabs',
  'openLab',
  'readLabFile',
  'saveLab',
  'autosaveLab',
  'restoreAutosave',
  'chooseLabPath',
  'startGrid',
  'stopGrid',
  'listGrids',
  'getGrid',
  'deleteGrid',
  'exportGridCsv',
  'listLibrary',
  'openLibraryLab',
  'checkLab',
  'exportReport',
  'classOverview',
  'connectPool',
  'getPool',
  'repairStore',
] as const satisfies readonly Exclude<
  keyof LayerLabApi,
  'onRunEvent' | 'onAppCommand' | 'onGridEvent'
>[];
export type ApiMethod = (typeof API_METHODS)[number];

/** The events of the contract, by the name the adapters send them under. */
export interface ApiEvents {
  run: RunEvent;
  command: AppCommand;
  grid: GridEvent;
}
export type ApiEventName = keyof ApiEvents;

// ---- Guided labs ----------------------------------------------------------------------------

/** A lab of the library, for the Labs dialog. */
export interface LibraryEntry {
  id: string;
  name: string;
  description: string;
  topic: Topic;
  /** Expected minutes on a classroom PC without a GPU, full and quick versions. */
  minutes: number | null;
  quickMinutes: number | null;
  steps: number;
  /** The dataset's title (MNIST, IMDB reviews, Two moons...). */
  dataset: string;
  /** The name and description in other languages (the lab's `guide.translations`). */
  translations?: Partial<Record<Locale, { name?: string; description?: string }>>;
}

/** One check of one step, evaluated on the lab's runs. */
export interface CheckResult {
  stepId: string;
  /** The check's index in its step. */
  index: number;
  passed: boolean;
  /** What the check asks, in words ("A run whose val_loss rises for 3 epochs after its minimum"). */
  label: string;
  /** What was found: the run that passes it, or why none does yet. */
  sentence: string;
  /** `label` and `sentence` as messages, for the reader's language (contract/check-words.ts). */
  labelMessage?: CheckLabelMessage;
  message?: CheckMessage;
  /** The runs that pass it. */
  runIds: string[];
}

export type { ClassOverview, ReportFormat } from './report.ts';

// ---- Hyperparameter grids -------------------------------------------------------------------

export type GridStatus = 'running' | 'completed' | 'stopped' | 'interrupted' | 'failed';

/** One setting of a grid: its fold scores (null until that fold finishes), mean and std. */
export interface TrialResult {
  trial: number;
  params: TrialParams;
  /** "dropout.rate=0.3, dense.kernelRegularizer.l2=0.01" */
  label: string;
  status: 'pending' | 'running' | 'done' | 'failed';
  foldScores: (number | null)[];
  mean: number | null;
  std: number | null;
  /** The trial's fold runs (their curves are ordinary runs: `getRun`). */
  runIds: string[];
}

export interface GridSummary {
  id: string;
  name: string;
  labName: string;
  createdAt: string;
  finishedAt: string | null;
  status: GridStatus;
  rankBy: 'val_loss' | 'val_accuracy';
  trialsDone: number;
  trialsTotal: number;
  bestTrial: number | null;
  bestMean: number | null;
  error: ErrorInfo | null;
}

export interface GridDetail extends GridSummary {
  lab: LabFile;
  spec: GridSpec;
  trials: TrialResult[];
  /** The best setting trained again on all training data, scored on the test set. */
  refit: {
    runId: string;
    status: RunStatus;
    testLoss: number | null;
    testAccuracy: number | null;
  } | null;
}

export type GridEvent =
  | {
      type: 'grid-started';
      gridId: string;
      resumed: boolean;
      trialsTotal: number;
      trialsDone: number;
      parallel: number;
    }
  /** A fold run has started (so a table can show its setting as training at once). */
  | { type: 'fold-started'; gridId: string; trial: number; fold: number; runId: string }
  /** After every finished fold: jobs (trial x fold runs) done of all, and an estimate of the time left. */
  | {
      type: 'grid-progress';
      gridId: string;
      jobsDone: number;
      jobsTotal: number;
      etaSeconds: number | null;
    }
  | { type: 'trial-finished'; gridId: string; trial: TrialResult }
  | { type: 'grid-finished'; gridId: string; grid: GridSummary };
