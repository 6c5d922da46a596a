/**
 * The browser host transport: one WebSocket to the server that served this page, authenticated by
 * the token in the page's address. Calls made while (re)connecting wait for the socket; a dropped
 * connection is retried, and calls in flight fail with a sentence instead of hanging.
 */
import type { ApiMethod } from '../../src-main/contract/api.ts';
import { LayerLabError, said } from '../../src-main/contract/errors.ts';
import {
  ApiError,
  decodeWire,
  encodeWire,
  type WireEvent,
  type WireReply,
} from '../../src-main/contract/wire.ts';
import type { Transport } from './client.ts';

export type ConnectionState = 'connecting' | 'open' | 'lost';

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export function wsTransport(
  url: string,
  onState: (state: ConnectionState) => void = () => {},
): Transport {
  const listeners = new Set<(m: WireEvent) => void>();
  const pending = new Map<number, Pending>();
  let queue: string[] = [];
  let nextId = 1;
  let socket: WebSocket;
  let retry = 500;

  const connect = () => {
    onState('connecting');
    socket = new WebSocket(url);
    socket.onopen = () => {
      retry = 500;
      onState('open');
      for (const text of queue) socket.send(text);
      queue = [];
    };
    socket.onmessage = (event) => {
      const message = decodeWire(String(event.data)) as WireReply | WireEvent;
      if ('event' in message) {
        for (const l of listeners) l(message);
        return;
      }
      const p = pending.get(message.id);
      if (!p) return;
      pending.delete(message.id);
      if ('error' in message) p.reject(new ApiError(message.error));
      else p.resolve(message.result);
    };
    socket.onclose = () => {
      onState('lost');
      for (const p of pending.values())
        p.reject(new LayerLabError('disconnected', said('error_disconnected')));
      pending.clear();
      queue = [];
      setTimeout(connect, retry);
      retry = Math.min(retry * 2, 5000);
    };
  };
  connect();

  return {
    call(method: ApiMethod, args: unknown[]) {
      const id = nextId++;
      const text = encodeWire({ id, method, args });
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        if (socket.readyState === WebSocket.OPEN) socket.send(text);
        else queue.push(text);
      });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * `ws://host/ws?token=...` for the page at `location` (the token arrives in the page's query). On a
 * class server (`?class`) the student's sign-in cookie goes with the socket instead of a token.
 */
export function socketUrl(location: Location): string | null {
  const query = new URLSearchParams(location.search);
  const token = query.get('token');
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  if (!token) return query.has('class') ? `${scheme}//${location.host}/ws` : null;
  return `${scheme}//${location.host}/ws?token=${encodeURIComponent(token)}`;
}
