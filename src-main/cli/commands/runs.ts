/** `layerlab runs`: the stored runs, newest first. */
import type { Command } from 'commander';
import { openStore, printJson, storePath, type GlobalOptions } from '../context.ts';
import { printable } from '../output.ts';

const num = (x: number | null, digits = 4) => (x === null ? '-' : x.toFixed(digits));

export function registerRuns(program: Command): void {
  program
    .command('runs')
    .description('List the stored runs (newest first).')
    .option('--json', 'print one JSON object per run')
    .action((options: GlobalOptions) => {
      const store = openStore();
      const runs = store.listRuns();
      store.close();
      if (options.json) {
        for (const r of runs) printJson(r);
        return;
      }
      if (!runs.length) {
        process.stdout.write(
          `No runs yet (store: ${printable(storePath())}). Train one with: layerlab train LAB.layerlab.json\n`,
        );
        return;
      }
      const rows = runs.map((r) => [
        r.id.slice(0, 8),
        printable(r.name),
        r.status,
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
        'name',
        'status',
        'dataset',
        'epochs',
        'best val_loss',
        'val_accuracy',
        'backend',
        'created',
        'inside (first layer, last epoch)',
      ];
      const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
      const line = (cells: string[]) =>
        cells
          .map((c, i) => c.padEnd(widths[i]))
          .join('  ')
          .trimEnd();
      process.stdout.write([line(head), ...rows.map(line)].join('\n') + '\n');
    });
}
