/**
 * The ONNX writer on models built in this process with random weights (so batch normalization has
 * real moving statistics, and without and with its beta and gamma), run by onnxruntime-node; and
 * the stored weights it refuses.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import type * as tfl from '@tensorflow/tfjs-layers';
import onnxProto from 'onnx-proto';
import { describe, expect, it } from 'vitest';
import type { LabFile } from '../../../src-main/contract/lab.ts';
import { LayerLabError } from '../../../src-main/contract/errors.ts';
import { buildModel } from '../../../src-main/engine/build-model.ts';
import { mulberry32 } from '../../../src-main/engine/random.ts';
import { toOnnx } from '../../../src-main/export/onnx/write.ts';
import type { StoredModel } from '../../../src-main/store/run-store.ts';
import { functionalLab, imageLab } from '../../helpers/export-labs.ts';
import { runOnnx } from '../../helpers/run-onnx.ts';

/**
 * The lab's model with random weights (variances positive), stored as a trainer stores it, and its
 * predictions for `x` (of shape `shape`) when given.
 */
async function randomModel(
  lab: LabFile,
  seed: number,
  x?: { values: Float32Array; shape: number[] },
): Promise<{ stored: StoredModel; predicted?: { values: Float32Array; shape: number[] } }> {
  await tf.setBackend('cpu');
  const { model } = buildModel(lab.graph);
  const random = mulberry32(seed);
  model.setWeights(
    model.weights.map((w) => {
      const shape = w.shape as number[];
      const values = Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () =>
        w.name.includes('moving_variance') ? 0.2 + random() : random() - 0.5,
      );
      return tf.tensor(values, shape);
    }),
  );
  let stored: StoredModel | undefined;
  await model.save(
    tf.io.withSaveHandler(async (a) => {
      stored = {
        modelTopology: a.modelTopology,
        weightSpecs: a.weightSpecs!,
        weightData: new Uint8Array(a.weightData as ArrayBuffer),
      };
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  let predicted;
  if (x) {
    const input = tf.tensor(x.values, x.shape);
    const y = model.predict(input) as tf.Tensor;
    predicted = { values: (await y.data()) as Float32Array, shape: y.shape };
    tf.dispose([input, y]);
  }
  (model as tfl.LayersModel).dispose();
  return { stored: stored!, predicted };
}

const randomInputs = (n: number, seed: number) => {
  const random = mulberry32(seed);
  return Float32Array.from({ length: n }, () => random() * 2 - 1);
};

async function maxDiff(lab: LabFile, shape: number[]) {
  const x = randomInputs(
    shape.reduce((a, b) => a * b, 1),
    4,
  );
  const { stored: model, predicted } = await randomModel(lab, 3, { values: x, shape });
  const expected = predicted!;
  const got = await runOnnx(await toOnnx(lab, model, 'LayerLab 0.1.0'), x, shape);
  expect(got.shape).toEqual(expected.shape);
  return got.values.reduce((m, v, i) => Math.max(m, Math.abs(v - expected.values[i])), 0);
}

const moons = { kind: 'synthetic', shape: 'moons' } as const;

describe('ONNX export of models with random weights', () => {
  it('batch normalization without beta, without gamma, channels first and channels last', async () => {
    const lab = functionalLab(
      'norms',
      [
        ['in', 'Input', { shape: [6, 6, 3] }, []],
        ['a', 'BatchNormalization', { center: false }, ['in']],
        ['c', 'Conv2D', { filters: 4, kernelSize: [2, 2], padding: 'same' }, ['a']],
        ['b', 'BatchNormalization', { scale: false, epsilon: 0.1 }, ['c']],
        ['f', 'Flatten', {}, ['b']],
        ['r', 'Reshape', { targetShape: [36, 4] }, ['f']],
        ['n', 'BatchNormalization', { center: false, scale: false }, ['r']],
        ['f2', 'Flatten', {}, ['n']],
        ['out', 'Dense', { units: 5, activation: 'linear' }, ['f2']],
      ],
      moons,
      {},
    );
    expect(await maxDiff(lab, [100, 6, 6, 3])).toBeLessThan(1e-5);
  });

  it('the image lab, on color images whose channels all matter', async () => {
    const lab = imageLab([20, 18, 3], 4, moons, {});
    expect(await maxDiff(lab, [100, 20, 18, 3])).toBeLessThan(1e-5);
  });
});

describe('the ONNX file', () => {
  it('is IR version 8 at opset 13 by LayerLab, with a symbolic batch and no Dropout', async () => {
    const lab = functionalLab(
      'header',
      [
        ['in', 'Input', { shape: [3] }, []],
        ['h', 'Dense', { units: 4, activation: 'relu' }, ['in']],
        ['out', 'Dropout', { rate: 0.5 }, ['h']],
      ],
      moons,
      {},
    );
    const bytes = await toOnnx(lab, (await randomModel(lab, 1)).stored, 'LayerLab 1.2.3');
    const m = onnxProto.onnx.ModelProto.decode(bytes);
    expect(Number(m.irVersion)).toBe(8);
    expect(m.opsetImport.map((o) => [o.domain, Number(o.version)])).toEqual([['', 13]]);
    expect([m.producerName, m.producerVersion, m.graph!.name]).toEqual([
      'LayerLab',
      '1.2.3',
      'header',
    ]);
    const graph = m.graph as onnxProto.onnx.GraphProto;
    const dims = (v: onnxProto.onnx.IValueInfoProto) =>
      v.type!.tensorType!.shape!.dim!.map((d) => d.dimParam || Number(d.dimValue));
    expect(graph.input.map((v) => [v.name, dims(v)])).toEqual([['input', ['batch', 3]]]);
    expect(graph.output.map((v) => [v.name, dims(v)])).toEqual([['dropout', ['batch', 4]]]);
    expect(graph.node.map((n) => n.opType)).toEqual(['MatMul', 'Add', 'Relu']);
  });
});

describe('ONNX export refuses stored weights that do not fit the lab', () => {
  const lab = functionalLab(
    'small',
    [
      ['in', 'Input', { shape: [2] }, []],
      ['out', 'Dense', { units: 2, activation: 'softmax' }, ['in']],
    ],
    moons,
    {},
  );
  const dense = (units: number, name = 'dense'): StoredModel => ({
    modelTopology: {},
    weightSpecs: [
      { name: `${name}/kernel`, shape: [2, units], dtype: 'float32' },
      { name: `${name}/bias`, shape: [units], dtype: 'float32' },
    ],
    weightData: new Uint8Array(4 * (3 * units)),
  });
  const refusal = async (model: StoredModel) => {
    try {
      await toOnnx(lab, model, 'LayerLab 0.1.0');
    } catch (e) {
      expect(e).toBeInstanceOf(LayerLabError);
      return `${(e as LayerLabError).code}: ${(e as Error).message}`;
    }
    throw new Error('exported weights that do not fit');
  };

  it('names the layer and the shapes when a weight has another shape', async () => {
    expect(await refusal(dense(3))).toBe(
      "mismatch: The run's stored weights do not fit its lab: layer 'dense' needs a kernel of shape [2, 2] but the run has [2, 3]; train the lab again.",
    );
  });

  it('names a stored layer the lab does not have', async () => {
    const model = dense(2);
    model.weightSpecs.push({ name: 'dense_9/kernel', shape: [1], dtype: 'float32' });
    model.weightData = new Uint8Array(4 * 7);
    expect(await refusal(model)).toMatch(
      /^mismatch: .*layer 'dense_9', which the lab does not have/,
    );
  });

  it('refuses weights that are not float32, and a buffer shorter than its manifest', async () => {
    const half = dense(2);
    (half.weightSpecs[0] as { dtype: string }).dtype = 'int32';
    expect(await refusal(half)).toMatch(/^unsupported: .*'dense\/kernel' is int32/);
    const short = dense(2);
    short.weightData = new Uint8Array(8);
    expect(await refusal(short)).toMatch(/^corrupt: The stored weights end before 'dense\/kernel'/);
  });

  it('reads weights renamed by TensorFlow.js (`dense/kernel_1`)', async () => {
    const model = dense(2);
    model.weightSpecs = model.weightSpecs.map((s) => ({
      ...(s as object),
      name: `${(s as { name: string }).name}_1`,
    }));
    const bytes = await toOnnx(lab, model, 'LayerLab 0.1.0');
    const out = await runOnnx(bytes, new Float32Array([1, 2]), [1, 2]);
    expect(out.output).toBe('dense');
    expect([...out.values]).toEqual([0.5, 0.5]);
  });
});
