/**
 * Augmentation in the settings: turning it on shows the first MNIST training images beside augmented
 * versions drawn by the host; "Another sample" draws new ones; a dataset of points says it does not
 * apply. Needs MNIST in the data directory (see global-setup.ts).
 */
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { shotAtSizes } from './own-server.ts';

/** The canvas' pixels as one string, and whether any is lit. */
const pixels = (canvas: Locator) =>
  canvas.evaluate((c: HTMLCanvasElement) => {
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    return { key: Array.from(d).join(), lit: d.some((v, i) => i % 4 !== 3 && v > 0) };
  });

test('turning on rotation shows a preview of augmented training images', async ({ lab, page }) => {
  await lab.newLab();
  await page.getByRole('tab', { name: 'Data & training' }).click();
  await page.getByRole('combobox', { name: 'Dataset' }).selectOption('mnist');
  await expect(page.getByTestId('dataset-info')).toContainText('MNIST', { timeout: 60_000 });

  const side = page.locator('.side');
  await side.getByLabel('augment the training images').check();
  await side.getByLabel(/^rotation° rotation_range/).fill('45');
  for (const label of [/^zoom zoom_range/, /^width shift/, /^height shift/])
    await side.getByLabel(label).fill('0');
  await expect(side.getByText('rotation_range')).toBeVisible();
  await expect(side.getByText('fill_mode')).toBeVisible();

  const rows = page.getByTestId('augment-row');
  await expect(rows).toHaveCount(2, { timeout: 60_000 });
  await expect(rows.first().locator('canvas')).toHaveCount(8);
  const original = await pixels(rows.first().locator('canvas').first());
  const first = await pixels(rows.first().locator('canvas').nth(1));
  expect(original.lit).toBe(true);
  expect(first.lit).toBe(true);
  expect(first.key).not.toBe(original.key);

  await page.getByRole('button', { name: 'Another sample' }).click();
  await expect
    .poll(async () => (await pixels(rows.first().locator('canvas').nth(1))).key, {
      timeout: 10_000,
    })
    .not.toBe(first.key);

  await side.getByLabel(/^fill mode/).selectOption('constant');
  await expect(side.getByLabel(/^fill value/)).toBeVisible();
  await page.setViewportSize({ width: 1024, height: 700 });
  await page
    .getByRole('region', { name: 'Augmentation settings' })
    .evaluate((e) => e.scrollIntoView());
  await shotAtSizes(page, 'augmentation');

  await page.getByRole('combobox', { name: 'Dataset' }).selectOption('moons');
  await expect(side.getByText('so it does not apply here')).toBeVisible({ timeout: 60_000 });
  await lab.shot('augmentation-not-images');
  await side.getByRole('button', { name: 'Turn augmentation off' }).click();
  await expect(side.getByRole('button', { name: 'Turn augmentation off' })).toHaveCount(0);
});
