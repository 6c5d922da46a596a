/**
 * What the runs recorded inside their models (contract/insights.ts), for the inspect panel: loaded
 * once per run with `getInsights`, kept live from the runs' `insight` events; which runs the panel
 * shows (the ones ticked in the runs list, in their chart colours), the epoch its slider is on, and
 * Play. Records are large: `$state.raw`, replaced, never mutated.
 */
import { FINISHED_STATUSES } from '../../src-main/contract/api.ts';
import {
  cursorForLast,
  cursorMoved,
  followingCursor,
  playStart,
  playStep,
  type EpochCursor,
} from '../lib/epoch-cursor.ts';
import type { InspectRun, InspectTab } from '../lib/inspect.ts';
import {
  applyInsightEvent,
  lastEpoch,
  withLoaded,
  type InsightsByRun,
} from '../lib/run-insights.ts';
import type { AppState } from './app.svelte.ts';
import type { RunsState } from './runs.svelte.ts';

/** Play shows the whole history in about this long, one epoch at a time within the bounds below. */
const PLAY_MS = 6000;
const STEP_MS = { min: 150, max: 700 };

export class InsightsState {
  private readonly app: AppState;
  private readonly runs: RunsState;
  byRun = $state.raw<InsightsByRun>({});
  cursor = $state.raw<EpochCursor>(followingCursor(0));
  playing = $state(false);
  /** The run the one-run views (predictions, boundary) show; null: the last one ticked. */
  chosenId = $state<string | null>(null);
  #loading = new Set<string>();
  #timer: ReturnType<typeof setInterval> | null = null;

  /** The ticked runs that recorded insights, in the order and colours of the charts. */
  readonly shown = $derived.by(() => this.#shown());
  /** Ticked runs whose record is still on its way. */
  readonly pending = $derived.by(() => this.runs.overlay.some((id) => !(id in this.byRun)));
  readonly last = $derived(lastEpoch(this.shown));
  /** The epoch the views show: the cursor, following the newest epoch unless the user moved it. */
  readonly epoch = $derived(cursorForLast(this.cursor, this.last).epoch);
  readonly chosen = $derived<InspectRun | null>(
    this.shown.find((r) => r.id === this.chosenId) ?? this.shown.at(-1) ?? null,
  );

  constructor(app: AppState, runs: RunsState) {
    this.app = app;
    this.runs = runs;
  }

  #shown(): InspectRun[] {
    return this.runs.curves.flatMap((c) => {
      const insights = this.byRun[c.id];
      if (!insights?.epochs.length) return [];
      const status = this.runs.list.find((r) => r.id === c.id)?.status;
      const live = status !== undefined && !FINISHED_STATUSES.includes(status);
      return [{ id: c.id, name: c.name, color: c.color, insights, live }];
    });
  }

  /** Listens to the runs' insight events for the life of the app; returns the unsubscribe. */
  attach(): () => void {
    const off = this.app.api.onRunEvent((event) => {
      if (event.type !== 'insight') return;
      // A grid's fold runs record too, but are not listed: their records would only fill memory.
      if (!this.runs.list.some((r) => r.id === event.runId)) return;
      const { byRun, needsLoad } = applyInsightEvent(this.byRun, event);
      this.byRun = byRun;
      // An epoch of a run whose start this window missed: the record so far is fetched once.
      if (needsLoad) void this.#load(event.runId);
    });
    return () => {
      off();
      this.pause();
    };
  }

  /** Loads a run's record unless it is loaded (or recorded nothing) or on its way. */
  need(id: string): void {
    if (!(id in this.byRun)) void this.#load(id);
  }

  async #load(id: string): Promise<void> {
    if (this.#loading.has(id)) return;
    this.#loading.add(id);
    try {
      const loaded = await this.app.attempt(
        () => this.app.api.getInsights(id),
        'Loading what the run recorded',
      );
      this.byRun = withLoaded(this.byRun, id, loaded ?? null);
    } finally {
      this.#loading.delete(id);
    }
  }

  /** Opens the inspect panel on `tab`; with a run, ticks it first and makes it the chosen one. */
  async open(tab: InspectTab, runId?: string): Promise<void> {
    if (runId) {
      if (!this.runs.isShown(runId)) await this.runs.toggle(runId);
      this.chosenId = runId;
      this.need(runId);
    }
    this.app.gridView = false;
    this.app.inspectView = tab;
  }

  close(): void {
    this.pause();
    this.app.inspectView = null;
  }

  /** The user put the slider on `epoch`. */
  moveTo(epoch: number): void {
    this.pause();
    this.cursor = cursorMoved(epoch, this.last);
  }

  play(): void {
    this.pause();
    const last = this.last;
    if (last === 0) return;
    this.cursor = playStart(cursorForLast(this.cursor, last), last);
    this.playing = true;
    const ms = Math.min(STEP_MS.max, Math.max(STEP_MS.min, PLAY_MS / last));
    this.#timer = setInterval(() => {
      const { cursor, done } = playStep(this.cursor, this.last);
      this.cursor = cursor;
      if (done) this.pause();
    }, ms);
  }

  pause(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    this.playing = false;
  }
}
