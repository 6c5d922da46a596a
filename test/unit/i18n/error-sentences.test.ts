/**
 * Error sentences in the user's language: each converted code's throw site gives a key and its
 * values; the Chinese sentence shows those values, the English `message` stays as it was, and a
 * sentence that crosses the wire is worded on the other side (falling back to English).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ERROR_KEYS, wordError } from '../../../src-main/contract/error-text.ts';
import {
  errorInfoFrom,
  errorSentence,
  LayerLabError,
  said,
  toErrorInfo,
} from '../../../src-main/contract/errors.ts';
import { useLocale, type MessageLocale } from '../../../src-main/contract/i18n.ts';
import { parseSweep } from '../../../src-main/cli/commands/grid.ts';
import { invalidModel, loadLab, parseDatasetFlag } from '../../../src-main/cli/commands/train.ts';
import { wordIssue } from '../../../src-main/contract/issue-words.ts';
import { sequential } from '../../../src-main/contract/graph.ts';
import { cliLocale } from '../../../src-main/cli/language.ts';
import { LOCALES } from '../../../src-main/contract/locale.ts';
import { expandGrid, GridSpecSchema, trialLab } from '../../../src-main/contract/grid.ts';
import { LAB_FORMAT, parseLab, parseLabText } from '../../../src-main/contract/lab.ts';
import { checkRedisUrl } from '../../../src-main/contract/pool.ts';
import { ApiError } from '../../../src-main/contract/wire.ts';
import { loadDataset } from '../../../src-main/data/index.ts';
import { parseIdx } from '../../../src-main/data/idx.ts';
import { parseNpy } from '../../../src-main/data/npy.ts';
import { npy, npz } from '../data/helpers.ts';
import { importKerasJson } from '../../../src-main/export/keras/import.ts';
import { exportKerasJson } from '../../../src-main/export/keras/export.ts';
import { exportFiles } from '../../../src-main/export/exporters.ts';
import { layerWeights } from '../../../src-main/export/onnx/weights.ts';
import { toOnnx } from '../../../src-main/export/onnx/write.ts';
import { readReport } from '../../../src-main/export/report/read.ts';
import { kerasLayout } from '../../../src-main/export/keras-file/layout.ts';
import { readModelFile } from '../../../src-main/export/keras-file/read.ts';
import { importKerasCode } from '../../../src-main/export/python/import-code.ts';
import { kerasScript } from '../../../src-main/export/python/script.ts';
import { trainingFromCompile } from '../../../src-main/export/keras-file/compile.ts';
import { labFromModelFile } from '../../../src-main/export/keras-file/lab.ts';
import { parseGridSpec } from '../../../src-main/contract/grid.ts';
import { warningOf, type WarningText } from '../../../src-main/contract/error-text.ts';
import { labOf } from '../../helpers/python-script-labs.ts';
import { fileWarningsText } from '../../../src-renderer/lib/error-text.ts';
import { gunzipIfNeeded, readBytes } from '../../../src-main/data/files.ts';
import { describeRedisError } from '../../../src-main/engine/pool/redis.ts';
import { divergedError } from '../../../src-main/engine/trainer.ts';
import { RunManager } from '../../../src-main/engine/run-manager.ts';
import { buildModel } from '../../../src-main/engine/build-model.ts';
import { GridRunner } from '../../../src-main/engine/grid-runner.ts';
import { GridStore } from '../../../src-main/store/grid-store.ts';
import { makeViews } from '../../../src-main/engine/batches.ts';
import { selectBackend } from '../../../src-main/engine/backend.ts';
import { checkModelBudget } from '../../../src-main/engine/model-budget.ts';
import { weightsMismatch } from '../../../src-main/engine/model-weights.ts';
import { analyzeGraph } from '../../../src-main/contract/validate.ts';
import { checkClassHost } from '../../../src-main/hosts/class/class-host.ts';
import { parseClassList } from '../../../src-main/hosts/class/roster.ts';
import { dispatch } from '../../../src-main/hosts/dispatch.ts';
import { LabFiles } from '../../../src-main/hosts/lab-files.ts';
import { PathPolicy } from '../../../src-main/hosts/path-policy.ts';
import { LayerLabService } from '../../../src-main/hosts/service.ts';
import { StudentService } from '../../../src-main/hosts/class/student-service.ts';
import { libraryLab } from '../../../src-main/hosts/lab-library.ts';
import { readDocument } from '../../../src-main/store/read-document.ts';
import { fsError } from '../../../src-main/store/safe-fs.ts';
import { storeError } from '../../../src-main/store/store-errors.ts';
import { RunStore } from '../../../src-main/store/run-store.ts';
import { errorText } from '../../../src-renderer/lib/error-text.ts';
import { moons } from '../../helpers/labs.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-errors-'));
const file = (name: string, text: string | Uint8Array) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  return p;
};

/** What `run` threw (or returned rejected), as a LayerLabError. */
async function caught(run: () => unknown): Promise<LayerLabError> {
  try {
    await run();
  } catch (e) {
    expect(e).toBeInstanceOf(LayerLabError);
    return e as LayerLabError;
  }
  throw new Error('it did not throw');
}

/** The error's sentence in `locale`, as the renderer words one that came over the wire. */
function shown(e: LayerLabError, locale: MessageLocale): string {
  useLocale(() => locale);
  try {
    return errorText(new ApiError(JSON.parse(JSON.stringify(toErrorInfo(e)))));
  } finally {
    useLocale(() => 'en');
  }
}

afterEach(() => useLocale(() => 'en'));

/** Runs on `store` whose trainer cannot start (the system refuses a process). */
const trainerless = (store: RunStore) =>
  new RunManager({
    store,
    dataDirs: [],
    spawnTrainer: () => {
      throw Object.assign(new Error('spawn EAGAIN'), { code: 'EAGAIN' });
    },
  });

/** A dataset of four examples and no test set, for the validation views' refusals. */
const fourExamples = {
  info: { title: 'Four' },
  train: { count: 4, labels: Int32Array.from([0, 1, 0, 1]) },
  test: null,
} as never;
const views = (validation: object, trainSubset: number | null = null) =>
  ({ validation, trainSubset, shuffleLabels: false }) as never;

/** The moons lab whose first Dense layer has an activation Keras does not know. */
function badActivation() {
  const made = moons();
  made.graph.nodes[1].params = { ...made.graph.nodes[1].params, activation: 'nope' } as never;
  return made;
}

const lab = (extra: object) => ({ format: LAB_FORMAT, version: 1, ...extra });

/** Loads the file `name` holding `data` as a dataset. */
const loadFile = (name: string, data: string | Uint8Array, labelColumn?: string) =>
  loadDataset(
    { kind: 'file', path: file(name, data), labelColumn, imageSize: [28, 28], grayscale: true },
    { dataDirs: [] },
  );

/** A Sequential Keras model JSON: an input of 4 values, then `layer`. */
const keras = (layer: object) =>
  JSON.stringify({
    class_name: 'Sequential',
    config: {
      name: 's',
      layers: [{ class_name: 'InputLayer', config: { batch_shape: [null, 4], name: 'in' } }, layer],
    },
  });

/** The Keras JSON reader's warnings (lenient) for a Sequential model of `layers`. */
const readerWarnings = (...layers: object[]) =>
  importKerasJson(
    JSON.stringify({ class_name: 'Sequential', config: { name: 's', layers } }),
    'm.json',
  ).warnings;
const inputLayer = (extra: object = {}) => ({
  class_name: 'InputLayer',
  config: { batch_shape: [null, 4], name: 'in', ...extra },
});
const dense = (extra: object) => ({
  class_name: 'Dense',
  config: { name: 'd', units: 4, ...extra },
});
const compiled = (compile: object) => {
  const warnings: WarningText[] = [];
  trainingFromCompile(compile as never, 'm.keras', warnings);
  return warnings;
};
const guessed = (shape: number[]) =>
  labFromModelFile('m.keras', {
    graph: sequential([
      { kind: 'Input', params: { shape } },
      { kind: 'Flatten' },
      { kind: 'Dense', params: { units: 10, activation: 'softmax' } },
    ]),
    warnings: [],
  }).warnings;
const scriptOf = (extra: object, training: object = {}) => {
  const base = moons();
  return kerasScript({ ...base, ...extra, training: { ...base.training, ...training } }).warnings;
};
const gridOf = (path: string, evaluation: object = { kind: 'holdout', fraction: 0.25 }) => ({
  grid: parseGridSpec({ params: [{ path, values: [1, 2] }], evaluation }),
});
const tiny = [
  { kind: 'Input', params: { shape: [4] } },
  { kind: 'Dense', params: { units: 2, activation: 'softmax' } },
] as const;

describe('import and export warnings', () => {
  it.each([
    {
      key: 'error_kwarn_frozen',
      make: () => readerWarnings(inputLayer(), dense({ trainable: false })),
      english:
        "Dense layer 'd': it is frozen (trainable=False) in Keras; LayerLab trains every layer.",
      chinese: ["Dense 层 'd'：它在 Keras 中被冻结（trainable=False）"],
    },
    {
      key: 'error_kwarn_dtype',
      make: () => readerWarnings(inputLayer(), dense({ dtype: 'float16' })),
      english: "Dense layer 'd': it computes in float16; LayerLab computes in float32.",
      chinese: ["Dense 层 'd'：它以 float16 计算"],
    },
    {
      key: 'error_kwarn_batch_size',
      make: () => readerWarnings(dense({ batch_input_shape: [32, 4] })),
      english:
        "Input layer 'd_input': its fixed batch size 32 is ignored; LayerLab takes the batch size from the training settings.",
      chinese: ["Input 层 'd_input'：它固定的批次大小 32 被忽略了"],
    },
    {
      key: 'error_kwarn_padding',
      make: () =>
        readerWarnings(
          inputLayer(),
          { class_name: 'Reshape', config: { name: 'r', target_shape: [2, 2, 1] } },
          { class_name: 'MaxPooling2D', config: { name: 'p', padding: 'causal', pool_size: 1 } },
        ),
      english:
        "MaxPooling2D layer 'p': padding 'causal' is not available in LayerLab; it was imported as 'valid'.",
      chinese: ["MaxPooling2D 层 'p'：LayerLab 没有 padding 'causal'；已按 'valid' 导入。"],
    },
    {
      key: 'error_kwarn_activation',
      make: () => readerWarnings(inputLayer(), dense({ activation: 'mish_x' })),
      english:
        "Dense layer 'd': activation 'mish_x' is not available in LayerLab; it was imported as 'linear'.",
      chinese: ["LayerLab 没有激活函数 'mish_x'；已按 'linear' 导入。"],
    },
    {
      key: 'error_kwarn_regularizer',
      make: () =>
        readerWarnings(
          inputLayer(),
          dense({ kernel_regularizer: { class_name: 'OrthogonalRegularizer', config: {} } }),
        ),
      english:
        "Dense layer 'd': kernel_regularizer OrthogonalRegularizer is not available in LayerLab (it has L1, L2 and L1L2); it was left out.",
      chinese: ['LayerLab 没有 kernel_regularizer OrthogonalRegularizer（它有 L1、L2 和 L1L2）'],
    },
    {
      key: 'error_kwarn_not_modeled',
      make: () => readerWarnings(inputLayer(), dense({ kernel_initializer: 'he_normal' })),
      english:
        "Dense layer 'd': kernel_initializer is 'he_normal', which LayerLab does not model; it uses glorot_uniform.",
      chinese: [
        "kernel_initializer 是 'he_normal'，LayerLab 不支持这项设置；它按“glorot_uniform”计算。",
      ],
    },
    {
      key: 'error_keras_uses_no_constraint',
      make: () =>
        readerWarnings(inputLayer(), dense({ kernel_constraint: { class_name: 'MaxNorm' } })),
      english:
        "Dense layer 'd': kernel_constraint is MaxNorm, which LayerLab does not model; it uses no constraint.",
      chinese: ['kernel_constraint 是 MaxNorm'],
    },
    {
      key: 'error_keras_uses_float32_weights',
      make: () => readerWarnings(inputLayer(), dense({ quantization_config: { mode: 'int8' } })),
      english:
        'Dense layer \'d\': quantization_config is {"mode":"int8"}, which LayerLab does not model; it uses float32 weights.',
      chinese: ['quantization_config 是 {"mode":"int8"}', '“float32 权重”'],
    },
    {
      key: 'error_keras_uses_dense_tensors',
      make: () => readerWarnings(inputLayer({ sparse: true })),
      english:
        "Input layer 'in': sparse is true, which LayerLab does not model; it uses dense tensors.",
      chinese: ["Input 层 'in'：sparse 是 true", '“稠密张量”'],
    },
    {
      key: 'error_keras_uses_required_input',
      make: () => readerWarnings(inputLayer({ optional: true })),
      english:
        "Input layer 'in': optional is true, which LayerLab does not model; it uses a required input.",
      chinese: ['optional 是 true', '“必需的输入”'],
    },
    {
      key: 'error_keras_uses_no_seed',
      make: () =>
        readerWarnings(inputLayer(), {
          class_name: 'Dropout',
          config: { name: 'dr', rate: 0.5, seed: 3 },
        }),
      english:
        "Dropout layer 'dr': seed is 3, which LayerLab does not model; it uses no fixed seed.",
      chinese: ["Dropout 层 'dr'：seed 是 3", '“不固定随机种子”'],
    },
    {
      key: 'error_keras_uses_unsynchronized',
      make: () =>
        readerWarnings(inputLayer(), {
          class_name: 'BatchNormalization',
          config: { name: 'bn', synchronized: true },
        }),
      english:
        "BatchNormalization layer 'bn': synchronized is true, which LayerLab does not model; it uses unsynchronized statistics.",
      chinese: ['synchronized 是 true', '“不同步的统计量”'],
    },
    {
      key: 'error_kwarn_unknown_setting',
      make: () => readerWarnings(inputLayer(), dense({ foo_bar: 3 })),
      english: "Dense layer 'd': its setting foo_bar = 3 is not known to LayerLab and was ignored.",
      chinese: ['LayerLab 不认识它的设置 foo_bar = 3，已忽略。'],
    },
    {
      key: 'error_kwarn_batchnorm_axis',
      make: () =>
        readerWarnings(inputLayer(), {
          class_name: 'BatchNormalization',
          config: { name: 'bn', axis: 0 },
        }),
      english:
        "BatchNormalization layer 'bn': axis is 0, which LayerLab does not model; it normalizes the last axis (the channels).",
      chinese: ["BatchNormalization 层 'bn'：axis 是 0"],
    },
    {
      key: 'error_kwarn_optimizer',
      make: () => compiled({ optimizer: { class_name: 'Lion', config: {} } }),
      english:
        'm.keras was compiled with the optimizer "Lion", which LayerLab does not have; training further uses Adam.',
      chinese: ['m.keras 编译时用的优化器 "Lion"', 'Adam'],
    },
    {
      key: 'error_kwarn_lr_schedule',
      make: () =>
        compiled({
          optimizer: { class_name: 'RMSprop', config: { learning_rate: { class_name: 'Decay' } } },
        }),
      english:
        "m.keras was compiled with a learning-rate schedule; training further uses RMSprop's default learning rate.",
      chinese: ['m.keras 编译时用了学习率调度', 'RMSprop 的默认学习率'],
    },
    {
      key: 'error_kwarn_nesterov',
      make: () => compiled({ optimizer: { class_name: 'SGD', config: { nesterov: true } } }),
      english: 'm.keras was compiled with Nesterov momentum; LayerLab uses plain momentum.',
      chinese: ['m.keras 编译时用了 Nesterov 动量'],
    },
    {
      key: 'error_kwarn_loss',
      make: () => compiled({ loss: 'huber' }),
      english:
        'm.keras was compiled with the loss "huber", which LayerLab does not have; it evaluates and trains with sparse_categorical_crossentropy.',
      chinese: ['m.keras 编译时用的损失 "huber"', 'sparse_categorical_crossentropy'],
    },
    {
      key: 'error_kwarn_from_logits',
      make: () =>
        compiled({
          loss: { class_name: 'SparseCategoricalCrossentropy', config: { from_logits: true } },
        }),
      english:
        "m.keras computes its loss from logits (from_logits=True); LayerLab computes it from the model's outputs as probabilities, so its loss differs.",
      chinese: ['m.keras 从 logits 计算损失（from_logits=True）'],
    },
    {
      key: 'error_kwarn_training_config',
      make: () => [warningOf(said('error_kwarn_training_config', { file: 'm.h5' }))],
      english: 'm.h5 has a training_config that is not JSON; its compile settings are left out.',
      chinese: ['m.h5 的 training_config 不是 JSON'],
    },
    {
      key: 'error_kwarn_mnist',
      make: () => guessed([28, 28, 1]),
      english:
        'LayerLab took m.keras for an MNIST model from its input shape [28, 28, 1]; choose Fashion-MNIST if it learned that.',
      chinese: ['根据输入形状 [28, 28, 1] 把 m.keras 当作 MNIST 模型'],
    },
    {
      key: 'error_kwarn_dataset_unknown',
      make: () => guessed([6, 6, 1]),
      english:
        "LayerLab cannot tell from m.keras's input shape [6, 6, 1] which dataset it was trained on; choose the dataset before evaluating or training it.",
      chinese: ['LayerLab 无法根据 m.keras 的输入形状 [6, 6, 1] 判断'],
    },
    {
      key: 'error_scriptwarn_not_valid',
      make: () => kerasScript(badActivation()).warnings,
      english:
        /^The model is not valid yet, so Keras will stop at it: Dense layer 'dense': activation is 'nope'; choose one of/,
      chinese: ["模型还无效，Keras 会在这里停下：Dense 层“dense”：activation 为 'nope'"],
    },
    {
      key: 'error_scriptwarn_augmentation',
      make: () =>
        kerasScript(
          labOf(
            'a',
            [
              { kind: 'Input', params: { shape: [28, 28, 1] } },
              { kind: 'Flatten' },
              { kind: 'Dense', params: { units: 10, activation: 'softmax' } },
            ],
            { kind: 'builtin', name: 'mnist' },
            { augmentation: { rotationRange: 10 } },
          ),
        ).warnings,
      english:
        "Augmentation: Keras 3 has no ImageDataGenerator, so the script uses preprocessing layers with the same ranges; they draw their transforms a little differently (and RandomShear's factor stands for the shear angle).",
      chinese: ['数据增强：Keras 3 没有 ImageDataGenerator', 'RandomShear 的 factor'],
    },
    {
      key: 'error_scriptwarn_no_test_set',
      make: () =>
        kerasScript(
          labOf(
            'c',
            [...tiny],
            { kind: 'file', path: 'data.csv', labelColumn: 'y' },
            { validation: { kind: 'test' } },
          ),
        ).warnings,
      english:
        'The lab validates on the test set, but this dataset has none: choose a validation split instead.',
      chinese: ['实验用测试集验证，但这个数据集没有测试集'],
    },
    {
      key: 'error_scriptwarn_folds',
      make: () =>
        scriptOf(
          {},
          { validation: { kind: 'kfold', folds: 5, fold: 1, seed: 1, stratified: false } },
        ),
      english:
        "The lab validates on fold 2 of 5: the script cuts plain folds with numpy's generator, so they hold other examples than LayerLab's.",
      chinese: ['实验用第 2 折（共 5 折）验证'],
    },
    {
      key: 'error_scriptwarn_folds_stratified',
      make: () =>
        scriptOf(
          {},
          { validation: { kind: 'kfold', folds: 5, fold: 1, seed: 1, stratified: true } },
        ),
      english:
        "The lab validates on fold 2 of 5 (stratified): the script cuts plain folds with numpy's generator, so they hold other examples than LayerLab's.",
      chinese: ['实验用第 2 折（共 5 折，分层）验证'],
    },
    {
      key: 'error_scriptwarn_grid',
      make: () => scriptOf(gridOf('layers.dense.units')),
      english:
        "The lab's grid is a loop behind RUN_GRID = False, each setting scored as LayerLab scores it.",
      chinese: ['实验的网格是 RUN_GRID = False 后面的一个循环'],
    },
    {
      key: 'error_scriptwarn_grid_folds',
      make: () => scriptOf(gridOf('layers.dense.units', { kind: 'kfold', folds: 2 })),
      english:
        "The lab's grid is a loop behind RUN_GRID = False: plain numpy folds instead of LayerLab's stratified ones, each setting scored as LayerLab scores it.",
      chinese: ['用 numpy 的普通折代替 LayerLab 的分层折'],
    },
    {
      key: 'error_scriptwarn_why_augments',
      make: () => scriptOf(gridOf('layers.dense.units'), { shuffleLabels: true }),
      english:
        "The lab's grid (over layers.dense.units) is not in the script, since it augments or shuffles labels: it trains the lab's own settings once; run the grid in LayerLab, or loop over the values yourself.",
      chinese: ['实验的网格（遍历 layers.dense.units）不在脚本里，因为它做了数据增强或打乱了标签'],
    },
    {
      key: 'error_scriptwarn_why_unexpandable',
      make: () => {
        const values = Array.from({ length: 40 }, (_, i) => i + 1);
        const grid = parseGridSpec({
          params: [
            { path: 'layers.dense.units', values },
            { path: 'training.batchSize', values },
          ],
          evaluation: { kind: 'holdout', fraction: 0.25 },
        });
        return scriptOf({ grid });
      },
      english:
        /^The lab's grid \(over layers\.dense\.units, training\.batchSize\) is not in the script, since it cannot be expanded \(The grid has 1,600 settings \(.+\); LayerLab runs at most 1,000: .+\): it trains the lab's own settings once;/,
      chinese: ['因为它无法展开（这个网格有 1,600 种设置'],
    },
    {
      key: 'error_scriptwarn_sweeps_training',
      make: () => scriptOf(gridOf('training.batchSize')),
      english:
        "The lab's grid (over training.batchSize) is not in the script, since it sweeps training.batchSize (the loop sweeps layer settings and learningRate): it trains the lab's own settings once; run the grid in LayerLab, or loop over the values yourself.",
      chinese: ['因为它遍历 training.batchSize（循环只遍历层的设置和 learningRate）'],
    },
    {
      key: 'error_scriptwarn_sweeps_fixed',
      make: () => scriptOf(gridOf('layers.dense.useBias')),
      english:
        "The lab's grid (over layers.dense.useBias) is not in the script, since it sweeps layers.dense.useBias (not a setting the loop can vary): it trains the lab's own settings once; run the grid in LayerLab, or loop over the values yourself.",
      chinese: ['因为它遍历 layers.dense.useBias（不是循环能改变的设置）'],
    },
    {
      key: 'error_scriptwarn_imdb',
      make: () =>
        kerasScript(
          labOf(
            'i',
            [
              { kind: 'Input', params: { shape: [1000] } },
              { kind: 'Dense', params: { units: 1, activation: 'sigmoid' } },
            ],
            { kind: 'builtin', name: 'imdb', numWords: 1000 },
            { loss: 'binary_crossentropy' },
          ),
        ).warnings,
      english:
        "IMDB: Keras' copy of the reviews is tokenized by Keras, LayerLab tokenizes the original reviews itself, so a few word columns differ.",
      chinese: ['IMDB：Keras 的影评副本由 Keras 分词'],
    },
    {
      key: 'error_scriptwarn_synthetic',
      make: () => scriptOf({}),
      english:
        "moons: numpy draws other random points than LayerLab's generator (same shapes, noise and sizes), so the numbers differ a little.",
      chinese: ['moons：numpy 抽取的随机点与 LayerLab 的生成器不同'],
    },
    {
      key: 'error_scriptwarn_csv_header',
      make: () =>
        kerasScript(labOf('c', [...tiny], { kind: 'file', path: 'data.csv', labelColumn: 'y' }))
          .warnings,
      english:
        'data.csv: pandas takes the first row as the header; LayerLab does so only when it has a name above a number.',
      chinese: ['data.csv：pandas 把第一行当作表头'],
    },
    {
      key: 'error_scriptwarn_image_folder',
      make: () =>
        kerasScript(
          labOf(
            'f',
            [
              { kind: 'Input', params: { shape: [28, 28, 1] } },
              { kind: 'Flatten' },
              { kind: 'Dense', params: { units: 2, activation: 'softmax' } },
            ],
            { kind: 'file', path: 'pics', imageSize: [28, 28], grayscale: true },
          ),
        ).warnings,
      english:
        "pics: Keras shuffles and resizes the images its own way, so the order (and a validation split taken from the end) differs from LayerLab's.",
      chinese: ['pics：Keras 用自己的方式打乱和缩放图像'],
    },
  ])('$key: the values reach the Chinese sentence; the English is unchanged', (c) => {
    const has = (w: WarningText) =>
      typeof c.english === 'string' ? w.message === c.english : c.english.test(w.message);
    const warning = c.make().find(has);
    expect(
      warning,
      c
        .make()
        .map((w) => w.message)
        .join('\n'),
    ).toBeDefined();
    expect(JSON.stringify(warning)).toContain(`"${c.key}"`);
    const wire = JSON.parse(JSON.stringify(warning)) as WarningText;
    useLocale(() => 'en');
    expect(errorSentence(wire)).toBe(wire.message);
    useLocale(() => 'zh-Hans');
    const chinese = errorSentence(wire);
    for (const part of c.chinese) expect(chinese).toContain(part);
    useLocale(() => 'zh-Hant');
    expect(errorSentence(wire)).not.toBe(chinese);
    expect(errorSentence(wire)).not.toBe(wire.message);
  });

  it("names the sweep's problem as the grid says it, in a Chinese sentence", () => {
    const [warning] = scriptOf(gridOf('layers.nosuch.units')).filter((w) =>
      w.message.startsWith("The lab's grid"),
    );
    expect(warning.message).toBe(
      "The lab's grid (over layers.nosuch.units) is not in the script, since it sweeps layers.nosuch.units (the model has no layer named 'nosuch'): it trains the lab's own settings once; run the grid in LayerLab, or loop over the values yourself.",
    );
    useLocale(() => 'zh-Hant');
    expect(errorSentence(warning)).toContain(
      "因為它遍歷 layers.nosuch.units（the model has no layer named 'nosuch'）",
    );
  });

  it("puts an opened file's warnings after its name, one sentence after another", () => {
    const warnings = [...compiled({ loss: 'huber' }), ...guessed([6])];
    expect(fileWarningsText('m.keras', warnings)).toBe(
      `m.keras: ${warnings.map((w) => w.message).join(' ')}`,
    );
    useLocale(() => 'zh-Hans');
    expect(fileWarningsText('m.keras', warnings)).toMatch(
      /^m\.keras：m\.keras 编译时用的损失 "huber".+。LayerLab 无法根据 m\.keras 的输入形状 \[6\]/,
    );
  });
});

describe('error sentences', () => {
  it.each([
    {
      code: 'invalid-json',
      make: () => parseLabText('{\n  "a": 1,\n}', 'broken.layerlab.json'),
      english: /^broken\.layerlab\.json is not valid JSON: .* at line 3, column 1\.$/,
      chinese: ['broken.layerlab.json 不是有效的 JSON', '第 3 行第 1 列'],
    },
    {
      code: 'invalid-document',
      make: () => parseLab({ format: 'keras' }, 'model.json'),
      english:
        /^model\.json is not a LayerLab lab \(its "format" is "keras", expected "layerlab-lab"\)\.$/,
      chinese: ['model.json 不是 LayerLab 实验', '"keras"'],
    },
    {
      code: 'future-version',
      make: () => parseLab(lab({ version: 99 }), 'new.layerlab.json'),
      english:
        'new.layerlab.json: This lab was saved by a newer LayerLab (format version 99; this one reads up to 1). Update LayerLab to open it.',
      chinese: ['new.layerlab.json：', '格式版本 99', '最多读取 1', '更新 LayerLab'],
    },
    {
      code: 'invalid-lab',
      make: () => new LabFiles(dir).read(JSON.stringify(lab({ version: 7 })), 'next.layerlab.json'),
      english:
        'next.layerlab.json: This lab was saved by a newer LayerLab (format version 7; this one reads up to 1). Update LayerLab to open it.',
      chinese: ['next.layerlab.json：这个实验由更新版本的 LayerLab 保存（格式版本 7'],
    },
    {
      code: 'not-found',
      make: () => readDocument(path.join(dir, 'gone.layerlab.json'), 'lab'),
      english: `${path.join(dir, 'gone.layerlab.json')} does not exist.`,
      chinese: [`${path.join(dir, 'gone.layerlab.json')} 不存在`],
    },
    {
      code: 'too-large',
      make: () => readDocument(file('big.json', 'x'.repeat(3 << 20)), 'keras-json', 2 << 20),
      english: `${path.join(dir, 'big.json')} is over 2 MB, far more than a Keras model JSON holds; check that it is the right file.`,
      chinese: [`${path.join(dir, 'big.json')} 超过 2 MB`, 'Keras 模型 JSON'],
    },
    {
      code: 'diverged',
      make: () => {
        throw divergedError(4, NaN, { optimizer: 'sgd', learningRate: 3 } as never);
      },
      english:
        'Training diverged in epoch 5 (the loss became NaN). The learning rate (3) is probably too high: try a smaller one.',
      chinese: ['第 5 轮', 'NaN', '学习率（3）'],
    },
    {
      code: 'corrupt',
      make: () => gunzipIfNeeded(new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3]), '/d/x.gz'),
      english: /^\/d\/x\.gz is damaged gzip data \(.+\): the download was probably cut short\./,
      chinese: ['/d/x.gz 是损坏的 gzip 数据', '请删除后重新下载'],
    },
    {
      code: 'not-found',
      make: () => readBytes('/d/none.npz'),
      english: '/d/none.npz does not exist: check the path.',
      chinese: ['/d/none.npz 不存在'],
    },
    {
      code: 'empty',
      make: () =>
        loadDataset(
          {
            kind: 'file',
            path: file('empty.csv', ''),
            imageSize: [28, 28],
            grayscale: true,
          } as never,
          { dataDirs: [] },
        ),
      english: `${path.join(dir, 'empty.csv')} is empty.`,
      chinese: [`${path.join(dir, 'empty.csv')} 是空的`],
    },
    {
      code: 'disk-full',
      make: () => {
        throw fsError(
          Object.assign(new Error('no space'), { code: 'ENOSPC' }),
          '/l/a.json',
          'write',
        );
      },
      english: 'Could not write /l/a.json: the disk is full; free some space and try again.',
      chinese: ['无法写入 /l/a.json', '磁盘已满'],
    },
    {
      code: 'disk-full',
      make: () => {
        throw storeError(
          Object.assign(new Error('full'), { code: 'SQLITE_FULL' }),
          '/h/runs.sqlite',
        );
      },
      english: /^The run store \/h\/runs\.sqlite could not be written: the disk is full\./,
      chinese: ['无法写入运行记录库 /h/runs.sqlite', '磁盘已满'],
    },
    {
      code: 'write-failed',
      make: () => {
        throw fsError(
          Object.assign(new Error('no'), { code: 'EACCES' }),
          '/l/b',
          'create the folder',
        );
      },
      english:
        'Could not create the folder /l/b: permission denied; choose a folder you can write to.',
      chinese: ['无法创建文件夹 /l/b', '没有权限'],
    },
    {
      code: 'trainer-crashed',
      make: () => {
        const how = said('error_trainer_how_exited', { code: '134' });
        throw new LayerLabError(
          'trainer-crashed',
          said('error_trainer_stopped_said', { how, tail: 'OOM' }),
        );
      },
      english: 'The trainer process exited with code 134 before the run finished: OOM.',
      chinese: ['训练进程在运行结束前退出了（退出码 134）：OOM'],
    },
    {
      code: 'disconnected',
      make: () => {
        throw new LayerLabError('disconnected', said('error_disconnected'));
      },
      english: 'Lost the connection to the LayerLab server; is `layerlab serve` still running?',
      chinese: ['与 LayerLab 服务器的连接断开了'],
    },
    {
      code: 'invalid-lab',
      make: () => new LabFiles(dir).read('{"class_name": "Dense", "config": {}}', 'dense.json'),
      english:
        'dense.json holds a Keras Dense, not a model; expected a Sequential or Functional model, as model.to_json() writes it.',
      chinese: ['dense.json 里是 Keras 的 Dense，不是模型'],
    },
    {
      code: 'invalid-document',
      make: () =>
        importKerasJson(
          keras({
            class_name: 'Dense',
            config: { name: 'd', units: 3, kernel_constraint: { class_name: 'MaxNorm' } },
          }),
          'model.json',
          { strict: true },
        ),
      english:
        "In model.json, Dense layer 'd' has kernel_constraint MaxNorm, which LayerLab does not model; it would train with no constraint instead, another model. Remove the setting in Keras (or set it back to its default) and export again.",
      chinese: ["model.json 中，Dense 层 'd' 的 kernel_constraint 是 MaxNorm", '“无约束”'],
    },
    {
      code: 'invalid-document',
      make: () => importKerasJson(keras({ class_name: 'LSTM', config: { name: 'l' } })),
      english:
        /^In the Keras model, layer 'l' has the class LSTM, which LayerLab does not support\. LayerLab supports .+\. Remove or replace that layer in Keras and export again\.$/,
      chinese: ["这个 Keras 模型 中，层 'l' 的类是 LSTM，LayerLab 不支持它"],
    },
    {
      code: 'invalid-document',
      make: () =>
        importKerasJson(keras({ class_name: 'Dense', config: { name: 'd', units: 'x' } })),
      english: `In the Keras model, Dense layer 'd' has units "x"; expected a whole number.`,
      chinese: [`Dense 层 'd' 的 units 是 "x"；应为整数。`],
    },
    {
      code: 'invalid-document',
      make: () =>
        importKerasCode(
          'from keras import layers, Sequential\nmodel = Sequential([layers.Dense("many", input_shape=(3,))])\n',
          'model.py',
        ),
      english: `In model.py, Dense layer 'dense' has units "many"; expected a whole number (line 2).`,
      chinese: [`model.py 中，Dense 层 'dense' 的 units 是 "many"；应为整数（第 2 行）。`],
    },
    {
      code: 'invalid-document',
      make: () => importKerasCode('  ', 'the Keras code'),
      english: 'The Keras code is empty: paste the Python code that builds a Keras model.',
      chinese: ['这段 Keras 代码 是空的', 'Python 代码'],
    },
    {
      code: 'unsupported',
      make: () => readModelFile('notes.keras', new TextEncoder().encode('just some text')),
      english:
        "notes.keras is neither a Keras .keras file (a zip) nor an HDF5 .h5 file; save the model from Keras with model.save('model.keras') or model.save('model.h5').",
      chinese: ['notes.keras 既不是 Keras 的 .keras 文件', "model.save('model.h5')"],
    },
    {
      code: 'invalid-graph',
      make: () => kerasLayout(moons({ hidden: [0] }).graph, {} as never),
      english:
        "This model cannot be exported to Keras: Dense layer 'dense': units is 0; it must be from 1 to 65536.",
      chinese: ['这个模型不能导出到 Keras：Dense 层“dense”：units 为 0，必须在 1 到 65536 之间。'],
    },
    {
      code: 'corrupt',
      make: () => loadFile('bad.csv', 'a,b,label\n1,x,0\n'),
      english: `${path.join(dir, 'bad.csv')}, row 2, column 2 ("b"): "x" is not a number. Every column except the label column must hold numbers; fix the cell or choose the label column.`,
      chinese: [`${path.join(dir, 'bad.csv')} 第 2 行第 2 列 ("b")："x" 不是数字`],
    },
    {
      code: 'not-found',
      make: () => loadFile('cols.csv', 'a,b\n1,2\n', 'label'),
      english: `${path.join(dir, 'cols.csv')} has no column named "label"; its columns are "a", "b".`,
      chinese: ['没有名为 "label" 的列', '"a", "b"'],
    },
    {
      code: 'empty',
      make: () => loadFile('one.csv', 'x,label\n1,cat\n2,cat\n'),
      english: `${path.join(dir, 'one.csv')}: the label column ("label") holds only the class "cat"; a classifier needs examples of at least two classes.`,
      chinese: ['标签列 ("label") 中只有类别 "cat"'],
    },
    {
      code: 'not-found',
      make: () => loadFile('arrays.npz', npz({ a: npy('<f4', [1], new Float32Array([1])) })),
      english: `${path.join(dir, 'arrays.npz')} holds the arrays a; LayerLab needs x_train and y_train (and optionally x_test and y_test), as in Keras' mnist.npz, or x and y.`,
      chinese: ['中包含的是：数组 a', 'x_train 和 y_train'],
    },
    {
      code: 'unsupported',
      make: () => parseNpy(npy('<f4', [2, 2], new Float32Array(4), { fortran: true }), 'm.npy'),
      english:
        'm.npy is stored in Fortran (column-major) order; save it in C order with numpy.ascontiguousarray(a) first.',
      chinese: ['m.npy 按 Fortran（列优先）顺序存储', 'numpy.ascontiguousarray(a)'],
    },
    {
      code: 'corrupt',
      make: () => parseIdx(new Uint8Array([0, 0, 8, 1, 0, 0, 0, 0]), 'train-images', 'images'),
      english:
        'train-images starts with the magic number 0x00000801 instead of 0x00000803: 0x00000801 marks an IDX labels file, so the file names are probably swapped. Replace it with the original file.',
      chinese: ['train-images 以魔数 0x00000801 开头', 'IDX 标签文件', '文件名可能弄反了'],
    },
    {
      code: 'unsupported',
      make: () => loadFile('x.npy', 'x'),
      english: `${path.join(dir, 'x.npy')}: a single .npy array holds no labels: save features and labels together with numpy.savez(path, x=..., y=...).`,
      chinese: ['单个 .npy 数组中没有标签'],
    },
    {
      code: 'not-found',
      make: () => loadDataset({ kind: 'builtin', name: 'imdb', numWords: 1000 }, { dataDirs: [] }),
      english:
        /^IMDB movie reviews \(imdb\) was not found in no folders\. Put aclImdb_v1\.tar\.gz \(or its unpacked aclImdb\/ folder\) in .+imdb.+ when online\.$/,
      chinese: ['在 任何文件夹 中没有找到 IMDB 电影评论（imdb）。', '或解压出的 aclImdb/ 文件夹'],
    },
    {
      code: 'not-found',
      make: () => {
        fs.mkdirSync(path.join(dir, 'part', 'mnist'), { recursive: true });
        file('part/mnist/train-images-idx3-ubyte.gz', '');
        return loadDataset(
          { kind: 'builtin', name: 'mnist', numWords: 1000 },
          { dataDirs: [path.join(dir, 'part')] },
        );
      },
      english: `MNIST handwritten digits (mnist) was not found in ${path.join(dir, 'part')}. ${path.join(dir, 'part', 'mnist')} holds train-images-idx3-ubyte but not train-labels-idx1-ubyte, t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte. Put `,
      chinese: [
        `在 ${path.join(dir, 'part')} 中没有找到 MNIST 手写数字（mnist）。`,
        '中有 train-images-idx3-ubyte，但没有 train-labels-idx1-ubyte、t10k-images-idx3-ubyte、t10k-labels-idx1-ubyte。把 ',
      ],
    },
    {
      code: 'invalid-grid',
      make: () => trialLab(moons(), { 'training.batchSize': 0 }),
      english: 'Trial batchSize=0: training.batchSize is 0; it must be at least 1.',
      chinese: ['试验 batchSize=0：training.batchSize 是 0；它必须至少为 1。'],
    },
    {
      code: 'invalid-grid',
      make: () =>
        expandGrid(
          GridSpecSchema.parse({
            params: [
              { path: 'training.learningRate', range: { from: 0.001, to: 1, steps: 40 } },
              { path: 'training.batchSize', range: { from: 1, to: 40, steps: 40 } },
            ],
          }),
        ),
      english:
        /^The grid has 1,600 settings \(40 values of training\.learningRate x 40 values of training\.batchSize\); LayerLab runs at most .+: sweep fewer values, or use a random search\.$/,
      chinese: [
        '这个网格有 1,600 种设置（training.learningRate 的 40 个取值 × training.batchSize 的 40 个取值）',
      ],
    },
    {
      code: 'store-unavailable',
      make: () => {
        throw storeError(Object.assign(new Error('busy'), { code: 'SQLITE_BUSY' }), '/h/r.sqlite');
      },
      english:
        'The run store /h/r.sqlite is locked by another program; close it (or the other LayerLab) and try again.',
      chinese: ['运行记录库 /h/r.sqlite 被另一个程序锁定了'],
    },
    {
      code: 'store-corrupt',
      make: () => {
        throw storeError(
          Object.assign(new Error('bad'), { code: 'SQLITE_CORRUPT' }),
          '/h/r.sqlite',
        );
      },
      english: /^The run store \/h\/r\.sqlite is damaged \(bad\)\. LayerLab can move it aside/,
      chinese: ['运行记录库 /h/r.sqlite 已损坏（bad）', '“移开损坏的记录库”', '重命名 /h/r.sqlite'],
    },
    {
      code: 'not-found',
      make: () => libraryLab('no-such-lab'),
      english: /^There is no lab 'no-such-lab' in the library; the labs are: .+\.$/,
      chinese: ["实验库中没有实验 'no-such-lab'"],
    },
    {
      code: 'bad-path',
      make: () => new LabFiles(dir).resolve('  '),
      english: 'Give the lab a file name, like my-mlp.',
      chinese: ['请给实验起一个文件名，例如 my-mlp。'],
    },
    {
      code: 'invalid-arguments',
      make: () => checkRedisUrl('http://lab:6379'),
      english:
        "'http://lab:6379' is not a Redis address (it starts with http:): give redis://HOST:PORT, or rediss://HOST:PORT for TLS.",
      chinese: ["'http://lab:6379' 不是 Redis 地址（它以 http: 开头）"],
    },
    {
      code: 'pool-unavailable',
      make: () => {
        throw describeRedisError(
          Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }),
          'redis://:secret@lab:6379',
        );
      },
      english:
        "Nothing answers at redis://:***@lab:6379: start redis-server there (bound to the lab's network, not only 127.0.0.1), or check the host and port.",
      chinese: ['redis://:***@lab:6379 没有任何响应', 'redis-server'],
    },
    {
      code: 'usage',
      make: () => parseClassList('Ann\nBo\nann\n', '/c/class.txt'),
      english: "Line 3 of class.txt: 'ann' is on the list twice.",
      chinese: ["class.txt 第 3 行：'ann' 在名单上出现了两次。"],
    },
    {
      code: 'usage',
      make: () => checkClassHost('203.0.113.9'),
      english:
        /^--host '203\.0\.113\.9' is not an address of this machine; give one of .*\(the lab network's\), or 0\.0\.0\.0 for every network it is on\.$/,
      chinese: ["--host '203.0.113.9' 不是这台电脑的地址"],
    },
    {
      code: 'usage',
      make: () => parseSweep('dropout'),
      english:
        "--sweep 'dropout' needs PATH=VALUES, like layers.dropout.rate=0.3,0.5,0.7 or training.learningRate=0.0001:0.1:4:log.",
      chinese: ["--sweep 'dropout' 需要 PATH=VALUES 的形式"],
    },
    {
      code: 'usage',
      make: () => parseDatasetFlag('cifar'),
      english:
        "Unknown dataset 'cifar': use mnist, fashion-mnist, imdb, synthetic:spirals|moons|circles|xor, or a path to a CSV file, .npz file or image folder.",
      chinese: ["未知的数据集 'cifar'", 'synthetic:spirals|moons|circles|xor'],
    },
    {
      code: 'usage',
      make: () => loadLab('a.layerlab.json', { model: 'm.json' } as never),
      english: 'Give either a lab file or --model, not both.',
      chinese: ['请给出实验文件或 --model 其中之一'],
    },
    {
      code: 'usage',
      make: () => cliLocale(['--lang', 'fr'], {}),
      english: /^--lang fr is not a language LayerLab speaks: use one of .+\.$/,
      chinese: ['--lang fr 不是 LayerLab 支持的语言'],
    },
    {
      code: 'unknown-method',
      make: () => dispatch({} as never, 'formatDisk', []),
      english: "'formatDisk' is not a LayerLab method.",
      chinese: ["'formatDisk' 不是 LayerLab 的方法"],
    },
    {
      code: 'invalid-arguments',
      make: () => dispatch({} as never, 'getRun', [42]),
      english: /^getRun got invalid arguments: .+\.$/,
      chinese: ['getRun 收到了无效的参数：'],
    },
    {
      code: 'forbidden-path',
      make: () =>
        new PathPolicy('sandboxed', { labs: '/l', exports: '/x', data: [] }).check(
          '/etc/passwd',
          'write',
          'exports',
        ),
      english:
        '/etc/passwd is outside the folders this server may use for exports: it writes only inside /l, /x. Choose a path in one of them.',
      chinese: ['/etc/passwd 不在这台服务器可用于导出的文件夹中', '只写入 /l, /x'],
    },
    {
      code: 'invalid-arguments',
      make: () => LayerLabService.prototype.renameRun.call({} as never, 'r-1', '  '),
      english: 'A run name cannot be empty.',
      chinese: ['运行名称不能为空'],
    },
    {
      code: 'not-found',
      make: () =>
        LayerLabService.prototype.classOverview.call(
          { paths: new PathPolicy('dialogs', { labs: '', exports: '', data: [] }) } as never,
          { dir: path.join(dir, 'no-reports') },
        ),
      english: `${path.join(dir, 'no-reports')} cannot be read as a folder of reports: choose the folder the students' report files are in.`,
      chinese: [`无法把 ${path.join(dir, 'no-reports')} 当作报告文件夹读取`],
    },
    {
      code: 'unsupported',
      make: () => StudentService.prototype.connectPool.call({} as never, null),
      english:
        'A class server trains on its own machine: students cannot connect a pool of workers.',
      chinese: ['班级服务器在自己的电脑上训练'],
    },
    {
      code: 'invalid-lab',
      make: () => makeViews(fourExamples, views({ kind: 'split', fraction: 0.9 }), Math.random),
      english:
        'A validation split of 0.9 leaves no training or no validation examples out of 4; choose a fraction like 0.2.',
      chinese: ['在 4 个样本中留出 0.9 做验证后'],
    },
    {
      code: 'invalid-lab',
      make: () =>
        makeViews(
          fourExamples,
          views({ kind: 'kfold', folds: 5, fold: 0, stratified: false, seed: 0 }),
          Math.random,
        ),
      english: '5-fold cross-validation needs at least 5 examples, but there are 4.',
      chinese: ['5 折交叉验证至少需要 5 个样本，但只有 4 个'],
    },
    {
      code: 'invalid-lab',
      make: () => makeViews(fourExamples, views({ kind: 'test' }), Math.random),
      english:
        'Four has no test set; validate on a split of the training data instead (for example 0.2).',
      chinese: ['Four 没有测试集'],
    },
    {
      code: 'invalid-lab',
      make: () => makeViews(fourExamples, views({ kind: 'none' }, 9), Math.random),
      english:
        'The training subset of 9 examples is larger than the 4 training examples available; choose at most 4.',
      chinese: ['9 个样本的训练子集大于现有的 4 个训练样本'],
    },
    {
      code: 'usage',
      make: () => selectBackend('tpu' as never),
      english: /^Unknown backend 'tpu': use one of .+ or auto\.$/,
      chinese: ["未知的后端 'tpu'"],
    },
    {
      code: 'too-large',
      make: () => {
        const m = moons();
        checkModelBudget(m, analyzeGraph(m.graph), { totalBytes: 4096, freeBytes: 4096 });
      },
      english:
        /^This model needs about .+ of memory to train \(.+ parameters take .+\), but LayerLab trains in at most half of this machine's 4 kB \(2 kB\): /,
      chinese: ['训练这个模型大约需要', '这台电脑 4 kB 的一半（2 kB）'],
    },
    {
      code: 'mismatch',
      make: () => {
        const problem = weightsMismatch(
          [],
          moons().graph,
          said('error_weights_run', { name: 'r' }),
        );
        throw new LayerLabError('mismatch', problem!);
      },
      english: /^Run 'r' has no weight .+ for layer '.+'; continue from a run of the same model\.$/,
      chinese: ['运行“r” 没有层 '],
    },
    {
      code: 'no-weights',
      make: () => exportFiles('onnx', { lab: moons(), model: null, name: 'm' }),
      english:
        'This run has no trained weights to export as ONNX (.onnx) (it failed before finishing an epoch); train it again, or export it as a Python script.',
      chinese: ['这个运行没有可导出为 ONNX (.onnx) 的训练后权重'],
    },
    {
      code: 'invalid-arguments',
      make: () => exportFiles('csv', { lab: moons(), model: null, name: 'My lab', metrics: null }),
      english:
        "'My lab' is a lab, which has no training history to export as Training history (.csv): train it and export the run.",
      chinese: ["'My lab' 是一个实验", '训练历史 (.csv)'],
    },
    {
      code: 'invalid-document',
      make: () => readReport('r.html', new TextEncoder().encode('<html></html>')),
      english:
        "r.html is not a LayerLab report: it holds no report data (was it saved from LayerLab's Report button?).",
      chinese: ['r.html 不是 LayerLab 报告：其中没有报告数据'],
    },
    {
      code: 'unsupported',
      make: () =>
        layerWeights({
          weightSpecs: [{ name: 'd/kernel', shape: [1], dtype: 'int32' }],
          weightData: new Uint8Array(4),
        } as never),
      english: "The stored weight 'd/kernel' is int32; only float32 weights can be exported.",
      chinese: ["保存的权重 'd/kernel' 是 int32"],
    },
    {
      code: 'invalid-graph',
      make: () =>
        toOnnx(
          { ...moons(), name: 'empty', graph: { nodes: [], edges: [] } } as never,
          {} as never,
          '',
        ),
      english: /^The lab 'empty' cannot be exported as ONNX: The model is empty: .+/,
      chinese: ["实验 'empty' 无法导出为 ONNX：模型是空的：先放一个 Input 层"],
    },
    {
      code: 'invalid-graph',
      make: () => toOnnx(badActivation(), {} as never, ''),
      english:
        "The lab 'moons' cannot be exported as ONNX: Dense layer 'dense': activation is 'nope'; choose one of linear, relu, sigmoid, softmax, tanh, elu, selu, softplus, softsign, swish, gelu, relu6, hard_sigmoid.",
      chinese: [
        "实验 'moons' 无法导出为 ONNX：Dense 层“dense”：activation 为 'nope'，请从 linear、relu、sigmoid、",
      ],
    },
    {
      code: 'invalid-document',
      make: () => exportKerasJson(moons({ hidden: [0] }).graph),
      english:
        "This model cannot be exported to Keras yet: Dense layer 'dense': units is 0; it must be from 1 to 65536.",
      chinese: [
        '这个模型暂时无法导出到 Keras：Dense 层“dense”：units 为 0，必须在 1 到 65536 之间。',
      ],
    },
    {
      code: 'invalid-graph',
      make: () => trainerless({} as never).startRun({ lab: moons({ hidden: [0] }) } as never),
      english: "Dense layer 'dense': units is 0; it must be from 1 to 65536.",
      chinese: ['Dense 层“dense”：units 为 0，必须在 1 到 65536 之间。'],
    },
    {
      code: 'too-large',
      make: () =>
        trainerless({} as never).startRun({ lab: moons({ hidden: [50000, 50000] }) } as never),
      english:
        'dense_1 brings the model to 2,500,200,000 parameters (2,500,300,002 in all); LayerLab trains at most 100,000,000: use fewer units or filters, or make the image smaller (pooling, strides) before Flatten.',
      chinese: [
        'dense_1 使模型达到 2,500,200,000 个参数（总共 2,500,300,002 个）；LayerLab 最多训练 100,000,000 个',
      ],
    },
    {
      code: 'invalid-graph',
      make: () => buildModel(badActivation().graph),
      english:
        /^Dense layer 'dense': activation is 'nope'; choose one of linear, relu, .+, hard_sigmoid\.$/,
      chinese: ["Dense 层“dense”：activation 为 'nope'，请从 linear、relu、sigmoid、softmax、"],
    },
    {
      code: 'invalid-grid',
      make: () => trialLab(moons({ inputShape: [2000] }), { 'layers.dense.units': 60000 }),
      english:
        'Trial dense.units=60000 makes the model invalid: dense brings the model to 120,060,000 parameters (120,180,002 in all); LayerLab trains at most 100,000,000: use fewer units or filters, or make the image smaller (pooling, strides) before Flatten.',
      chinese: ['试验 dense.units=60000 使模型无效：dense 使模型达到 120,060,000 个参数'],
    },
  ])('$code: the values reach the Chinese sentence; the English is unchanged', async (c) => {
    const e = await caught(c.make);
    expect(e.code).toBe(c.code);
    expect(e.message).toMatch(c.english);
    expect(shown(e, 'en')).toBe(e.message);
    const chinese = shown(e, 'zh-Hans');
    for (const part of c.chinese) expect(chinese).toContain(part);
  });

  it('busy, not-running, not-found and no-weights name the run in Chinese', async () => {
    const store = new RunStore(path.join(dir, 'runs.sqlite'));
    const runs = trainerless(store);
    try {
      const stop = await caught(() => runs.stopRun('r-42'));
      expect(stop.code).toBe('not-running');
      expect(stop.message).toBe('Run r-42 is not running (it may have finished already).');
      expect(shown(stop, 'zh-Hans')).toBe('运行 r-42 不在进行中（可能已经结束）。');
      const weights = await caught(() => runs.weightsFor('r-7', {} as never));
      expect(weights.code).toBe('no-weights');
      expect(shown(weights, 'zh-Hant')).toContain('執行 r-7');
    } finally {
      store.close();
    }
  });

  it("words a failed grid's summary, its first trial's reason inside, in Chinese", async () => {
    const store = new RunStore(path.join(dir, 'grid-runs.sqlite'));
    const runs = trainerless(store);
    const grids = new GridStore(store);
    try {
      const lab = moons({
        grid: {
          params: [{ path: 'layers.dropout.rate', values: [0.1, 0.3] }],
          evaluation: { kind: 'holdout', fraction: 0.2 },
        },
        dropout: 0.2,
      } as never);
      const { gridId, done } = new GridRunner(runs, grids, () => 1).start(lab);
      await done;
      const error = grids.detail(gridId)!.error!;
      expect(error.message).toBe(
        '2 of 2 trials failed. Trial dropout.rate=0.1 failed: The trainer process could not start: spawn EAGAIN',
      );
      useLocale(() => 'zh-Hans');
      expect(errorSentence(error)).toMatch(
        /^2 个试验中有 2 个失败了。试验 dropout\.rate=0\.1 失败了：.*spawn EAGAIN/,
      );
    } finally {
      store.close();
    }
  });

  it("words every issue of the CLI's invalid model in Chinese, the English joined as before", () => {
    const { issues } = analyzeGraph(
      sequential([
        { kind: 'Input', params: { shape: [4] } },
        { kind: 'Dense', params: { units: 0 } },
        { kind: 'Dropout', params: { rate: 2 } },
      ]),
    );
    expect(issues.length).toBeGreaterThan(1);
    const text = invalidModel(issues);
    expect(wordError(text, 'en')).toBe(
      `The model is not valid: ${issues.map((i) => i.message).join(' ')}`,
    );
    const chinese = wordError(text, 'zh-Hans')!;
    expect(chinese.startsWith('模型无效：')).toBe(true);
    for (const issue of issues) expect(chinese).toContain(wordIssue(issue, 'zh-Hans'));
    expect(chinese).toMatch(/units.*rate/s);
    expect(chinese).not.toMatch(/[A-Za-z]{3,} [a-z]{3,} [a-z]{3,}/); // no English sentence left
  });

  it("words the Keras code importer's warnings in Chinese, their values kept, English as before", () => {
    const code = [
      'import keras',
      'from keras import layers',
      'model = keras.Sequential([keras.Input((4,)), layers.Dense(3, activation="softmax")])',
      'model.compile(optimizer="adamax", loss="sparse_categorical_crossentropy", metrics=["mae"])',
      'while True:',
      '    model.fit(x, y)',
      'model.fit(x, y, epochs=2, class_weight={0: 1})',
      'model.add(layers.Frobnicate(2))',
    ].join('\n');
    const { warnings } = importKerasCode(code, 'nb.py');
    const at = (line: number | null) => warnings.filter((w) => w.line === line);
    expect(at(4).map((w) => w.message)).toEqual([
      "the optimizer 'adamax' is not available in LayerLab (it has Adam, RMSprop and SGD); the lab trains with Adam.",
      "the metric 'mae' is not reported; LayerLab shows the loss and the accuracy.",
    ]);
    expect(at(5).map((w) => w.message)).toEqual([
      'LayerLab does not follow while loops, so this loop was skipped.',
    ]);
    expect(at(7).map((w) => w.message)).toEqual([
      "fit's class_weight is not available in LayerLab and was left out.",
    ]);
    useLocale(() => 'zh-Hans');
    expect([...at(4), ...at(5), ...at(7)].map((w) => errorSentence(w))).toEqual([
      "LayerLab 没有优化器 'adamax'（它有 Adam、RMSprop 和 SGD）；实验用 Adam 训练。",
      "不会报告指标 'mae'；LayerLab 显示损失和准确率。",
      'LayerLab 不跟踪 while 循环，因此跳过了这个循环。',
      'LayerLab 没有 fit 的 class_weight，已略去。',
    ]);
    expect(at(8).map((w) => errorSentence(w))[0]).toMatch(
      /^Frobnicate 是 LayerLab 没有的 Keras 层/,
    );
    // Every warning of this code has its words; none is left in English.
    for (const w of warnings) expect(w.key, w.message).toMatch(/^error_pywarn_/);
  });

  it('words an internal error in Chinese, its detail as it was', () => {
    const info = toErrorInfo(new TypeError('x is undefined'));
    expect(info.message).toBe(
      'LayerLab hit an internal error (x is undefined); please report it with what you were doing.',
    );
    useLocale(() => 'zh-Hant');
    expect(errorSentence(info)).toBe(
      'LayerLab 遇到了內部錯誤（x is undefined）；請回報這個問題，並說明你當時在做什麼。',
    );
  });

  it('falls back to the English message for a key this side does not know', () => {
    const info = errorInfoFrom({
      code: 'not-found',
      message: 'x is gone.',
      key: 'error_from_a_newer_server',
      params: { file: 'x' },
    });
    expect(info.key).toBe('error_from_a_newer_server');
    useLocale(() => 'zh-Hans');
    expect(errorSentence(info)).toBe('x is gone.');
    // Parameters that are not strings, numbers or sentences are dropped with the key.
    const bad = errorInfoFrom({
      code: 'not-found',
      message: 'm',
      key: 'error_file_missing',
      params: { file: [1] },
    });
    expect(bad.key).toBeUndefined();
    expect(errorSentence(bad)).toBe('m');
  });

  it('has every error key in every language, none left in English', () => {
    for (const key of ERROR_KEYS) {
      const text = { key, params: {} };
      const english = wordError(text, 'en');
      for (const locale of LOCALES.filter((l) => l !== 'en'))
        expect(wordError(text, locale), `${key} in ${locale}`).not.toBe(english);
    }
  });
});
