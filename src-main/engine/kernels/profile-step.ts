/**
 * Where a training step's time goes, kernel by kernel: every wasm kernel is wrapped with a timer and
 * the engine trains a benchmark workload for a few batches (after a warm-up).
 *
 *   npx tsx src-main/engine/kernels/profile-step.ts [workload] [--threads N] [--steps N]
 */
import { parseArgs } from 'node:util';
import { getKernelsForBackend, registerKernel, unregisterKernel } from '@tensorflow/tfjs-core';
import { selectBackend } from '../backend.ts';
import { train } from '../trainer.ts';
import { WORKLOADS, syntheticData, workloadLab, type WorkloadName } from '../../bench/workloads.ts';

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: { threads: { type: 'string', default: '1' }, steps: { type: 'string', default: '10' } },
});
const name = (positionals[0] ?? 'cnn-b64') as WorkloadName;
const w = WORKLOADS[name];
await selectBackend('wasm', { threads: Number(opts.threads) });

const totals = new Map<string, { ms: number; calls: number }>();
let timing = false;
for (const k of getKernelsForBackend('wasm')) {
  const inner = k.kernelFunc;
  unregisterKernel(k.kernelName, 'wasm');
  registerKernel({
    ...k,
    kernelFunc: (args) => {
      if (!timing) return inner(args);
      const t0 = performance.now();
      const out = inner(args);
      const t = totals.get(k.kernelName) ?? { ms: 0, calls: 0 };
      t.ms += performance.now() - t0;
      t.calls++;
      totals.set(k.kernelName, t);
      return out;
    },
  });
}

async function run(samples: number): Promise<number> {
  const r = await train(workloadLab(w), syntheticData(w.shape, samples));
  return r.metrics[0].seconds;
}
const batch = w.training.batchSize!;
const steps = Number(opts.steps);
await run(batch * 3);
timing = true;
const seconds = await run(batch * steps);
const total = [...totals.values()].reduce((s, t) => s + t.ms, 0);
console.log(
  `${name}: ${((1000 * seconds) / steps).toFixed(1)} ms/step, kernels ${(total / steps).toFixed(1)} ms/step, ${((batch * steps) / seconds).toFixed(0)} samples/s`,
);
for (const [k, t] of [...totals].sort((a, b) => b[1].ms - a[1].ms).slice(0, 30))
  console.log(
    `${k.padEnd(28)} ${(t.ms / steps).toFixed(2).padStart(8)} ms ${String(t.calls / steps).padStart(6)} calls`,
  );
