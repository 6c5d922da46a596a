/**
 * The browser host's server survives whatever bytes arrive: bad request targets, broken WebSocket
 * frames, a static file that fails mid-read. Each case goes over a raw `node:net` socket to the real
 * server and service, and after each the server must still serve its page and answer an API call.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assertAlive,
  closeCodeOf,
  deadline,
  frame,
  framesOf,
  handshake,
  rawExchange,
  readUntilClose,
  statusOf,
  startTestHost,
  upgradeRequest,
  type FrameSpec,
  type TestHost,
} from './host-harness.ts';

const MAX_PAYLOAD = 1024;
let host: TestHost;
beforeAll(async () => {
  host = await startTestHost({ maxPayload: MAX_PAYLOAD });
});
afterAll(() => host?.stop());

const get = (target: string) =>
  `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${host.server.port}\r\nConnection: close\r\n\r\n`;

describe('bad HTTP requests get a status, and the server lives on', () => {
  const cases: { name: string; request: () => string; status: number; body?: string }[] = [
    {
      name: 'GET /%ZZ (a broken percent-escape)',
      request: () => get('/%ZZ'),
      status: 400,
      body: 'not a path',
    },
    {
      name: 'GET http://[ (a target new URL cannot parse)',
      request: () => get('http://['),
      status: 400,
      body: 'not a path',
    },
    {
      name: 'an upgrade to http://[',
      request: () => upgradeRequest(host, 'http://[', randomBytes(16).toString('base64')),
      status: 400,
      body: 'not a path',
    },
    {
      name: 'an upgrade to /%ZZ',
      request: () => upgradeRequest(host, '/%ZZ', randomBytes(16).toString('base64')),
      status: 400,
      body: 'not a path',
    },
    { name: 'a request line that is not HTTP', request: () => 'HELLO THERE\r\n\r\n', status: 400 },
    {
      name: 'a header without a colon',
      request: () => `GET / HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n`,
      status: 400,
    },
    { name: 'GET /../../etc/passwd', request: () => get('/../../etc/passwd'), status: 404 },
  ];
  it.each(cases)('$name', async ({ request, status, body }) => {
    const response = await rawExchange(host.server.port, request());
    expect(statusOf(response)).toBe(status);
    if (body) expect(response.toString()).toContain(body);
    await assertAlive(host);
  });

  it('a static file that fails mid-read ends that response only', async () => {
    // /proc/self/mem passes the checks (a file) and then fails to read with EIO: that connection
    // is dropped without a body.
    fs.symlinkSync('/proc/self/mem', path.join(host.home, 'static', 'unreadable.bin'));
    const response = await rawExchange(host.server.port, get('/unreadable.bin'));
    expect(response.toString()).not.toContain('\r\n\r\n');
    await assertAlive(host);
  });

  it('a POST whose body is cut off by a reset', async () => {
    const socket = net.connect(host.server.port, '127.0.0.1');
    await deadline(new Promise((resolve) => socket.once('connect', resolve)), 10_000, 'connecting');
    socket.write(
      `POST /ws HTTP/1.1\r\nHost: 127.0.0.1:${host.server.port}\r\nContent-Length: 100000\r\n\r\n${'x'.repeat(1000)}`,
    );
    socket.resetAndDestroy();
    await assertAlive(host);
  });

  it('a client that resets its connection mid-request', async () => {
    const { socket } = await handshake(host);
    socket.resetAndDestroy();
    await assertAlive(host);
  });
});

describe('WebSocket protocol errors close that socket with the right code, and the server lives on', () => {
  const text = (s: string) => Buffer.from(s);
  const closePayload = (code: number) => {
    const b = Buffer.alloc(2);
    b.writeUInt16BE(code);
    return b;
  };
  const cases: { name: string; frames: FrameSpec[]; code: number }[] = [
    {
      name: 'a text frame of invalid UTF-8',
      frames: [{ opcode: 0x1, payload: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) }],
      code: 1007,
    },
    {
      name: 'an unmasked client frame',
      frames: [{ opcode: 0x1, payload: text('{}'), masked: false }],
      code: 1002,
    },
    { name: 'the reserved opcode 0x3', frames: [{ opcode: 0x3, payload: text('x') }], code: 1002 },
    {
      name: 'RSV1 set without an extension',
      frames: [{ opcode: 0x1, payload: text('{}'), rsv: 0b100 }],
      code: 1002,
    },
    {
      name: 'a close frame with code 1005',
      frames: [{ opcode: 0x8, payload: closePayload(1005) }],
      code: 1002,
    },
    {
      name: 'a close frame with code 999',
      frames: [{ opcode: 0x8, payload: closePayload(999) }],
      code: 1002,
    },
    {
      name: 'a continuation frame with nothing to continue',
      frames: [{ opcode: 0x0, payload: text('x') }],
      code: 1002,
    },
    {
      name: 'a fragmented ping',
      frames: [{ opcode: 0x9, payload: text('x'), fin: false }],
      code: 1002,
    },
    {
      name: `a frame announcing ${MAX_PAYLOAD + 1} bytes (the limit is ${MAX_PAYLOAD})`,
      frames: [{ opcode: 0x1, announce: MAX_PAYLOAD + 1 }],
      code: 1009,
    },
    {
      name: 'fragments adding up to more than the limit',
      frames: [
        { opcode: 0x1, payload: Buffer.alloc(MAX_PAYLOAD / 2 + 1, 0x20), fin: false },
        { opcode: 0x0, payload: Buffer.alloc(MAX_PAYLOAD / 2 + 1, 0x20) },
      ],
      code: 1009,
    },
    { name: 'a 64-bit length of 2^53', frames: [{ opcode: 0x2, announce: 2 ** 53 }], code: 1009 },
  ];
  it.each(cases)('$name', async ({ frames, code }) => {
    const { socket, rest } = await handshake(host);
    const closed = readUntilClose(socket, [rest]);
    socket.write(Buffer.concat(frames.map(frame)));
    const bytes = await deadline(closed, 10_000, 'the server closing the WebSocket');
    expect(closeCodeOf(bytes)).toBe(code);
    await assertAlive(host);
  });

  it('a well-formed message that is not a request gets invalid-message, on a socket that stays open', async () => {
    const { socket, rest } = await handshake(host);
    const got: Buffer[] = [rest];
    const reply = deadline(
      new Promise<string>((resolve) =>
        socket.on('data', (c) => {
          got.push(c);
          const text = framesOf(Buffer.concat(got)).find((f) => f.opcode === 0x1);
          if (text) resolve(text.payload.toString());
        }),
      ),
      10_000,
      'the invalid-message reply',
    );
    socket.write(frame({ opcode: 0x1, payload: Buffer.from('not json') }));
    expect(JSON.parse(await reply).error.code).toBe('invalid-message');
    expect(socket.destroyed).toBe(false);
    socket.destroy();
    await assertAlive(host);
  });
});
