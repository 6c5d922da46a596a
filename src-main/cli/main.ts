/**
 * `layerlab`: train labs headless, list datasets and runs, export trained models, serve the app.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { errorKind, LayerLabError } from '../contract/errors.ts';
import { logIfInternal } from '../engine/errors.ts';
import { handleClosedOutput, printable } from './output.ts';

handleClosedOutput();

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const program = new Command('layerlab')
  .description('Build, train and compare neural networks; watch them overfit.')
  .version(pkg.version)
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

const { registerTrain } = await import('./commands/train.ts');
const { registerDatasets } = await import('./commands/datasets.ts');
const { registerRuns } = await import('./commands/runs.ts');
const { registerExport } = await import('./commands/export.ts');
const { registerGrid } = await import('./commands/grid.ts');
const { registerBench } = await import('../bench/bench.ts');
registerTrain(program);
registerDatasets(program);
registerRuns(program);
registerExport(program);
(await import('./commands/serve.ts')).registerServe(program);
(await import('./commands/start.ts')).registerStart(program);
registerGrid(program);
registerBench(program);
(await import('./commands/store.ts')).registerStore(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode === 0 ? 0 : 2;
  } else {
    // Bad input exits 2; the machine's failures and LayerLab's own bugs exit 1.
    const info = e instanceof LayerLabError ? e.info() : logIfInternal(e, 'the command');
    process.stderr.write(`layerlab: ${printable(info.message)}\n`);
    process.exitCode = errorKind(info.code) === 'input' ? 2 : 1;
  }
}
