/**
 * Nothing is clipped at the classroom sizes (1024x700, 1280x800, 1920x1080): each screen below is
 * measured at each size (test/e2e/clipping.ts) and shot into test-results/screenshots/layout-*.png.
 * To cover another screen, add an entry to a list of screens.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { findClipping } from './clipping.ts';
import { expect, SCREENSHOTS, test, type LabPage } from './fixtures.ts';
import { SIZES } from './own-server.ts';
import os from 'node:os';
import { reportHtml } from '../../src-main/export/report/html.ts';
import { fakeRun, guidedLab, studentReport } from '../helpers/report-labs.ts';

interface Screen {
  name: string;
  /** Brings the screen up from the one before it. */
  show: (lab: LabPage, page: Page) => Promise<void>;
  /** Measured at the narrowest size only, and not shot (screens that add little to look at). */
  quick?: boolean;
}

/**
 * Shows each screen in turn, measures it at the three sizes and shoots it as
 * `layout-<name>-<width>.png`; a screen with clipping fails the test (softly, so that every screen
 * is measured), listing each offender once with the sizes it was seen at.
 */
async function expectNoClipping(lab: LabPage, page: Page, screens: Screen[]): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  for (const screen of screens) {
    await screen.show(lab, page);
    const seen = new Map<string, string[]>();
    for (const { width, height } of screen.quick ? SIZES.slice(0, 1) : SIZES) {
      await page.setViewportSize({ width, height });
      for (const line of await findClipping(page))
        seen.set(line, [...(seen.get(line) ?? []), `${width}x${height}`]);
      if (!screen.quick)
        await page.screenshot({
          path: path.join(SCREENSHOTS, `layout-${screen.name}-${width}.png`),
        });
    }
    const found = [...seen].map(([line, sizes]) => `at ${sizes.join(', ')}: ${line}`);
    expect.soft(found, `${screen.name} is clipped:\n${found.join('\n')}`).toEqual([]);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

const sideTab = (name: string | RegExp) => async (_lab: LabPage, page: Page) => {
  await page.getByRole('tab', { name }).click();
};

/** The kinds the issue names: measured at every size and shot. */
const SHOT_KINDS = ['Conv2D', 'AveragePooling2D', 'GlobalAveragePooling2D', 'BatchNormalization'];

/** Adds a layer of `kind` after the selected one (a palette click); it comes up in the inspector. */
const inspect = (kind: string, then?: (lab: LabPage, page: Page) => Promise<void>): Screen => ({
  name: `inspector-${kind}`,
  quick: !SHOT_KINDS.includes(kind) && !then,
  show: async (lab, page) => {
    await page.locator(`.palette [data-kind="${kind}"]`).click();
    await expect(page.locator('.inspector h3')).toHaveText(kind);
    await then?.(lab, page);
  },
});

/** Every regularizer of the selected layer set to L1 + L2, so each shows its strength field. */
async function allRegularizers(lab: LabPage): Promise<void> {
  for (const which of ['kernel', 'bias', 'activity'])
    await lab.field(`${which} regularizer`).selectOption('l1l2');
}

test('the editor and the inspector of every layer kind fit at the classroom sizes', async ({
  lab,
  page,
}) => {
  await expectNoClipping(lab, page, [
    { name: 'editor', show: (lab) => lab.useTemplate('Small CNN') },
    {
      name: 'inspector-Input',
      show: async (lab) => {
        await lab.select('input');
        await expect(page.locator('.inspector h3')).toHaveText('Input');
      },
    },
    inspect('Conv2D', allRegularizers),
    inspect('AveragePooling2D', async (lab, page) => {
      // "same as pool size" off: both tuple fields of strides show.
      await page.locator('.inspector').getByLabel('same as pool size').uncheck();
    }),
    inspect('MaxPooling2D'),
    inspect('BatchNormalization'),
    inspect('GlobalAveragePooling2D'),
    inspect('Dropout'),
    inspect('Reshape'),
    inspect('Flatten'),
    inspect('Dense', allRegularizers),
    inspect('Activation'),
    inspect('Concatenate'),
    inspect('Add'),
  ]);
});

test('the side tabs and the top bar with its menus open fit at the classroom sizes', async ({
  lab,
  page,
}) => {
  await expectNoClipping(lab, page, [
    {
      name: 'training',
      show: async (lab, page) => {
        await lab.useTemplate('Small CNN');
        await sideTab('Data & training')(lab, page);
      },
    },
    { name: 'keras-code', show: sideTab('Keras code') },
    {
      name: 'grid-editor',
      show: async (lab, page) => {
        await lab.select('dense');
        // Small CNN's one Dense layer: the sweep needs no choice of layers.
        await page.getByRole('button', { name: 'Sweep dense · units' }).click();
        await sideTab('Data & training')(lab, page);
        await page.getByRole('button', { name: 'Sweep learning rate' }).click();
        await sideTab(/Grid/)(lab, page);
      },
    },
    {
      name: 'menu-templates',
      show: async (_lab, page) => {
        // The longest backend name, as on a machine with TensorFlow's native CPU backend.
        await page.locator('summary', { hasText: 'Trains on' }).evaluate((summary) => {
          summary.querySelector('strong')!.textContent = 'native CPU (TensorFlow)';
          summary.setAttribute(
            'title',
            'Trains on native CPU (TensorFlow): the compute backend the trainer uses',
          );
        });
        await page.locator('summary', { hasText: 'Templates' }).click();
      },
    },
    {
      name: 'menu-keras',
      show: async (_lab, page) => {
        await page.locator('summary', { hasText: 'Templates' }).click();
        await page.locator('summary', { hasText: 'Keras' }).click();
      },
    },
    {
      name: 'menu-backend',
      show: async (_lab, page) => {
        await page.locator('summary', { hasText: 'Keras' }).click();
        await page.locator('summary', { hasText: 'Trains on' }).click();
      },
    },
  ]);
});

test("teacher mode's steps editor and locks fit at the classroom sizes", async ({ lab, page }) => {
  await expectNoClipping(lab, page, [
    {
      name: 'teacher-editor',
      show: async (lab, page) => {
        await lab.useTemplate('Two moons');
        await page.getByRole('button', { name: 'Teacher' }).click();
        await page.getByRole('button', { name: 'Add steps' }).click();
        const step = page.getByTestId('step-editor');
        await step.getByLabel('Add a question').selectOption({ label: 'Multiple choice' });
        await step.getByLabel('Add a check').selectOption({ label: 'Runs compared' });
        await step
          .getByRole('button', { name: "Use the current model as this step's setup" })
          .click();
      },
    },
    {
      name: 'teacher-locks',
      show: async (lab, page) => {
        await page.getByRole('button', { name: "Lock the model's layers and connections" }).click();
        await sideTab('Data & training')(lab, page);
        await page.getByRole('button', { name: 'Lock the epochs' }).click();
        await lab.select('dense');
        await page.getByRole('button', { name: 'Lock dense' }).click();
      },
    },
    {
      name: 'student-locked',
      show: async (lab, page) => {
        await page.getByRole('button', { name: 'Teacher' }).click();
        await sideTab('Data & training')(lab, page);
      },
    },
  ]);
});

test('a grid with its results and the runs list fit at the classroom sizes', async ({
  lab,
  page,
}) => {
  test.setTimeout(120_000);
  await expectNoClipping(lab, page, [
    {
      // A run of its own, then a 2 x 2-fold grid (its refit is a second run in the list).
      name: 'grid-results',
      show: async (lab, page) => {
        await lab.useTemplate('Two moons');
        await page.getByLabel('Lab name').fill('Layout check');
        await lab.setTraining('epochs', '2');
        await page.getByRole('button', { name: /Train/ }).click();
        await expect(page.getByTestId('run-row').first().getByTestId('run-state')).toHaveText(
          'done',
          { timeout: 30_000 },
        );
        await lab.select('dense');
        await sideTab('Layer')(lab, page);
        await page.getByRole('button', { name: 'Sweep dense · units' }).click();
        await page.getByRole('menuitem', { name: 'only dense' }).click();
        await sideTab(/Grid/)(lab, page);
        await page
          .locator('[data-sweep-path="layers.dense.units"]')
          .getByLabel('values, separated by commas')
          .fill('8, 32');
        await page.getByLabel('folds', { exact: true }).fill('2');
        await page.getByRole('button', { name: /Run grid/ }).click();
        const view = page.getByRole('region', { name: 'Grid search results' });
        await expect(view.getByTestId('grid-status')).toHaveText('completed', { timeout: 60_000 });
      },
    },
    {
      name: 'grid-tab-and-runs',
      show: async (_lab, page) => {
        await page.getByRole('button', { name: /Back to the model/ }).click();
        await expect(page.getByText(/This grid ran on/)).toBeVisible();
        // The run and the grid's refit at least (other specs' runs share this host).
        await expect(page.getByTestId('run-row').nth(1)).toBeVisible();
      },
    },
    {
      // The inspect panel over the palette and the canvas, on the newest run.
      name: 'inspect-weights',
      show: async (_lab, page) => {
        await page
          .getByTestId('run-row')
          .first()
          .getByRole('button', { name: /^Inspect / })
          .click();
        await expect(
          page.getByTestId('weights-view').or(page.getByTestId('inspect-empty')),
        ).toBeVisible();
      },
    },
  ]);
});

test('notices take their own room: an error and a notice hide no layer', async ({ lab, page }) => {
  await lab.useTemplate('MLP 2x512');
  await lab.select('dense');
  // An information notice (it goes by itself) and an error (it stays): a refused run.
  await page.getByRole('button', { name: 'Sweep dense · units' }).click();
  await page.getByRole('menuitem', { name: 'only dense' }).click();
  await lab.field('units').fill('0');
  await page.getByRole('button', { name: /Train/ }).click();
  const error = page.getByTestId('notice-error');
  const info = page.getByTestId('notice-info');
  await expect(error).toContainText('Not ready to train');
  await expect(info).toContainText('Sweeping dense · units');
  await lab.fitView();

  const canvas = (await lab.canvas.boundingBox())!;
  for (const notice of [error, info]) {
    const box = (await notice.boundingBox())!;
    expect
      .soft(box.y, 'a notice lies below the canvas')
      .toBeGreaterThanOrEqual(canvas.y + canvas.height);
  }
  // Every layer is still there to click: what is at its centre is the layer itself.
  const names = await page
    .locator('[data-testid^="layer-"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice('layer-'.length)));
  expect(names).toHaveLength(5);
  for (const name of names) {
    const box = (await lab.layer(name).boundingBox())!;
    const hit = await page.evaluate(
      ({ x, y, name }) =>
        !!document.elementFromPoint(x, y)?.closest(`[data-testid="layer-${name}"]`),
      { x: box.x + box.width / 2, y: box.y + box.height / 2, name },
    );
    expect(hit, `the centre of ${name} is ${name}`).toBe(true);
  }
  await lab.select('dense_2');
  await expect(page.locator('.inspector h3')).toHaveText('Dense');
  await lab.shot('layout-notices');

  // The information goes by itself; the error stays until dismissed.
  await expect(info).toHaveCount(0, { timeout: 10_000 });
  await expect(error).toBeVisible();
  await error.getByRole('button', { name: 'Dismiss' }).click();
  await expect(error).toHaveCount(0);
});

test('the Class menu and the class overview fit at the classroom sizes', async ({ lab, page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-layout-class-'));
  const files = ['Ada Lovelace', 'Bo', 'Cy'].map((name, i) => {
    const student = guidedLab(name, {
      'train/why': 'The validation loss rises after its minimum while the training loss falls.',
      'train/which': 1,
      'train/epoch': 3 + i,
    });
    const file = path.join(dir, `${name}.html`);
    const runs = [fakeRun(student, '1', [0.6, 0.4 - i / 20, 0.5, 0.7])];
    fs.writeFileSync(file, reportHtml(studentReport(student, runs)));
    return file;
  });
  await expectNoClipping(lab, page, [
    { name: 'menu-class', show: async () => page.locator('summary', { hasText: 'Class' }).click() },
    {
      name: 'class-overview',
      show: async () => {
        await page.getByRole('menuitem', { name: /Class overview/ }).click();
        await page.getByTestId('class-files-input').setInputFiles(files);
        await expect(page.getByTestId('class-row')).toHaveCount(3);
      },
    },
  ]);
  fs.rmSync(dir, { recursive: true, force: true });
});

test("the Labs dialog and a guided lab's steps panel fit at the classroom sizes", async ({
  lab,
  page,
}) => {
  const dialog = page.getByRole('dialog', { name: 'Labs' });
  const panel = page.getByTestId('steps-panel');
  await expectNoClipping(lab, page, [
    {
      name: 'labs-dialog',
      show: async () => {
        await page.getByRole('button', { name: 'Labs', exact: true }).click();
        await expect(dialog.getByTestId('library-entry').first()).toBeVisible();
      },
    },
    {
      name: 'steps-panel',
      show: async () => {
        await dialog
          .getByRole('button', { name: 'Open the quick version of Dropout with L2' })
          .click();
        await expect(panel.getByText(/^Step 1 of/)).toBeVisible();
      },
    },
    {
      name: 'steps-panel-questions',
      show: async () => {
        await panel.getByRole('button', { name: 'Next' }).click();
        await expect(panel.getByText(/^Step 2 of/)).toBeVisible();
        await panel.getByTestId('question').last().scrollIntoViewIfNeeded();
        await expect(panel.getByTestId('question').last()).toBeInViewport();
      },
    },
    {
      name: 'steps-palette',
      quick: true,
      show: async () => {
        await panel.getByRole('button', { name: 'Layers' }).click();
        await expect(page.locator('.palette')).toBeVisible();
      },
    },
  ]);
});
