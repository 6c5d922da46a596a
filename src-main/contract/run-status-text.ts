/** A run's status in words, in the user's language (getters: read when shown). */
import type { RunStatus } from './api.ts';
import { m } from './i18n.ts';

export const STATUS_LABELS: Record<RunStatus, string> = {
  get queued() {
    return m.status_queued();
  },
  get running() {
    return m.status_running();
  },
  get paused() {
    return m.status_paused();
  },
  get completed() {
    return m.status_completed();
  },
  get 'early-stopped'() {
    return m.status_early_stopped();
  },
  get stopped() {
    return m.status_stopped();
  },
  get failed() {
    return m.status_failed();
  },
  get interrupted() {
    return m.status_interrupted();
  },
};
