/**
 * The grid search in the browser host, on generated data: sweep two settings with "sweep this",
 * score each pair by 2-fold cross-validation, and read the answer off the table, the heat map and
 * the curves; then stop a grid half-way and resume it.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, type LabPage } from './fixtures.ts';
import { shotAtSizes } from './own-server.ts';

/** Two moons, 5 epochs, named `name`; `dense.units` swept over `units`, 2 folds. */
async function sweepUnits(lab: LabPage, page: Page, name: string, units: string): Promise<void> {
  await lab.useTemplate('Two moons');
  await page.getByLabel('Lab name').fill(name);
  await lab.setTraining('epochs', '5');
  await lab.select('dense');
  // Two moons has three Dense layers: the sweep asks which of them it drives.
  await page.getByRole('button', { name: 'Sweep dense · units' }).click();
  await page.getByRole('menuitem', { name: 'only dense' }).click();
  await expect(
    page.getByRole('button', { name: 'dense · units: swept in the grid' }),
  ).toBeVisible();
  await page.getByRole('tab', { name: /Grid/ }).click();
  await page
    .locator('[data-sweep-path="layers.dense.units"]')
    .getByLabel('values, separated by commas')
    .fill(units);
  await page.getByLabel('folds', { exact: true }).fill('2');
}

test('sweep two settings, run a 2 x 2 grid with 2-fold cross-validation, read the results', async ({
  lab,
  page,
}) => {
  test.setTimeout(90_000);
  await sweepUnits(lab, page, 'Units x LR', '8, 64');
  // The second setting from the training settings: a log range of learning rates, cut to 2 steps.
  await page.getByRole('tab', { name: 'Data & training' }).click();
  await page.getByRole('button', { name: 'Sweep learning rate' }).click();
  await page.getByRole('tab', { name: /Grid/ }).click();
  const lr = page.locator('[data-sweep-path="training.learningRate"]');
  await expect(lr).toContainText('4 values: 0.0001, 0.001, 0.01, 0.1');
  await lr.getByLabel('from', { exact: true }).fill('0.001');
  await lr.getByLabel('steps').fill('2');
  await expect(lr).toContainText('2 values: 0.001, 0.1');
  await expect(page.getByTestId('grid-count')).toHaveText(
    /4 settings × 2 folds = 8 training runs, then 1 refit/,
  );
  await lab.shot('grid-defined');

  // Undo reaches grid edits like any other edit.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(lr).toContainText('4 values: 0.001, 0.004642, 0.02154, 0.1');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(lr).toContainText('2 values: 0.001, 0.1');

  await page.getByRole('button', { name: /Run grid/ }).click();
  const view = page.getByRole('region', { name: 'Grid search results' });
  await expect(view).toBeVisible();
  const progress = view.getByTestId('grid-progress');
  await expect(progress).toContainText('/ 4 settings');
  await expect(progress).toContainText('/ 8 training runs', { timeout: 30_000 });
  await expect
    .poll(
      async () => Number(await progress.getByRole('progressbar').getAttribute('aria-valuenow')),
      { timeout: 30_000 },
    )
    .toBeGreaterThan(0);
  await lab.shot('grid-running');
  await expect(view.getByTestId('grid-status')).toHaveText('completed', { timeout: 60_000 });
  await expect(progress).toContainText('4 / 4 settings · 8 / 8 training runs');

  // The table: four settings, ranked, the best one first and marked.
  const rows = view.getByTestId('grid-row');
  await expect(rows).toHaveCount(4);
  await expect(rows.first()).toHaveAttribute('data-best', 'true');
  await expect(rows.first()).toContainText('★');
  await expect(view.locator('[data-testid="grid-row"][data-best="true"]')).toHaveCount(1);
  for (const row of await rows.all()) {
    await expect(row.locator('td.mean')).toHaveText(/^\d+\.\d\d%$/);
    await expect(row.locator('td.std')).toHaveText(/^± \d+\.\d\d%$/);
  }
  // Every setting is done: the status column has gone.
  await expect(view.getByRole('columnheader', { name: 'status' })).toHaveCount(0);
  const bestCells = await rows.first().locator('td').allInnerTexts();
  const [bestUnits, bestLr] = [bestCells[2].trim(), bestCells[3].trim()];
  await expect(view.getByTestId('grid-best')).toContainText(
    `dense.units=${bestUnits}, learningRate=${bestLr}`,
  );
  await expect(view.getByTestId('grid-best')).toContainText(/test accuracy \d+\.\d%/);

  // The heat map: a cell per pair, all finished. The curves: every setting, 5 epochs each.
  const heat = view.getByTestId('grid-heatmap');
  await expect(heat).toHaveAttribute('data-cells', '4');
  await expect(heat).toHaveAttribute('data-done', '4');
  const curves = view.getByTestId('grid-chart-loss');
  await expect(curves).toHaveAttribute('data-runs', '4');
  await expect(curves).toHaveAttribute('data-train-points', '20');
  await expect(curves).toHaveAttribute('data-val-points', '20');
  await lab.shot('grid-results');
  await shotAtSizes(page, 'grid-results');

  // A subset of the curves, the folds on demand, another order.
  await rows.last().getByRole('checkbox').uncheck();
  await expect(curves).toHaveAttribute('data-runs', '3');
  await view.getByRole('button', { name: 'best 3' }).click();
  await expect(curves).toHaveAttribute('data-runs', '3');
  await view.getByLabel("each fold's score").check();
  await expect(view.getByRole('columnheader', { name: 'fold 2' })).toBeVisible();
  await expect(rows.first().locator('td.fold')).toHaveCount(2);
  await view.getByRole('button', { name: /units/ }).click();
  await expect(view.getByRole('columnheader', { name: /units/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(rows.first().locator('td').nth(2)).toHaveText('8');

  // The table as CSV, named after the grid.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    view.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('units-x-lr-grid.csv');
  const lines = fs
    .readFileSync((await download.path())!, 'utf8')
    .trim()
    .split('\n');
  expect(lines[0]).toBe(
    'trial,layers.dense.units,training.learningRate,fold1_val_accuracy,fold2_val_accuracy,mean_val_accuracy,std_val_accuracy,rank,status',
  );
  expect(lines).toHaveLength(5);
  const first = lines
    .slice(1)
    .map((l) => l.split(','))
    .find((cells) => cells[7] === '1')!;
  expect([first[1], first[2]]).toEqual([bestUnits, bestLr]);
  expect(lines.slice(1).every((l) => l.endsWith(',done'))).toBe(true);

  // Back at the model, the Grid tab knows this grid has run.
  await view.getByRole('button', { name: /Back to the model/ }).click();
  await expect(view).toBeHidden();
  await expect(page.getByText(/This grid ran on/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show its results' })).toBeVisible();
  // The runs list gained the refit, and none of the eight fold runs.
  const runRows = page.getByTestId('run-row');
  await expect(runRows.filter({ hasText: 'Units x LR grid' })).toHaveCount(1);
  await expect(runRows.filter({ hasText: 'Units x LR grid' })).toContainText('refit');
  await expect(runRows.filter({ hasText: /fold \d/ })).toHaveCount(0);
});

test("one sweep drives several layers: every Dropout's rate x the hidden Dense layers' L2 is 2 x 2", async ({
  lab,
  page,
}) => {
  test.setTimeout(90_000);
  await lab.useTemplate('Two moons');
  await page.getByLabel('Lab name').fill('Dropout x L2');
  await lab.setTraining('epochs', '3');
  for (const after of ['dense', 'dense_1']) {
    await lab.select(after);
    await page.locator('.palette [data-kind="Dropout"]').click();
  }
  await expect(lab.layer('dropout_1')).toBeVisible();

  await lab.select('dropout');
  await page.getByRole('button', { name: 'Sweep dropout · rate' }).click();
  await page.getByRole('menuitem', { name: 'every Dropout layer (2)' }).click();
  // The other Dropout's own button knows it is swept too.
  await lab.select('dropout_1');
  await expect(
    page.getByRole('button', { name: 'dropout_1 · rate: swept in the grid' }),
  ).toBeVisible();
  await lab.select('dense');
  await page.getByRole('button', { name: 'Sweep dense · kernel regularizer L2' }).click();
  await shotAtSizes(page, 'grid-sweep-menu');
  await page.getByRole('menuitem', { name: 'the 2 hidden Dense layers, not the output' }).click();

  await page.getByRole('tab', { name: /Grid/ }).click();
  const rate = page.locator('[data-sweep-path="layers.*Dropout.rate"]');
  await expect(rate).toContainText('every Dropout (2 layers) · rate');
  await rate.getByLabel('values, separated by commas').fill('0.2, 0.5');
  const l2 = page.locator('[data-sweep-path="layers.dense+dense_1.kernelRegularizer.l2"]');
  await expect(l2).toContainText('dense + dense_1 · kernel regularizer L2');
  await expect(l2.getByRole('checkbox', { name: 'dense_2 (output)' })).not.toBeChecked();
  // Ticking the output makes it every Dense layer; unticking it makes it the hidden ones again.
  await l2.getByRole('checkbox', { name: 'dense_2 (output)' }).click();
  const every = page.locator('[data-sweep-path="layers.*Dense.kernelRegularizer.l2"]');
  await expect(every).toContainText('every Dense (3 layers)');
  await expect(every).toContainText('leave the output layer alone');
  await every.getByRole('checkbox', { name: 'dense_2 (output)' }).click();
  await l2.getByLabel('values, separated by commas').fill('0.001, 0.1');
  // One holdout split and no refit: four short training runs.
  await page.getByLabel('score each setting by').selectOption('holdout');
  await page
    .getByLabel('refit the best setting on all the training data and score it on the test set')
    .uncheck();
  await expect(page.getByTestId('grid-count')).toHaveText(/^\s*4 settings\s+= 4 training runs\s*$/);
  await shotAtSizes(page, 'grid-multi-defined');

  await page.getByRole('button', { name: /Run grid/ }).click();
  const view = page.getByRole('region', { name: 'Grid search results' });
  await expect(view.getByTestId('grid-status')).toHaveText('completed', { timeout: 75_000 });
  const rows = view.getByTestId('grid-row');
  await expect(rows).toHaveCount(4);
  await expect(
    view.getByRole('columnheader', { name: /every Dropout \(2 layers\)/ }),
  ).toBeVisible();
  await expect(view.getByTestId('grid-best')).toContainText(/every Dropout\.rate=0\.[25]/);
  await expect(view.getByTestId('grid-heatmap')).toHaveAttribute('data-cells', '4');
  await shotAtSizes(page, 'grid-multi-results');
});

test('a stopped grid resumes without training its finished settings again', async ({
  lab,
  page,
}) => {
  test.setTimeout(90_000);
  await sweepUnits(lab, page, 'Resume check', '4, 8, 16');
  await page.getByLabel('trainers at once').fill('1');
  await page
    .getByLabel('refit the best setting on all the training data and score it on the test set')
    .uncheck();
  await page.getByRole('button', { name: /Run grid/ }).click();
  const view = page.getByRole('region', { name: 'Grid search results' });
  const rows = view.getByTestId('grid-row');
  // Stop once the first setting has both its folds.
  await expect(rows.filter({ hasText: 'done' })).toHaveCount(1, { timeout: 45_000 });
  await view.getByRole('button', { name: /Stop/ }).click();
  await expect(view.getByTestId('grid-status')).toHaveText('stopped', { timeout: 30_000 });
  const done = await rows.filter({ hasText: 'done' }).count();
  expect(done).toBeGreaterThanOrEqual(1);
  expect(done).toBeLessThan(3);
  const scores = await rows.filter({ hasText: 'done' }).locator('td.mean').allInnerTexts();

  await view.getByRole('button', { name: /Back to the model/ }).click();
  await expect(
    page.getByText(`An unfinished grid of this lab (${done} of 3 settings done)`),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start over' })).toBeVisible();
  await lab.shot('grid-resume');
  await page.getByRole('button', { name: /Resume grid/ }).click();
  await expect(view.getByTestId('grid-status')).toHaveText('completed', { timeout: 60_000 });
  await expect(rows.locator('td.mean', { hasText: /%$/ })).toHaveCount(3);
  // The same grid went on (no second one), and the settings done before the stop kept their scores.
  await expect(
    view
      .getByRole('combobox', { name: 'Grid' })
      .locator('option', { hasText: 'Resume check grid' }),
  ).toHaveCount(1);
  const after = await rows.locator('td.mean').allInnerTexts();
  for (const s of scores) expect(after).toContain(s);
});
