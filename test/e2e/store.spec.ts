/**
 * A run store damaged in the middle, as the user meets it: the app shows the sentence in its one
 * notice area with a button that moves the damaged store aside (kept) and lists the runs it saved.
 * Its own `layerlab serve` on its own LAYERLAB_HOME, so the shared server's store is never touched.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { RunStore } from '../../src-main/store/run-store.ts';
import { corruptTables, tinyLab } from '../unit/store/helpers.ts';
import { shotAtSizes, startOwnServer, type OwnServer } from './own-server.ts';

let server: OwnServer | null = null;
let home = '';

test.afterAll(async () => {
  await server?.stop();
  if (home) fs.rmSync(home, { recursive: true, force: true });
});

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

  server = await startOwnServer(home);
  await page.goto(server.url);
  const notice = page.getByTestId('notice-error').filter({ hasText: 'is damaged' });
  await expect(notice).toContainText(file);
  await shotAtSizes(page, 'store-damaged-notice');
  await notice.getByRole('button', { name: 'Move the damaged store aside' }).click();

  const info = page
    .getByTestId('notice-info')
    .filter({ hasText: 'The damaged run store was moved to' });
  await expect(info).toBeVisible();
  const movedTo = /moved to (\S+) and kept/.exec((await info.textContent())!)![1];
  expect(fs.existsSync(movedTo)).toBe(true);
  await expect(notice).toHaveCount(0);
  await expect(page.getByText('the saved run').first()).toBeVisible();
  await shotAtSizes(page, 'store-repaired');
  expect(server.process.exitCode).toBeNull(); // the host is alive
});
