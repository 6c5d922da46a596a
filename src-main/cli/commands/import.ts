/**
 * `layerlab import model.py --out my.layerlab.json`: Keras code (a course notebook's cells, saved as
 * a .py file) as a lab file. Each warning goes to stderr with its line; code that builds no model is
 * refused (exit 2).
 */
import path from 'node:path';
import type { Command } from 'commander';
import type { KerasCodeImport } from '../../contract/api.ts';
import { LAB_EXTENSION, serializeLab } from '../../contract/lab.ts';
import { importKerasCode } from '../../export/python/import-code.ts';
import { readDocument } from '../../store/read-document.ts';
import { writeFileAtomic } from '../../store/safe-fs.ts';
import { printJson, UsageError, type GlobalOptions } from '../context.ts';
import { printable, saidHere, warn } from '../output.ts';
import { said } from '../../contract/error-text.ts';
import { m } from '../../contract/i18n.ts';

/** Keras code is small; the API takes at most this much too. */
const CODE_CAP_BYTES = 1_000_000;

/** Reads and imports a `.py` file, printing each warning as `layerlab: warning: line N: ...`. */
export function importCodeFile(file: string, quiet = false): KerasCodeImport {
  const result = importKerasCode(readDocument(file, 'python', CODE_CAP_BYTES), file);
  if (!quiet)
    for (const w of result.warnings)
      warn(
        w.line === null ? saidHere(w) : m.cli_import_line({ line: w.line, warning: saidHere(w) }),
      );
  return result;
}

interface ImportOptions extends GlobalOptions {
  out?: string;
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('Turn Keras code (a .py file) into a lab file.')
    .argument('<code>', m.cliopt_import_code())
    .option('--out <file>', m.cliopt_import_out({ ext: LAB_EXTENSION }))
    .option('--json', m.cliopt_import_json())
    .action((file: string, options: ImportOptions, command: Command) => {
      const global = command.optsWithGlobals<ImportOptions>();
      if (file.endsWith('.json')) throw new UsageError(said('error_cli_import_json', { file }));
      const json = !!global.json;
      const result = importCodeFile(file);
      const out =
        options.out ??
        path.join(path.dirname(file), path.basename(file, path.extname(file)) + LAB_EXTENSION);
      writeFileAtomic(out, serializeLab(result.lab));
      if (json)
        printJson({
          out,
          lab: result.lab,
          warnings: result.warnings.map(({ line, message }) => ({ line, message })),
        });
      else
        process.stderr.write(
          `${m.cli_import_wrote({ file: printable(out), layers: result.lab.graph.nodes.length, count: result.warnings.length })}\n`,
        );
    });
}
