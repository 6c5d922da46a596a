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
});
