import { expect, test } from './fixtures.ts';
import { shotAtSizes } from './own-server.ts';

test('compare runs: each stays on the charts in its own colour, saying what it changed', async ({
  lab,
  page,
}) => {
  test.setTimeout(180_000); // two runs, on a machine other trainers may share
  await lab.useTemplate('Two moons');
  await page.getByLabel('Lab name').fill('Wide');
  await lab.setTraining('epochs', '6');
  await page.getByRole('button', { name: /Train/ }).click();
  const rows = page.getByTestId('run-row');
  // By the name: another row's changes may name this run.
  const row = (name: RegExp) => rows.filter({ has: page.getByRole('button', { name }) });
  const wide = row(/^Wide #\d+$/);
  // The parameter count is known from the graph before the trainer has started.
  await expect(wide).toContainText('4,482 params');
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
  const narrow = row(/^Narrow \+ Dropout #\d+$/);
  await expect(narrow).toContainText('730 params');
  await expect(status).toContainText('done', { timeout: 45_000 });

  // The first run stayed on the charts: both are there, in two colours, with a legend.
  await expect(wide.getByRole('checkbox')).toBeChecked();
  await expect(narrow.getByRole('checkbox')).toBeChecked();
  const chart = page.getByTestId('chart-loss');
  await expect(chart).toHaveAttribute('data-runs', '2');
  await expect(chart).toHaveAttribute('data-train-points', '12');
  await expect(chart).toHaveAttribute('data-val-points', '12');
  const legend = page.getByRole('list', { name: 'Legend' });
  await expect(legend).toContainText('Wide #');
  await expect(legend).toContainText('Narrow + Dropout #');
  const wideColor = await wide.getAttribute('data-color');
  const narrowColor = await narrow.getAttribute('data-color');
  expect(wideColor).toMatch(/^#[0-9a-f]{6}$/);
  expect(narrowColor).toMatch(/^#[0-9a-f]{6}$/);
  expect(narrowColor).not.toBe(wideColor);

  // What the second run changed, against the run before it, and what it was trained with.
  const changes = narrow.getByTestId('run-changes');
  await expect(changes).toContainText(/^vs the run before: /);
  await expect(changes).toHaveAttribute('title', /^Compared with the run before, Wide #\d+:/);
  await expect(changes).toContainText('+ Dropout(0.5) after dense');
  await expect(changes).toContainText('units 8 instead of 64 on dense');
  await expect(narrow.locator('.settings')).toHaveAttribute(
    'title',
    'Dense 8-64-2 · Dropout 0.5 · Adam lr 0.01 · batch 32 · 6 epochs',
  );

  // Unticking takes a run off the charts; no run changes colour on the way.
  await wide.getByRole('checkbox').uncheck();
  await expect(chart).toHaveAttribute('data-runs', '1');
  await expect(narrow).toHaveAttribute('data-color', narrowColor!);
  await wide.getByRole('checkbox').check();
  await expect(chart).toHaveAttribute('data-runs', '2');
  await expect(wide).toHaveAttribute('data-color', wideColor!);
  await expect(narrow).toHaveAttribute('data-color', narrowColor!);
  await shotAtSizes(page, 'compare-runs');

  // The second run as the baseline: the first is now compared with it, and it cannot be unticked.
  await narrow
    .getByRole('button', { name: /^Pin Narrow \+ Dropout #\d+ as the baseline$/ })
    .click();
  await expect(wide.getByTestId('run-changes')).toContainText(/^vs the baseline: /);
  await expect(wide.getByTestId('run-changes')).toHaveAttribute(
    'title',
    /^Compared with the baseline, Narrow \+ Dropout #\d+:/,
  );
  await expect(wide.getByTestId('run-changes')).toContainText('− Dropout(0.5) after dense');
  await expect(narrow.getByTestId('run-changes')).toContainText('Baseline');
  await expect(narrow.getByRole('checkbox')).toBeDisabled();
  await wide.getByRole('checkbox').uncheck();
  await expect(chart).toHaveAttribute('data-runs', '1');
  await lab.shot('compare-baseline');

  // A reload keeps the baseline (on the charts) and every colour.
  await page.reload();
  await expect(narrow.getByRole('button', { name: 'Unpin the baseline' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(narrow.getByRole('checkbox')).toBeChecked();
  await expect(chart).toHaveAttribute('data-runs', '1');
  await expect(wide).toHaveAttribute('data-color', wideColor!);
  await expect(narrow).toHaveAttribute('data-color', narrowColor!);
  await narrow.getByRole('button', { name: 'Unpin the baseline' }).click();
  await expect(narrow.getByRole('checkbox')).toBeEnabled();
  await expect(narrow.getByTestId('run-changes')).toContainText(/^vs the run before: /);
});
