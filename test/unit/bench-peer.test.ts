/**
 * The bench's peer row (src-main/bench/peer.ts): without the Python environment it says so in one
 * line and the bench goes on; with figures, the table gives LayerLab/TF ratios and the share of
 * the matrix-multiply limits from each workload's training FLOPs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { BenchResult } from '../../src-main/bench/bench-worker.ts';
import { peerTable, runPeer } from '../../src-main/bench/peer.ts';
import { WORKLOADS } from '../../src-main/bench/workloads.ts';

const saved = process.env.LAYERLAB_KERAS_PYTHON;
afterEach(() => {
  if (saved === undefined) delete process.env.LAYERLAB_KERAS_PYTHON;
  else process.env.LAYERLAB_KERAS_PYTHON = saved;
});

const result = (mode: BenchResult['mode'], median: number): BenchResult => ({
  workload: 'cnn-b64',
  backend: 'wasm',
  mode,
  repeats: 3,
  seconds: 4,
  ok: true,
  median,
  peakRssMB: 0,
  details: [],
});

describe('bench peer row', () => {
  it('without the Python environment: one line, no rows, no error', async () => {
    process.env.LAYERLAB_KERAS_PYTHON = '/nonexistent/python';
    const peer = await runPeer(['cnn-b64'], 1, 1);
    expect(peer.results).toEqual([]);
    expect(peer.note).toMatch(
      /^no TensorFlow peer row: no Python test environment at \/nonexistent/,
    );
    const text = peerTable([result('engine', 500)], [{ threads: 2, gflops: 50 }], peer);
    expect(text).toContain(peer.note);
    expect(text).toMatch(/cnn-b64 +500 +- +- /);
  });

  it('ratios against TensorFlow and shares of the matmul limits, from the best engine figure', () => {
    const flops = WORKLOADS['cnn-b64'].trainFlops;
    expect(flops).toBeCloseTo(71.66e6, -5); // 2 x (3 x 12,008,832 - 194,688)
    const gflops = (flops * 600) / 1e9;
    const text = peerTable(
      [result('stock', 9000), result('engine1', 400), result('engine', 600)],
      [
        { threads: 1, gflops: 25 },
        { threads: 2, gflops: 2 * gflops },
      ],
      {
        version: 'TensorFlow 2',
        nativeGflops: 4 * gflops,
        results: [{ workload: 'cnn-b64', ok: true, median: 300 }],
      },
    );
    expect(text).toMatch(/cnn-b64 +600 +300 +2\.00x +43\.0 +50% +25%/);
  });
});
