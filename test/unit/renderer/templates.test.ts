import { describe, expect, it } from 'vitest';
import { checkCompatibility } from '../../../src-main/contract/compat.ts';
import type { DatasetInfo } from '../../../src-main/contract/datasets.ts';
import { parseLab, serializeLab } from '../../../src-main/contract/lab.ts';
import { analyzeGraph } from '../../../src-main/contract/validate.ts';
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
});
