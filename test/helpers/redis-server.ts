/**
 * A real Redis server for process tests: Debian's `redis-server` on a free loopback port, its files
 * in a fresh temporary folder, no RDB snapshots, and (by default) an append-only file written on every
 * command, so `restart()` finds the queue as it was. `.ci/run` installs the package.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { exitOf, nextLine } from './wait.ts';

export const REDIS_SERVER = '/usr/bin/redis-server';

export interface RedisServer {
  /** `redis://127.0.0.1:PORT` (`rediss://` with TLS), with `:PASSWORD@` when there is one. */
  url: string;
  port: number;
  password: string | undefined;
  dir: string;
  /** Ends the server (SIGTERM) and removes its folder; safe to call twice. */
  stop(): Promise<void>;
  /** Kills the server without letting it save anything (the folder stays, for `restart`). */
  kill9(): Promise<void>;
  /** Starts it again on the same port and folder (the AOF brings the data back). */
  restart(): Promise<void>;
}

export interface RedisOptions {
  password?: string;
  /** TLS only (`rediss://`), with this certificate and key (PEM files); clients need no certificate. */
  tls?: { cert: string; key: string; ca: string };
  /** Default true: every write is in the AOF before Redis answers. */
  appendOnly?: boolean;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startRedis(options: RedisOptions = {}): Promise<RedisServer> {
  if (!fs.existsSync(REDIS_SERVER))
    throw new Error(
      `${REDIS_SERVER} is missing: install Debian's redis-server (sudo apt-get install redis-server; .ci/run installs it) to run the pool tests.`,
    );
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-redis-'));
  const tls = options.tls;
  const args = [
    ...(tls
      ? ['--port', '0', '--tls-port', String(port), '--tls-cert-file', tls.cert]
      : ['--port', String(port)]),
    ...(tls
      ? ['--tls-key-file', tls.key, '--tls-ca-cert-file', tls.ca, '--tls-auth-clients', 'no']
      : []),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    options.appendOnly === false ? 'no' : 'yes',
    '--appendfsync',
    'always',
    '--dir',
    dir,
    ...(options.password ? ['--requirepass', options.password] : []),
  ];
  let child: ChildProcess | null = null;

  async function launch(): Promise<void> {
    const started = spawn(REDIS_SERVER, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child = started;
    // Only the readiness line is needed; keep draining so the server never blocks on a full pipe.
    started.stderr?.resume();
    const exited = new Promise<never>((_, reject) =>
      started.once('exit', (code, signal) =>
        reject(
          new Error(`redis-server on port ${port} exited (${signal ?? code}) before it was ready.`),
        ),
      ),
    );
    exited.catch(() => {});
    await Promise.race([
      nextLine(
        started.stdout!,
        (line) => line.includes('Ready to accept connections'),
        `redis-server on port ${port} to be ready`,
        30_000,
      ),
      exited,
    ]);
    started.stdout?.resume();
  }

  async function end(signal: NodeJS.Signals): Promise<void> {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    running.kill(signal);
    await exitOf(running, 30_000);
  }

  await launch();
  const auth = options.password ? `:${encodeURIComponent(options.password)}@` : '';
  return {
    url: `${tls ? 'rediss' : 'redis'}://${auth}127.0.0.1:${port}`,
    port,
    password: options.password,
    dir,
    async stop() {
      await end('SIGTERM');
      fs.rmSync(dir, { recursive: true, force: true });
    },
    kill9: () => end('SIGKILL'),
    async restart() {
      await end('SIGTERM');
      await launch();
    },
  };
}
