/**
 * Before/after of the SIMD convolution-gradient and pooling kernels in one process, ABAB: trains a
 * benchmark workload with them on and off in turn and prints samples/s and samples per CPU second
 * (`process.cpuUsage`, all threads: less moved by other processes than the wall clock).
 *
 *   npx tsx src-main/engine/kernels/ab-step.ts [workload] [--threads N] [--steps N] [--repeats N]
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { selectBackend } from '../backend.ts';
import { train } from '../trainer.ts';
import { WORKLOADS, syntheticData, workloadLab, type WorkloadName } from '../../bench/workloads.ts';
import { backpropFilterTuning } from './wasm-conv.ts';
import { poolTuning } from './wasm-pool.ts';

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    threads: { type: 'string', default: '1' },
    steps: { type: 'string', default: '20' },
    repeats: { type: 'string', default: '3' },
  },
});
const name = (positionals[0] ?? 'cnn-b64') as WorkloadName;
const w = WORKLOADS[name];
await selectBackend('wasm', { threads: Number(opts.threads) });
const batch = w.training.batchSize!;
const samples = batch * Number(opts.steps);

function setSimd(on: boolean): void {
  backpropFilterTuning.simd = on;
  poolTuning.simd = on;
}

interface Rates {
  perSecond: number;
  perCpuSecond: number;
}

async function run(): Promise<Rates> {
  const cpu = process.cpuUsage();
  const r = await train(workloadLab(w), syntheticData(w.shape, samples));
  const used = process.cpuUsage(cpu);
  const seconds = r.metrics.reduce((s, m) => s + m.seconds, 0);
  return {
    perSecond: samples / seconds,
    perCpuSecond: samples / ((used.user + used.system) / 1e6),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results: Record<'off' | 'on', Rates[]> = { off: [], on: [] };
setSimd(true);
await train(workloadLab(w), syntheticData(w.shape, batch * 3));
for (let i = 0; i < Number(opts.repeats); i++) {
  for (const mode of ['off', 'on'] as const) {
    setSimd(mode === 'on');
    results[mode].push(await run());
  }
}
const load = os.loadavg().map((l) => l.toFixed(1));
console.log(
  `${name}, ${opts.threads} thread(s), load ${load.join(' ')}, medians of ${opts.repeats}:`,
);
for (const mode of ['off', 'on'] as const) {
  const s = median(results[mode].map((r) => r.perSecond));
  const c = median(results[mode].map((r) => r.perCpuSecond));
  console.log(
    `  SIMD kernels ${mode.padEnd(3)}: ${s.toFixed(0)} samples/s, ${c.toFixed(0)} samples/CPU s`,
  );
}
