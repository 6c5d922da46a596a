/**
 * The `layerlab` command as a user runs it, for the tests in this folder: a temporary home (run
 * store) and data folder, the CPU backend, and a store seeded through the real `RunStore`.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { moons } from '../../helpers/labs.ts';
import { RunStore } from '../../../src-main/store/run-store.ts';
import { ensureDir } from '../../../src-main/store/safe-fs.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const bin = path.join(root, 'src-main/cli/layerlab.mjs');

/** A fresh home for one test file; `done()` removes it. */
export function cliSandbox(prefix: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `layerlab-${prefix}-`));
  const env = {
    ...process.env,
    LAYERLAB_HOME: path.join(dir, 'home'),
    LAYERLAB_DATA_DIR: path.join(dir, 'no-data'),
    LAYERLAB_BACKEND: 'cpu',
  };
  return {
    dir,
    env,
    /** Runs `layerlab ...args` to the end (with a deadline, so a hang fails instead of wedging). */
    run(...args: string[]) {
      return this.runWithin(120_000, ...args);
    },
    /** `run` with a deadline of its own: a command that hangs is killed, and `signal` says so. */
    runWithin(ms: number, ...args: string[]) {
      const r = spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8', timeout: ms });
      return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
    },
    /** Starts `layerlab ...args` with piped output, for tests that close the pipe early. */
    start(...args: string[]) {
      return this.startWithStdout('pipe', ...args);
    },
    /** `start` with stdout going to `stdout` (a file descriptor, like /dev/full's). */
    startWithStdout(stdout: 'pipe' | number, ...args: string[]) {
      return spawn(process.execPath, [bin, ...args], { env, stdio: ['ignore', stdout, 'pipe'] });
    },
    write(name: string, content: unknown) {
      const file = path.join(dir, name);
      fs.writeFileSync(
        file,
        typeof content === 'string' || content instanceof Uint8Array
          ? content
          : JSON.stringify(content),
      );
      return file;
    },
    /** Adds a finished run with (fake but well-formed) weights to the store, as a trainer would. */
    seedRun(id: string, name: string) {
      ensureDir(path.join(dir, 'home'));
      const store = new RunStore(path.join(dir, 'home', 'runs.sqlite'));
      store.createRun({ id, name, lab: moonsLab, datasetId: 'synthetic:moons' });
      store.addEpoch(id, {
        epoch: 1,
        loss: 0.7,
        accuracy: 0.5,
        val_loss: 0.6,
        val_accuracy: 0.6,
        regularization_loss: 0,
        seconds: 1,
      });
      store.saveModel(id, {
        modelTopology: { class_name: 'Sequential' },
        weightSpecs: [],
        weightData: new Uint8Array([1, 2, 3, 4]),
      });
      store.finish(id, 'completed');
      store.close();
    },
    done: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** Resolves with the exit of `child`, or rejects after `ms` (the child is killed). */
export function exitOf(
  child: ReturnType<typeof spawn>,
  ms = 120_000,
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`layerlab did not exit within ${ms / 1000}s`));
    }, ms);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal });
    });
  });
}

export const moonsLab = moons({ training: { epochs: 1 } });
