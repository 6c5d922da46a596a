/**
 * The class server's HTTP side: the sign-in page, the app for a signed-in student (the same renderer
 * and WebSocket API as `layerlab serve`, each socket bound to that student's own service), and the
 * teacher's live view behind its own token. Every request must name this server in its Host header
 * (DNS rebinding), every form and socket must come from one of its pages (Origin).
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { logIfInternal } from '../../engine/errors.ts';
import {
  BAD_TARGET,
  closeServer,
  CONTENT_SECURITY_POLICY,
  handleSocket,
  hardenServer,
  listenOn,
  refuseUpgrade,
  sameToken,
  serveStatic,
  targetOf,
} from '../browser/server.ts';
import type { Classroom } from './classroom.ts';
import { signInPage, TEACHER_SCRIPT, teacherLive, teacherPage } from './pages.ts';

export interface ClassServerOptions {
  classroom: Classroom;
  staticDir: string;
  /** The address to bind ('127.0.0.1', a lab network's address, or '0.0.0.0' when asked). */
  host: string;
  /** Without it, `CLASS_PORT` when free, else a free one. */
  port?: number;
  /** The Host header values (`address:port`) this server answers to, given the bound port. */
  hostsFor: (port: number) => string[];
  teacherToken?: string;
  maxPayload?: number;
}

export interface ClassServer {
  /** Where students go (one per address this server answers to). */
  urls: string[];
  teacherUrl: string;
  port: number;
  close(): Promise<void>;
}

const COOKIE = 'layerlab_class';
/** The port tried first without `--port`. */
export const CLASS_PORT = 8321;
const MAX_FORM_BYTES = 4096;

function cookieOf(req: http.IncomingMessage): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === COOKIE) return value.join('=');
  }
  return undefined;
}

function readForm(req: http.IncomingMessage): Promise<URLSearchParams | null> {
  return new Promise((resolve) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > MAX_FORM_BYTES) {
        resolve(null);
        req.destroy();
      }
    });
    req.on('end', () => resolve(new URLSearchParams(body)));
    req.on('error', () => resolve(null));
  });
}

const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  // Not 'no-referrer': Chromium then sends `Origin: null` with the page's forms. The teacher's
  // token in the address goes to this server only.
  'referrer-policy': 'same-origin',
  'cache-control': 'no-store',
};

export async function startClassServer(options: ClassServerOptions): Promise<ClassServer> {
  const { classroom } = options;
  const teacherToken = options.teacherToken ?? randomBytes(18).toString('base64url');
  const staticDir = path.resolve(options.staticDir);
  let hosts: string[] = [];
  /** Each session's open sockets: signing out closes them, so the app stops answering at once. */
  const sockets = new Map<string, Set<WebSocket>>();
  const okOrigin = (req: http.IncomingMessage) =>
    hosts.some((h) => req.headers.origin === `http://${h}`);

  const html = (res: http.ServerResponse, status: number, text: string) =>
    res.writeHead(status, PAGE_HEADERS).end(text);
  const redirect = (res: http.ServerResponse, to: string, cookie?: string) =>
    res
      .writeHead(303, {
        location: to,
        'cache-control': 'no-store',
        ...(cookie && { 'set-cookie': cookie }),
      })
      .end();
  const sessionCookie = (value: string, maxAge?: number) =>
    `${COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict${maxAge === undefined ? '' : `; Max-Age=${maxAge}`}`;

  async function route(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    url: URL,
    pathname: string,
  ) {
    const post = req.method === 'POST';
    // Signing out needs no Origin (the app's page sends none): its SameSite cookie is enough.
    if (post && pathname !== '/signout' && !okOrigin(req)) {
      res
        .writeHead(403, { 'content-type': 'text/plain' })
        .end("This form must be sent from the class server's own page.");
      return;
    }
    const teacher = sameToken(url.searchParams.get('token'), teacherToken);
    if (pathname === '/' && req.method === 'GET') {
      const student = classroom.studentOf(cookieOf(req));
      if (!student) return html(res, 200, signInPage());
      // The app connects without a token when the page says it is a class's (`?class`).
      if (!url.searchParams.has('class')) return redirect(res, '/?class');
      return serveStatic(staticDir, '/index.html', req, res);
    }
    if (pathname === '/signin' && post) {
      const form = await readForm(req);
      const address = req.socket.remoteAddress ?? '';
      const result = classroom.signIn(form?.get('code') ?? '', address);
      if (!result.ok) return html(res, result.status, signInPage(result.message));
      classroom.serviceFor(result.student); // the student's folder and run store, from now on
      return redirect(res, '/?class', sessionCookie(result.session));
    }
    if (pathname === '/signout' && post) {
      const session = cookieOf(req);
      if (session) classroom.signOut(session);
      for (const ws of (session && sockets.get(session)) || []) ws.close(1000, 'Signed out');
      return redirect(res, '/', sessionCookie('', 0));
    }
    if (pathname === '/teacher.js' && req.method === 'GET') {
      res
        .writeHead(200, {
          'content-type': 'text/javascript; charset=utf-8',
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
        })
        .end(TEACHER_SCRIPT);
      return;
    }
    if (pathname.startsWith('/teacher')) {
      if (post && pathname === '/teacher/add') {
        const form = await readForm(req);
        const token = form?.get('token') ?? null;
        if (!sameToken(token, teacherToken)) return html(res, 403, 'Wrong teacher token.');
        let message: string | undefined;
        try {
          classroom.addStudent(form?.get('name') ?? '');
        } catch (e) {
          message = (e as Error).message;
        }
        if (message) return html(res, 400, teacherPage(await classroom.view(), token!, message));
        return redirect(res, `/teacher?token=${encodeURIComponent(token!)}`);
      }
      if (!teacher || req.method !== 'GET') {
        res
          .writeHead(403, { 'content-type': 'text/plain' })
          .end(
            "The teacher's page needs the address with the teacher token that the server printed.",
          );
        return;
      }
      const view = await classroom.view();
      if (pathname === '/teacher') return html(res, 200, teacherPage(view, teacherToken));
      if (pathname === '/teacher/live') return html(res, 200, teacherLive(view));
      if (pathname === '/teacher/view.json') {
        res
          .writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' })
          .end(JSON.stringify(view));
        return;
      }
    }
    serveStatic(staticDir, pathname, req, res);
  }

  const server = http.createServer((req, res) => {
    const fail = (e: unknown) => {
      logIfInternal(e, `the request ${String(req.url).slice(0, 100)}`);
      if (!res.headersSent)
        res
          .writeHead(500, { 'content-type': 'text/plain' })
          .end('LayerLab hit an internal error; see its log.');
      else res.destroy();
    };
    try {
      if (!hosts.includes(req.headers.host ?? '')) {
        res.writeHead(421, { 'content-type': 'text/plain' }).end('Wrong host.');
        return;
      }
      const target = targetOf(req);
      if (!target) {
        res.writeHead(400, { 'content-type': 'text/plain' }).end(BAD_TARGET);
        return;
      }
      route(req, res, target.url, target.path).catch(fail);
    } catch (e) {
      fail(e);
    }
  });
  hardenServer(server);

  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxPayload ?? 64 * 1024 * 1024,
  });
  server.on('upgrade', (req, socket, head) => {
    socket.on('error', () => socket.destroy());
    try {
      const { url } = targetOf(req) ?? {};
      if (!url) return refuseUpgrade(socket, '400 Bad Request', BAD_TARGET);
      const session = cookieOf(req);
      const student = classroom.studentOf(session);
      if (
        url.pathname !== '/ws' ||
        !hosts.includes(req.headers.host ?? '') ||
        !okOrigin(req) ||
        !student
      )
        return refuseUpgrade(socket, '403 Forbidden', 'Sign in first.');
      const service = classroom.serviceFor(student);
      wss.handleUpgrade(req, socket, head, (ws) => {
        const open = sockets.get(session!) ?? new Set();
        sockets.set(session!, open.add(ws));
        classroom.connected(student, 1);
        ws.on('close', () => {
          classroom.connected(student, -1);
          open.delete(ws);
          if (!open.size) sockets.delete(session!);
        });
        handleSocket(service, ws);
      });
    } catch (e) {
      logIfInternal(e, `the upgrade ${String(req.url).slice(0, 100)}`);
      refuseUpgrade(socket, '500 Internal Server Error');
    }
  });

  // The same address as last lesson when free (it is on the board), else any free port.
  const port = await listenOn(server, options.host, options.port, CLASS_PORT);
  hosts = options.hostsFor(port);
  const urls = hosts.map((h) => `http://${h}/`);
  return {
    urls,
    teacherUrl: `${urls[0]}teacher?token=${teacherToken}`,
    port,
    close: () => closeServer(server, wss),
  };
}
