/**
 * A guided lab's runs and grids as its checks read them (contract/guide-checks.ts). SQLite picks them
 * by the guide id inside their lab JSON, so only this lab's labs are parsed, and only the last
 * epoch's weight statistics are read of their insights (not the histograms' bytes or surfaces).
 */
import type { CheckGrid, CheckRun } from '../contract/guide-checks.ts';
import type { GridStore } from './grid-store.ts';
import type { RunStore } from './run-store.ts';

/** The lab's runs (grid fold runs left out; a grid's refit is a run), newest first. */
export function guideRuns(store: RunStore, guideId: string): CheckRun[] {
  const ids = store.db
    .prepare(
      `SELECT id FROM runs WHERE lab_json ->> '$.guide.id' = ? AND (grid_id IS NULL OR fold = -2)
       ORDER BY created_at DESC, rowid DESC`,
    )
    .pluck()
    .all(guideId) as string[];
  const lastWeights = store.db.prepare(
    `SELECT insight_json -> '$.weights' FROM insights WHERE run_id = ? ORDER BY epoch DESC LIMIT 1`,
  );
  return ids.flatMap((id) => {
    const run = store.getRun(id);
    if (!run) return [];
    const weights = lastWeights.pluck().get(id) as string | undefined;
    const sparsity = weights
      ? (JSON.parse(weights) as { layer: string; sparsity: number }[]).map(
          ({ layer, sparsity }) => ({ layer, sparsity }),
        )
      : null;
    return [
      {
        id: run.id,
        name: run.name,
        status: run.status,
        lab: run.lab,
        metrics: run.metrics,
        stoppedEpoch: run.stoppedEpoch,
        epochsPlanned: run.epochsPlanned,
        totalParams: run.totalParams,
        sparsity,
      },
    ];
  });
}

/** The lab's grids, newest first, with the settings that finished every fold. */
export function guideGrids(store: RunStore, grids: GridStore, guideId: string): CheckGrid[] {
  const ids = store.db
    .prepare(
      `SELECT id FROM grids WHERE lab_json ->> '$.guide.id' = ? ORDER BY created_at DESC, rowid DESC`,
    )
    .pluck()
    .all(guideId) as string[];
  return ids.flatMap((id) => {
    const grid = grids.detail(id);
    if (!grid) return [];
    const { evaluation } = grid.spec;
    return [
      {
        id,
        name: grid.name,
        status: grid.status,
        settingsDone: grid.trials.filter((t) => t.status === 'done').length,
        folds: evaluation.kind === 'kfold' ? evaluation.folds : 1,
      },
    ];
  });
}
