/**
 * Conv2D gradients for the wasm backend, expressed through its XNNPACK Conv2D.
 *
 * tfjs-backend-wasm 4.22.0 has no Conv2DBackpropFilter (a CNN cannot train on it at all) and its
 * Conv2DBackpropInput is a naive loop (about 4 GFLOP/s against 45 for the forward Conv2D).
 * - dW: for float32 and output channels in multiples of 16, our own WebAssembly SIMD kernel
 *   (conv-filter-grad.wat), directly from x and dy; otherwise, with x^T = x as [Cin, H, W, B] and dy^T = dy as [Ho, Wo, B, Cout], dW is the forward
 *   convolution of x^T with the "filter" dy^T, dilated by the forward stride, cropped to
 *   [Cin, fh, fw, Cout] and transposed to [fh, fw, Cin, Cout]; computed for a few images at a
 *   time and summed.
 * - dx: the full convolution of dy (zero-upsampled by the stride) with the filter rotated by 180
 *   degrees and its channel axes swapped, cropped to the input size.
 */
import {
  backend_util,
  type KernelFunc,
  type NamedAttrMap,
  type TensorInfo,
} from '@tensorflow/tfjs-core';
import { CONV_FILTER_GRAD_WASM, CONV_FILTER_GRAD_WASM_SHARED } from './conv-filter-grad-wasm.ts';
import {
  disposeAll,
  heapF32,
  heapOffset,
  idOf,
  instantiateOnHeap,
  type HeapFn,
  makeView,
  releaseView,
  reshapeInfo,
  runWasmKernel,
  transposeInfo,
  wasmExports,
  type WasmBackend,
} from './wasm-tensors.ts';

interface ConvGeometry {
  padTop: number;
  padBottom: number;
  padLeft: number;
  padRight: number;
  dilation: [number, number];
}

/** Stride-1 NHWC convolution through the stock XNNPACK export with explicit padding. */
function conv(
  backend: WasmBackend,
  x: TensorInfo,
  filter: TensorInfo,
  g: ConvGeometry,
): TensorInfo {
  const [batch, inH, inW, inC] = x.shape;
  const [fh, fw, , outC] = filter.shape;
  const [dh, dw] = g.dilation;
  const outH = inH + g.padTop + g.padBottom - (fh - 1) * dh;
  const outW = inW + g.padLeft + g.padRight - (fw - 1) * dw;
  const out = backend.makeOutput([batch, outH, outW, outC], 'float32');
  wasmExports(backend).conv2d(
    idOf(backend, x),
    batch,
    inH,
    inW,
    idOf(backend, filter),
    fh,
    fw,
    g.padTop,
    g.padRight,
    g.padBottom,
    g.padLeft,
    0, // explicit padding, not TF "same"
    dh,
    dw,
    1,
    1,
    inC,
    outC,
    idOf(backend, out),
  );
  return out;
}

function cropTo(
  backend: WasmBackend,
  x: TensorInfo,
  shape: number[],
  temps: TensorInfo[],
): TensorInfo {
  if (shape.every((d, i) => d === x.shape[i])) return x;
  temps.push(x);
  return runWasmKernel('Slice', backend, { x }, { begin: shape.map(() => 0), size: shape });
}

function convInfo(
  xShape: number[],
  filterShape: number[],
  attrs: NamedAttrMap,
  kernel: string,
): backend_util.Conv2DInfo {
  const format = backend_util.convertConv2DDataFormat(attrs.dataFormat as 'NHWC' | 'NCHW');
  if (format !== 'channelsLast') {
    const got = String(attrs.dataFormat);
    throw new Error(`${kernel} on the wasm backend supports dataFormat 'NHWC' only, got '${got}'.`);
  }
  return backend_util.computeConv2DInfo(
    xShape as [number, number, number, number],
    filterShape as [number, number, number, number],
    attrs.strides as [number, number],
    1,
    attrs.pad as 'valid',
    attrs.dimRoundingMode as 'floor' | undefined,
  );
}

/**
 * Batch items per XNNPACK call in Conv2DBackpropFilter. The stock Conv2D transposes its filter
 * (here dy, Ho*Wo*items*Cout floats) with a cache-unfriendly loop before packing it, which costs
 * more than the convolution itself once the filter leaves the cache; a few images per call keep it
 * small. Overridable for the micro-benchmark.
 */
export const backpropFilterTuning = { maxFilterFloats: 1 << 18, simd: true };

/** Conv2DBackpropFilter calls that ran the SIMD kernel, so that tests can check which path ran. */
export const convSimdCalls = { filter: 0 };

type SimdFn = HeapFn;
const simdFilterGrad = (backend: WasmBackend): SimdFn | null =>
  instantiateOnHeap(backend, CONV_FILTER_GRAD_WASM, CONV_FILTER_GRAD_WASM_SHARED)?.convFilterGrad ??
  null;

/** dW in one pass of the SIMD kernel (about twice as fast as through XNNPACK's convolution). */
function filterGradSimd(
  backend: WasmBackend,
  x: TensorInfo,
  dy: TensorInfo,
  info: backend_util.Conv2DInfo,
  fn: SimdFn,
): TensorInfo {
  const dw = backend.makeOutput(info.filterShape, 'float32');
  heapF32(backend, dw).fill(0);
  const at = (t: TensorInfo) => heapOffset(backend, t);
  fn(
    at(x),
    at(dy),
    at(dw),
    info.batchSize,
    info.inHeight,
    info.inWidth,
    info.inChannels,
    info.outHeight,
    info.outWidth,
    info.outChannels,
    info.filterHeight,
    info.filterWidth,
    info.strideHeight,
    info.strideWidth,
    info.padInfo.top,
    info.padInfo.left,
  );
  convSimdCalls.filter++;
  return dw;
}

export const conv2DBackpropFilter: KernelFunc = (args) => {
  const backend = args.backend as unknown as WasmBackend;
  const { x, dy } = args.inputs as { x: TensorInfo; dy: TensorInfo };
  const info = convInfo(
    x.shape,
    args.attrs!.filterShape as number[],
    args.attrs!,
    'Conv2DBackpropFilter',
  );
  const simd = backpropFilterTuning.simd ? simdFilterGrad(backend) : null;
  if (simd && info.outChannels % 16 === 0 && x.dtype === 'float32' && dy.dtype === 'float32')
    return filterGradSimd(backend, x, dy, info, simd);
  const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, outChannels } = info;
  const { filterHeight: fh, filterWidth: fw, strideHeight: sh, strideWidth: sw, padInfo } = info;
  // Bottom/right padding that makes the output exactly fh x fw; when the forward pass ignored
  // trailing input rows the padding would be negative, so compute a little more and crop.
  const geometry: ConvGeometry = {
    padTop: padInfo.top,
    padLeft: padInfo.left,
    padBottom: Math.max(0, fh + (outHeight - 1) * sh - inHeight - padInfo.top),
    padRight: Math.max(0, fw + (outWidth - 1) * sw - inWidth - padInfo.left),
    dilation: [sh, sw],
  };
  const perItem = outHeight * outWidth * outChannels;
  const chunk = Math.max(
    1,
    Math.min(batchSize, Math.floor(backpropFilterTuning.maxFilterFloats / perItem)),
  );
  const partials: TensorInfo[] = [];
  for (let b0 = 0; b0 < batchSize; b0 += chunk) {
    const items = Math.min(chunk, batchSize - b0);
    const xv = makeView(backend, x, b0 * inHeight * inWidth * inChannels, [
      items,
      inHeight,
      inWidth,
      inChannels,
    ]);
    const dyv = makeView(backend, dy, b0 * perItem, [items, outHeight, outWidth, outChannels]);
    const xT = transposeInfo(backend, xv, [3, 1, 2, 0]);
    const dyT = transposeInfo(backend, dyv, [1, 2, 0, 3]);
    releaseView(backend, xv);
    releaseView(backend, dyv);
    partials.push(conv(backend, xT, dyT, geometry));
    disposeAll(backend, [xT, dyT]);
  }
  const temps: TensorInfo[] = [];
  let grad = partials[0];
  if (partials.length > 1) {
    temps.push(...partials);
    // AddN takes its inputs as an array, as tf.addN passes them.
    grad = runWasmKernel('AddN', backend, partials as unknown as Record<string, TensorInfo>);
  }
  const cropped = cropTo(backend, grad, [inChannels, fh, fw, outChannels], temps);
  temps.push(cropped);
  const dw = transposeInfo(backend, cropped, [1, 2, 0, 3]);
  disposeAll(backend, temps);
  return dw;
};

/** Falls back to the stock kernel for explicit paddings larger than the filter. */
export function makeConv2DBackpropInput(original: KernelFunc): KernelFunc {
  return (args) => {
    const backend = args.backend as unknown as WasmBackend;
    const { dy, filter } = args.inputs as { dy: TensorInfo; filter: TensorInfo };
    const inputShape = args.attrs!.inputShape as number[];
    if (args.attrs!.dataFormat === 'NCHW') return original(args);
    const info = convInfo(inputShape, filter.shape, args.attrs!, 'Conv2DBackpropInput');
    const { filterHeight: fh, filterWidth: fw, strideHeight: sh, strideWidth: sw, padInfo } = info;
    const padTop = fh - 1 - padInfo.top;
    const padLeft = fw - 1 - padInfo.left;
    if (padTop < 0 || padLeft < 0 || dy.dtype !== 'float32') return original(args);

    const temps: TensorInfo[] = [];
    const reversed = runWasmKernel('Reverse', backend, { x: filter }, { dims: [0, 1] });
    const rotated = transposeInfo(backend, reversed, [0, 1, 3, 2]);
    temps.push(reversed, rotated);
    let src = dy;
    if (sh > 1 || sw > 1) {
      // Zero-upsample dy: [B, Ho, 1, Wo, 1, C] padded to [B, Ho, sh, Wo, sw, C].
      const [b, ho, wo, c] = dy.shape;
      const split = reshapeInfo(backend, dy, [b, ho, 1, wo, 1, c]);
      const paddings = [
        [0, 0],
        [0, 0],
        [0, sh - 1],
        [0, 0],
        [0, sw - 1],
        [0, 0],
      ];
      const padded = runWasmKernel('PadV2', backend, { x: split }, { paddings, constantValue: 0 });
      src = reshapeInfo(backend, padded, [b, ho * sh, wo * sw, c]);
      temps.push(split, padded, src);
    }
    const dx = conv(backend, src, rotated, {
      padTop,
      padLeft,
      padBottom: Math.max(0, info.inHeight + fh - 1 - src.shape[1] - padTop),
      padRight: Math.max(0, info.inWidth + fw - 1 - src.shape[2] - padLeft),
      dilation: [1, 1],
    });
    const result = cropTo(backend, dx, info.inShape, temps);
    disposeAll(backend, temps);
    return result;
  };
}
