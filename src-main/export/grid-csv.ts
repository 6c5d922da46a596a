/** A grid's results table as CSV: one row per setting, its swept values, fold scores, mean and std. */
import Papa from 'papaparse';
import type { GridDetail } from '../contract/api.ts';

export function gridToCsv(grid: GridDetail): string {
  const paths = grid.spec.params.map((p) => p.path);
  const folds = grid.trials[0]?.foldScores.length ?? 0;
  const metric = grid.rankBy;
  const fields = [
    'trial',
    ...paths,
    ...Array.from({ length: folds }, (_, i) => `fold${i + 1}_${metric}`),
    `mean_${metric}`,
    `std_${metric}`,
    'rank',
    'status',
  ];
  const better = (a: number, b: number) => (metric === 'val_loss' ? a - b : b - a);
  const ranked = grid.trials
    .filter((t) => t.mean !== null)
    .sort((a, b) => better(a.mean!, b.mean!));
  const data = grid.trials.map((t) => [
    t.trial,
    ...paths.map((p) => t.params[p]),
    ...t.foldScores.map((s) => s ?? ''),
    t.mean ?? '',
    t.std ?? '',
    t.mean === null ? '' : ranked.indexOf(t) + 1,
    t.status,
  ]);
  return Papa.unparse({ fields, data }, { newline: '\n' }) + '\n';
}
