/**
 * Entry point of the fast kernels: `registerFastKernels(backendName)` swaps slow or missing
 * TF.js kernels for faster ones. Call it once after `tf.setBackend(...)` and `tf.ready()`;
 * calling it again is harmless. To use both cores, start wasm with `setWasmBackendWithThreads()`
 * instead of `tf.setBackend('wasm')`. See docs/performance.md ("Kernels") for what and why.
 */
import {
  getKernel,
  registerKernel,
  unregisterKernel,
  type KernelConfig,
  type KernelFunc,
} from '@tensorflow/tfjs-core';
import { conv2DBackpropFilter, makeConv2DBackpropInput } from './wasm-conv.ts';
import { makeBatchMatMul, makeFusedMatMul } from './wasm-matmul.ts';
import { makeMaxPoolGrad } from './wasm-pool.ts';
import { makeMean, makeSum } from './wasm-reduce.ts';
import { makeTile } from './wasm-tile.ts';
import { makeCast, makeIdentity } from './wasm-identity.ts';
import { cpuOptimizerKernels, wasmOptimizerKernels } from './optimizer-update.ts';
import { assertWasmVersion } from './wasm-tensors.ts';

export { setWasmBackendWithThreads, type WasmThreadsResult } from './wasm-threads.ts';

export type FastKernelBackend = 'wasm' | 'cpu';

interface Replacement {
  kernelName: string;
  /** Builds the fast kernel; `original` is the stock kernel, if the backend has one. */
  make(original: KernelFunc | undefined): KernelFunc;
}

function needs(kernelName: string, original: KernelFunc | undefined): KernelFunc {
  if (original === undefined) {
    throw new Error(
      `The stock ${kernelName} kernel is missing from the wasm backend: ` +
        'src-main/engine/kernels/ expects @tensorflow/tfjs-backend-wasm 4.22.0.',
    );
  }
  return original;
}

/** Kernels of our own (no stock kernel of that name): the fused optimizer updates. */
function added(kernels: { kernelName: string; kernelFunc: KernelFunc }[]): Replacement[] {
  return kernels.map(({ kernelName, kernelFunc }) => ({ kernelName, make: () => kernelFunc }));
}

const REPLACEMENTS: Record<FastKernelBackend, Replacement[]> = {
  wasm: [
    { kernelName: 'BatchMatMul', make: (o) => makeBatchMatMul(needs('BatchMatMul', o)) },
    { kernelName: '_FusedMatMul', make: (o) => makeFusedMatMul(needs('_FusedMatMul', o)) },
    { kernelName: 'Conv2DBackpropFilter', make: () => conv2DBackpropFilter },
    {
      kernelName: 'Conv2DBackpropInput',
      make: (o) => makeConv2DBackpropInput(needs('Conv2DBackpropInput', o)),
    },
    { kernelName: 'MaxPoolGrad', make: (o) => makeMaxPoolGrad(needs('MaxPoolGrad', o)) },
    { kernelName: 'Tile', make: (o) => makeTile(needs('Tile', o)) },
    { kernelName: 'Sum', make: (o) => makeSum(needs('Sum', o)) },
    { kernelName: 'Mean', make: (o) => makeMean(needs('Mean', o)) },
    { kernelName: 'Identity', make: (o) => makeIdentity(needs('Identity', o)) },
    { kernelName: 'Cast', make: (o) => makeCast(needs('Cast', o)) },
    ...added(wasmOptimizerKernels()),
  ],
  // On the JS backend only the fused optimizer updates pay (see docs/performance.md).
  cpu: added(cpuOptimizerKernels()),
};

/** The configs that were registered before ours, keyed by `${backend}/${kernel}`. */
const stock = new Map<string, KernelConfig | undefined>();

/**
 * Registers the fast kernels for `backendName` and returns the names of the kernels that are now
 * replaced or added. Idempotent.
 */
export function registerFastKernels(backendName: FastKernelBackend): string[] {
  if (backendName === 'wasm') assertWasmVersion();
  const names: string[] = [];
  for (const { kernelName, make } of REPLACEMENTS[backendName]) {
    names.push(kernelName);
    const key = `${backendName}/${kernelName}`;
    if (stock.has(key)) continue;
    const original = getKernel(kernelName, backendName);
    const kernelFunc = make(original?.kernelFunc);
    if (original !== undefined) unregisterKernel(kernelName, backendName);
    // Keep the stock setupFunc: it cwraps the C functions our fallbacks call, and the engine
    // re-runs it whenever the backend is re-created.
    registerKernel({ ...original, kernelName, backendName, kernelFunc });
    stock.set(key, original);
  }
  return names;
}

/** Puts the stock kernels back (for before/after measurements and tests). */
export function unregisterFastKernels(backendName: FastKernelBackend): void {
  for (const { kernelName } of REPLACEMENTS[backendName]) {
    const key = `${backendName}/${kernelName}`;
    if (!stock.has(key)) continue;
    const original = stock.get(key);
    unregisterKernel(kernelName, backendName);
    if (original !== undefined) registerKernel(original);
    stock.delete(key);
  }
}
