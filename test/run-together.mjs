#!/usr/bin/env node
// `node test/run-together.mjs A B ...`: runs the npm scripts A, B, ... side by side (npm test's
// stages that share two cores well: type checks beside lint, the process tests beside the
// integration tests, the end-to-end tests, mostly waiting on a browser, beside the Keras checks,
// mostly on Python). The first one's output streams; the others' is held and printed whole when they end,
// so the logs do not interleave. Exits non-zero when any of them fails.
import { spawn } from 'node:child_process';

const [first, ...rest] = process.argv.slice(2);
// Stages side by side already share the cores: their trainers run one wasm thread each unless told
// otherwise. Measured on 2 cores beside a busy process, one thread trains the 2x512 MLP on 20,000
// MNIST examples in 6.9-9.0 s and two threads in 10.8-11.5 s (idle, two threads win: 7.7 s vs 9.5 s).
const env =
  rest.length && !process.env.LAYERLAB_WASM_THREADS
    ? { ...process.env, LAYERLAB_WASM_THREADS: '1' }
    : process.env;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (script, stream) =>
  new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', script], {
      env,
      stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    });
    let held = '';
    if (!stream) {
      child.stdout.on('data', (d) => (held += d));
      child.stderr.on('data', (d) => (held += d));
    }
    child.on('close', (code, signal) => {
      if (!stream) process.stdout.write(`\n── npm run ${script} ──\n${held}`);
      resolve({ script, code: code ?? (signal ? 1 : 0) });
    });
  });

console.log(
  `Running ${[first, ...rest].join(', ')} side by side (${rest.join(', ')} printed when done).`,
);
const results = await Promise.all([run(first, true), ...rest.map((s) => run(s, false))]);
const failed = results.filter((r) => r.code !== 0);
for (const f of failed) console.error(`npm run ${f.script} failed (exit ${f.code}).`);
process.exit(failed.length ? 1 : 0);
