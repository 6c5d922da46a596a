/**
 * The browser host as a whole: the service over the run store, trainers in forked processes, and the
 * server. `layerlab serve` and `layerlab start` (without Electron) run it until Ctrl-C.
 */
import fs from 'node:fs';
import path from 'node:path';
import { resolveDataDirs } from '../../data/data-dirs.ts';
import { forkTrainer, probeBackend } from '../../engine/trainer-client.ts';
import { RunStore } from '../../store/run-store.ts';
import { writeFileAtomic } from '../../store/safe-fs.ts';
import { storePath } from '../../cli/context.ts';
import { LayerLabService } from '../service.ts';
import { ensureRenderer, RENDERER_DIR } from './renderer-build.ts';
import { startBrowserServer, type BrowserServer } from './server.ts';
import { m } from '../../contract/i18n.ts';

export interface BrowserHostOptions {
  dataDir?: string;
  /** Without it, the port of the last start when free (see `lastPort`), else a free one. */
  port?: number;
  /** Open the URL in the default browser. */
  open?: boolean;
  rebuild?: boolean;
  log?: (line: string) => void;
  /** A pool of workers to connect at start (`layerlab serve --redis URL`). */
  redis?: string;
}

export interface RunningBrowserHost {
  server: BrowserServer;
  service: LayerLabService;
  stop(): Promise<void>;
}

export async function startBrowserHost(
  options: BrowserHostOptions = {},
): Promise<RunningBrowserHost> {
  const log = options.log ?? ((line: string) => process.stdout.write(line + '\n'));
  await ensureRenderer(log, options.rebuild);
  const store = new RunStore(storePath());
  const spawnTrainer = () => forkTrainer();
  const service = new LayerLabService({
    host: 'browser',
    pathPolicy: 'sandboxed',
    store,
    dataDirs: resolveDataDirs({ dataDir: options.dataDir }),
    spawnTrainer,
    probeBackend: () => probeBackend(spawnTrainer),
  });
  const portFile = path.join(path.dirname(storePath()), 'browser-port');
  const server = await startBrowserServer({
    api: service,
    staticDir: RENDERER_DIR,
    port: options.port,
    preferredPort: lastPort(portFile),
  });
  if (options.port === undefined) rememberPort(portFile, server.port);
  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= (async () => {
      // Give trainers a few seconds to store their last epoch; an unref'd timer never holds us here.
      const timeout = new Promise((resolve) => setTimeout(resolve, 5000).unref());
      await Promise.race([service.runs.stopAll(), timeout]);
      service.runs.killAll();
      await service.pool.close();
      await server.close();
      store.close();
    })());
  return { server, service, stop };
}

/**
 * The port the browser host listened on last time. The page's origin includes it, and the page keeps
 * the runs' colours, the baseline and the template answer in its origin's storage: the same port
 * after a restart keeps them.
 */
export function lastPort(file: string): number | undefined {
  try {
    const port = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isInteger(port) && port > 0 && port < 65536 ? port : undefined;
  } catch {
    return undefined;
  }
}

/** Best effort: a home that cannot be written costs the remembered port, not the server. */
export function rememberPort(file: string, port: number): void {
  try {
    writeFileAtomic(file, String(port));
  } catch {
    /* the next start picks a free port, as the first one did */
  }
}

/** Runs until SIGINT/SIGTERM, stopping trainers so their finished epochs are kept. */
export async function serveForever(options: BrowserHostOptions = {}): Promise<void> {
  const log = options.log ?? ((line: string) => process.stdout.write(line + '\n'));
  const host = await startBrowserHost({ ...options, log });
  log(m.cli_serve_running({ url: host.server.url }));
  log(m.cli_serve_open());
  if (options.redis) {
    const pool = await host.service.connectPool(options.redis);
    log(
      pool.state === 'connected'
        ? m.cli_serve_pool({ url: String(pool.url), count: pool.workers.length })
        : pool.message!,
    );
  }
  if (options.open) {
    try {
      const { default: open } = await import('open');
      await open(host.server.url);
    } catch {
      /* no browser to open here: the printed address is enough */
    }
  }
  await new Promise<void>((resolve) => {
    const quit = () => {
      process.off('SIGINT', quit);
      process.off('SIGTERM', quit);
      void host.stop().then(resolve);
    };
    process.on('SIGINT', quit);
    process.on('SIGTERM', quit);
  });
}
