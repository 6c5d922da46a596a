/**
 * `layerlab serve`: the browser host. The same app as the desktop window, served on 127.0.0.1 with
 * a random access token in the printed address; trainers run in forked processes.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { checkRedisUrl } from '../../contract/pool.ts';
import { positiveInt, UsageError, type GlobalOptions } from '../context.ts';
import { said } from '../../contract/error-text.ts';

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
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError(
      `'${value}' is not a port number (0 to 65535; 0 picks a free one).`,
    );
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
    .option(
      '--port <n>',
      'port to listen on (default: the last one when free, else a free one)',
      portNumber,
    )
    .option('--open', 'open the address in the default browser')
    .option(
      '--class',
      'serve a class: students sign in with codes, each with their own labs and runs',
    )
    .option(
      '--host <address>',
      'with --class: the lab network address to listen on (default 127.0.0.1)',
    )
    .option('--class-list <file>', "with --class: students' names, one per line (or name,code)")
    .option('--class-dir <dir>', "with --class: the class's data (default: <user data>/class)")
    .option('--max-trainers <n>', 'with --class: trainers at once for the class', positiveInt)
    .option(
      '--per-student <n>',
      'with --class: trainers at once per student (default 1)',
      positiveInt,
    )
    .option('--rebuild', 'rebuild the interface before serving')
    .option(
      '--redis <url>',
      'connect a pool of workers at start: redis://[:PASSWORD@]HOST:PORT (rediss:// for TLS)',
    )
    .option(
      '--data-dir <dir>',
      'folder with datasets (before LAYERLAB_DATA_DIR and the default folders)',
    )
    .action((options: ServeOptions, command: Command) =>
      serve({ ...command.optsWithGlobals<ServeOptions>(), ...options }),
    );
}
