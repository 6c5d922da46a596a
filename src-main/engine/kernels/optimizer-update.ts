/**
 * One kernel per weight and step for the optimizers' updates (Adam, RMSprop, SGD with momentum).
 *
 * TensorFlow.js' optimizers update a weight with 8-12 element-wise kernels (each a pass over the
 * weight and an allocation): on wasm about a quarter of an MLP step. These kernels read the weight,
 * its gradient and the optimizer's slots once and write the new weight and slots in the same pass,
 * in JavaScript over the backend's memory. `src-main/engine/optimizers.ts` uses them when the
 * active backend has them (registerFastKernels) and the stock ops otherwise.
 *
 * Inputs: { x, g, s0[, s1] } (weight, gradient, slots); outputs: [x', s0'[, s1']].
 */
import {
  util,
  type KernelFunc,
  type NamedAttrMap,
  type TensorInfo,
  type TypedArray,
} from '@tensorflow/tfjs-core';
import { OPTIMIZER_WASM, OPTIMIZER_WASM_SHARED } from './optimizer-update-wasm.ts';
import { heapF32, heapOffset, instantiateOnHeap, type WasmBackend } from './wasm-tensors.ts';

export const OPTIMIZER_KERNELS = {
  adam: 'LayerLabAdamUpdate',
  rmsprop: 'LayerLabRmspropUpdate',
  momentum: 'LayerLabMomentumUpdate',
} as const;

/** Kernel calls per kernel name, and of them on SIMD, so that tests can check which path ran. */
export const optimizerKernelCalls = new Map<string, number>();
export const optimizerSimdCalls = { count: 0 };

type Arrays = Float32Array[];
type Update = (ins: Arrays, outs: Arrays, attrs: NamedAttrMap) => void;

/**
 * Keras 3's Adam (keras/src/optimizers/adam.py): m += (g - m)(1 - beta1); v += (g^2 - v)(1 - beta2);
 * x -= m alpha / (sqrt(v) + epsilon), alpha = lr sqrt(1 - beta2^t) / (1 - beta1^t).
 */
const adam: Update = ([x, g, m, v], [ox, om, ov], attrs) => {
  const b1 = 1 - (attrs.beta1 as number);
  const b2 = 1 - (attrs.beta2 as number);
  const alpha = attrs.alpha as number;
  const eps = attrs.epsilon as number;
  for (let i = 0; i < x.length; i++) {
    const gi = g[i];
    const mi = (om[i] = m[i] + (gi - m[i]) * b1);
    const vi = (ov[i] = v[i] + (gi * gi - v[i]) * b2);
    ox[i] = x[i] - (mi * alpha) / (Math.sqrt(vi) + eps);
  }
};

/** Keras 3's RMSprop without momentum or centring: s = rho s + (1 - rho) g^2; x -= lr g / sqrt(s + eps). */
const rmsprop: Update = ([x, g, s], [ox, os], attrs) => {
  const rho = attrs.rho as number;
  const lr = attrs.learningRate as number;
  const eps = attrs.epsilon as number;
  for (let i = 0; i < x.length; i++) {
    const gi = g[i];
    const si = (os[i] = rho * s[i] + (1 - rho) * gi * gi);
    ox[i] = x[i] - (lr * gi) / Math.sqrt(si + eps);
  }
};

/** TensorFlow.js' momentum (Keras' at a constant rate): a = momentum a + g; x -= lr a. */
const momentum: Update = ([x, g, a], [ox, oa], attrs) => {
  const mu = attrs.momentum as number;
  const lr = attrs.learningRate as number;
  for (let i = 0; i < x.length; i++) {
    const ai = (oa[i] = mu * a[i] + g[i]);
    ox[i] = x[i] - lr * ai;
  }
};

const UPDATES: Record<keyof typeof OPTIMIZER_KERNELS, { update: Update; slots: number }> = {
  adam: { update: adam, slots: 2 },
  rmsprop: { update: rmsprop, slots: 1 },
  momentum: { update: momentum, slots: 1 },
};

function inputsOf(args: Parameters<KernelFunc>[0], slots: number): TensorInfo[] {
  const { x, g, s0, s1 } = args.inputs as Record<string, TensorInfo>;
  const ins = slots === 2 ? [x, g, s0, s1] : [x, g, s0];
  for (const t of ins)
    util.assert(
      t.dtype === 'float32' && util.arraysEqual(t.shape, x.shape),
      () => 'A fused optimizer update needs float32 weights, gradients and slots of one shape.',
    );
  return ins;
}

type Run = (
  args: Parameters<KernelFunc>[0],
  ins: TensorInfo[],
  slots: number,
  update: Update,
  key: keyof typeof OPTIMIZER_KERNELS,
) => TensorInfo[];

function optimizerKernels(run: Run): { kernelName: string; kernelFunc: KernelFunc }[] {
  return Object.entries(UPDATES).map(([key, { update, slots }]) => {
    const kernelName = OPTIMIZER_KERNELS[key as keyof typeof OPTIMIZER_KERNELS];
    const kernelFunc: KernelFunc = (args) => {
      const outs = run(args, inputsOf(args, slots), slots, update, key as keyof typeof UPDATES);
      optimizerKernelCalls.set(kernelName, (optimizerKernelCalls.get(kernelName) ?? 0) + 1);
      return outs;
    };
    return { kernelName, kernelFunc };
  });
}

type SimdFn = (...args: number[]) => void;
type SimdUpdate = (fn: SimdFn, ptrs: number[], n: number, attrs: NamedAttrMap) => void;

/** The same updates in WebAssembly SIMD (optimizer-update.wat), on float32 as Keras computes them. */
const SIMD: Record<keyof typeof OPTIMIZER_KERNELS, SimdUpdate> = {
  adam: (fn, p, n, a) =>
    fn(
      ...p,
      n,
      1 - (a.beta1 as number),
      1 - (a.beta2 as number),
      a.alpha as number,
      a.epsilon as number,
    ),
  rmsprop: (fn, p, n, a) =>
    fn(
      ...p,
      n,
      a.rho as number,
      1 - (a.rho as number),
      a.learningRate as number,
      a.epsilon as number,
    ),
  momentum: (fn, p, n, a) => fn(...p, n, a.momentum as number, a.learningRate as number),
};

/** The SIMD module over the backend's memory, or null where it cannot be (no SIMD): then JavaScript. */
const simdExports = (backend: WasmBackend): Record<string, SimdFn> | null =>
  instantiateOnHeap(backend, OPTIMIZER_WASM, OPTIMIZER_WASM_SHARED);

/** The kernels for the wasm backend: the loop runs over the wasm heap, no copies. */
export const wasmOptimizerKernels = () =>
  optimizerKernels((args, ins, slots, update, key) => {
    const backend = args.backend as unknown as WasmBackend;
    const outs = ins.slice(0, slots + 1).map(() => backend.makeOutput(ins[0].shape, 'float32'));
    const simd = simdExports(backend);
    if (simd) {
      const ptrs = [...ins, ...outs].map((t) => heapOffset(backend, t));
      SIMD[key](simd[key], ptrs, util.sizeFromShape(ins[0].shape), args.attrs!);
      optimizerSimdCalls.count++;
      return outs;
    }
    // Views taken after the last allocation (growing the heap replaces its buffer).
    const view = (t: TensorInfo) => heapF32(backend, t);
    update(ins.map(view), outs.map(view), args.attrs!);
    return outs;
  });

interface CpuBackend {
  readSync(dataId: object): TypedArray;
  makeTensorInfo(shape: number[], dtype: 'float32', values: Float32Array): TensorInfo;
}

/** The same kernels for the JavaScript backend. */
export const cpuOptimizerKernels = () =>
  optimizerKernels((args, ins, slots, update) => {
    const backend = args.backend as unknown as CpuBackend;
    const size = util.sizeFromShape(ins[0].shape);
    const outs = ins.slice(0, slots + 1).map(() => new Float32Array(size));
    update(
      ins.map((t) => backend.readSync(t.dataId) as Float32Array),
      outs,
      args.attrs!,
    );
    return outs.map((values) => backend.makeTensorInfo(ins[0].shape, 'float32', values));
  });
