/**
 * `layerlab serve`: the browser host. The same app as the desktop window, served on 127.0.0.1 with
 * a random access token in the printed address; trainers run in forked processes.
 */
import type { Command } from 'commander';
import { refusal } from '../commander-text.ts';
import { checkRedisUrl } from '../../contract/pool.ts';
import { positiveInt, UsageError, type GlobalOptions } from '../context.ts';
import { said } from '../../contract/error-text.ts';
import { m } from '../../contract/i18n.ts';

export interface ServeOptions extends GlobalOptions {
  port?: number;
  open?: boolean;
  rebuild?: boolean;
  redis?: string;
  class?: boolean;
  host?: string;
  classList?: string;
  classDir?: string;
  maxTrainers?: number;
  perStudent?: number;
}

const CLASS_ONLY = ['host', 'classList', 'classDir', 'maxTrainers', 'perStudent'] as const;
const FLAG: Record<(typeof CLASS_ONLY)[number], string> = {
  host: '--host',
  classList: '--class-list',
  classDir: '--class-dir',
  maxTrainers: '--max-trainers',
  perStudent: '--per-student',
};

/** `serve --class`: a class server; never what a plain `serve` does. */
async function serveClass(options: ServeOptions): Promise<void> {
  if (options.redis) throw new UsageError(said('error_cli_redis_not_class'));
  const { serveClassForever } = await import('../../hosts/class/class-host.ts');
  await serveClassForever({
    host: options.host,
    port: options.port,
    classList: options.classList,
    classDir: options.classDir,
    maxTrainers: options.maxTrainers,
    perStudent: options.perStudent,
    dataDir: options.dataDir,
    rebuild: options.rebuild,
  });
}

export function portNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw refusal(() => m.clierr_not_port({ value }));
  return n;
}

export async function serve(options: ServeOptions): Promise<void> {
  if (options.class) return serveClass(options);
  const classFlag = CLASS_ONLY.find((key) => options[key] !== undefined);
  if (classFlag) throw new UsageError(said('error_cli_class_only', { flag: FLAG[classFlag] }));
  if (options.redis) checkRedisUrl(options.redis);
  const { serveForever } = await import('../../hosts/browser/host.ts');
  await serveForever({
    dataDir: options.dataDir,
    port: options.port,
    open: options.open,
    rebuild: options.rebuild,
    redis: options.redis,
  });
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the app to a browser on this machine (127.0.0.1, with an access token).')
    .option('--port <n>', m.cliopt_serve_port(), portNumber)
    .option('--open', m.cliopt_serve_open())
    .option('--class', m.cliopt_serve_class())
    .option('--host <address>', m.cliopt_serve_host())
    .option('--class-list <file>', m.cliopt_serve_class_list())
    .option('--class-dir <dir>', m.cliopt_serve_class_dir())
    .option('--max-trainers <n>', m.cliopt_serve_max_trainers(), positiveInt)
    .option('--per-student <n>', m.cliopt_serve_per_student(), positiveInt)
    .option('--rebuild', m.cliopt_serve_rebuild())
    .option('--redis <url>', m.cliopt_serve_redis())
    .option('--data-dir <dir>', m.cliopt_data_dir())
    .action((options: ServeOptions, command: Command) =>
      serve({ ...command.optsWithGlobals<ServeOptions>(), ...options }),
    );
}
