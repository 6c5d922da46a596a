/**
 * `layerlab serve --class` as a class uses it, on loopback: three students on a class list, two of
 * them sign in and train through the WebSocket API with one trainer for the class (the second waits
 * and is told its place), neither can reach the other's runs, and the teacher's view counts them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorInfo, RunEvent, RunSummary } from '../../../src-main/contract/api.ts';
import {
  decodeWire,
  encodeWire,
  type WireEvent,
  type WireReply,
} from '../../../src-main/contract/wire.ts';
import type { TeacherView } from '../../../src-main/hosts/class/classroom.ts';
import { MAX_WRONG_CODES, TOO_MANY, WRONG_CODE } from '../../../src-main/hosts/class/classroom.ts';
import { moons } from '../../helpers/labs.ts';
import { exitOf, nextEvent, nextLine, withDeadline } from '../../helpers/wait.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

interface Client {
  call<T>(method: string, ...args: unknown[]): Promise<T>;
  fails(method: string, ...args: unknown[]): Promise<ErrorInfo>;
  /** The reply to a raw text frame sent as it is (a request that is not one gets id -1). */
  sendRaw(text: string): Promise<WireReply>;
  events: RunEvent[];
  onRunEvent(listener: (e: RunEvent) => void): () => void;
  closed: Promise<unknown>;
  close(): void;
}

let child: ChildProcess;
let home: string;
let base: string;
let teacherUrl: string;
let origin: string;
const codes: Record<string, string> = {};

beforeAll(async () => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-class-'));
  const list = path.join(home, 'class.txt');
  fs.writeFileSync(list, 'Anna\nBen\n# Cy joins next week\nCy\n');
  child = spawn(
    process.execPath,
    [
      path.join(root, 'src-main/cli/layerlab.mjs'),
      ...['serve', '--class', '--host', '127.0.0.1', '--port', '0', '--class-list', list],
      ...['--max-trainers', '1', '--class-dir', path.join(home, 'class')],
    ],
    { cwd: root, env: { ...process.env, LAYERLAB_HOME: home }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stderr!.on('data', () => {});
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await nextLine(child.stdout!, (l) => l.includes('/teacher?token='), 'the teacher URL');
  base = /running at (http:\/\/[^/\s]+)/.exec(output)![1];
  origin = base;
  teacherUrl = /(http:\/\/\S+\/teacher\?token=\S+)/.exec(output)![1];
  for (const line of fs.readFileSync(list, 'utf8').split('\n')) {
    const [name, code] = line.split(',');
    if (code) codes[name] = code;
  }
}, 120_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await exitOf(child);
  }
  fs.rmSync(home, { recursive: true, force: true });
});

function signIn(code: string) {
  return fetch(`${base}/signin`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ code }).toString(),
    redirect: 'manual',
  });
}

async function sessionOf(code: string): Promise<string> {
  const response = await signIn(code);
  expect(response.status).toBe(303);
  return response.headers.get('set-cookie')!.split(';')[0];
}

function connect(cookie: string | null, headers: Record<string, string> = {}): Promise<Client> {
  const socket = new WebSocket(`${base.replace('http', 'ws')}/ws`, {
    headers: { origin, ...(cookie && { cookie }), ...headers },
  });
  const pending = new Map<number, (reply: WireReply) => void>();
  const listeners = new Set<(e: RunEvent) => void>();
  const events: RunEvent[] = [];
  let nextId = 1;
  const request = (id: number, text: string, what: string) =>
    withDeadline(
      new Promise<WireReply>((resolve) => {
        pending.set(id, resolve);
        socket.send(text);
      }),
      what,
    );
  const raw = (method: string, args: unknown[]) => {
    const id = nextId++;
    return request(id, encodeWire({ id, method, args }), `the reply to ${method}`);
  };
  socket.on('message', (data) => {
    const message = decodeWire(String(data)) as WireReply | WireEvent;
    if (!('event' in message)) return pending.get(message.id)?.(message);
    if (message.event !== 'run') return;
    events.push(message.data);
    for (const l of listeners) l(message.data);
  });
  // The close, seen whenever it comes; its deadline starts when a test waits for it (an eager
  // deadline on a socket that stays open would reject, unwaited, 90 s later).
  const closing = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  const client: Client = {
    events,
    get closed() {
      return withDeadline(closing, 'the socket to close');
    },
    async call<T>(method: string, ...args: unknown[]) {
      const reply = await raw(method, args);
      if ('error' in reply) throw new Error(`${method}: ${reply.error.message}`);
      return reply.result as T;
    },
    async fails(method: string, ...args: unknown[]) {
      const reply = await raw(method, args);
      if (!('error' in reply)) throw new Error(`${method} answered instead of failing`);
      return reply.error;
    },
    sendRaw: (text) => request(-1, text, 'the answer to a malformed message'),
    onRunEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => socket.close(),
  };
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(client));
    socket.once('unexpected-response', (_req, res) =>
      reject(new Error(`refused: ${res.statusCode}`)),
    );
    socket.once('error', reject);
  });
}

/** A GET with a Host header of the test's choosing (fetch sets its own). */
function getWithHost(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${base}/`, { headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode!);
    });
    req.on('error', reject);
  });
}

const teacherView = async () =>
  (await (
    await fetch(teacherUrl.replace('/teacher?', '/teacher/view.json?'))
  ).json()) as TeacherView;

describe('layerlab serve --class', () => {
  it('signs students in with their codes, trains in turns, keeps each student to their own runs', async () => {
    // A code read from the list works however it is typed; a wrong one gets one sentence.
    const wrong = await signIn('AAAA-AA');
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain(WRONG_CODE);
    const anna = await connect(await sessionOf(codes.Anna.toLowerCase().replace('-', ' ')));
    const ben = await connect(await sessionOf(codes.Ben));
    expect((await ben.call<{ student: string }>('getAppInfo')).student).toBe('Ben');

    // One trainer for the class: Anna's long run trains, Ben's waits and hears its place.
    const long = moons({ hidden: [8], samples: 200, training: { epochs: 500 } });
    const { runId: a } = await anna.call<{ runId: string }>('startRun', { lab: long });
    const { runId: b } = await ben.call<{ runId: string }>('startRun', {
      lab: moons({ hidden: [8], samples: 200, training: { epochs: 2 } }),
    });
    const place = await nextEvent(
      ben.onRunEvent,
      (e) => e.type === 'queue' && e.runId === b,
      "Ben's place",
      { seen: ben.events },
    );
    expect(place).toMatchObject({ position: 1, waiting: 1 });
    const waiting = await teacherView();
    expect(waiting.queue).toEqual([{ position: 1, student: 'Ben', run: expect.any(String) }]);
    expect(waiting.students.find((s) => s.name === 'Ben')!.runs).toMatchObject({ queued: 1 });

    // Ben reaches for Anna's run: not found, whatever he asks, and her run goes on.
    for (const [method, args] of [
      ['getRun', [a]],
      ['exportRun', [a, { format: 'csv' }]],
      ['deleteRun', [a]],
      ['getInsights', [a]],
      ['renameRun', [a, 'mine now']],
    ] as const)
      expect((await ben.fails(method, ...args)).code, method).toBe('not-found');
    expect((await ben.fails('stopRun', a)).code).toBe('not-running');
    expect((await ben.call<RunSummary[]>('listRuns')).map((r) => r.id)).toEqual([b]);
    expect((await anna.call<RunSummary[]>('listRuns')).map((r) => r.id)).toEqual([a]);

    // Anna stops hers: the trainer frees, and Ben's trains to the end.
    await anna.call('stopRun', a);
    const finished = (client: Client, runId: string) =>
      nextEvent(
        client.onRunEvent,
        (e) => e.type === 'finished' && e.runId === runId,
        `run ${runId} to finish`,
        { seen: client.events },
      );
    await finished(anna, a);
    const benDone = await finished(ben, b);
    expect(benDone.type === 'finished' && benDone.run.status).toBe('completed');
    expect(
      ben.events.some((e) => e.type === 'status' && e.runId === b && e.status === 'running'),
    ).toBe(true);
    expect(anna.events.some((e) => e.runId === b)).toBe(false);
    expect((await anna.call<{ name: string }>('getRun', a)).name).not.toBe('mine now');

    // The teacher sees all three, with their counts.
    const view = await teacherView();
    expect(view.students.map((s) => [s.name, s.state, s.runs])).toEqual([
      ['Anna', 'online', { running: 0, queued: 0, done: 1 }],
      ['Ben', 'online', { running: 0, queued: 0, done: 1 }],
      ['Cy', 'not signed in', null],
    ]);
    expect(view.students[1].latest).toMatchObject({ epoch: 2, epochs: 2 });
    expect(view.queue).toEqual([]);

    // A malformed message gets an answer, and the server goes on.
    const malformed = await ben.sendRaw('{not json');
    expect('error' in malformed && malformed.error.code).toBe('invalid-message');
    expect((await ben.call<{ student: string }>('getAppInfo')).student).toBe('Ben');
    anna.close();
    ben.close();
  }, 120_000);

  it('refuses a socket without a session, another Host, another Origin and the teacher page without its token', async () => {
    await expect(connect(null)).rejects.toThrow('refused: 403');
    const cookie = await sessionOf(codes.Cy);
    await expect(connect(cookie, { origin: 'http://evil.example' })).rejects.toThrow(
      'refused: 403',
    );
    await expect(connect(cookie, { host: 'evil.example' })).rejects.toThrow('refused');
    expect(await getWithHost('evil.example')).toBe(421);
    expect(await getWithHost(new URL(base).host)).toBe(200);
    expect((await fetch(`${base}/teacher/view.json?token=nope`)).status).toBe(403);
    // Signing out ends the session and closes its open app.
    const cy = await connect(cookie);
    const out = await fetch(`${base}/signout`, {
      method: 'POST',
      headers: { cookie },
      redirect: 'manual',
    });
    expect(out.status).toBe(303);
    await cy.closed;
    await expect(connect(cookie)).rejects.toThrow('refused: 403');
    const forged = await fetch(`${base}/signin`, {
      method: 'POST',
      headers: {
        origin: 'http://evil.example',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: `code=${codes.Anna}`,
      redirect: 'manual',
    });
    expect(forged.status).toBe(403);
  });

  it('stops answering an address after too many wrong codes, even a right one', async () => {
    for (let i = 0; i < MAX_WRONG_CODES; i++) await signIn('ZZZZ-ZZ');
    const blocked = await signIn(codes.Anna);
    expect(blocked.status).toBe(429);
    expect(await blocked.text()).toContain(TOO_MANY);
    child.kill('SIGTERM');
    expect((await exitOf(child)).code).toBe(0);
  });
});
