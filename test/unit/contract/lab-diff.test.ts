import { describe, expect, it } from 'vitest';
import { useLocale } from '../../../src-main/contract/i18n.ts';
import { parseGraph, sequential } from '../../../src-main/contract/graph.ts';
import { LAB_FORMAT, parseLab, type LabFile } from '../../../src-main/contract/lab.ts';
import {
  alignLayers,
  changesText,
  describeLab,
  diffLabs,
} from '../../../src-main/contract/lab-diff.ts';
import { layerBrief, layerPath, pyFloat } from '../../../src-main/contract/lab-words.ts';
import { regularizer, type LayerKind } from '../../../src-main/contract/layers.ts';
import type { TrainingConfigInput } from '../../../src-main/contract/training.ts';

type Layer = { kind: LayerKind; params?: Record<string, unknown>; name?: string };

const lab = (layers: Layer[], training: TrainingConfigInput = {}, extra = {}): LabFile =>
  parseLab({ format: LAB_FORMAT, version: 1, graph: sequential(layers), training, ...extra });

const input: Layer = { kind: 'Input', params: { shape: [28, 28, 1] } };
const dense = (units: number, params: Record<string, unknown> = {}, name?: string): Layer => ({
  kind: 'Dense',
  params: { units, activation: units === 10 ? 'softmax' : 'relu', ...params },
  name,
});
const dropout = (rate = 0.5, name?: string): Layer => ({ kind: 'Dropout', params: { rate }, name });

/** Keras' mnist_mlp: 784-512-512-10, RMSprop, batch 128. */
const mlpLayers = (between: (i: number) => Layer[] = () => [], reg = {}): Layer[] => [
  input,
  { kind: 'Flatten' },
  dense(512, reg, 'dense'),
  ...between(0),
  dense(512, reg, 'dense_1'),
  ...between(1),
  dense(10, {}, 'dense_2'),
];
const training: TrainingConfigInput = { optimizer: 'rmsprop', batchSize: 128, epochs: 10 };
const mlp = lab(mlpLayers(), training);

const convLayers = (middle: Layer[]): Layer[] => [
  input,
  { kind: 'Conv2D', params: { filters: 32, activation: 'relu' }, name: 'conv2d' },
  ...middle,
  { kind: 'MaxPooling2D', name: 'max_pooling2d' },
  { kind: 'Flatten' },
  dense(10, {}, 'dense'),
];

describe('diffLabs: the issue examples', () => {
  it('says where Dropout layers were added: "+ Dropout(0.5) after dense, dense_1"', () => {
    const withDropout = lab(
      mlpLayers((i) => [dropout(0.5, i ? 'dropout_1' : 'dropout')]),
      training,
    );
    expect(diffLabs(mlp, withDropout)).toEqual(['+ Dropout(0.5) after dense, dense_1']);
    expect(diffLabs(withDropout, mlp)).toEqual(['− Dropout(0.5) after dense, dense_1']);
  });

  it('counts the layers a penalty was put on: "L2 0.01 on 2 layers"', () => {
    const l2 = lab(mlpLayers(undefined, { kernelRegularizer: regularizer('l2') }), training);
    expect(diffLabs(mlp, l2)).toEqual(['L2 0.01 on 2 layers']);
    expect(diffLabs(l2, mlp)).toEqual(['− L2 0.01 on 2 layers']);
  });

  it('gives the learning rate as Python prints it: "lr 1.0 instead of 0.001"', () => {
    expect(diffLabs(mlp, lab(mlpLayers(), { ...training, learningRate: 1 }))).toEqual([
      'lr 1.0 instead of 0.001',
    ]);
  });

  it('"epochs 20 instead of 10"', () => {
    expect(diffLabs(mlp, lab(mlpLayers(), { ...training, epochs: 20 }))).toEqual([
      'epochs 20 instead of 10',
    ]);
  });

  it('"− BatchNormalization after conv2d"', () => {
    const bn = lab(convLayers([{ kind: 'BatchNormalization' }]));
    expect(diffLabs(bn, lab(convLayers([])))).toEqual(['− BatchNormalization after conv2d']);
    expect(diffLabs(lab(convLayers([])), bn)).toEqual(['+ BatchNormalization after conv2d']);
  });
});

describe('diffLabs: layers', () => {
  it('finds nothing between a lab and itself, or a copy with the defaults spelled out', () => {
    expect(diffLabs(mlp, mlp)).toEqual([]);
    expect(diffLabs(mlp, lab(mlpLayers(), { ...training, learningRate: 0.001 }))).toEqual([]);
  });

  it('names a changed parameter with the layer it is on', () => {
    const a = lab(mlpLayers((i) => (i ? [] : [dropout(0.5)])));
    const b = lab(mlpLayers((i) => (i ? [] : [dropout(0.2)])));
    expect(diffLabs(a, b)).toEqual(['rate 0.2 instead of 0.5 on dropout']);
    const wide = lab(mlpLayers().map((l) => (l.name === 'dense' ? dense(1024, {}, 'dense') : l)));
    expect(diffLabs(lab(mlpLayers()), wide)).toEqual(['units 1024 instead of 512 on dense']);
  });

  it('says what a regularizer became, and on which kind of weights', () => {
    const on = (params: Record<string, unknown>) =>
      lab([input, { kind: 'Flatten' }, dense(10, params, 'dense')]);
    const none = on({});
    expect(
      diffLabs(
        on({ kernelRegularizer: regularizer('l2') }),
        on({ kernelRegularizer: regularizer('l2', 0.001) }),
      ),
    ).toEqual(['L2 0.001 instead of 0.01 on dense']);
    expect(
      diffLabs(
        on({ kernelRegularizer: regularizer('l2') }),
        on({ kernelRegularizer: regularizer('l1') }),
      ),
    ).toEqual(['L1 0.01 instead of L2 0.01 on dense']);
    expect(diffLabs(none, on({ biasRegularizer: regularizer('l1l2') }))).toEqual([
      'bias L1 0.01 + L2 0.01 on dense',
    ]);
    expect(diffLabs(none, on({ activityRegularizer: regularizer('l1', 0.1) }))).toEqual([
      'activity L1 0.1 on dense',
    ]);
    expect(diffLabs(none, on({ useBias: false, activation: 'sigmoid' }))).toEqual([
      'activation sigmoid instead of softmax on dense',
      'use bias off on dense',
    ]);
  });

  it('reads a swapped layer as one removed and one added, at the same place', () => {
    const avg = convLayers([]).map((l) =>
      l.kind === 'MaxPooling2D' ? { kind: 'AveragePooling2D' as const } : l,
    );
    expect(diffLabs(lab(convLayers([])), lab(avg))).toEqual([
      '+ AveragePooling2D after conv2d',
      '− MaxPooling2D after conv2d',
    ]);
  });

  it('matches layers by kind when their names moved (a rebuilt model is not all new)', () => {
    const renamed = lab(
      mlpLayers().map((l, i) => (l.kind === 'Dense' ? { ...l, name: `d${i}` } : l)),
    );
    expect(diffLabs(lab(mlpLayers()), renamed)).toEqual([]);
  });

  it('keeps an inserted layer from shifting every layer after it', () => {
    const steps = alignLayers(
      layerPath(mlp.graph),
      layerPath(
        lab(
          mlpLayers((i) => (i ? [] : [dense(64, {}, 'extra')])),
          training,
        ).graph,
      ),
    );
    expect(steps.map((s) => s.op)).toEqual(['same', 'same', 'same', 'added', 'same', 'same']);
  });

  it('follows the data through a residual block, not the order layers were drawn in', () => {
    const graph = parseGraph({
      version: 1,
      nodes: [
        { id: 'add', kind: 'Add' },
        { id: 'b', kind: 'Dense', params: { units: 8 } },
        { id: 'in', kind: 'Input', params: { shape: [8] } },
        { id: 'a', kind: 'Dense', params: { units: 8 } },
      ],
      edges: [
        { source: 'in', target: 'a' },
        { source: 'a', target: 'b' },
        { source: 'a', target: 'add' },
        { source: 'b', target: 'add' },
      ],
    });
    expect(layerPath(graph).map((n) => n.id)).toEqual(['in', 'a', 'b', 'add']);
  });
});

describe('diffLabs: training settings and data', () => {
  it('names the optimizer and the learning rate it brings', () => {
    expect(
      diffLabs(lab(mlpLayers()), lab(mlpLayers(), { optimizer: 'sgd', momentum: 0.9 })),
    ).toEqual(['SGD instead of Adam', 'lr 0.01 instead of 0.001', 'momentum 0.9 instead of 0.0']);
  });

  it('says each training setting in words', () => {
    const before = lab(mlpLayers(), { validation: { kind: 'split', fraction: 0.1 } });
    const after = lab(mlpLayers(), {
      batchSize: 64,
      labelSmoothing: 0.1,
      validation: { kind: 'test' },
      earlyStopping: { patience: 3 },
      augmentation: { rotationRange: 10, horizontalFlip: true },
      trainSubset: 1000,
      shuffleLabels: true,
      seed: 42,
      shuffle: false,
      loss: 'categorical_crossentropy',
    });
    expect(diffLabs(before, after)).toEqual([
      'loss categorical_crossentropy instead of sparse_categorical_crossentropy',
      'label smoothing 0.1 instead of 0.0',
      'batch size 64 instead of 32',
      'validation on the test set instead of validation split 0.1',
      '+ early stopping (val_loss, patience 3)',
      '+ augmentation (rotation 10, horizontal flip)',
      'first 1000 examples instead of all examples',
      'shuffled labels',
      'seed 42 instead of none',
      'not shuffled each epoch',
    ]);
    expect(diffLabs(after, before)).toContain('− early stopping');
    expect(diffLabs(after, before)).toContain('− augmentation');
  });

  it("words the changes in the user's language, Keras' names kept", () => {
    const before = lab(mlpLayers(), { validation: { kind: 'split', fraction: 0.1 } });
    const after = lab(
      mlpLayers((i) => [dropout(0.5, i ? 'dropout_1' : 'dropout')], {
        kernelRegularizer: regularizer('l2'),
      }),
      {
        optimizer: 'sgd',
        validation: { kind: 'test' },
        augmentation: { rotationRange: 10, horizontalFlip: true },
        trainSubset: 1000,
        shuffle: false,
      },
      { dataset: { kind: 'synthetic', shape: 'moons', samples: 200, noise: 0.2 } },
    );
    useLocale(() => 'zh-Hans');
    try {
      expect(diffLabs(before, after)).toEqual([
        '+ Dropout(0.5)（在 dense、dense_1 之后）',
        '2 层上的 L2 0.01',
        'SGD（原为 Adam）',
        'lr 0.01（原为 0.001）',
        '用测试集验证（原为验证集比例 0.1）',
        '+ 数据增强（旋转 10、水平翻转）',
        '前 1000 个样本（原为全部样本）',
        '每轮不打乱',
        '数据集 moons（200 个样本，噪声 0.2）（原为 mnist）',
      ]);
      expect(changesText(diffLabs(before, after).slice(2, 5))).toBe(
        'SGD（原为 Adam）；lr 0.01（原为 0.001）；用测试集验证（原为验证集比例 0.1）',
      );
    } finally {
      useLocale(() => 'en');
    }
  });

  it('compares early stopping and augmentation field by field', () => {
    const a = lab(mlpLayers(), {
      earlyStopping: { patience: 3 },
      augmentation: { zoomRange: 0.1 },
    });
    const b = lab(mlpLayers(), {
      earlyStopping: { patience: 5, restoreBestWeights: true },
      augmentation: { zoomRange: 0.2, horizontalFlip: true },
    });
    expect(diffLabs(a, b)).toEqual([
      'early stopping patience 5 instead of 3',
      'early stopping restore best weights',
      'zoom 0.2 instead of 0.1',
      'horizontal flip',
    ]);
  });

  it('says a setting no table knows yet by its name in words', () => {
    const a = lab(mlpLayers());
    const b = { ...a, training: { ...a.training, stepsPerExecution: 4 } } as LabFile;
    expect(diffLabs(a, b)).toEqual(['steps per execution 4 instead of none']);
  });

  it('names a different dataset', () => {
    const fashion = lab(mlpLayers(), {}, { dataset: { kind: 'builtin', name: 'fashion-mnist' } });
    expect(diffLabs(lab(mlpLayers()), fashion)).toEqual(['dataset fashion-mnist instead of mnist']);
  });
});

describe('describeLab', () => {
  it('sums up the MNIST MLP with Dropout', () => {
    const withDropout = lab(
      mlpLayers(() => [dropout()]),
      { ...training, epochs: 20 },
    );
    expect(describeLab(withDropout)).toBe(
      'Dense 512-512-10 · Dropout 0.5 · RMSprop lr 0.001 · batch 128 · 20 epochs',
    );
  });

  it('counts layers without a lead parameter and lists penalties and what is on', () => {
    const conv = lab(
      [
        input,
        { kind: 'Conv2D', params: { filters: 32, kernelRegularizer: regularizer('l2') } },
        { kind: 'MaxPooling2D' },
        { kind: 'Conv2D', params: { filters: 64, kernelRegularizer: regularizer('l2') } },
        { kind: 'MaxPooling2D' },
        { kind: 'Flatten' },
        dropout(0.3),
        dropout(0.5),
        dense(10),
      ],
      {
        epochs: 1,
        labelSmoothing: 0.1,
        earlyStopping: { patience: 2 },
        augmentation: { widthShiftRange: 0.1 },
      },
    );
    expect(describeLab(conv)).toBe(
      'Conv2D 32-64 · MaxPooling2D ×2 · Dropout 0.3/0.5 · Dense 10 · L2 0.01 on 2 layers · ' +
        'Adam lr 0.001 · batch 32 · 1 epoch · augmentation (width shift 0.1) · ' +
        'label smoothing 0.1 · early stopping (val_loss, patience 2)',
    );
    // In the user's language, Keras' names kept.
    useLocale(() => 'zh-Hans');
    try {
      expect(describeLab(conv)).toBe(
        'Conv2D 32-64 · MaxPooling2D ×2 · Dropout 0.3/0.5 · Dense 10 · 2 层上的 L2 0.01 · ' +
          'Adam lr 0.001 · 批次 32 · 1 轮 · 数据增强（水平平移 0.1） · ' +
          '标签平滑 0.1 · 提前停止（val_loss，patience 2）',
      );
    } finally {
      useLocale(() => 'en');
    }
  });
});

describe('words for layers and numbers', () => {
  it('writes a layer as Keras code would, with what is not the default', () => {
    const g = sequential([
      input,
      {
        kind: 'Dense',
        params: { units: 64, activation: 'relu', kernelRegularizer: regularizer('l2') },
      },
      { kind: 'BatchNormalization' },
      { kind: 'Activation' },
      { kind: 'Conv2D', params: { kernelSize: [5, 5] } },
    ]);
    expect(g.nodes.map(layerBrief)).toEqual([
      'Input(28x28x1)',
      'Dense(64, relu, L2 0.01)',
      'BatchNormalization',
      'Activation(relu)',
      'Conv2D(32, kernel size 5x5)',
    ]);
  });

  it('prints floats as Python does', () => {
    expect([1, 0.5, 1e-7, 0.001, 20].map(pyFloat)).toEqual([
      '1.0',
      '0.5',
      '1e-07',
      '0.001',
      '20.0',
    ]);
  });
});
