/**
 * The L1-against-L2 lesson on real MNIST, in the Weights view: the 2x512 MLP trained three times
 * from the same initial weights (a seed) — plain, with L1(0.01) and with L2(0.01) on its first Dense
 * layer — and the view, with the three runs ticked, shows most of the L1 run's first-layer weights
 * at zero and the L2 run's histogram narrower than the plain one's. Needs MNIST in the data
 * directory (see global-setup.ts).
 *
 * Plain SGD (lr 0.1) on 1,000 examples, batches of 32, 5 epochs: 160 steps, enough for L1's
 * constant pull of lr * 0.01 per step to take every first-layer weight (|w| < 0.07 at the start) to
 * zero unless the data holds it, and for L2's decay to shrink them by (1 - 0.002)^160 ≈ 0.73; with
 * Adam both penalties zero the weights of MNIST's blank border pixels alike.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { shotAtSizes } from './own-server.ts';

const EPOCHS = 5;

async function train(page: Page, name: string) {
  await page.getByLabel('Lab name').fill(name);
  await page.getByRole('button', { name: /Train/ }).click();
  // The run's own row (newest first): the run bar may still show the previous run for a moment.
  const state = row(page, new RegExp(`^${name} #\\d+$`))
    .first()
    .getByTestId('run-state');
  await expect(state).toHaveText('done', { timeout: 180_000 });
}

/** A run's row in the runs list, by its name. */
const row = (page: Page, name: RegExp) =>
  page.getByTestId('run-row').filter({ has: page.getByRole('button', { name }) });

/** The number in a figures cell: "95.1%" -> 0.951, "1,234" -> 1234, "3.1e-5" -> 0.000031. */
async function figure(cell: Locator): Promise<number> {
  const text = (await cell.textContent())!.trim();
  const n = Number(text.replace(/[,%]/g, ''));
  expect(Number.isFinite(n), `"${text}" is a number`).toBe(true);
  return text.endsWith('%') ? n / 100 : n;
}

async function figuresOf(page: Page, run: RegExp) {
  const row = page.getByTestId('weight-figures-row').filter({ hasText: run });
  await expect(row).toHaveCount(1);
  return {
    sparsity: await figure(row.getByTestId('sparsity')),
    rms: await figure(row.getByTestId('rms')),
    l2: await figure(row.getByTestId('l2')),
  };
}

test('L1 zeroes the first layer, L2 narrows it: the Weights view on MNIST', async ({
  lab,
  page,
}) => {
  test.setTimeout(480_000);
  await lab.useTemplate('MLP 2x512');
  await lab.setTraining('epochs', String(EPOCHS));
  await expect(page.getByTestId('dataset-info')).toContainText('MNIST', { timeout: 60_000 });
  await lab.setTraining('batch size', '32');
  const side = page.locator('.side');
  await side.locator('#t-opt').selectOption('sgd');
  await lab.setTraining('learning rate', '0.1');
  await side.getByRole('radio', { name: /validation_split/ }).check();
  await side.locator('#t-split').fill('0.02');
  await page.getByText(/More: subset/).click();
  await side.locator('#t-subset').fill('1000');
  await side.locator('#t-seed').fill('7');

  await train(page, 'Plain');
  // The strength field beside the kind (it has no label of its own); Keras' default 0.01.
  const strength = () => lab.field('kernel regularizer').locator('..').locator('input');
  await lab.select('dense');
  await lab.field('kernel regularizer').selectOption('l1');
  await expect(strength()).toHaveValue('0.01');
  await train(page, 'L1 first layer');
  await lab.select('dense');
  await lab.field('kernel regularizer').selectOption('l2');
  await expect(strength()).toHaveValue('0.01');
  await train(page, 'L2 first layer');

  // The three runs stay ticked; the curves' view row opens the Weights view beside them.
  await expect(page.getByTestId('chart-loss')).toHaveAttribute('data-runs', '3');
  await page.getByTestId('inside-links').getByRole('button', { name: 'Weights' }).click();
  const panel = page.getByTestId('inspect-panel');
  await expect(panel.getByRole('tab', { name: 'Weights' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(panel.getByTestId('inspect-epoch')).toHaveText(`epoch ${EPOCHS} / ${EPOCHS}`);
  await expect(panel.getByRole('radio', { name: /^dense · 784×512$/ })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expect(panel.getByTestId('weights-histogram')).toHaveAttribute('data-runs', '3');
  for (const curve of ['sparsity', 'l1', 'l2', 'gradNorm'])
    await expect(panel.getByTestId(`weights-${curve}`)).toHaveAttribute('data-runs', '3');

  const plain = await figuresOf(page, /^Plain #\d+/);
  const l1 = await figuresOf(page, /^L1 first layer #\d+/);
  const l2 = await figuresOf(page, /^L2 first layer #\d+/);
  // L1: most first-layer weights are zero, far more than under L2 (which shrinks, not zeroes).
  expect(l1.sparsity).toBeGreaterThan(0.5);
  expect(l1.sparsity).toBeGreaterThan(l2.sparsity + 0.3);
  // L2: a narrower histogram than the plain model's.
  expect(l2.rms).toBeLessThan(0.9 * plain.rms);
  expect(l2.l2).toBeLessThan(0.9 * plain.l2);
  await shotAtSizes(page, 'inspect-weights');

  // Epoch 0, before training: one seed, so the three runs start from the same weights.
  await panel.getByRole('slider', { name: 'Epoch shown' }).fill('0');
  await expect(panel.getByTestId('inspect-epoch')).toHaveText(`epoch 0 / ${EPOCHS}`);
  const start = await Promise.all(
    [/^Plain #/, /^L1 first layer #/, /^L2 first layer #/].map((r) => figuresOf(page, r)),
  );
  expect(new Set(start.map((f) => f.l2)).size).toBe(1);
  expect(start[1].sparsity).toBeLessThan(0.05);

  // Play steps through the epochs to the last one.
  await panel.getByRole('button', { name: 'Play the epochs' }).click();
  await expect(panel.getByTestId('inspect-epoch')).toHaveText(`epoch ${EPOCHS} / ${EPOCHS}`);
  await expect(panel.getByRole('button', { name: 'Play the epochs' })).toBeVisible();

  // The log axis makes the rest of the L1 histogram readable beside its spike of zeros.
  await panel.getByLabel('Log scale').check();
  await shotAtSizes(page, 'inspect-weights-log');

  // The runs list says the same in a line per run; Escape goes back to the model.
  await expect(row(page, /^L1 first layer #\d+$/).getByTestId('run-insight')).toHaveText(
    `dense: ${(l1.sparsity * 100).toFixed(1)}% ~0 · L2 ${l1.l2}`,
  );
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page.getByTestId('layer-dense')).toBeVisible();

  // A row's Inspect action opens the Weights view on that run, ticking it first.
  const plainRow = row(page, /^Plain #\d+$/);
  await plainRow.getByRole('checkbox').uncheck();
  await plainRow.getByRole('button', { name: /^Inspect Plain #\d+$/ }).click();
  await expect(plainRow.getByRole('checkbox')).toBeChecked();
  await expect(panel.getByTestId('weight-figures-row')).toHaveCount(3);
});
