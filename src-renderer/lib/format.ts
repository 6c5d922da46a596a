/** Numbers and shapes the way Keras prints them, so students can compare with `model.summary()`. */
import type { RunStatus } from '../../src-main/contract/api.ts';
import type { DatasetRef } from '../../src-main/contract/datasets.ts';

const grouped = new Intl.NumberFormat('en-US');

export const formatCount = (n: number) => grouped.format(n);

/** Keras' output shape: `(None, 28, 28, 32)`. */
export const kerasShape = (shape: number[] | undefined) =>
  shape ? `(None, ${shape.join(', ')})` : '?';

export function formatMetric(x: number | null | undefined, digits = 4): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  return x.toFixed(digits);
}

export const formatPercent = (x: number | null | undefined) =>
  x === null || x === undefined || !Number.isFinite(x) ? '–' : `${(x * 100).toFixed(1)}%`;

export const STATUS_LABELS: Record<RunStatus, string> = {
  queued: 'queued',
  running: 'training',
  paused: 'paused',
  completed: 'done',
  'early-stopped': 'early-stopped',
  stopped: 'stopped',
  failed: 'failed',
  interrupted: 'interrupted',
};

export function formatSeconds(s: number): string {
  if (s < 60) return `${s.toFixed(s < 10 ? 1 : 0)} s`;
  const m = Math.floor(s / 60);
  return `${m} min ${Math.round(s - m * 60)} s`;
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
      return ref.shape[0].toUpperCase() + ref.shape.slice(1);
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

/** "Queued: 4th in line for a trainer" (1st: "next in line"). */
export function queuePlace(place: { position: number; waiting: number }): string {
  return place.position === 1
    ? 'Queued: next in line for a trainer'
    : `Queued: ${ordinal(place.position)} in line for a trainer`;
}
