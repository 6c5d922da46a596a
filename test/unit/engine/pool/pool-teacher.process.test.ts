/**
 * The teacher's side of a pool under faults, with real workers and a real redis-server behind a
 * password: `layerlab grid --redis` killed (-9) mid-grid and run again picks its grid up (attaching
 * to the jobs in Redis, training nothing twice); Redis restarted mid-grid is survived; the
 * password never appears in what the CLI prints.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gridRig } from '../../../helpers/grid-rig.ts';
import type { GridEvent } from '../../../../src-main/contract/api.ts';
import { serializeLab } from '../../../../src-main/contract/lab.ts';
import { PoolClient } from '../../../../src-main/engine/pool/pool-client.ts';
import { forkTrainer } from '../../../../src-main/engine/trainer-client.ts';
import { LayerLabService } from '../../../../src-main/hosts/service.ts';
import { RunStore } from '../../../../src-main/store/run-store.ts';
import {
  ALL_FOLDS,
  Classroom,
  completedOnce,
  foldRows,
  poolLab,
  said,
  type Spawned,
} from '../../../helpers/pool-grid.ts';
import { startRedis, type RedisServer } from '../../../helpers/redis-server.ts';
import { exitOf, nextEvent, withDeadline } from '../../../helpers/wait.ts';

const PASSWORD = 'teacher-pw-9931';
const room = new Classroom();
let redis: RedisServer;
const closers: (() => Promise<unknown> | void)[] = [];
const workers: Spawned[] = [];

beforeAll(async () => {
  redis = await startRedis({ password: PASSWORD });
  workers.push(await room.worker(redis.url, 'w1'), await room.worker(redis.url, 'w2'));
});

afterAll(async () => {
  for (const close of closers.reverse()) await close();
  await room.killAll();
  await redis?.stop();
});

/** Attempts the workers made on a grid: one list of records each (keys.ts's `recordsKey`). */
async function attempts(pool: PoolClient, gridId: string): Promise<number> {
  let [cursor, count] = ['0', 0];
  do {
    const [next, keys] = await pool.redis.scan(cursor, 'MATCH', `layerlab:records:${gridId}_*`);
    [cursor, count] = [next, count + keys.length];
  } while (cursor !== '0');
  return count;
}

describe('the teacher on a pool, under faults', () => {
  it('says one sentence, without the password, when Redis is not there or refuses it', async () => {
    const lab = path.join(room.dir, 'refused.layerlab.json');
    fs.writeFileSync(lab, serializeLab(poolLab(2)));
    const nobody = room.spawn(['grid', lab, '--redis', `redis://:${PASSWORD}@127.0.0.1:1`]);
    const refused = room.spawn(['grid', lab, '--redis', redis.url.replace(PASSWORD, 'wrong')]);
    expect((await exitOf(nobody.child)).code).toBe(1);
    expect(nobody.output().trim()).toBe(
      "layerlab: Nothing answers at redis://:***@127.0.0.1:1: start redis-server there (bound to the lab's network, not only 127.0.0.1), or check the host and port.",
    );
    expect((await exitOf(refused.child)).code).toBe(1);
    expect(refused.output().trim()).toMatch(
      /^layerlab: The Redis server at redis:\/\/:\*\*\*@127\.0\.0\.1:\d+ refused the password: [^\n]+\.$/,
    );
  });

  it('connects the service to a pool, says who is there, and refuses a pool grid without one', async () => {
    const store = new RunStore(path.join(room.dir, 'service.sqlite'));
    const service = new LayerLabService({
      host: 'browser',
      store,
      dataDirs: [],
      spawnTrainer: () => forkTrainer(),
      probeBackend: async () => ({ name: 'cpu', label: 'JavaScript', skipped: [], details: [] }),
      appDir: path.join(room.dir, 'service'),
    });
    closers.push(() => store.close());
    closers.push(() => service.pool.close());
    await expect(service.startGrid(poolLab(2), { onPool: true })).rejects.toMatchObject({
      code: 'pool-unavailable',
      message: expect.stringMatching(/^No pool of workers is connected/),
    });
    await expect(service.connectPool('http://10.0.0.5:6379')).rejects.toMatchObject({
      code: 'invalid-arguments',
    });
    const nobody = await service.connectPool(`redis://:${PASSWORD}@127.0.0.1:1`);
    expect(nobody).toMatchObject({
      url: 'redis://:***@127.0.0.1:1',
      state: 'unreachable',
      message: expect.stringMatching(/^Nothing answers at redis:\/\/:\*\*\*@127\.0\.0\.1:1/),
    });
    const connected = await service.connectPool(redis.url);
    expect(connected).toMatchObject({ state: 'connected', message: null });
    expect(connected.workers.map((w) => w.name)).toEqual(['w1', 'w2']);
    expect(JSON.stringify([nobody, connected, await service.getPool()])).not.toContain(PASSWORD);
    expect(await service.connectPool(null)).toMatchObject({ url: null, state: 'off' });
  });

  it('says when no worker has the dataset, and Ctrl-C takes the grid off the queue', async () => {
    const pool = new PoolClient(redis.url);
    closers.push(() => pool.close());
    await pool.ready();
    // Workers find built-in sets in the machine's own folders too: this needs one they lack.
    if ((await pool.workers()).some((w) => w.datasets.includes('mnist'))) return;
    const grid = room.spawn([
      'grid',
      path.resolve('assets/labs/mnist-mlp-16.layerlab.json'),
      '--sweep',
      'layers.dense.units=8,16',
      '--folds',
      '2',
      '--redis',
      redis.url,
    ]);
    await said(
      grid,
      /Queuing 4 folds on the pool at redis:\/\/:\*\*\*@[^;]+; 2 workers now: w1, w2\./,
      'the pool line',
    );
    await said(
      grid,
      /No worker now has the dataset 'mnist' in its data folders: [^\n]+\n/,
      'the dataset line',
    );
    // Queued, and refused with the reason by a worker: the job is back in the queue, waiting.
    await Promise.any(workers.map((w) => said(w, /Refused [^\n]+ has no MNIST/, 'a refusal')));
    grid.child.kill('SIGINT');
    const exit = await exitOf(grid.child);
    expect(exit, grid.output()).toEqual({ code: 130, signal: null });
    expect(grid.output()).toContain('Stopping the grid');
    expect(await pool.queue.getJobCounts('waiting', 'delayed', 'prioritized', 'active')).toEqual({
      waiting: 0,
      delayed: 0,
      prioritized: 0,
      active: 0,
    });
  });

  it('picks its grid up again after being killed mid-grid, training each fold once', async () => {
    const lab = path.join(room.dir, 'restart.layerlab.json');
    fs.writeFileSync(lab, serializeLab(poolLab(5)));
    const args = ['grid', lab, '--redis', redis.url];
    const first = room.spawn(args);
    await said(
      first,
      /Queuing 12 folds on the pool at redis:\/\/:\*\*\*@127\.0\.0\.1:\d+; 2 workers now: w1, w2\./,
      'the pool line',
    );
    await said(first, /\b2\/12 folds done/, 'two folds to finish');
    first.child.kill('SIGKILL');
    await exitOf(first.child);

    const second = room.spawn(args);
    expect((await exitOf(second.child)).code).toBe(0);
    const out = second.output();
    const queued = Number(out.match(/Resuming the grid: queuing (\d+) folds/)?.[1]);
    expect(queued).toBeGreaterThan(0);
    expect(queued).toBeLessThanOrEqual(10);
    expect(out).toMatch(/mean val_loss ± std/);
    expect(first.output() + out).not.toContain(PASSWORD);

    const rows = foldRows(path.join(room.dir, 'teacher', 'runs.sqlite'));
    const once = completedOnce(rows);
    expect([...once.keys()].sort()).toEqual(ALL_FOLDS);
    expect([...once.values()].every((n) => n === 1)).toBe(true);
    for (const r of rows.filter((r) => r.status === 'completed')) expect(r.epochs).toBe(5);
    // Attached, not queued again: the workers trained each fold once.
    const pool = new PoolClient(redis.url);
    closers.push(() => pool.close());
    const gridId = (await pool.queue.getJobs(['completed']))[0].id!.replace(/_t\d+_f\d+$/, '');
    expect(await attempts(pool, gridId)).toBe(12);
  });

  it('survives Redis restarting mid-grid: every fold recorded once', async () => {
    const pool = new PoolClient(redis.url);
    closers.push(() => pool.close());
    await pool.ready();
    const { store, runner } = gridRig(path.join(room.dir, 'redis-restart.sqlite'), 2);
    closers.push(() => store.close());
    const events: GridEvent[] = [];
    runner.onGridEvent((e) => events.push(e));
    const { gridId, done } = runner.start(poolLab(4), { pool });
    await nextEvent(
      (l) => runner.onGridEvent(l),
      (e) => e.type === 'grid-progress' && e.jobsDone >= 2,
      'two folds to finish',
      { seen: events },
    );
    await redis.restart();
    expect((await withDeadline(done, 'the grid to finish')).status).toBe('completed');
    const rows = foldRows(path.join(room.dir, 'redis-restart.sqlite'), gridId);
    const once = completedOnce(rows);
    expect([...once.keys()].sort()).toEqual(ALL_FOLDS);
    expect([...once.values()].every((n) => n === 1)).toBe(true);
    for (const r of rows) expect(r).toMatchObject({ status: 'completed', epochs: 4 });
  });
});
