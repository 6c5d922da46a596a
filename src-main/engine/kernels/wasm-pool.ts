/**
 * MaxPoolGrad for the wasm backend: in WebAssembly SIMD (max-pool-grad.wat) when the channels come
 * in multiples of 4, else in JavaScript over the wasm heap.
 *
 * The stock C++ kernel of tfjs-backend-wasm 4.22.0 takes 40-80 ms for the curriculum CNN's
 * 2x2 pool over [64, 24, 24, 64]; one pass over the windows with the channels innermost (the
 * tensor's memory order) takes a few. The gradient goes to the first maximum of each window in
 * row-major order, as on the cpu backend.
 */
import { backend_util, type KernelFunc, type TensorInfo } from '@tensorflow/tfjs-core';
import { MAX_POOL_GRAD_WASM, MAX_POOL_GRAD_WASM_SHARED } from './max-pool-grad-wasm.ts';
import {
  heapF32,
  heapOffset,
  instantiateOnHeap,
  type HeapFn,
  type WasmBackend,
} from './wasm-tensors.ts';

/** MaxPoolGrad calls that ran the SIMD kernel, so that tests can check which path ran. */
export const poolSimdCalls = { count: 0 };
/** Overridable for before/after measurements. */
export const poolTuning = { simd: true };

type SimdFn = HeapFn;
const simdMaxPoolGrad = (backend: WasmBackend): SimdFn | null =>
  instantiateOnHeap(backend, MAX_POOL_GRAD_WASM, MAX_POOL_GRAD_WASM_SHARED)?.maxPoolGrad ?? null;

export function makeMaxPoolGrad(original: KernelFunc): KernelFunc {
  return (args) => {
    const backend = args.backend as unknown as WasmBackend;
    const { dy, input } = args.inputs as { dy: TensorInfo; input: TensorInfo };
    if (input.dtype !== 'float32' || dy.dtype !== 'float32') return original(args);
    const { filterSize, strides, pad, dimRoundingMode } = args.attrs as {
      filterSize: [number, number] | number;
      strides: [number, number] | number;
      pad: 'valid' | 'same' | number;
      dimRoundingMode?: 'floor' | 'round' | 'ceil';
    };
    const info = backend_util.computePool2DInfo(
      input.shape as [number, number, number, number],
      filterSize,
      strides,
      1,
      pad,
      dimRoundingMode,
    );
    const { batchSize, inHeight: h, inWidth: w, inChannels: c, outHeight, outWidth } = info;
    const dx = backend.makeOutput(input.shape, 'float32');
    const simd = poolTuning.simd && c % 4 === 0 ? simdMaxPoolGrad(backend) : null;
    if (simd) {
      heapF32(backend, dx).fill(0);
      const at = (t: TensorInfo) => heapOffset(backend, t);
      simd(
        at(input),
        at(dy),
        at(dx),
        batchSize,
        h,
        w,
        c,
        outHeight,
        outWidth,
        info.filterHeight,
        info.filterWidth,
        info.strideHeight,
        info.strideWidth,
        info.padInfo.top,
        info.padInfo.left,
      );
      poolSimdCalls.count++;
      return dx;
    }
    const xs = heapF32(backend, input);
    const dys = heapF32(backend, dy);
    const dxs = heapF32(backend, dx);
    dxs.fill(0);
    const best = new Float32Array(c);
    const where = new Int32Array(c);
    for (let b = 0; b < batchSize; b++) {
      for (let oy = 0; oy < outHeight; oy++) {
        const y0 = oy * info.strideHeight - info.padInfo.top;
        const yEnd = Math.min(h, y0 + info.filterHeight);
        for (let ox = 0; ox < outWidth; ox++) {
          const x0 = ox * info.strideWidth - info.padInfo.left;
          const xEnd = Math.min(w, x0 + info.filterWidth);
          best.fill(-Infinity);
          where.fill(-1);
          for (let y = Math.max(0, y0); y < yEnd; y++) {
            for (let x = Math.max(0, x0); x < xEnd; x++) {
              const base = ((b * h + y) * w + x) * c;
              for (let d = 0; d < c; d++) {
                const v = xs[base + d];
                if (v > best[d]) {
                  best[d] = v;
                  where[d] = base + d;
                }
              }
            }
          }
          const out = ((b * outHeight + oy) * outWidth + ox) * c;
          for (let d = 0; d < c; d++) if (where[d] >= 0) dxs[where[d]] += dys[out + d];
        }
      }
    }
    return dx;
  };
}
