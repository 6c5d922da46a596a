/**
 * The pool of workers the grid can run on: the host's view of it (server, state, workers, queue),
 * the address and password being typed, and whether Run grid sends the folds there. The address is
 * remembered without its password; the password is kept nowhere but the field, until it is sent.
 */
import { POOL_OFF, type PoolStatus } from '../../src-main/contract/pool.ts';
import { poolUrl, requeuedNotice, withoutPassword } from '../lib/pool.ts';
import type { AppState } from './app.svelte.ts';
import { readStored, writeStored } from './stored.ts';

const STORED_ADDRESS = 'layerlab.poolAddress';

export class PoolState {
  status = $state.raw<PoolStatus>(POOL_OFF);
  address = $state(withoutPassword(readStored(STORED_ADDRESS, '')));
  password = $state('');
  /** Ticked: Run grid queues the folds on the pool's workers (when connected). */
  onWorkers = $state(false);
  busy = $state(false);

  readonly connected = $derived(this.status.state === 'connected');

  readonly #app: AppState;
  #refreshing = false;
  /** Counts connects and disconnects, so that an older look at the pool is not shown after one. */
  #generation = 0;

  constructor(app: AppState) {
    this.#app = app;
  }

  /**
   * Says, once per event, when a fold went back to the queue (a warning to read: it stays); the same
   * sentence twice in a row is one notice. Returns the unsubscribe.
   */
  attach(): () => void {
    return this.#app.api.onRunEvent((e) => {
      if (e.type === 'requeued') this.#app.notify(requeuedNotice(e.reason), true);
    });
  }

  /** The host's view as of now; a failed look keeps the last one (the host's loss shows elsewhere). */
  async refresh(): Promise<void> {
    if (this.#refreshing || this.busy) return;
    this.#refreshing = true;
    const generation = this.#generation;
    try {
      const status = await this.#app.api.getPool();
      // A look that set out before a connect or disconnect would show the pool as it was.
      if (generation === this.#generation) this.#show(status);
    } catch {
      // The top bar says when the host is gone; a notice every two seconds would say nothing more.
    } finally {
      this.#refreshing = false;
    }
  }

  async connect(): Promise<void> {
    let url: string;
    try {
      url = poolUrl(this.address, this.password);
    } catch (e) {
      this.#app.report(e, 'Connecting to the pool');
      return;
    }
    this.address = withoutPassword(this.address);
    writeStored(STORED_ADDRESS, withoutPassword(this.address));
    await this.#set(url, 'Connecting to the pool');
    this.password = '';
  }

  async disconnect(): Promise<void> {
    await this.#set(null, 'Disconnecting from the pool');
    this.onWorkers = false;
  }

  async #set(url: string | null, context: string): Promise<void> {
    const before = this.status;
    this.#generation += 1;
    this.busy = true;
    if (url) this.status = { ...POOL_OFF, url: withoutPassword(url), state: 'connecting' };
    const status =
      (await this.#app.attempt(() => this.#app.api.connectPool(url), context)) ??
      // Refused (a malformed address, a grid running on the pool): the host's pool is as it was.
      (await this.#app.api.getPool().catch(() => before));
    this.#generation += 1;
    this.busy = false;
    this.#show(status);
  }

  /** The field shows the host's pool while there is one (set from another page, or `serve --redis`). */
  #show(status: PoolStatus): void {
    this.status = status;
    if (status.url) this.address = withoutPassword(status.url);
  }
}
