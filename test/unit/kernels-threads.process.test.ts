/**
 * The threaded wasm build in a child process of its own: the wasm build is chosen once per process.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The same tolerance as the kernel equivalence tests (kernels.test.ts). */
const TOLERANCE = 1e-4;

describe('threaded wasm build in Node', () => {
  it('starts with 2 threads, matches cpu gradients, and lets the process exit', () => {
    // A child process: the wasm build is chosen once per process.
    const script = fileURLToPath(
      new URL('../../src-main/engine/kernels/threads-check.ts', import.meta.url),
    );
    const child = spawnSync(process.execPath, ['--import', 'tsx', script, '2'], {
      encoding: 'utf8',
      timeout: 100_000,
    });
    expect(child.error, 'the child process did not exit by itself').toBeUndefined();
    const line = child.stdout.trim().split('\n').pop() ?? '';
    expect(JSON.parse(line)).toMatchObject({ ok: true, threads: 2 });
    expect(JSON.parse(line).maxRelativeError).toBeLessThanOrEqual(TOLERANCE);
  });

  it('goes on single-threaded, and says why, when its threads miss the start deadline', () => {
    // The hang this guards against (a worker thread that never reports back) cannot be caused on
    // purpose; a 1 ms deadline takes the same path: the threaded start is abandoned, not awaited.
    const script = fileURLToPath(
      new URL('../../src-main/engine/kernels/threads-check.ts', import.meta.url),
    );
    const child = spawnSync(process.execPath, ['--import', 'tsx', script, '2'], {
      encoding: 'utf8',
      timeout: 100_000,
      env: { ...process.env, LAYERLAB_WASM_START_MS: '1' },
    });
    expect(child.error, 'the child process did not exit').toBeUndefined();
    const result = JSON.parse(child.stdout.trim().split('\n').pop() ?? '');
    expect(result).toMatchObject({ ok: false, threads: 1, code: 'init-failed' });
    expect(result.message).toBe(
      'The threaded wasm build did not start (its 2 threads did not start within 0.001 s); training runs on single-threaded wasm.',
    );
    expect(result.maxRelativeError).toBeLessThanOrEqual(TOLERANCE);
  });
});
