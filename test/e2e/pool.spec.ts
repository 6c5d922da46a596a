/**
 * A grid on the lab's workers, from the Grid tab: a Redis server with a password on loopback, one
 * `layerlab worker`, and the app (a server of its own) connected to them. The worker is listed, the
 * password shows nowhere, and a 2 x 2 grid with 2 folds trains on the worker while the heat map fills
 * as for a local grid. A wrong address is one sentence, and the panel goes on working. A worker
 * killed mid-fold: its fold goes back to the queue with a notice, and another worker finishes it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { Redis } from 'ioredis';
import { startRedis, type RedisServer } from '../helpers/redis-server.ts';
import { findClipping } from './clipping.ts';
import { LabPage } from './fixtures.ts';
import { shotAtSizes, SIZES, startOwnServer, type OwnServer } from './own-server.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PASSWORD = 'chalk-and-Cheese-42';

let redis: RedisServer | null = null;
let server: OwnServer | null = null;
const workers: { name: string; child: ChildProcess; output: string }[] = [];
let home = '';

test.describe.configure({ mode: 'serial' });

/** A `layerlab worker` of its own home, training two folds at once; a lost one is noticed in ~3 s. */
function startWorker(name: string): { name: string; child: ChildProcess; output: string } {
  const workerHome = path.join(home, name);
  const child = spawn(
    process.execPath,
    [
      path.join(root, 'src-main/cli/layerlab.mjs'),
      'worker',
      '--redis',
      redis!.url,
      '--name',
      name,
      '--concurrency',
      '2',
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        LAYERLAB_HOME: workerHome,
        LAYERLAB_DATA_DIR: path.join(workerHome, 'datasets'),
        LAYERLAB_POOL_LOCK_MS: '3000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const worker = { name, child, output: '' };
  for (const stream of [child.stdout!, child.stderr!])
    stream.on('data', (chunk: Buffer) => (worker.output += chunk.toString()));
  workers.push(worker);
  return worker;
}

test.beforeAll(async () => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-e2e-pool-'));
  redis = await startRedis({ password: PASSWORD });
  server = await startOwnServer(path.join(home, 'teacher'));
  startWorker('lab-pc-1');
});

/** SIGTERM, then SIGKILL if it is still there after 15 s: afterAll must end whatever happened. */
async function end(
  what: string,
  child: ChildProcess | undefined,
  stop?: () => Promise<void>,
): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  if (stop) void stop();
  else child.kill('SIGTERM');
  const late = setTimeout(() => {
    process.stderr.write(`${what} (pid ${child.pid}) ignored SIGTERM for 15 s: killed.\n`);
    child.kill('SIGKILL');
  }, 15_000);
  await exited;
  clearTimeout(late);
}

test.afterAll(async () => {
  for (const w of workers) await end(w.name, w.child);
  await end('layerlab serve', server?.process, server?.stop);
  await redis?.stop();
  if (home) fs.rmSync(home, { recursive: true, force: true });
});

async function openApp(page: Page): Promise<LabPage> {
  const lab = new LabPage(page);
  await page.goto(server!.url);
  await expect(page.getByText(/Trains on/)).toBeVisible({ timeout: 60_000 });
  return lab;
}

/** The Grid tab's pool section, opened. */
async function poolSection(page: Page) {
  await page.getByRole('tab', { name: /Grid/ }).click();
  const section = page.getByTestId('pool-section');
  if ((await section.getAttribute('open')) === null) await section.locator('summary').click();
  return section;
}

/** Everything the page holds as text, the fields' values and its stored preferences. */
async function pageText(page: Page): Promise<string> {
  return page.evaluate(() =>
    [
      document.documentElement.outerHTML,
      document.body.innerText,
      ...Array.from(document.querySelectorAll('input'), (i) => i.value),
      JSON.stringify({ ...localStorage }),
    ].join('\n'),
  );
}

test('a 2 x 2 grid with 2 folds trains on the lab worker, with the password shown nowhere', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const lab = await openApp(page);
  await lab.useTemplate('Two moons');
  await page.getByLabel('Lab name').fill('Pool units x LR');
  await lab.setTraining('epochs', '3');
  await lab.select('dense');
  await page.getByRole('button', { name: 'Sweep dense · units' }).click();
  await page.getByRole('menuitem', { name: 'only dense' }).click();
  await page.getByRole('tab', { name: 'Data & training' }).click();
  await page.getByRole('button', { name: 'Sweep learning rate' }).click();
  await page.getByRole('tab', { name: /Grid/ }).click();
  await page
    .locator('[data-sweep-path="layers.dense.units"]')
    .getByLabel('values, separated by commas')
    .fill('8, 32');
  const lr = page.locator('[data-sweep-path="training.learningRate"]');
  await lr.getByLabel('from', { exact: true }).fill('0.001');
  await lr.getByLabel('steps').fill('2');
  await page.getByLabel('folds', { exact: true }).fill('2');
  await expect(page.getByTestId('grid-count')).toHaveText(/4 settings × 2 folds = 8 training runs/);

  // Not connected: the choice is there, and off.
  const onWorkers = page.getByLabel("Run on the lab's workers");
  await expect(onWorkers).toBeDisabled();

  const section = await poolSection(page);
  await section.getByLabel('Redis server').fill(`redis://127.0.0.1:${redis!.port}`);
  await section.getByLabel(/password/).fill(PASSWORD);
  await section.getByRole('button', { name: 'Connect' }).click();
  await expect(section.getByTestId('pool-state')).toContainText(
    `Connected to redis://:***@127.0.0.1:${redis!.port}`,
  );
  const listed = section.getByTestId('pool-worker');
  await expect(listed).toHaveCount(1, { timeout: 30_000 });
  await expect(listed).toContainText('lab-pc-1');
  await expect(listed).toContainText(/0 \/ 2 jobs/);
  await expect(section.getByTestId('pool-queue')).toContainText('0 waiting · 0 training');
  // Two moons are generated: no worker needs a dataset for them. MNIST is on no worker here (its
  // data folder is empty), and the section says so in one line.
  await expect(section.getByTestId('pool-warning')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Data & training' }).click();
  await page.locator('select[aria-label="Dataset"]').selectOption('mnist');
  await poolSection(page);
  await expect(section.getByTestId('pool-warning')).toHaveText(
    /^No worker has MNIST: start workers with --data-dir/,
  );
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(section.getByTestId('pool-warning')).toHaveCount(0);

  // The password is nowhere: not in the page, its fields (the address keeps none) or its storage.
  await expect(section.getByLabel('Redis server')).toHaveValue(`redis://127.0.0.1:${redis!.port}`);
  expect(await pageText(page)).not.toContain(PASSWORD);
  // The page remembers the address for next time, and only the address.
  expect(await page.evaluate(() => localStorage.getItem('layerlab.poolAddress'))).toBe(
    JSON.stringify(`redis://127.0.0.1:${redis!.port}`),
  );

  // The section with its worker fits beside the grid's settings at the classroom sizes.
  // Clear of the sticky Run bar, which covers the panel's bottom.
  await listed.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  for (const { width, height } of SIZES) {
    await page.setViewportSize({ width, height });
    expect(await findClipping(page), `clipped at ${width}x${height}`).toEqual([]);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await shotAtSizes(page, 'pool-workers');

  await onWorkers.check();
  await page.getByRole('button', { name: /Run grid/ }).click();
  const view = page.getByRole('region', { name: 'Grid search results' });
  await expect(view.getByTestId('grid-status')).toHaveText('completed', { timeout: 90_000 });
  await expect(view.getByTestId('grid-progress')).toContainText(
    '4 / 4 settings · 8 / 8 training runs',
  );
  const heat = view.getByTestId('grid-heatmap');
  await expect(heat).toHaveAttribute('data-cells', '4');
  await expect(heat).toHaveAttribute('data-done', '4');
  await expect(view.getByTestId('grid-chart-loss')).toHaveAttribute('data-train-points', '12');
  // The folds were the worker's, not this computer's: it finished each of the 8 once.
  expect(workers[0].output.match(/^Finished .*: completed/gm)).toHaveLength(8);
  expect(workers[0].output).not.toContain(PASSWORD);
  expect(await pageText(page)).not.toContain(PASSWORD);
  await shotAtSizes(page, 'pool-grid-done');
});

test('a wrong address is one sentence, and the grid tab goes on working', async ({ page }) => {
  await openApp(page);
  const section = await poolSection(page);
  // The host keeps its pool: this page finds it connected, then leaves it.
  await expect(section.getByTestId('pool-state')).toContainText('Connected');
  await section.getByRole('button', { name: 'Disconnect' }).click();
  await expect(section.getByTestId('pool-state')).toContainText('Not connected');
  // The field shows the host's pool (another page connected it), without the password.
  await expect(section.getByLabel('Redis server')).toHaveValue(`redis://127.0.0.1:${redis!.port}`);
  await expect(section.getByLabel(/password/)).toHaveValue('');

  await section.getByLabel('Redis server').fill('redis://127.0.0.1:1');
  await section.getByLabel(/password/).fill(PASSWORD);
  await section.getByRole('button', { name: 'Connect' }).click();
  const sentence = section
    .getByTestId('pool-state')
    .and(page.locator('.unreachable'))
    .or(page.getByTestId('notice-error'));
  await expect(sentence).toContainText('127.0.0.1:1', { timeout: 30_000 });
  // A sentence, not a stack or an error's name.
  await expect(sentence).not.toContainText(/Error:|\n\s+at |ECONNREFUSED \{/);
  await sentence.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  expect(await pageText(page)).not.toContain(PASSWORD);
  for (const { width, height } of SIZES) {
    await page.setViewportSize({ width, height });
    expect(await findClipping(page), `clipped at ${width}x${height}`).toEqual([]);
  }
  await shotAtSizes(page, 'pool-unreachable');
  // The panel still answers: the tabs switch, and after Disconnect the address can be edited again.
  await page.getByRole('tab', { name: 'Layer' }).click();
  await poolSection(page);
  const disconnect = section.getByRole('button', { name: 'Disconnect' });
  if (await disconnect.isVisible()) await disconnect.click();
  await expect(section.getByLabel('Redis server')).toBeEnabled();
  await expect(section.getByRole('button', { name: 'Connect' })).toBeVisible();
});

test('a worker lost mid-fold: the fold goes back to the queue, a notice says why, another worker takes it', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const lab = await openApp(page);
  const section = await poolSection(page);
  await section.getByLabel('Redis server').fill(`redis://127.0.0.1:${redis!.port}`);
  await section.getByLabel(/password/).fill(PASSWORD);
  await section.getByRole('button', { name: 'Connect' }).click();
  const second = startWorker('lab-pc-2');
  await expect(section.getByTestId('pool-worker'), second.output).toHaveCount(2, {
    timeout: 60_000,
  });

  // The grid of the first test with longer folds, on both workers; lab-pc-1 is killed once a fold
  // of its has recorded an epoch (the teacher follows an attempt from its first record on).
  await lab.setTraining('epochs', '30');
  await page.getByRole('tab', { name: /Grid/ }).click();
  const first = workers[0];
  const before = first.output.length;
  await page.getByLabel("Run on the lab's workers").check();
  await page.getByRole('button', { name: /Run grid/ }).click();
  await expect.poll(() => first.output.slice(before), { timeout: 60_000 }).toMatch(/^Took /m);
  const jobId = /^Took (\S+)/m.exec(first.output.slice(before))![1];
  const peek = new Redis(redis!.url, { lazyConnect: true });
  peek.on('error', () => {});
  try {
    await expect
      .poll(
        async () => {
          for (const key of await peek.keys(`layerlab:records:${jobId}:*`))
            if ((await peek.lrange(key, 0, -1)).some((r) => r.includes('"type":"epoch"')))
              return true;
          return false;
        },
        { timeout: 60_000 },
      )
      .toBe(true);
  } finally {
    peek.disconnect();
  }
  first.child.kill('SIGKILL');

  await expect(
    page.getByTestId('notice-info').filter({ hasText: /lab-pc-1.*went back to the queue/ }),
  ).toBeVisible({
    timeout: 30_000,
  });
  await shotAtSizes(page, 'pool-requeued');
  // The lost fold is trained by lab-pc-2 (that a grid completes with every fold once, after a
  // worker is killed, is pool-grid.process.test.ts's): stop here, the rest is the same grid again.
  await expect.poll(() => second.output, { timeout: 60_000 }).toContain(`Took ${jobId}`);
  const view = page.getByRole('region', { name: 'Grid search results' });
  await view.getByRole('button', { name: 'Stop' }).click();
  await expect(view.getByTestId('grid-status')).toHaveText('stopped', { timeout: 60_000 });
  // lab-pc-1 stops announcing itself and leaves the list.
  await expect(section.getByTestId('pool-worker')).toHaveCount(1, { timeout: 30_000 });
  await expect(section.getByTestId('pool-worker')).toContainText('lab-pc-2');
});
