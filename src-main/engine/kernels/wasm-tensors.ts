/**
 * Low-level helpers for kernels registered on the TF.js wasm backend: calling the C exports of
 * the wasm module directly, zero-copy views into tensor memory, and temporaries that must be freed.
 *
 * Everything here relies on internals of @tensorflow/tfjs-backend-wasm 4.22.0 (`dataIdMap`,
 * `makeOutput(shape, dtype, memoryOffset)`, `wasm.cwrap`, `wasm.HEAPU8`, the C signatures of
 * `BatchMatMul`, `_FusedMatMul` and `Conv2D`); stock kernels are reached through the kernel
 * registry rather than deep imports of dist/kernels/*.js, whose module state (the cwrapped C
 * functions) is only set up in the bundle's own copy. package.json pins the package to that version
 * and `assertWasmVersion` refuses to patch any other rather than corrupt memory.
 */
import {
  getKernel,
  util,
  type KernelFunc,
  type NamedAttrMap,
  type TensorInfo,
} from '@tensorflow/tfjs-core';
import { version_wasm } from '@tensorflow/tfjs-backend-wasm';

export const SUPPORTED_WASM_VERSION = '4.22.0';

/** The parts of BackendWasm (tfjs-backend-wasm 4.22.0) that these kernels use. */
export interface WasmBackend {
  wasm: {
    cwrap: (name: string, ret: null | 'number', args: string[]) => (...a: unknown[]) => unknown;
    HEAPU8: Uint8Array;
    wasmMemory?: WebAssembly.Memory;
  };
  dataIdMap: {
    get(dataId: object): { id: number; memoryOffset: number };
    delete(dataId: object): void;
  };
  makeOutput(shape: number[], dtype: 'float32', memoryOffset?: number): TensorInfo;
  disposeData(dataId: object): boolean;
}

export function assertWasmVersion(): void {
  if (version_wasm !== SUPPORTED_WASM_VERSION) {
    throw new Error(
      `Fast wasm kernels were written against @tensorflow/tfjs-backend-wasm ${SUPPORTED_WASM_VERSION} ` +
        `but ${version_wasm} is installed: pin the package to ${SUPPORTED_WASM_VERSION} or re-check ` +
        `src-main/engine/kernels/wasm-tensors.ts against the new version.`,
    );
  }
}

type CFn = (...args: unknown[]) => unknown;

/** C exports wrapped once per backend instance (a re-initialised backend has a new module). */
export interface WasmExports {
  batchMatMul: CFn;
  fusedMatMul: CFn;
  conv2d: CFn;
}

const exportsByBackend = new WeakMap<WasmBackend, WasmExports>();

export function wasmExports(backend: WasmBackend): WasmExports {
  let fns = exportsByBackend.get(backend);
  if (fns === undefined) {
    const n = (count: number) => new Array<string>(count).fill('number');
    const mm = ['number', 'array', 'number', 'number', 'array', 'number', 'number', 'number'];
    fns = {
      // (aId, aShape, aRank, bId, bShape, bRank, transposeA, transposeB, outId)
      batchMatMul: backend.wasm.cwrap('BatchMatMul', null, [...mm, 'number']),
      // (... transposeB, activation, biasId, preluId, leakyreluAlpha, outId)
      fusedMatMul: backend.wasm.cwrap('_FusedMatMul', null, [...mm, ...n(5)]),
      conv2d: backend.wasm.cwrap('Conv2D', null, n(19)),
    };
    exportsByBackend.set(backend, fns);
  }
  return fns;
}

export function idOf(backend: WasmBackend, t: TensorInfo): number {
  return backend.dataIdMap.get(t.dataId).id;
}

/** Where a tensor's data starts in the wasm memory, in bytes: the pointer our kernels take. */
export const heapOffset = (backend: WasmBackend, t: TensorInfo): number =>
  backend.dataIdMap.get(t.dataId).memoryOffset;

/**
 * A Float32Array over a float32 tensor's wasm memory. Take it after the last allocation of the
 * kernel: growing the wasm memory replaces the buffer.
 */
export function heapF32(backend: WasmBackend, t: TensorInfo): Float32Array {
  return new Float32Array(heapBuffer(backend), heapOffset(backend, t), util.sizeFromShape(t.shape));
}

/**
 * The wasm memory. The threaded build exposes the Memory itself, whose buffer is current even when
 * a pthread grew it (HEAPU8 is only refreshed on the thread that grew it).
 */
export function heapBuffer(backend: WasmBackend): ArrayBufferLike {
  return backend.wasm.wasmMemory?.buffer ?? backend.wasm.HEAPU8.buffer;
}

export type HeapFn = (...args: number[]) => void;
const onHeap = new WeakMap<WasmBackend, Map<string, Record<string, HeapFn> | null>>();

/**
 * Instantiates a module of our own (build-wat.mjs: base64 of a plain and a shared-memory variant)
 * over the backend's memory, so that its functions work on tensors in place; null where it cannot
 * be (no WebAssembly SIMD). Once per backend and module: later calls get the same exports.
 */
export function instantiateOnHeap(
  backend: WasmBackend,
  plain: string,
  shared: string,
): Record<string, HeapFn> | null {
  let modules = onHeap.get(backend);
  if (!modules) onHeap.set(backend, (modules = new Map()));
  if (!modules.has(plain)) modules.set(plain, instantiate(backend, plain, shared));
  return modules.get(plain)!;
}

function instantiate(
  backend: WasmBackend,
  plain: string,
  shared: string,
): Record<string, HeapFn> | null {
  try {
    const memory =
      backend.wasm.wasmMemory ??
      (backend.wasm as unknown as { asm: { memory: WebAssembly.Memory } }).asm.memory;
    const isShared =
      typeof SharedArrayBuffer !== 'undefined' && memory.buffer instanceof SharedArrayBuffer;
    const bytes = Buffer.from(isShared ? shared : plain, 'base64');
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } });
    return instance.exports as unknown as Record<string, HeapFn>;
  } catch {
    return null;
  }
}

export function shapeBytes(shape: number[]): Uint8Array {
  return new Uint8Array(new Int32Array(shape).buffer);
}

/**
 * A tensor that aliases `elementOffset..` of `base` without copying. It must be released with
 * `releaseView` (never `disposeData`, which would free the middle of `base`'s allocation).
 */
export function makeView(
  backend: WasmBackend,
  base: TensorInfo,
  elementOffset: number,
  shape: number[],
): TensorInfo {
  return backend.makeOutput(shape, 'float32', heapOffset(backend, base) + elementOffset * 4);
}

export function releaseView(backend: WasmBackend, view: TensorInfo): void {
  const { id } = backend.dataIdMap.get(view.dataId);
  // Unregisters the tensor in C++ (which also drops cached XNNPACK operators keyed on it)
  // without freeing memory the view does not own.
  (backend.wasm as unknown as { tfjs: { disposeData(id: number): void } }).tfjs.disposeData(id);
  backend.dataIdMap.delete(view.dataId);
}

/** Runs a kernel registered for wasm (ours or stock) and returns its raw output. */
export function runWasmKernel(
  name: string,
  backend: WasmBackend,
  inputs: Record<string, TensorInfo>,
  attrs: NamedAttrMap = {},
): TensorInfo {
  const kernel = getKernel(name, 'wasm');
  if (kernel === undefined) throw new Error(`Kernel ${name} is not registered for wasm.`);
  return (kernel.kernelFunc as KernelFunc)({
    inputs,
    backend: backend as never,
    attrs,
  }) as TensorInfo;
}

export function transposeInfo(backend: WasmBackend, x: TensorInfo, perm: number[]): TensorInfo {
  return runWasmKernel('Transpose', backend, { x }, { perm });
}

/**
 * Swaps the last two axes of a rank >= 2 float32 tensor into new memory.
 *
 * The stock Transpose walks the output in order and gathers from the input: fine while the matrix
 * stays in cache, 5-10x slower than needed for tall ones ([9216, 64]: 4 ms; [36864, 64]: 41 ms).
 * Those go through a JavaScript loop that copies blocks of 256 rows column by column, so that
 * reads stay in cache and writes are sequential (0.8 ms and 4 ms).
 */
export function transposeLastTwo(backend: WasmBackend, x: TensorInfo): TensorInfo {
  const r = x.shape.length;
  const [rows, cols] = x.shape.slice(-2);
  const batch = util.sizeFromShape(x.shape.slice(0, -2));
  if (batch === 1 && x.dtype === 'float32' && (rows >= cols || rows * cols >= 1 << 20)) {
    const out = backend.makeOutput([...x.shape.slice(0, -2), cols, rows], 'float32');
    const src = heapF32(backend, x);
    const dst = heapF32(backend, out);
    for (let r0 = 0; r0 < rows; r0 += 256) {
      const r1 = Math.min(rows, r0 + 256);
      for (let c = 0; c < cols; c++) {
        for (
          let i = r0 * cols + c, o = c * rows + r0, end = c * rows + r1;
          o < end;
          i += cols, o++
        ) {
          dst[o] = src[i];
        }
      }
    }
    return out;
  }
  const perm = x.shape.map((_, i) => (i === r - 2 ? r - 1 : i === r - 1 ? r - 2 : i));
  return transposeInfo(backend, x, perm);
}

/** A same-memory TensorInfo with another shape; dispose it like any kernel output. */
export function reshapeInfo(backend: WasmBackend, x: TensorInfo, shape: number[]): TensorInfo {
  util.assert(util.sizeFromShape(shape) === util.sizeFromShape(x.shape), () => 'reshape size');
  (backend as unknown as { incRef(d: object): void }).incRef(x.dataId);
  return { dataId: x.dataId, shape, dtype: x.dtype };
}

export function disposeAll(backend: WasmBackend, infos: TensorInfo[]): void {
  for (const t of infos) backend.disposeData(t.dataId);
}
