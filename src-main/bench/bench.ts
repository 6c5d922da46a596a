/**
 * `layerlab bench` (`npm run bench`): trains fixed workloads on synthetic data of MNIST's and IMDB's
 * shapes, on every backend available, stock TensorFlow.js against our engine, one measurement per
 * fresh process, and prints samples/s, ms per step, epoch time and peak memory (medians of repeats).
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Option, type Command } from 'commander';
import type { BackendName } from '../contract/api.ts';
import { positiveInt, printJson } from '../cli/context.ts';
import type { BenchRequest, BenchResult } from './bench-worker.ts';
import { WORKLOADS, WORKLOAD_NAMES, type WorkloadName } from './workloads.ts';

const WORKER = fileURLToPath(new URL('./bench-worker.ts', import.meta.url));

function runWorker(request: BenchRequest): Promise<BenchResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), WORKER, JSON.stringify(request)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (err += d));
    child.on('exit', (code) => {
      const line = out.trim().split('\n').pop();
      try {
        resolve(JSON.parse(line!) as BenchResult);
      } catch {
        resolve({ ...request, ok: false, error: `worker exited with code ${code}: ${err.trim().split('\n').pop() ?? ''}`, peakRssMB: 0, details: [] });
      }
    });
  });
}

/** Backends worth measuring here: the native ones only when their packages load. */
async function availableBackends(): Promise<BackendName[]> {
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  const out: BackendName[] = [];
  for (const [name, pkg] of [['tensorflow', '@tensorflow/tfjs-node']] as const) {
    try {
      require(pkg);
      out.push(name);
    } catch {
      /* not installed: reported by the ladder elsewhere */
    }
  }
  return [...out, 'wasm', 'cpu'];
}

const fmt = (x: number | undefined, digits = 0) => (x === undefined ? '-' : x.toFixed(digits));

function table(results: BenchResult[]): string {
  const rows: string[][] = [];
  const keys = [...new Set(results.map((r) => `${r.workload}|${r.backend}`))];
  for (const key of keys) {
    const [workload, backend] = key.split('|');
    const stock = results.find((r) => r.workload === workload && r.backend === backend && r.mode === 'stock');
    const engine = results.find((r) => r.workload === workload && r.backend === backend && r.mode === 'engine');
    const cell = (r?: BenchResult) => (!r ? '-' : r.ok ? fmt(r.median) : 'cannot train');
    const speedup = stock?.ok && engine?.ok ? `${(engine.median! / stock.median!).toFixed(1)}x` : '-';
    rows.push([workload, backend, cell(stock), cell(engine), speedup, fmt(engine?.msPerStep, 1), fmt(engine?.epochSeconds, 1), `${engine?.peakRssMB ?? stock?.peakRssMB ?? '-'}`]);
  }
  const head = ['workload', 'backend', 'stock samples/s', 'engine samples/s', 'speedup', 'engine ms/step', 'epoch s', 'peak MB'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}

interface BenchOptions {
  workloads?: WorkloadName[];
  backends?: BackendName[];
  modes?: ('stock' | 'engine')[];
  repeats: number;
  seconds: number;
  json?: boolean;
}

async function bench(options: BenchOptions): Promise<void> {
  const backends = options.backends ?? (await availableBackends());
  const workloads = options.workloads ?? [...WORKLOAD_NAMES];
  const modes = options.modes ?? ['stock', 'engine'];
  if (!options.json) {
    process.stderr.write(`LayerLab benchmark: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${options.repeats} repeats of ~${options.seconds}s\n`);
  }
  const results: BenchResult[] = [];
  for (const workload of workloads) {
    for (const backend of backends) {
      for (const mode of modes) {
        // A full-epoch memory run is about our engine; stock would only repeat the MLP figures.
        if (WORKLOADS[workload].fixedSamples && mode === 'stock') continue;
        const r = await runWorker({ workload, backend, mode, repeats: options.repeats, seconds: options.seconds });
        results.push(r);
        if (options.json) printJson({ ...r, cores: os.cpus().length });
        else process.stderr.write(`  ${workload} ${backend} ${mode}: ${r.ok ? `${fmt(r.median)} samples/s` : r.error}\n`);
      }
    }
  }
  if (!options.json) process.stdout.write('\n' + table(results) + '\n');
}

const list = <T extends string>(allowed: readonly T[]) => (value: string) => {
  const items = value.split(',').map((s) => s.trim()) as T[];
  for (const item of items) if (!allowed.includes(item)) throw new Error(`'${item}' is not one of ${allowed.join(', ')}`);
  return items;
};

export function registerBench(program: Command): void {
  program
    .command('bench')
    .description('Measure training speed and memory: stock TensorFlow.js against the LayerLab engine.')
    .option('--workloads <list>', `comma-separated: ${WORKLOAD_NAMES.join(', ')}`, list(WORKLOAD_NAMES))
    .option('--backends <list>', 'comma-separated: tensorflow, wasm, cpu', list(['tensorflow-gpu', 'tensorflow', 'wasm', 'cpu'] as const))
    .option('--modes <list>', 'stock, engine', list(['stock', 'engine'] as const))
    .addOption(new Option('--repeats <n>', 'timed repeats per measurement (median reported)').argParser(positiveInt).default(3))
    .addOption(new Option('--seconds <n>', 'target length of one timed repeat').argParser(positiveInt).default(4))
    .option('--json', 'one JSON object per measurement')
    .action((options: BenchOptions) => bench(options));
}
