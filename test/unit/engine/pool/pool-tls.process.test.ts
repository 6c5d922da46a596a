/**
 * A pool over TLS, as docs/scale-out.md sets one up: Redis listening only on `tls-port` with a
 * certificate from the classroom's own authority, a password, a worker and `layerlab grid --redis
 * rediss://...` that trust the authority through NODE_EXTRA_CA_CERTS. Without that trust the worker
 * refuses the server's certificate in one sentence, without the password.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeLab } from '../../../../src-main/contract/lab.ts';
import { PoolSession } from '../../../../src-main/hosts/pool-session.ts';
import { Classroom, completedOnce, foldRows, said } from '../../../helpers/pool-grid.ts';
import { moons } from '../../../helpers/labs.ts';
import { startRedis, type RedisServer } from '../../../helpers/redis-server.ts';
import { exitOf } from '../../../helpers/wait.ts';

const PASSWORD = 'tls-pw-5521';
const room = new Classroom();
let redis: RedisServer;
let ca = '';

/** A certificate authority and a server certificate for 127.0.0.1, made with openssl. */
function certificates(dir: string) {
  const file = (name: string) => path.join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'ignore' });
  openssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '2',
    '-subj',
    '/CN=Class CA',
    '-keyout',
    file('ca.key'),
    '-out',
    file('ca.crt'),
  );
  openssl(
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-subj',
    '/CN=127.0.0.1',
    '-keyout',
    file('server.key'),
    '-out',
    file('server.csr'),
  );
  fs.writeFileSync(file('san.cnf'), 'subjectAltName=IP:127.0.0.1\n');
  openssl(
    'x509',
    '-req',
    '-days',
    '2',
    '-in',
    file('server.csr'),
    '-CA',
    file('ca.crt'),
    '-CAkey',
    file('ca.key'),
    '-CAcreateserial',
    '-extfile',
    file('san.cnf'),
    '-out',
    file('server.crt'),
  );
  return { cert: file('server.crt'), key: file('server.key'), ca: file('ca.crt') };
}

beforeAll(async () => {
  const tls = certificates(room.dir);
  ca = tls.ca;
  redis = await startRedis({ password: PASSWORD, tls, appendOnly: false });
});

afterAll(async () => {
  await room.killAll();
  await redis?.stop();
});

describe('a pool over TLS', () => {
  it('trains a grid on a worker through rediss:// when both trust the classroom authority', async () => {
    expect(redis.url).toMatch(/^rediss:\/\//);
    const env = { ...room.env, NODE_EXTRA_CA_CERTS: ca };
    const worker = room.spawn(['worker', '--redis', redis.url, '--name', 'tls-pc'], {
      ...env,
      LAYERLAB_HOME: path.join(room.dir, 'tls-pc'),
    });
    await said(
      worker,
      /joined the pool at rediss:\/\/:\*\*\*@127\.0\.0\.1:\d+/,
      'the worker to join',
    );

    const lab = path.join(room.dir, 'tls.layerlab.json');
    fs.writeFileSync(
      lab,
      serializeLab(
        moons({
          samples: 200,
          training: { epochs: 2 },
          grid: {
            params: [{ path: 'layers.dense.units', values: [4, 16] }],
            evaluation: { kind: 'kfold', folds: 2 },
            rankBy: 'val_loss',
            refit: false,
          },
        }),
      ),
    );
    const grid = room.spawn(['grid', lab, '--redis', redis.url], env);
    const { code } = await exitOf(grid.child);
    expect(code, grid.output()).toBe(0);
    expect(grid.output()).toMatch(/Queuing 4 folds on the pool at rediss:\/\/:\*\*\*@127\.0\.0\.1/);
    const rows = foldRows(path.join(room.dir, 'teacher', 'runs.sqlite'));
    expect([...completedOnce(rows)].sort()).toEqual([
      ['0/0', 1],
      ['0/1', 1],
      ['1/0', 1],
      ['1/1', 1],
    ]);
    expect(rows.every((r) => r.epochs === 2)).toBe(true);
    // Trained by the worker, over TLS, not by the teacher's machine.
    expect(worker.output().match(/Finished [^\n]*: completed/g)).toHaveLength(4);
    for (const text of [grid.output(), worker.output()]) expect(text).not.toContain(PASSWORD);
  });

  it('refuses a server whose certificate it does not trust, in one sentence without the password', async () => {
    const worker = room.spawn(['worker', '--redis', redis.url, '--name', 'untrusting'], {
      ...room.env,
      NODE_EXTRA_CA_CERTS: '',
      LAYERLAB_HOME: path.join(room.dir, 'untrusting'),
    });
    expect((await exitOf(worker.child)).code).toBe(1);
    const output = worker.output().trim();
    expect(output).not.toContain(PASSWORD);
    expect(output.split('\n'), output).toHaveLength(1);
    expect(output).toMatch(/certificate/i);
  });

  it('a host asked to connect to a server it does not trust gets the TLS sentence, without the password', async () => {
    // This test process trusts only the system's authorities.
    const session = new PoolSession(() => false);
    const status = await session.connect(redis.url);
    expect(status.state).toBe('unreachable');
    expect(status.message).toMatch(/TLS connection to rediss:\/\/:\*\*\*@127\.0\.0\.1:\d+ failed/);
    expect(JSON.stringify(status)).not.toContain(PASSWORD);
    await session.close();
  });
});
