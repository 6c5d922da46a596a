/**
 * Where the pool keeps things in Redis, and how fast it notices a lost worker. Both sides (the
 * teacher's `pool-client.ts` and `pool-worker.ts`) use only these names, so they cannot drift.
 *
 * - the BullMQ queue `grid-folds` under the prefix `layerlab` (its keys are `layerlab:grid-folds:*`);
 * - `layerlab:records:<jobId>:<token>`: the list of an attempt's records (contract/pool.ts), in order;
 * - `layerlab:control`: a pub/sub channel the teacher sends `{ jobId, action }` on (stop, pause, resume);
 * - `layerlab:worker:<name>`: each worker's `WorkerInfo`, set every `heartbeatMs`, expiring after three.
 */
export const POOL_PREFIX = 'layerlab';
export const POOL_QUEUE = 'grid-folds';
export const CONTROL_CHANNEL = `${POOL_PREFIX}:control`;
export const WORKER_KEY_PREFIX = `${POOL_PREFIX}:worker:`;

/** A job's id from its grid, trial and fold: the same (setting, fold) is the same job, on every start. */
export function poolJobId(gridId: string, trial: number, fold: number): string {
  return `${gridId}_t${trial}_${fold < 0 ? 'holdout' : `f${fold}`}`;
}

export function recordsKey(jobId: string, token: string): string {
  return `${POOL_PREFIX}:records:${jobId}:${token}`;
}

export function workerKey(name: string): string {
  return `${WORKER_KEY_PREFIX}${name}`;
}

export interface ControlMessage {
  jobId: string;
  action: 'stop' | 'pause' | 'resume';
}

/** Records and finished jobs are kept this long after a job ends (a teacher away for a weekend). */
export const KEEP_SECONDS = 7 * 24 * 3600;

export interface PoolTimings {
  /** A worker's lock on its job; a worker silent this long is lost, and its job goes back. */
  lockMs: number;
  /** How often workers look for lost jobs. */
  stalledIntervalMs: number;
  /** How often a worker announces itself. */
  heartbeatMs: number;
}

/**
 * BullMQ's defaults (30 s lock, 30 s check), or shorter ones from `LAYERLAB_POOL_LOCK_MS` (the tests
 * use a few seconds, so a killed worker's job comes back quickly).
 */
export function poolTimings(env: NodeJS.ProcessEnv = process.env): PoolTimings {
  const lock = Number(env.LAYERLAB_POOL_LOCK_MS);
  const lockMs = Number.isInteger(lock) && lock >= 1000 ? lock : 30_000;
  return {
    lockMs,
    stalledIntervalMs: Math.max(500, Math.round(lockMs / 2)),
    heartbeatMs: Math.max(500, Math.min(5000, Math.round(lockMs / 3))),
  };
}
