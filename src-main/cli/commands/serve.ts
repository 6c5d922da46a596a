/**
 * `layerlab serve`: the browser host. The same app as the desktop window, served on 127.0.0.1 with
 * a random access token in the printed address; trainers run in forked processes.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { checkRedisUrl } from '../../contract/pool.ts';
import type { GlobalOptions } from '../context.ts';

export interface ServeOptions extends GlobalOptions {
  port?: number;
  open?: boolean;
  rebuild?: boolean;
  redis?: string;
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
