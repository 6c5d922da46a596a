#!/usr/bin/env node
// `node test/run-together.mjs A B,C ...`: runs the npm scripts A, B, ... side by side, each argument
// a lane whose comma-separated scripts run one after the other. A script written `~name` runs at low
// CPU priority (nice 10): it only takes what the other lanes leave idle.
//
// npm test is one stage of six lanes: the end-to-end, process, integration and Keras tests, the
// unit tests followed by the type checks at low priority, and lint at low priority. Each test lane
// alone waits on a browser, processes or Python much of the time (side by side they kept 1.6 of 2
// cores busy), and the checks are pure CPU with no deadline: at low priority they fill those gaps
// instead of running first as a stage of their own (95 s). The unit tests keep normal priority,
// since their timeouts count wall time. The test lanes leave the checks little until they end, so
// the checks are two lanes: one after the other, lint ran alone on one core for the last minute
// (898 s against 848 for the last test lane). The first lane's output streams; the others' is held
// and printed whole when each script ends, so the logs do not interleave. Exits non-zero when any script fails; a lane goes on
// after a failed script, so one run reports every failure.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

/**
 * CPU seconds of this process's ended children and their waited-for descendants (Linux:
 * /proc/self/stat's cutime + cstime, in clock ticks of 1/100 s), or null elsewhere. A process that
 * no parent waits for (one killed and left, a daemon) is not in it: a floor, not a total. Printed
 * with the wall time at the end: npm test must stay under 15 minutes on two cores.
 */
function childCpuSeconds() {
  try {
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}
const began = Date.now();

const lanes = process.argv.slice(2).map((lane) => lane.split(',').filter(Boolean));
const [first, ...rest] = lanes;
// Stages side by side already share the cores: their trainers run one wasm thread each unless told
// otherwise. Measured on 2 cores beside a busy process, one thread trains the 2x512 MLP on 20,000
// MNIST examples in 6.9-9.0 s and two threads in 10.8-11.5 s (idle, two threads win: 7.7 s vs 9.5 s).
const env =
  rest.length && !process.env.LAYERLAB_WASM_THREADS
    ? { ...process.env, LAYERLAB_WASM_THREADS: '1' }
    : process.env;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** Low priority for `~` scripts; their processes inherit it from npm, set before npm starts any. */
const LOW_PRIORITY = 10;
const run = (lanedScript, stream) =>
  new Promise((resolve) => {
    const started = Date.now();
    const low = lanedScript.startsWith('~');
    const script = low ? lanedScript.slice(1) : lanedScript;
    const child = spawn(npm, ['run', '--silent', script], {
      env,
      stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    });
    if (low && child.pid !== undefined) {
      try {
        os.setPriority(child.pid, LOW_PRIORITY);
      } catch {
        // Not allowed here: it runs at normal priority, only slower to finish the stage.
      }
    }
    let held = '';
    if (!stream) {
      child.stdout.on('data', (d) => (held += d));
      child.stderr.on('data', (d) => (held += d));
    }
    child.on('close', (code, signal) => {
      if (!stream) process.stdout.write(`\n── npm run ${script} ──\n${held}`);
      const seconds = (Date.now() - started) / 1000;
      console.log(`npm run ${script}: ${seconds.toFixed(0)} s`);
      resolve({ script, code: code ?? (signal ? 1 : 0) });
    });
  });

const runLane = async (scripts, stream) => {
  const results = [];
  for (const script of scripts) results.push(await run(script, stream));
  return results;
};

const names = (lane) => lane.join(' then ');
console.log(
  `Running ${lanes.map(names).join(', beside ')} (${rest.map(names).join(', ')} printed when done).`,
);
const results = (
  await Promise.all([runLane(first, true), ...rest.map((lane) => runLane(lane, false))])
).flat();
const cpu = childCpuSeconds();
console.log(
  `${lanes.map(names).join(', ')}: ${((Date.now() - began) / 1000).toFixed(0)} s` +
    (cpu === null ? '' : `, ${cpu.toFixed(0)} CPU s`),
);
const failed = results.filter((r) => r.code !== 0);
for (const f of failed) console.error(`npm run ${f.script} failed (exit ${f.code}).`);
process.exit(failed.length ? 1 : 0);
