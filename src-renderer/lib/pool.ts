/**
 * The grid panel's pool of workers, as pure functions: the address to connect to (with a password
 * typed apart), the address the page may remember (never with the password), and the sentences the
 * pool section shows about the server, its queue and its workers.
 */
import type { DatasetRef } from '../../src-main/contract/datasets.ts';
import { checkRedisUrl, type PoolStatus, type WorkerInfo } from '../../src-main/contract/pool.ts';
import { errorText } from './error-text.ts';
import { datasetLabel } from './format.ts';
import { m } from '../../src-main/contract/i18n.ts';

/**
 * The address `connectPool` gets: the typed one, with `password` put in when one is given apart.
 * Throws the contract's sentence for an address that is not `redis://` or `rediss://`.
 */
export function poolUrl(address: string, password: string): string {
  const url = checkRedisUrl(address.trim());
  if (password) url.password = password;
  return url.toString().replace(/\/$/, '');
}

/** The address without a user or password: what the field shows after connecting, and what is kept. */
export function withoutPassword(address: string): string {
  const text = address.trim();
  try {
    const url = new URL(text);
    url.username = '';
    url.password = '';
    return url.toString().replace(/\/$/, '');
  } catch {
    return text.replace(/\/\/[^@/]*@/, '//');
  }
}

/** What the section says about the connection, in one line. */
export function poolStateLine(status: PoolStatus): string {
  switch (status.state) {
    case 'off':
      return m.grid_pool_off();
    case 'connecting':
      return m.grid_pool_connecting({ url: status.url ?? '' });
    case 'connected':
      return m.grid_pool_connected({ url: status.url ?? '' });
    case 'unreachable':
      return status.message !== null
        ? errorText(status)
        : m.grid_pool_unreachable({ url: status.url ?? '' });
  }
}

/** The queue across every grid on the server: "3 waiting · 2 training". */
export function queueLine(status: PoolStatus): string {
  return m.grid_pool_queue_line({ waiting: status.waiting, active: status.active });
}

/** "1 / 2 jobs": what a worker trains now, and at most at once. */
export function workerJobs(worker: WorkerInfo): string {
  const jobs = { active: worker.active, concurrency: worker.concurrency };
  return worker.concurrency === 1 ? m.grid_pool_jobs_one(jobs) : m.grid_pool_jobs(jobs);
}

export function workerDatasets(worker: WorkerInfo): string {
  return worker.datasets.length ? worker.datasets.join(', ') : m.grid_pool_no_datasets();
}

/**
 * The one line under the workers when the grid could not train there: nobody has joined, or no
 * listed worker holds the lab's built-in dataset (generated sets need no files). Null when fine.
 */
export function workersWarning(status: PoolStatus, dataset: DatasetRef | null): string | null {
  if (status.state !== 'connected') return null;
  if (!status.workers.length) return m.grid_pool_no_worker({ url: status.url ?? '' });
  if (dataset?.kind !== 'builtin') return null;
  if (status.workers.some((w) => w.datasets.includes(dataset.name))) return null;
  return m.grid_pool_no_dataset({ dataset: datasetLabel(dataset), name: dataset.name });
}

/**
 * The notice for a fold that went back to the queue: the host's reason names the worker it lost
 * ("Worker 'lab-pc-3' lost the fold; it went back to the queue."), so it is the notice.
 */
export function requeuedNotice(reason: string): string {
  return reason.trim() || m.grid_pool_requeued();
}
