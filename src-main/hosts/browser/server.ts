/**
 * The browser host's server: the built renderer over HTTP and the LayerLab API over one WebSocket,
 * on 127.0.0.1 only. Every WebSocket needs the random token printed with the URL and an Origin of
 * this very server, so neither other users of the machine nor other web pages can drive it.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import type { ErrorInfo, LayerLabApi } from '../../contract/api.ts';
import { dispatch, errorInfo } from '../dispatch.ts';
import { decodeWire, encodeWire, type WireEvent, type WireReply, type WireRequest } from '../../contract/wire.ts';

export interface BrowserServerOptions {
  api: LayerLabApi;
  /** The built renderer (`out/renderer`). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
}

export interface BrowserServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

/** The same policy as the renderer's meta tag; the WebSocket is same-origin. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

function sameToken(given: string | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function serveStatic(staticDir: string, req: http.IncomingMessage, res: http.ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const rel = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
  const file = path.resolve(staticDir, rel);
  const inside = file === staticDir || file.startsWith(staticDir + path.sep);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405).end();
    return;
  }
  if (!inside || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  const isIndex = rel === 'index.html';
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    // The token is in the page's URL: never send it on as a referrer.
    'referrer-policy': 'no-referrer',
    'cache-control': isIndex ? 'no-store' : 'public, max-age=31536000, immutable',
  });
  if (req.method === 'HEAD') res.end();
  else fs.createReadStream(file).pipe(res);
}

function parseRequest(text: string): WireRequest | null {
  try {
    const message = decodeWire(text) as Partial<WireRequest> | null;
    if (typeof message?.id === 'number' && typeof message.method === 'string' && Array.isArray(message.args))
      return message as WireRequest;
  } catch {
    /* not JSON */
  }
  return null;
}

function handleSocket(api: LayerLabApi, socket: WebSocket) {
  const send = (message: WireReply | WireEvent) => {
    if (socket.readyState === socket.OPEN) socket.send(encodeWire(message));
  };
  const unsubscribe = [
    api.onRunEvent((data) => send({ event: 'run', data })),
    api.onAppCommand((data) => send({ event: 'command', data })),
    api.onGridEvent((data) => send({ event: 'grid', data })),
  ];
  socket.on('close', () => unsubscribe.forEach((off) => off()));
  socket.on('message', async (raw) => {
    const request = parseRequest(raw.toString());
    if (!request) {
      const error: ErrorInfo = { code: 'invalid-message', message: 'A request must be JSON with a numeric id, a method and an args array.' };
      send({ id: -1, error });
      return;
    }
    try {
      send({ id: request.id, result: await dispatch(api, request.method, request.args) });
    } catch (e) {
      send({ id: request.id, error: errorInfo(e) });
    }
  });
}

export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const token = options.token ?? randomBytes(18).toString('base64url');
  const staticDir = path.resolve(options.staticDir);
  let origins: string[] = [];

  const server = http.createServer((req, res) => {
    // DNS rebinding: a page on evil.example resolving to 127.0.0.1 would send its own Host.
    const hostHeader = req.headers.host ?? '';
    if (!origins.some((o) => o === `http://${hostHeader}`)) {
      res.writeHead(421, { 'content-type': 'text/plain' }).end('Wrong host.');
      return;
    }
    serveStatic(staticDir, req, res);
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const okOrigin = origins.includes(String(req.headers.origin ?? ''));
    if (url.pathname !== '/ws' || !okOrigin || !sameToken(url.searchParams.get('token'), token)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => handleSocket(options.api, ws));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  origins = [`http://${HOST}:${port}`, `http://localhost:${port}`];
  return {
    url: `http://${HOST}:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
