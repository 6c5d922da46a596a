/**
 * `layerlab worker` against a real redis-server: jobs are added with a plain BullMQ queue, as the
 * teacher's side adds them, and what the worker leaves in Redis is read back through the contract's
 * schemas (records, result, heartbeat).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Job, Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  parsePoolRecord,
  PoolResultSchema,
  POOL_JOB_VERSION,
  WorkerInfoSchema,
  type PoolRecord,
} from '../../../../src-main/contract/pool.ts';
import { decodeWire } from '../../../../src-main/contract/wire.ts';
import {
  CONTROL_CHANNEL,
  POOL_PREFIX,
  POOL_QUEUE,
  poolJobId,
  recordsKey,
  workerKey,
} from '../../../../src-main/engine/pool/keys.ts';
import { moons } from '../../../helpers/labs.ts';
import { said, type Spawned } from '../../../helpers/pool-grid.ts';
import { startRedis, type RedisServer } from '../../../helpers/redis-server.ts';
import { exitOf, withDeadline } from '../../../helpers/wait.ts';

const CLI = path.resolve('src-main/cli/layerlab.mjs');
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-worker-'));
const emptyData = path.join(home, 'empty');
fs.mkdirSync(emptyData);
const env = { ...process.env, LAYERLAB_HOME: home, LAYERLAB_POOL_LOCK_MS: '3000' };

const children: ChildProcess[] = [];
const closers: (() => Promise<unknown>)[] = [];
let redis: RedisServer;
let queue: Queue;
let events: QueueEvents;
let client: Redis;

function worker(url: string, ...args: string[]): Spawned {
  const child = spawn(process.execPath, [CLI, 'worker', '--redis', url, ...args], { env });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

async function joined(url: string, ...args: string[]): Promise<Spawned> {
  const started = worker(url, ...args);
  await said(started, /joined the pool/, 'the worker to join');
  return started;
}

function connect(url: string): Redis {
  const redisClient = new Redis(url, { maxRetriesPerRequest: null });
  redisClient.on('error', () => {});
  closers.push(async () => redisClient.disconnect());
  return redisClient;
}

/** The newest process `pid` started (Linux: read off /proc); earlier jobs' trainers may still be ending. */
function newestChild(pid: number): number {
  const children = fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((entry) => {
      try {
        const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        // After the name: state, ppid, ... and the start time is the 20th.
        return Number(fields[1]) === pid ? [{ pid: Number(entry), start: Number(fields[19]) }] : [];
      } catch {
        return [];
      }
    });
  expect(children.length, `process ${pid} has no children`).toBeGreaterThan(0);
  return children.sort((a, b) => a.start - b.start).at(-1)!.pid;
}

/** The four MNIST files, empty: enough for a worker to count the set as there. */
function fakeMnist(dir: string): void {
  fs.mkdirSync(path.join(dir, 'mnist'), { recursive: true });
  for (const name of ['train', 't10k'].flatMap((s) => [
    `${s}-images-idx3-ubyte`,
    `${s}-labels-idx1-ubyte`,
  ]))
    fs.writeFileSync(path.join(dir, 'mnist', name), '');
}

let next = 0;
function addJob(data: unknown, attempts = 1): Promise<Job> {
  const id = poolJobId('g1', next++, 0);
  return queue.add('fold', data, { jobId: id, attempts });
}

const job = (lab: unknown) => ({
  version: POOL_JOB_VERSION,
  gridId: 'g1',
  trial: 0,
  fold: 0,
  name: 'dropout=0.5, fold 1',
  lab,
});

async function records(jobId: string, token: string): Promise<PoolRecord[]> {
  const list = await client.lrange(recordsKey(jobId, token), 0, -1);
  return list.map((text) => parsePoolRecord(decodeWire(text)));
}

function finished(added: Job): Promise<unknown> {
  return withDeadline(added.waitUntilFinished(events), `job ${added.id} to finish`);
}

/** Resolves once the job's attempt has `count` records (its progress says so). */
async function recorded(added: Job, count: number, what: string): Promise<void> {
  let onProgress = (_event: { jobId: string; data: unknown }) => {};
  const reached = new Promise<void>((resolve) => {
    onProgress = ({ jobId, data }) => {
      if (jobId === added.id && (data as { records?: number }).records! >= count) resolve();
    };
    events.on('progress', onProgress);
    void Job.fromId(queue, added.id!).then((job) =>
      onProgress({ jobId: added.id!, data: job?.progress }),
    );
  });
  await withDeadline(reached, what).finally(() => events.off('progress', onProgress));
}

async function failedReason(added: Job): Promise<string> {
  const error = await finished(added).then(
    () => null,
    (e: Error) => e,
  );
  expect(error, 'the job should fail').toBeInstanceOf(Error);
  return error!.message;
}

beforeAll(async () => {
  redis = await startRedis();
  const queueConnection = connect(redis.url);
  queue = new Queue(POOL_QUEUE, { connection: queueConnection, prefix: POOL_PREFIX });
  events = new QueueEvents(POOL_QUEUE, { connection: connect(redis.url), prefix: POOL_PREFIX });
  // Redis going away is part of the test: the teacher's objects report it and reconnect.
  queue.on('error', () => {});
  events.on('error', () => {});
  closers.unshift(
    () => events.close(),
    () => queue.close(),
  );
  client = connect(redis.url);
  await events.waitUntilReady();
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  for (const close of closers) await close().catch(() => {});
  await redis?.stop();
  fs.rmSync(home, { recursive: true, force: true });
});

describe('a worker with no built-in datasets', () => {
  let pc: Spawned;
  beforeAll(async () => {
    pc = await joined(redis.url, '--name', 'pc-07', '--concurrency', '2', '--data-dir', emptyData);
  });

  it('trains a job and leaves its records in order, with the weights, and returns the result', async () => {
    const added = await addJob(job(moons({ training: { epochs: 2 } })));
    const result = PoolResultSchema.parse(await finished(added));
    expect(result.status).toBe('completed');
    const list = await records(added.id!, result.token);
    expect(list.length).toBe(result.records);
    expect(list.map((r) => (r.type === 'insight' ? `insight ${r.insight.epoch}` : r.type))).toEqual(
      ['backend', 'started', 'insight 0', 'epoch', 'insight 1', 'epoch', 'insight 2', 'done'],
    );
    const done = list.at(-1) as Extract<PoolRecord, { type: 'done' }>;
    expect(done.model.weightData.byteLength).toBeGreaterThan(0);
    expect(pc.output()).toMatch(
      /Finished g1_t\d+_f0 \(dropout=0\.5, fold 1\): completed in [\d.]+ s\./,
    );
  });

  it('refuses malformed jobs without training or retrying them', async () => {
    const future = await addJob({ ...job(moons()), version: POOL_JOB_VERSION + 1 }, 3);
    expect(await failedReason(future)).toMatch(
      /The job is of format 2, and this worker reads format 1/,
    );
    const badLab = await addJob(job({ format: 'not-a-lab' }), 3);
    expect(await failedReason(badLab)).toMatch(
      /^The job's lab was refused, not run: job .*'s lab is not a LayerLab lab/,
    );
    for (const added of [future, badLab]) {
      const fresh = (await Job.fromId(queue, added.id!))!;
      expect(fresh.attemptsMade).toBe(1);
      const token = (fresh.progress as { token: string }).token;
      const list = await records(added.id!, token);
      expect(list.map((r) => r.type)).toEqual(['error']);
      expect(list[0]).toMatchObject({ error: { code: 'malformed-job' } });
    }
  });

  it('refuses a job on a built-in dataset it does not have, naming itself, the set and the folders', async () => {
    const lab = { ...moons(), dataset: { kind: 'builtin', name: 'mnist' } };
    const added = await addJob(job(lab));
    const reason = await failedReason(added);
    expect(reason).toMatch(
      /^Worker pc-07 has no MNIST .*\(mnist\): it searched .*empty.*--data-dir/,
    );
    expect(pc.output()).toContain(reason);
    // Copied in while the worker runs: the next job is taken (the empty files then fail to load).
    fakeMnist(emptyData);
    const again = await addJob(job(lab));
    const result = PoolResultSchema.parse(await finished(again));
    expect(result.status).toBe('failed');
    expect(pc.output()).toMatch(new RegExp(`Took ${again.id} \\(`));
    fs.rmSync(path.join(emptyData, 'mnist'), { recursive: true });
  });

  it('reads a dataset file only from its data folders, wherever a job points', async () => {
    const outside = path.join(home, 'outside.csv');
    fs.writeFileSync(outside, 'x,y,label\n0,0,0\n1,1,1\n');
    const lab = { ...moons(), dataset: { kind: 'file', path: outside, format: 'csv' } };
    const added = await addJob(job(lab));
    expect(await failedReason(added)).toMatch(
      /^Worker pc-07 reads dataset files only from its data folders \(.*empty.*\), and .*outside\.csv is not in one/,
    );
    // A symbolic link inside a data folder that points outside it is outside too.
    const link = path.join(emptyData, 'link.csv');
    fs.symlinkSync(outside, link);
    const linked = await addJob(job({ ...lab, dataset: { ...lab.dataset, path: link } }));
    expect(await failedReason(linked)).toMatch(/link\.csv is not in one/);
    fs.rmSync(link);
    for (const refused of [added, linked]) expect(pc.output()).not.toContain(`Took ${refused.id}`);
  });

  it('stops a job when the teacher says so on the control channel', async () => {
    const added = await addJob(job(moons({ training: { epochs: 500 } })));
    await recorded(added, 4, 'the first epoch');
    await client.publish(CONTROL_CHANNEL, 'not json');
    await client.publish(CONTROL_CHANNEL, JSON.stringify({ jobId: added.id, action: 'stop' }));
    const result = PoolResultSchema.parse(await finished(added));
    expect(result.status).toBe('stopped');
    const list = await records(added.id!, result.token);
    expect(list.at(-1)).toMatchObject({ type: 'done', status: 'stopped' });
  });

  it('turns a trainer that dies into an error record and a failed result, not a retry', async () => {
    const added = await addJob(job(moons({ training: { epochs: 500 } })), 3);
    await recorded(added, 2, 'the training started');
    process.kill(newestChild(pc.child.pid!), 'SIGKILL');
    const result = PoolResultSchema.parse(await finished(added));
    expect(result.status).toBe('failed');
    const list = await records(added.id!, result.token);
    expect(list.at(-1)).toMatchObject({ type: 'error', error: { code: 'trainer-crashed' } });
    expect((await Job.fromId(queue, added.id!))!.attemptsMade).toBe(1);
    expect(pc.output()).toMatch(/: failed in [\d.]+ s: The trainer process was killed \(SIGKILL\)/);
  });

  it('refuses a second worker of the same name', async () => {
    const twin = worker(redis.url, '--name', 'pc-07');
    expect(await exitOf(twin.child)).toEqual({ code: 2, signal: null });
    expect(twin.output()).toMatch(
      /^layerlab: A worker named pc-07 is already in the pool \(on .+, process \d+\): give this one another --name\.\n$/,
    );
  });

  it('hands its job back to the queue at once when it leaves', async () => {
    const added = await addJob(job(moons({ training: { epochs: 500 } })));
    await said(pc, new RegExp(`Took ${added.id} \\(`), 'the job taken');
    pc.child.kill('SIGINT');
    expect(await exitOf(pc.child)).toEqual({ code: 0, signal: null });
    expect(pc.output()).toMatch(/Leaving the pool: handing 1 job back to the queue/);
    expect(pc.output()).toContain(`Handed ${added.id} (dropout=0.5, fold 1) back to the pool.`);
    // No worker is left to notice a stalled job: only the hand-back can have put it there.
    expect(await added.getState(), pc.output()).toBe('waiting');
    expect(await client.exists(workerKey('pc-07'))).toBe(0);
    await added.remove();
  });
});

describe('a password-protected Redis', () => {
  let secured: RedisServer;
  beforeAll(async () => {
    secured = await startRedis({ password: 'pool-secret-123', appendOnly: false });
    closers.push(() => secured.stop());
  });

  it('takes the right password; the heartbeat says who the worker is and goes when it leaves', async () => {
    const data = path.join(home, 'with-mnist');
    fakeMnist(data);
    const pc = await joined(secured.url, '--name', 'pc-12', '--data-dir', data);
    expect(pc.output()).toMatch(
      /^Worker pc-12 joined the pool at redis:\/\/:\*\*\*@127\.0\.0\.1:\d+: 1 job at once, trains on .+, has mnist/,
    );
    const securedClient = connect(secured.url);
    const info = WorkerInfoSchema.parse(JSON.parse((await securedClient.get(workerKey('pc-12')))!));
    expect(info).toMatchObject({ name: 'pc-12', concurrency: 1, active: 0, pid: pc.child.pid });
    expect(info.datasets).toContain('mnist');
    pc.child.kill('SIGINT');
    expect(await exitOf(pc.child)).toEqual({ code: 0, signal: null });
    expect(await securedClient.exists(workerKey('pc-12'))).toBe(0);
    expect(pc.output()).not.toContain('pool-secret-123');
  });

  it('exits 1 with one sentence, without the password, when the password is wrong', async () => {
    const pc = worker(`redis://:wrong-secret-456@127.0.0.1:${secured.port}`, '--name', 'pc-13');
    expect(await exitOf(pc.child)).toEqual({ code: 1, signal: null });
    expect(pc.output().trim()).toBe(
      `layerlab: The Redis server at redis://:***@127.0.0.1:${secured.port} refused the password: check the one in the address against its requirepass setting.`,
    );
  });

  it('exits 2 on an address that is not a Redis one', async () => {
    const pc = worker('http://:pool-secret-123@127.0.0.1:6379');
    expect(await exitOf(pc.child)).toEqual({ code: 2, signal: null });
    expect(pc.output()).toMatch(/is not a Redis address/);
    expect(pc.output()).not.toContain('pool-secret-123');
  });
});

describe('Redis going away', () => {
  it('is said once, and its return once, and the worker goes on', async () => {
    const pc = await joined(redis.url, '--name', 'pc-21', '--data-dir', emptyData);
    await redis.kill9();
    await said(pc, /Lost the Redis server/, 'the loss said');
    await redis.restart();
    await said(pc, /^The Redis server at \S+ is back\.$/m, 'the return said');
    const added = await addJob(job(moons({ training: { epochs: 1 } })));
    expect(PoolResultSchema.parse(await finished(added)).status).toBe('completed');
    expect(pc.output().match(/Lost the Redis server/g)).toHaveLength(1);
    expect(pc.output().match(/^The Redis server at \S+ is back\.$/gm)).toHaveLength(1);
    expect(pc.child.exitCode).toBe(null);
  });
});
