import { expect, test } from './fixtures.ts';

test('build a model by dragging layers from the palette and connecting them', async ({
  lab,
  page,
}) => {
  await lab.newLab();
  // To the right of the Input, apart from it: these connections are dragged by hand.
  await lab.dragLayer('Flatten', 625, 50);
  await lab.dragLayer('Dense', 625, 200);
  await expect(page.locator('.svelte-flow__node')).toHaveCount(3);
  await expect(page.locator('.svelte-flow__edge')).toHaveCount(0);
  await lab.connect('input', 'flatten');
  await lab.connect('flatten', 'dense');
  await expect(page.locator('.svelte-flow__edge')).toHaveCount(2);

  // Dropped just under a layer with a free output, a layer attaches to it.
  await lab.dragLayer('Dense', 625, 300);
  await expect(lab.layer('dense_1')).toBeVisible();
  await expect(page.locator('.svelte-flow__edge')).toHaveCount(3);

  // Shapes and parameter counts follow the connections: 28*28 = 784 inputs into 64 units.
  await expect(lab.layer('flatten').getByTestId('shape')).toHaveText('(None, 784)');
  await expect(lab.layer('dense').getByTestId('shape')).toHaveText('(None, 64)');
  await expect(lab.layer('dense').getByTestId('param-count')).toHaveText('50,240 params');

  // Set units in the inspector and watch the shape and the count change.
  await lab.select('dense_1');
  await lab.field('units').fill('10');
  await lab.field('activation').selectOption('softmax');
  await expect(lab.layer('dense_1').getByTestId('shape')).toHaveText('(None, 10)');
  await expect(lab.layer('dense_1').getByTestId('param-count')).toHaveText('650 params');
  await expect(page.getByText('50,890 parameters')).toBeVisible();
  await expect(page.getByTestId('issue')).toHaveCount(0);
  await lab.fitView();
  await lab.shot('editor-drag-connect');
});

test('dropping a layer onto a connection puts it in between', async ({ lab, page }) => {
  await lab.useTemplate('MLP 2x512');
  await expect(lab.layer('dense_2')).toBeVisible();
  // Drop halfway between dense and dense_1, on the connection that joins them.
  const above = (await lab.layer('dense').boundingBox())!;
  const below = (await lab.layer('dense_1').boundingBox())!;
  const canvas = (await lab.canvas.boundingBox())!;
  const x = above.x + above.width / 2 - canvas.x;
  const y = (above.y + above.height + below.y) / 2 - canvas.y;
  await lab.dragLayer('Dropout', x, y);
  await expect(lab.layer('dropout')).toBeVisible();
  await expect(page.locator('.svelte-flow__edge')).toHaveCount(5);
  await expect(lab.layer('dropout').getByTestId('shape')).toHaveText('(None, 512)');
  await expect(page.getByTestId('issue')).toHaveCount(0);
  await lab.shot('editor-drop-on-edge');
});

test('keyboard: add a layer, move the selection, reorder, delete, undo, copy and paste', async ({
  lab,
  page,
}) => {
  await lab.useTemplate('Two moons');
  await expect(lab.layer('dense_2')).toBeVisible();
  await lab.select('dense');

  // Find a layer with the palette filter and add it after the selection with Enter.
  await page.keyboard.press('/');
  await page.keyboard.type('Dropout');
  await page.keyboard.press('Enter');
  await expect(lab.layer('dropout')).toBeVisible();
  await expect(page.locator('.svelte-flow__edge')).toHaveCount(4);
  await expect(lab.node('dropout')).toBeFocused();

  // Arrow keys move the selection along the model; the focused layer shows a focus ring.
  await page.keyboard.press('ArrowDown');
  await expect(lab.node('dense_1')).toBeFocused();
  await expect(lab.node('dense_1')).toHaveClass(/selected/);
  await page.keyboard.press('ArrowUp');
  await expect(lab.node('dropout')).toBeFocused();

  // Alt+Up moves Dropout above dense: Input -> dropout -> dense.
  await page.keyboard.press('Alt+ArrowUp');
  await lab.select('input');
  await page.keyboard.press('ArrowDown');
  await expect(lab.node('dropout')).toHaveClass(/selected/);
  await lab.shot('editor-keyboard');

  // Delete, then undo and redo.
  await page.keyboard.press('Delete');
  await expect(lab.layer('dropout')).toHaveCount(0);
  await expect(page.locator('.svelte-flow__edge')).toHaveCount(3);
  await page.keyboard.press('Control+z');
  await expect(lab.layer('dropout')).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(lab.layer('dropout')).toHaveCount(0);

  // Copy a layer and paste it: a new name, same settings.
  await lab.select('dense_1');
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(lab.layer('dense_3')).toBeVisible();
  await expect(lab.layer('dense_3')).toContainText('64 units · relu');
  await page.keyboard.press('Control+d');
  await expect(lab.layer('dense_4')).toBeVisible();
});
