/**
 * A class server (`layerlab serve --class`) with two students in their own browsers and the teacher
 * in a third: they sign in with their codes and get the app; with one trainer for the class the
 * second student's run waits and says its place; the teacher's page shows both, live.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { findClipping } from './clipping.ts';
import { LabPage } from './fixtures.ts';
import { shotAtSizes, SIZES } from './own-server.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
let child: ChildProcess | null = null;
let home = '';

test.afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  if (home) fs.rmSync(home, { recursive: true, force: true });
});

/** Starts the class server; resolves with the students' and the teacher's addresses. */
function startClassServer(list: string): Promise<{ url: string; teacher: string }> {
  child = spawn(
    process.execPath,
    [
      path.join(root, 'src-main/cli/layerlab.mjs'),
      ...['serve', '--class', '--port', '0', '--class-list', list, '--max-trainers', '1'],
    ],
    {
      cwd: root,
      // The plain JavaScript backend, as in queue.spec.ts: this spec is about the class, not speed.
      env: { ...process.env, LAYERLAB_HOME: home, LAYERLAB_BACKEND: 'cpu' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const deadline = setTimeout(() => reject(new Error(`No address in 60 s:\n${output}`)), 60_000);
    child!.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /running at (http:\/\/[^/\s]+\/)/.exec(output)?.[1];
      const teacher = /(http:\/\/\S+\/teacher\?token=\S+)/.exec(output)?.[1];
      if (url && teacher) {
        clearTimeout(deadline);
        resolve({ url, teacher });
      }
    });
    child!.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child!.on('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
}

async function expectNoClipping(page: Page, name: string): Promise<void> {
  for (const { width, height } of SIZES) {
    await page.setViewportSize({ width, height });
    expect.soft(await findClipping(page), `${name} at ${width}x${height}`).toEqual([]);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function signIn(browser: Browser, url: string, code: string, name: string) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(url);
  await page.getByLabel('Your code').fill(code);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(/Trains on/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('student-badge')).toContainText(name);
  const lab = new LabPage(page);
  await lab.useTemplate('Two moons');
  return lab;
}

test('two students sign in, train in turns, and the teacher sees both', async ({ browser }) => {
  test.setTimeout(180_000);
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-e2e-class-'));
  const list = path.join(home, 'class.txt');
  fs.writeFileSync(list, 'Anna Berg\nBen Okafor\nCy Dubois\n');
  const { url, teacher } = await startClassServer(list);
  const codes = Object.fromEntries(
    fs
      .readFileSync(list, 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(',')),
  );

  const signInPage = await (await browser.newContext()).newPage();
  await signInPage.goto(url);
  await signInPage.getByLabel('Your code').fill('AAAA-AA');
  await signInPage.getByRole('button', { name: 'Sign in' }).click();
  await expect(signInPage.getByRole('alert')).toHaveText(/not on the class list/);
  await expectNoClipping(signInPage, 'the sign-in page');
  await shotAtSizes(signInPage, 'class-sign-in');

  const anna = await signIn(browser, url, codes['Anna Berg'], 'Anna Berg');
  const ben = await signIn(browser, url, codes['Ben Okafor'], 'Ben Okafor');
  await anna.setTraining('epochs', '500');
  await ben.setTraining('epochs', '2');
  await anna.page.getByRole('button', { name: /Train/ }).click();
  await expect(anna.page.getByTestId('run-status')).toContainText('training', { timeout: 60_000 });
  await ben.page.getByRole('button', { name: /Train/ }).click();
  await expect(ben.page.getByTestId('run-status')).toContainText('next in line for a trainer');
  await expect(ben.page.getByTestId('run-place')).toHaveCount(2); // the run bar and the runs list
  await expectNoClipping(ben.page, "a student's app");
  await shotAtSizes(ben.page, 'class-student-queued');

  const teacherPage = await (await browser.newContext()).newPage();
  await teacherPage.goto(teacher);
  const row = (name: string) => teacherPage.locator('tr', { hasText: name });
  await expect(row('Anna Berg')).toContainText('online');
  await expect(row('Anna Berg')).toContainText('1 running · 0 queued · 0 done');
  await expect(row('Ben Okafor')).toContainText('0 running · 1 queued · 0 done');
  await expect(row('Cy Dubois')).toContainText('not signed in');
  await expect(teacherPage.getByRole('region', { name: 'Waiting for a trainer' })).toContainText(
    'Ben Okafor',
  );
  await expectNoClipping(teacherPage, "the teacher's page");
  await shotAtSizes(teacherPage, 'class-teacher');

  // Anna stops; Ben's run takes the trainer and ends; the teacher's page follows by itself.
  await anna.page.getByRole('button', { name: /Stop/ }).click();
  await expect(ben.page.getByTestId('run-status')).toContainText('done', { timeout: 90_000 });
  await expect(row('Ben Okafor')).toContainText('0 running · 0 queued · 1 done');
  await expect(row('Ben Okafor')).toContainText('epoch 2/2');
  await expect(row('Anna Berg')).toContainText('0 running · 0 queued · 1 done');
  await shotAtSizes(teacherPage, 'class-teacher-done');
  await shotAtSizes(ben.page, 'class-student-done');

  // A latecomer: the teacher adds a student, whose code can be read out at once.
  await teacherPage.getByLabel('Add student').fill('Dana Lee');
  await teacherPage.getByRole('button', { name: 'Add student' }).click();
  await expect(row('Dana Lee')).toContainText(/[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}/);
  await expect(row('Dana Lee')).toContainText('not signed in');

  // Sign out ends the session: the next visit is the sign-in page.
  await ben.page.getByRole('button', { name: 'Sign out' }).click();
  await expect(ben.page.getByLabel('Your code')).toBeVisible();
});
