/**
 * The host's one pool of workers (`connectPool` / `getPool` / `startGrid` on the pool): at most one
 * Redis server at a time, replaced or dropped on request, closed when the host shuts down. A server
 * that does not answer is a status with its sentence, not a thrown error; a refused password or
 * certificate closes the client (retrying cannot help), anything else keeps it reconnecting.
 */
import { LayerLabError, said } from '../contract/errors.ts';
import { checkRedisUrl, POOL_OFF, redactRedisUrl, type PoolStatus } from '../contract/pool.ts';
import { PoolClient } from '../engine/pool/pool-client.ts';

export class PoolSession {
  #client: PoolClient | null = null;
  /** The last connection that failed for good, shown until another is asked for. */
  #failed: PoolStatus | null = null;

  constructor(
    /** Whether a grid is running on the pool now (then the pool may not be changed). */
    private readonly busy: () => boolean,
    private readonly connectMs = 5000,
  ) {}

  async connect(url: string | null): Promise<PoolStatus> {
    if (url !== null) checkRedisUrl(url);
    if (this.busy() && this.#client)
      throw new LayerLabError(
        'busy',
        said('error_pool_grid_running', { url: this.#client.shownUrl }),
      );
    const previous = this.#client;
    this.#client = null;
    this.#failed = null;
    await previous?.close();
    if (url === null) return POOL_OFF;
    const client = new PoolClient(url);
    this.#client = client;
    try {
      await client.ready(this.connectMs);
    } catch (e) {
      // waitForRedis gives up at once on a refused password or certificate: its sentence says which.
      const message = e instanceof LayerLabError ? e.message : String(e);
      if (/password|TLS/.test(message)) {
        this.#client = null;
        await client.close();
        this.#failed = { ...POOL_OFF, url: redactRedisUrl(url), state: 'unreachable', message };
        return this.#failed;
      }
    }
    return this.status();
  }

  async status(): Promise<PoolStatus> {
    if (this.#client) return this.#client.status();
    return this.#failed ?? POOL_OFF;
  }

  /** The connected pool, or the sentence saying there is none. */
  client(): PoolClient {
    if (this.#client) return this.#client;
    throw new LayerLabError(
      'pool-unavailable',
      this.#failed
        ? said('error_pool_not_connected', {
            url: this.#failed.url ?? '',
            detail: this.#failed.message!.replace(/[.!]$/, ''),
          })
        : said('error_pool_none'),
    );
  }

  async close(): Promise<void> {
    const client = this.#client;
    this.#client = null;
    await client?.close();
  }
}
