/**
 * What the whole app shares: the API, what the host said about itself, the datasets it found, and
 * the one place where every error is shown.
 */
import { m } from '../../src-main/contract/i18n.ts';
import type { AppInfo, LayerLabApi } from '../../src-main/contract/api.ts';
import type { DatasetAvailability } from '../../src-main/contract/datasets.ts';
import type { ConnectionState } from '../api/ws-transport.ts';
import { errorText } from '../lib/error-text.ts';
import type { InspectTab } from '../lib/inspect.ts';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  message: string;
  code?: string;
}

let noticeId = 0;

export class AppState {
  info = $state.raw<AppInfo | null>(null);
  datasets = $state.raw<DatasetAvailability[]>([]);
  notices = $state.raw<Notice[]>([]);
  connection = $state<ConnectionState>('open');
  /** Which tab of the side panel is showing. */
  sideTab = $state<'layer' | 'training' | 'grid' | 'code'>('layer');
  /** The grid results cover the palette, the canvas and the training panel while shown. */
  gridView = $state(false);
  /** The inspect panel (inside the ticked runs' models) covers the palette and the canvas while set. */
  inspectView = $state<InspectTab | null>(null);

  readonly api: LayerLabApi;

  constructor(api: LayerLabApi) {
    this.api = api;
  }

  async init(): Promise<void> {
    await this.attempt(async () => {
      [this.info, this.datasets] = await Promise.all([
        this.api.getAppInfo(),
        this.api.listDatasets(),
      ]);
    });
  }

  /** Shows an error; `context` says what was being done ("Saving the lab"). */
  report(error: unknown, context?: string): void {
    const e = error as { code?: unknown };
    const message = errorText(error);
    const code = typeof e?.code === 'string' ? e.code : undefined;
    const shown = context ? m.error_context({ context, sentence: message }) : message;
    this.push({ kind: 'error', message: shown, code });
  }

  /** An info notice; it goes by itself after a few seconds unless `keep` (warnings to read). */
  notify(message: string, keep = false): void {
    this.push({ kind: 'info', message });
    const id = noticeId;
    if (!keep) setTimeout(() => this.dismiss(id), 4000);
  }

  /**
   * Moves a damaged run store aside, as a 'store-corrupt' notice offers: the notice gives way to one
   * that says where the damaged file was kept. True when it was moved.
   */
  async repairStore(noticeId: number): Promise<boolean> {
    const result = await this.attempt(() => this.api.repairStore(), m.error_doing_repair_store());
    if (!result) return false;
    this.dismiss(noticeId);
    this.push({
      kind: 'info',
      message: `The damaged run store was moved to ${result.movedTo} and kept as it was; ${result.copied === 1 ? '1 readable row was' : `${result.copied} readable rows were`} copied into a new store.`,
    });
    return true;
  }

  dismiss(id: number): void {
    this.notices = this.notices.filter((n) => n.id !== id);
  }

  /** Runs `task`, reporting a failure instead of throwing; undefined when it failed. */
  async attempt<T>(task: () => Promise<T>, context?: string): Promise<T | undefined> {
    try {
      return await task();
    } catch (e) {
      this.report(e, context);
      return undefined;
    }
  }

  private push(notice: Omit<Notice, 'id'>): void {
    noticeId += 1;
    // The same sentence twice in a row is one notice.
    const rest = this.notices.filter((n) => n.message !== notice.message);
    this.notices = [...rest, { ...notice, id: noticeId }].slice(-4);
  }
}
