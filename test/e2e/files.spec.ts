import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures.ts';

/** The host's autosave slot (in the suite's LAYERLAB_HOME), or '' before the first write. */
const autosaved = () => {
  const file = path.join(process.env.LAYERLAB_E2E_HOME ?? '', 'autosave.json');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
};

test('save a lab, start another, and open the first again', async ({ lab, page }) => {
  await lab.useTemplate('Small CNN');
  await expect(lab.layer('conv2d_1')).toBeVisible();
  await page.getByLabel('Lab name').fill('CNN for the files test');

  await page.getByRole('button', { name: 'Save as…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('File name or full path').fill('e2e-cnn');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('lab-file')).toContainText('e2e-cnn.layerlab.json');

  await lab.newLab();
  await expect(lab.layer('conv2d')).toHaveCount(0);

  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(dialog.getByRole('button', { name: /CNN for the files test/ })).toBeVisible();
  await lab.shot('files-open-dialog');
  await dialog
    .getByRole('button', { name: /CNN for the files test/ })
    .first()
    .click();
  await expect(dialog).toBeHidden();
  await expect(lab.layer('conv2d_1')).toBeVisible();
  await expect(lab.layer('dropout')).toContainText('rate 0.5');
  await expect(page.getByLabel('Lab name')).toHaveValue('CNN for the files test');
  await expect(page.getByTestId('lab-file')).toContainText('e2e-cnn.layerlab.json');
});

test('autosave: a reload brings back unsaved edits', async ({ lab, page }) => {
  await lab.useTemplate('IMDB 16-16-1');
  await lab.select('dense');
  await lab.field('units').fill('48');
  await expect(lab.layer('dense')).toContainText('48 units');
  // Autosave writes shortly after the last edit; a closed tab or a crash loses at most that moment.
  await expect.poll(autosaved).toMatch(/"units":\s*48\b/);
  await page.reload();
  await expect(page.getByText(/Trains on/)).toBeVisible();
  await expect(lab.layer('dense')).toContainText('48 units');
  await expect(page.getByLabel('Lab name')).toHaveValue('IMDB 16-16-1');
  await expect(page.getByText(/edited/)).toBeVisible();
  await lab.shot('files-autosave-restored');
});
