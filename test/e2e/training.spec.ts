import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures.ts';

test('train two epochs and see points on the training and validation curves', async ({
  lab,
  page,
}) => {
  await lab.useTemplate('Two moons');
  await lab.setTraining('epochs', '2');
  await page.getByRole('button', { name: /Train/ }).click();

  const status = page.getByTestId('run-status');
  await expect(status).toContainText('done', { timeout: 45_000 });
  await expect(status).toContainText('epoch 2/2');
  for (const metric of ['loss', 'accuracy']) {
    const chart = page.getByTestId(`chart-${metric}`);
    await expect(chart).toHaveAttribute('data-train-points', '2');
    await expect(chart).toHaveAttribute('data-val-points', '2');
  }
  await expect(page.getByTestId('run-row').first()).toContainText('2/2 epochs');
  await lab.shot('training-two-epochs');

  // The backend in use, and why faster ones are not.
  await page.getByText(/Trains on/).click();
  await expect(page.getByText('Faster options not used:')).toBeVisible();
  await page.getByText(/Trains on/).click();

  // The trained model as TensorFlow.js files, and a chart as a PNG.
  await page
    .getByTestId('run-row')
    .first()
    .getByRole('button', { name: 'Export', exact: true })
    .click();
  const [model] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: /TensorFlow\.js/ }).click(),
  ]);
  expect(model.suggestedFilename()).toMatch(/-tfjs\.zip$/);
  const zip = fs.readFileSync((await model.path())!);
  const names = Object.keys(unzipSync(zip));
  expect(names.sort()).toEqual(['model.json', 'weights.bin']);
  const modelJson = JSON.parse(strFromU8(unzipSync(zip)['model.json']));
  expect(modelJson.format).toBe('layers-model');
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('chart-loss').getByRole('button', { name: 'PNG' }).click(),
  ]);
  const bytes = fs.readFileSync((await png.path())!);
  expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
});

test('pause, resume and stop a run: it keeps its finished epochs', async ({ lab, page }) => {
  await lab.useTemplate('Two moons');
  await lab.setTraining('epochs', '400');
  await page.getByRole('button', { name: /Train/ }).click();
  const chart = page.getByTestId('chart-loss');
  const points = async () => Number(await chart.getAttribute('data-train-points'));
  await expect.poll(points, { timeout: 45_000 }).toBeGreaterThanOrEqual(3);
  await lab.shot('training-running');

  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByTestId('run-status')).toContainText('paused');
  const paused = await points();
  await page.waitForTimeout(1000);
  expect(await points()).toBeLessThanOrEqual(paused + 1);
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByTestId('run-status')).toContainText('training');
  await expect.poll(points).toBeGreaterThan(paused + 1);

  await page.getByRole('button', { name: /Stop/ }).click();

  const status = page.getByTestId('run-status');
  await expect(status).toContainText('stopped', { timeout: 30_000 });
  const done = Number(await chart.getAttribute('data-train-points'));
  expect(done).toBeGreaterThanOrEqual(3);
  expect(done).toBeLessThan(400);
  await expect(page.getByTestId('run-row').first().getByTestId('run-state')).toHaveText('stopped');
  await lab.shot('training-stopped');
});
