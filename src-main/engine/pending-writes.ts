/**
 * What a run could not write to the store (a full disk, a damaged file): its trained weights and its
 * final row, kept in memory so nothing trained is lost. The weights stay exportable in this session,
 * and everything is written the next time the store takes a write, or on an explicit retry.
 */
import type { ErrorInfo, RunStatus, RunSummary } from '../contract/api.ts';
import type { LabFile } from '../contract/lab.ts';
import type { EpochMetrics } from '../contract/training.ts';
import type { RunStore, StoredModel } from '../store/run-store.ts';

export interface PendingWrite {
  model: StoredModel | null;
  /** The run's lab and name, for exporting it while the store cannot be read. */
  run: { lab: LabFile; name: string };
  /** What the run's row should say once written. */
  status: RunStatus;
  error: ErrorInfo | null;
  extra: { stoppedEpoch?: number | null; seconds?: number };
}

/** The sentence of a store failure that kept a run's weights in memory. */
export function weightsKeptMessage(failure: ErrorInfo): ErrorInfo {
  return {
    ...failure,
    message: `${failure.message} The trained weights are kept in memory: export the run now to keep a copy; LayerLab saves them to the store as soon as it can be written.`,
  };
}

export class PendingWrites {
  private readonly writes = new Map<string, PendingWrite>();

  constructor(private readonly store: RunStore) {}

  get size(): number {
    return this.writes.size;
  }

  add(runId: string, write: PendingWrite): void {
    this.writes.set(runId, write);
  }

  model(runId: string): StoredModel | null {
    return this.writes.get(runId)?.model ?? null;
  }

  /** The lab and name of a run whose weights are kept here. */
  run(runId: string): { lab: LabFile; name: string } | null {
    const w = this.writes.get(runId);
    return w?.model ? w.run : null;
  }

  /** Writes what is pending, oldest first; returns the runs written (the others wait for the next attempt). */
  flush(): string[] {
    const written: string[] = [];
    for (const [runId, w] of this.writes) {
      try {
        if (w.model) this.store.saveModel(runId, w.model);
        this.store.finish(runId, w.status, w.error, w.extra);
      } catch {
        continue;
      }
      this.writes.delete(runId);
      written.push(runId);
    }
    return written;
  }
}

/** A run's summary from what the manager saw, for when the store cannot be read back. */
export function summaryFromMemory(
  run: {
    id: string;
    name: string;
    lab: LabFile;
    datasetId: string;
    createdAt: string;
    metrics: EpochMetrics[];
    totalParams: number;
    inside?: string | null;
  },
  fields: Pick<RunSummary, 'status' | 'backend' | 'hasWeights' | 'error' | 'stoppedEpoch'>,
): RunSummary {
  let best: EpochMetrics | null = null;
  for (const m of run.metrics)
    if (m.val_loss !== undefined && (!best || m.val_loss < best.val_loss!)) best = m;
  return {
    id: run.id,
    name: run.name,
    labName: run.lab.name,
    createdAt: run.createdAt,
    finishedAt: new Date().toISOString(),
    datasetId: run.datasetId,
    epochsDone: run.metrics.length,
    epochsPlanned: run.lab.training.epochs,
    bestEpoch: best?.epoch ?? null,
    bestValLoss: best?.val_loss ?? null,
    bestValAccuracy: best?.val_accuracy ?? null,
    totalParams: run.totalParams,
    inside: run.inside ?? null,
    ...fields,
  };
}
