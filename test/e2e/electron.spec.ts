/**
 * Electron smoke test: the built app starts, shows its window with the editor, and reaches main over
 * the preload bridge. Runs where an Electron binary exists (`npm run build` first); elsewhere it is
 * skipped with the reason.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';

const root = fileURLToPath(new URL('../../', import.meta.url));
const mainEntry = path.join(root, 'out', 'main', 'index.js');

function electronBinary(): string | null {
  try {
    const binary = createRequire(import.meta.url)('electron') as unknown;
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Why this machine cannot run the smoke test, or null when it can. */
function missing(binary: string | null): string | null {
  if (!binary)
    return 'no Electron binary here (the optional `electron` dependency did not install)';
  if (!fs.existsSync(mainEntry)) return 'the Electron build is missing (run `npm run build` first)';
  return null;
}

test('the desktop app opens its window and talks to main', async () => {
  const binary = electronBinary();
  const reason = missing(binary);
  if (reason) process.stderr.write(`Electron smoke test skipped: ${reason}.\n`);
  test.skip(reason !== null, reason ?? '');
  const home = fs.mkdtempSync(path.join(root, 'test-results', 'electron-home-'));
  const app = await electron.launch({
    executablePath: binary!,
    args: [root],
    env: { ...process.env, LAYERLAB_HOME: home },
  });
  try {
    const window = await app.firstWindow();
    await expect(window.getByText(/Trains on/)).toBeVisible({ timeout: 30_000 });
    await expect(window.locator('.svelte-flow__node')).toHaveCount(1);
    const host = await window.evaluate(async () => {
      const bridge = (
        window as unknown as {
          layerlab: { invoke(m: string): Promise<{ ok: boolean; result: { host: string } }> };
        }
      ).layerlab;
      return (await bridge.invoke('getAppInfo')).result.host;
    });
    expect(host).toBe('electron');
    fs.mkdirSync(path.join(root, 'test-results', 'screenshots'), { recursive: true });
    await window.screenshot({
      path: path.join(root, 'test-results', 'screenshots', 'electron-window.png'),
    });
  } finally {
    await app.close();
    fs.rmSync(home, { recursive: true, force: true });
  }
});
