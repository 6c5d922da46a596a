/**
 * A `.keras` / `.h5` file into the run store: a finished run of 0 epochs named
 * "<file> (imported)" (in its user's language), whose lab is the model's graph with a guessed dataset and its compile
 * settings, and whose weights are the file's. Used by the API (`importModelFile`) and the CLI.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { ImportedModel } from '../../contract/api.ts';
import { datasetIdOf } from '../../engine/run-manager.ts';
import type { RunStore } from '../../store/run-store.ts';
import { analyzeGraph } from '../../contract/validate.ts';
import { labFromModelFile } from './lab.ts';
import { m } from '../../contract/i18n.ts';
import type { Locale } from '../../contract/locale.ts';

export const MODEL_FILE_EXTENSIONS = ['.keras', '.h5', '.hdf5'];

export const isModelFileName = (file: string) =>
  MODEL_FILE_EXTENSIONS.includes(path.extname(file).toLowerCase());

export async function importModelRun(
  store: RunStore,
  fileName: string,
  bytes: Uint8Array,
  /** The language of the run's name: its user's. */
  locale: Locale = 'en',
): Promise<ImportedModel> {
  const shown = path.basename(fileName);
  // Loaded when a file comes: h5wasm and TensorFlow.js stay out of every other command's start.
  const { readModelFile } = await import('./read.ts');
  const read = await readModelFile(shown, bytes);
  const { lab, warnings } = labFromModelFile(shown, read);
  const runId = randomUUID();
  store.createRun({
    id: runId,
    name: m.hosttext_name_imported({ file: shown }, { locale }),
    lab,
    datasetId: datasetIdOf(lab.dataset),
    totalParams: analyzeGraph(lab.graph).totalParams,
    epochsPlanned: 0,
  });
  try {
    store.saveModel(runId, read.model);
  } catch (e) {
    // No run without its weights: the store's sentence (disk full...) is what the user sees.
    try {
      store.delete(runId);
    } catch {
      /* the store is failing: the next open marks the row interrupted */
    }
    throw e;
  }
  store.finish(runId, 'completed');
  return { runId, lab, warnings };
}
