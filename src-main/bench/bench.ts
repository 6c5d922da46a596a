/**
 * `layerlab bench` (`npm run bench`): trains fixed workloads on synthetic data of MNIST's and IMDB's
 * shapes, on every backend available, stock TensorFlow.js against our engine, one measurement per
 * fresh process, and prints samples/s, ms per step, epoch time and peak memory (medians of repeats);
 * then a grid's throughput and what recording the insights costs (insights-worker.ts).
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Option, type Command } from 'commander';
import { refusal } from '../cli/commander-text.ts';
import type { BackendName } from '../contract/api.ts';
import { positiveInt, printJson } from '../cli/context.ts';
import type { BenchRequest, BenchResult } from './bench-worker.ts';
import type { InsightsBenchResult } from './insights-worker.ts';
import { figure, peerTable, runPeer, type MatmulLimit } from './peer.ts';
import { alignColumns } from '../cli/output.ts';
import {
  BENCH_MODES,
  WORKLOADS,
  WORKLOAD_NAMES,
  type BenchMode,
  type WorkloadName,
} from './workloads.ts';
import { m } from '../contract/i18n.ts';
import { backendSkipText, type BackendSkip } from '../contract/backend-text.ts';

const WORKER = fileURLToPath(new URL('./bench-worker.ts', import.meta.url));
const INSIGHTS_WORKER = fileURLToPath(new URL('./insights-worker.ts', import.meta.url));
const MATMUL_WORKER = fileURLToPath(new URL('./matmul-worker.ts', import.meta.url));

/** Runs a worker script in a fresh process; its last stdout line is the JSON answer. */
function runWorker(request: BenchRequest): Promise<BenchResult> {
  return runScript(WORKER, JSON.stringify(request), (error) => ({
    ...request,
    ok: false,
    error,
    peakRssMB: 0,
    details: [],
  }));
}

function runScript<T>(script: string, arg: string, failed: (error: string) => T): Promise<T> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), script, arg], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (err += d));
    child.on('exit', (code) => {
      const line = out.trim().split('\n').pop();
      try {
        resolve(JSON.parse(line!) as T);
      } catch {
        resolve(failed(`worker exited with code ${code}: ${err.trim().split('\n').pop() ?? ''}`));
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
  // WebGPU's worker measures only a hardware adapter unless --webgpu; it says why otherwise.
  return [...out, 'webgpu', 'wasm', 'cpu'];
}

export function benchTable(results: BenchResult[]): string {
  const rows: string[][] = [];
  const keys = [...new Set(results.map((r) => `${r.workload}|${r.backend}`))];
  for (const key of keys) {
    const [workload, backend] = key.split('|');
    const stock = results.find(
      (r) => r.workload === workload && r.backend === backend && r.mode === 'stock',
    );
    const engine1 = results.find(
      (r) => r.workload === workload && r.backend === backend && r.mode === 'engine1',
    );
    const engine = results.find(
      (r) => r.workload === workload && r.backend === backend && r.mode === 'engine',
    );
    const cell = (r?: BenchResult) =>
      !r ? '-' : r.ok ? figure(r.median) : m.cli_bench_cannot_train();
    const best = engine?.ok ? engine : engine1;
    const speedup = stock?.ok && best?.ok ? `${figure(best.median! / stock.median!, 1)}x` : '-';
    rows.push([
      workload,
      backend,
      cell(stock),
      cell(engine1),
      cell(engine),
      speedup,
      figure(best?.msPerStep, 1),
      figure(best?.epochSeconds, 1),
      figure(best?.peakRssMB ?? stock?.peakRssMB),
    ]);
  }
  const head = [
    m.cli_bench_col_workload(),
    m.cli_bench_col_backend(),
    m.cli_bench_col_stock(),
    m.cli_bench_col_engine1(),
    m.cli_bench_col_engine(),
    m.cli_bench_col_speedup(),
    m.cli_bench_col_ms_step(),
    m.cli_bench_col_epoch_s(),
    m.cli_bench_col_peak_mb(),
  ];
  return alignColumns([head, ...rows], (c) => c >= 2).join('\n');
}

/** Wall time of one small grid (4 settings x 2 folds on generated data) with `parallel` trainers. */
async function timeGrid(parallel: number): Promise<number> {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const path = await import('node:path');
  const { sequential } = await import('../contract/graph.ts');
  const { LAB_FORMAT, parseLab } = await import('../contract/lab.ts');
  const { RunStore } = await import('../store/run-store.ts');
  const { GridStore } = await import('../store/grid-store.ts');
  const { RunManager } = await import('../engine/run-manager.ts');
  const { GridRunner } = await import('../engine/grid-runner.ts');
  const { forkTrainer } = await import('../engine/trainer-client.ts');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'layerlab-bench-grid-'));
  const store = new RunStore(path.join(dir, 'runs.sqlite'));
  try {
    const runs = new RunManager({ store, dataDirs: [], spawnTrainer: () => forkTrainer() });
    const runner = new GridRunner(runs, new GridStore(store), () => parallel);
    const lab = parseLab({
      format: LAB_FORMAT,
      version: 1,
      name: 'bench grid',
      graph: sequential([
        { kind: 'Input', params: { shape: [2] } },
        { kind: 'Dense', params: { units: 64, activation: 'relu' } },
        { kind: 'Dropout', params: { rate: 0.2 } },
        { kind: 'Dense', params: { units: 64, activation: 'relu' } },
        { kind: 'Dense', params: { units: 2, activation: 'softmax' } },
      ]),
      dataset: { kind: 'synthetic', shape: 'spirals', samples: 6000 },
      training: { epochs: 4, batchSize: 32, seed: 1 },
      grid: {
        params: [
          { path: 'layers.dropout.rate', values: [0.1, 0.3] },
          { path: 'training.learningRate', values: [0.001, 0.01] },
        ],
        evaluation: { kind: 'kfold', folds: 2 },
        refit: false,
      },
    });
    const t0 = performance.now();
    const { done } = runner.start(lab);
    const outcome = await done;
    if (outcome.status !== 'completed')
      throw new Error(`the benchmark grid ended ${outcome.status}`);
    return (performance.now() - t0) / 1000;
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchGrid(options: BenchOptions): Promise<void> {
  const one = await timeGrid(1);
  const two = await timeGrid(2);
  const result = {
    workload: 'grid-4x2-folds',
    cores: os.cpus().length,
    seconds1: one,
    seconds2: two,
    ratio: two / one,
  };
  if (options.json) printJson(result);
  else
    process.stdout.write(
      `\n${m.cli_bench_grid({ one: figure(one, 1), two: figure(two, 1), ratio: figure(two / one, 2) })}\n`,
    );
}

/** Recording the insights: one MNIST epoch of the 2x512 MLP with and without, and their size. */
async function benchInsights(options: BenchOptions): Promise<void> {
  const r = await runScript<InsightsBenchResult>(
    INSIGHTS_WORKER,
    String(options.repeats),
    (error) => ({ ok: false, error, backend: '-', repeats: options.repeats }),
  );
  if (options.json) return printJson({ workload: 'insights', ...r });
  if (!r.ok)
    return void process.stdout.write(
      `\n${m.cli_bench_insights_failed({ error: r.error ?? '' })}\n`,
    );
  process.stdout.write(`\n${insightsText(r)}\n`);
}

/**
 * Why WebGPU is not measured, in the user's language; a software adapter is measured with the
 * bench's own `--webgpu` (the app's `--backend webgpu` is not a bench option).
 */
function noGpuText(why: BackendSkip): string {
  return why.kind === 'software-adapter'
    ? m.cli_bench_software_adapter({ gpu: why.gpu })
    : backendSkipText(why);
}

/** The insights measurement in the CLI's language: two lines. */
export function insightsText(r: InsightsBenchResult): string {
  const kb = (b: number | undefined) => `${figure((b ?? 0) / 1024, 1)} KB`;
  const share = (part: number | undefined, whole: number | undefined = 1) =>
    part === undefined || !whole ? undefined : (100 * part) / whole;
  return [
    m.cli_bench_insights({
      backend: r.backend,
      repeats: r.repeats,
      plain: figure(r.epochSeconds, 2),
      recorded: figure(r.epochSecondsRecorded, 2),
      overhead: figure(share(r.overhead), 1),
      cpu: figure(r.cpuSeconds, 1),
      cpuRecorded: figure(r.cpuSecondsRecorded, 1),
      cpuOverhead: figure(share(r.cpuOverhead), 1),
      insight: figure(r.insightSeconds === undefined ? undefined : 1000 * r.insightSeconds),
      insightShare: figure(share(r.insightSeconds, r.epochSeconds), 1),
      initial: figure(r.initialSeconds, 2),
    }),
    m.cli_bench_insights_stored({
      mnist: kb(r.mnistInsightBytes),
      mnistMeta: kb(r.mnistMetaBytes),
      moons: kb(r.moonsInsightBytes),
      moonsMeta: kb(r.moonsMetaBytes),
    }),
  ].join('\n');
}

interface BenchOptions {
  workloads?: WorkloadName[];
  backends?: BackendName[];
  modes?: BenchMode[];
  repeats: number;
  seconds: number;
  json?: boolean;
  grid: boolean;
  insights: boolean;
  insightsOnly?: boolean;
  peer: boolean;
  webgpu?: boolean;
}

/**
 * The matrix-multiply limits and the TensorFlow-for-Python peer row, against our best wasm figure
 * of each workload measured above.
 */
async function benchPeer(options: BenchOptions, results: BenchResult[]): Promise<void> {
  const limits: MatmulLimit[] = [];
  for (const threads of [...new Set([1, os.availableParallelism()])]) {
    const r = await runScript<MatmulLimit | null>(MATMUL_WORKER, String(threads), () => null);
    if (r) limits.push(r);
  }
  const workloads = [
    ...new Set(results.filter((r) => r.backend === 'wasm').map((r) => r.workload)),
  ];
  const peer = await runPeer(workloads, options.repeats, options.seconds);
  // `missing` is the note's words for the table; --json keeps its English `note`.
  const { missing: _, ...json } = peer;
  if (options.json) return printJson({ workload: 'peer', limits, ...json });
  process.stdout.write('\n' + peerTable(results, limits, peer) + '\n');
}

async function bench(options: BenchOptions): Promise<void> {
  if (options.insightsOnly) return benchInsights(options);
  const backends = options.backends ?? (await availableBackends());
  const workloads = options.workloads ?? [...WORKLOAD_NAMES];
  const modes = options.modes ?? [...BENCH_MODES];
  if (!options.json) {
    process.stderr.write(
      `${m.cli_bench_start({ cores: os.cpus().length, cpu: os.cpus()[0]?.model ?? m.cli_bench_unknown_cpu(), node: process.version, repeats: options.repeats, seconds: options.seconds })}\n`,
    );
  }
  const results: BenchResult[] = [];
  let noGpu = false;
  for (const workload of workloads) {
    for (const backend of backends) {
      if (backend === 'webgpu' && noGpu) continue;
      // The JS backend takes minutes per CNN step and about five minutes per MNIST epoch: measured
      // only when asked for by name (--backends cpu).
      if (
        backend === 'cpu' &&
        !options.backends &&
        (workload.startsWith('cnn') || WORKLOADS[workload].fixedSamples)
      ) {
        if (!options.json) process.stderr.write(`  ${m.cli_bench_cpu_skipped({ workload })}\n`);
        continue;
      }
      for (const mode of modes) {
        // A full-epoch memory run is about our engine; stock would only repeat the MLP figures.
        if (WORKLOADS[workload].fixedSamples && mode !== 'engine') continue;
        // Threads are a wasm matter; the JS backend would only repeat itself.
        if (backend !== 'wasm' && mode === 'engine1') continue;
        const r = await runWorker({
          workload,
          backend,
          mode,
          repeats: options.repeats,
          seconds: options.seconds,
          softwareGpu: options.webgpu || process.env.LAYERLAB_BENCH_WEBGPU === '1',
        });
        // No (hardware) adapter: said once, not measured again for every workload.
        if (r.noGpu) {
          noGpu = true;
          if (!options.json)
            process.stderr.write(`  ${m.cli_bench_webgpu_skipped({ why: noGpuText(r.noGpu) })}\n`);
          break;
        }
        results.push(r);
        if (options.json) printJson({ ...r, cores: os.cpus().length });
        else
          process.stderr.write(
            `  ${m.cli_bench_measured({ workload, backend, mode, result: r.ok ? m.cli_bench_samples_per_s({ value: figure(r.median) }) : (r.error ?? '') })}\n`,
          );
      }
    }
  }
  if (results.length && !options.json) process.stdout.write('\n' + benchTable(results) + '\n');
  const gpu = results.find((r) => r.backend === 'webgpu' && r.ok)?.details.at(-1);
  if (gpu && !options.json)
    process.stdout.write(
      `${(gpu.endsWith('software') ? m.cli_bench_adapter_software : m.cli_bench_adapter)({ adapter: gpu })}\n`,
    );
  if (options.peer && results.length) await benchPeer(options, results);
  if (options.grid) await benchGrid(options);
  if (options.insights) await benchInsights(options);
}

const list =
  <T extends string>(allowed: readonly T[]) =>
  (value: string) => {
    const items = value.split(',').map((s) => s.trim()) as T[];
    for (const item of items)
      if (!allowed.includes(item))
        throw refusal(() => m.clierr_not_one_of({ value: item, list: allowed.join(', ') }));
    return items;
  };

export function registerBench(program: Command): void {
  program
    .command('bench')
    .description(
      'Measure training speed and memory: stock TensorFlow.js against the LayerLab engine.',
    )
    .option(
      '--workloads <list>',
      m.cliopt_bench_workloads({ list: WORKLOAD_NAMES.join(', ') }),
      list(WORKLOAD_NAMES),
    )
    .option(
      '--backends <list>',
      m.cliopt_bench_backends(),
      list(['tensorflow-gpu', 'webgpu', 'tensorflow', 'wasm', 'cpu'] as const),
    )
    .option('--webgpu', m.cliopt_bench_webgpu())
    .option('--modes <list>', m.cliopt_bench_modes(), list(BENCH_MODES))
    .addOption(
      new Option('--repeats <n>', m.cliopt_bench_repeats()).argParser(positiveInt).default(3),
    )
    .addOption(
      new Option('--seconds <n>', m.cliopt_bench_seconds()).argParser(positiveInt).default(4),
    )
    .option('--no-grid', m.cliopt_bench_no_grid())
    .option('--no-insights', m.cliopt_bench_no_insights())
    .option('--no-peer', m.cliopt_bench_no_peer())
    .option('--insights-only', m.cliopt_bench_insights_only())
    .option('--json', m.cliopt_bench_json())
    .action((options: BenchOptions) => bench(options));
}
