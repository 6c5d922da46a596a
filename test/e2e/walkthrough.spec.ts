/**
 * The new-user walkthrough on real MNIST, as the issue describes it: build the 2x512 MLP by dragging,
 * train, add Dropout(0.5), train again, overlay the two runs; a screenshot of every step. It takes
 * about a minute and needs MNIST in the data directory (see global-setup.ts).
 */
import { expect, test, type LabPage } from './fixtures.ts';

/** Enough of MNIST to overfit visibly in a couple of minutes per run on a laptop CPU. */
const SUBSET = '3000';
const EPOCHS = '20';

async function dropUnder(lab: LabPage, kind: string, above: string) {
  const box = (await lab.layer(above).boundingBox())!;
  const canvas = (await lab.canvas.boundingBox())!;
  await lab.dragLayer(kind, box.x + box.width / 2 - canvas.x, box.y + box.height + 45 - canvas.y);
}

async function dropBetween(lab: LabPage, kind: string, above: string, below: string) {
  const a = (await lab.layer(above).boundingBox())!;
  const b = (await lab.layer(below).boundingBox())!;
  const canvas = (await lab.canvas.boundingBox())!;
  await lab.dragLayer(kind, a.x + a.width / 2 - canvas.x, (a.y + a.height + b.y) / 2 - canvas.y);
}

async function setUnits(lab: LabPage, name: string, units: string, activation: string) {
  await lab.select(name);
  await lab.field('units').fill(units);
  await lab.field('activation').selectOption(activation);
}

test('a new user builds, trains, regularizes and compares on MNIST', async ({ lab, page }) => {
  const status = page.getByTestId('run-status');
  // Earlier specs leave their lab in the autosave; a new user starts from a blank lab.
  await lab.newLab();
  await lab.shot('walkthrough-01-start');

  // Build Input -> Flatten -> Dense(512) -> Dense(512) -> Dense(10) by dragging from the palette.
  await dropUnder(lab, 'Flatten', 'input');
  await dropUnder(lab, 'Dense', 'flatten');
  await lab.fitView();
  await dropUnder(lab, 'Dense', 'dense');
  await lab.fitView();
  await dropUnder(lab, 'Dense', 'dense_1');
  await lab.fitView();
  await setUnits(lab, 'dense', '512', 'relu');
  await setUnits(lab, 'dense_1', '512', 'relu');
  await setUnits(lab, 'dense_2', '10', 'softmax');
  await expect(page.getByText('669,706 parameters')).toBeVisible();
  await page.getByLabel('Lab name').fill('MLP 2x512');
  await page.locator('.svelte-flow__pane').click({ position: { x: 40, y: 200 } });
  await lab.shot('walkthrough-02-built');

  await lab.setTraining('epochs', EPOCHS);
  await page.getByText(/More: subset/).click();
  await page.locator('.side').getByLabel('train on first N').fill(SUBSET);
  await expect(page.getByTestId('dataset-info')).toContainText('MNIST');
  await page.getByRole('button', { name: /Train/ }).click();
  await expect(page.getByTestId('chart-loss')).toHaveAttribute('data-train-points', '3', {
    timeout: 120_000,
  });
  await lab.shot('walkthrough-03-training');
  await expect(status).toContainText('done', { timeout: 600_000 });
  await lab.shot('walkthrough-04-trained');

  // Dropout(0.5) after each hidden layer, dropped onto the connections.
  await dropBetween(lab, 'Dropout', 'dense', 'dense_1');
  await lab.fitView();
  await dropBetween(lab, 'Dropout', 'dense_1', 'dense_2');
  await lab.fitView();
  await expect(lab.layer('dropout_1')).toContainText('rate 0.5');
  await page.getByLabel('Lab name').fill('MLP 2x512 + Dropout');
  await lab.shot('walkthrough-05-dropout');
  await page.getByRole('button', { name: /Train/ }).click();
  await expect(status).toContainText('MLP 2x512 + Dropout');
  await expect(status).toContainText('done', { timeout: 600_000 });

  // Overlay: tick the first run too.
  await page
    .getByTestId('run-row')
    .filter({ hasNotText: 'Dropout' })
    .first()
    .getByRole('checkbox')
    .check();
  await expect(page.getByTestId('chart-loss')).toHaveAttribute('data-runs', '2');
  await lab.shot('walkthrough-06-overlay');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await lab.fitView();
  await lab.shot('walkthrough-07-overlay-1920');
});
