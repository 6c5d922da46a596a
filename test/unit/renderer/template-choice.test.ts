import { describe, expect, it } from 'vitest';
import type { LabFile } from '../../../src-main/contract/lab.ts';
import {
  applyTemplate,
  datasetNote,
  describeTraining,
  keepsDataset,
  needsQuestion,
} from '../../../src-renderer/lib/template-choice.ts';
import { TEMPLATES, blankLab } from '../../../src-renderer/lib/templates.ts';

/** The student's lab: MLP 2x512 on Fashion-MNIST, trained with Adam for 5 epochs on 3,000 examples. */
const mine = (): LabFile => {
  const lab = TEMPLATES.mlp512.make();
  return {
    ...lab,
    dataset: { kind: 'builtin', name: 'fashion-mnist', numWords: 10000 },
    training: {
      ...lab.training,
      optimizer: 'adam',
      epochs: 5,
      trainSubset: 3000,
      seed: 7,
      validation: { kind: 'split', fraction: 0.2 },
    },
  };
};

describe('choosing a template', () => {
  it('asks only when the training settings differ', () => {
    expect(needsQuestion(blankLab(), TEMPLATES.mlp512.make())).toBe(false);
    expect(needsQuestion(blankLab(), TEMPLATES.cnn.make())).toBe(true);
    expect(needsQuestion(mine(), TEMPLATES.mlp512.make())).toBe(true);
    // The loss belongs to the model's output, not to the settings a comparison keeps.
    const binary = {
      ...blankLab(),
      training: { ...blankLab().training, loss: 'binary_crossentropy' as const },
    };
    expect(needsQuestion(binary, TEMPLATES.logistic.make())).toBe(false);
  });

  it('keeps the student settings and dataset (same input shape), with the template model and loss', () => {
    const cnn = TEMPLATES.cnn.make();
    const lab = applyTemplate(mine(), cnn, 'keep');
    expect(lab.graph).toEqual(cnn.graph);
    expect(lab.name).toBe(cnn.name);
    expect(lab.description).toBe(cnn.description);
    expect(lab.training).toEqual({ ...mine().training, loss: cnn.training.loss });
    expect(lab.dataset).toEqual(mine().dataset);
  });

  it('uses the template settings when asked to, still keeping a dataset that fits', () => {
    const cnn = TEMPLATES.cnn.make();
    const lab = applyTemplate(mine(), cnn, 'template');
    expect(lab.training).toEqual(cnn.training);
    expect(lab.dataset).toEqual(mine().dataset);
  });

  it('brings the template dataset when its model takes other inputs', () => {
    const imdb = TEMPLATES.imdb.make();
    expect(keepsDataset(mine(), imdb)).toBe(false);
    const lab = applyTemplate(mine(), imdb, 'keep');
    expect(lab.dataset).toEqual(imdb.dataset);
    expect(lab.training.loss).toBe('binary_crossentropy');
    expect(lab.training.epochs).toBe(5);
    expect(datasetNote(mine(), imdb)).toBe(
      "The template's model takes other inputs, so IMDB comes with it.",
    );
    expect(datasetNote(mine(), TEMPLATES.cnn.make())).toBeNull();
  });
});

describe('describeTraining', () => {
  it.each([
    [mine().training, 'Adam lr 0.001, 5 epochs, batch 128, validation 20%, subset 3,000, seed 7'],
    [TEMPLATES.moons.make().training, 'Adam lr 0.01, 60 epochs, batch 32, validation 30%'],
    [blankLab().training, 'RMSprop lr 0.001, 20 epochs, batch 128, validation on the test set'],
  ])('%#', (training, words) => {
    expect(describeTraining(training)).toBe(words);
  });
});
