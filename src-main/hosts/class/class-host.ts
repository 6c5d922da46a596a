/**
 * `layerlab serve --class`: a class server for students who have only a browser. Opt-in, loopback
 * unless an address is given, and it says at start exactly what it exposes to whom.
 */
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { LayerLabError, said } from '../../contract/errors.ts';
import { resolveDataDirs, userDataDir } from '../../data/data-dirs.ts';
import { forkTrainer, probeBackend } from '../../engine/trainer-client.ts';
import { defaultMaxTrainers } from '../../engine/trainer-queue.ts';
import { ensureRenderer, RENDERER_DIR } from '../browser/renderer-build.ts';
import { Classroom } from './classroom.ts';
import { startClassServer, type ClassServer } from './class-server.ts';
import { showCode } from './roster.ts';
import { m } from '../../contract/i18n.ts';

export interface ClassHostOptions {
  /** The address to bind; default 127.0.0.1. '0.0.0.0' (or '::') binds every interface. */
  host?: string;
  port?: number;
  classList?: string;
  classDir?: string;
  maxTrainers?: number;
  perStudent?: number;
  dataDir?: string;
  rebuild?: boolean;
  log?: (line: string) => void;
}

export interface RunningClassHost {
  server: ClassServer;
  classroom: Classroom;
  classDir: string;
  stop(): Promise<void>;
}

const EVERYWHERE = new Set(['0.0.0.0', '::']);
const LOOPBACK = '127.0.0.1';

/** This machine's addresses (IPv4 first): what `--host` may name. */
function machineAddresses(): string[] {
  const all = Object.values(os.networkInterfaces()).flatMap((list) => list ?? []);
  return [...all.filter((a) => a.family === 'IPv4'), ...all.filter((a) => a.family !== 'IPv4')].map(
    (a) => a.address,
  );
}

/** One sentence when `--host` is not an address this machine can listen on. */
export function checkClassHost(host: string): void {
  if (EVERYWHERE.has(host)) return;
  const mine = machineAddresses();
  if (net.isIP(host) && mine.includes(host)) return;
  const ipv4 = mine.filter((a) => net.isIPv4(a));
  throw new LayerLabError('usage', said('error_class_host', { host, list: ipv4.join(', ') }));
}

const hostPort = (address: string, port: number) =>
  `${net.isIPv6(address) ? `[${address}]` : address}:${port}`;

/** The Host header values a server bound to `host` answers to. */
function hostsFor(host: string, port: number): string[] {
  // '0.0.0.0' is every IPv4 address; '::' every address (dual stack).
  const addresses = EVERYWHERE.has(host)
    ? machineAddresses().filter(
        (a) => (host === '::' || net.isIPv4(a)) && !a.toLowerCase().startsWith('fe80'),
      )
    : [host];
  const loopback = addresses.some((a) => a === LOOPBACK || a === '::1');
  return [
    ...addresses.map((a) => hostPort(a, port)),
    ...(loopback ? [hostPort('localhost', port)] : []),
  ];
}

export async function startClassHost(options: ClassHostOptions = {}): Promise<RunningClassHost> {
  const log = options.log ?? ((line: string) => process.stdout.write(line + '\n'));
  const host = options.host ?? LOOPBACK;
  checkClassHost(host);
  await ensureRenderer(log, options.rebuild);
  const classDir = path.resolve(options.classDir ?? path.join(userDataDir(), 'class'));
  const spawnTrainer = () => forkTrainer();
  const classroom = new Classroom({
    dir: classDir,
    dataDirs: resolveDataDirs({ dataDir: options.dataDir }),
    spawnTrainer,
    probeBackend: () => probeBackend(spawnTrainer),
    maxTrainers: options.maxTrainers ?? defaultMaxTrainers(),
    perStudent: options.perStudent ?? 1,
  });
  const written = options.classList ? classroom.roster.mergeList(options.classList) : true;
  if (!written) log(m.cli_class_host_codes_unwritten({ file: String(options.classList) }));
  if (!written) for (const s of classroom.roster.students) log(`  ${s.name},${showCode(s.code)}`);
  const server = await startClassServer({
    classroom,
    staticDir: RENDERER_DIR,
    host,
    port: options.port,
    hostsFor: (port) => hostsFor(host, port),
  });
  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= (async () => {
      await server.close();
      await classroom.close();
    })());
  return { server, classroom, classDir, stop };
}

/** What the server prints at start: what it exposes, to whom, within which limits. */
export function describeClassHost(running: RunningClassHost, options: ClassHostOptions): string[] {
  const { server, classroom, classDir } = running;
  const host = options.host ?? LOOPBACK;
  const view = classroom.roster.students.length;
  const where = EVERYWHERE.has(host)
    ? m.cli_class_host_everywhere({ host })
    : host === LOOPBACK
      ? m.cli_class_host_loopback()
      : m.cli_class_host_network({ host });
  return [
    m.cli_class_host_running({ urls: server.urls.join(', ') }),
    m.cli_class_host_listening({ where }),
    m.cli_class_host_anyone(),
    m.cli_class_host_student_can(),
    m.cli_class_host_limits({ count: classroom.queue.max, perStudent: classroom.queue.perOwner }),
    m.cli_class_host_teacher({ url: server.teacherUrl }),
    (view ? m.cli_class_host_students : m.cli_class_host_no_students)({
      count: view,
      dir: classDir,
    }),
    m.cli_class_host_stop(),
  ];
}

/** Runs until SIGINT/SIGTERM. */
export async function serveClassForever(options: ClassHostOptions): Promise<void> {
  const log = options.log ?? ((line: string) => process.stdout.write(line + '\n'));
  const running = await startClassHost({ ...options, log });
  for (const line of describeClassHost(running, options)) log(line);
  await new Promise<void>((resolve) => {
    const quit = () => {
      process.off('SIGINT', quit);
      process.off('SIGTERM', quit);
      void running.stop().then(resolve);
    };
    process.on('SIGINT', quit);
    process.on('SIGTERM', quit);
  });
}
