/**
 * Three projects, so that `npm test` passes on a busy 2-core machine:
 *
 * - unit: pure modules and in-process code, many files at once, short timeouts. Files share each
 *   worker's modules (`isolate: false`): importing TensorFlow.js and the contract once per worker
 *   instead of once per file took the project from 91 s to about 22 s. So a unit test leaves no
 *   global state behind and assumes none (it passes with `--sequence.shuffle.files`).
 * - processes: every test that starts a process (forks a trainer, spawns the CLI or a server, runs
 *   a child script). THE RULE: such a test file is named `*.process.test.ts`, wherever it lives
 *   under test/unit/ (e.g. test/unit/hosts/server.process.test.ts). The unit project excludes those
 *   files and this one runs them one file at a time, with timeouts for a loaded machine (a tiny run
 *   takes 2-5 s idle, many times that when the cores are busy). test/unit/test-layout.test.ts
 *   fails on a spawning test that lacks the suffix. Each file gets a fresh worker: a file's
 *   processes and their deadlines end with it (sharing one worker, a wait left pending by one file
 *   fired 90 s later inside another).
 * - integration: real data sets, minutes per test.
 * - keras: checks against the real Keras in the Python test environment (.venv-keras/), run by
 *   `npm run test:keras` (test/keras/run-keras-checks.mjs), which skips them with a sentence when
 *   that environment is missing. Each file starts Python (TensorFlow) processes: one at a time.
 */
import { defineConfig } from 'vitest/config';

const PROCESS_TESTS = 'test/unit/**/*.process.test.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          exclude: [PROCESS_TESTS],
          environment: 'node',
          isolate: false,
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'processes',
          include: [PROCESS_TESTS],
          environment: 'node',
          // Waits inside the tests have their own deadlines (test/helpers/wait.ts, 90 s) and fail
          // with a sentence first; these are the backstop.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Each file starts several processes of its own (grids run two trainers at once).
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 600_000,
          hookTimeout: 600_000,
          // Real-data training is CPU-bound: one file at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'keras',
          include: ['test/keras/**/*.test.ts'],
          environment: 'node',
          testTimeout: 600_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
