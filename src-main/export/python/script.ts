/**
 * Lab -> a Keras 3 script a teacher would write: imports, the same data loaded the same way, the
 * model, compile, fit with the same callbacks, and a plot of the curves. Pure and quick: the app's
 * "Keras code" view calls it on every edit. What Keras code cannot say exactly goes in `warnings`
 * (and in a comment at the top of the script).
 */
import type { KerasScript } from '../../contract/api.ts';
import type { LabFile } from '../../contract/lab.ts';
import type { TrainingConfig } from '../../contract/training.ts';
import { analyzeGraph } from '../../contract/validate.ts';
import { said, saidIssue } from '../../contract/errors.ts';
import { warningOf, type WarningText } from '../../contract/error-text.ts';
import { dataCode, featureShape } from './data-code.ts';
import { gridCode } from './grid-code.ts';
import { modelCode } from './model-code.ts';
import { pyFloat, pyNum } from './py.ts';
import {
  augmentationCode,
  augmentationLayers,
  earlyStoppingCode,
  lossCode,
  optimizerCode,
  plotCode,
} from './training-code.ts';

const same = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

interface Prepared {
  lines: string[];
  /** The `validation_split=` or `validation_data=` argument of fit, if any. */
  fitArg: string | null;
  /** The validation arrays' names, when the script makes or uses them. */
  val: { x: string; y: string } | null;
  warnings: WarningText[];
}

/** Validation split, training subset and shuffled labels, in LayerLab's order (engine/batches.ts). */
function prepare(config: TrainingConfig, manualSplit: boolean): Prepared {
  const lines: string[] = [];
  const warnings: WarningText[] = [];
  const v = config.validation;
  const subset = config.trainSubset;
  const takeSubset = () => {
    if (subset === null) return;
    lines.push(
      `# Train on the first ${subset.toLocaleString('en-US')} examples only.`,
      `x_train, y_train = x_train[:${subset}], y_train[:${subset}]`,
    );
  };
  let fitArg: string | null = null;
  let val: Prepared['val'] = null;
  if (v.kind === 'split' && manualSplit) {
    const pct = Math.round(v.fraction * 1000) / 10;
    lines.push(
      `# Hold out the last ${pct}% of the training data for validation, as validation_split=${pyFloat(v.fraction)} does.`,
      `split_at = int(len(x_train) * (1 - ${pyFloat(v.fraction)}))`,
      'x_val, y_val = x_train[split_at:], y_train[split_at:]',
      'x_train, y_train = x_train[:split_at], y_train[:split_at]',
    );
    val = { x: 'x_val', y: 'y_val' };
    takeSubset();
  } else if (v.kind === 'split') {
    fitArg = `validation_split=${pyFloat(v.fraction)}`;
    takeSubset();
  } else if (v.kind === 'kfold') {
    takeSubset();
    const rest =
      v.fold === 0
        ? `folds[1:]`
        : v.fold === v.folds - 1
          ? `folds[:${v.fold}]`
          : `folds[:${v.fold}] + folds[${v.fold + 1}:]`;
    lines.push(
      `# Fold ${v.fold + 1} of ${v.folds}-fold cross-validation: that fold validates, the others train.`,
      `folds = np.array_split(np.random.default_rng(${v.seed}).permutation(len(x_train)), ${v.folds})`,
      `val_rows, train_rows = folds[${v.fold}], np.concatenate(${rest})`,
      'x_val, y_val = x_train[val_rows], y_train[val_rows]',
      'x_train, y_train = x_train[train_rows], y_train[train_rows]',
    );
    val = { x: 'x_val', y: 'y_val' };
    const fold = { fold: v.fold + 1, folds: v.folds };
    warnings.push(
      warningOf(
        v.stratified
          ? said('error_scriptwarn_folds_stratified', fold)
          : said('error_scriptwarn_folds', fold),
      ),
    );
  } else {
    if (v.kind === 'test') val = { x: 'x_test', y: 'y_test' };
    takeSubset();
  }
  if (val) fitArg = `validation_data=(${val.x}, ${val.y})`;
  if (config.shuffleLabels)
    lines.push(
      '# The memorization experiment: the training labels shuffled once, so nothing general is left to learn.',
      `y_train = np.random.default_rng(${config.seed ?? ''}).permutation(y_train)`,
    );
  return { lines, fitArg, val, warnings };
}

/** The standard library first, then the rest alphabetically, then `from keras import ...`. */
function importBlock(imports: string[]): string[] {
  const plain = imports.filter((i) => i.startsWith('import ')).sort();
  const std = plain.filter((i) => i === 'import os');
  return [
    ...std,
    ...plain.filter((i) => i !== 'import os'),
    ...imports.filter((i) => i.startsWith('from ')),
  ];
}

/** `# text` lines of at most `width` characters, broken at spaces; a list item's lines indented. */
function wrap(text: string, width: number): string[] {
  if (!text.trim()) return ['#'];
  const out: string[] = [];
  let line = '#';
  for (const word of text.split(' ')) {
    if (line.length > 2 && line.length + 1 + word.length > width) {
      out.push(line);
      line = text.startsWith('- ') ? '#  ' : '#';
    }
    line += ' ' + word;
  }
  return [...out, line];
}

/** The script's opening comment; its warnings in English, as the script's own words are. */
function header(lab: LabFile, warnings: WarningText[]): string[] {
  const comment = (text: string) => text.split('\n').flatMap((l) => wrap(l.trimEnd(), 98));
  return [
    ...comment(lab.name),
    ...(lab.description.trim() ? ['#', ...comment(lab.description.trim())] : []),
    '#',
    '# Written by LayerLab; runs as it is under TensorFlow 2.16+ / Keras 3.',
    ...(warnings.length
      ? [
          '#',
          '# Where this script differs from the lab in LayerLab:',
          ...warnings.flatMap((w) => comment(`- ${w.message}`)),
        ]
      : []),
  ];
}

export function kerasScript(lab: LabFile): KerasScript {
  const config = lab.training;
  const warnings: WarningText[] = [];
  const analysis = analyzeGraph(lab.graph);
  if (!analysis.ok)
    warnings.push(
      warningOf(said('error_scriptwarn_not_valid', { issue: saidIssue(analysis.issues[0]) })),
    );
  const inputNode =
    lab.graph.nodes.find((n) => n.id === analysis.inputId) ??
    lab.graph.nodes.find((n) => n.kind === 'Input');
  const image = featureShape(lab.dataset);
  const inputShape = inputNode?.kind === 'Input' ? inputNode.params.shape : (image ?? [28, 28, 1]);

  const augLayers = config.augmentation
    ? augmentationLayers(config.augmentation, image ?? inputShape)
    : [];
  const augmented = augLayers.length > 0;
  // Augmentation works on images: the arrays stay images, and its last layer reshapes them.
  const arrayShape = augmented && image ? image : inputShape;
  const reshapeAfter = augmented && !same(arrayShape, inputShape);
  if (augmented) warnings.push(warningOf(said('error_scriptwarn_augmentation')));

  const data = dataCode(lab.dataset, arrayShape);
  warnings.push(...data.warnings);
  if (config.validation.kind === 'test' && data.hasTest === false)
    warnings.push(warningOf(said('error_scriptwarn_no_test_set')));
  const manualSplit = config.trainSubset !== null || config.shuffleLabels || augmented;
  const prepared = prepare(config, manualSplit);
  warnings.push(...prepared.warnings);
  const loss = lossCode(config);
  const extra: string[] = [];
  if (loss.oneHot) {
    extra.push(
      `# One-hot labels for the categorical loss.`,
      `y_train = keras.utils.to_categorical(y_train, ${data.classes})`,
    );
    if (prepared.val)
      extra.push(
        `${prepared.val.y} = keras.utils.to_categorical(${prepared.val.y}, ${data.classes})`,
      );
  }
  if (reshapeAfter && prepared.val)
    extra.push(
      `${prepared.val.x} = ${prepared.val.x}.reshape((-1, ${inputShape.map(pyNum).join(', ')}))`,
    );

  const model = modelCode(lab.graph, analysis);
  const es = earlyStoppingCode(config);
  let grid: string[] = [];
  if (lab.grid) {
    const g = gridCode(lab, {
      loss: loss.code,
      oneHotClasses: loss.oneHot ? data.classes : null,
      earlyStopping: es,
    });
    if ('warning' in g) warnings.push(g.warning);
    else {
      grid = ['', '', ...g.lines, ''];
      warnings.push(
        warningOf(
          said(
            lab.grid.evaluation.kind === 'kfold'
              ? 'error_scriptwarn_grid_folds'
              : 'error_scriptwarn_grid',
          ),
        ),
      );
    }
  }
  const fitArgs = augmented
    ? ['train_ds', `epochs=${config.epochs}`]
    : ['x_train', 'y_train', `epochs=${config.epochs}`, `batch_size=${config.batchSize}`];
  if (prepared.fitArg) fitArgs.push(prepared.fitArg);
  if (!config.shuffle && !augmented) fitArgs.push('shuffle=False');
  if (es) fitArgs.push('callbacks=[early_stopping]');

  const usesRegularizers = [...model, ...grid].some((l) => l.includes('regularizers.'));
  const imports = [
    ...(augmented ? ['import tensorflow as tf'] : []),
    ...data.imports,
    'import keras',
    'import matplotlib.pyplot as plt',
    'import numpy as np',
    usesRegularizers ? 'from keras import layers, regularizers' : 'from keras import layers',
  ];
  const lines = [
    ...header(lab, warnings),
    '',
    ...importBlock(imports),
    '',
    ...(config.seed !== null
      ? [
          '# The same seed gives the same run again (weights, shuffling, dropout).',
          `keras.utils.set_random_seed(${config.seed})`,
          '',
        ]
      : []),
    ...data.lines,
    ...grid,
    ...(prepared.lines.length || extra.length ? ['', ...prepared.lines, ...extra] : []),
    '',
    ...model,
    'model.summary()',
    '',
    ...(augmented
      ? [...augmentationCode(augLayers, reshapeAfter ? inputShape : null, config), '']
      : []),
    'model.compile(',
    `    optimizer=${optimizerCode(config)},`,
    `    loss=${loss.code},`,
    '    metrics=["accuracy"],',
    ')',
    ...(es ? [`early_stopping = ${es}`] : []),
    'history = model.fit(',
    ...fitArgs.map((a) => `    ${a},`),
    ')',
    '',
    ...plotCode(prepared.fitArg !== null),
  ];
  return { code: lines.join('\n') + '\n', warnings };
}
