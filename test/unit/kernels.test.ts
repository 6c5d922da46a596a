/**
 * The fast wasm kernels against the JS `cpu` backend: forward values and gradients of small random
 * problems must agree within 1e-4 (relative to the magnitude of the values), and no tensor or wasm
 * buffer may leak.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import * as tfl from '@tensorflow/tfjs-layers'; // also registers the gradient functions
import {
  registerFastKernels,
  unregisterFastKernels,
} from '../../src-main/engine/kernels/register.ts';
import { backpropFilterTuning, convSimdCalls } from '../../src-main/engine/kernels/wasm-conv.ts';
import { poolSimdCalls } from '../../src-main/engine/kernels/wasm-pool.ts';

const TOLERANCE = 1e-4;

/** Deterministic values in [-1, 1). */
function randomValues(size: number, seed: number): Float32Array {
  let s = seed >>> 0;
  const out = new Float32Array(size);
  for (let i = 0; i < size; i++) {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    out[i] = (((t ^ (t >>> 14)) >>> 0) / 4294967296) * 2 - 1;
  }
  return out;
}

interface Problem {
  inputs: { shape: number[]; values: Float32Array }[];
  /** Returns the tensors to compare; runs inside tf.tidy on the active backend. */
  run(inputs: tf.Tensor[]): tf.Tensor[];
}

async function evaluate(backend: string, problem: Problem): Promise<Float32Array[]> {
  await tf.setBackend(backend);
  return tf.tidy(() => {
    const inputs = problem.inputs.map((i) => tf.tensor(i.values, i.shape));
    return problem.run(inputs).map((t) => t.dataSync() as Float32Array);
  });
}

function expectClose(actual: Float32Array[], expected: Float32Array[]): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((values, k) => {
    expect(values.length).toBe(expected[k].length);
    let worst = 0;
    for (let i = 0; i < values.length; i++) {
      const err = Math.abs(values[i] - expected[k][i]) / Math.max(1, Math.abs(expected[k][i]));
      if (!(err <= worst)) worst = err; // also catches NaN
    }
    expect(worst, `output ${k}: worst relative error`).toBeLessThanOrEqual(TOLERANCE);
  });
}

/** Checks values on wasm against cpu, and that wasm keeps no tensor or buffer afterwards. */
async function checkAgainstCpu(problem: Problem): Promise<void> {
  const expected = await evaluate('cpu', problem);
  await tf.setBackend('wasm');
  const before = tf.memory();
  const actual = await evaluate('wasm', problem);
  const after = tf.memory();
  expect(after.numTensors).toBe(before.numTensors);
  expect(after.numDataBuffers).toBe(before.numDataBuffers);
  expectClose(actual, expected);
}

function input(shape: number[], seed: number) {
  const size = shape.reduce((a, b) => a * b, 1);
  return { shape, values: randomValues(size, seed) };
}

/** Forward value and the gradients of sum(f(inputs) * weights) with respect to every input. */
function withGradients(
  inputs: { shape: number[]; values: Float32Array }[],
  outShape: number[],
  f: (...xs: tf.Tensor[]) => tf.Tensor,
): Problem {
  const weights = input(outShape, 999);
  return {
    inputs: [...inputs, weights],
    run: (ts) => {
      const w = ts[ts.length - 1];
      const xs = ts.slice(0, -1);
      const grads = tf.grads((...args: tf.Tensor[]) => tf.sum(tf.mul(f(...args), w)))(xs);
      return [f(...xs), ...grads];
    },
  };
}

beforeAll(async () => {
  await tf.setBackend('wasm');
  await tf.ready();
  await tf.setBackend('cpu');
  await tf.ready();
  registerFastKernels('wasm');
});

describe('registerFastKernels', () => {
  it('replaces the wasm kernels once, and again after unregistering', () => {
    const names = registerFastKernels('wasm');
    expect(names).toEqual([
      'BatchMatMul',
      '_FusedMatMul',
      'Conv2DBackpropFilter',
      'Conv2DBackpropInput',
      'MaxPoolGrad',
      'Tile',
      'Sum',
      'Mean',
      'Identity',
      'Cast',
      'LayerLabAdamUpdate',
      'LayerLabRmspropUpdate',
      'LayerLabMomentumUpdate',
    ]);
    const fast = tf.getKernel('BatchMatMul', 'wasm')!.kernelFunc;
    expect(registerFastKernels('wasm')).toEqual(names);
    expect(tf.getKernel('BatchMatMul', 'wasm')!.kernelFunc).toBe(fast);
    unregisterFastKernels('wasm');
    expect(tf.getKernel('BatchMatMul', 'wasm')!.kernelFunc).not.toBe(fast);
    expect(tf.getKernel('Conv2DBackpropFilter', 'wasm')).toBeUndefined();
    registerFastKernels('wasm');
    expect(tf.getKernel('Conv2DBackpropFilter', 'wasm')).toBeDefined();
  });

  it('adds only the fused optimizer updates on the cpu backend', () => {
    expect(registerFastKernels('cpu')).toEqual([
      'LayerLabAdamUpdate',
      'LayerLabRmspropUpdate',
      'LayerLabMomentumUpdate',
    ]);
    unregisterFastKernels('cpu');
    expect(tf.getKernel('LayerLabAdamUpdate', 'cpu')).toBeUndefined();
  });
});

const TRANSPOSES = [
  [false, false],
  [true, false],
  [false, true],
  [true, true],
] as const;

/** [a batch dims, b batch dims, m, k, n] */
const MATMUL_SHAPES: [number[], number[], number, number, number][] = [
  [[], [], 1, 1, 1],
  [[], [], 3, 5, 4],
  [[], [], 33, 70, 17],
  [[], [], 128, 96, 64],
  [[], [], 20, 300, 30],
  [[2], [2], 5, 6, 7],
  [[3], [3], 20, 24, 18],
  [[2], [2], 40, 30, 20],
  [[4], [1], 9, 8, 7],
  [[1], [3], 17, 18, 19],
  [[3], [2, 3], 16, 17, 18],
  [[2, 3], [], 6, 5, 4],
];

describe('BatchMatMul on wasm', () => {
  for (const [aDims, bDims, m, k, n] of MATMUL_SHAPES) {
    for (const [tA, tB] of TRANSPOSES) {
      it(`[${aDims}] x [${bDims}] m=${m} k=${k} n=${n} transposeA=${tA} transposeB=${tB}`, async () => {
        const a = input([...aDims, ...(tA ? [k, m] : [m, k])], 1);
        const b = input([...bDims, ...(tB ? [n, k] : [k, n])], 2);
        const rank = Math.max(aDims.length, bDims.length);
        const outDims = Array.from({ length: rank }, (_, i) => {
          const ai = aDims[i - (rank - aDims.length)] ?? 1;
          const bi = bDims[i - (rank - bDims.length)] ?? 1;
          return Math.max(ai, bi);
        });
        const f = (x: tf.Tensor, y: tf.Tensor) => tf.matMul(x, y, tA, tB);
        // tfjs-core's BatchMatMul gradient does not reduce broadcast batch dims (on any backend).
        const broadcast = aDims.join() !== bDims.join();
        await checkAgainstCpu(
          broadcast
            ? { inputs: [a, b], run: ([x, y]) => [f(x, y)] }
            : withGradients([a, b], [...outDims, m, n], f),
        );
      });
    }
  }
});

describe('_FusedMatMul on wasm', () => {
  const activations = ['linear', 'relu', 'relu6', 'elu', 'sigmoid', 'leakyrelu', 'prelu'] as const;
  for (const activation of activations) {
    for (const [tA, tB] of TRANSPOSES) {
      it(`${activation}, bias, transposeA=${tA} transposeB=${tB}`, async () => {
        const [m, k, n] = [21, 30, 11];
        await checkAgainstCpu({
          inputs: [
            input(tA ? [k, m] : [m, k], 3),
            input(tB ? [n, k] : [k, n], 4),
            input([n], 5),
            input([n], 6),
          ],
          run: ([a, b, bias, alpha]) => [
            tf.fused.matMul({
              a: a as tf.Tensor2D,
              b: b as tf.Tensor2D,
              transposeA: tA,
              transposeB: tB,
              bias,
              activation,
              preluActivationWeights: activation === 'prelu' ? alpha : undefined,
              leakyreluAlpha: 0.3,
            }),
          ],
        });
      });
    }
  }

  it('with a bias and PReLU weights per element (run unfused)', async () => {
    await checkAgainstCpu({
      inputs: [input([2, 7, 6], 14), input([2, 6, 5], 15), input([7, 5], 16), input([7, 5], 17)],
      run: ([a, b, bias, alpha]) => [
        tf.fused.matMul({
          a: a as tf.Tensor3D,
          b: b as tf.Tensor3D,
          bias,
          activation: 'prelu',
          preluActivationWeights: alpha,
        }),
      ],
    });
  });

  it('batched with a shared bias, and its gradients', async () => {
    await checkAgainstCpu(
      withGradients(
        [input([3, 12, 10], 7), input([3, 10, 9], 8), input([9], 9)],
        [3, 12, 9],
        (a, b, bias) =>
          tf.fused.matMul({ a: a as tf.Tensor3D, b: b as tf.Tensor3D, bias, activation: 'linear' }),
      ),
    );
  });

  it('batched with PReLU weights per column', async () => {
    await checkAgainstCpu({
      inputs: [input([4, 20, 24], 18), input([4, 24, 22], 19), input([22], 20)],
      run: ([a, b, alpha]) => [
        tf.fused.matMul({
          a: a as tf.Tensor3D,
          b: b as tf.Tensor3D,
          activation: 'prelu',
          preluActivationWeights: alpha,
        }),
      ],
    });
  });
});

type Shape4 = [number, number, number, number];

/** [x shape, filter shape, stride, pad] */
const CONV_CASES: [Shape4, Shape4, number | [number, number], 'same' | 'valid'][] = [
  [[2, 8, 8, 3], [3, 3, 3, 4], 1, 'valid'],
  [[2, 8, 8, 3], [3, 3, 3, 4], 1, 'same'],
  [[2, 9, 9, 3], [3, 3, 3, 4], 2, 'valid'],
  [[2, 9, 9, 3], [3, 3, 3, 4], 2, 'same'],
  [[2, 8, 8, 3], [3, 3, 3, 4], 2, 'valid'],
  [[2, 8, 8, 3], [3, 3, 3, 4], 2, 'same'],
  [[1, 7, 10, 1], [2, 3, 1, 5], [2, 1], 'same'],
  [[3, 11, 6, 2], [5, 2, 2, 3], [1, 2], 'valid'],
  [[2, 6, 6, 4], [1, 1, 4, 6], 1, 'valid'],
  [[2, 12, 12, 5], [4, 4, 5, 2], 3, 'same'],
  [[4, 28, 28, 1], [3, 3, 1, 8], 1, 'valid'],
];

/** Output channels in multiples of 16: Conv2DBackpropFilter runs the SIMD kernel. */
const SIMD_CONV_CASES: typeof CONV_CASES = [
  [[3, 10, 9, 5], [3, 3, 5, 32], 1, 'valid'],
  [[2, 8, 8, 3], [3, 3, 3, 16], 1, 'same'],
  [[2, 9, 9, 2], [3, 3, 2, 16], 2, 'same'],
  [[1, 7, 10, 1], [2, 3, 1, 16], [2, 1], 'same'],
  [[2, 12, 12, 5], [4, 4, 5, 16], 3, 'same'],
  [[2, 6, 5, 4], [5, 5, 4, 16], 1, 'same'],
];

describe('Conv2D gradients on wasm', () => {
  for (const [xShape, wShape, stride, pad] of CONV_CASES) {
    it(`x=[${xShape}] filter=[${wShape}] stride=${stride} pad=${pad}`, async () => {
      const outShape = tf.tidy(
        () =>
          tf.conv2d(tf.zeros<tf.Rank.R4>(xShape), tf.zeros<tf.Rank.R4>(wShape), stride, pad).shape,
      );
      await checkAgainstCpu(
        withGradients([input(xShape, 10), input(wShape, 11)], outShape, (x, w) =>
          tf.conv2d(x as tf.Tensor4D, w as tf.Tensor4D, stride, pad),
        ),
      );
    });
  }

  for (const [xShape, wShape, stride, pad] of SIMD_CONV_CASES) {
    it(`SIMD filter gradient: x=[${xShape}] filter=[${wShape}] stride=${stride} pad=${pad}`, async () => {
      const dy = tf.tidy(
        () =>
          tf.conv2d(tf.zeros<tf.Rank.R4>(xShape), tf.zeros<tf.Rank.R4>(wShape), stride, pad).shape,
      );
      const attrs = { strides: stride, pad, dataFormat: 'NHWC', filterShape: wShape };
      const calls = convSimdCalls.filter;
      await checkAgainstCpu({
        inputs: [input(xShape, 16), input(dy, 17)],
        run: ([x, g]) => [
          tf.engine().runKernel('Conv2DBackpropFilter', { x, dy: g }, attrs) as tf.Tensor,
        ],
      });
      expect(convSimdCalls.filter - calls, 'SIMD kernel calls').toBe(1);
    });
  }

  it('conv2dTranspose (Conv2DBackpropInput) with stride 2', async () => {
    await checkAgainstCpu({
      inputs: [input([2, 5, 5, 4], 12), input([3, 3, 6, 4], 13)],
      run: ([y, w]) => [
        tf.conv2dTranspose(y as tf.Tensor4D, w as tf.Tensor4D, [2, 10, 10, 6], 2, 'same'),
      ],
    });
  });

  it('Conv2DBackpropFilter in chunks of a few images, the last one shorter', async () => {
    const saved = backpropFilterTuning.maxFilterFloats;
    // dy items of 4*4*5 = 80 floats: 2 images per call, so 3 calls for 5 images.
    backpropFilterTuning.maxFilterFloats = 160;
    try {
      const attrs = { strides: [2, 2], pad: 'same', dataFormat: 'NHWC', filterShape: [3, 3, 3, 5] };
      await checkAgainstCpu({
        inputs: [input([5, 7, 7, 3], 14), input([5, 4, 4, 5], 15)],
        run: ([x, dy]) => [
          tf.engine().runKernel('Conv2DBackpropFilter', { x, dy }, attrs) as tf.Tensor,
        ],
      });
    } finally {
      backpropFilterTuning.maxFilterFloats = saved;
    }
  });
});

/** [x shape, pool size, stride, pad] */
const POOL_CASES: [Shape4, number, number, 'same' | 'valid'][] = [
  [[2, 8, 8, 3], 2, 2, 'valid'],
  [[2, 9, 9, 3], 2, 2, 'same'],
  [[2, 9, 7, 4], 3, 2, 'same'],
  [[1, 6, 6, 5], 3, 1, 'same'],
  [[3, 7, 7, 2], 2, 1, 'valid'],
  [[2, 8, 8, 8], 2, 2, 'valid'],
  [[1, 6, 6, 12], 3, 1, 'same'],
  [[3, 7, 7, 4], 2, 1, 'valid'],
];

describe('MaxPoolGrad on wasm', () => {
  for (const [xShape, size, stride, pad] of POOL_CASES) {
    it(`x=[${xShape}] pool=${size} stride=${stride} pad=${pad}, with ties`, async () => {
      const x = input(xShape, 21);
      // Quantised values and a ReLU-like floor make ties common: the gradient must go to the
      // same (first) maximum as on the cpu backend.
      x.values = x.values.map((v) => Math.max(0, Math.round(v * 3)));
      const outShape = tf.tidy(
        () => tf.maxPool(tf.zeros<tf.Rank.R4>(xShape), size, stride, pad).shape,
      );
      const calls = poolSimdCalls.count;
      await checkAgainstCpu(
        withGradients([x], outShape, (t) => tf.maxPool(t as tf.Tensor4D, size, stride, pad)),
      );
      // Channels in multiples of 4 take the SIMD kernel, the others the JavaScript loop.
      expect(poolSimdCalls.count - calls).toBe(xShape[3] % 4 === 0 ? 1 : 0);
    });
  }
});

describe('Tile on wasm', () => {
  const cases: [number[], number[]][] = [
    [
      [1, 1, 1, 3],
      [2, 3, 4, 1],
    ],
    [
      [2, 3],
      [3, 2],
    ],
    [
      [2, 1, 3],
      [1, 4, 1],
    ],
    [[5], [3]],
    [
      [2, 2],
      [1, 1],
    ],
  ];
  for (const [shape, reps] of cases) {
    it(`[${shape}] reps [${reps}], float32 and int32, and its gradient`, async () => {
      await checkAgainstCpu({
        inputs: [input(shape, 30)],
        run: ([x]) => [tf.tile(x, reps), tf.tile(tf.cast(tf.mul(x, 100), 'int32'), reps)],
      });
      await checkAgainstCpu(
        withGradients(
          [input(shape, 31)],
          shape.map((d, i) => d * reps[i]),
          (x) => tf.tile(x, reps),
        ),
      );
    });
  }
});

describe('Identity and Cast on wasm', () => {
  it('share the buffer (no new one), outlive their input, and match cpu', async () => {
    await tf.setBackend('wasm');
    const x = tf.tensor([1.5, -2, 3], [3]);
    const before = tf.memory();
    const ints = tf.tensor([1, 2], [2], 'int32');
    const copies = [tf.clone(x), tf.cast(x, 'float32'), tf.cast(ints, 'int32')];
    // The int32 source adds one buffer; the three outputs none.
    expect(tf.memory().numDataBuffers).toBe(before.numDataBuffers + 1);
    x.dispose();
    expect(Array.from(copies[0].dataSync())).toEqual([1.5, -2, 3]);
    expect(Array.from(copies[1].dataSync())).toEqual([1.5, -2, 3]);
    const int = tf.cast(copies[0], 'int32');
    expect(Array.from(int.dataSync())).toEqual([1, -2, 3]);
    tf.dispose([...copies, int, ints]);
    expect(tf.memory().numDataBuffers).toBe(before.numDataBuffers - 1);
    await checkAgainstCpu(
      withGradients([input([4, 5], 50)], [4, 5], (a) => tf.mul(tf.clone(tf.cast(a, 'float32')), a)),
    );
  });
});

describe('Sum and Mean on wasm', () => {
  const cases: [number[], number[], boolean][] = [
    [[70, 5], [0], false],
    [[4, 5, 6, 3], [0, 1, 2], true],
    [[64, 30, 8], [0, 1], false],
    [[64, 30, 8], [1, 0], true],
    [[20, 30, 8], [0, 2], false], // not leading: stock kernel
    [[3, 5], [0], false], // few rows: stock kernel
  ];
  for (const [shape, axes, keepDims] of cases) {
    it(`[${shape}] over [${axes}] keepDims=${keepDims}, and gradients`, async () => {
      await checkAgainstCpu({
        inputs: [input(shape, 40)],
        run: ([x]) => [tf.sum(x, axes, keepDims), tf.mean(x, axes, keepDims)],
      });
      const outShape = tf.tidy(() => tf.sum(tf.zeros(shape), axes, keepDims).shape);
      await checkAgainstCpu(
        withGradients([input(shape, 41)], outShape, (x) => tf.mean(tf.mul(x, x), axes, keepDims)),
      );
    });
  }
});

describe('training through tfjs-layers on wasm', () => {
  async function oneStepWeights(
    backend: string,
    build: () => tfl.LayersModel,
    xShape: number[],
  ): Promise<Float32Array[]> {
    await tf.setBackend(backend);
    const model = build();
    model.compile({ optimizer: tf.train.sgd(0.1), loss: 'categoricalCrossentropy' });
    // Same initial weights on both backends.
    model.setWeights(
      model.getWeights().map((w, i) => tf.tensor(randomValues(w.size, 100 + i), w.shape)),
    );
    const x = tf.tensor(
      randomValues(
        xShape.reduce((a, b) => a * b),
        20,
      ),
      xShape,
    );
    const labels = tf.oneHot(tf.tensor1d([0, 1, 2, 1], 'int32'), 3);
    await model.trainOnBatch(x, labels);
    const out = model.getWeights().map((w) => w.dataSync() as Float32Array);
    tf.dispose([x, labels]);
    model.dispose();
    return out;
  }

  const mlp = () =>
    tfl.sequential({
      layers: [
        tfl.layers.dense({ inputShape: [20], units: 16, activation: 'relu' }),
        tfl.layers.dense({ units: 3, activation: 'softmax' }),
      ],
    });
  const cnn = () =>
    tfl.sequential({
      layers: [
        tfl.layers.conv2d({
          inputShape: [10, 10, 1],
          filters: 4,
          kernelSize: 3,
          activation: 'relu',
        }),
        tfl.layers.conv2d({
          filters: 6,
          kernelSize: 3,
          strides: 2,
          padding: 'same',
          activation: 'relu',
        }),
        tfl.layers.maxPooling2d({ poolSize: 2 }),
        tfl.layers.flatten(),
        tfl.layers.dense({ units: 3, activation: 'softmax' }),
      ],
    });

  const regularizedCnn = () =>
    tfl.sequential({
      layers: [
        tfl.layers.conv2d({ inputShape: [8, 8, 2], filters: 4, kernelSize: 3, activation: 'relu' }),
        tfl.layers.batchNormalization(),
        tfl.layers.maxPooling2d({ poolSize: 2 }),
        tfl.layers.flatten(),
        tfl.layers.dense({ units: 3, activation: 'softmax' }),
      ],
    });

  // The other layers of the catalog that train through kernels on wasm.
  const branchy = () => {
    const L = tfl.layers;
    const input = tfl.input({ shape: [12, 12, 3] });
    const a = L.conv2d({
      filters: 4,
      kernelSize: 3,
      strides: 2,
      padding: 'same',
      activation: 'tanh',
    }).apply(input) as tfl.SymbolicTensor;
    const b = L.averagePooling2d({ poolSize: 2 }).apply(
      L.conv2d({ filters: 4, kernelSize: 1, activation: 'elu' }).apply(input),
    ) as tfl.SymbolicTensor;
    const merged = L.concatenate().apply([L.add().apply([a, b]) as tfl.SymbolicTensor, a]);
    const pooled = L.globalAveragePooling2d({}).apply(merged);
    const hidden = L.dense({ units: 5, activation: 'selu', kernelRegularizer: 'l1l2' }).apply(
      pooled,
    );
    const output = L.dense({ units: 3, activation: 'softmax' }).apply(hidden) as tfl.SymbolicTensor;
    return tfl.model({ inputs: input, outputs: output });
  };

  it.each([
    ['MLP', mlp, [4, 20]],
    ['branches with pooling, add, concatenate', branchy, [4, 12, 12, 3]],
    ['CNN', cnn, [4, 10, 10, 1]],
    ['CNN with BatchNormalization', regularizedCnn, [4, 8, 8, 2]],
  ] as const)('%s: one SGD step gives the same weights as on cpu', async (_name, build, xShape) => {
    const expected = await oneStepWeights('cpu', build, [...xShape]);
    const actual = await oneStepWeights('wasm', build, [...xShape]);
    expectClose(actual, expected);
  });
});
