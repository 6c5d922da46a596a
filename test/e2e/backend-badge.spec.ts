/**
 * The backend badge on a machine whose only WebGPU adapter is software (SwiftShader, set only in the
 * server's environment): it names the GPU found and why the WebGPU rung was skipped.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { shotAtSizes, startOwnServer, type OwnServer } from './own-server.ts';

const ICD = '/usr/lib/chromium/vk_swiftshader_icd.json';
let server: OwnServer | null = null;
let home = '';

test.afterAll(async () => {
  await server?.stop();
  if (home) fs.rmSync(home, { recursive: true, force: true });
});

test('the badge names the GPU found and why a software adapter is not used', async ({ page }) => {
  test.skip(!fs.existsSync(ICD), 'no SwiftShader Vulkan driver (chromium-common) here');
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-e2e-badge-'));
  server = await startOwnServer(home, {
    VK_ICD_FILENAMES: ICD,
    LD_LIBRARY_PATH: '/usr/lib/chromium',
    LAYERLAB_BACKEND: '',
  });
  await page.goto(server.url);
  const badge = page.getByRole('status').filter({ hasText: 'Trains on' });
  await expect(badge).toBeVisible({ timeout: 60_000 });
  await badge.locator('summary').click();
  await expect(page.getByTestId('backend-gpu')).toHaveText(
    'GPU found: google SwiftShader driver 5.0.0 (swiftshader), a software adapter (it runs on the CPU)',
  );
  await expect(badge.getByRole('listitem').filter({ hasText: /^webgpu:/ })).toHaveText(
    'webgpu: the only adapter is a software one (google SwiftShader driver 5.0.0 (swiftshader)), slower than WebAssembly; --backend webgpu uses it anyway',
  );
  await shotAtSizes(page, 'backend-badge-software-gpu');

  // In Simplified Chinese the reason is said from its code, the GPU's name kept.
  await page.evaluate(() => localStorage.setItem('layerlab.language', '"zh-Hans"'));
  await page.reload();
  const zh = page.getByRole('status').filter({ hasText: '训练于' });
  await expect(zh).toBeVisible({ timeout: 60_000 });
  await zh.locator('summary').click();
  await expect(zh.getByRole('listitem').filter({ hasText: /^webgpu:/ })).toHaveText(
    'webgpu: 唯一的适配器是软件适配器（google SwiftShader driver 5.0.0 (swiftshader)），比 WebAssembly 慢；--backend webgpu 仍会使用它',
  );
  await shotAtSizes(page, 'backend-badge-software-gpu-zh-Hans');
});
