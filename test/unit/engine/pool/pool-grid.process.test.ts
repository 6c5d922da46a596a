/**
 * A grid on a pool of real `layerlab worker` processes and a real redis-server, through GridRunner
 * and a PoolClient as the app runs it: a worker killed (-9) mid-job loses nothing and nothing is
 * recorded twice; a stopped grid leaves nothing in the queue; a malformed record is refused.
 */
import path from 'node:path';
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gridRig } from '../../../helpers/grid-rig.ts';
import type { GridDetail, RunEvent } from '../../../../src-main/contract/api.ts';
import type { PoolProgress } from '../../../../src-main/contract/pool.ts';
import { encodeWire } from '../../../../src-main/contract/wire.ts';
import { POOL_PREFIX, POOL_QUEUE, recordsKey } from '../../../../src-main/engine/pool/keys.ts';
import { PoolClient } from '../../../../src-main/engine/pool/pool-client.ts';
import { parseProgress } from '../../../../src-main/engine/pool/pool-records.ts';
import { RunStore } from '../../../../src-main/store/run-store.ts';
import {
  ALL_FOLDS,
  Classroom,
  completedOnce,
  foldRows,
  poolLab,
  type Spawned,
} from '../../../helpers/pool-grid.ts';
import { startRedis, type RedisServer } from '../../../helpers/redis-server.ts';
import { nextEvent, withDeadline } from '../../../helpers/wait.ts';

const room = new Classroom();
let redis: RedisServer;
let pool: PoolClient;
const workers = new Map<string, Spawned>();
const stores: RunStore[] = [];

beforeAll(async () => {
  redis = await startRedis({ password: 'pool-pw-4711' });
  pool = new PoolClient(redis.url);
  await pool.ready();
});

afterAll(async () => {
  await pool?.close();
  for (const store of stores) store.close();
  await room.killAll();
  await redis?.stop();
});

function teacher(name: string) {
  const file = path.join(room.dir, `${name}.sqlite`);
  const { store, grids, runs, runner } = gridRig(file, 2);
  stores.push(store);
  const events: RunEvent[] = [];
  runs.onRunEvent((e) => events.push(e));
  return { file, store, grids, runs, runner, events };
}

const shape = (grid: GridDetail) =>
  grid.trials.map((t) => ({
    label: t.label,
    folds: t.foldScores.map((s) => typeof s),
    mean: typeof t.mean,
    std: typeof t.std,
    status: t.status,
  }));

describe('a grid on a pool of workers', () => {
  it('refuses a malformed record: the fold fails with the sentence and records nothing', async () => {
    // A worker of our own making, before the real ones join: it writes what it likes.
    const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
    const raw = new Redis(redis.url);
    const hand = new Worker(
      POOL_QUEUE,
      async (job) => {
        const token = 'by-hand';
        await raw.rpush(
          recordsKey(job.id!, token),
          encodeWire({
            type: 'backend',
            backend: { name: 'cpu', label: 'JS', skipped: [], details: [] },
          }),
          '{"type":"epoch","metrics":{"epoch":1,"loss":"very low"}}',
        );
        await job.updateProgress({ token, worker: 'by-hand', records: 2, live: null });
        return { token, status: 'completed', records: 2 };
      },
      { connection, prefix: POOL_PREFIX },
    );
    hand.on('error', () => {});
    try {
      const { runs, store } = teacher('malformed');
      const lab = poolLab(2);
      const fold = { gridId: 'by-hand', trial: 0, fold: 0, name: 'by hand', lab };
      const { runId, done } = runs.startRun({ lab, name: 'by hand' }, undefined, {
        remote: () => pool.port(fold),
      });
      const outcome = await withDeadline(done, 'the fold to end');
      expect(outcome.status).toBe('failed');
      expect(outcome.error).toEqual({
        code: 'malformed-job',
        message: expect.stringMatching(
          /^A worker sent a malformed record \(metrics\.loss: .+\); it was refused\.$/,
        ),
      });
      const run = store.getRun(runId)!;
      expect(run.metrics).toEqual([]);
      expect(run.hasWeights).toBe(false);
    } finally {
      await hand.close();
      connection.disconnect();
      raw.disconnect();
    }
  });

  it('loses nothing when a worker is killed mid-job, and records every fold once', async () => {
    for (const name of ['w1', 'w2', 'w3']) workers.set(name, await room.worker(redis.url, name));
    const { file, grids, runner, events, runs } = teacher('killed');
    const lab = poolLab(8);
    const { gridId, done } = runner.start(lab, { pool });
    // A job with an epoch recorded and still training: its worker is the one to kill.
    let victim: PoolProgress | undefined;
    for (let epochs = 1; !victim; epochs++) {
      const seen = epochs === 1 ? events : [];
      await nextEvent(
        (l) => runs.onRunEvent(l),
        (e) => e.type === 'epoch',
        `epoch event ${epochs}`,
        {
          seen,
        },
      );
      const active = await pool.queue.getActive();
      victim = active
        .map((job) => parseProgress(job.progress))
        .find((p): p is PoolProgress => p !== null && p.records >= 3);
    }
    workers.get(victim.worker)!.child.kill('SIGKILL');
    expect((await withDeadline(done, 'the grid to finish')).status).toBe('completed');
    const rows = foldRows(file, gridId);
    expect([...completedOnce(rows).keys()].sort()).toEqual(ALL_FOLDS);
    expect([...completedOnce(rows).values()].every((n) => n === 1)).toBe(true);
    // The requeued fold trained again from its start: its epochs once each, not twice.
    for (const row of rows) expect(row).toMatchObject({ status: 'completed', epochs: 8 });
    const requeued = events.find((e) => e.type === 'requeued');
    expect(requeued).toMatchObject({
      reason: `Worker '${victim.worker}' stopped answering mid-job (killed or unplugged); the fold went back to the queue.`,
    });
    const requeuedRun = rows.find((r) => r.id === requeued!.runId)!;
    expect(requeuedRun.epochs).toBe(8);

    // The same scores' shape as the same lab's grid on this machine.
    const local = teacher('local');
    const here = local.runner.start(lab);
    expect((await withDeadline(here.done, 'the local grid')).status).toBe('completed');
    const [onPool, onMachine] = [grids.detail(gridId)!, local.grids.detail(here.gridId)!];
    expect(shape(onPool)).toEqual(shape(onMachine));
    expect(shape(onPool).every((t) => t.folds.length === 3 && t.mean === 'number')).toBe(true);
    // Same seeds, same backend: the very same scores, the fold trained twice included.
    onPool.trials.forEach((t, i) =>
      t.foldScores.forEach((score, f) =>
        expect(score).toBeCloseTo(onMachine.trials[i].foldScores[f]!, 6),
      ),
    );
  });

  it('stops: its waiting jobs leave the queue and its running folds end stopped', async () => {
    const { file, runner, runs, events } = teacher('stopped');
    const { gridId, done } = runner.start(poolLab(30), { pool });
    await nextEvent(
      (l) => runs.onRunEvent(l),
      (e) => e.type === 'epoch',
      'a first epoch',
      {
        seen: events,
      },
    );
    runner.stop(gridId);
    expect((await withDeadline(done, 'the grid to stop')).status).toBe('stopped');
    await pool.idle();
    const left = await pool.queue.getJobs(['waiting', 'delayed', 'prioritized', 'active']);
    expect(left.filter((j) => j.id!.startsWith(gridId)).map((j) => j.id)).toEqual([]);
    const rows = foldRows(file, gridId);
    expect(rows.map((r) => r.status).filter((s) => s !== 'stopped' && s !== 'completed')).toEqual(
      [],
    );
    // Folds a worker was training stopped within a batch, with the epochs they had.
    expect(rows.some((r) => r.status === 'stopped' && r.epochs > 0)).toBe(true);
  });
});
