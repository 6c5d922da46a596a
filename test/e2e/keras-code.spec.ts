/**
 * Keras code both ways in the app: "Import Keras code" (paste or a .py file -> a lab, warnings with
 * their lines, refusals inside the dialog), the live "Keras code" view with its Copy button, and
 * Export > Python script (.py).
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { shotAtSizes } from './own-server.ts';

/** The course's first MNIST network, as Deep Learning with Python writes it. */
const MNIST_MLP = `import keras
from keras import layers
from keras.datasets import mnist

(train_images, train_labels), (test_images, test_labels) = mnist.load_data()
train_images = train_images.reshape((60000, 28 * 28)).astype("float32") / 255
test_images = test_images.reshape((10000, 28 * 28)).astype("float32") / 255

model = keras.Sequential([
    layers.Dense(512, activation="relu", input_shape=(784,)),
    layers.Dropout(0.5),
    layers.Dense(10, activation="softmax"),
])
model.compile(optimizer="rmsprop", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(train_images, train_labels, epochs=5, batch_size=128)
`;

/** The same network with a callback LayerLab has no counterpart for (line 14). */
const WITH_CHECKPOINT = MNIST_MLP.replace(
  'model.fit(train_images, train_labels, epochs=5, batch_size=128)',
  [
    'model.fit(train_images, train_labels, epochs=5, batch_size=128,',
    '          callbacks=[keras.callbacks.ModelCheckpoint("best.keras")])',
  ].join('\n'),
);
const CHECKPOINT_LINE = WITH_CHECKPOINT.split('\n').findIndex((l) => l.includes('ModelCheckpoint'));

const importDialog = (page: Page) => page.getByRole('dialog', { name: 'Import Keras code' });

async function openImport(page: Page) {
  await page.locator('summary', { hasText: 'Keras' }).click();
  await page.getByRole('menuitem', { name: /Import Keras code/ }).click();
  await expect(importDialog(page)).toBeVisible();
  await expect(importDialog(page).getByRole('textbox', { name: 'Keras code' })).toBeFocused();
}

/** Closes the dialog if it stayed up to list warnings. */
async function closeIfOpen(page: Page) {
  if (await importDialog(page).isVisible()) await page.keyboard.press('Escape');
  await expect(importDialog(page)).toBeHidden();
}

test('paste a Sequential MNIST model: the canvas shows its layers, on MNIST; Undo brings the old lab back', async ({
  lab,
  page,
}) => {
  await lab.useTemplate('Small CNN');
  await expect(lab.layer('conv2d_1')).toBeVisible();

  await openImport(page);
  await importDialog(page).getByRole('textbox', { name: 'Keras code' }).fill(MNIST_MLP);
  // Ctrl+Enter imports here (elsewhere it would start training).
  await page.keyboard.press('Control+Enter');
  await expect(lab.layer('dense')).toContainText('512 units');
  await closeIfOpen(page);

  await expect(lab.layer('dense')).toContainText('relu');
  await expect(lab.layer('dropout')).toContainText('rate 0.5');
  await expect(lab.layer('dense_1')).toContainText('10 units');
  await expect(lab.layer('dense_1')).toContainText('softmax');
  await expect(lab.layer('conv2d_1')).toHaveCount(0);
  // 784*512+512 + 512*10+10
  await expect(page.getByText('407,050 parameters')).toBeVisible();
  await expect(page.getByTitle('Dataset and training settings')).toHaveText(/^\s*MNIST ·/);
  await expect(page.getByRole('button', { name: /Stop/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(lab.layer('conv2d_1')).toBeVisible();
  await expect(lab.layer('dropout')).toContainText('rate 0.5');
});

test('a .py file dropped, with a callback LayerLab lacks: imported, the warning names its line, clicking it selects the line', async ({
  lab,
  page,
}) => {
  await openImport(page);
  const dialog = importDialog(page);
  // Dropped on the code box, as from a file manager.
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'mnist_checkpoint.py', { type: 'text/x-python' }));
    return transfer;
  }, WITH_CHECKPOINT);
  const zone = dialog.getByRole('group', { name: 'Code, or drop a .py file' });
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
  const box = dialog.getByRole('textbox', { name: 'Keras code' });
  await expect(box).toHaveValue(WITH_CHECKPOINT);
  await expect(dialog.getByText('mnist_checkpoint.py')).toBeVisible();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();

  await expect(lab.layer('dense')).toContainText('512 units');
  await expect(dialog.getByRole('heading', { name: /Imported, with \d+ warnings?/ })).toBeVisible();
  const line = dialog.getByRole('button', { name: `Line ${CHECKPOINT_LINE + 1}`, exact: true });
  await expect(line).toBeVisible();
  await line.click();
  const selected = await box.evaluate((el: HTMLTextAreaElement) =>
    el.value.slice(el.selectionStart, el.selectionEnd),
  );
  expect(selected).toContain('ModelCheckpoint');
  await shotAtSizes(page, 'keras-import-warnings');

  // Esc closes; the imported lab stays.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(lab.layer('dropout')).toContainText('rate 0.5');
});

test('a file that is not Python: one sentence inside the dialog, and the lab stays as it was', async ({
  lab,
  page,
}) => {
  await lab.useTemplate('Small CNN');
  await expect(lab.layer('conv2d_1')).toBeVisible();
  await openImport(page);
  const dialog = importDialog(page);
  // A file that says .py but holds C, chosen with the dialog's file button.
  await dialog.getByLabel('Open a .py file…').setInputFiles({
    name: 'model.py',
    mimeType: 'text/x-python',
    buffer: Buffer.from('#include <stdio.h>\nint main(void) { return 0; }\n'),
  });
  await expect(dialog.getByText('model.py', { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toBeVisible();
  // The importer's own sentence: it names the file and says it is not Python.
  await expect(alert).toHaveText(/model\.py.*Python/);
  await expect(dialog).toBeVisible();
  await expect(lab.layer('conv2d_1')).toBeVisible();
  await lab.shot('keras-import-refused');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(lab.layer('conv2d_1')).toBeVisible();
});

test('the Keras code view follows the lab, copies, and Export > Python script downloads it', async ({
  lab,
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await lab.useTemplate('Small MLP');
  await expect(lab.layer('dense')).toContainText('16 units');

  await page.locator('summary', { hasText: 'Keras' }).click();
  await page.getByRole('menuitem', { name: /Show the Keras code/ }).click();
  await expect(page.getByRole('tab', { name: 'Keras code' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const code = page.getByTestId('keras-code');
  await expect(code).toContainText('Dense(16, activation="relu")');
  await expect(code).toContainText('Dense(10, activation="softmax")');
  // Highlighted by lezer's Python parser: keywords and strings have their classes.
  await expect(code.locator('.tok-keyword').first()).toBeVisible();
  await expect(code.locator('.tok-string', { hasText: '"relu"' }).first()).toBeVisible();

  // An edit in the inspector shows in the code.
  await lab.select('dense');
  await lab.field('units').fill('32');
  await expect(lab.layer('dense')).toContainText('32 units');
  await page.getByRole('tab', { name: 'Keras code' }).click();
  await expect(code).toContainText('Dense(32, activation="relu")');
  await expect(code).not.toContainText('Dense(16, activation="relu")');
  // ...and so does an undo, with the view up.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(code).toContainText('Dense(16, activation="relu")');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(code).toContainText('Dense(32, activation="relu")');

  await page.getByRole('tabpanel').getByRole('button', { name: 'Copy' }).click();
  await expect(page.getByRole('tabpanel').getByRole('status')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Dense(32, activation="relu")');
  expect(copied).toBe(await code.textContent());
  await shotAtSizes(page, 'keras-code-view');

  await page.locator('summary', { hasText: 'Keras' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: /Export: Python script \(\.py\)/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('MLP_16.py');
  const script = fs.readFileSync((await download.path())!, 'utf8');
  expect(script).toBe(copied);

  // A lab Keras would stop at: the script says so above the code, and the view stays up.
  await lab.newLab();
  await expect(page.getByRole('tab', { name: 'Keras code' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const warnings = page.getByRole('list', { name: 'What the script cannot say exactly' });
  await expect(warnings.getByRole('listitem').first()).toBeVisible();
  await expect(code).not.toContainText('Dense(');
  await lab.shot('keras-code-warnings');
});

test('a .py file dropped on the canvas opens the import dialog with its code', async ({
  lab,
  page,
}) => {
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'mnist_mlp.py', { type: 'text/x-python' }));
    return transfer;
  }, MNIST_MLP);
  await lab.canvas.dispatchEvent('drop', { dataTransfer });
  const dialog = importDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Keras code' })).toHaveValue(MNIST_MLP);
  await expect(dialog.getByText('mnist_mlp.py', { exact: true })).toBeVisible();
  await page.keyboard.press('Control+Enter');
  await expect(lab.layer('dense')).toContainText('512 units');
  await closeIfOpen(page);
});

test('code past the host limit: a sentence in the dialog, without highlighting the megabyte', async ({
  lab,
  page,
}) => {
  await lab.useTemplate('Small CNN');
  await openImport(page);
  const dialog = importDialog(page);
  const box = dialog.getByRole('textbox', { name: 'Keras code' });
  // As a paste would put it in (Playwright's fill is slow with a megabyte).
  await box.evaluate((el: HTMLTextAreaElement) => {
    el.value = 'x = 1\n'.repeat(170_000);
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  });
  await expect(box).toHaveClass(/plain/);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    'The code is 1,020,000 characters long and LayerLab imports at most 1,000,000 characters',
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(lab.layer('conv2d_1')).toBeVisible();
});
