/**
 * What the renderer knows of each run's insights (contract/insights.ts), and how a loaded record and
 * the live `insight` run events combine. Pure: the insights state keeps the result in `$state.raw`
 * and replaces it, so the views see new objects, never mutations.
 */
import type { RunEvent } from '../../src-main/contract/api.ts';
import type { EpochInsight, RunInsights } from '../../src-main/contract/insights.ts';
import type { InspectRun } from './inspect.ts';

/** Per run: its insights, null when it recorded none (imported or older runs); absent: not loaded. */
export type InsightsByRun = Record<string, RunInsights | null>;

export type InsightEvent = Extract<RunEvent, { type: 'insight' }>;

/** The epochs of both, ascending, one per epoch number; `newer`'s wins where both have one. */
export function mergeEpochs(older: EpochInsight[], newer: EpochInsight[]): EpochInsight[] {
  const byEpoch = new Map<number, EpochInsight>();
  for (const e of older) byEpoch.set(e.epoch, e);
  for (const e of newer) byEpoch.set(e.epoch, e);
  return [...byEpoch.values()].sort((a, b) => a.epoch - b.epoch);
}

/**
 * One live insight: `meta` (with epoch 0) starts the run's record afresh; a later epoch joins the
 * record. Without a record to join (the page opened mid-run), nothing changes: `needsLoad` says to
 * fetch the whole record, which `withLoaded` then merges with what arrived meanwhile.
 */
export function applyInsightEvent(
  byRun: InsightsByRun,
  event: InsightEvent,
): { byRun: InsightsByRun; needsLoad: boolean } {
  const { runId, meta, insight } = event;
  if (meta)
    return { byRun: { ...byRun, [runId]: { runId, meta, epochs: [insight] } }, needsLoad: false };
  const known = byRun[runId];
  if (!known) return { byRun, needsLoad: true };
  const epochs = mergeEpochs(known.epochs, [insight]);
  return { byRun: { ...byRun, [runId]: { ...known, epochs } }, needsLoad: false };
}

/** A record fetched with `getInsights`, merged with live epochs that came while it was on its way. */
export function withLoaded(
  byRun: InsightsByRun,
  runId: string,
  loaded: RunInsights | null,
): InsightsByRun {
  const live = byRun[runId];
  if (!loaded) return { ...byRun, [runId]: live ?? null };
  if (!live) return { ...byRun, [runId]: loaded };
  return { ...byRun, [runId]: { ...loaded, epochs: mergeEpochs(loaded.epochs, live.epochs) } };
}

/** The newest epoch any of the runs has recorded (0 with none). */
export function lastEpoch(runs: InspectRun[]): number {
  let last = 0;
  for (const r of runs) last = Math.max(last, r.insights.epochs.at(-1)?.epoch ?? 0);
  return last;
}
