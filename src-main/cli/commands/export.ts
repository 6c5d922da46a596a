/**
 * `layerlab export RUN|LAB --format keras|h5|onnx|tfjs|python|csv --out DIR`: a trained run's model
 * or history in any format of the exporter table, or a lab file (trained or not) as a Python script.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import {
  EXPORT_FORMATS,
  EXPORT_FORMAT_NAMES,
  type ExportFormat,
} from '../../contract/export-formats.ts';
import { parseLabText, type LabFile } from '../../contract/lab.ts';
import type { EpochMetrics } from '../../contract/training.ts';
import { exportFiles, NO_HISTORY, writeExport } from '../../export/exporters.ts';
import { readDocument } from '../../store/read-document.ts';
import type { StoredModel } from '../../store/run-store.ts';
import { openStore, printJson, UsageError, type GlobalOptions } from '../context.ts';
import { printable } from '../output.ts';
import { said } from '../../contract/error-text.ts';
import { m } from '../../contract/i18n.ts';
import { exportDescription } from '../../contract/export-format-text.ts';

interface Source {
  id: string | null;
  name: string;
  lab: LabFile;
  model: StoredModel | null;
  metrics: EpochMetrics[] | null;
}

/** A lab file on disk, or a run in the store (id, unique id prefix or name). */
function findSource(arg: string, format: ExportFormat): Source {
  if (arg.endsWith('.json') && existsSync(arg) && statSync(arg).isFile()) {
    if (EXPORT_FORMATS[format].needsWeights)
      throw new UsageError(
        said('error_cli_lab_no_weights', { arg, format: EXPORT_FORMATS[format].label }),
      );
    if (EXPORT_FORMATS[format].needsHistory) throw new UsageError(NO_HISTORY(arg, true));
    const lab = parseLabText(readDocument(arg, 'lab'), arg);
    return { id: null, name: lab.name, lab, model: null, metrics: null };
  }
  const store = openStore();
  try {
    const id = store.resolve(arg);
    if (!id) throw new UsageError(said('error_cli_no_run_or_lab', { arg }));
    const run = store.getRun(id)!;
    const model = store.loadModel(id);
    if (!model && EXPORT_FORMATS[format].needsWeights)
      throw new UsageError(said('error_cli_run_no_weights', { arg }));
    return { id, name: run.name, lab: run.lab, model, metrics: run.metrics };
  } finally {
    store.close();
  }
}

export function registerExport(program: Command): void {
  const formats = EXPORT_FORMAT_NAMES.map((f) => `  ${f.padEnd(7)} ${exportDescription(f)}`).join(
    '\n',
  );
  program
    .command('export')
    .description(
      "Export a stored run's trained model or training history, or a lab as a Keras script.",
    )
    .argument('<run|lab>', m.cliopt_export_run_lab())
    .addOption(
      new Option('--format <format>', m.cliopt_export_format())
        .choices(EXPORT_FORMAT_NAMES)
        .default('tfjs'),
    )
    .requiredOption('--out <dir>', m.cliopt_export_out())
    .option('--json', m.cliopt_export_json())
    .addHelpText('after', `\n${m.cliopt_export_formats()}\n${formats}\n`)
    .action(async (arg: string, options: GlobalOptions & { format: ExportFormat; out: string }) => {
      const source = findSource(arg, options.format);
      const files = writeExport(
        await exportFiles(options.format, {
          lab: source.lab,
          model: source.model,
          name: source.name,
          metrics: source.metrics,
        }),
        path.resolve(options.out),
      );
      if (options.json) printJson({ run: source.id, format: options.format, files });
      else process.stdout.write(`${m.cli_wrote({ files: printable(files.join(m.cli_and())) })}\n`);
    });
}
