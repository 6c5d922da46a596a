/**
 * Runs Python in the Keras test environment (.venv-keras/, see test/keras/README.md): the oracle the
 * Keras checks compare LayerLab with. Only the `keras` test project uses it, and that project runs
 * only when the environment exists (test/keras/run-keras-checks.mjs says why it skipped otherwise).
 *
 * Importing TensorFlow costs a few seconds: batch many cases into one Python run (pass them as JSON
 * on stdin, print one JSON object on the last line of stdout).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The test environment's python, or null when it was not created. */
export function kerasPython(): string | null {
  const p =
    process.env.LAYERLAB_KERAS_PYTHON ||
    path.join(
      ROOT,
      '.venv-keras',
      process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python',
    );
  return existsSync(p) ? p : null;
}

/** Where the shared Python helpers live (`stubs.py`): put on PYTHONPATH for every run. */
export const PY_DIR = path.join(ROOT, 'test', 'keras', 'py');

export interface PythonResult {
  stdout: string;
  stderr: string;
  code: number | null;
}

/**
 * Runs `python script args...` (script: a path, or `-c` code via `{ code }`), feeding `stdin`.
 * Fails with Python's stderr when it exits non-zero or outlives `timeoutMs` (default 5 minutes, for
 * a loaded 2-core machine; a TensorFlow start is ~5 s idle).
 */
export function runPython(
  script: { file: string } | { code: string },
  options: {
    args?: string[];
    stdin?: string;
    timeoutMs?: number;
    cwd?: string;
    env?: Record<string, string>;
  } = {},
): Promise<PythonResult> {
  const python = kerasPython();
  if (!python) throw new Error('The Keras test environment (.venv-keras) is missing.');
  const argv = 'file' in script ? [script.file] : ['-c', script.code];
  const timeoutMs = options.timeoutMs ?? 300_000;
  return new Promise((resolve, reject) => {
    const child = spawn(python, [...argv, ...(options.args ?? [])], {
      cwd: options.cwd ?? ROOT,
      env: {
        ...process.env,
        PYTHONPATH: PY_DIR,
        PYTHONHASHSEED: '0',
        TF_CPP_MIN_LOG_LEVEL: '3',
        TF_ENABLE_ONEDNN_OPTS: '0',
        CUDA_VISIBLE_DEVICES: '-1',
        KERAS_BACKEND: 'tensorflow',
        MPLBACKEND: 'Agg',
        ...options.env,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(`Python did not finish within ${timeoutMs / 1000} s.\n${stderr.slice(-4000)}`),
      );
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0)
        reject(
          new Error(`Python exited with ${code}:\n${stderr.slice(-6000)}\n${stdout.slice(-2000)}`),
        );
      else resolve({ stdout, stderr, code });
    });
    child.stdin.on('error', () => {});
    child.stdin.end(options.stdin ?? '');
  });
}

/** Runs Python and parses the last line of its stdout as JSON. */
export async function runPythonJson<T>(
  script: { file: string } | { code: string },
  input?: unknown,
  options: { args?: string[]; timeoutMs?: number; cwd?: string; env?: Record<string, string> } = {},
): Promise<T> {
  const r = await runPython(script, {
    ...options,
    stdin: input === undefined ? '' : JSON.stringify(input),
  });
  const last = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(last) as T;
  } catch {
    throw new Error(
      `Python printed no JSON on its last line:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`,
    );
  }
}
