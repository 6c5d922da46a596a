/**
 * The lab as Keras code and back: the "Import Keras code" dialog (paste or drop a `.py`, get a lab
 * with the importer's warnings), the live "Keras code" view (the host's script of the current lab,
 * asked for again shortly after each edit), and Export > Python script.
 */
import { formatNumber, m } from '../../src-main/contract/i18n.ts';
import type { KerasCodeImport, KerasScript } from '../../src-main/contract/api.ts';
import type { LabFile } from '../../src-main/contract/lab.ts';
import { pythonFileName } from '../lib/python-code.ts';
import type { AppState } from './app.svelte.ts';
import type { EditorState } from './editor.svelte.ts';
import { downloadBlob } from './files.svelte.ts';

export const SCRIPT_DELAY_MS = 250;
/** The host's limit on code to import (`MAX_CODE_CHARS` in src-main/hosts/dispatch.ts). */
export const MAX_CODE_CHARS = 1_000_000;

const count = (n: number) => formatNumber(n);
/** Why code this long is not sent: `size` says how long it is ("12,000,000 bytes"). */
const tooLong = (what: string, size: string) =>
  `${what} is ${size} long and LayerLab imports at most ${count(MAX_CODE_CHARS)} characters of code: keep the part that loads the data and builds, compiles and fits the model.`;

export class KerasCodeState {
  /** The import dialog is up. */
  dialog = $state(false);
  /** The code in the dialog's box, and the file it came from (when dropped or chosen). */
  code = $state('');
  fileName = $state<string | null>(null);
  importing = $state(false);
  /** Why the last import was refused, in the importer's sentence. */
  importError = $state<string | null>(null);
  /** What the last successful import could not map; shown until the dialog closes. */
  imported = $state.raw<KerasCodeImport | null>(null);

  /** The script of `scriptLab` (the lab as it was when asked), and why it failed, if it did. */
  script = $state.raw<KerasScript | null>(null);
  scriptError = $state<string | null>(null);
  private scriptLab = $state.raw<LabFile | null>(null);
  #timer: ReturnType<typeof setTimeout> | null = null;
  #asked: LabFile | null = null;

  private readonly app: AppState;
  private readonly editor: EditorState;

  constructor(app: AppState, editor: EditorState) {
    this.app = app;
    this.editor = editor;
  }

  showImport(): void {
    this.importError = null;
    this.imported = null;
    this.dialog = true;
  }

  closeImport(): void {
    this.dialog = false;
    this.imported = null;
    this.importError = null;
  }

  setCode(code: string, fileName: string | null = this.fileName): void {
    this.code = code;
    this.fileName = fileName;
    this.importError = null;
  }

  /** A `.py` file dropped on the dialog or chosen with its button. */
  async readFile(file: File): Promise<void> {
    try {
      // Bytes are at least as many as characters: a file this big cannot fit.
      if (file.size > 4 * MAX_CODE_CHARS) {
        this.importError = tooLong(file.name, `${count(file.size)} bytes`);
        return;
      }
      this.setCode(await file.text(), file.name);
      this.imported = null;
    } catch (e) {
      this.importError = `${file.name} could not be read: ${(e as Error).message}`;
    }
  }

  /**
   * Imports the box's code into the editor as one undoable step. The dialog stays up to list the
   * warnings, if any; a refusal stays in the dialog as the importer's sentence.
   */
  async importCode(): Promise<boolean> {
    if (this.importing || !this.code.trim()) return false;
    if (this.code.length > MAX_CODE_CHARS) {
      this.importError = tooLong(
        this.fileName ?? 'The code',
        `${count(this.code.length)} characters`,
      );
      return false;
    }
    this.importing = true;
    this.importError = null;
    try {
      const result = await this.app.api.importKerasCode(this.code, this.fileName ?? undefined);
      this.editor.replace(result.lab, null);
      this.app.notify(
        m.notice_imported_code({
          what: this.fileName ?? m.notice_the_keras_code(),
          name: result.lab.name,
        }),
      );
      if (result.warnings.length) this.imported = result;
      else this.closeImport();
      return true;
    } catch (e) {
      this.importError = e instanceof Error ? e.message : String(e);
      return false;
    } finally {
      this.importing = false;
    }
  }

  /** Asks for the script of `lab` shortly after the last edit (the view calls this on each one). */
  follow(lab: LabFile): void {
    if (lab === this.scriptLab || lab === this.#asked) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.refresh(lab), this.script ? SCRIPT_DELAY_MS : 0);
  }

  /** True while the view shows the script of an older lab than the editor's. */
  get stale(): boolean {
    return this.scriptLab !== this.editor.lab;
  }

  stop(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#asked = null;
  }

  private async refresh(lab: LabFile): Promise<void> {
    this.#timer = null;
    this.#asked = lab;
    try {
      const script = await this.app.api.kerasScript(lab);
      if (this.#asked !== lab) return;
      this.script = script;
      this.scriptError = null;
    } catch (e) {
      if (this.#asked !== lab) return;
      this.scriptError = e instanceof Error ? e.message : String(e);
    }
    this.scriptLab = lab;
    this.#asked = null;
  }

  /** Export > Python script: the current lab's script as `<lab name>.py`. */
  async exportScript(): Promise<void> {
    const lab = this.editor.lab;
    const script = await this.app.attempt(
      () => this.app.api.kerasScript(lab),
      'Exporting the Python script',
    );
    if (!script) return;
    downloadBlob(new Blob([script.code], { type: 'text/x-python' }), pythonFileName(lab.name));
    this.app.notify(m.notice_exported({ files: pythonFileName(lab.name) }));
  }
}
