/** `layerlab runs`: the stored runs, newest first. */
import type { Command } from 'commander';
import { openStore, printJson, storePath, type GlobalOptions } from '../context.ts';
import { m } from '../../contract/i18n.ts';
import { STATUS_LABELS } from '../../contract/run-status-text.ts';
import { alignColumns, printable } from '../output.ts';

const num = (x: number | null, digits = 4) => (x === null ? '-' : x.toFixed(digits));

export function registerRuns(program: Command): void {
  program
    .command('runs')
    .description('List the stored runs (newest first).')
    .option('--json', m.cliopt_runs_json())
    .action((options: GlobalOptions) => {
      const store = openStore();
      const runs = store.listRuns();
      store.close();
      if (options.json) {
        for (const r of runs) printJson(r);
        return;
      }
      if (!runs.length) {
        process.stdout.write(`${m.cli_runs_empty({ store: printable(storePath()) })}\n`);
        return;
      }
      const rows = runs.map((r) => [
        r.id.slice(0, 8),
        printable(r.name),
        STATUS_LABELS[r.status],
        printable(r.datasetId),
        `${r.epochsDone}/${r.epochsPlanned}`,
        num(r.bestValLoss),
        num(r.bestValAccuracy),
        r.backend ?? '-',
        r.createdAt.slice(0, 16).replace('T', ' '),
        r.inside ?? '-',
      ]);
      const head = [
        'id',
        m.cli_runs_name(),
        m.cli_runs_status(),
        m.cli_runs_dataset(),
        'epochs',
        'best val_loss',
        'val_accuracy',
        m.cli_runs_backend(),
        m.cli_runs_created(),
        m.cli_runs_inside(),
      ];
      process.stdout.write(alignColumns([head, ...rows]).join('\n') + '\n');
    });
}
