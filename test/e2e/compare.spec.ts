import { expect, test } from './fixtures.ts';

test('compare two runs on the same charts', async ({ lab, page }) => {
  await lab.useTemplate('Two moons');
  await page.getByLabel('Lab name').fill('Wide');
  await lab.setTraining('epochs', '6');
  await page.getByRole('button', { name: /Train/ }).click();
  const status = page.getByTestId('run-status');
  await expect(status).toContainText('done', { timeout: 45_000 });

  // A second model: smaller, with Dropout after the first layer.
  await page.getByLabel('Lab name').fill('Narrow + Dropout');
  await lab.select('dense');
  await lab.field('units').fill('8');
  await page.locator('.palette [data-kind="Dropout"]').click();
  await expect(lab.layer('dropout')).toBeVisible();
  await page.getByRole('button', { name: /Train/ }).click();
  await expect(status).toContainText('Narrow + Dropout');
  await expect(status).toContainText('done', { timeout: 45_000 });

  // Tick the first run as well: both are on the charts, in two colours, with a legend.
  const rows = page.getByTestId('run-row');
  const wide = rows.filter({ hasText: 'Wide #' }).first();
  await wide.getByRole('checkbox').check();
  const chart = page.getByTestId('chart-loss');
  await expect(chart).toHaveAttribute('data-runs', '2');
  await expect(chart).toHaveAttribute('data-train-points', '12');
  await expect(chart).toHaveAttribute('data-val-points', '12');
  const legend = page.getByRole('list', { name: 'Legend' });
  await expect(legend).toContainText('Wide #');
  await expect(legend).toContainText('Narrow + Dropout #');
  await lab.shot('compare-two-runs');

  // Unticking takes a run off the charts.
  await wide.getByRole('checkbox').uncheck();
  await expect(chart).toHaveAttribute('data-runs', '1');
});
