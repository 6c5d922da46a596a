#!/usr/bin/env node
// `npm run test:keras`: the checks against real Keras, when the Python test environment exists
// (.venv-keras/, made by .ci/run); otherwise one line saying why they were skipped, and success.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const python =
  process.env.LAYERLAB_KERAS_PYTHON ||
  path.join(
    root,
    '.venv-keras',
    process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python',
  );
if (!existsSync(python)) {
  console.log(
    `Keras checks skipped: no Python test environment at ${path.relative(root, python)}; create it with ` +
      '`python3 -m venv .venv-keras && .venv-keras/bin/pip install -r test/keras/requirements.txt` (.ci/run always does).',
  );
  process.exit(0);
}
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const r = spawnSync(
  process.execPath,
  [vitest, 'run', '--project', 'keras', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, LAYERLAB_KERAS_PYTHON: python },
  },
);
process.exit(r.status ?? 1);
