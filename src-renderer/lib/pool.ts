/**
 * The grid panel's pool of workers, as pure functions: the address to connect to (with a password
 * typed apart), the address the page may remember (never with the password), and the sentences the
 * pool section shows about the server, its queue and its workers.
 */
import type { DatasetRef } from '../../src-main/contract/datasets.ts';
import { checkRedisUrl, type PoolStatus, type WorkerInfo } from '../../src-main/contract/pool.ts';
import { datasetLabel } from './format.ts';

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
      return 'Not connected: grids train on this computer.';
    case 'connecting':
      return `Connecting to ${status.url}…`;
    case 'connected':
      return `Connected to ${status.url}.`;
    case 'unreachable':
      return status.message ?? `${status.url} cannot be reached.`;
  }
}

/** The queue across every grid on the server: "3 waiting · 2 training". */
export function queueLine(status: PoolStatus): string {
  return `${status.waiting} waiting · ${status.active} training`;
}

/** "1 / 2 jobs": what a worker trains now, and at most at once. */
export function workerJobs(worker: WorkerInfo): string {
  return `${worker.active} / ${worker.concurrency} ${worker.concurrency === 1 ? 'job' : 'jobs'}`;
}

export function workerDatasets(worker: WorkerInfo): string {
  return worker.datasets.length ? worker.datasets.join(', ') : 'no built-in datasets';
}

/**
 * The one line under the workers when the grid could not train there: nobody has joined, or no
 * listed worker holds the lab's built-in dataset (generated sets need no files). Null when fine.
 */
export function workersWarning(status: PoolStatus, dataset: DatasetRef | null): string | null {
  if (status.state !== 'connected') return null;
  if (!status.workers.length)
    return `No worker has joined yet: start one on each lab PC with layerlab worker --redis ${status.url}.`;
  if (dataset?.kind !== 'builtin') return null;
  if (status.workers.some((w) => w.datasets.includes(dataset.name))) return null;
  return `No worker has ${datasetLabel(dataset)}: start workers with --data-dir set to a folder that holds it (layerlab datasets --download ${dataset.name} fetches it).`;
}

/**
 * The notice for a fold that went back to the queue: the host's reason names the worker it lost
 * ("Worker 'lab-pc-3' lost the fold; it went back to the queue."), so it is the notice.
 */
export function requeuedNotice(reason: string): string {
  return reason.trim() || "A worker was lost mid-fold; the fold went back to the pool's queue.";
}
