/**
 * The student's side of a guided lab: a lab file with steps opens with its steps panel; each kind
 * of question is answered and, with the ticks and the name, comes back after a reload (autosave);
 * Markdown with raw HTML and a javascript: link renders as text, inert; "Set up this step" changes
 * the model and one Undo puts it back, answers kept.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

const autosaved = () => {
  const file = path.join(process.env.LAYERLAB_E2E_HOME ?? '', 'autosave.json');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
};

const HOSTILE = [
  'Read this first. <script>window.__xss = 1</script>',
  '',
  '<img src="x" onerror="window.__xss = 2">',
  '',
  '[a bad link](javascript:window.__xss=3) and [a good one](https://example.org/guide).',
].join('\n');

/** The two-moons library lab with a guide of our own: hostile Markdown, every kind of question. */
function guidedLab(): string {
  const lab = JSON.parse(
    fs.readFileSync(path.join(root, 'labs/library/moons-playground.layerlab.json'), 'utf8'),
  );
  const setupGraph = structuredClone(lab.graph);
  setupGraph.nodes[1].params.units = 77;
  lab.name = 'Guided e2e';
  lab.guide = {
    id: 'e2e.guided',
    topic: 'playground',
    minutes: 5,
    author: 'e2e',
    locks: { dataset: false, training: [], layers: [], structure: false },
    fingerprint: null,
    steps: [
      {
        id: 'first',
        title: 'Questions of every kind',
        text: HOSTILE,
        setup: { graph: setupGraph },
        checks: [],
        questions: [
          { kind: 'text', id: 'why', prompt: 'Why does it **overfit**?' },
          {
            kind: 'choice',
            id: 'which',
            prompt: 'Which is bigger?',
            choices: ['A', 'B', 'C'],
            correct: 1,
          },
          { kind: 'number', id: 'epoch', prompt: 'Best epoch?', unit: 'epochs' },
        ],
      },
      {
        id: 'second',
        title: 'The second step',
        text: 'Nothing to do.',
        questions: [],
        checks: [],
        setup: null,
      },
    ],
  };
  lab.work = { student: '', answers: {}, done: [] };
  return JSON.stringify(lab);
}

async function upload(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Open…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open lab' });
  await dialog.locator('input[type=file]').setInputFiles({
    name: 'guided-e2e.layerlab.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(dialog).toBeHidden();
}

test('a guided lab: answers and ticks autosave, Markdown is inert, a step sets up and undoes', async ({
  lab,
  page,
}) => {
  await upload(page, guidedLab());
  const panel = page.getByTestId('steps-panel');
  await expect(panel.getByRole('heading', { name: 'Questions of every kind' })).toBeVisible();
  await expect(panel.getByTestId('lab-minutes')).toHaveText('about 5 minutes');

  // Raw HTML is text; the javascript: link is no link; the https one opens outside.
  const text = panel.getByTestId('step-text');
  await expect(text).toContainText('<script>window.__xss = 1</script>');
  // (The typographer curls the quotes.)
  await expect(text).toContainText(/<img src=.x. onerror=.window.__xss = 2.>/);
  await expect(text.locator('script, img, [onerror]')).toHaveCount(0);
  await expect(text.locator('a')).toHaveCount(1);
  await expect(text.locator('a')).toHaveAttribute('href', 'https://example.org/guide');
  await expect(text.locator('a')).toHaveAttribute('target', '_blank');
  await expect(text.locator('a')).toHaveAttribute('rel', /noopener/);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  await expect(panel.locator('.question strong')).toHaveText('overfit');
  await lab.shot('guide-step');

  // One answer of each kind, a name and a tick.
  await panel.getByLabel('Your name').fill('Ada');
  await panel.getByRole('textbox', { name: 'Why does it overfit?' }).fill('Too many weights');
  await panel.getByRole('radio', { name: 'B' }).check();
  await panel.getByRole('spinbutton', { name: 'Best epoch?' }).fill('42');
  await panel.getByRole('spinbutton', { name: 'Best epoch?' }).blur();
  await expect(panel.getByText('epochs', { exact: true })).toBeVisible();
  await panel.getByRole('checkbox', { name: 'I have done this step' }).check();
  await expect.poll(autosaved).toMatch(/"first\/epoch":\s*42/);
  expect(autosaved()).toMatch(/"first\/why":\s*"Too many weights"/);

  await page.reload();
  await expect(page.getByText(/Trains on/)).toBeVisible({ timeout: 60_000 });
  // A ticked step is behind: the panel opens at the first step not done.
  await expect(panel.getByRole('heading', { name: 'The second step' })).toBeVisible();
  await panel.getByRole('button', { name: 'Back' }).click();
  await expect(panel.getByRole('heading', { name: 'Questions of every kind' })).toBeVisible();
  await expect(panel.getByLabel('Your name')).toHaveValue('Ada');
  await expect(panel.getByRole('textbox', { name: 'Why does it overfit?' })).toHaveValue(
    'Too many weights',
  );
  await expect(panel.getByRole('radio', { name: 'B' })).toBeChecked();
  await expect(panel.getByRole('spinbutton', { name: 'Best epoch?' })).toHaveValue('42');
  await expect(panel.getByRole('checkbox', { name: 'I have done this step' })).toBeChecked();
  await expect(panel.getByRole('checkbox', { name: 'Questions of every kind done' })).toBeChecked();

  // "Set up this step": the model changes, the notice says how, one Undo puts it back.
  await expect(lab.layer('dense')).toContainText('64 units');
  await panel.getByRole('button', { name: 'Set up this step' }).click();
  await expect(lab.layer('dense')).toContainText('77 units');
  await expect(page.getByText(/Set up “Questions of every kind”: .*77/)).toBeVisible();
  // An answer given after it is no undo step: Undo takes the setup back and keeps the answer.
  await panel.getByRole('spinbutton', { name: 'Best epoch?' }).fill('43');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(lab.layer('dense')).toContainText('64 units');
  await expect(panel.getByRole('spinbutton', { name: 'Best epoch?' })).toHaveValue('43');
});
