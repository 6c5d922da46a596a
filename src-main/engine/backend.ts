/**
 * The backend ladder: tfjs-node-gpu (CUDA), WebGPU on a hardware adapter, tfjs-node, wasm, cpu. The
 * first rung that loads wins; every rung skipped is reported with its reason so the UI can say why
 * training is not faster.
 */
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { getThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import type { BackendName, BackendReport, GpuAdapterInfo } from '../contract/api.ts';
import { said } from '../contract/error-text.ts';
import {
  backendFactText,
  backendSkipText,
  type BackendFact,
  type BackendSkip,
} from '../contract/backend-text.ts';
import { EngineError } from './errors.ts';
import { registerFastKernels, setWasmBackendWithThreads } from './kernels/register.ts';
import { releaseWebGpu, startWebGpu } from './webgpu.ts';

// Not named `require`: electron-vite's ESM output declares its own `require` shim at the top.
const requireCjs = createRequire(import.meta.url);

export const BACKEND_LABELS: Record<BackendName, string> = {
  'tensorflow-gpu': 'GPU (CUDA, native TensorFlow)',
  webgpu: 'GPU (WebGPU)',
  tensorflow: 'native CPU (TensorFlow)',
  wasm: 'WebAssembly',
  cpu: 'JavaScript',
};

export const BACKEND_ORDER: BackendName[] = [
  'tensorflow-gpu',
  'webgpu',
  'tensorflow',
  'wasm',
  'cpu',
];

const NATIVE_PACKAGES: Partial<Record<BackendName, string>> = {
  'tensorflow-gpu': '@tensorflow/tfjs-node-gpu',
  tensorflow: '@tensorflow/tfjs-node',
};

export type BackendPreference = BackendName | 'auto';

function firstLine(e: unknown): string {
  return String((e as Error)?.message ?? e).split('\n')[0];
}

/** Loads a native package; tfjs-node registers the 'tensorflow' backend as a side effect. */
function tryNative(name: BackendName): BackendSkip | null {
  const pkg = NATIVE_PACKAGES[name]!;
  try {
    requireCjs.resolve(pkg);
  } catch {
    return { kind: 'not-installed', pkg };
  }
  try {
    requireCjs(pkg);
  } catch (e) {
    return { kind: 'load-failed', pkg, detail: firstLine(e) };
  }
  if (name === 'tensorflow-gpu' && !hasCudaDevice()) {
    return { kind: 'no-cuda', pkg };
  }
  return null;
}

function hasCudaDevice(): boolean {
  // tfjs-node-gpu silently runs on the CPU when CUDA is missing; the binding knows better.
  try {
    const binding = (tf.backend() as unknown as { binding?: { isUsingGpuDevice?: () => boolean } })
      .binding;
    return binding?.isUsingGpuDevice?.() ?? true;
  } catch {
    return true;
  }
}

async function trySet(name: string): Promise<BackendSkip | null> {
  try {
    const ok = await tf.setBackend(name);
    await tf.ready();
    return ok ? null : { kind: 'not-started', backend: name };
  } catch (e) {
    return { kind: 'failed', detail: firstLine(e) };
  }
}

/** Where the .wasm files are, also from a bundled app (Electron's asar.unpacked). */
function wasmDir(): string {
  const dist = path.dirname(requireCjs.resolve('@tensorflow/tfjs-backend-wasm'));
  return dist.replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`) + path.sep;
}

/**
 * Threads for the wasm backend: `LAYERLAB_WASM_THREADS`, else what the caller asks (a grid running
 * trials side by side asks for one each), else every core: a lone run then uses the whole machine.
 */
function wasmThreads(requested: number | undefined): number {
  const env = Number(process.env.LAYERLAB_WASM_THREADS);
  if (Number.isInteger(env) && env >= 1) return env;
  return Math.max(1, requested ?? os.availableParallelism());
}

/**
 * Chooses and starts a backend. `preference` (or `LAYERLAB_BACKEND`) forces a rung; the ones above it
 * are reported as skipped "by request".
 */
export async function selectBackend(
  preference: BackendPreference = 'auto',
  options: { threads?: number } = {},
): Promise<BackendReport> {
  // PROD silences TF.js' console banner about tfjs-node; we report the ladder ourselves.
  tf.env().set('PROD', true);
  const wanted = (process.env.LAYERLAB_BACKEND as BackendPreference | undefined) || preference;
  const skipped: BackendReport['skipped'] = [];
  const skip = (name: BackendName, why: BackendSkip) =>
    skipped.push({ name, reason: backendSkipText(why, 'en'), why });
  let wasmNote: BackendFact | null = null;
  let gpu: GpuAdapterInfo | undefined;
  const start = wanted === 'auto' ? 0 : BACKEND_ORDER.indexOf(wanted);
  if (start < 0)
    throw new EngineError(
      'usage',
      said('error_backend_unknown', { backend: wanted, list: BACKEND_ORDER.join(', ') }),
    );
  for (const name of BACKEND_ORDER.slice(0, start)) skip(name, { kind: 'requested', wanted });
  for (const name of BACKEND_ORDER.slice(start)) {
    let reason: BackendSkip | null;
    if (NATIVE_PACKAGES[name]) {
      reason = tryNative(name);
      if (!reason) reason = await trySet('tensorflow');
    } else if (name === 'webgpu') {
      // A software adapter only when asked for by name: it is slower than wasm.
      const started = await startWebGpu(wanted === 'webgpu');
      gpu = started.adapter;
      reason = started.ok ? await trySet('webgpu') : started.why;
      if (reason && started.ok) await releaseWebGpu();
    } else if (name === 'wasm') {
      setWasmPaths(wasmDir());
      const threads = wasmThreads(options.threads);
      const started = await setWasmBackendWithThreads(threads).catch((e: unknown) => ({
        ok: false as const,
        threads: 1,
        message: firstLine(e),
      }));
      reason =
        tf.getBackend() === 'wasm'
          ? null
          : {
              kind: 'not-started',
              backend: 'wasm',
              ...('message' in started && { detail: started.message }),
            };
      if (!reason && !started.ok && threads > 1)
        wasmNote = { kind: 'threads-failed', count: threads, detail: started.message };
    } else {
      reason = await trySet('cpu');
    }
    if (reason === null) {
      const facts = backendFacts(name);
      if (wasmNote) facts.push(wasmNote);
      if ((name === 'wasm' || name === 'cpu') && !process.env.LAYERLAB_STOCK_KERNELS) {
        const replaced = registerFastKernels(name);
        if (replaced.length) facts.push({ kind: 'fast-kernels', kernels: replaced });
      }
      const details = facts.map((f) => backendFactText(f, 'en'));
      return { name, label: BACKEND_LABELS[name], skipped, details, facts, ...(gpu && { gpu }) };
    }
    skip(name, reason);
  }
  throw new EngineError(
    'backend',
    said('error_backend_none', {
      reasons: skipped.map((s) => `${s.name}: ${s.reason}`).join('; '),
    }),
  );
}

/** Frees what a run's backend holds outside the JS heap that would outlive the run (the GPU). */
export function releaseBackend(): Promise<string | null> {
  return releaseWebGpu();
}

function backendFacts(name: BackendName): BackendFact[] {
  if (name !== 'wasm') return [];
  return [
    { kind: 'simd', on: tf.env().getBool('WASM_HAS_SIMD_SUPPORT') },
    { kind: 'threads', count: getThreadsCount() },
  ];
}
