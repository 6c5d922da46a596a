/**
 * Starts the TF.js wasm backend with its multi-threaded (pthreads + SIMD) build in Node.
 *
 * tfjs-backend-wasm 4.22.0 ships the threaded binary and an Emscripten glue that knows
 * worker_threads, but turns it off in Node (https://github.com/tensorflow/tfjs/issues/3830):
 * - WASM_HAS_MULTITHREAD_SUPPORT is hard-wired to false when IS_NODE;
 * - the pthread worker script and the module source are handed over as Blob URLs, which Node's
 *   Worker and the glue's `importScripts` (fs.readFileSync) cannot open;
 * - the module's thread cap is os.cpus().length / 2, i.e. one thread on a 2-core machine;
 * - the 8 pre-spawned workers are never unref'd, so the process would not exit.
 * During backend initialisation only, `Blob` and `URL.createObjectURL` are replaced so that the two
 * scripts land in files under the OS temp folder, and os.cpus() reports enough cores for the
 * requested threads; all three are restored before this function returns.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { getThreadsCount, setThreadsCount } from '@tensorflow/tfjs-backend-wasm';
import { assertWasmVersion } from './wasm-tensors.ts';

export type WasmThreadsResult =
  | { ok: true; threads: number }
  | { ok: false; threads: number; code: 'already-initialized' | 'init-failed'; message: string };

interface PThreadApi {
  unusedWorkers: { unref(): void }[];
  runningWorkers: { unref(): void }[];
}

/** The bundle's names for modules it required, which the threaded factory's source refers to. */
const FACTORY_PRELUDE =
  "var require$$0 = require('fs'), require$$1 = require('path'), require$$3 = require('perf_hooks'), " +
  "require$$4 = require('os'), commonjsGlobal = globalThis;\n";
/** The worker receives the factory "Blob" as a plain object and must map it back to its file. */
const WORKER_PRELUDE = 'URL.createObjectURL = (blob) => blob.scriptPath;\n';

/** tfjs-backend-wasm registers 'wasm' with priority 2. */
const WASM_PRIORITY = 2;

let scriptDir: string | undefined;

function writeScript(text: string): string {
  if (scriptDir === undefined) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-tfjs-wasm-'));
    process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    scriptDir = dir;
  }
  const isFactory = text.startsWith('var WasmBackendModuleThreadedSimd');
  const file = path.join(scriptDir, isFactory ? 'factory.cjs' : 'worker.cjs');
  fs.writeFileSync(file, (isFactory ? FACTORY_PRELUDE : WORKER_PRELUDE) + text);
  return file;
}

/**
 * How long the threaded build may take to load its worker threads. Seen here a few times on a
 * loaded 2-core machine: a worker never reports back and Emscripten's start waits for it forever
 * (the process idle, `tf.engine().pendingBackendInit` never settling, so the run never starts).
 * After the deadline the trainer goes on single-threaded instead. `LAYERLAB_WASM_START_MS`
 * overrides it (a tiny value makes the tests take the fallback).
 */
export function wasmStartDeadlineMs(): number {
  const ms = Number(process.env.LAYERLAB_WASM_START_MS);
  return Number.isFinite(ms) && ms > 0 ? ms : 30_000;
}

function withinStartDeadline<T>(start: Promise<T>, threads: number): Promise<T> {
  const ms = wasmStartDeadlineMs();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`its ${threads} threads did not start within ${ms / 1000} s`)),
      ms,
    );
  });
  return Promise.race([start, deadline]).finally(() => clearTimeout(timer));
}

function wasmAlreadyInitialized(): boolean {
  const registry = (tf.engine() as unknown as { registry: Record<string, unknown> }).registry;
  return registry.wasm !== undefined;
}

/**
 * Makes 'wasm' the active backend, multi-threaded with `threads` threads (default: one per core).
 * Call it instead of `tf.setBackend('wasm')`, before anything else initialises the wasm backend.
 * If threads cannot be had, the result says why and 'wasm' is active single-threaded (check
 * `tf.getBackend()` in the unlikely case that this failed too).
 */
export async function setWasmBackendWithThreads(
  threads = os.availableParallelism(),
): Promise<WasmThreadsResult> {
  assertWasmVersion();
  if (wasmAlreadyInitialized()) {
    await tf.setBackend('wasm');
    return {
      ok: false,
      threads: getThreadsCount(),
      code: 'already-initialized',
      message:
        'The wasm backend was initialised before setWasmBackendWithThreads was called, so it keeps ' +
        'the thread count it started with: call it before the first tf.setBackend("wasm").',
    };
  }
  if (threads <= 1) {
    // The threaded build on one thread only adds synchronisation: use the stock single-threaded one.
    await tf.setBackend('wasm');
    return { ok: true, threads: 1 };
  }
  const saved = { Blob: globalThis.Blob, createObjectURL: URL.createObjectURL, cpus: os.cpus };
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', true);
  setThreadsCount(threads);
  (globalThis as { Blob: unknown }).Blob = function (parts: string[]) {
    return { scriptPath: writeScript(parts.join('')) };
  };
  URL.createObjectURL = (blob: unknown) => (blob as { scriptPath: string }).scriptPath;
  const cpu = saved.cpus()[0];
  (os as { cpus: () => os.CpuInfo[] }).cpus = () => new Array<os.CpuInfo>(2 * threads).fill(cpu);
  let started = false;
  let failure = '';
  try {
    started = await withinStartDeadline(tf.setBackend('wasm'), threads);
  } catch (e) {
    failure = e instanceof Error ? e.message : String(e);
  } finally {
    globalThis.Blob = saved.Blob;
    URL.createObjectURL = saved.createObjectURL;
    (os as { cpus: () => os.CpuInfo[] }).cpus = saved.cpus;
  }
  if (!started) {
    // Fall back to a fresh single-threaded wasm backend.
    const factory = tf.findBackendFactory('wasm');
    tf.removeBackend('wasm');
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    setThreadsCount(1);
    if (factory) tf.registerBackend('wasm', factory, WASM_PRIORITY);
    const single = await tf.setBackend('wasm');
    return {
      ok: false,
      threads: 1,
      code: 'init-failed',
      message:
        `The threaded wasm build did not start (${failure || 'setBackend returned false'}); ` +
        (single ? 'training runs on single-threaded wasm.' : 'single-threaded wasm failed too.'),
    };
  }
  const pthread = (tf.backend() as unknown as { wasm: { PThread?: PThreadApi } }).wasm.PThread;
  for (const w of [...(pthread?.unusedWorkers ?? []), ...(pthread?.runningWorkers ?? [])])
    w.unref();
  return { ok: true, threads: getThreadsCount() };
}
