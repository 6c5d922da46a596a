/**
 * Files from this computer that open in the editor: a lab (`.layerlab.json`), or a model saved by
 * Keras (`.keras`, `.h5`), which the host stores as a run with its weights, ready to evaluate or to
 * train on.
 */
import { m } from '../../src-main/contract/i18n.ts';
import { fileWarningsText } from '../lib/error-text.ts';
import { labLocale } from '../lib/lab-locale.ts';
import type { AppContext } from './context.ts';

/** The endings of the Keras model files the host reads (`importModelFile`). */
export const MODEL_FILE_EXTENSIONS = ['.keras', '.h5'] as const;

/** For `<input type="file" accept>`: labs and Keras models. */
export const OPENABLE_FILES = ['.json', 'application/json', ...MODEL_FILE_EXTENSIONS].join(',');

export const isModelFile = (name: string) =>
  MODEL_FILE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

/** Opens a lab file or a Keras model file; true when something was opened. */
export async function openLocalFile(c: AppContext, file: File): Promise<boolean> {
  if (!isModelFile(file.name)) {
    await c.files.upload(file);
    return true;
  }
  // The dialog goes at once, so a refusal's sentence is not under its backdrop.
  c.files.dialog = null;
  const bytes = new Uint8Array(await file.arrayBuffer());
  const imported = await c.app.attempt(
    () => c.app.api.importModelFile(file.name, bytes, { locale: labLocale() }),
    m.error_doing_open_named({ name: file.name }),
  );
  if (!imported) return false;
  // One undoable step, like opening a lab: unsaved edits stay one Undo away.
  c.editor.replace(imported.lab, null);
  c.runs.editorRun = { runId: imported.runId, loads: c.editor.loads };
  await c.runs.refresh();
  c.runs.selectedId = imported.runId;
  const run = c.runs.list.find((r) => r.id === imported.runId)?.name ?? imported.lab.name;
  c.app.notify(m.notice_opened_model({ file: file.name, run }));
  if (imported.warnings.length) c.app.notify(fileWarningsText(file.name, imported.warnings), true);
  return true;
}
