/**
 * What recording the insights costs (contract/insights.ts), in a fresh process: the MNIST-shaped
 * 2x512 MLP trains one full epoch (60,000 synthetic examples, validated on 10,000) with and without
 * `onInsight`, alternately, on wasm with a thread per core; and the size of one epoch's insight as
 * the wire encodes it (byte arrays in base64), for that run and a moons-shaped 2-input run.
 * Prints one JSON line: InsightsBenchResult.
 */
import os from 'node:os';
import type { EpochInsight } from '../contract/insights.ts';
import { LAB_FORMAT, parseLab, type LabFile } from '../contract/lab.ts';
import { sequential } from '../contract/graph.ts';
import { encodeWire } from '../contract/wire.ts';
import type { Dataset } from '../data/dataset.ts';
import { loadDataset } from '../data/index.ts';
import { selectBackend } from '../engine/backend.ts';
import { train } from '../engine/trainer.ts';
import { WORKLOADS, syntheticData } from './workloads.ts';

export interface InsightsBenchResult {
  ok: boolean;
  error?: string;
  backend: string;
  repeats: number;
  /** Medians over the repeats: one epoch's seconds without recording, and with it (its insight included). */
  epochSeconds?: number;
  epochSecondsRecorded?: number;
  /** epochSecondsRecorded / epochSeconds - 1: everything, and the machine's noise. */
  overhead?: number;
  /** CPU seconds of a whole one-epoch run without recording, and with (epoch 0 included). */
  cpuSeconds?: number;
  cpuSecondsRecorded?: number;
  cpuOverhead?: number;
  /** Every repeat's [epoch seconds, CPU seconds]. */
  samples?: { plain: number[][]; recorded: number[][] };
  /** Seconds to make one epoch's insight after the epoch (the bulk of the work recording adds). */
  insightSeconds?: number;
  /** Epoch 0 (before training: one more pass over the validation data), seconds. */
  initialSeconds?: number;
  /** JSON bytes of one epoch's insight, and of the meta, per run shape. */
  mnistInsightBytes?: number;
  mnistMetaBytes?: number;
  moonsInsightBytes?: number;
  moonsMetaBytes?: number;
}

/** MNIST's shape: 60,000 training and 10,000 test examples of random pixels. */
function mnistShaped(): Dataset {
  const all = syntheticData('mnist', 70000);
  const f = all.train.features as { data: Uint8Array; rowSize: number; scale: number };
  const part = (from: number, to: number) => ({
    count: to - from,
    features: {
      kind: 'u8' as const,
      data: f.data.subarray(from * 784, to * 784),
      rowSize: 784,
      scale: f.scale,
    },
    labels: all.train.labels.subarray(from, to),
  });
  return {
    ...all,
    info: { ...all.info, trainCount: 60000, testCount: 10000 },
    train: part(0, 60000),
    test: part(60000, 70000),
  };
}

interface Timed {
  epochSeconds: number;
  /** CPU seconds of the whole run (every thread of this process): less moved by other processes. */
  cpuSeconds: number;
  insightSeconds: number;
  initialSeconds: number;
  insight: EpochInsight | null;
  metaBytes: number;
}

async function timeRun(lab: LabFile, data: Dataset, record: boolean): Promise<Timed> {
  let insight: EpochInsight | null = null;
  let metaBytes = 0;
  let started = performance.now();
  let initialSeconds = 0;
  let epochEnd = 0;
  let insightSeconds = 0;
  const cpu = process.cpuUsage();
  const result = await train(lab, data, {
    onStart: () => (started = performance.now()),
    onEpoch: () => (epochEnd = performance.now()),
    ...(record && {
      onInsight: (i: EpochInsight, meta?: unknown) => {
        if (meta) {
          initialSeconds = (performance.now() - started) / 1000;
          metaBytes = encodeWire(meta).length;
        } else {
          insightSeconds = (performance.now() - epochEnd) / 1000;
          insight = i;
        }
      },
    }),
  });
  const used = process.cpuUsage(cpu);
  return {
    cpuSeconds: (used.user + used.system) / 1e6,
    epochSeconds: result.metrics[0].seconds + insightSeconds,
    insightSeconds,
    initialSeconds,
    insight,
    metaBytes,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(repeats: number): Promise<InsightsBenchResult> {
  const backend = await selectBackend('wasm', { threads: os.availableParallelism() });
  const result: InsightsBenchResult = { ok: false, backend: backend.name, repeats };
  const w = WORKLOADS['mlp-b128-epoch'];
  const lab = parseLab({
    format: LAB_FORMAT,
    version: 1,
    graph: w.graph(),
    dataset: { kind: 'synthetic', shape: 'xor' },
    training: { ...w.training, epochs: 1, validation: { kind: 'test' }, seed: 1 },
  });
  const data = mnistShaped();
  const plain: Timed[] = [];
  const recorded: Timed[] = [];
  // Warm up the kernels once, then alternate (ABBA) so that drifts in machine load hit both alike.
  await timeRun({ ...lab, training: { ...lab.training, trainSubset: 1280 } }, data, true);
  for (let i = 0; i < repeats; i++) {
    for (const record of i % 2 ? [true, false] : [false, true])
      (record ? recorded : plain).push(await timeRun(lab, data, record));
  }
  const moonsLab = parseLab({
    format: LAB_FORMAT,
    version: 1,
    graph: sequential([
      { kind: 'Input', params: { shape: [2] } },
      { kind: 'Dense', params: { units: 16, activation: 'relu' } },
      { kind: 'Dense', params: { units: 16, activation: 'relu' } },
      { kind: 'Dense', params: { units: 2, activation: 'softmax' } },
    ]),
    dataset: { kind: 'synthetic', shape: 'moons', samples: 1000 },
    training: { epochs: 1, validation: { kind: 'split', fraction: 0.2 }, seed: 1 },
  });
  const moons = await timeRun(
    moonsLab,
    await loadDataset(moonsLab.dataset, { dataDirs: [] }),
    true,
  );
  const epochSeconds = median(plain.map((r) => r.epochSeconds));
  const cpuSeconds = median(plain.map((r) => r.cpuSeconds));
  const cpuSecondsRecorded = median(recorded.map((r) => r.cpuSeconds));
  const epochSecondsRecorded = median(recorded.map((r) => r.epochSeconds));
  return Object.assign(result, {
    ok: true,
    epochSeconds,
    epochSecondsRecorded,
    overhead: epochSecondsRecorded / epochSeconds - 1,
    cpuSeconds,
    cpuSecondsRecorded,
    cpuOverhead: cpuSecondsRecorded / cpuSeconds - 1,
    samples: {
      plain: plain.map((r) => [r.epochSeconds, r.cpuSeconds]),
      recorded: recorded.map((r) => [r.epochSeconds, r.cpuSeconds]),
    },
    insightSeconds: median(recorded.map((r) => r.insightSeconds)),
    initialSeconds: median(recorded.map((r) => r.initialSeconds)),
    mnistInsightBytes: encodeWire(recorded[0].insight).length,
    mnistMetaBytes: recorded[0].metaBytes,
    moonsInsightBytes: encodeWire(moons.insight).length,
    moonsMetaBytes: moons.metaBytes,
  });
}

const repeats = Number(process.argv[2] ?? 3);
measure(repeats).then(
  (r) => process.stdout.write(JSON.stringify(r) + '\n'),
  (e: Error) =>
    process.stdout.write(
      JSON.stringify({ ok: false, error: String(e.message ?? e), backend: '-', repeats }) + '\n',
    ),
);
