/** A run's status in words, in the user's language (read when shown). */
import type { RunStatus } from './api.ts';
import { m, wordsOf } from './i18n.ts';

export const STATUS_LABELS: Record<RunStatus, string> = wordsOf({
  queued: m.status_queued,
  running: m.status_running,
  paused: m.status_paused,
  completed: m.status_completed,
  'early-stopped': m.status_early_stopped,
  stopped: m.status_stopped,
  failed: m.status_failed,
  interrupted: m.status_interrupted,
});
