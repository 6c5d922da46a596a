/** `layerlab datasets`: what is available and where it was found; `--download NAME` when online. */
import { Option, type Command } from 'commander';
import cliProgress from 'cli-progress';
import { BUILTIN_DATASETS, type BuiltinDatasetName } from '../../contract/datasets.ts';
import { dataDirs, printJson, type GlobalOptions } from '../context.ts';
import { datasetHint } from '../../contract/dataset-text.ts';
import { m } from '../../contract/i18n.ts';
import { printable } from '../output.ts';

export function registerDatasets(program: Command): void {
  program
    .command('datasets')
    .description('List the built-in datasets and where they were found.')
    .option('--data-dir <dir>', m.cliopt_datasets_data_dir())
    .addOption(
      new Option('--download <name>', m.cliopt_datasets_download()).choices(BUILTIN_DATASETS),
    )
    .option('--json', m.cliopt_datasets_json())
    .action(async (options: GlobalOptions & { download?: BuiltinDatasetName }) => {
      const { listBuiltinDatasets, downloadDataset, userDatasetsDir } =
        await import('../../data/index.ts');
      const dirs = dataDirs(options);
      if (options.download) {
        const bar = process.stderr.isTTY
          ? new cliProgress.SingleBar(
              { format: `${options.download} |{bar}| {percentage}%`, stream: process.stderr },
              cliProgress.Presets.shades_classic,
            )
          : null;
        bar?.start(100, 0);
        const target = await downloadDataset(options.download, {
          targetDir: userDatasetsDir(),
          onProgress: (p: { fraction: number }) => bar?.update(Math.round(p.fraction * 100)),
        });
        bar?.stop();
        process.stderr.write(
          `${m.cli_datasets_downloaded({ name: options.download, dir: printable(target) })}\n`,
        );
      }
      const list = listBuiltinDatasets(dirs);
      if (options.json) {
        // The hint's parts are for the human output: --json stays as it was.
        for (const { place: _place, ...d } of list) printJson(d);
        return;
      }
      for (const d of list) {
        process.stdout.write(
          d.found
            ? `${d.name.padEnd(14)} ${m.cli_datasets_found({ dir: printable(d.location ?? '') })}\n`
            : `${d.name.padEnd(14)} ${m.cli_datasets_missing({ hint: printable(datasetHint(d) ?? '') })}\n`,
        );
      }
      process.stdout.write(
        `\n${m.cli_datasets_searched({ dirs: printable(dirs.join(', ')) })}\n${m.cli_datasets_synthetic()}\n`,
      );
    });
}
