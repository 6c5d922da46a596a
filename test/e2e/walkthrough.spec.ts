/**
 * The lesson loop on real MNIST, as a new user does it: build the 2x512 MLP by dragging, train, add
 * Dropout(0.5), train again; both runs stay on the charts in their colours with the difference said
 * in words; enlarge the loss chart, export its PNG and the run's CSV (their content checked), untick
 * a run, pin a baseline. A screenshot of every step. It takes a few minutes and needs MNIST in the
 * data directory (see global-setup.ts).
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { expect, test, type LabPage } from './fixtures.ts';

/** Enough of MNIST to overfit visibly (val_loss turns up after a few epochs) in under a minute a run. */
const SUBSET = '3000';
const EPOCHS = '10';

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

/** A run's row, by its name (another row's changes may name it). */
const row = (page: Page, name: RegExp) =>
  page.getByTestId('run-row').filter({ has: page.getByRole('button', { name }) });

/** How many pixels of a PNG are within a few levels of `hex`. */
function pixelsOf(png: PNG, hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4)
    if (
      Math.abs(png.data[i] - r) < 8 &&
      Math.abs(png.data[i + 1] - g) < 8 &&
      Math.abs(png.data[i + 2] - b) < 8
    )
      count++;
  return count;
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
  const plainColor = await row(page, /^MLP 2x512 #\d+$/).getAttribute('data-color');
  expect(plainColor).toMatch(/^#[0-9a-f]{6}$/);

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

  // The first run stayed on the charts, in the colour it had, beside the second in another.
  const plain = row(page, /^MLP 2x512 #\d+$/);
  const dropout = row(page, /^MLP 2x512 \+ Dropout #\d+$/);
  const loss = page.getByTestId('chart-loss');
  await expect(plain.getByRole('checkbox')).toBeChecked();
  await expect(dropout.getByRole('checkbox')).toBeChecked();
  await expect(loss).toHaveAttribute('data-runs', '2');
  await expect(loss).toHaveAttribute('data-val-points', String(2 * Number(EPOCHS)));
  await expect(plain).toHaveAttribute('data-color', plainColor!);
  const dropoutColor = await dropout.getAttribute('data-color');
  expect(dropoutColor).not.toBe(plainColor);
  // What changed, in words, in the list and in the chart's legend colours.
  await expect(dropout.getByTestId('run-changes')).toContainText(
    'vs the run before: + Dropout(0.5) after dense, dense_1',
  );
  const legend = page.getByRole('list', { name: 'Legend' });
  await expect(legend).toContainText('MLP 2x512 #');
  await expect(legend).toContainText('MLP 2x512 + Dropout #');
  await lab.shot('walkthrough-06-overlay');

  // The loss chart enlarged, and its PNG for a report: large, with both runs' colours on it.
  await loss.getByRole('button', { name: /Enlarge/ }).click();
  const enlarged = page.getByTestId('chart-enlarged');
  await expect(enlarged.getByTestId('chart-loss-enlarged')).toHaveAttribute('data-runs', '2');
  await lab.shot('walkthrough-07-enlarged');
  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    enlarged.getByRole('button', { name: 'PNG' }).click(),
  ]);
  const png = PNG.sync.read(fs.readFileSync((await pngDownload.path())!));
  expect(png.width).toBeGreaterThanOrEqual(1200);
  for (const color of [plainColor!, dropoutColor!])
    expect(pixelsOf(png, color), `pixels of ${color} in the PNG`).toBeGreaterThan(500);
  await page.keyboard.press('Escape');
  await expect(enlarged).toBeHidden();

  // The Dropout run's history as CSV: one row per epoch, Keras' CSVLogger columns first.
  await dropout.getByRole('button', { name: 'Export', exact: true }).click();
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'Training history (.csv)' }).click(),
  ]);
  const [header, ...rows] = fs
    .readFileSync((await csvDownload.path())!, 'utf8')
    .trim()
    .split('\n');
  expect(header).toBe(
    'epoch,accuracy,loss,val_accuracy,val_loss,regularization_loss,data_loss,seconds',
  );
  expect(rows).toHaveLength(Number(EPOCHS));
  rows.forEach((line, i) => {
    const [epoch, accuracy, lossValue, valAccuracy, valLoss, penalty, dataLoss] = line
      .split(',')
      .map(Number);
    expect(epoch).toBe(i);
    for (const v of [accuracy, valAccuracy]) expect(v).toBeGreaterThan(0.1);
    for (const v of [lossValue, valLoss]) expect(v).toBeGreaterThan(0);
    // No L1/L2 in this model: the penalty is 0 and the data loss is the loss.
    expect(penalty).toBe(0);
    expect(dataLoss).toBeCloseTo(lossValue, 6);
  });

  // Untick the first run: it leaves the charts; the other keeps its colour.
  await plain.getByRole('checkbox').uncheck();
  await expect(loss).toHaveAttribute('data-runs', '1');
  await expect(dropout).toHaveAttribute('data-color', dropoutColor!);
  // Pin it as the baseline: it is back on the charts for good, and the other run says what it
  // changed against it.
  await plain.getByRole('button', { name: /^Pin MLP 2x512 #\d+ as the baseline$/ }).click();
  await expect(loss).toHaveAttribute('data-runs', '2');
  await expect(plain.getByRole('checkbox')).toBeChecked();
  await expect(plain.getByRole('checkbox')).toBeDisabled();
  await expect(plain).toHaveAttribute('data-color', plainColor!);
  await expect(dropout.getByTestId('run-changes')).toContainText(
    'vs the baseline: + Dropout(0.5) after dense, dense_1',
  );
  await lab.shot('walkthrough-08-baseline');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await lab.fitView();
  await lab.shot('walkthrough-09-baseline-1920');
  await plain.getByRole('button', { name: 'Unpin the baseline' }).click();
});
