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
  bundleIsFresh,
} from '../../../src-main/engine/trainer-bundle.ts';
import { defaultTrainerEntry } from '../../../src-main/engine/trainer-client.ts';
import { tinyRun } from '../../helpers/tiny-run.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-bundle-'));
// Inside the checkout's out/ (ignored by git), so that packages resolve from its node_modules.
const bundle = path.join(root, 'out', 'trainer', `test-${process.pid}.cjs`);
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(bundle, { force: true });
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
