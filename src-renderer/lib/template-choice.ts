/**
 * Choosing a template while a lab is open: the template brings its model, and the student's
 * training settings stay (or the template's come, when the student says so), so a run of the new
 * model compares fairly with the runs before it. The loss belongs to the model's output, so it
 * always comes with the template; the dataset comes too only when the template's model needs
 * another input shape.
 */
import { m } from '../../src-main/contract/i18n.ts';
import type { LabFile } from '../../src-main/contract/lab.ts';
import {
  KERAS_OPTIMIZER_CLASS,
  effectiveLearningRate,
  type TrainingConfig,
} from '../../src-main/contract/training.ts';
import { datasetLabel, formatCount } from './format.ts';

/** Whose training settings a template gets: the student's current ones, or its own. */
export type SettingsChoice = 'keep' | 'template';

/** The training settings a comparison depends on: all but the loss. */
const comparable = ({ loss: _loss, ...rest }: TrainingConfig) => JSON.stringify(rest);

export function trainingDiffers(a: TrainingConfig, b: TrainingConfig): boolean {
  return comparable(a) !== comparable(b);
}

const inputShape = (lab: LabFile) => {
  const input = lab.graph.nodes.find((n) => n.kind === 'Input');
  return input?.kind === 'Input' ? input.params.shape.join('x') : null;
};

/** Whether the current lab's dataset can feed the template's model (same input shape). */
export function keepsDataset(current: LabFile, template: LabFile): boolean {
  return inputShape(current) !== null && inputShape(current) === inputShape(template);
}

/** Whether choosing the template needs the question: only when the settings differ. */
export function needsQuestion(current: LabFile, template: LabFile): boolean {
  return trainingDiffers(current.training, template.training);
}

/** The template's lab with the chosen training settings and the dataset that fits its model. */
export function applyTemplate(
  current: LabFile,
  template: LabFile,
  choice: SettingsChoice,
): LabFile {
  const training =
    choice === 'keep' ? { ...current.training, loss: template.training.loss } : template.training;
  const dataset = keepsDataset(current, template) ? current.dataset : template.dataset;
  return { ...template, training, dataset };
}

/** "Adam lr 0.001, 20 epochs, batch 128, validation 10%, subset 3,000, seed 1": for the question. */
export function describeTraining(t: TrainingConfig): string {
  const parts = [
    `${KERAS_OPTIMIZER_CLASS[t.optimizer]} lr ${effectiveLearningRate(t)}`,
    m.describe_epochs({ count: t.epochs }),
    m.describe_batch({ size: t.batchSize }),
  ];
  if (t.optimizer === 'sgd' && t.momentum) parts.push(`momentum ${t.momentum}`);
  const v = t.validation;
  parts.push(
    v.kind === 'split'
      ? m.describe_validation_split({ percent: Math.round(v.fraction * 100) })
      : v.kind === 'test'
        ? m.describe_validation_test()
        : v.kind === 'none'
          ? m.describe_no_validation()
          : m.describe_fold({ fold: v.fold + 1, folds: v.folds }),
  );
  if (t.trainSubset) parts.push(m.describe_subset({ count: formatCount(t.trainSubset) }));
  if (t.earlyStopping)
    parts.push(m.describe_early_stopping({ patience: t.earlyStopping.patience }));
  if (t.augmentation) parts.push(m.describe_augmentation());
  if (t.labelSmoothing) parts.push(m.describe_label_smoothing({ value: t.labelSmoothing }));
  if (t.shuffleLabels) parts.push(m.describe_shuffled_labels());
  if (!t.shuffle) parts.push(m.describe_no_shuffling());
  if (t.seed !== null) parts.push(m.describe_seed({ seed: t.seed }));
  return parts.join(m.describe_separator());
}

/** The dataset sentence for the question, when the template's model needs its own data. */
export function datasetNote(current: LabFile, template: LabFile): string | null {
  if (keepsDataset(current, template)) return null;
  return m.template_dataset_note({ dataset: datasetLabel(template.dataset) });
}
