/**
 * `.keras` / `.h5` files on the command line: imported into the run store (a finished run of 0
 * epochs with the file's weights) so `evaluate` can score them and `train` can continue from them.
 */
import fs from 'node:fs';
import type { ImportedModel } from '../../contract/api.ts';
import { LayerLabError } from '../../contract/errors.ts';
import { importModelRun, isModelFileName } from '../../export/keras-file/import-run.ts';
import type { RunStore } from '../../store/run-store.ts';
import { fsError } from '../../store/safe-fs.ts';
import { saidHere, warn } from '../output.ts';
import { namesLocale } from '../language.ts';
import { said } from '../../contract/error-text.ts';

export { isModelFileName };

/** As the hosts' `importModelFile` takes at most (dispatch.ts). */
const MAX_MODEL_FILE_BYTES = 200 * 1024 * 1024;

function readModelBytes(file: string): Uint8Array {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new LayerLabError('not-found', said('error_file_missing', { file }), { file });
    throw fsError(e, file, 'read');
  }
  if (size > MAX_MODEL_FILE_BYTES)
    throw new LayerLabError(
      'too-large',
      said('error_cli_model_too_large', { file, megabytes: MAX_MODEL_FILE_BYTES / 1024 / 1024 }),
      { file },
    );
  try {
    return new Uint8Array(fs.readFileSync(file));
  } catch (e) {
    throw fsError(e, file, 'read');
  }
}

/** Imports `file` into `store`, printing each warning on stderr; returns the run. */
export async function importModelFileArg(store: RunStore, file: string): Promise<ImportedModel> {
  const imported = await importModelRun(store, file, readModelBytes(file), namesLocale());
  for (const w of imported.warnings) warn(saidHere(w));
  return imported;
}
