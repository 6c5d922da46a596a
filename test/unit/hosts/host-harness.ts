/**
 * The real browser host for tests: a LayerLabService over a run store in a temporary LAYERLAB_HOME,
 * served by `startBrowserServer` on a free port, plus raw-socket helpers to send it exactly the bytes
 * a careless or hostile client would.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { forkTrainer, probeBackend } from '../../../src-main/engine/trainer-client.ts';
import { startBrowserServer, type BrowserServer } from '../../../src-main/hosts/browser/server.ts';
import { LayerLabService } from '../../../src-main/hosts/service.ts';
import { RunStore } from '../../../src-main/store/run-store.ts';

export interface TestHost {
  home: string;
  dataDir: string;
  server: BrowserServer;
  service: LayerLabService;
  store: RunStore;
  /** Real trainer processes forked so far, alive now, and at most at once. */
  trainers: { spawned: number; live: number; maxLive: number };
  stop(): Promise<void>;
}

/**
 * Whatever escaped to the process: in `layerlab serve` each of these would have ended the server.
 * (vitest survives them, so the tests look here.)
 */
export const escaped: unknown[] = [];
const onEscape = (e: unknown) => escaped.push(e);

export async function startTestHost(
  options: { maxPayload?: number; maxTrainers?: number } = {},
): Promise<TestHost> {
  process.on('uncaughtException', onEscape);
  process.on('unhandledRejection', onEscape);
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-host-'));
  process.env.LAYERLAB_HOME = home;
  const staticDir = path.join(home, 'static');
  const dataDir = path.join(home, 'datasets');
  fs.mkdirSync(staticDir);
  fs.mkdirSync(dataDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>LayerLab</title>');
  const store = new RunStore(path.join(home, 'runs.sqlite'));
  const trainers = { spawned: 0, live: 0, maxLive: 0 };
  const spawnTrainer = () => {
    const port = forkTrainer();
    trainers.spawned += 1;
    trainers.live += 1;
    trainers.maxLive = Math.max(trainers.maxLive, trainers.live);
    let gone = false;
    port.onExit(() => {
      if (!gone) trainers.live -= 1;
      gone = true;
    });
    return port;
  };
  const service = new LayerLabService({
    host: 'browser',
    store,
    dataDirs: [dataDir],
    spawnTrainer,
    probeBackend: () => probeBackend(spawnTrainer),
    appDir: home,
    pathPolicy: 'sandboxed',
    maxTrainers: options.maxTrainers,
  });
  const server = await startBrowserServer({
    api: service,
    staticDir,
    maxPayload: options.maxPayload,
  });
  return {
    home,
    dataDir,
    server,
    service,
    store,
    trainers,
    async stop() {
      await service.runs.stopAll();
      await server.close();
      store.close();
      fs.rmSync(home, { recursive: true, force: true });
      process.off('uncaughtException', onEscape);
      process.off('unhandledRejection', onEscape);
    },
  };
}

/** Rejects after `ms` with what was being waited for; the timer never holds the process. */
export function deadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms / 1000} s`)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Connects, writes `bytes`, and resolves with everything the server sent once it closes. */
export function rawExchange(port: number, bytes: string | Buffer, ms = 10_000): Promise<Buffer> {
  const socket = net.connect(port, '127.0.0.1');
  socket.write(bytes);
  return deadline(readUntilClose(socket), ms, 'the server closing the connection');
}

export function readUntilClose(socket: net.Socket, already: Buffer[] = []): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks = already;
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', () => {});
    socket.on('close', () => resolve(Buffer.concat(chunks)));
  });
}

export const statusOf = (response: Buffer) =>
  Number(/^HTTP\/1\.1 (\d{3})/.exec(response.toString('latin1'))?.[1] ?? 0);

/** The headers a browser on this very page would send with a WebSocket upgrade. */
export function upgradeRequest(host: TestHost, target: string, key: string): string {
  const origin = `http://127.0.0.1:${host.server.port}`;
  return [
    `GET ${target} HTTP/1.1`,
    `Host: 127.0.0.1:${host.server.port}`,
    `Origin: ${origin}`,
    'Upgrade: websocket',
    'Connection: Upgrade',
    `Sec-WebSocket-Key: ${key}`,
    'Sec-WebSocket-Version: 13',
    '',
    '',
  ].join('\r\n');
}

/** An authenticated WebSocket handshake by hand; resolves with the open socket once the 101 checks out. */
export async function handshake(host: TestHost): Promise<{ socket: net.Socket; rest: Buffer }> {
  const key = randomBytes(16).toString('base64');
  const accept = createHash('sha1')
    .update(key + '258EAFA5-E914-47DA-95CA-C5AB0DC85B11')
    .digest('base64');
  const socket = net.connect(host.server.port, '127.0.0.1');
  socket.write(upgradeRequest(host, `/ws?token=${host.server.token}`, key));
  const head = await deadline(
    new Promise<Buffer>((resolve, reject) => {
      let got = Buffer.alloc(0);
      const onData = (c: Buffer) => {
        got = Buffer.concat([got, c]);
        if (got.includes('\r\n\r\n')) {
          socket.off('data', onData);
          resolve(got);
        }
      };
      socket.on('data', onData);
      socket.once('error', reject);
    }),
    10_000,
    'the WebSocket handshake',
  );
  const end = head.indexOf('\r\n\r\n') + 4;
  const text = head.subarray(0, end).toString('latin1');
  if (statusOf(head) !== 101 || !text.includes(`Sec-WebSocket-Accept: ${accept}`))
    throw new Error(`bad handshake:\n${text}`);
  return { socket, rest: head.subarray(end) };
}

export interface FrameSpec {
  opcode: number;
  payload?: Buffer;
  fin?: boolean;
  rsv?: number;
  masked?: boolean;
  /** The length to announce instead of the payload's. */
  announce?: number;
}

/** One WebSocket frame as a client would send it (masked unless told otherwise). */
export function frame({
  opcode,
  payload = Buffer.alloc(0),
  fin = true,
  rsv = 0,
  masked = true,
  announce,
}: FrameSpec): Buffer {
  const length = announce ?? payload.length;
  const head = [((fin ? 1 : 0) << 7) | (rsv << 4) | opcode];
  const maskBit = masked ? 0x80 : 0;
  let ext = Buffer.alloc(0);
  if (length < 126) head.push(maskBit | length);
  else if (length < 65536) {
    head.push(maskBit | 126);
    ext = Buffer.alloc(2);
    ext.writeUInt16BE(length);
  } else {
    head.push(maskBit | 127);
    ext = Buffer.alloc(8);
    ext.writeBigUInt64BE(BigInt(length));
  }
  if (!masked) return Buffer.concat([Buffer.from(head), ext, payload]);
  const mask = randomBytes(4);
  const body = Buffer.from(payload.map((b, i) => b ^ mask[i % 4]));
  return Buffer.concat([Buffer.from(head), ext, mask, body]);
}

/** The server's (unmasked) frames in `bytes`, as far as they are complete. */
export function framesOf(bytes: Buffer): { opcode: number; payload: Buffer }[] {
  const frames: { opcode: number; payload: Buffer }[] = [];
  let at = 0;
  while (at + 2 <= bytes.length) {
    let length = bytes[at + 1] & 0x7f;
    let start = at + 2;
    if (length === 126) {
      length = bytes.readUInt16BE(start);
      start += 2;
    } else if (length === 127) {
      length = Number(bytes.readBigUInt64BE(start));
      start += 8;
    }
    if (start + length > bytes.length) break;
    frames.push({ opcode: bytes[at] & 0x0f, payload: bytes.subarray(start, start + length) });
    at = start + length;
  }
  return frames;
}

/** The status code of the first close frame the server sent, or null when there was none. */
export function closeCodeOf(bytes: Buffer): number | null {
  const close = framesOf(bytes).find((f) => f.opcode === 0x8);
  return close && close.payload.length >= 2 ? close.payload.readUInt16BE(0) : null;
}

/** A WebSocket client on this host (the `ws` package, as the e2e tests use). */
export function openClient(host: TestHost): Promise<WebSocket> {
  const origin = `http://127.0.0.1:${host.server.port}`;
  const ws = new WebSocket(`ws://127.0.0.1:${host.server.port}/ws?token=${host.server.token}`, {
    origin,
  });
  return deadline(
    new Promise((resolve, reject) => {
      ws.once('open', () => resolve(ws));
      ws.once('error', reject);
    }),
    10_000,
    'a WebSocket client connecting',
  );
}

let nextId = 1;

/** One API call over `ws`; resolves with the reply envelope. */
export function call(
  ws: WebSocket,
  method: string,
  args: unknown[] = [],
): Promise<{ result?: unknown; error?: { code: string; message: string } }> {
  const id = nextId++;
  return deadline(
    new Promise((resolve) => {
      const onMessage = (data: WebSocket.RawData) => {
        const reply = JSON.parse(data.toString());
        if (reply.id !== id) return;
        ws.off('message', onMessage);
        resolve(reply);
      };
      ws.on('message', onMessage);
      ws.send(JSON.stringify({ id, method, args }));
    }),
    30_000,
    `the reply to ${method}`,
  );
}

/** The server still serves its page and answers an API call. */
export async function assertAlive(host: TestHost): Promise<void> {
  if (escaped.length)
    throw new Error(
      `an error escaped to the process (it would end layerlab serve): ${String(escaped.splice(0).map(String))}`,
    );
  const page = await rawExchange(
    host.server.port,
    `GET / HTTP/1.1\r\nHost: 127.0.0.1:${host.server.port}\r\nConnection: close\r\n\r\n`,
  );
  if (statusOf(page) !== 200) throw new Error(`GET / answered ${statusOf(page)}`);
  const ws = await openClient(host);
  try {
    const reply = await call(ws, 'listRuns');
    if (!Array.isArray(reply.result)) throw new Error(`listRuns answered ${JSON.stringify(reply)}`);
  } finally {
    ws.close();
  }
}
