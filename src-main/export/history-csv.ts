/**
 * A run's training history as CSV, shaped like the file Keras' `CSVLogger` writes so the same
 * pandas code reads both: `epoch` counted from 0 (Keras' `on_epoch_end` index), then the metrics
 * Keras logs in its alphabetical order (`accuracy`, `loss`, and `val_accuracy`, `val_loss` when the
 * run had validation). LayerLab's own columns follow, so the first ones line up with a Keras CSV:
 * `regularization_loss` (the mean penalty over the epoch, included in `loss` as in Keras),
 * `data_loss` (`loss` without it) and `seconds`.
 */
import Papa from 'papaparse';
import type { EpochMetrics } from '../contract/training.ts';

const KERAS_COLUMNS = ['accuracy', 'loss'] as const;
const VALIDATION_COLUMNS = ['val_accuracy', 'val_loss'] as const;
const OWN_COLUMNS = ['regularization_loss', 'data_loss', 'seconds'] as const;

/** The header of a history: validation columns only when some epoch has them. */
export function historyColumns(metrics: EpochMetrics[]): string[] {
  const validated = metrics.some((m) => m.val_loss !== undefined);
  return ['epoch', ...KERAS_COLUMNS, ...(validated ? VALIDATION_COLUMNS : []), ...OWN_COLUMNS];
}

const cell = (value: number | undefined) => (value === undefined ? '' : value);

export function historyToCsv(metrics: EpochMetrics[]): string {
  const fields = historyColumns(metrics);
  const data = metrics.map((m) => {
    const row: Record<string, number | string> = {
      epoch: m.epoch - 1,
      accuracy: m.accuracy,
      loss: m.loss,
      val_accuracy: cell(m.val_accuracy),
      val_loss: cell(m.val_loss),
      regularization_loss: m.regularization_loss,
      data_loss: m.loss - m.regularization_loss,
      seconds: m.seconds,
    };
    return fields.map((f) => row[f]);
  });
  // Papa ends a header-only table with a newline already.
  return Papa.unparse({ fields, data }, { newline: '\n' }).replace(/\n?$/, '\n');
}
