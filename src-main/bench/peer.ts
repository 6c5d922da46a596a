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

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCRIPT = fileURLToPath(new URL('./tf-peer.py', import.meta.url));

export interface PeerResult {
  workload: WorkloadName;
  ok: boolean;
  error?: string;
  median?: number;
}

export interface PeerRun {
  /** Why there is no peer row (no Python environment, or it failed). */
  note?: string;
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
  if (!existsSync(python))
    return {
      note: `no TensorFlow peer row: no Python test environment at ${process.env.LAYERLAB_KERAS_PYTHON ? python : path.relative(ROOT, python)} (see test/keras/run-keras-checks.mjs)`,
      results: [],
    };
  const { lines, err } = await jsonLines(python, [
    SCRIPT,
    JSON.stringify({ workloads, repeats, seconds }),
  ]);
  const matmul = lines.find((l) => (l as { workload: string }).workload === 'matmul') as
    { gflops: number; version: string } | undefined;
  if (!matmul)
    return {
      note: `no TensorFlow peer row: ${err.trim().split('\n').pop() ?? 'tf-peer.py failed'}`,
      results: [],
    };
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
  const lines = [
    `Matrix-multiply limit: wasm (XNNPACK, 1024^3) ${limits.map((l) => `${l.gflops.toFixed(1)} GFLOP/s on ${l.threads} thread${l.threads > 1 ? 's' : ''}`).join(', ')}` +
      (peer.nativeGflops
        ? `; native TensorFlow (2048^3, ${peer.version}) ${peer.nativeGflops.toFixed(1)} GFLOP/s`
        : ''),
  ];
  if (peer.note) lines.push(peer.note);
  const head = [
    'workload',
    'LayerLab',
    'TF Python',
    'LayerLab/TF',
    'GFLOP/s',
    '% wasm mm',
    '% native mm',
  ];
  const rows: string[][] = [];
  for (const workload of [...new Set(results.map((r) => r.workload))]) {
    const ours = results
      .filter((r) => r.workload === workload && r.backend === 'wasm' && r.mode !== 'stock' && r.ok)
      .sort((a, b) => b.median! - a.median!)[0];
    if (!ours) continue;
    const tf = peer.results.find((p) => p.workload === workload && p.ok);
    const gflops = (WORKLOADS[workload].trainFlops * ours.median!) / 1e9;
    const pct = (limit: number | undefined) =>
      limit ? `${((100 * gflops) / limit).toFixed(0)}%` : '-';
    rows.push([
      workload,
      ours.median!.toFixed(0),
      tf ? tf.median!.toFixed(0) : '-',
      tf ? `${(ours.median! / tf.median!).toFixed(2)}x` : '-',
      gflops.toFixed(1),
      pct(wasmLimit),
      pct(peer.nativeGflops),
    ]);
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [...lines, '', line(head), ...rows.map(line)].join('\n');
}
