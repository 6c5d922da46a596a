import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { sequential, type GraphDocument } from '../../../src-main/contract/graph.ts';
import {
  HISTOGRAM_BINS,
  SURFACE_SIZE,
  WRONG_EXAMPLES,
  type EpochInsight,
  type InsightMeta,
} from '../../../src-main/contract/insights.ts';
import { LAB_FORMAT, parseLab, type LabFile } from '../../../src-main/contract/lab.ts';
import type { TrainingConfigInput } from '../../../src-main/contract/training.ts';
import type { Dataset, F32Features } from '../../../src-main/data/dataset.ts';
import { selectBackend } from '../../../src-main/engine/backend.ts';
import { buildModel } from '../../../src-main/engine/build-model.ts';
import { meanLoss, targets } from '../../../src-main/engine/losses.ts';
import {
  loadInitialWeights,
  saveModel,
  train,
  type InitialWeights,
  type TrainHooks,
} from '../../../src-main/engine/trainer.ts';
import { blobs, tinyImages } from '../../helpers/tiny-data.ts';

beforeAll(async () => {
  await selectBackend('cpu');
});

const mlp = (output: 'softmax' | 'sigmoid' = 'softmax') =>
  sequential([
    { kind: 'Input', params: { shape: [2] } },
    { kind: 'Dense', params: { units: 8, activation: 'relu' } },
    { kind: 'Dropout', params: { rate: 0.3 } },
    { kind: 'Dense', params: { units: 8, activation: 'tanh' } },
    output === 'softmax'
      ? { kind: 'Dense', params: { units: 2, activation: 'softmax' } }
      : { kind: 'Dense', params: { units: 1, activation: 'sigmoid' } },
  ]);

const cnn = () =>
  sequential([
    { kind: 'Input', params: { shape: [8, 8, 1] } },
    { kind: 'Conv2D', params: { filters: 4, kernelSize: [3, 3], activation: 'relu' } },
    { kind: 'Flatten' },
    { kind: 'Dense', params: { units: 3, activation: 'softmax' } },
  ]);

function lab(graph: GraphDocument, training: TrainingConfigInput = {}): LabFile {
  return parseLab({
    format: LAB_FORMAT,
    version: 1,
    graph,
    dataset: { kind: 'synthetic', shape: 'moons' },
    training: { epochs: 3, seed: 7, learningRate: 0.05, ...training },
  });
}

interface Recorded {
  metas: (InsightMeta | undefined)[];
  insights: EpochInsight[];
  events: string[];
}

async function record(l: LabFile, data: Dataset, extra: TrainHooks = {}, initial?: InitialWeights) {
  const rec: Recorded = { metas: [], insights: [], events: [] };
  const result = await train(
    l,
    data,
    {
      ...extra,
      onEpoch: (m) => rec.events.push(`epoch ${m.epoch}`),
      onInsight: (insight, meta) => {
        rec.events.push(`insight ${insight.epoch}`);
        rec.insights.push(insight);
        rec.metas.push(meta);
      },
    },
    initial ?? null,
  );
  return { ...rec, result };
}

/** Fresh weights of `graph` as stored weights, and the values of its kernels. */
async function freshWeights(graph: GraphDocument) {
  const built = buildModel(graph);
  const saved = await saveModel(built.model);
  const kernels = built.model.layers
    .map((l) => l.weights.find((w) => w.originalName.endsWith('/kernel')))
    .filter((w) => w !== undefined)
    .map((w) => Array.from(w.read().dataSync()));
  built.trainModel.dispose();
  return { initial: { weightSpecs: saved.weightSpecs, weightData: saved.weightData }, kernels };
}

describe('train with onInsight', () => {
  it('sends epoch 0 with the meta before training, then one insight after each epoch', async () => {
    const { metas, insights, events, result } = await record(lab(mlp()), blobs());
    expect(events).toEqual([
      'insight 0',
      'epoch 1',
      'insight 1',
      'epoch 2',
      'insight 2',
      'epoch 3',
      'insight 3',
    ]);
    expect(metas[0]).toBeDefined();
    expect(metas.slice(1)).toEqual([undefined, undefined, undefined]);
    const meta = metas[0]!;
    expect(meta.weightLayers.map((w) => [w.name, w.kind, w.kernelShape])).toEqual([
      ['dense', 'Dense', [2, 8]],
      ['dense_1', 'Dense', [8, 8]],
      ['dense_2', 'Dense', [8, 2]],
    ]);
    expect(meta.activationLayers.map((a) => [a.name, a.relu])).toEqual([
      ['dense', true],
      ['dropout', false],
      ['dense_1', false],
      ['dense_2', false],
    ]);
    expect(meta).toMatchObject({
      validationCount: 200,
      validationSplit: 'test',
      featureShape: [2],
    });
    for (const insight of insights) {
      expect(insight.weights.map((w) => w.counts.length)).toEqual([
        HISTOGRAM_BINS,
        HISTOGRAM_BINS,
        HISTOGRAM_BINS,
      ]);
      for (const w of insight.weights) expect(w.gradNorm).toBeGreaterThan(0);
      for (const a of insight.activations) {
        expect(Number.isFinite(a.mean) && a.std >= 0).toBe(true);
        if (a.layer === 'dense') expect(a.dead).toBeGreaterThanOrEqual(0);
        else expect(a.dead).toBeNull();
      }
    }
    expect(result.metrics).toHaveLength(3);
  });

  it('records epoch 0 from the initial weights, with the first batch gradient at them', async () => {
    const graph = mlp();
    const { initial, kernels } = await freshWeights(graph);
    const data = blobs();
    const { insights } = await record(
      lab(graph, { shuffle: false, batchSize: 16 }),
      data,
      {},
      initial,
    );
    const zero = insights[0];
    kernels.forEach((k, i) => {
      const w = zero.weights[i];
      expect(w.l1).toBeCloseTo(
        k.reduce((s, v) => s + Math.abs(v), 0),
        4,
      );
      expect(w.l2).toBeCloseTo(Math.sqrt(k.reduce((s, v) => s + v * v, 0)), 4);
      expect(w.counts.reduce((a, b) => a + b, 0) + w.under + w.over).toBe(k.length);
    });
    expect(insights[1].weights[0].l1).not.toBeCloseTo(zero.weights[0].l1, 4);
    // The first batch's gradient at the initial weights, computed here without the trainer. With
    // dropout in training mode the mask depends on the seeded stream, so this model has none.
    const plain = sequential([
      { kind: 'Input', params: { shape: [2] } },
      { kind: 'Dense', params: { units: 8, activation: 'relu' } },
      { kind: 'Dense', params: { units: 2, activation: 'softmax' } },
    ]);
    const fresh = await freshWeights(plain);
    const run = await record(
      lab(plain, { shuffle: false, batchSize: 16 }),
      data,
      {},
      fresh.initial,
    );
    const built = buildModel(plain);
    loadInitialWeights(built, fresh.initial);
    const vars = built.model.trainableWeights.map((w) => w.read() as tf.Variable);
    const features = data.train.features as F32Features;
    const spec = { name: 'sparse_categorical_crossentropy', labelSmoothing: 0, units: 2 } as const;
    const x = tf.tensor2d(features.data.slice(0, 32), [16, 2]);
    const y = targets(spec, data.train.labels.slice(0, 16));
    const { grads, value } = tf.variableGrads(
      () => meanLoss(spec, y, built.model.apply(x) as tf.Tensor),
      vars,
    );
    const kernelNorms = [vars[0], vars[2]].map((v) => tf.norm(grads[v.name]).dataSync()[0]);
    expect(run.insights[0].weights.map((w) => w.gradNorm)).toEqual(
      kernelNorms.map((e) => expect.closeTo(e, 5)),
    );
    tf.dispose([x, y, value, ...Object.values(grads)]);
    built.trainModel.dispose();
  });

  it('counts the validation data in the confusion matrix, its diagonal being val_accuracy', async () => {
    for (const output of ['softmax', 'sigmoid'] as const) {
      const loss = output === 'sigmoid' ? 'binary_crossentropy' : 'sparse_categorical_crossentropy';
      const { insights, result } = await record(lab(mlp(output), { loss, epochs: 2 }), blobs());
      const accuracies = [undefined, ...result.metrics.map((m) => m.val_accuracy)];
      insights.forEach((insight, e) => {
        const c = insight.confusion!;
        expect(c.length).toBe(2);
        const total = c.flat().reduce((a, b) => a + b, 0);
        expect(total).toBe(200);
        if (e > 0) expect((c[0][0] + c[1][1]) / total).toBe(accuracies[e]);
        // Each row holds that class's examples (blobs alternate the classes).
        expect(c.map((row) => row[0] + row[1])).toEqual([100, 100]);
      });
    }
  });

  it('keeps the most confidently wrong validation examples, misclassified and sorted', async () => {
    const data = tinyImages();
    // One epoch at a small learning rate leaves plenty of mistakes.
    const { insights, metas } = await record(lab(cnn(), { epochs: 1, learningRate: 0.001 }), data);
    expect(metas[0]!.surface).toBeNull();
    for (const insight of insights) {
      const c = insight.confusion!;
      const wrongCount = c.flat().reduce((a, b) => a + b, 0) - c[0][0] - c[1][1] - c[2][2];
      const wrong = insight.wrong!;
      expect(wrong.length).toBe(Math.min(WRONG_EXAMPLES, wrongCount));
      expect(wrong.length).toBeGreaterThan(0);
      for (const [i, w] of wrong.entries()) {
        expect(w.predicted).not.toBe(w.label);
        expect(w.label).toBe(data.test!.labels[w.index]);
        expect(c[w.label][w.predicted]).toBeGreaterThan(0);
        if (i > 0) {
          const prev = wrong[i - 1];
          expect(
            prev.confidence > w.confidence ||
              (prev.confidence === w.confidence && prev.index < w.index),
          ).toBe(true);
        }
        expect(w.image!.shape).toEqual([8, 8, 1]);
        const bytes = data.test!.features as { data: Uint8Array };
        expect(Array.from(w.image!.pixels)).toEqual(
          Array.from(bytes.data.subarray(w.index * 64, (w.index + 1) * 64)),
        );
        expect(w.text).toBeUndefined();
      }
      expect(insight.surface).toBeNull();
    }
  });

  it('predicts the decision surface of a 2-input model on the grid each epoch', async () => {
    const data = blobs();
    const { insights, metas } = await record(
      lab(mlp(), { epochs: 2, validation: { kind: 'none' } }),
      data,
    );
    const surface = metas[0]!.surface!;
    const xs = Array.from(
      { length: 400 },
      (_, i) => (data.train.features as F32Features).data[2 * i],
    );
    const [lo, hi] = [Math.min(...xs), Math.max(...xs)];
    expect(surface.x[0]).toBeCloseTo(lo - 0.1 * (hi - lo), 5);
    expect(surface.x[1]).toBeCloseTo(hi + 0.1 * (hi - lo), 5);
    expect(surface.points.length).toBe(400);
    expect(surface.points[1]).toEqual({
      x: expect.closeTo(xs[1], 5),
      y: expect.any(Number),
      label: 1,
    });
    for (const insight of insights) {
      expect(insight.surface!.classes.length).toBe(SURFACE_SIZE * SURFACE_SIZE);
      expect(insight.surface!.confidence.length).toBe(SURFACE_SIZE * SURFACE_SIZE);
      expect(insight.confusion).toBeNull();
      expect(insight.wrong).toBeNull();
    }
    // The blobs sit bottom-left (class 0) and top-right (class 1): after training, so do the classes.
    const last = insights.at(-1)!.surface!.classes;
    expect(last[SURFACE_SIZE * (SURFACE_SIZE - 1)]).toBe(0);
    expect(last[SURFACE_SIZE - 1]).toBe(1);
    expect(insights[0].surface!.classes).not.toEqual(last);
    expect(metas[0]).toMatchObject({ validationCount: 0, validationSplit: null });
  });

  it('leaves the training itself unchanged, and leaks no tensors', async () => {
    const l = lab(mlp(), { epochs: 3, validation: { kind: 'split', fraction: 0.25 } });
    const before = tf.memory().numTensors;
    const plain = await train(l, blobs());
    const recorded = await record(l, blobs());
    expect(tf.memory().numTensors).toBe(before);
    const strip = (r: typeof plain) => r.metrics.map(({ seconds: _s, ...m }) => m);
    expect(strip(recorded.result)).toEqual(strip(plain));
    expect(Buffer.from(recorded.result.model.weightData)).toEqual(
      Buffer.from(plain.model.weightData),
    );
    expect(recorded.metas[0]!.validationSplit).toBe('train');
    expect(recorded.insights[1].wrong!.every((w) => w.index >= 300)).toBe(true);
  });

  it('still sends epoch 0 (without gradients) when stopped before the first batch', async () => {
    const { insights, events } = await record(lab(mlp()), blobs(), { shouldStop: () => true });
    expect(events).toEqual(['insight 0']);
    expect(insights[0].weights.map((w) => w.gradNorm)).toEqual([null, null, null]);
  });
});
