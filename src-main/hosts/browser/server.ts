/**
 * The browser host's server: the built renderer over HTTP and the LayerLab API over one WebSocket,
 * on 127.0.0.1 only. Every WebSocket needs the random token printed with the URL and an Origin of
 * this very server, so neither other users of the machine nor other web pages can drive it.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import path from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import type { ErrorInfo, LayerLabApi } from '../../contract/api.ts';
import { dispatch, errorInfo } from '../dispatch.ts';
import { logIfInternal } from '../../engine/errors.ts';
import {
  decodeWire,
  encodeWire,
  type WireEvent,
  type WireReply,
  type WireRequest,
} from '../../contract/wire.ts';

export interface BrowserServerOptions {
  api: LayerLabApi;
  /** The built renderer (`out/renderer`). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Without `port`: tried first, and a free port instead when another program has it. */
  preferredPort?: number;
  token?: string;
  /** The largest WebSocket message accepted, in bytes (a larger one closes that socket with 1009). */
  maxPayload?: number;
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

export function sameToken(given: string | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export const BAD_TARGET = 'Bad request: the address is not a path on this server.';

/** The request target and its decoded path; null when it is not a path (`http://[`, `/%ZZ`). */
export function targetOf(req: http.IncomingMessage): { url: URL; path: string } | null {
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    return { url, path: decodeURIComponent(url.pathname) };
  } catch {
    return null;
  }
}

export function serveStatic(
  staticDir: string,
  pathname: string,
  req: http.IncomingMessage,
  res: http.ServerResponse,
) {
  const rel = pathname.replace(/^\/+/, '') || 'index.html';
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
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  // A file deleted or unreadable mid-read ends this response, never the server.
  const stream = fs.createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

function parseRequest(text: string): WireRequest | null {
  try {
    const message = decodeWire(text) as Partial<WireRequest> | null;
    if (
      typeof message?.id === 'number' &&
      typeof message.method === 'string' &&
      Array.isArray(message.args)
    )
      return message as WireRequest;
  } catch {
    /* not JSON */
  }
  return null;
}

export function handleSocket(api: LayerLabApi, socket: WebSocket) {
  // A protocol error (bad UTF-8, an unmasked frame, a reserved opcode or bit, a bad close code, a
  // message over maxPayload) is the client's: ws has already sent the close frame with the right
  // code and ends this socket, and an 'error' event without a listener would end the whole server.
  socket.on('error', () => {});
  const send = (message: WireReply | WireEvent) => {
    if (socket.readyState !== socket.OPEN) return;
    let text: string;
    try {
      text = encodeWire(message);
    } catch (e) {
      if (!('id' in message)) return void logIfInternal(e, `the ${message.event} event`);
      text = encodeWire({ id: message.id, error: errorInfo(e, 'encoding a reply') });
    }
    socket.send(text);
  };
  const unsubscribe = [
    api.onRunEvent((data) => send({ event: 'run', data })),
    api.onAppCommand((data) => send({ event: 'command', data })),
    api.onGridEvent((data) => send({ event: 'grid', data })),
  ];
  socket.on('close', () => unsubscribe.forEach((off) => off()));
  socket.on('message', (raw) => void answer(raw.toString()));

  async function answer(text: string) {
    const request = parseRequest(text);
    if (!request) {
      const error: ErrorInfo = {
        code: 'invalid-message',
        message: 'A request must be JSON with a numeric id, a method and an args array.',
      };
      send({ id: -1, error });
      return;
    }
    try {
      send({ id: request.id, result: await dispatch(api, request.method, request.args) });
    } catch (e) {
      send({ id: request.id, error: errorInfo(e, request.method) });
    }
  }
}

/** Ends a raw upgrade socket with a status line (the HTTP machinery is not in charge of it any more). */
export function refuseUpgrade(socket: Duplex, status: string, text = '') {
  if (socket.writable)
    socket.end(
      `HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`,
    );
  else socket.destroy();
}

/** A malformed request line or header, or a client that resets: answer 400 (or drop it), never throw. */
export function hardenServer(server: http.Server) {
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  server.on('connection', (socket) => socket.on('error', () => socket.destroy()));
}

/**
 * Listens on `port`, or on `preferred` when it is free (else any free port), or on any free port;
 * resolves with the port taken.
 */
export async function listenOn(
  server: http.Server,
  host: string,
  port: number | undefined,
  preferred?: number,
): Promise<number> {
  const listen = (at: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(at, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  if (port === undefined && preferred) {
    try {
      await listen(preferred);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EADDRINUSE' && code !== 'EACCES') throw e;
      await listen(0);
    }
  } else await listen(port ?? 0);
  return (server.address() as AddressInfo).port;
}

/** Ends every socket and the server; resolves once it is closed. */
export function closeServer(server: http.Server, wss: WebSocketServer): Promise<void> {
  return new Promise<void>((resolve) => {
    for (const client of wss.clients) client.terminate();
    wss.close();
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const token = options.token ?? randomBytes(18).toString('base64url');
  const staticDir = path.resolve(options.staticDir);
  let origins: string[] = [];

  const server = http.createServer((req, res) => {
    try {
      // DNS rebinding: a page on evil.example resolving to 127.0.0.1 would send its own Host.
      const hostHeader = req.headers.host ?? '';
      if (!origins.some((o) => o === `http://${hostHeader}`)) {
        res.writeHead(421, { 'content-type': 'text/plain' }).end('Wrong host.');
        return;
      }
      const target = targetOf(req);
      if (!target) {
        res.writeHead(400, { 'content-type': 'text/plain' }).end(BAD_TARGET);
        return;
      }
      serveStatic(staticDir, target.path, req, res);
    } catch (e) {
      logIfInternal(e, `the request ${String(req.url).slice(0, 100)}`);
      if (!res.headersSent)
        res
          .writeHead(500, { 'content-type': 'text/plain' })
          .end('LayerLab hit an internal error; see its log.');
      else res.destroy();
    }
  });
  hardenServer(server);
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxPayload ?? MAX_MESSAGE_BYTES,
  });
  server.on('upgrade', (req, socket, head) => {
    socket.on('error', () => socket.destroy());
    try {
      const { url } = targetOf(req) ?? {};
      if (!url) return refuseUpgrade(socket, '400 Bad Request', BAD_TARGET);
      const okOrigin = origins.includes(String(req.headers.origin ?? ''));
      if (url.pathname !== '/ws' || !okOrigin || !sameToken(url.searchParams.get('token'), token))
        return refuseUpgrade(socket, '403 Forbidden');
      wss.handleUpgrade(req, socket, head, (ws) => handleSocket(options.api, ws));
    } catch (e) {
      logIfInternal(e, `the upgrade ${String(req.url).slice(0, 100)}`);
      refuseUpgrade(socket, '500 Internal Server Error');
    }
  });

  const port = await listenOn(server, HOST, options.port, options.preferredPort);
  origins = [`http://${HOST}:${port}`, `http://localhost:${port}`];
  return {
    url: `http://${HOST}:${port}/?token=${token}`,
    port,
    token,
    close: () => closeServer(server, wss),
  };
}
