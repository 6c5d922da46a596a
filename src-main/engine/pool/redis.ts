/**
 * Connections to the pool's Redis server, and what to say when it fails. Both sides of the pool use
 * these: one client per BullMQ object, each with an 'error' listener attached before anything else,
 * so a server that goes away is a sentence (or a retry), never an unhandled error.
 */
import { Redis, type RedisOptions } from 'ioredis';
import { createRequire } from 'node:module';
import type StandaloneConnectorType from 'ioredis/built/connectors/StandaloneConnector.js';
import { redactRedisUrl } from '../../contract/pool.ts';
import { LayerLabError, said, type ErrorText } from '../../contract/errors.ts';

/** Reconnect after 0.2 s, 0.4 s, ... at most every 5 s, for as long as the process runs. */
export function reconnectDelay(attempt: number): number {
  return Math.min(attempt * 200, 5000);
}

/**
 * A client for BullMQ: commands wait for a reconnection instead of failing (`maxRetriesPerRequest:
 * null`, which BullMQ's workers require). `rediss://` turns TLS on (ioredis reads it from the
 * address); a classroom's own certificate authority comes from NODE_EXTRA_CA_CERTS, which Node reads
 * at start. `onError` hears every connection error (default: none are printed here).
 */
// ioredis' connector is CommonJS with `exports.default`: required, it is the same in every loader.
const StandaloneConnector = (
  createRequire(import.meta.url)('ioredis/built/connectors/StandaloneConnector.js') as {
    default: typeof StandaloneConnectorType;
  }
).default;

/**
 * ioredis' own connector, with one more listener for the socket's errors. ioredis listens with
 * `once`, and a TLS handshake that fails emits two errors (the certificate, then the alert): the
 * second would be unhandled and end the process, the teacher's host included (redis/ioredis#961,
 * closed without a fix). ioredis still hears and reports the first.
 */
class GuardedConnector extends StandaloneConnector {
  override async connect(
    ...args: Parameters<InstanceType<typeof StandaloneConnector>['connect']>
  ): ReturnType<InstanceType<typeof StandaloneConnector>['connect']> {
    const stream = await super.connect(...args);
    stream.on('error', () => {});
    return stream;
  }
}

export function redisConnection(
  url: string,
  options: { name: string; onError?: (error: Error) => void; lazy?: boolean },
): Redis {
  const client = new Redis(url, {
    maxRetriesPerRequest: null,
    retryStrategy: reconnectDelay,
    // CLIENT SETNAME: shows who is connected in `redis-cli client list`; no spaces allowed.
    connectionName: options.name.replace(/[^\w.:-]/g, '_').slice(0, 100),
    lazyConnect: options.lazy ?? false,
    // ioredis types a connector's options as `unknown`, and hands it its own standalone options.
    Connector: GuardedConnector as unknown as RedisOptions['Connector'],
  });
  client.on('error', (error: Error) => options.onError?.(error));
  return client;
}

const PASSWORD_CODES = /^(NOAUTH|WRONGPASS)\b|\bAUTH\b.*without any password/i;
const TLS_CODES =
  /^(ERR_SSL_|ERR_TLS_|CERT_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_(GET|VERIFY)_)/;

/** The reason Redis gave, as far as it can be told without the password. */
function reasonOf(error: unknown): { code: string; message: string } {
  const e = error as { code?: unknown; message?: unknown; errors?: unknown[] };
  // Node reports a host with several addresses as an AggregateError; its parts say more.
  const first = Array.isArray(e?.errors) && e.errors.length ? reasonOf(e.errors[0]) : null;
  const code = typeof e?.code === 'string' ? e.code : (first?.code ?? '');
  const message = typeof e?.message === 'string' && e.message ? e.message : (first?.message ?? '');
  return { code, message: message || String(error) };
}

/** Whether waiting longer cannot help: a refused password or certificate is refused again. */
export function isFatalRedisError(error: unknown): boolean {
  const { code, message } = reasonOf(error);
  return PASSWORD_CODES.test(message) || TLS_CODES.test(code);
}

/** One sentence for a Redis failure, with the address's password (if any) replaced by `***`. */
export function describeRedisError(error: unknown, url: string): LayerLabError {
  const where = redactRedisUrl(url);
  const { code, message } = reasonOf(error);
  let sentence: ErrorText;
  if (code === 'ECONNREFUSED') sentence = said('error_redis_refused', { where });
  else if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    sentence = said('error_redis_no_host', { where });
  else if (code === 'ETIMEDOUT' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH')
    sentence = said('error_redis_unreachable', { where, code });
  else if (/^NOAUTH\b/i.test(message)) sentence = said('error_redis_wants_password', { where });
  else if (PASSWORD_CODES.test(message)) sentence = said('error_redis_bad_password', { where });
  else if (TLS_CODES.test(code) || /\b(SSL|TLS)\b|certificate/i.test(message))
    sentence = said('error_redis_tls', { where, detail: scrub(message, url) });
  else
    sentence = said('error_redis_failed', {
      where,
      detail: `${scrub(message, url)}${/[.!?]$/.test(message) ? '' : '.'}`,
    });
  return new LayerLabError('pool-unavailable', sentence);
}

/** Redis never echoes a password, but a message from further away might: blank it to be sure. */
function scrub(message: string, url: string): string {
  let password = '';
  try {
    password = decodeURIComponent(new URL(url).password);
  } catch {
    // Not a URL: nothing to blank.
  }
  return password ? message.split(password).join('***') : message;
}

/**
 * Resolves once `client` is connected and ready; rejects with the sentence for its last error when
 * `deadlineMs` passes first, or at once when waiting cannot help (a refused password or certificate).
 */
export function waitForRedis(client: Redis, url: string, deadlineMs: number): Promise<void> {
  if (client.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    let last: unknown = null;
    const done = (error: LayerLabError | null) => {
      clearTimeout(timer);
      client.off('ready', onReady);
      client.off('error', onError);
      if (error) reject(error);
      else resolve();
    };
    const onReady = () => done(null);
    const onError = (error: unknown) => {
      last = error;
      if (isFatalRedisError(error)) done(describeRedisError(error, url));
    };
    const timer = setTimeout(
      () =>
        done(
          last
            ? describeRedisError(last, url)
            : new LayerLabError(
                'pool-unavailable',
                said('error_redis_no_answer', {
                  where: redactRedisUrl(url),
                  seconds: Math.round(deadlineMs / 1000),
                  tls: url.startsWith('rediss:') ? said('error_redis_no_answer_tls') : '',
                }),
              ),
        ),
      deadlineMs,
    );
    client.on('ready', onReady);
    client.on('error', onError);
  });
}
