/**
 * Entry point of a trainer process (a forked Node process, or an Electron utilityProcess): loads the
 * data, picks a backend, trains, and reports over the parent port. One run per process.
 */
import * as tf from '@tensorflow/tfjs-core';
import { writeRow, type Dataset } from '../data/dataset.ts';
import { loadDataset } from '../data/index.ts';
import { releaseBackend, selectBackend } from './backend.ts';
import { logIfInternal } from './errors.ts';
import type { TrainerMessage, TrainerRequest } from './protocol.ts';
import { evaluateStored, train } from './trainer.ts';

interface ParentPort {
  postMessage(message: TrainerMessage): void;
  on(event: 'message', listener: (request: TrainerRequest) => void): void;
}

/** Electron's utilityProcess exposes `process.parentPort`; a forked Node process has `process.send`. */
function parentPort(): ParentPort {
  const electronPort = (
    process as unknown as {
      parentPort?: {
        postMessage(m: unknown): void;
        on(e: 'message', l: (e: { data: TrainerRequest }) => void): void;
      };
    }
  ).parentPort;
  if (electronPort)
    return {
      postMessage: (m) => electronPort.postMessage(m),
      on: (_e, listener) => electronPort.on('message', (e) => listener(e.data)),
    };
  if (!process.send) throw new Error('The trainer must be started as a child process.');
  return {
    postMessage: (m) => process.send!(m),
    on: (_e, listener) => process.on('message', (m) => listener(m as TrainerRequest)),
  };
}

const port = parentPort();
let paused: { promise: Promise<void>; resolve: () => void } | null = null;
let stopRequested = false;
let running = false;

async function run(request: Extract<TrainerRequest, { type: 'start' }>) {
  running = true;
  try {
    const backend = await selectBackend(request.backend ?? 'auto', { threads: request.threads });
    port.postMessage({ type: 'backend', backend });
    const dataset = await loadDataset(request.lab.dataset, { dataDirs: request.dataDirs });
    const before = tf.memory().numTensors;
    const result = await train(
      request.lab,
      dataset,
      {
        progressIntervalMs: request.progressIntervalMs,
        onStart: (start) => port.postMessage({ type: 'started', ...start }),
        onProgress: (p) => port.postMessage({ type: 'progress', ...p }),
        onEpoch: (metrics) => port.postMessage({ type: 'epoch', metrics }),
        onInsight: (insight, meta) =>
          port.postMessage(
            meta ? { type: 'insight', meta, insight } : { type: 'insight', insight },
          ),
        gate: () => paused?.promise,
        shouldStop: () => stopRequested,
      },
      request.initialWeights ?? null,
    );
    const after = tf.memory().numTensors;
    port.postMessage({
      type: 'done',
      status: result.status,
      bestEpoch: result.bestEpoch,
      stoppedEpoch: result.stoppedEpoch,
      model: result.model,
      seconds: result.seconds,
      tensors: { before, after },
    });
  } catch (e) {
    port.postMessage({ type: 'error', error: logIfInternal(e, 'the trainer') });
  } finally {
    // The GPU's buffers and device go with the run, not with the process (which the parent ends).
    await releaseBackend();
    running = false;
  }
}

async function evaluateRequest(request: Extract<TrainerRequest, { type: 'evaluate' }>) {
  running = true;
  try {
    const backend = await selectBackend(request.backend ?? 'auto');
    port.postMessage({ type: 'backend', backend });
    const dataset = await loadDataset(request.lab.dataset, { dataDirs: request.dataDirs });
    const result = await evaluateStored(request.lab, dataset, request.weights);
    port.postMessage({ type: 'evaluated', datasetId: dataset.info.id, ...result });
  } catch (e) {
    port.postMessage({ type: 'error', error: logIfInternal(e, 'the trainer') });
  } finally {
    await releaseBackend();
    running = false;
  }
}

function firstExamples(dataset: Dataset, count: number): Float32Array[] {
  const { features } = dataset.train;
  return Array.from({ length: Math.min(count, dataset.train.count) }, (_, i) => {
    const out = new Float32Array(features.rowSize);
    writeRow(features, i, out, 0);
    return out;
  });
}

port.on('message', (request) => {
  switch (request.type) {
    case 'start':
      if (!running) void run(request);
      break;
    case 'evaluate':
      if (!running) void evaluateRequest(request);
      break;
    case 'describe':
      loadDataset(request.ref, { dataDirs: request.dataDirs }).then(
        (dataset) => port.postMessage({ type: 'described', info: dataset.info }),
        (e) => port.postMessage({ type: 'error', error: logIfInternal(e, 'the trainer') }),
      );
      break;
    case 'samples':
      loadDataset(request.ref, { dataDirs: request.dataDirs }).then(
        (dataset) =>
          port.postMessage({
            type: 'samples',
            info: dataset.info,
            examples: firstExamples(dataset, request.count),
          }),
        (e) => port.postMessage({ type: 'error', error: logIfInternal(e, 'the trainer') }),
      );
      break;
    case 'probe':
      selectBackend(request.backend ?? 'auto').then(
        (backend) => port.postMessage({ type: 'backend', backend }),
        (e) => port.postMessage({ type: 'error', error: logIfInternal(e, 'the trainer') }),
      );
      break;
    case 'pause':
      if (!paused) {
        let resolve!: () => void;
        const promise = new Promise<void>((r) => (resolve = r));
        paused = { promise, resolve };
        port.postMessage({ type: 'paused' });
      }
      break;
    case 'resume':
      if (paused) {
        paused.resolve();
        paused = null;
        port.postMessage({ type: 'resumed' });
      }
      break;
    case 'stop':
      stopRequested = true;
      if (paused) {
        paused.resolve();
        paused = null;
      }
      break;
  }
});

// The parent ends this process after 'done' or 'error'; if the parent goes away first, so do we.
// Both go through process.exit so that 'exit' handlers run (the threaded wasm build removes the
// scripts it wrote to the temp folder there).
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
