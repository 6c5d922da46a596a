/**
 * A run store damaged in the middle, as the user meets it: the app shows the sentence in its one
 * notice area with a button that moves the damaged store aside (kept) and lists the runs it saved.
 * Its own `layerlab serve` on its own LAYERLAB_HOME, so the shared server's store is never touched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { RunStore } from '../../src-main/store/run-store.ts';
import { corruptTables, tinyLab } from '../unit/store/helpers.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
let server: ChildProcess | null = null;
let home = '';

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  if (home) fs.rmSync(home, { recursive: true, force: true });
});

function serve(): Promise<string> {
  server = spawn(
    process.execPath,
    [path.join(root, 'src-main/cli/layerlab.mjs'), 'serve', '--port', '0'],
    {
      cwd: root,
      env: { ...process.env, LAYERLAB_HOME: home, LAYERLAB_DATA_DIR: path.join(home, 'datasets') },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  return new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]);
    };
    server!.stdout!.on('data', onData);
    server!.stderr!.on('data', onData);
    server!.on('exit', (code) =>
      reject(new Error(`layerlab serve exited with code ${code}:\n${output}`)),
    );
  });
}

test('a damaged store: the notice offers to move it aside, and the runs that could be read come back', async ({
  page,
}) => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-e2e-store-'));
  const file = path.join(home, 'runs.sqlite');
  const store = new RunStore(file);
  store.createRun({
    id: 'saved-run',
    name: 'the saved run',
    lab: tinyLab(),
    datasetId: 'synthetic:moons',
  });
  store.finish('saved-run', 'completed');
  store.close();
  corruptTables(file, ['epochs', 'weights']);

  await page.goto(await serve());
  const notice = page.getByTestId('notice-error').filter({ hasText: 'is damaged' });
  await expect(notice).toContainText(file);
  await notice.getByRole('button', { name: 'Move the damaged store aside' }).click();

  const info = page
    .getByTestId('notice-info')
    .filter({ hasText: 'The damaged run store was moved to' });
  await expect(info).toBeVisible();
  const movedTo = /moved to (\S+) and kept/.exec((await info.textContent())!)![1];
  expect(fs.existsSync(movedTo)).toBe(true);
  await expect(notice).toHaveCount(0);
  await expect(page.getByText('the saved run').first()).toBeVisible();
  expect(server!.exitCode).toBeNull(); // the host is alive
});
