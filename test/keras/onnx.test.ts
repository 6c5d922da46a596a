/**
 * A model trained by LayerLab on real MNIST, exported as ONNX, run by Python's onnxruntime (the
 * runtime a course notebook would use): it must predict what LayerLab predicts on the first 100
 * test images within 1e-5, and describe itself as the writer says (names, symbolic batch, producer).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset, resolveDataDirs } from '../../src-main/data/index.ts';
import { toOnnx } from '../../src-main/export/onnx/write.ts';
import { imageLab } from '../helpers/export-labs.ts';
import { runPythonJson } from '../helpers/keras-python.ts';
import { SHARED_DATA_DIR, predictStored, trainStored } from '../helpers/stored-model.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-onnx-keras-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const dataDirs = [SHARED_DATA_DIR, ...resolveDataDirs(), '/usr/share/datasets'];

const RUN_ONNX = `
import json, sys
import numpy as np
import onnxruntime as ort
args = json.load(sys.stdin)
session = ort.InferenceSession(args['model'], providers=['CPUExecutionProvider'])
x = np.fromfile(args['x'], dtype='<f4').reshape(args['shape'])
[i], [o] = session.get_inputs(), session.get_outputs()
y = session.run(None, {i.name: x})[0]
meta = session.get_modelmeta()
print(json.dumps({'input': [i.name, i.shape, i.type], 'output': [o.name, o.shape],
                  'producer': meta.producer_name, 'graph': meta.graph_name,
                  'shape': list(y.shape), 'y': y.astype(float).ravel().tolist()}))
`;

describe('ONNX export, run by onnxruntime in Python', () => {
  it('an MNIST image model predicts the first 100 test images as LayerLab does', async () => {
    const lab = imageLab(
      [28, 28, 1],
      10,
      { kind: 'builtin', name: 'mnist' },
      { epochs: 1, batchSize: 32, seed: 1, trainSubset: 256, validation: { kind: 'none' } },
    );
    const { model } = await trainStored(lab, dir, dataDirs);
    const mnist = await loadDataset(
      { kind: 'builtin', name: 'mnist', numWords: 10000 },
      { dataDirs },
    );
    const test = mnist.test!.features;
    if (test.kind !== 'u8') throw new Error(`MNIST came as ${test.kind} features`);
    const x = Float32Array.from(test.data.subarray(0, 100 * 784), (v) => v / 255);
    const expected = await predictStored(model, x, [100, 28, 28, 1]);

    const onnxFile = path.join(dir, 'mnist.onnx');
    fs.writeFileSync(onnxFile, await toOnnx(lab, model, 'LayerLab 0.1.0'));
    const xFile = path.join(dir, 'x.f32');
    fs.writeFileSync(xFile, x);
    const r = await runPythonJson<{
      input: [string, (string | number)[], string];
      output: [string, (string | number)[]];
      producer: string;
      graph: string;
      shape: number[];
      y: number[];
    }>({ code: RUN_ONNX }, { model: onnxFile, x: xFile, shape: [100, 28, 28, 1] });

    expect(r.input).toEqual(['input', ['batch', 28, 28, 1], 'tensor(float)']);
    expect(r.output).toEqual(['dense_1', ['batch', 10]]);
    expect([r.producer, r.graph]).toEqual(['LayerLab', 'images']);
    expect(r.shape).toEqual([100, 10]);
    const diff = r.y.reduce((m, v, i) => Math.max(m, Math.abs(v - expected.values[i])), 0);
    console.log(`MNIST in Python onnxruntime: max abs diff ${diff.toExponential(2)} on 100 images`);
    expect(diff).toBeLessThan(1e-5);
    // The model learned something: it is not one constant answer.
    const argmax = (i: number) =>
      r.y.slice(i * 10, i * 10 + 10).indexOf(Math.max(...r.y.slice(i * 10, i * 10 + 10)));
    expect(new Set(Array.from({ length: 100 }, (_, i) => argmax(i))).size).toBeGreaterThan(2);
  });
});
