/**
 * hard_sigmoid in the TensorFlow.js files LayerLab writes: built from stock layers, so a model.json
 * loads in a plain tf.loadLayersModel and computes Keras 3's relu6(x + 3) / 6; and read back by the
 * Keras JSON importer as the graph it was built from.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseGraph } from '../../../src-main/contract/graph.ts';
import { buildModel } from '../../../src-main/engine/build-model.ts';
import { saveModel } from '../../../src-main/engine/trainer.ts';
import { importKerasJson } from '../../../src-main/export/keras/import.ts';
import { toTfjsFiles } from '../../../src-main/export/tfjs.ts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

// hard_sigmoid on a Dense layer, on an Activation layer, and in a branch that ends the model.
const graph = parseGraph({
  version: 1,
  nodes: [
    { id: 'in', kind: 'Input', name: 'x', params: { shape: [3] } },
    { id: 'd', kind: 'Dense', name: 'dense', params: { units: 3, activation: 'hard_sigmoid' } },
    { id: 'a', kind: 'Activation', name: 'act', params: { activation: 'hard_sigmoid' } },
    { id: 'sum', kind: 'Add', name: 'sum', params: {} },
  ],
  edges: [
    { source: 'in', target: 'd' },
    { source: 'in', target: 'a' },
    { source: 'd', target: 'sum' },
    { source: 'a', target: 'sum' },
  ],
});

const kerasHardSigmoid = (x: number) => Math.min(1, Math.max(0, x / 6 + 0.5));

describe('hard_sigmoid in TensorFlow.js files', () => {
  it("loads in tf.loadLayersModel and computes Keras 3's hard_sigmoid", async () => {
    const built = buildModel(graph);
    const dense = built.model.getLayer('dense');
    dense.setWeights([tf.eye(3), tf.zeros([3])]);
    const saved = await saveModel(built.model);
    built.trainModel.dispose();
    const files = toTfjsFiles({ ...saved, weightData: new Uint8Array(saved.weightData) }, 'test');
    const json = JSON.parse(new TextDecoder().decode(files['model.json']));
    const loaded = await tfl.loadLayersModel(
      tf.io.fromMemory({
        modelTopology: json.modelTopology,
        weightSpecs: json.weightsManifest[0].weights,
        weightData: files['weights.bin'].slice().buffer,
      }),
    );
    const x = [-4, -1, 2.5];
    const y = tf.tidy(() => Array.from((loaded.predict(tf.tensor2d([x])) as tf.Tensor).dataSync()));
    loaded.dispose();
    // Dense with an identity kernel and the Activation both give hard_sigmoid(x); Add sums them.
    y.forEach((v, i) => expect(v).toBeCloseTo(2 * kerasHardSigmoid(x[i]), 6));
  });

  it('imports back as the graph it was built from, without warnings', async () => {
    const built = buildModel(graph);
    const saved = await saveModel(built.model);
    built.trainModel.dispose();
    const back = importKerasJson(
      JSON.stringify({ modelTopology: saved.modelTopology }),
      'model.json',
    );
    expect(back.warnings).toEqual([]);
    const summary = (g: typeof graph) =>
      g.nodes.map((n) => [n.kind, n.name, 'activation' in n.params ? n.params.activation : null]);
    expect(summary(back.graph)).toEqual(summary(graph));
    expect(back.graph.edges).toHaveLength(graph.edges.length);
  });
});
