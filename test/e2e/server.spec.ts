/**
 * The browser host's trust boundary, from outside: the token, the origin, the method allowlist and
 * argument validation, over a raw WebSocket (no UI).
 */
import http from 'node:http';
import { expect, test } from '@playwright/test';
import WebSocket from 'ws';

function target() {
  const page = new URL(process.env.LAYERLAB_E2E_URL!);
  return { page, origin: page.origin, token: page.searchParams.get('token')! };
}

function open(url: string, origin: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { origin });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

function call(
  ws: WebSocket,
  id: number,
  method: string,
  args: unknown[],
): Promise<{ result?: unknown; error?: { code: string; message: string } }> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const reply = JSON.parse(data.toString());
      if (reply.id !== id) return;
      ws.off('message', onMessage);
      resolve(reply);
    };
    ws.on('message', onMessage);
    ws.send(JSON.stringify({ id, method, args }));
  });
}

test('the WebSocket needs the token and this server as its origin', async () => {
  const { origin, token, page } = target();
  const base = `ws://${page.host}/ws`;
  await expect(open(`${base}?token=wrong-${token}`, origin)).rejects.toThrow('HTTP 403');
  await expect(open(`${base}`, origin)).rejects.toThrow('HTTP 403');
  await expect(open(`${base}?token=${token}`, 'http://evil.example')).rejects.toThrow('HTTP 403');
  const ws = await open(`${base}?token=${token}`, origin);
  ws.close();
});

test('only contract methods with valid arguments get through', async () => {
  const { origin, token, page } = target();
  const ws = await open(`ws://${page.host}/ws?token=${token}`, origin);
  try {
    const info = await call(ws, 1, 'getAppInfo', []);
    expect((info.result as { host: string }).host).toBe('browser');

    expect((await call(ws, 2, 'constructor', [])).error?.code).toBe('unknown-method');
    expect((await call(ws, 3, 'stopRun', [42])).error?.code).toBe('invalid-arguments');
    const badLab = await call(ws, 4, 'saveLab', ['x', { format: 'not-a-lab' }]);
    expect(badLab.error?.code).toBe('invalid-arguments');
    expect(badLab.error?.message).toContain('is not a LayerLab lab');
    const missing = await call(ws, 5, 'openLab', ['no-such-lab']);
    expect(missing.error?.code).toBe('not-found');
  } finally {
    ws.close();
  }
});

test('static files need the right Host header (no DNS rebinding)', async () => {
  const { page } = target();
  const ok = await fetch(`${page.origin}/`);
  expect(ok.status).toBe(200);
  expect(ok.headers.get('content-security-policy')).toContain("script-src 'self'");
  // fetch() will not send another Host; a raw request can, as a rebinding page's browser would.
  const status = await new Promise<number>((resolve, reject) => {
    const req = http.get(
      { host: page.hostname, port: page.port, path: '/', headers: { host: 'evil.example' } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
  });
  expect(status).toBe(421);
});
