import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseGraph, sequential, type GraphDocument } from '../../../src-main/contract/graph.ts';
import { LAB_FORMAT, parseLab, type LabFile } from '../../../src-main/contract/lab.ts';
import { regularizer } from '../../../src-main/contract/layers.ts';
import type { TrainingConfigInput } from '../../../src-main/contract/training.ts';
import { analyzeGraph } from '../../../src-main/contract/validate.ts';
import { selectBackend } from '../../../src-main/engine/backend.ts';
import { buildModel } from '../../../src-main/engine/build-model.ts';
import { makeViews } from '../../../src-main/engine/batches.ts';
import { mulberry32 } from '../../../src-main/engine/random.ts';
import { EarlyStopper, evaluateStored, train } from '../../../src-main/engine/trainer.ts';
import { blobs, tinyImages } from '../../helpers/tiny-data.ts';
import { quietFor } from '../../helpers/wait.ts';

beforeAll(async () => {
  await selectBackend('cpu');
});

const mlp = (extra: Record<string, unknown> = {}) =>
  sequential([
    { kind: 'Input', params: { shape: [2] } },
    { kind: 'Dense', params: { units: 8, activation: 'relu', ...extra } },
    { kind: 'Dense', params: { units: 2, activation: 'softmax' } },
  ]);

function lab(graph: GraphDocument, training: TrainingConfigInput = {}): LabFile {
  return parseLab({
    format: LAB_FORMAT,
    version: 1,
    graph,
    dataset: { kind: 'synthetic', shape: 'xor' },
    training: { epochs: 3, seed: 7, ...training },
  });
}

describe('train', () => {
  it('reports Keras-named metrics per epoch and learns an easy problem', async () => {
    const result = await train(lab(mlp(), { epochs: 8, learningRate: 0.05 }), blobs());
    expect(result.status).toBe('completed');
    expect(result.metrics).toHaveLength(8);
    for (const m of result.metrics) {
      expect(Object.keys(m).sort()).toEqual([
        'accuracy',
        'epoch',
        'loss',
        'regularization_loss',
        'seconds',
        'val_accuracy',
        'val_loss',
      ]);
      expect(m.regularization_loss).toBe(0);
    }
    const last = result.metrics.at(-1)!;
    expect(last.accuracy).toBeGreaterThan(0.95);
    expect(last.val_accuracy).toBeGreaterThan(0.95);
    expect(last.loss).toBeLessThan(result.metrics[0].loss);
    expect(result.bestEpoch).toBeGreaterThan(0);
    expect(result.model.weightData.byteLength).toBe((2 * 8 + 8 + 8 * 2 + 2) * 4);
  });

  it('is reproducible with a seed and differs with another seed', async () => {
    const originalRandom = Math.random;
    const a = await train(lab(mlp(), { seed: 3 }), blobs());
    const b = await train(lab(mlp(), { seed: 3 }), blobs());
    const c = await train(lab(mlp(), { seed: 4 }), blobs());
    const losses = (r: typeof a) => r.metrics.map((m) => m.loss);
    expect(losses(a)).toEqual(losses(b));
    expect(losses(a)).not.toEqual(losses(c));
    expect(Math.random).toBe(originalRandom);
  });

  it('adds weight and activity penalties to loss and val_loss, and reports them apart', async () => {
    const g = mlp({
      kernelRegularizer: regularizer('l2', 0.5),
      activityRegularizer: regularizer('l1', 0.001),
    });
    const result = await train(lab(g, { epochs: 2 }), blobs());
    for (const m of result.metrics) {
      expect(m.regularization_loss).toBeGreaterThan(0.01);
      expect(m.loss).toBeGreaterThan(m.regularization_loss);
      expect(m.val_loss!).toBeGreaterThan(0.01);
    }
  });

  it('restore_best_weights keeps the best epoch even when training runs to the end (Keras 3)', async () => {
    const l = lab(mlp(), {
      epochs: 8,
      learningRate: 0.05,
      shuffleLabels: true,
      earlyStopping: { monitor: 'val_loss', patience: 100, restoreBestWeights: true },
    });
    const result = await train(l, blobs());
    expect(result.status).toBe('completed');
    // Random labels: validation gets worse after the first epochs, so the best is not the last.
    expect(result.bestEpoch).toBeLessThan(8);
    const kept = await evaluateStored(l, blobs(), result.model);
    expect(kept.loss).toBeCloseTo(result.metrics[result.bestEpoch! - 1].val_loss!, 5);
  });

  it('validation_split takes the last fraction, before shuffling', async () => {
    let start: { trainCount: number; validationCount: number } | undefined;
    await train(
      lab(mlp(), { epochs: 1, validation: { kind: 'split', fraction: 0.25 } }),
      blobs(400),
      { onStart: (s) => (start = s) },
    );
    expect(start).toMatchObject({ trainCount: 300, validationCount: 100 });
  });

  it('shuffled labels: a permutation of the training labels, features and validation untouched', () => {
    const data = blobs(400);
    const config = lab(mlp(), {
      shuffleLabels: true,
      validation: { kind: 'split', fraction: 0.25 },
    }).training;
    const views = makeViews(data, config, mulberry32(1));
    const original = Array.from(views.train.rows, (r) => data.train.labels[r]);
    const shuffled = Array.from(views.train.labels);
    expect([...shuffled].sort()).toEqual([...original].sort());
    const agree = shuffled.filter((y, i) => y === original[i]).length / shuffled.length;
    expect(agree).toBeGreaterThan(0.35);
    expect(agree).toBeLessThan(0.65);
    expect(Array.from(views.validation!.labels)).toEqual(Array.from(data.train.labels.slice(300)));
  });

  it('trains every layer kind in one DAG; shapes and parameter counts match the editor', async () => {
    const graph = parseGraph({
      version: 1,
      nodes: [
        { id: 'in', kind: 'Input', params: { shape: [8, 8, 1] } },
        {
          id: 'conv',
          kind: 'Conv2D',
          params: { filters: 4, padding: 'same', kernelRegularizer: regularizer('l1l2') },
        },
        { id: 'bn', kind: 'BatchNormalization' },
        { id: 'act', kind: 'Activation', params: { activation: 'relu' } },
        { id: 'max', kind: 'MaxPooling2D' },
        { id: 'gap', kind: 'GlobalAveragePooling2D' },
        { id: 'avg', kind: 'AveragePooling2D' },
        { id: 'flat', kind: 'Flatten' },
        { id: 'dense', kind: 'Dense', params: { units: 4, activation: 'tanh' } },
        { id: 'add', kind: 'Add' },
        { id: 'cat', kind: 'Concatenate' },
        { id: 'drop', kind: 'Dropout', params: { rate: 0.2 } },
        { id: 'reshape', kind: 'Reshape', params: { targetShape: [2, 4] } },
        { id: 'flat2', kind: 'Flatten' },
        { id: 'out', kind: 'Dense', params: { units: 3, activation: 'softmax' } },
      ],
      edges: [
        ['in', 'conv'],
        ['conv', 'bn'],
        ['bn', 'act'],
        ['act', 'max'],
        ['max', 'gap'],
        ['max', 'avg'],
        ['avg', 'flat'],
        ['flat', 'dense'],
        ['gap', 'add'],
        ['dense', 'add'],
        ['add', 'cat'],
        ['gap', 'cat'],
        ['cat', 'drop'],
        ['drop', 'reshape'],
        ['reshape', 'flat2'],
        ['flat2', 'out'],
      ].map(([source, target]) => ({ source, target })),
    });
    const analysis = analyzeGraph(graph);
    expect(analysis.issues).toEqual([]);
    const { model, trainModel } = buildModel(graph);
    expect(model.countParams()).toBe(analysis.totalParams);
    for (const node of graph.nodes) {
      if (node.kind === 'Input') continue;
      expect(model.getLayer(node.name).outputShape.slice(1), node.name).toEqual(
        analysis.nodes[node.id].shape,
      );
    }
    trainModel.dispose();
    const before = tf.memory().numTensors;
    const result = await train(
      lab(graph, { epochs: 2, loss: 'sparse_categorical_crossentropy' }),
      tinyImages(),
    );
    expect(result.metrics).toHaveLength(2);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('leaks no tensors: finished, early-stopped with restored weights, stopped, and failed runs', async () => {
    const before = tf.memory().numTensors;
    const g = mlp({
      kernelRegularizer: regularizer('l2'),
      activityRegularizer: regularizer('l2', 0.001),
    });
    await train(lab(g, { epochs: 2 }), blobs());
    await train(
      lab(g, {
        epochs: 5,
        earlyStopping: { monitor: 'val_accuracy', patience: 0, restoreBestWeights: true },
      }),
      blobs(),
    );
    await train(lab(g, { epochs: 5 }), blobs(), { shouldStop: () => true });
    await expect(
      train(lab(g, { validation: { kind: 'split', fraction: 0.999999 } }), blobs()),
    ).rejects.toThrow(/validation split/);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('stops within one batch and keeps no partial epoch', async () => {
    let batches = 0;
    const result = await train(lab(mlp(), { epochs: 3, batchSize: 10 }), blobs(400), {
      gate: () => void (batches += 1),
      shouldStop: () => batches > 15,
    });
    expect(result.status).toBe('stopped');
    expect(batches).toBe(16);
    expect(result.metrics).toHaveLength(0); // 40 batches per epoch: stopped inside the first
  });

  it('waits while paused', async () => {
    let release!: () => void;
    const paused = new Promise<void>((r) => (release = r));
    let epochs = 0;
    let gateCalls = 0;
    let gated!: () => void;
    const atGate = new Promise<void>((r) => (gated = r));
    const gate = () => (gateCalls++, gated(), paused);
    const run = train(lab(mlp(), { epochs: 1 }), blobs(), { gate, onEpoch: () => (epochs += 1) });
    await atGate;
    await quietFor(100);
    expect(gateCalls).toBe(1); // no next batch while the gate is closed
    expect(epochs).toBe(0);
    release();
    await run;
    expect(epochs).toBe(1);
  });

  it('refuses a model that does not fit the data, naming the layer and the fix', async () => {
    const wrongInput = sequential([
      { kind: 'Input', params: { shape: [3] } },
      { kind: 'Dense', params: { units: 2, activation: 'softmax' } },
    ]);
    await expect(train(lab(wrongInput), blobs())).rejects.toThrow(
      "Input layer 'input' has shape [3] (3 values), but Blobs examples are [2] (2 values). Set the Input shape to [2].",
    );
    const wrongUnits = sequential([
      { kind: 'Input', params: { shape: [2] } },
      { kind: 'Dense', params: { units: 5, activation: 'softmax' } },
    ]);
    await expect(train(lab(wrongUnits), blobs())).rejects.toThrow(
      "The output layer 'dense' gives [5], but Blobs has 2 classes: make it Dense(2, activation 'softmax')",
    );
    const noSoftmax = sequential([
      { kind: 'Input', params: { shape: [2] } },
      { kind: 'Dense', params: { units: 2 } },
    ]);
    await expect(train(lab(noSoftmax), blobs())).rejects.toThrow(
      "has activation 'linear'; sparse_categorical_crossentropy expects class probabilities, so set it to 'softmax'",
    );
    const binary = sequential([
      { kind: 'Input', params: { shape: [2] } },
      { kind: 'Dense', params: { units: 1, activation: 'sigmoid' } },
    ]);
    const ok = await train(lab(binary, { loss: 'binary_crossentropy', epochs: 1 }), blobs());
    expect(ok.status).toBe('completed');
  });

  it('reshapes flat data into an image Input of the same size', async () => {
    const graph = sequential([
      { kind: 'Input', params: { shape: [64] } },
      { kind: 'Dense', params: { units: 3, activation: 'softmax' } },
    ]);
    const result = await train(lab(graph, { epochs: 1 }), tinyImages());
    expect(result.metrics).toHaveLength(1);
  });
});

describe('EarlyStopper (Keras 3 semantics)', () => {
  const run = (
    values: number[],
    spec: { monitor?: 'val_loss' | 'val_accuracy'; patience: number; minDelta?: number },
  ) => {
    const { model, trainModel } = buildModel(mlp());
    const stopper = new EarlyStopper(
      {
        monitor: spec.monitor ?? 'val_loss',
        patience: spec.patience,
        minDelta: spec.minDelta ?? 0,
        restoreBestWeights: false,
      },
      model,
    );
    let stoppedAt: number | null = null;
    values.forEach((v, epoch) => {
      if (
        stoppedAt === null &&
        stopper.update(
          {
            epoch: epoch + 1,
            loss: 0,
            accuracy: 0,
            regularization_loss: 0,
            seconds: 0,
            val_loss: v,
            val_accuracy: v,
          },
          epoch,
        )
      )
        stoppedAt = epoch + 1;
    });
    stopper.dispose();
    trainModel.dispose();
    return stoppedAt;
  };
  it.each([
    [[1.0, 0.9, 0.95, 0.96, 0.97], 2, 0, 4],
    [[1.0, 0.9, 0.95, 0.96, 0.97], 0, 0, 3],
    [[1.0, 0.99, 0.98, 0.97], 1, 0.05, 2],
    [[1.0, 0.9, 0.8, 0.7], 0, 0, null],
  ])(
    'val_loss %j, patience %i, min_delta %d: stops after epoch %s',
    (values, patience, minDelta, expected) => {
      expect(run(values, { patience, minDelta })).toBe(expected);
    },
  );
  it('watches accuracy upwards', () => {
    expect(run([0.5, 0.6, 0.59, 0.58], { monitor: 'val_accuracy', patience: 1 })).toBe(3);
  });
});
