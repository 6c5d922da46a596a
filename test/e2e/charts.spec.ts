/**
 * The training curves as a student reads them: two stored runs on the charts (one with an L2
 * penalty, its best epoch the first; the other's best epoch the last), the penalty split off, a log
 * axis, the validation curves alone, a chart enlarged, its PNG export (large, titled) and a run's
 * history as CSV. The runs are seeded into the host's store, so the curves are known exactly.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as bare, type Download, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import type { EpochMetrics } from '../../src-main/contract/training.ts';
import { RunStore } from '../../src-main/store/run-store.ts';
import { tinyLab } from '../unit/store/helpers.ts';
import { SCREENSHOTS, expect, test } from './fixtures.ts';
import { shotAtSizes, startOwnServer, type OwnServer } from './own-server.ts';

const EPOCHS = 8;

/** Falling training loss; validation best at `best` (1-based); a constant penalty when `reg`. */
function history(best: number, reg: number): EpochMetrics[] {
  return Array.from({ length: EPOCHS }, (_, i) => {
    const epoch = i + 1;
    const dataLoss = (reg ? 0.9 : 0.7) / epoch;
    return {
      epoch,
      loss: dataLoss + reg,
      accuracy: 0.5 + 0.05 * epoch,
      val_loss: 0.35 + 0.04 * Math.abs(epoch - best) + reg,
      val_accuracy: 0.85 - 0.02 * Math.abs(epoch - best),
      regularization_loss: reg,
      seconds: 0.5,
    };
  });
}

function seed(home: string): void {
  fs.mkdirSync(home, { recursive: true });
  const store = new RunStore(path.join(home, 'runs.sqlite'));
  for (const [id, name, best, reg] of [
    ['00000000-0000-4000-8000-0000000000a1', 'Plain', EPOCHS, 0],
    ['00000000-0000-4000-8000-0000000000a2', 'L2 0.01', 1, 0.125],
  ] as const) {
    store.createRun({ id, name, lab: tinyLab(), datasetId: 'synthetic:moons' });
    for (const m of history(best, reg)) store.addEpoch(id, m);
    store.finish(id, 'completed');
  }
  store.close();
}

const save = async (d: Download, name: string) => {
  const file = path.join(SCREENSHOTS, name);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await d.saveAs(file);
  return file;
};

async function tickBoth(page: Page) {
  const rows = page.getByTestId('run-row');
  await expect(rows).toHaveCount(2, { timeout: 60_000 });
  for (const name of ['Plain', 'L2 0.01'])
    await rows.filter({ hasText: name }).first().getByRole('checkbox').check();
}

let home: string;
let server: OwnServer;
bare.beforeAll(async () => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-charts-'));
  seed(home);
  server = await startOwnServer(home);
});
bare.afterAll(async () => {
  await server?.stop();
  fs.rmSync(home, { recursive: true, force: true });
});

bare('split, log scale, validation only, enlarge, PNG and CSV', async ({ page }) => {
  bare.setTimeout(180_000);
  await page.goto(server.url);
  await tickBoth(page);
  const loss = page.getByTestId('chart-loss');
  const accuracy = page.getByTestId('chart-accuracy');
  await expect(loss).toHaveAttribute('data-runs', '2');
  await expect(loss).toHaveAttribute('data-train-points', String(2 * EPOCHS));
  await expect(loss).toHaveAttribute('data-val-points', String(2 * EPOCHS));
  await expect(loss).toHaveAttribute('data-penalty-points', '0');
  // Best epochs at the first (L2) and the last (Plain) epoch: the stars must show whole.
  await shotAtSizes(page, 'charts-two-runs');

  // The penalty split off the loss: a dotted line for the one run that has it, and why.
  const split = page.getByRole('checkbox', { name: 'Split the penalty' });
  await split.check();
  await expect(loss).toHaveAttribute('data-penalty-points', String(EPOCHS));
  await expect(page.getByTestId('penalty-note')).toContainText(
    "the L1/L2 penalty, which Keras' loss and val_loss include",
  );
  await expect(accuracy).toHaveAttribute('data-penalty-points', '0');
  await shotAtSizes(page, 'charts-split');

  await page.getByRole('checkbox', { name: 'Log scale' }).check();
  await expect(loss).toHaveAttribute('data-log', 'true');
  await expect(accuracy).toHaveAttribute('data-log', 'false');

  await page.getByRole('checkbox', { name: 'Validation only' }).check();
  await expect(loss).toHaveAttribute('data-train-points', '0');
  await expect(accuracy).toHaveAttribute('data-train-points', '0');
  await expect(loss).toHaveAttribute('data-val-points', String(2 * EPOCHS));
  await expect(loss).toHaveAttribute('data-penalty-points', '0');
  // Alone, a validation curve's best epoch is the plot's lowest loss (and often highest accuracy).
  await shotAtSizes(page, 'charts-validation-only-log');
  await page.getByRole('checkbox', { name: 'Log scale' }).uncheck();
  await shotAtSizes(page, 'charts-validation-only');
  await page.getByRole('checkbox', { name: 'Validation only' }).uncheck();

  // Enlarged: a dialog over most of the window with the same curves; Escape and Close close it.
  const dialog = page.getByTestId('chart-enlarged');
  await loss.getByRole('button', { name: /Enlarge/ }).click();
  await expect(dialog).toBeVisible();
  await expect(page.getByRole('dialog')).toBeVisible();
  const big = dialog.getByTestId('chart-loss-enlarged');
  await expect(big).toHaveAttribute('data-penalty-points', String(EPOCHS));
  const box = (await dialog.boundingBox())!;
  expect(box.width).toBeGreaterThan(1280 * 0.85);
  expect(box.height).toBeGreaterThan(800 * 0.85);
  // The view controls move into the dialog and still act on the enlarged chart.
  await dialog.getByRole('checkbox', { name: 'Validation only' }).check();
  await expect(big).toHaveAttribute('data-train-points', '0');
  await dialog.getByRole('checkbox', { name: 'Validation only' }).uncheck();
  await shotAtSizes(page, 'charts-enlarged');

  // The PNG for a report: at least 1200 px wide, drawn on white.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'PNG' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^loss-.*\.png$/);
  const png = PNG.sync.read(fs.readFileSync(await save(download, 'charts-export-loss.png')));
  expect(png.width).toBeGreaterThanOrEqual(1200);
  expect(png.height).toBeGreaterThan(800);
  expect([...png.data.subarray(0, 4)]).toEqual([255, 255, 255, 255]);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await accuracy.getByRole('button', { name: /Enlarge/ }).click();
  await expect(dialog.getByTestId('chart-accuracy-enlarged')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // The accuracy PNG from the chart itself.
  const [accPng] = await Promise.all([
    page.waitForEvent('download'),
    accuracy.getByRole('button', { name: 'PNG' }).click(),
  ]);
  expect(
    PNG.sync.read(fs.readFileSync(await save(accPng, 'charts-export-accuracy.png'))).width,
  ).toBeGreaterThanOrEqual(1200);

  // A run's history as CSV, from the runs list's Export menu.
  const row = page.getByTestId('run-row').filter({ hasText: 'L2 0.01' }).first();
  await row.getByRole('button', { name: 'Export', exact: true }).click();
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('menu', { name: /^Export / })
      .getByRole('menuitem', { name: 'Training history (.csv)' })
      .click(),
  ]);
  expect(csv.suggestedFilename()).toBe('L2_0.01.csv');
  const lines = fs
    .readFileSync((await csv.path())!, 'utf8')
    .trim()
    .split('\n');
  expect(lines[0]).toBe(
    'epoch,accuracy,loss,val_accuracy,val_loss,regularization_loss,data_loss,seconds',
  );
  expect(lines).toHaveLength(EPOCHS + 1);
  const first = lines[1].split(',').map(Number);
  expect(first[0]).toBe(0);
  expect(first[5]).toBe(0.125);
  expect(first[6]).toBeCloseTo(0.9, 10);
});

test('an enlarged chart follows a run while it trains', async ({ lab, page }) => {
  await lab.useTemplate('Two moons');
  await lab.setTraining('epochs', '4');
  await page.getByRole('button', { name: /Train/ }).click();
  await page
    .getByTestId('chart-loss')
    .getByRole('button', { name: /Enlarge/ })
    .click();
  const big = page.getByTestId('chart-enlarged').getByTestId('chart-loss-enlarged');
  // Opened before the first epoch ends (a trainer takes seconds to start): the points come in live.
  expect(Number(await big.getAttribute('data-train-points'))).toBeLessThan(4);
  await expect(big).toHaveAttribute('data-train-points', '4', { timeout: 120_000 });
  await expect(big).toHaveAttribute('data-val-points', '4');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('chart-enlarged')).toBeHidden();
  await expect(page.getByTestId('chart-loss')).toHaveAttribute('data-train-points', '4');
});
