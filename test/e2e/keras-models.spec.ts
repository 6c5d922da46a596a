/**
 * Trained models out and in, from the runs list: export in every format of EXPORT_FORMATS, open a
 * `.keras` file LayerLab wrote through the open flow, evaluate it on the test set, continue training
 * a run from its weights. Against the real browser host, its real writers and the real trainer.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { strFromU8, unzipSync } from 'fflate';
import { test as bare, type Download, type Locator, type Page } from '@playwright/test';
import { EXPORT_FORMATS, EXPORT_FORMAT_NAMES } from '../../src-main/contract/export-formats.ts';
import { RunStore } from '../../src-main/store/run-store.ts';
import { tinyLab } from '../unit/store/helpers.ts';
import { expect, test, type LabPage } from './fixtures.ts';
import { shotAtSizes, startOwnServer, type OwnServer } from './own-server.ts';

async function trainMoons(lab: LabPage, page: Page, name: string): Promise<Locator> {
  await lab.useTemplate('Two moons');
  await page.getByLabel('Lab name').fill(name);
  await lab.setTraining('epochs', '2');
  await page.getByRole('button', { name: /Train/ }).click();
  await expect(page.getByTestId('run-status')).toContainText('done', { timeout: 120_000 });
  const row = page.getByTestId('run-row').filter({ hasText: name }).first();
  await expect(row.getByTestId('run-state')).toHaveText('done');
  return row;
}

function exportMenu(page: Page): Locator {
  return page.getByRole('menu', { name: /^Export / });
}

/** Opens the row's export menu, picks `label`, and returns the download. */
async function exportAs(page: Page, row: Locator, label: string): Promise<Download> {
  await row.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    exportMenu(page).getByRole('menuitem', { name: label }).click(),
  ]);
  return download;
}

const bytesOf = async (d: Download) => fs.readFileSync((await d.path())!);

/** A run's training losses, epoch by epoch, read from the shared host's store (read-only). */
function trainLosses(runName: string): number[] {
  const db = new Database(path.join(process.env.LAYERLAB_E2E_HOME ?? '', 'runs.sqlite'), {
    readonly: true,
  });
  try {
    const rows = db
      .prepare(
        `SELECT e.metrics_json AS m FROM epochs e JOIN runs r ON r.id = e.run_id WHERE r.name = ? ORDER BY e.epoch`,
      )
      .all(runName) as { m: string }[];
    return rows.map((r) => (JSON.parse(r.m) as { loss: number }).loss);
  } finally {
    db.close();
  }
}

/** Drops a file from this computer onto the canvas, as a drag from the desktop does. */
async function dropFile(page: Page, file: string): Promise<void> {
  const data = await page.evaluateHandle(
    ({ name, bytes }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes)], name));
      return dt;
    },
    { name: path.basename(file), bytes: [...fs.readFileSync(file)] },
  );
  const target = page.locator('.svelte-flow');
  for (const type of ['dragenter', 'dragover', 'drop'])
    await target.dispatchEvent(type, { dataTransfer: data });
}

test('export a trained run as .keras, .h5, ONNX, TensorFlow.js and Python from its menu', async ({
  lab,
  page,
}) => {
  test.setTimeout(240_000);
  const row = await trainMoons(lab, page, 'Every format');

  // One item per format, each with its description as the tooltip, all usable for a trained run.
  await row.getByRole('button', { name: 'Export', exact: true }).click();
  const menu = exportMenu(page);
  await expect(menu).toBeVisible();
  for (const info of Object.values(EXPORT_FORMATS)) {
    const item = menu.getByRole('menuitem', { name: info.label });
    await expect(item).toHaveAttribute('title', info.description);
    await expect(item).toHaveAttribute('aria-disabled', 'false');
  }
  await shotAtSizes(page, 'export-menu');
  // The open menu stays inside the window at the smallest size.
  await page.setViewportSize({ width: 1024, height: 700 });
  const box = (await menu.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(1024);
  expect(box.y + box.height).toBeLessThanOrEqual(700);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();

  const keras = await exportAs(page, row, EXPORT_FORMATS.keras.label);
  expect(keras.suggestedFilename()).toMatch(/\.keras$/);
  const kerasBytes = await bytesOf(keras);
  expect(strFromU8(kerasBytes.subarray(0, 2))).toBe('PK');
  expect(Object.keys(unzipSync(kerasBytes)).sort()).toEqual([
    'config.json',
    'metadata.json',
    'model.weights.h5',
  ]);

  const h5 = await exportAs(page, row, EXPORT_FORMATS.h5.label);
  expect(h5.suggestedFilename()).toMatch(/\.h5$/);
  expect([...(await bytesOf(h5)).subarray(0, 8)]).toEqual([
    0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a,
  ]);

  const onnx = await exportAs(page, row, EXPORT_FORMATS.onnx.label);
  expect(onnx.suggestedFilename()).toMatch(/\.onnx$/);
  expect((await bytesOf(onnx)).length).toBeGreaterThan(100);

  const tfjs = await exportAs(page, row, EXPORT_FORMATS.tfjs.label);
  expect(tfjs.suggestedFilename()).toMatch(/-tfjs\.zip$/);
  expect(Object.keys(unzipSync(await bytesOf(tfjs))).sort()).toEqual(['model.json', 'weights.bin']);

  const python = await exportAs(page, row, EXPORT_FORMATS.python.label);
  expect(python.suggestedFilename()).toMatch(/\.py$/);
  const script = (await bytesOf(python)).toString('utf8');
  expect(script).toContain('keras');
  expect(script).toContain('.fit(');
});

test('the export menu works from the keyboard', async ({ lab, page }) => {
  test.setTimeout(180_000);
  const row = await trainMoons(lab, page, 'Keyboard export');
  const trigger = row.getByRole('button', { name: 'Export', exact: true });
  await trigger.focus();
  await page.keyboard.press('Enter');
  const menu = exportMenu(page);
  await expect(menu).toBeVisible();
  await expect(trigger).toHaveAttribute('aria-expanded', 'true');
  const items = menu.getByRole('menuitem');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(trigger).toBeFocused();
  await expect(trigger).toHaveAttribute('aria-expanded', 'false');

  // Enter on an item exports it.
  await page.keyboard.press('Enter');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.h5$/);
});

test('open a .keras file LayerLab exported, evaluate it, and continue training a run', async ({
  lab,
  page,
}) => {
  test.setTimeout(360_000);
  const firstRow = await trainMoons(lab, page, 'Round trip');
  const firstName = (await firstRow.locator('button.name').textContent())!.trim();
  const rows = page.getByTestId('run-row');
  const rowNamed = (name: string) =>
    rows.filter({ has: page.getByRole('button', { name, exact: true }) });
  const row = rowNamed(firstName);
  const layers = await page.locator('.svelte-flow__node').count();
  const keras = await exportAs(page, row, EXPORT_FORMATS.keras.label);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-keras-')), 'moons.keras');
  await keras.saveAs(file);

  // A blank lab in the editor, then Open… with the file.
  await lab.newLab();
  const before = await rows.count();
  await page.getByRole('button', { name: /^Open/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Open lab' });
  await dialog.getByLabel(/Upload from this computer/).setInputFiles(file);
  await expect(dialog).toBeHidden();

  // Its lab is in the editor, and it is a new run in the list, pointed at.
  await expect(page.locator('.svelte-flow__node')).toHaveCount(layers);
  await expect(rows).toHaveCount(before + 1);
  const imported = page.locator('[data-testid="run-row"][aria-current="true"]');
  await expect(imported).toHaveCount(1);
  await expect(imported).toBeInViewport();
  // The lab is an ordinary undoable step: Undo brings the blank lab back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.svelte-flow__node')).toHaveCount(1);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.locator('.svelte-flow__node')).toHaveCount(layers);

  // The same file dropped on the window opens the same way.
  await dropFile(page, file);
  await expect(rows).toHaveCount(before + 2);
  await expect(imported).toHaveCount(1);

  // A .keras file does not say which dataset it was trained on: choose it in the editor, which holds
  // the imported run's lab; Evaluate then scores the imported weights on that test set.
  await page.getByRole('tab', { name: 'Data & training' }).click();
  await page.getByRole('combobox', { name: 'Dataset' }).selectOption('moons');
  await imported.getByRole('button', { name: 'Evaluate on test set' }).click();
  const evaluation = imported.getByTestId('run-evaluation');
  await expect(evaluation).toContainText(/Test set:\s+\d+(\.\d)?% accuracy\s+·\s+loss\s+\d/, {
    timeout: 120_000,
  });
  await expect(evaluation).toContainText(/[1-9][\d,]* examples/);
  // The trained weights came along: far better than the coin flip of fresh weights.
  const accuracy = Number(/([\d.]+)% accuracy/.exec((await evaluation.textContent())!)![1]);
  expect(accuracy).toBeGreaterThan(75);
  await shotAtSizes(page, 'run-evaluated');

  // Continue training the first run from its weights: a new run starts and finishes, and its first
  // epoch is already better than the first run's first epoch.
  await row.getByRole('button', { name: 'Continue training' }).click();
  const continued = rowNamed(`${firstName} (continued)`);
  await expect(continued).toHaveCount(1);
  await expect(continued.getByTestId('run-state')).toHaveText('done', { timeout: 120_000 });
  await expect(page.getByTestId('run-status')).toContainText('(continued)');
  const first = trainLosses(firstName);
  const next = trainLosses(`${firstName} (continued)`);
  expect(first).toHaveLength(2);
  expect(next).toHaveLength(2);
  expect(next[0]).toBeLessThan(first[0]);

  // Continue the imported run with the editor's lab (Moons, chosen above): it trains on Moons.
  const importedName = (await imported.locator('button.name').textContent())!.trim();
  await imported.getByRole('button', { name: 'Continue training' }).click();
  const again = rowNamed(`${importedName} (continued)`);
  await expect(again.getByTestId('run-state')).toHaveText('done', { timeout: 120_000 });
  const losses = trainLosses(`${importedName} (continued)`);
  expect(losses.length).toBeGreaterThan(0);
  expect(losses[0]).toBeLessThan(first[0]);
});

test('a file that is not a Keras model is refused with a sentence', async ({ lab, page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-keras-'));
  const file = path.join(dir, 'broken.keras');
  fs.writeFileSync(file, 'this is not a zip');
  await lab.newLab();
  await page.getByRole('button', { name: /^Open/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Open lab' });
  await dialog.getByLabel(/Upload from this computer/).setInputFiles(file);
  // The host read it and said why not (the sentence is the reader's own).
  const alert = page.getByTestId('notice-error').filter({ hasText: 'Opening broken.keras:' });
  await expect(alert).toBeVisible();
  expect((await alert.textContent())!.length).toBeGreaterThan(30);
  // Nothing changed in the editor.
  await expect(page.locator('.svelte-flow__node')).toHaveCount(1);

  // Dropped on the window: the host's sentence again; a file of another kind is refused here.
  await page.getByTestId('notice-error').getByRole('button', { name: 'Dismiss' }).click();
  await dropFile(page, file);
  await expect(alert).toBeVisible();
  const notes = path.join(dir, 'notes.txt');
  fs.writeFileSync(notes, 'hello');
  await dropFile(page, notes);
  await expect(page.getByTestId('notice-error').filter({ hasText: 'notes.txt' })).toContainText(
    'nor a Keras model (.json from model.to_json(), .keras, .h5)',
  );
  await expect(page.locator('.svelte-flow__node')).toHaveCount(1);
});

let server: OwnServer | null = null;
let home = '';

bare.afterAll(async () => {
  await server?.stop();
  if (home) fs.rmSync(home, { recursive: true, force: true });
});

bare(
  'a run without weights: only the Python script exports, and it cannot be evaluated or continued',
  async ({ page }) => {
    bare.setTimeout(120_000);
    // Its own host, on a store holding one run that failed before its first epoch ended.
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-e2e-noweights-'));
    const store = new RunStore(path.join(home, 'runs.sqlite'));
    store.createRun({
      id: 'no-weights',
      name: 'Failed early',
      lab: tinyLab(),
      datasetId: 'synthetic:moons',
    });
    store.finish('no-weights', 'failed', {
      code: 'diverged',
      message: 'The loss became NaN at batch 1.',
    });
    store.close();
    server = await startOwnServer(home);
    await page.goto(server.url);

    const row = page.getByTestId('run-row').filter({ hasText: 'Failed early' });
    await expect(row.getByRole('button', { name: 'Evaluate on test set' })).toBeDisabled();
    await expect(row.getByRole('button', { name: 'Continue training' })).toBeDisabled();
    await row.getByRole('button', { name: 'Export', exact: true }).click();
    const menu = exportMenu(page);
    for (const format of EXPORT_FORMAT_NAMES) {
      const item = menu.getByRole('menuitem', { name: EXPORT_FORMATS[format].label });
      const needs = EXPORT_FORMATS[format].needsWeights;
      await expect(item).toHaveAttribute('aria-disabled', String(needs));
      if (needs) await expect(item).toHaveAttribute('title', /no trained weights/);
    }
    // Focus starts on the one usable item; a disabled one does nothing when chosen.
    await expect(menu.getByRole('menuitem', { name: EXPORT_FORMATS.python.label })).toBeFocused();
    await shotAtSizes(page, 'export-menu-no-weights');
    await menu.getByRole('menuitem', { name: EXPORT_FORMATS.keras.label }).click({ force: true });
    await expect(menu).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      menu.getByRole('menuitem', { name: EXPORT_FORMATS.python.label }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.py$/);
  },
);
