/**
 * `layerlab worker --redis URL`: joins a pool of workers on a Redis server and trains the (setting,
 * fold) jobs a teacher's grid puts there, until Ctrl+C, which hands the jobs in hand back at once.
 */
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { checkRedisUrl, redactRedisUrl } from '../../contract/pool.ts';
import type { BackendPreference } from '../../engine/backend.ts';
import { PoolWorker } from '../../engine/pool/pool-worker.ts';
import { forkTrainer } from '../../engine/trainer-client.ts';
import { backendOption, dataDirs, positiveInt, UsageError } from '../context.ts';
import { printable } from '../output.ts';
import { said } from '../../contract/error-text.ts';
import { m } from '../../contract/i18n.ts';

const LEAVE_MS = 15_000;

interface WorkerOptions {
  redis: string;
  concurrency: number;
  name?: string;
  dataDir: string[];
  backend?: BackendPreference;
}

function workerName(name: string | undefined): string {
  const chosen = name ?? `${os.hostname()}-${process.pid}`;
  if (!/^[\w.@-]{1,100}$/.test(chosen))
    throw new UsageError(said('error_cli_worker_name', { name: chosen }));
  return chosen;
}

async function work(o: WorkerOptions): Promise<void> {
  const url = checkRedisUrl(o.redis).toString();
  const name = workerName(o.name);
  if (o.concurrency > 64)
    throw new UsageError(said('error_cli_concurrency', { concurrency: o.concurrency }));
  const given = o.dataDir.map((dir) => path.resolve(dir));
  const dirs = [...new Set([...given, ...dataDirs({})])];
  const say = (line: string) => process.stdout.write(`${printable(line)}\n`);
  const worker = new PoolWorker({
    url,
    name,
    concurrency: o.concurrency,
    dataDirs: dirs,
    backend: o.backend,
    spawnTrainer: () => forkTrainer(),
    log: say,
  });
  await worker.start();
  const has = worker.datasets.length
    ? m.cli_worker_has({ datasets: worker.datasets.join(', ') })
    : m.cli_worker_has_none();
  const left = new Promise<void>((resolve) => {
    let signals = 0;
    const leave = () => {
      if (++signals > 1) process.exit(130);
      const active = worker.active;
      say(active ? m.cli_worker_leaving_jobs({ count: active }) : m.cli_worker_leaving());
      // Handing back needs Redis: if it is gone, leave anyway (the jobs' locks run out instead).
      setTimeout(() => {
        say(m.cli_worker_left_anyway({ url: redactRedisUrl(url), seconds: LEAVE_MS / 1000 }));
        process.exit(1);
      }, LEAVE_MS).unref();
      void worker.close().finally(resolve);
    };
    process.on('SIGINT', leave);
    process.on('SIGTERM', leave);
  });
  // Said once Ctrl+C leaves properly, so whoever reads it may stop the worker right away.
  say(
    m.cli_worker_joined({
      name,
      url: redactRedisUrl(url),
      count: o.concurrency,
      backend: worker.backendLabel,
      has,
    }),
  );
  await left;
  say(m.cli_worker_left({ name }));
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description(
      "Join a pool of workers on a Redis server and train a grid's folds for the teacher.",
    )
    .requiredOption('--redis <url>', m.cliopt_worker_redis())
    .option('--concurrency <n>', m.cliopt_worker_concurrency(), positiveInt, 1)
    .option('--name <name>', m.cliopt_worker_name())
    .option(
      '--data-dir <dir>',
      m.cliopt_worker_data_dir(),
      (dir: string, dirs: string[]) => [...dirs, dir],
      [] as string[],
    )
    .addOption(backendOption())
    .action((options: WorkerOptions) => work(options));
}
