/**
 * The trainer process protocol: one discriminated union each way. The parent (CLI, browser host or
 * Electron main) sends requests; the trainer answers with messages. Structured-cloneable only.
 */
import type { BackendReport, ErrorInfo } from '../contract/api.ts';
import type { ErrorText } from '../contract/errors.ts';
import type { DatasetInfo, DatasetRef } from '../contract/datasets.ts';
import type { EpochInsight, InsightMeta } from '../contract/insights.ts';
import type { LabFile } from '../contract/lab.ts';
import type { EpochMetrics } from '../contract/training.ts';
import type { BackendPreference } from './backend.ts';
import type { InitialWeights, SavedModel, TrainStart, TrainStatus } from './trainer.ts';

export type TrainerRequest =
  | {
      type: 'start';
      runId: string;
      lab: LabFile;
      dataDirs: string[];
      backend?: BackendPreference;
      /** wasm threads; default every core (a grid running trials side by side asks for fewer). */
      threads?: number;
      progressIntervalMs?: number;
      /** Start from these stored weights (`RunRequest.initialWeightsFrom`) instead of fresh ones. */
      initialWeights?: InitialWeights;
    }
  /**
   * Score stored weights on the dataset's test set (`evaluateRun`), answer 'evaluated', then wait to
   * be ended.
   */
  | {
      type: 'evaluate';
      lab: LabFile;
      weights: InitialWeights;
      dataDirs: string[];
      backend?: BackendPreference;
    }
  /** Load a dataset and report its description (shapes, classes, counts), then wait to be ended. */
  | { type: 'describe'; ref: DatasetRef; dataDirs: string[] }
  /** Load a dataset and send its first `count` training examples (the augmentation preview). */
  | { type: 'samples'; ref: DatasetRef; dataDirs: string[]; count: number }
  /** Report the backend this process would train on, then wait to be ended. */
  | { type: 'probe'; backend?: BackendPreference }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'stop' };

export type TrainerMessage =
  | { type: 'backend'; backend: BackendReport }
  | { type: 'described'; info: DatasetInfo }
  /** Examples as floats, one array each, in the dataset's `featureShape`. */
  | { type: 'samples'; info: DatasetInfo; examples: Float32Array[] }
  | ({ type: 'started' } & TrainStart)
  | {
      type: 'progress';
      epoch: number;
      batch: number;
      batches: number;
      loss: number;
      accuracy: number;
    }
  | { type: 'epoch'; metrics: EpochMetrics }
  /** After each epoch's 'epoch' (and once before training, epoch 0, with `meta`). */
  | { type: 'insight'; meta?: InsightMeta; insight: EpochInsight }
  | { type: 'paused' }
  | { type: 'resumed' }
  | {
      type: 'done';
      status: TrainStatus;
      bestEpoch: number | null;
      stoppedEpoch: number | null;
      model: SavedModel;
      seconds: number;
      /** `tf.memory().numTensors` before the run and after it, for the leak check. */
      tensors: { before: number; after: number };
    }
  | { type: 'evaluated'; datasetId: string; count: number; loss: number; accuracy: number }
  | { type: 'error'; error: ErrorInfo }
  /**
   * Remote trainers only (engine/pool): a worker took the job. The run becomes 'running'; `worker`
   * is its name.
   */
  | { type: 'taken'; worker: string }
  /**
   * Remote trainers only: the job went back to the queue (its worker was lost, said why). What the
   * lost attempt recorded is void: the run's epochs and insights are cleared, and it is 'queued'.
   */
  | { type: 'requeued'; reason: string };

/** What the parent needs of a trainer process; Node's fork and Electron's utilityProcess both fit. */
/** Why a trainer ended before its answer (a sentence), or null when it had answered. */
export type ExitProblem = ErrorText | string | null;

export interface TrainerPort {
  send(request: TrainerRequest): void;
  onMessage(listener: (message: TrainerMessage) => void): void;
  /** Called once when the process is gone, with a description of why when it was not a clean exit. */
  onExit(listener: (problem: ExitProblem) => void): void;
  kill(): void;
  /**
   * Still waiting for a trainer (a local slot, or a worker of the pool): stopping it ends the run
   * 'stopped' without ever training. Absent: a process that starts at once.
   */
  readonly queued?: boolean;
}
