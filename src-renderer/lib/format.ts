/** Numbers and shapes the way Keras prints them, so students can compare with `model.summary()`. */
import type { DatasetRef } from '../../src-main/contract/datasets.ts';
import { formatNumber, m, messageLocale } from '../../src-main/contract/i18n.ts';
import { syntheticName } from '../../src-main/contract/dataset-text.ts';

/** A count with the user's locale's grouping ("60,000"; Keras' summary groups the same way). */
export const formatCount = (n: number) => formatNumber(n);

/** Keras' output shape: `(None, 28, 28, 32)`. */
export const kerasShape = (shape: number[] | undefined) =>
  shape ? `(None, ${shape.join(', ')})` : '?';

export function formatMetric(x: number | null | undefined, digits = 4): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  return x.toFixed(digits);
}

export const formatPercent = (x: number | null | undefined) =>
  x === null || x === undefined || !Number.isFinite(x) ? '–' : `${(x * 100).toFixed(1)}%`;

export { STATUS_LABELS } from '../../src-main/contract/run-status-text.ts';

export function formatSeconds(s: number): string {
  if (s < 60) return m.duration_seconds({ s: s.toFixed(s < 10 ? 1 : 0) });
  const min = Math.floor(s / 60);
  return m.duration_minutes({ min, s: Math.round(s - min * 60) });
}

/** A file name for downloads: letters, digits, dashes. */
export const fileSafe = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'layerlab';

/** A short name for a dataset reference, for buttons and legends. */
export function datasetLabel(ref: DatasetRef): string {
  switch (ref.kind) {
    case 'builtin':
      return { mnist: 'MNIST', 'fashion-mnist': 'Fashion-MNIST', imdb: 'IMDB' }[ref.name];
    case 'synthetic':
      return syntheticName(ref.shape);
    case 'file':
      return ref.path.split(/[\\/]/).filter(Boolean).pop() ?? ref.path;
  }
}

const ordinal = (n: number) => {
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as const)[n % 10] ?? 'th');
  return `${n}${suffix}`;
};

/** "Queued: 4th in line for a trainer" (1st: "next in line"); English alone says "4th". */
export function queuePlace(place: { position: number; waiting: number }): string {
  if (place.position === 1) return m.queue_next();
  const english = messageLocale().startsWith('en');
  return m.queue_place({ place: english ? ordinal(place.position) : String(place.position) });
}
