/**
 * The student's side of a guided lab: the step showing, the check results from the host, the Labs
 * dialog, and the edits a student makes through the steps panel (answers, ticks, name, "Set up
 * this step"). Answers, ticks and the name bypass the undo history (`EditorState.setWork`); a
 * step's setup is one undo step.
 */
import { m } from '../../src-main/contract/i18n.ts';
import type { CheckResult, LibraryEntry } from '../../src-main/contract/api.ts';
import type { Question, Step, Work } from '../../src-main/contract/guide.ts';
import { ROW } from '../lib/actions.ts';
import { layoutMissing } from '../lib/flow-sync.ts';
import {
  checksByStep,
  clampStep,
  firstOpenStep,
  withAnswer,
  withDone,
} from '../lib/guide-steps.ts';
import { setupLab, setupNotice } from '../lib/step-setup.ts';
import { labLocale } from '../lib/lab-locale.ts';
import type { AppState } from './app.svelte.ts';
import type { EditorState } from './editor.svelte.ts';
import type { FilesState } from './files.svelte.ts';
import type { RunsState } from './runs.svelte.ts';

/** Finished runs and grids re-evaluate the checks once things settle, not on every event. */
export const CHECK_DEBOUNCE_MS = 400;

export class GuideState {
  /** The index of the step showing. */
  current = $state(0);
  /** The last check results the host gave, for the guide id they were asked for. */
  results = $state.raw<{ guideId: string; list: CheckResult[] } | null>(null);
  /** The palette shows instead of the steps (narrow windows keep one of them). */
  showPalette = $state(false);
  /** The Labs dialog: the library once listed. */
  libraryOpen = $state(false);
  library = $state.raw<LibraryEntry[] | null>(null);

  private readonly app: AppState;
  private readonly editor: EditorState;
  private readonly files: FilesState;
  private readonly runs: RunsState;

  constructor(app: AppState, editor: EditorState, files: FilesState, runs: RunsState) {
    this.app = app;
    this.editor = editor;
    this.files = files;
    this.runs = runs;
  }

  get guide() {
    return this.editor.lab.guide;
  }
  get work(): Work {
    return this.editor.lab.work;
  }
  readonly byStep = $derived.by(() =>
    this.results && this.results.guideId === this.editor.lab.guide?.id
      ? checksByStep(this.results.list)
      : new Map<string, CheckResult[]>(),
  );

  /**
   * A newly loaded guided lab opens at its first step not ticked, with only its own runs on the
   * charts, and its checks are evaluated.
   */
  opened(): void {
    const guide = this.guide;
    if (!guide) return;
    this.current = firstOpenStep(guide, this.work);
    this.showPalette = false;
    void this.runs.keepGuide(guide.id);
    void this.evaluate();
  }

  go(index: number): void {
    if (this.guide) this.current = clampStep(this.guide, index);
  }

  answer(step: Step, question: Question, value: string | number | null): void {
    this.editor.setWork(withAnswer(this.work, step, question, value));
  }

  tick(stepId: string, done: boolean): void {
    if (this.guide) this.editor.setWork(withDone(this.work, this.guide, stepId, done));
  }

  setStudent(name: string): void {
    this.editor.setWork({ ...this.work, student: name });
  }

  /** Puts the step's setup into the lab (one undo step) and says what changed. */
  setUp(step: Step): void {
    if (!step.setup) return;
    const setup = step.setup.graph
      ? { ...step.setup, graph: layoutMissing(step.setup.graph, ROW) }
      : step.setup;
    const before = this.editor.lab;
    if (setupLab(before, setup) !== before) this.editor.run('setUpStep', { setup });
    this.app.notify(setupNotice(step.title, before, this.editor.lab));
  }

  private timer: ReturnType<typeof setTimeout> | null = null;
  private asked = 0;

  /** Asks the host to evaluate the checks shortly (finished runs and grids come in bursts). */
  schedule(): void {
    if (!this.guide) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.evaluate(), CHECK_DEBOUNCE_MS);
  }

  async evaluate(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const lab = this.editor.lab;
    if (!lab.guide) return;
    const ask = ++this.asked;
    const list = await this.app.attempt(
      () => this.app.api.checkLab(lab),
      m.error_doing_check_steps(),
    );
    // An answer to an older question is dropped: a newer one is on its way.
    if (list && ask === this.asked) this.results = { guideId: lab.guide.id, list };
  }

  /** Re-evaluates after each finished run or grid. */
  attach(): () => void {
    const offRuns = this.app.api.onRunEvent((e) => e.type === 'finished' && this.schedule());
    const offGrids = this.app.api.onGridEvent((e) => e.type === 'grid-finished' && this.schedule());
    return () => {
      offRuns();
      offGrids();
      if (this.timer) clearTimeout(this.timer);
    };
  }

  /** Ticks the run a check found in the runs list, so its curves show. */
  showRun(id: string): void {
    if (!this.runs.isShown(id)) void this.runs.toggle(id);
  }

  async showLibrary(): Promise<void> {
    this.libraryOpen = true;
    if (!this.library)
      this.library =
        (await this.app.attempt(() => this.app.api.listLibrary(), m.error_doing_list_library())) ??
        null;
  }

  /** Opens the library lab as the student's own copy, like an opened file. */
  async openFromLibrary(id: string, quick: boolean): Promise<boolean> {
    const opened = await this.app.attempt(
      () => this.app.api.openLibraryLab(id, { quick, locale: labLocale() }),
      m.error_doing_open_lab(),
    );
    if (!opened) return false;
    this.libraryOpen = false;
    this.files.putOpened(opened);
    return true;
  }
}
