/** `layerlab store repair`: move a damaged run store aside, keeping it, and start a new one. */
import type { Command } from 'commander';
import { RunStore } from '../../store/run-store.ts';
import { printJson, storePath, type GlobalOptions } from '../context.ts';
import { printable } from '../output.ts';
import { m } from '../../contract/i18n.ts';

export function registerStore(program: Command): void {
  const store = program.command('store').description('Look after the run store.');
  store
    .command('repair')
    .description(m.cliopt_store_repair())
    .option('--json', m.cliopt_store_repair_json())
    .action((options: GlobalOptions) => {
      // Renamed before opening: a store damaged at its start cannot be opened at all.
      const { store: fresh, movedTo, copied } = RunStore.openAfterMovingAside(storePath());
      fresh.close();
      if (options.json) printJson({ movedTo, copied });
      else
        process.stdout.write(
          `${m.cli_store_repaired({ moved: printable(movedTo), count: copied, store: printable(storePath()) })}\n`,
        );
    });
}
