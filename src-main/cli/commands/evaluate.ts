/**
 * `layerlab evaluate <run | model.keras | model.h5> [--dataset mnist] [--json]`: a run's trained
 * weights (or a Keras model file, imported into the store first) scored on a dataset's test set in
 * a trainer process, as Keras' `model.evaluate` reports it: the mean loss over every test example
 * (regularization included) and the accuracy.
 */
import type { Command } from 'commander';
import { DatasetRefSchema } from '../../contract/datasets.ts';
import type { BackendPreference } from '../../engine/backend.ts';
import { RunManager } from '../../engine/run-manager.ts';
import { forkTrainer } from '../../engine/trainer-client.ts';
import {
  backendOption,
  dataDirs,
  openStore,
  printJson,
  UsageError,
  type GlobalOptions,
} from '../context.ts';
import { printable } from '../output.ts';
import { importModelFileArg, isModelFileName } from './model-file.ts';
import { parseDatasetFlag } from './train.ts';
import { said } from '../../contract/error-text.ts';
import { m } from '../../contract/i18n.ts';

interface EvaluateOptions extends GlobalOptions {
  dataset?: string;
  backend?: BackendPreference;
}

async function evaluate(arg: string, options: EvaluateOptions, command: Command) {
  const global = command.optsWithGlobals<EvaluateOptions>();
  const store = openStore();
  try {
    let runId: string | null;
    if (isModelFileName(arg)) {
      runId = (await importModelFileArg(store, arg)).runId;
    } else {
      runId = store.resolve(arg);
      if (!runId) throw new UsageError(said('error_cli_no_run_or_model', { arg }));
    }
    const run = store.getRun(runId)!;
    const dataset = global.dataset
      ? DatasetRefSchema.parse(parseDatasetFlag(global.dataset))
      : run.lab.dataset;
    const manager = new RunManager({
      store,
      dataDirs: dataDirs(global),
      spawnTrainer: () => forkTrainer(),
      backend: global.backend,
    });
    const result = await manager.evaluate(runId, { ...run.lab, dataset });
    if (global.json)
      printJson({
        run: runId,
        name: run.name,
        dataset: result.datasetId,
        count: result.count,
        loss: result.loss,
        accuracy: result.accuracy,
      });
    else
      process.stdout.write(
        `${m.cli_evaluate_result({ count: result.count, dataset: printable(result.datasetId), loss: result.loss.toFixed(4), accuracy: result.accuracy.toFixed(4), run: runId.slice(0, 8), name: printable(run.name) })}\n`,
      );
  } finally {
    store.close();
  }
}

export function registerEvaluate(program: Command): void {
  program
    .command('evaluate')
    .description(
      "Score a run's trained model (or a Keras .keras/.h5 file) on a dataset's test set, as model.evaluate does.",
    )
    .argument('<run>', m.cliopt_evaluate_run())
    .option('--dataset <name>', m.cliopt_evaluate_dataset())
    .addOption(backendOption())
    .option('--data-dir <dir>', m.cliopt_evaluate_data_dir())
    .option('--json', m.cliopt_json_one())
    .action((run: string, options: EvaluateOptions, command: Command) =>
      evaluate(run, options, command),
    );
}
