/**
 * The trainer as the packaged app ships it: `npm run build` (electron-vite) bundles
 * src-main/engine/trainer-process.ts into out/main/trainer-process.js, which Electron's
 * utilityProcess runs. Here it runs under Node's fork (no Electron binary on this machine) through
 * the same protocol: a bundling mistake (a clashing shim, a lost wasm path) shows up as a failed run.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { tinyRun } from '../helpers/tiny-run.ts';

const root = path.resolve(import.meta.dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-built-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('the bundled trainer trains a run on the wasm backend with its fast kernels', async () => {
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'),
      'build',
      '--config',
      'electron.config.ts',
    ],
    { cwd: root, stdio: 'pipe' },
  );
  const entry = path.join(root, 'out/main/trainer-process.js');
  expect(fs.existsSync(entry)).toBe(true);
  const outcome = await tinyRun(entry, 'wasm', dir);
  expect(outcome.error).toBeNull();
  expect(outcome.status).toBe('completed');
  expect(outcome.backend?.name).toBe('wasm');
  expect(outcome.backend?.details.join()).toContain('fast kernels: BatchMatMul');
  expect(outcome.summary.epochsDone).toBe(2);
});
