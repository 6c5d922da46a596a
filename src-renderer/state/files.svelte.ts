/**
 * Lab files: open and save on the host's disk (the system dialog in Electron, the app's own dialog in
 * the browser host), upload and download for files from elsewhere, and the autosave that makes a
 * crash or a closed tab lose nothing.
 */
import { m } from '../../src-main/contract/i18n.ts';
import type { LabListing, OpenedLab } from '../../src-main/contract/api.ts';
import { serializeLab, LAB_EXTENSION, type LabFile } from '../../src-main/contract/lab.ts';
import { fileWarningsText } from '../lib/error-text.ts';
import { fileSafe } from '../lib/format.ts';
import { applyTemplate, needsQuestion, type SettingsChoice } from '../lib/template-choice.ts';
import { TEMPLATES, blankLab, type TemplateId } from '../lib/templates.ts';
import type { AppState } from './app.svelte.ts';
import type { EditorState } from './editor.svelte.ts';

export const AUTOSAVE_DELAY_MS = 500;

/** Saves a blob under a name: a browser download, or Electron's save dialog. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export class FilesState {
  dialog = $state<'open' | 'save' | null>(null);
  listing = $state.raw<LabListing | null>(null);
  /** False until the autosaved lab (if any) is back, so a blank lab never overwrites it. */
  restored = $state(false);
  private readonly app: AppState;
  private readonly editor: EditorState;

  constructor(app: AppState, editor: EditorState) {
    this.app = app;
    this.editor = editor;
  }

  private get native(): boolean {
    return this.app.info?.nativeDialogs ?? false;
  }

  /** The app's own dialog in both hosts (it lists recent labs); Electron adds "Browse…". */
  async showOpen(): Promise<void> {
    this.listing =
      (await this.app.attempt(() => this.app.api.listLabs(), m.error_doing_list_labs())) ?? null;
    this.dialog = 'open';
  }

  /** The system's file dialog (Electron only). */
  async browse(): Promise<void> {
    const path = await this.app.attempt(() => this.app.api.chooseLabPath('open'));
    if (path) await this.openPath(path);
  }

  get canBrowse(): boolean {
    return this.native;
  }

  async save(): Promise<void> {
    if (this.editor.path) await this.savePath(this.editor.path);
    else await this.showSaveAs();
  }

  async showSaveAs(): Promise<void> {
    if (this.native) {
      const path = await this.app.attempt(() =>
        this.app.api.chooseLabPath('save', fileSafe(this.editor.lab.name) + LAB_EXTENSION),
      );
      if (path) await this.savePath(path);
      return;
    }
    this.listing =
      (await this.app.attempt(() => this.app.api.listLabs(), m.error_doing_list_labs())) ?? null;
    this.dialog = 'save';
  }

  /**
   * Teacher mode's "Save for students": fingerprints the locked parts, clears the teacher's own
   * test answers (one undoable edit), and saves under a name the teacher picks.
   */
  async saveForStudents(): Promise<void> {
    if (!this.editor.lab.guide) return;
    this.editor.run('prepareForStudents', undefined);
    await this.showSaveAs();
  }

  async openPath(path: string): Promise<boolean> {
    const opened = await this.app.attempt(
      () => this.app.api.openLab(path),
      m.error_doing_open_lab(),
    );
    if (!opened) return false;
    this.put(opened);
    return true;
  }

  /** An opened lab goes in; a Keras model JSON becomes a new lab (not saved yet) with its warnings. */
  private put(opened: OpenedLab, fromHost = true): void {
    const keras = opened.kerasWarnings;
    this.editor.replace(opened.lab, keras || !fromHost ? null : opened.path);
    this.dialog = null;
    if (!keras) {
      if (fromHost) this.app.notify(m.notice_opened({ path: opened.path }));
      return;
    }
    const name = opened.path.split(/[\\/]/).pop();
    this.app.notify(m.notice_opened_keras_json({ name: name ?? '' }));
    if (keras.length) this.app.notify(fileWarningsText(name ?? '', keras), true);
  }

  /** A lab the host opened elsewhere (a library lab's copy) goes in like an opened file. */
  putOpened(opened: OpenedLab): void {
    this.put(opened);
  }

  async savePath(path: string): Promise<boolean> {
    const lab = this.editor.lab;
    const saved = await this.app.attempt(
      () => this.app.api.saveLab(path, lab),
      m.error_doing_save_lab(),
    );
    if (!saved) return false;
    this.editor.markSaved(saved.path, lab);
    this.dialog = null;
    this.app.notify(m.notice_saved({ path: saved.path }));
    return true;
  }

  /** A lab file or a Keras model JSON from this computer (the browser host's may be another one). */
  async upload(file: File): Promise<void> {
    const text = await file.text();
    const opened = await this.app.attempt(
      () => this.app.api.readLabFile(file.name, text),
      m.error_doing_open_file(),
    );
    if (opened) this.put(opened, false);
  }

  download(): void {
    const blob = new Blob([serializeLab(this.editor.lab)], { type: 'application/json' });
    downloadBlob(blob, fileSafe(this.editor.lab.name) + LAB_EXTENSION);
  }

  newLab(): void {
    this.editor.replace(blankLab(), null);
  }

  /** A template waiting for the answer to "whose training settings?". */
  templateQuestion = $state.raw<{ id: TemplateId; lab: LabFile } | null>(null);
  /** The answer, remembered for the rest of the session. */
  settingsChoice = $state<SettingsChoice | null>(null);

  /** Puts a template in; asks once whose training settings it gets when they differ. */
  useTemplate(id: TemplateId): void {
    const lab = TEMPLATES[id].make();
    if (this.settingsChoice || !needsQuestion(this.editor.lab, lab))
      this.editor.replace(applyTemplate(this.editor.lab, lab, this.settingsChoice ?? 'keep'), null);
    else this.templateQuestion = { id, lab };
  }

  answerTemplate(choice: SettingsChoice | null): void {
    const question = this.templateQuestion;
    this.templateQuestion = null;
    if (!question || !choice) return;
    this.settingsChoice = choice;
    this.editor.replace(applyTemplate(this.editor.lab, question.lab, choice), null);
  }

  /** Brings back the last session's lab, unsaved edits included. */
  async restore(): Promise<void> {
    const state = await this.app.attempt(
      () => this.app.api.restoreAutosave(),
      'Restoring the last session',
    );
    if (state) this.editor.load(state.lab, { path: state.path, dirty: state.dirty });
    this.restored = true;
  }

  private timer: ReturnType<typeof setTimeout> | null = null;

  /** Called on every change of the lab; writes it shortly after the edits pause. */
  schedule(): void {
    if (!this.restored) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), AUTOSAVE_DELAY_MS);
  }

  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.restored) return;
    const { lab, path, dirty } = this.editor;
    await this.app.attempt(() => this.app.api.autosaveLab({ lab, path, dirty }), 'Autosaving');
  }
}
