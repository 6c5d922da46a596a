/**
 * BatchMatMul and _FusedMatMul for the wasm backend.
 *
 * Stock tfjs-backend-wasm 4.22.0 sends a matmul to XNNPACK only when neither operand is
 * transposed and both have batch size 1; every other case (including x^T.dy and dy.W^T in every
 * Dense layer's backward pass) runs a naive blocked triple loop at 4-8 GFLOP/s, which also reads
 * out of bounds when one operand is broadcast over the batch. Here transposes are materialised
 * with the Transpose kernel, a batch that shares its right operand is folded into the rows of one
 * call, and the remaining batched cases run one XNNPACK call per batch on zero-copy views.
 */
import { broadcast_util, util, type KernelFunc, type TensorInfo } from '@tensorflow/tfjs-core';
import {
  disposeAll,
  idOf,
  makeView,
  releaseView,
  runWasmKernel,
  shapeBytes,
  transposeLastTwo,
  wasmExports,
  type WasmBackend,
} from './wasm-tensors.ts';

/** Must match FusableActivation in tfjs-backend-wasm 4.22.0 (src/cc/fusable_activations.h). */
const ACTIVATION_CODES: Record<string, number> = {
  linear: 0,
  relu: 1,
  relu6: 2,
  prelu: 3,
  leakyrelu: 4,
  sigmoid: 5,
  elu: 6,
};

/** Below this many multiply-adds per batch item, the stock loop beats transposes and XNNPACK. */
const MIN_WORK_PER_BATCH_ITEM = 32 * 32 * 16;

interface MatMulInputs {
  a: TensorInfo;
  b: TensorInfo;
  bias?: TensorInfo;
  preluActivationWeights?: TensorInfo;
}

interface MatMulAttrs {
  transposeA: boolean;
  transposeB: boolean;
  activation?: string;
  leakyreluAlpha?: number;
}

/** Index of the operand's batch item that output batch item `i` reads (numpy broadcasting). */
function broadcastIndex(i: number, outDims: number[], dims: number[]): number {
  const offset = outDims.length - dims.length;
  let index = 0;
  let stride = 1;
  let rest = i;
  const coords = new Array<number>(outDims.length);
  for (let d = outDims.length - 1; d >= 0; d--) {
    coords[d] = rest % outDims[d];
    rest = Math.floor(rest / outDims[d]);
  }
  for (let d = dims.length - 1; d >= 0; d--) {
    if (dims[d] !== 1) index += coords[d + offset] * stride;
    stride *= dims[d];
  }
  return index;
}

function fastMatMul(
  fused: boolean,
  original: KernelFunc,
  args: { inputs: MatMulInputs; backend: WasmBackend; attrs: MatMulAttrs },
): TensorInfo {
  const { inputs, backend, attrs } = args;
  const { a, b, bias, preluActivationWeights: prelu } = inputs;
  const fallback = () => original(args as never) as TensorInfo;
  if (a.dtype !== 'float32' || b.dtype !== 'float32') return fallback();

  const ra = a.shape.length;
  const rb = b.shape.length;
  const m = attrs.transposeA ? a.shape[ra - 1] : a.shape[ra - 2];
  const k = attrs.transposeA ? a.shape[ra - 2] : a.shape[ra - 1];
  const kb = attrs.transposeB ? b.shape[rb - 1] : b.shape[rb - 2];
  const n = attrs.transposeB ? b.shape[rb - 2] : b.shape[rb - 1];
  util.assert(
    k === kb,
    () =>
      `Error in matMul: inner shapes (${k}) and (${kb}) of Tensors with shapes ${a.shape} and ` +
      `${b.shape} and transposeA=${attrs.transposeA} and transposeB=${attrs.transposeB} must match.`,
  );
  const aDims = a.shape.slice(0, -2);
  const bDims = b.shape.slice(0, -2);
  const outDims = broadcast_util.assertAndGetBroadcastShape(aDims, bDims);
  const batchA = util.sizeFromShape(aDims);
  const batchB = util.sizeFromShape(bDims);
  const batch = util.sizeFromShape(outDims);

  const activation = fused ? ACTIVATION_CODES[attrs.activation ?? 'linear'] : 0;
  if (activation === undefined) return fallback();
  const perColumn = (t: TensorInfo | undefined) =>
    t == null || (t.shape.length === 1 && t.shape[0] === n);
  if (!perColumn(bias) || !perColumn(prelu)) return unfused(args);
  // Left to the stock kernel: what it already sends to XNNPACK (no transpose, no batch), and, when
  // small, what its loop gets right (no broadcast, no bias) in less time than transposes would take.
  const transposed = attrs.transposeA || attrs.transposeB;
  if (batchA === 1 && batchB === 1 && !transposed) return fallback();
  const small = batchA === batchB && m * k * n < MIN_WORK_PER_BATCH_ITEM;
  if (small && !fused) return fallback();

  const fns = wasmExports(backend);
  const run = (lhs: TensorInfo, rows: number, rhs: TensorInfo, cols: number, dst: TensorInfo) => {
    const lhsShape = shapeBytes([1, rows, k]);
    const rhsShape = shapeBytes([1, k, cols]);
    const ids = [idOf(backend, lhs), lhsShape, 3, idOf(backend, rhs), rhsShape, 3, 0, 0];
    if (fused) {
      const biasId = bias == null ? 0 : idOf(backend, bias);
      const preluId = prelu == null ? 0 : idOf(backend, prelu);
      fns.fusedMatMul(
        ...ids,
        activation,
        biasId,
        preluId,
        attrs.leakyreluAlpha ?? 0,
        idOf(backend, dst),
      );
    } else {
      fns.batchMatMul(...ids, idOf(backend, dst));
    }
  };

  // XNNPACK takes untransposed operands, so someone pays for transposes: either the operands
  // themselves, or (computing C^T = B^T.A^T) the other two of a, b and the output. Weights are
  // usually the bigger operand, so dx = dy.W^T is cheaper the second way.
  const direct = (attrs.transposeA ? m * k : 0) + (attrs.transposeB ? k * n : 0);
  const swapped = (attrs.transposeA ? 0 : m * k) + (attrs.transposeB ? 0 : k * n) + m * n;
  if (!fused && batch === 1 && swapped < direct) {
    const lhs = attrs.transposeB ? b : transposeLastTwo(backend, b);
    const rhs = attrs.transposeA ? a : transposeLastTwo(backend, a);
    const outT = backend.makeOutput([n, m], 'float32');
    run(lhs, n, rhs, m, outT);
    const out = transposeLastTwo(backend, outT);
    disposeAll(backend, [outT, ...[lhs, rhs].filter((t) => t !== a && t !== b)]);
    return { ...out, shape: [...outDims, m, n] };
  }

  const temps: TensorInfo[] = [];
  const left = attrs.transposeA ? transposeLastTwo(backend, a) : a;
  const right = attrs.transposeB ? transposeLastTwo(backend, b) : b;
  if (left !== a) temps.push(left);
  if (right !== b) temps.push(right);
  const out = backend.makeOutput([...outDims, m, n], 'float32');
  if (batchB === 1) {
    // Every batch item of `a` meets the same right operand: one call with batch*m rows.
    run(left, batch * m, right, n, out);
  } else {
    for (let i = 0; i < batch; i++) {
      const lv = makeView(backend, left, broadcastIndex(i, outDims, aDims) * m * k, [1, m, k]);
      const rv = makeView(backend, right, broadcastIndex(i, outDims, bDims) * k * n, [1, k, n]);
      const ov = makeView(backend, out, i * m * n, [1, m, n]);
      run(lv, m, rv, n, ov);
      releaseView(backend, lv);
      releaseView(backend, rv);
      releaseView(backend, ov);
    }
  }
  disposeAll(backend, temps);
  return out;
}

/**
 * A fused matmul whose bias or PReLU weights are not one value per output column, as separate
 * kernels (the stock C code indexes them as if they were).
 */
function unfused(args: {
  inputs: MatMulInputs;
  backend: WasmBackend;
  attrs: MatMulAttrs;
}): TensorInfo {
  const { inputs, backend, attrs } = args;
  const { a, b, bias, preluActivationWeights: alpha } = inputs;
  const { transposeA, transposeB, activation = 'linear', leakyreluAlpha = 0.2 } = attrs;
  const steps: TensorInfo[] = [];
  let y = runWasmKernel('BatchMatMul', backend, { a, b }, { transposeA, transposeB });
  const then = (next: TensorInfo) => {
    steps.push(y);
    y = next;
  };
  if (bias != null) then(runWasmKernel('Add', backend, { a: y, b: bias }));
  if (activation === 'prelu') then(runWasmKernel('Prelu', backend, { x: y, alpha: alpha! }));
  else if (activation === 'leakyrelu')
    then(runWasmKernel('LeakyRelu', backend, { x: y }, { alpha: leakyreluAlpha }));
  else if (activation !== 'linear')
    then(runWasmKernel(UNARY_KERNELS[activation], backend, { x: y }));
  disposeAll(backend, steps);
  return y;
}

const UNARY_KERNELS: Record<string, string> = {
  relu: 'Relu',
  relu6: 'Relu6',
  elu: 'Elu',
  sigmoid: 'Sigmoid',
};

export function makeBatchMatMul(original: KernelFunc): KernelFunc {
  return (args) => fastMatMul(false, original, args as never);
}

export function makeFusedMatMul(original: KernelFunc): KernelFunc {
  return (args) => fastMatMul(true, original, args as never);
}
