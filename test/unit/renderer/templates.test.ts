import { describe, expect, it } from 'vitest';
import { checkCompatibility } from '../../../src-main/contract/compat.ts';
import type { DatasetInfo } from '../../../src-main/contract/datasets.ts';
import { parseLab, serializeLab } from '../../../src-main/contract/lab.ts';
import { analyzeGraph } from '../../../src-main/contract/validate.ts';
import { useLocale } from '../../../src-main/contract/i18n.ts';
import { shownLabName } from '../../../src-renderer/lib/lab-locale.ts';
import { datasetLabel } from '../../../src-renderer/lib/format.ts';
import {
  TEMPLATES,
  TEMPLATE_IDS,
  blankLab,
  type TemplateId,
} from '../../../src-renderer/lib/templates.ts';

const info = (featureShape: number[], classes: number, task: DatasetInfo['task']): DatasetInfo => ({
  id: 'x',
  title: 'x',
  task,
  classNames: Array.from({ length: classes }, (_, i) => String(i)),
  featureShape,
  trainCount: 1,
  testCount: 1,
});
const MNIST = info([28, 28, 1], 10, 'multiclass');

/** `model.count_params()` of the same models in Keras. */
const CASES: Record<TemplateId, { params: number; data: DatasetInfo }> = {
  logistic: { params: 7_850, data: MNIST },
  mlp16: { params: 12_730, data: MNIST },
  mlp512: { params: 669_706, data: MNIST },
  cnn: { params: 34_826, data: MNIST },
  imdb: { params: 160_305, data: info([10000], 2, 'binary') },
  moons: { params: 4_482, data: info([2], 2, 'binary') },
};

describe('templates', () => {
  it.each(TEMPLATE_IDS)('%s is valid, fits its data, and has Keras’ parameter count', (id) => {
    const lab = TEMPLATES[id].make();
    const analysis = analyzeGraph(lab.graph);
    expect(analysis.issues).toEqual([]);
    expect(analysis.totalParams).toBe(CASES[id].params);
    expect(checkCompatibility(lab.graph, CASES[id].data, lab.training)).toEqual([]);
    expect(lab.graph.nodes.every((n) => n.position)).toBe(true);
    // What is saved opens again unchanged.
    expect(parseLab(JSON.parse(serializeLab(lab)))).toEqual(lab);
  });

  it('the IMDB network is the classic lab: binary crossentropy, rmsprop, batch 512', () => {
    const { training } = TEMPLATES.imdb.make();
    expect(training).toMatchObject({
      loss: 'binary_crossentropy',
      optimizer: 'rmsprop',
      batchSize: 512,
    });
  });

  it('a blank lab is one Input, waiting for layers', () => {
    const lab = blankLab();
    expect(lab.graph.nodes.map((n) => n.kind)).toEqual(['Input']);
    expect(analyzeGraph(lab.graph).issues.map((i) => i.code)).toEqual(['no-output']);
  });

  it("names a new lab in the language it is made in; the top bar says 'untitled' in the current one", () => {
    expect(TEMPLATES.moons.make()).toMatchObject({
      name: 'Two moons',
      description:
        'A small MLP on two noisy half-moons; generated data, so it needs no dataset files.',
    });
    expect(TEMPLATES.cnn.make().name).toBe('Small CNN');
    const { name: _, ...rest } = TEMPLATES.cnn.make();
    const unnamed = parseLab(rest);
    expect(unnamed.name).toBe('Untitled lab');
    useLocale(() => 'zh-Hans');
    try {
      expect(TEMPLATES.moons.make()).toMatchObject({
        name: '双月',
        description: expect.stringContaining('半月形'),
      });
      expect(TEMPLATES.mlp512.make().name).toBe('MLP 2x512');
      expect(shownLabName(unnamed)).toBe('未命名实验');
      expect(shownLabName(blankLab())).toBe('未命名实验');
      expect(shownLabName(TEMPLATES.moons.make())).toBe('双月');
      // The run bar names the generated set in the language too.
      expect(datasetLabel(TEMPLATES.moons.make().dataset)).toBe('双月');
      useLocale(() => 'zh-Hant');
      expect(shownLabName(unnamed)).toBe('未命名實驗');
      expect(shownLabName({ ...unnamed, name: '未命名实验' })).toBe('未命名實驗');
    } finally {
      useLocale(() => 'en');
    }
    expect(shownLabName({ ...unnamed, name: '未命名实验' })).toBe('Untitled lab');
    expect(datasetLabel(TEMPLATES.moons.make().dataset)).toBe('Moons');
  });
});
