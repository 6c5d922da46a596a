/** `layerlab export RUN --format tfjs --out DIR`: a trained run's model, loadable by tf.loadLayersModel. */
import path from 'node:path';
import { Option, type Command } from 'commander';
import { writeTfjs } from '../../export/tfjs.ts';
import { openStore, printJson, UsageError, type GlobalOptions } from '../context.ts';
import { printable } from '../output.ts';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description("Export a stored run's trained model.")
    .argument('<run>', 'run id (or a unique prefix of it, or its name)')
    .addOption(new Option('--format <format>', 'export format').choices(['tfjs']).default('tfjs'))
    .requiredOption('--out <dir>', 'folder to write into')
    .option('--json', 'print the written files as JSON')
    .action((run: string, options: GlobalOptions & { format: 'tfjs'; out: string }) => {
      const store = openStore();
      try {
        const id = store.resolve(run);
        if (!id) throw new UsageError(`No run matches '${run}'. List the runs with: layerlab runs`);
        const model = store.loadModel(id);
        if (!model)
          throw new UsageError(
            `Run '${run}' has no trained weights (it failed before its first result); train it again.`,
          );
        const files = writeTfjs(model, path.resolve(options.out), 'LayerLab');
        if (options.json) printJson({ run: id, format: options.format, files });
        else process.stdout.write(`Wrote ${printable(files.join(' and '))}\n`);
      } finally {
        store.close();
      }
    });
}
