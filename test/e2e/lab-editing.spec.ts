/**
 * The lab as a whole, as a student edits it: a template that keeps their training settings (or
 * not, as they answer), the lab's description, layers dropped where they fit, and a Keras
 * model.to_json() file opened from Open… (by path on the host, and by upload).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures.ts';
import { shotAtSizes } from './own-server.ts';

const KERAS_MLP = fileURLToPath(new URL('../fixtures/keras/keras3/mlp.json', import.meta.url));
const labsDir = () => path.join(process.env.LAYERLAB_E2E_HOME ?? '', 'labs');

test('a template asks once whose training settings it gets; one Undo puts the lab back', async ({
  lab,
  page,
}) => {
  await lab.newLab();
  await lab.setTraining('epochs', '5');
  await page.locator('summary', { hasText: 'Templates' }).click();
  await page.getByRole('menuitem', { name: /Small CNN/ }).click();
  const ask = page.getByRole('dialog', { name: 'Training settings for Small CNN' });
  await expect(ask).toBeVisible();
  await expect(ask.getByTestId('settings-yours')).toHaveText(
    'RMSprop lr 0.001, 5 epochs, batch 128, validation on the test set',
  );
  await expect(ask.getByTestId('settings-template')).toHaveText(
    'Adam lr 0.001, 15 epochs, batch 128, validation 10%',
  );
  await shotAtSizes(page, 'template-question');
  await ask.getByRole('button', { name: 'Keep mine' }).click();
  await expect(ask).toBeHidden();
  await expect(lab.layer('conv2d_1')).toBeVisible();
  await expect(lab.field('epochs')).toHaveValue('5');

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(lab.layer('conv2d')).toHaveCount(0);
  await expect(page.locator('.svelte-flow__node')).toHaveCount(1);
  await expect(lab.field('epochs')).toHaveValue('5');

  // Answered once: the next template keeps the settings without asking; its data comes along.
  await lab.useTemplate('Two moons');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(lab.layer('dense_2')).toBeVisible();
  await lab.setTraining('epochs', '5'); // the tab shows; the value must already be there
  await expect(lab.field('epochs')).toHaveValue('5');
  await expect(page.getByTestId('dataset-info')).toContainText(/moons/i);
});

test('the lab description shows, edits, saves and opens again', async ({ lab, page }) => {
  await lab.newLab();
  await page.getByRole('tab', { name: 'Data & training' }).click();
  const description = page.getByLabel('About this lab');
  await expect(description).toHaveValue('');
  await lab.useTemplate('Small MLP');
  await expect(description).toHaveValue('One hidden Dense(16, relu) layer on MNIST.');
  const mine = 'Capacity lab, week 3.\nTry 16, 64 and 512 units; compare the gaps.';
  await description.fill(mine);
  await shotAtSizes(page, 'lab-description');

  await page.getByRole('button', { name: 'Save as…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('File name or full path').fill('e2e-described');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();
  const saved = JSON.parse(
    fs.readFileSync(path.join(labsDir(), 'e2e-described.layerlab.json'), 'utf8'),
  );
  expect(saved.description).toBe(mine);

  await lab.newLab();
  await expect(description).toHaveValue('');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(description).toHaveValue(mine);
  await lab.newLab();
  await page.getByRole('button', { name: 'Open…' }).click();
  await dialog.getByLabel('File name or full path').fill('e2e-described');
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(description).toHaveValue(mine);
});

test('layers dropped on empty canvas land clear of the others; under the last one, they connect', async ({
  lab,
  page,
}) => {
  await lab.newLab();
  const input = (await lab.layer('input').boundingBox())!;
  const canvas = (await lab.canvas.boundingBox())!;
  // Right on top of the Input (the end of the chain): it goes under it, connected.
  await lab.dragLayer('Flatten', input.x + input.width / 2 - canvas.x, input.y + 10 - canvas.y);
  await expect(page.locator('.svelte-flow__edge')).toHaveCount(1);
  // Far off to the side: where it was dropped, unconnected.
  await lab.dragLayer('Dense', canvas.width - 160, 80);
  // Just above it, half over it: it moves clear of it, unconnected too (dropped on or under a
  // chain's end, it would continue that chain).
  await lab.dragLayer('Dropout', canvas.width - 160, 50);
  await expect(page.locator('.svelte-flow__edge')).toHaveCount(1);
  // A palette click: after the selected layer, at the end of its chain, connected.
  await lab.select('flatten');
  await page.locator('.palette [data-kind="Dense"]').click();
  await expect(page.locator('.svelte-flow__edge')).toHaveCount(2);
  await expect(page.locator('.svelte-flow__node')).toHaveCount(5);

  const boxes = await page.locator('.svelte-flow__node').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.getAttribute('data-id'), x: r.x, y: r.y, w: r.width, h: r.height };
    }),
  );
  for (const a of boxes)
    for (const b of boxes) {
      if (a.id === b.id) continue;
      const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
      expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
    }
  await shotAtSizes(page, 'canvas-drops');
});

test('Open… reads a Keras model.to_json() file, by path and by upload', async ({ lab, page }) => {
  await lab.newLab();
  fs.mkdirSync(labsDir(), { recursive: true });
  fs.copyFileSync(KERAS_MLP, path.join(labsDir(), 'mnist_mlp.json'));
  fs.writeFileSync(path.join(labsDir(), 'notes.json'), '{"hello": "world"}');

  // By path, as the desktop app opens what its file dialog picked.
  await page.getByRole('button', { name: 'Open…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('File name or full path').fill('mnist_mlp.json');
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Lab name')).toHaveValue('mnist_mlp');
  await expect(lab.layer('dropout_1')).toBeVisible();
  await expect(page.getByTestId('lab-file')).toContainText('not saved yet');
  await expect(page.getByTestId('notice-info').filter({ hasText: /MNIST/ })).toBeVisible();
  await lab.shot('keras-json-opened');

  // By upload: a file that is neither a lab nor a Keras model gets one sentence.
  await lab.newLab();
  await page.getByRole('button', { name: 'Open…' }).click();
  await dialog
    .getByLabel(/Upload from this computer/)
    .setInputFiles(path.join(labsDir(), 'notes.json'));
  await expect(page.getByTestId('notice-error')).toContainText(
    "notes.json is neither a LayerLab lab nor a Keras model JSON: open a lab saved by LayerLab (.layerlab.json), or a file holding the text that Keras' model.to_json() returns.",
  );
  await dialog.getByLabel(/Upload from this computer/).setInputFiles(KERAS_MLP);
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Lab name')).toHaveValue('mlp');
  await expect(lab.layer('dropout_1')).toBeVisible();
});
