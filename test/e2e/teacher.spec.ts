/**
 * Teacher mode end to end: a teacher authors a small lab on two moons (a step with text, a question
 * of each kind, an 'overfits' check, a setup), locks the dataset, a layer, the seed and the epochs,
 * and saves it for students; a student opens that file and cannot change what is locked, by
 * button, key or a script's input event; a copy unlocked by hand shows the "changed" line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseLabText, type LabFile } from '../../src-main/contract/lab.ts';
import { labFingerprint } from '../../src-main/contract/guide.ts';
import { expect, test } from './fixtures.ts';
import { shotAtSizes } from './own-server.ts';

const home = () => process.env.LAYERLAB_E2E_HOME ?? '';
const labsDir = () => path.join(home(), 'labs');
const autosaved = (): LabFile | null => {
  const file = path.join(home(), 'autosave.json');
  return fs.existsSync(file)
    ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { lab: LabFile }).lab
    : null;
};
const units = (lab: LabFile | null, name: string) =>
  (lab?.graph.nodes.find((n) => n.name === name)?.params as { units?: number } | undefined)?.units;

test('a teacher authors and locks a lab; a student cannot change what is locked', async ({
  lab,
  page,
}) => {
  await lab.useTemplate('Two moons');
  await page.getByLabel('Lab name').fill('Teacher moons');

  // Authoring, in teacher mode.
  await page.getByRole('button', { name: 'Teacher' }).click();
  const editor = page.getByTestId('guide-editor');
  await editor.getByRole('button', { name: 'Add steps' }).click();
  const step = editor.getByTestId('step-editor').first();
  await step.getByLabel('Step title').fill('Watch it overfit');
  await step
    .getByLabel('Step text', { exact: true })
    .fill('Train the **model** and watch `val_loss` <b>rise</b>.');
  await step.getByRole('button', { name: 'Preview' }).click();
  const preview = step.getByTestId('markdown-preview');
  await expect(preview.locator('strong')).toHaveText('model');
  await expect(preview.locator('b')).toHaveCount(0);
  await expect(preview).toContainText('<b>rise</b>');
  await step.getByRole('button', { name: 'Write' }).click();
  for (const kind of ['Short answer', 'Multiple choice', 'A number'])
    await step.getByLabel('Add a question').selectOption({ label: kind });
  const questions = step.getByTestId('question-editor');
  await expect(questions).toHaveCount(3);
  await questions.nth(0).getByLabel('Question', { exact: true }).fill('What do you see?');
  await questions.nth(1).getByLabel('Question', { exact: true }).fill('Does it overfit?');
  await questions.nth(1).getByLabel('Choices').fill('Yes\nNo\nNot yet');
  await questions.nth(1).getByLabel('Choices').blur();
  await questions.nth(1).getByLabel('Right answer').selectOption({ label: 'Yes' });
  await questions
    .nth(2)
    .getByLabel('Question', { exact: true })
    .fill('At which epoch is val_loss lowest?');
  await questions.nth(2).getByLabel('Unit').fill('epochs');
  await step.getByLabel('Add a check').selectOption({ label: 'A run overfits' });
  await expect(step.getByTestId('check-editor')).toContainText('val_loss rises for 3 epochs');
  await step.getByRole('button', { name: "Use the current model as this step's setup" }).click();
  await expect(step.getByTestId('step-setup')).toContainText('4 layers');

  // Locks: the dataset, the epochs, the seed (none set: locking sets one), a layer.
  await page.getByRole('tab', { name: 'Data & training' }).click();
  await page.getByRole('button', { name: 'Lock the dataset' }).click();
  await page.getByRole('button', { name: 'Lock the epochs' }).click();
  await page.getByText('More: subset, seed, labels').click();
  await page.getByRole('button', { name: 'Lock the seed' }).click();
  await expect(page.locator('#t-seed')).toHaveValue('1');
  await lab.select('dense');
  await page.getByRole('button', { name: 'Lock dense' }).click();
  await expect(lab.layer('dense').getByTestId('layer-lock')).toBeVisible();
  await shotAtSizes(page, 'teacher-editor');

  await page.getByRole('button', { name: 'Save for students…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('File name or full path').fill('teacher-moons');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();
  const file = path.join(labsDir(), 'teacher-moons.layerlab.json');
  const saved = parseLabText(fs.readFileSync(file, 'utf8'), file);
  const guide = saved.guide!;
  expect(guide.locks).toEqual({
    dataset: true,
    training: ['epochs', 'seed'],
    layers: ['n1'],
    structure: false,
  });
  expect(guide.fingerprint).toBe(labFingerprint(saved));
  expect(guide.steps[0].questions.map((q) => q.kind)).toEqual(['text', 'choice', 'number']);
  expect(guide.steps[0].questions[1]).toMatchObject({
    choices: ['Yes', 'No', 'Not yet'],
    correct: 0,
  });
  expect(guide.steps[0].checks).toEqual([{ kind: 'overfits', epochs: 3, where: {} }]);
  expect(guide.steps[0].setup?.graph?.nodes).toHaveLength(4);
  // Locked after the setup was taken: the setup follows the lock.
  expect(guide.steps[0].setup?.training?.seed).toBe(1);
  expect(saved.work).toEqual({ student: '', answers: {}, done: [] });

  // The student: teacher mode off, the file opened again.
  await page.getByRole('button', { name: 'Teacher' }).click();
  await lab.newLab();
  await page.getByRole('button', { name: 'Open…' }).click();
  await dialog
    .getByRole('button', { name: /Teacher moons/ })
    .first()
    .click();
  await expect(dialog).toBeHidden();
  await expect(lab.layer('dense').getByTestId('layer-lock')).toBeVisible();
  await expect(page.getByTestId('locked-changed')).toHaveCount(0);

  await page.getByRole('tab', { name: 'Data & training' }).click();
  await expect(page.getByRole('combobox', { name: 'Dataset' })).toBeDisabled();
  await expect(page.locator('#t-epochs')).toBeDisabled();
  await expect(page.getByRole('img', { name: 'the epochs is locked' })).toHaveAttribute(
    'title',
    /^Locked by the lab: the lesson compares runs with the same epochs\.$/,
  );
  // A script's input event on the disabled field reaches the editor, which refuses it.
  await page.locator('#t-epochs').evaluate((el: HTMLInputElement) => {
    el.value = '500';
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect(page.getByText('The epochs setting is locked by the lab')).toBeVisible();

  await lab.select('dense');
  await expect(lab.field('units')).toBeDisabled();
  await expect(
    page
      .getByRole('region', { name: 'Layer settings' })
      .getByRole('button', { name: 'Delete', exact: true }),
  ).toBeDisabled();
  await page.keyboard.press('Delete');
  await expect(page.getByText('Layer dense is locked by the lab')).toBeVisible();
  await expect(lab.layer('dense')).toBeVisible();

  // Unlocked things still edit; the autosave holds that edit and none of the refused ones.
  await lab.select('dense_1');
  await lab.field('units').fill('32');
  await expect(lab.layer('dense_1')).toContainText('32 units');
  await expect.poll(() => units(autosaved(), 'dense_1')).toBe(32);
  const after = autosaved()!;
  expect(units(after, 'dense')).toBe(units(saved, 'dense'));
  expect(after.training.epochs).toBe(saved.training.epochs);
  expect(after.dataset).toEqual(saved.dataset);
  expect(after.guide).toEqual(saved.guide);

  // A student unlocks the layer by editing the file: the panel says the lab was changed.
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as LabFile;
  raw.name = 'Teacher moons, unlocked';
  raw.guide!.locks.layers = [];
  fs.writeFileSync(
    path.join(labsDir(), 'teacher-moons-unlocked.layerlab.json'),
    JSON.stringify(raw),
  );
  await page.getByRole('button', { name: 'Open…' }).click();
  await dialog
    .getByRole('button', { name: /Teacher moons, unlocked/ })
    .first()
    .click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('locked-changed')).toHaveText(
    "This lab's locked parts were changed since the teacher saved it: your report will be flagged.",
  );
  await lab.shot('teacher-student-changed');
});
