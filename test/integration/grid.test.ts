/**
 * A grid on real MNIST through the command line: stratified 3-fold cross-validation on a subset,
 * two trainers in parallel, the best setting refit and scored on the test set.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const shared = path.resolve(root, '../shared/datasets');
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-grid-it-'));
afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

it('dropout 0.3 vs 0.7 with 3-fold CV on 3,000 MNIST images', () => {
  const r = spawnSync(
    process.execPath,
    [
      path.join(root, 'src-main/cli/layerlab.mjs'),
      'grid',
      path.join(root, 'assets/labs/mnist-dropout-l2-grid.layerlab.json'),
      '--sweep',
      'layers.dropout.rate=0.3,0.7',
      '--train-subset',
      '3000',
      '--epochs',
      '2',
      '--parallel',
      '2',
      '--json',
    ],
    {
      env: { ...process.env, LAYERLAB_HOME: home, LAYERLAB_DATA_DIR: shared },
      encoding: 'utf8',
      timeout: 600_000,
    },
  );
  expect(r.status, r.stderr).toBe(0);
  const lines = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const summary = lines.pop();
  console.log(
    lines
      .map(
        (l) =>
          `  ${JSON.stringify(l.params)}: ${l.fold_scores.map((s: number) => s.toFixed(4)).join(' ')} -> ${l.mean.toFixed(4)} ± ${l.std.toFixed(4)}`,
      )
      .join('\n'),
  );
  expect(lines).toHaveLength(2);
  for (const trial of lines) {
    expect(trial.fold_scores).toHaveLength(3);
    for (const s of trial.fold_scores) expect(s).toBeGreaterThan(0.8);
    expect(trial.std).toBeLessThan(0.05);
  }
  expect(summary).toMatchObject({
    summary: true,
    status: 'completed',
    trials: 2,
    rank_by: 'val_accuracy',
  });
  const best = lines.reduce((a, b) => (b.mean > a.mean ? b : a));
  expect(summary.best.params).toEqual(best.params);
  expect(summary.refit.test_accuracy).toBeGreaterThan(0.85);
});
