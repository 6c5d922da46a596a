import { expect, test } from './fixtures.ts';

test('an invalid graph shows the engine’s sentence at the layer at fault', async ({
  lab,
  page,
}) => {
  await lab.useTemplate('MLP 2x512');
  await expect(lab.layer('flatten')).toBeVisible();
  await expect(page.getByTestId('issue')).toHaveCount(0);

  // Without Flatten, the first Dense gets an image: the engine says what to do, at that layer.
  await lab.select('flatten');
  await page.keyboard.press('Delete');
  await expect(lab.layer('flatten')).toHaveCount(0);
  const issue = lab.layer('dense').getByTestId('issue');
  await expect(issue).toContainText(
    "Dense layer 'dense' gets a [28, 28, 1] tensor but needs a flat vector",
  );
  await expect(issue).toContainText('add a Flatten layer before it');
  await expect(lab.layer('dense')).toHaveClass(/invalid/);

  // A value out of range: the same sentence in the inspector, next to the field.
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('issue')).toHaveCount(0);
  await lab.select('dense_1');
  await lab.field('units').fill('0');
  await expect(lab.layer('dense_1').getByTestId('issue')).toContainText(
    'units is 0; it must be from 1 to 65536',
  );
  await expect(page.locator('.side').getByRole('alert')).toContainText('units is 0');

  // Train refuses, pointing at the problem.
  await page.getByRole('button', { name: /Train/ }).click();
  await expect(page.getByTestId('notice-error')).toContainText('Not ready to train');
  await lab.shot('validation-messages');
});

test('the output layer must fit the dataset', async ({ lab, page }) => {
  await lab.useTemplate('Two moons');
  await expect(lab.layer('dense_2')).toBeVisible();
  await lab.select('dense_2');
  await lab.field('units').fill('3');
  // The dataset check (checkCompatibility) runs in the editor as it does in the trainer.
  await expect(lab.layer('dense_2').getByTestId('issue')).toContainText('has 2 classes');
  await lab.field('units').fill('2');
  await expect(page.getByTestId('issue')).toHaveCount(0);
});
