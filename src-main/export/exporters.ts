/**
 * The exporter table: one writer per row of `EXPORT_FORMATS` (contract/export-formats.ts). The API,
 * the CLI and the UI all export through `exportFiles` and `writeExport`, so a format is added here
 * and nowhere else.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { EXPORT_FORMATS, exportBaseName, type ExportFormat } from '../contract/export-formats.ts';
import type { LabFile } from '../contract/lab.ts';
import type { EpochMetrics } from '../contract/training.ts';
import { said } from '../contract/error-text.ts';
import { EngineError } from '../engine/errors.ts';
import type { StoredModel } from '../store/run-store.ts';
import { ensureDir, writeFileAtomic } from '../store/safe-fs.ts';
import { historyToCsv } from './history-csv.ts';
import { toKerasFile, toLegacyH5 } from './keras-file/write.ts';
import { toOnnx } from './onnx/write.ts';
import { kerasScript } from './python/script.ts';
import { toTfjsFiles } from './tfjs.ts';

export interface ExportInput {
  lab: LabFile;
  /** The trained model; null for a lab that was never trained (only `python` takes that). */
  model: StoredModel | null;
  /** The run's or lab's name; the files are named after it (`exportBaseName`). */
  name: string;
  /** The run's metrics per epoch; absent for a lab, which has no history (only `csv` needs it). */
  metrics?: EpochMetrics[] | null;
}

/** "LayerLab 0.1.0", recorded in the files that have a place for it. */
const GENERATOR = `LayerLab ${
  (
    JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    }
  ).version
}`;

/** What a writer gets: the input with its file name's stem and the generator. */
interface WriterInput {
  lab: LabFile;
  model: StoredModel;
  metrics: EpochMetrics[];
  baseName: string;
  generator: string;
}

export interface ExportFile {
  name: string;
  bytes: Uint8Array;
}

/** Formats with `needsWeights` get a model, and with `needsHistory` metrics; `exportFiles` checks. */
type Writer = (input: WriterInput) => Promise<ExportFile[]>;

const WRITERS: Record<ExportFormat, Writer> = {
  keras: async (i) => [
    { name: `${i.baseName}.keras`, bytes: await toKerasFile(i.lab, i.model, i.generator) },
  ],
  h5: async (i) => [
    { name: `${i.baseName}.h5`, bytes: await toLegacyH5(i.lab, i.model, i.generator) },
  ],
  onnx: async (i) => [
    { name: `${i.baseName}.onnx`, bytes: await toOnnx(i.lab, i.model, i.generator) },
  ],
  // weights.bin first: written in this order, no model.json is left pointing at missing weights.
  tfjs: async (i) => {
    const files = toTfjsFiles(i.model, i.generator);
    return [
      { name: 'weights.bin', bytes: files['weights.bin'] },
      { name: 'model.json', bytes: files['model.json'] },
    ];
  },
  python: async (i) => [
    { name: `${i.baseName}.py`, bytes: new TextEncoder().encode(kerasScript(i.lab).code) },
  ],
  csv: async (i) => [
    { name: `${i.baseName}.csv`, bytes: new TextEncoder().encode(historyToCsv(i.metrics)) },
  ],
};

/** The sentence for a history export of a lab, which was never trained (the API and the CLI). */
export const NO_HISTORY = (name: string, cli = false) =>
  said(cli ? 'error_export_no_history_cli' : 'error_export_no_history', { name });

/** The files of one export, in the order they must be written. */
export async function exportFiles(format: ExportFormat, input: ExportInput): Promise<ExportFile[]> {
  if (EXPORT_FORMATS[format].needsWeights && !input.model)
    throw new EngineError(
      'no-weights',
      said('error_export_no_weights', { format: EXPORT_FORMATS[format].label }),
    );
  if (EXPORT_FORMATS[format].needsHistory && !input.metrics)
    throw new EngineError('invalid-arguments', NO_HISTORY(input.name));
  return WRITERS[format]({
    lab: input.lab,
    model: input.model as StoredModel,
    metrics: input.metrics ?? [],
    baseName: exportBaseName(input.name),
    generator: GENERATOR,
  });
}

/** Writes the files into `dir` (created if needed), each atomically, and returns their paths. */
export function writeExport(files: ExportFile[], dir: string): string[] {
  ensureDir(dir);
  return files.map((f) => {
    const file = path.join(dir, f.name);
    writeFileAtomic(file, f.bytes);
    return file;
  });
}
