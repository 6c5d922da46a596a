import { describe, expect, it } from 'vitest';
import type { DatasetRef } from '../../../src-main/contract/datasets.ts';
import { useLocale } from '../../../src-main/contract/i18n.ts';
import { describeRedisError } from '../../../src-main/engine/pool/redis.ts';
import { POOL_OFF, type PoolStatus, type WorkerInfo } from '../../../src-main/contract/pool.ts';
import {
  poolStateLine,
  poolUrl,
  queueLine,
  requeuedNotice,
  withoutPassword,
  workerDatasets,
  workerJobs,
  workersWarning,
} from '../../../src-renderer/lib/pool.ts';

const worker = (name: string, datasets: string[], active = 0, concurrency = 2): WorkerInfo => ({
  name,
  host: 'lab-pc',
  pid: 1,
  concurrency,
  active,
  backend: 'WebAssembly',
  datasets,
  since: '2026-11-30T16:00:00.000Z',
  lastSeen: '2026-11-30T16:00:02.000Z',
});
const connected = (workers: WorkerInfo[]): PoolStatus => ({
  ...POOL_OFF,
  url: 'redis://10.0.0.5:6379',
  state: 'connected',
  workers,
});
const mnist: DatasetRef = { kind: 'builtin', name: 'mnist', numWords: 10000 };
const moons: DatasetRef = {
  kind: 'synthetic',
  shape: 'moons',
  samples: 500,
  noise: 0.1,
  classes: 2,
  seed: 0,
};

describe('the pool address', () => {
  it.each([
    ['redis://10.0.0.5:6379', '', 'redis://10.0.0.5:6379'],
    ['  redis://10.0.0.5:6379/  ', '', 'redis://10.0.0.5:6379'],
    ['redis://10.0.0.5:6379', 's3cret', 'redis://:s3cret@10.0.0.5:6379'],
    ['rediss://teacher.lab:6380', 's3cret', 'rediss://:s3cret@teacher.lab:6380'],
    // A password typed into the address itself is kept unless one is typed apart.
    ['redis://:inline@10.0.0.5:6379', '', 'redis://:inline@10.0.0.5:6379'],
    ['redis://:inline@10.0.0.5:6379', 'apart', 'redis://:apart@10.0.0.5:6379'],
  ])('%s with password %j connects to %s', (address, password, url) => {
    expect(poolUrl(address, password)).toBe(url);
  });

  it('refuses what is not a Redis address with a sentence that does not repeat the password', () => {
    expect(() => poolUrl('http://10.0.0.5:6379', 'pw')).toThrow(/not a Redis address/);
    expect(() => poolUrl('10.0.0.5:6379', '')).toThrow(/redis:\/\/HOST:PORT/);
    expect(() => poolUrl('redis//:hunter2@x', '')).toThrow(/redis:\/\/HOST:PORT/);
    try {
      poolUrl('redis//:hunter2@x', '');
    } catch (e) {
      expect((e as Error).message).not.toContain('hunter2');
    }
  });

  it.each([
    ['redis://:s3cret@10.0.0.5:6379', 'redis://10.0.0.5:6379'],
    ['redis://teacher:s3cret@10.0.0.5:6379/', 'redis://10.0.0.5:6379'],
    ['rediss://10.0.0.5:6380', 'rediss://10.0.0.5:6380'],
    ['not a url //:s3cret@host', 'not a url //host'],
  ])('is remembered as %s -> %s (never with its password)', (address, kept) => {
    expect(withoutPassword(address)).toBe(kept);
  });
});

describe('the pool section', () => {
  it('says in one line how the connection stands', () => {
    expect(poolStateLine(POOL_OFF)).toMatch(/Not connected/);
    expect(poolStateLine(connected([]))).toBe('Connected to redis://10.0.0.5:6379.');
    const message = 'The pool at redis://:***@10.0.0.5:6379 cannot be reached: connection refused.';
    expect(
      poolStateLine({
        ...POOL_OFF,
        url: 'redis://:***@10.0.0.5:6379',
        state: 'unreachable',
        message,
      }),
    ).toBe(message);
    expect(poolStateLine({ ...POOL_OFF, url: 'redis://h:1', state: 'unreachable' })).toMatch(
      /redis:\/\/h:1 cannot be reached/,
    );
  });

  it("words the host's sentence for an unreachable server in the user's language", () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const { message, key, params } = describeRedisError(
      refused,
      'redis://:pw@10.0.0.5:6379',
    ).info();
    const status = { ...POOL_OFF, url: 'redis://10.0.0.5:6379', state: 'unreachable' as const };
    expect(poolStateLine({ ...status, message, key, params })).toBe(message);
    useLocale(() => 'zh-Hans');
    try {
      expect(poolStateLine({ ...status, message, key, params })).toBe(
        'redis://:***@10.0.0.5:6379 没有任何响应：请在那里启动 redis-server（绑定到机房的网络，而不只是 127.0.0.1），或检查主机和端口。',
      );
      // A sentence without its words (an older host) shows as it came.
      expect(poolStateLine({ ...status, message })).toBe(message);
    } finally {
      useLocale(() => 'en');
    }
  });

  it('lists the queue and what each worker does', () => {
    expect(queueLine({ ...connected([]), waiting: 5, active: 2 })).toBe('5 waiting · 2 training');
    expect(workerJobs(worker('a', [], 1, 2))).toBe('1 / 2 jobs');
    expect(workerJobs(worker('a', [], 0, 1))).toBe('0 / 1 job');
    expect(workerDatasets(worker('a', ['mnist', 'imdb']))).toBe('mnist, imdb');
    expect(workerDatasets(worker('a', []))).toBe('no built-in datasets');
  });

  it.each<[string, PoolStatus, DatasetRef | null, RegExp | null]>([
    ['nobody has joined', connected([]), moons, /No worker has joined yet.*--redis redis:\/\//],
    [
      'no worker holds MNIST',
      connected([worker('a', []), worker('b', ['imdb'])]),
      mnist,
      /No worker has MNIST: start workers with --data-dir/,
    ],
    ['one worker holds MNIST', connected([worker('a', []), worker('b', ['mnist'])]), mnist, null],
    ['a generated set needs no files', connected([worker('a', [])]), moons, null],
    ['not connected', { ...POOL_OFF, url: 'redis://h:1', state: 'unreachable' }, mnist, null],
  ])('warns when %s', (_case, status, dataset, warning) => {
    const line = workersWarning(status, dataset);
    if (warning) expect(line).toMatch(warning);
    else expect(line).toBeNull();
  });

  it("says a requeued run's reason, or that a worker was lost when there is none", () => {
    const reason = "Worker 'lab-pc-2' lost the fold; it went back to the queue.";
    expect(requeuedNotice(reason)).toBe(reason);
    expect(requeuedNotice(' ')).toMatch(/worker was lost.*went back to the pool's queue/);
  });
});
