/**
 * The runs the UI knows about, and how each run event changes them. Pure: the state class holds the
 * result in `$state.raw` and replaces it on every event, so charts see new arrays, never mutations.
 */
import type { BackendReport, RunEvent, RunSummary } from '../../src-main/contract/api.ts';
import type { DatasetInfo } from '../../src-main/contract/datasets.ts';
import { insightSummary } from '../../src-main/contract/insight-words.ts';
import type { EpochMetrics } from '../../src-main/contract/training.ts';
import { bestEpoch, type LiveProgress } from './curves.ts';

export interface StartInfo {
  dataset: DatasetInfo;
  backend: BackendReport;
  stepsPerEpoch: number;
  epochs: number;
  trainCount: number;
  validationCount: number;
}

export interface RunsData {
  /** Newest first, as the run store lists them. */
  runs: RunSummary[];
  /** Per-epoch metrics of the runs loaded so far (live runs and the ones shown on the charts). */
  metrics: Record<string, EpochMetrics[]>;
  progress: Record<string, LiveProgress | null>;
  started: Record<string, StartInfo>;
  /** Queued runs' places in line for a trainer (absent: not waiting, or no place heard yet). */
  places: Record<string, { position: number; waiting: number }>;
}

export const emptyRuns = (): RunsData => ({
  runs: [],
  metrics: {},
  progress: {},
  started: {},
  places: {},
});

function withoutPlace(data: RunsData, runId: string): RunsData['places'] {
  if (!(runId in data.places)) return data.places;
  const { [runId]: _gone, ...places } = data.places;
  return places;
}

function updateRun(
  data: RunsData,
  runId: string,
  change: (r: RunSummary) => RunSummary,
): RunSummary[] {
  return data.runs.map((r) => (r.id === runId ? change(r) : r));
}

export function applyRunEvent(data: RunsData, event: RunEvent): RunsData {
  const { runId } = event;
  switch (event.type) {
    case 'started': {
      const { type: _type, runId: _id, ...info } = event;
      return {
        ...data,
        started: { ...data.started, [runId]: info },
        metrics: { ...data.metrics, [runId]: data.metrics[runId] ?? [] },
        runs: updateRun(data, runId, (r) => ({
          ...r,
          epochsPlanned: event.epochs,
          backend: event.backend.name,
          totalParams: event.totalParams,
        })),
      };
    }
    case 'progress': {
      const { type: _type, runId: _id, ...progress } = event;
      return { ...data, progress: { ...data.progress, [runId]: progress } };
    }
    case 'epoch': {
      const previous = (data.metrics[runId] ?? []).filter((m) => m.epoch !== event.metrics.epoch);
      const metrics = [...previous, event.metrics].sort((a, b) => a.epoch - b.epoch);
      const best = bestEpoch(metrics);
      const bestM = metrics.find((m) => m.epoch === best);
      return {
        ...data,
        metrics: { ...data.metrics, [runId]: metrics },
        runs: updateRun(data, runId, (r) => ({
          ...r,
          epochsDone: metrics.length,
          bestEpoch: best,
          bestValLoss: bestM?.val_loss ?? null,
          bestValAccuracy: bestM?.val_accuracy ?? null,
        })),
      };
    }
    case 'insight':
      // Only the row's line in words: insights are large, and the inspect views keep their own.
      return {
        ...data,
        runs: updateRun(data, runId, (r) => ({
          ...r,
          inside: insightSummary({ epochs: [event.insight] }),
        })),
      };
    case 'status':
      return {
        ...data,
        places: event.status === 'queued' ? data.places : withoutPlace(data, runId),
        runs: updateRun(data, runId, (r) => ({ ...r, status: event.status })),
      };
    case 'queue':
      return {
        ...data,
        places: { ...data.places, [runId]: { position: event.position, waiting: event.waiting } },
      };
    case 'requeued':
      // A pool's worker was lost mid-fold: what it recorded is void, and the fold starts again.
      return {
        ...data,
        metrics: { ...data.metrics, [runId]: [] },
        progress: { ...data.progress, [runId]: null },
        runs: updateRun(data, runId, (r) => ({
          ...r,
          status: 'queued',
          epochsDone: 0,
          bestEpoch: null,
          bestValLoss: null,
          bestValAccuracy: null,
          inside: null,
        })),
      };
    case 'finished':
      // Only listed runs are rows: a grid's fold runs finish here too, and are not listed.
      return {
        ...data,
        progress: { ...data.progress, [runId]: null },
        places: withoutPlace(data, runId),
        runs: updateRun(data, runId, () => event.run),
      };
  }
}

/** Merges a fresh `listRuns()` with what events have told us since (events may be newer). */
export function mergeRunList(data: RunsData, listed: RunSummary[]): RunsData {
  const live = new Map(data.runs.map((r) => [r.id, r]));
  const runs = listed.map((r) => {
    const known = live.get(r.id);
    return known && known.epochsDone > r.epochsDone ? known : r;
  });
  return { ...data, runs };
}
