/** The sentences for Redis failures: one per cause, never with the password. */
import { describe, expect, it } from 'vitest';
import {
  describeRedisError,
  isFatalRedisError,
  reconnectDelay,
} from '../../../../src-main/engine/pool/redis.ts';

const url = 'redis://:hunter2@10.0.0.5:6379';

function errorWith(code: string | undefined, message: string): Error {
  return Object.assign(new Error(message), code ? { code } : {});
}

const CASES: [string, Error, RegExp, boolean][] = [
  [
    'refused',
    errorWith('ECONNREFUSED', 'connect ECONNREFUSED 10.0.0.5:6379'),
    /^Nothing answers at redis:\/\/:\*\*\*@10\.0\.0\.5:6379: start redis-server/,
    false,
  ],
  [
    'host not found',
    errorWith('ENOTFOUND', 'getaddrinfo ENOTFOUND pc-07'),
    /host of .* was not found/,
    false,
  ],
  [
    'unreachable',
    errorWith('ETIMEDOUT', 'connect ETIMEDOUT'),
    /cannot be reached from this machine \(ETIMEDOUT\)/,
    false,
  ],
  [
    'no password given',
    errorWith(undefined, 'NOAUTH Authentication required.'),
    /wants a password: give it as redis:\/\/:PASSWORD@HOST:PORT/,
    true,
  ],
  [
    'wrong password',
    errorWith(undefined, 'WRONGPASS invalid username-password pair or user is disabled.'),
    /refused the password/,
    true,
  ],
  [
    'password to a server without one',
    errorWith(
      undefined,
      'ERR AUTH <password> called without any password configured for the default user. Are you sure your configuration is correct?',
    ),
    /refused the password/,
    true,
  ],
  [
    'self-signed certificate',
    errorWith('DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed certificate'),
    /TLS connection .* failed \(self-signed certificate\): .*NODE_EXTRA_CA_CERTS/,
    true,
  ],
  [
    'TLS to a plain server',
    errorWith('ERR_SSL_WRONG_VERSION_NUMBER', 'wrong version number'),
    /TLS connection .* failed/,
    true,
  ],
  [
    'anything else, with the password echoed',
    errorWith('EPIPE', 'write EPIPE hunter2'),
    /^The Redis server at redis:\/\/:\*\*\*@10\.0\.0\.5:6379 failed: write EPIPE \*\*\*\.$/,
    false,
  ],
];

describe('describeRedisError', () => {
  it.each(CASES)('%s', (_name, error, sentence, fatal) => {
    const described = describeRedisError(error, url);
    expect(described.code).toBe('pool-unavailable');
    expect(described.message).toMatch(sentence);
    expect(described.message).not.toContain('hunter2');
    expect(isFatalRedisError(error)).toBe(fatal);
  });

  it('reads the first cause of an AggregateError (a host with several addresses)', () => {
    const error = new AggregateError(
      [errorWith('ECONNREFUSED', 'connect ECONNREFUSED ::1:6379')],
      '',
    );
    expect(describeRedisError(error, 'redis://localhost:6379').message).toMatch(
      /^Nothing answers at redis:\/\/localhost:6379/,
    );
  });

  it('redacts a password that is not even a valid URL', () => {
    const message = describeRedisError(new Error('x'), 'redis://:pa ss@ho st').message;
    expect(message).not.toContain('pa ss');
    expect(message).toContain('***');
  });
});

it('reconnects quickly at first, then at most every 5 s', () => {
  expect([1, 2, 10, 25, 1000].map(reconnectDelay)).toEqual([200, 400, 2000, 5000, 5000]);
});
