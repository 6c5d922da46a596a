/**
 * The Boundary, Predictions and Activations views on real runs: a Two moons run's decision boundary
 * changes from epoch to epoch; a small MNIST run's confusion matrix counts the whole validation
 * split, its diagonal gives the val_accuracy the run reported, and its gallery holds only
 * misclassified examples. Each view is measured for clipping and shot at the three sizes.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { findClipping } from './clipping.ts';
import { expect, SCREENSHOTS, test } from './fixtures.ts';
import { SIZES } from './own-server.ts';

/**
 * Trains the lab as it is, waits for the new run (the list's first row) to finish, and leaves it
 * alone on the charts: earlier specs' runs are unticked, a baseline unpinned.
 */
async function train(page: Page) {
  const rows = page.getByTestId('run-row');
  const before = await rows.count();
  await page.getByRole('button', { name: /Train/ }).click();
  await expect(rows).toHaveCount(before + 1);
  await expect(rows.first().getByTestId('run-state')).toHaveText('done', { timeout: 180_000 });
  const unpin = page.getByRole('button', { name: 'Unpin the baseline' });
  if (await unpin.isVisible()) await unpin.click();
  for (const box of (await rows.getByRole('checkbox').all()).slice(1))
    if (await box.isChecked()) await box.uncheck();
}

async function openView(page: Page, tab: string) {
  const panel = page.getByTestId('inspect-panel');
  if (!(await panel.isVisible()))
    await page.getByTestId('inside-links').getByRole('button', { name: 'Weights' }).click();
  await panel.getByRole('tab', { name: tab }).click();
}

/** No clipping at any of the three sizes, and a screenshot at each: `inspect-<name>-<width>.png`. */
async function measureAndShoot(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  for (const { width, height } of SIZES) {
    await page.setViewportSize({ width, height });
    expect.soft(await findClipping(page), `${name} at ${width}`).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, `inspect-${name}-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('a moons run shows its decision boundary change over the epochs', async ({ lab, page }) => {
  test.setTimeout(180_000);
  await lab.useTemplate('Two moons');
  await lab.setTraining('epochs', '6');
  await train(page);
  await openView(page, 'Boundary');
  const plot = page.getByTestId('boundary-plot');
  const slider = page.getByRole('slider', { name: 'Epoch shown' });
  const hashAt = async (key: string, epoch: number) => {
    await slider.press(key);
    await expect(plot).toHaveAttribute('data-epoch', String(epoch));
    return (await plot.getAttribute('data-surface-hash'))!;
  };
  const last = await hashAt('End', 6);
  const first = await hashAt('Home', 0);
  const one = await hashAt('ArrowRight', 1);
  expect(last).toMatch(/^[0-9a-f]{8}$/);
  expect(one).not.toBe(first);
  expect(last).not.toBe(one);
  await slider.press('End');
  await measureAndShoot(page, 'boundary');
});

test('a small MNIST run: the confusion matrix matches val_accuracy, the gallery is all wrong', async ({
  lab,
  page,
}) => {
  test.setTimeout(240_000);
  await lab.useTemplate('Small MLP');
  await lab.setTraining('epochs', '1');
  await expect(
    page.locator('.side').getByRole('radio', { name: "the dataset's test set" }),
  ).toBeChecked();
  await page.getByText(/More: subset/).click();
  await page.locator('.side').getByLabel('train on first N').fill('2000');
  await train(page);

  // Validation on the whole test set, as the dataset's description counts it.
  const info = await page.getByTestId('dataset-info').textContent();
  const testCount = /([\d,]+) test examples/.exec(info ?? '')![1].replace(/,/g, '');
  await openView(page, 'Predictions');
  await expect(page.getByTestId('confusion-total')).toHaveAttribute('data-value', testCount);
  // The run's own val_accuracy, as its history CSV has it.
  const row = page.getByTestId('run-row').first();
  await row.getByRole('button', { name: 'Export', exact: true }).click();
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'Training history (.csv)' }).click(),
  ]);
  const [header, lastRow] = fs
    .readFileSync((await csv.path())!, 'utf8')
    .trim()
    .split('\n');
  const valAccuracy = Number(lastRow.split(',')[header.split(',').indexOf('val_accuracy')]);
  const accuracy = Number(await page.getByTestId('confusion-accuracy').getAttribute('data-value'));
  expect(accuracy).toBeCloseTo(valAccuracy, 5);

  const wrong = page.getByTestId('wrong-example');
  await expect(wrong.first()).toBeVisible();
  for (const item of await wrong.all()) {
    const label = await item.getAttribute('data-label');
    expect(label).not.toBe(await item.getAttribute('data-predicted'));
    await expect(item).toContainText(new RegExp(`true: ${label} · predicted: \\d · \\d+%`));
  }
  await measureAndShoot(page, 'predictions');
  await openView(page, 'Activations');
  await expect(page.getByTestId('activation-spread')).toHaveAttribute('data-runs', '1');
  await measureAndShoot(page, 'activations');
});
