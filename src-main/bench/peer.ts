/**
 * The bench's peer row: the same workloads trained by TensorFlow for Python (tf-peer.py, run with
 * the test environment's Python, .venv-keras) in the same run, and the matrix-multiply limits
 * (wasm XNNPACK on one thread and on all cores; TensorFlow's native matmul), so that the table
 * shows LayerLab against what a student would otherwise use, and against the hardware.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from './bench-worker.ts';
import { WORKLOADS, type WorkloadName } from './workloads.ts';
import { formatNumber, m, type MessageLocale } from '../contract/i18n.ts';
import { alignColumns } from '../cli/output.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCRIPT = fileURLToPath(new URL('./tf-peer.py', import.meta.url));

export interface PeerResult {
  workload: WorkloadName;
  ok: boolean;
  error?: string;
  median?: number;
}

/** Why there is no peer row: no Python environment at `python`, or what tf-peer.py said last. */
export type PeerMissing = { python: string } | { failed: string };

/** `missing` in words, in `locale` (the CLI's by default). */
const missingText = (missing: PeerMissing, locale?: MessageLocale) =>
  'python' in missing
    ? m.cli_bench_peer_no_python({ path: missing.python }, { locale })
    : m.cli_bench_peer_failed({ detail: missing.failed }, { locale });

/** A figure with `digits` decimals in the CLI's language ("1,234.5"); '-' when there is none. */
export const figure = (x: number | undefined, digits = 0): string =>
  x === undefined || !Number.isFinite(x)
    ? '-'
    : formatNumber(x, { minimumFractionDigits: digits, maximumFractionDigits: digits });

export interface PeerRun {
  /** Why there is no peer row (no Python environment, or it failed), in English (`--json`). */
  note?: string;
  /** The same, for saying it in the CLI's language; left out of `--json`. */
  missing?: PeerMissing;
  version?: string;
  nativeGflops?: number;
  results: PeerResult[];
}

export function peerPython(): string {
  const bin = process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python';
  return process.env.LAYERLAB_KERAS_PYTHON || path.join(ROOT, '.venv-keras', bin);
}

/** Lines of JSON from a child process's stdout (stderr kept for the error). */
export function jsonLines(cmd: string, args: string[]): Promise<{ lines: unknown[]; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (err += d));
    child.on('error', (e) => (err += String(e.message)));
    child.on('close', () => {
      const lines = out
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as unknown);
      resolve({ lines, err });
    });
  });
}

export async function runPeer(
  workloads: WorkloadName[],
  repeats: number,
  seconds: number,
): Promise<PeerRun> {
  const python = peerPython();
  const none = (missing: PeerMissing): PeerRun => ({
    note: missingText(missing, 'en'),
    missing,
    results: [],
  });
  if (!existsSync(python))
    return none({
      python: process.env.LAYERLAB_KERAS_PYTHON ? python : path.relative(ROOT, python),
    });
  const { lines, err } = await jsonLines(python, [
    SCRIPT,
    JSON.stringify({ workloads, repeats, seconds }),
  ]);
  const matmul = lines.find((l) => (l as { workload: string }).workload === 'matmul') as
    { gflops: number; version: string } | undefined;
  if (!matmul) return none({ failed: err.trim().split('\n').pop() ?? 'tf-peer.py failed' });
  return {
    version: matmul.version,
    nativeGflops: matmul.gflops,
    results: lines.filter((l) => l !== matmul) as PeerResult[],
  };
}

export interface MatmulLimit {
  threads: number;
  gflops: number;
}

/**
 * LayerLab's best wasm figure per workload against TensorFlow for Python, and what share of the
 * matrix-multiply limit each reaches (training FLOPs per sample x samples/s).
 */
export function peerTable(results: BenchResult[], limits: MatmulLimit[], peer: PeerRun): string {
  const wasmLimit = Math.max(0, ...limits.map((l) => l.gflops));
  const wasm = limits
    .map((l) => m.cli_bench_matmul_threads({ gflops: figure(l.gflops, 1), threads: l.threads }))
    .join(m.cliopt_separator());
  const lines: string[] = [
    peer.nativeGflops
      ? m.cli_bench_matmul_native({
          limits: wasm,
          version: peer.version ?? '',
          gflops: figure(peer.nativeGflops, 1),
        })
      : m.cli_bench_matmul({ limits: wasm }),
  ];
  if (peer.missing) lines.push(missingText(peer.missing));
  else if (peer.note) lines.push(peer.note);
  const head: string[] = [
    m.cli_bench_col_workload(),
    'LayerLab',
    m.cli_bench_col_tf_python(),
    'LayerLab/TF',
    'GFLOP/s',
    m.cli_bench_col_wasm_share(),
    m.cli_bench_col_native_share(),
  ];
  const rows: string[][] = [];
  for (const workload of [...new Set(results.map((r) => r.workload))]) {
    const ours = results
      .filter((r) => r.workload === workload && r.backend === 'wasm' && r.mode !== 'stock' && r.ok)
      .sort((a, b) => b.median! - a.median!)[0];
    if (!ours) continue;
    const tf = peer.results.find((p) => p.workload === workload && p.ok);
    const gflops = (WORKLOADS[workload].trainFlops * ours.median!) / 1e9;
    const pct = (limit: number | undefined) => (limit ? `${figure((100 * gflops) / limit)}%` : '-');
    rows.push([
      workload,
      figure(ours.median),
      tf ? figure(tf.median) : '-',
      tf ? `${figure(ours.median! / tf.median!, 2)}x` : '-',
      figure(gflops, 1),
      pct(wasmLimit),
      pct(peer.nativeGflops),
    ]);
  }
  return [...lines, '', ...alignColumns([head, ...rows], (c) => c >= 1)].join('\n');
}
