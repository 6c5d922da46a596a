/**
 * The bundled trainer that a checkout forks instead of compiling TypeScript at every start: it trains
 * on the wasm backend with its fast kernels and .wasm files from node_modules, it is rebuilt when a
 * source is newer, and the .ts entry under tsx still works where no bundle can be had.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BUNDLED_TRAINER,
  buildTrainerBundle,
  bundleBody,
  bundleIsFresh,
} from '../../../src-main/engine/trainer-bundle.ts';
import { defaultTrainerEntry } from '../../../src-main/engine/trainer-client.ts';
import { tinyRun } from '../../helpers/tiny-run.ts';
import { withDeadline } from '../../helpers/wait.ts';

/** Resolves once `file` exists: it comes by a rename in its folder, which fs.watch reports. */
function appears(file: string): Promise<void> {
  return new Promise((resolve) => {
    const watcher = fs.watch(path.dirname(file), () => check());
    const check = () => {
      if (!fs.existsSync(file)) return;
      watcher.close();
      resolve();
    };
    check();
  });
}

const root = path.resolve(import.meta.dirname, '../../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-bundle-'));
// Inside the checkout's out/ (ignored by git), so that packages resolve from its node_modules.
const bundle = path.join(root, 'out', 'trainer', `test-${process.pid}.cjs`);
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const file of [bundle, bundleBody(bundle), `${bundleBody(bundle)}.v8cache`])
    fs.rmSync(file, { force: true });
});

describe('bundled trainer', () => {
  it('trains on the wasm backend with its fast kernels', async () => {
    buildTrainerBundle(bundle);
    const outcome = await tinyRun(bundle, 'wasm', dir);
    expect(outcome.error).toBeNull();
    expect(outcome.status).toBe('completed');
    expect(outcome.backend?.name).toBe('wasm');
    expect(outcome.backend?.details.join()).toContain('fast kernels: BatchMatMul');
    expect(outcome.summary.epochsDone).toBe(2);
  });

  it('runs from its code cache the second time, the WebGPU packages imported from outside it', async () => {
    // Written by the first run's trainer as it ends (engine/code-cache.cjs), after its last message.
    const cache = `${bundleBody(bundle)}.v8cache`;
    await withDeadline(appears(cache), 'the code cache the first trainer writes as it ends');
    const written = fs.statSync(cache).mtimeMs;
    expect((await tinyRun(bundle, 'wasm', dir)).status).toBe('completed');
    // Taken, not refused and written again.
    expect(fs.statSync(cache).mtimeMs).toBe(written);
    const body = fs.readFileSync(bundleBody(bundle), 'utf8');
    expect(body).toContain('__import("webgpu")');
    expect(body).not.toMatch(/(?<![\w$])import\("(webgpu|@tensorflow\/tfjs-backend-webgpu)"\)/);
  });

  it('is stale when a source under src-main/ is newer, fresh once rebuilt', () => {
    buildTrainerBundle(bundle);
    expect(bundleIsFresh(bundle)).toBe(true);
    const hourAgo = new Date(
      fs.statSync(path.join(root, 'src-main/engine/trainer.ts')).mtimeMs - 3_600_000,
    );
    fs.utimesSync(bundle, hourAgo, hourAgo);
    expect(bundleIsFresh(bundle)).toBe(false);
    expect(bundleIsFresh(path.join(dir, 'missing.cjs'))).toBe(false);
  });

  it('is what a checkout forks by default', () => {
    expect(defaultTrainerEntry()).toBe(BUNDLED_TRAINER);
    expect(bundleIsFresh()).toBe(true);
  });

  it('leaves the .ts entry under tsx working as the fallback', async () => {
    const outcome = await tinyRun(
      path.join(root, 'src-main/engine/trainer-process.ts'),
      'cpu',
      dir,
    );
    expect(outcome.status).toBe('completed');
    expect(outcome.summary.epochsDone).toBe(2);
  });
});
