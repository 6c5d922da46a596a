/**
 * The editor's validation sentences in Chinese: each issue's parameters (the layer, the value, the
 * shapes, the counts) reach the sentence, Keras' names stay, and the English `message` is the same
 * message worded in English.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkCompatibility } from '../../../src-main/contract/compat.ts';
import { sequential, type GraphDocument } from '../../../src-main/contract/graph.ts';
import { useLocale } from '../../../src-main/contract/i18n.ts';
import { wordIssue } from '../../../src-main/contract/issue-words.ts';
import type { DatasetInfo } from '../../../src-main/contract/datasets.ts';
import type { TrainingConfig } from '../../../src-main/contract/training.ts';
import { analyzeGraph, type GraphIssue } from '../../../src-main/contract/validate.ts';
import { gridProblems } from '../../../src-renderer/lib/grid-spec.ts';
import { issueText } from '../../../src-renderer/lib/issue-text.ts';
import { applyAction } from '../../../src-renderer/lib/actions.ts';
import { TEMPLATES } from '../../../src-renderer/lib/templates.ts';

afterEach(() => useLocale(() => 'en'));

const issuesOf = (g: GraphDocument) => analyzeGraph(g).issues;
const inChinese = (issue: GraphIssue, locale: 'zh-Hans' | 'zh-Hant' = 'zh-Hans') => {
  useLocale(() => locale);
  return issueText(issue);
};

function mlp(): GraphDocument {
  return sequential([
    { kind: 'Input', params: { shape: [28, 28, 1] } },
    { kind: 'Dense', params: { units: 10, activation: 'softmax' } },
  ]);
}

describe('validation sentences in Chinese', () => {
  it('a shape mismatch names the layer and its shape, Keras names kept', () => {
    const [issue] = issuesOf(mlp());
    expect(issue.key).toBe('issue_needs_flat_image');
    expect(issue.message).toBe(
      "Dense layer 'dense' gets a [28, 28, 1] tensor but needs a flat vector: add a Flatten layer before it (or GlobalAveragePooling2D).",
    );
    expect(inChinese(issue)).toBe(
      'Dense 层“dense”收到 [28, 28, 1] 张量，但它需要一维向量：在它前面添加一个 Flatten 层（或 GlobalAveragePooling2D）。',
    );
    expect(inChinese(issue, 'zh-Hant')).toBe(
      'Dense 層「dense」收到 [28, 28, 1] 張量，但它需要一維向量：在它前面加入一個 Flatten 層（或 GlobalAveragePooling2D）。',
    );
  });

  it('a bad parameter value: the layer, the Keras parameter, its value and range', () => {
    const g = sequential([
      { kind: 'Input', params: { shape: [4] } },
      { kind: 'Dropout', params: { rate: 0.5 } },
      { kind: 'Dense', params: { units: 2 } },
    ]);
    (g.nodes[1].params as { rate: number }).rate = 1.5;
    const [issue] = issuesOf(g);
    expect(issue.message).toBe(
      "Dropout layer 'dropout': rate is 1.5; it must be from 0 up to (not including) 1.",
    );
    expect(inChinese(issue)).toBe('Dropout 层“dropout”：rate 为 1.5，必须不小于 0 且小于 1。');
  });

  it('a loop and a dead end name their layers; lists join in the language', () => {
    const g = sequential([
      { kind: 'Input', params: { shape: [4] } },
      { kind: 'Dense', params: { units: 3 } },
      { kind: 'Dense', params: { units: 2 } },
    ]);
    const loop = issuesOf({
      ...g,
      edges: [...g.edges, { id: 'back', source: 'n2', target: 'n1' }],
    });
    const cycle = loop.find((i) => i.code === 'cycle')!;
    expect(inChinese(cycle)).toBe(
      'Dense 层“dense”处在一个环路中；模型必须从 Input 单向流到输出。请删除环路中的一条连接。',
    );
    const branched = issuesOf({
      ...g,
      nodes: [...g.nodes, { ...g.nodes[2], id: 'n3', name: 'side' }],
      edges: [...g.edges, { id: 'e3', source: 'n1', target: 'n3' }],
    });
    const end = branched.find((i) => i.code === 'many-outputs' && i.nodeId === 'n3')!;
    expect(end.message).toContain("2 layers end the model ('dense_1', 'side')");
    expect(inChinese(end)).toBe(
      'Dense 层“side”是一个死胡同：有 2 个层作为模型的结尾（“dense_1”、“side”），但模型只能有一个输出。请把它继续向后连接，或删除它。',
    );
    expect(inChinese(end, 'zh-Hant')).toContain('（「dense_1」、「side」）');
  });

  it('too many parameters: the layer and the counts', () => {
    const g = sequential([
      { kind: 'Input', params: { shape: [100_000] } },
      { kind: 'Dense', params: { units: 2000 } },
      { kind: 'Dense', params: { units: 10 } },
    ]);
    const issue = issuesOf(g).find((i) => i.code === 'too-large')!;
    expect(inChinese(issue)).toBe(
      'dense 使模型达到 200,002,000 个参数（总共 200,022,010 个）；LayerLab 最多训练 100,000,000 个：请减少 units 或 filters，或在 Flatten 之前把图像变小（池化、strides）。',
    );
  });

  it('a model that does not fit the data: the dataset, shapes and classes', () => {
    const info = {
      title: 'MNIST',
      featureShape: [784],
      classNames: [...'0123456789'],
    } as DatasetInfo;
    const g = sequential([
      { kind: 'Input', params: { shape: [784] } },
      { kind: 'Dense', params: { units: 3, activation: 'softmax' } },
    ]);
    const training = { loss: 'sparse_categorical_crossentropy' } as TrainingConfig;
    const [issue] = checkCompatibility(g, info, training);
    expect(inChinese(issue)).toBe(
      "输出层“dense”给出 [3]，但 MNIST 有 10 个类别：把它设为 Dense(10, activation 'softmax')。",
    );
  });

  it('every issue says in English what its key and parameters say', () => {
    const graphs = [mlp(), { version: 1, nodes: [], edges: [] } as unknown as GraphDocument];
    for (const issue of graphs.flatMap(issuesOf))
      expect(wordIssue(issue, 'en')).toBe(issue.message);
  });

  it('shows the English message for a key this build does not know', () => {
    useLocale(() => 'zh-Hans');
    const old = { key: 'issue_gone', params: {}, message: 'An old sentence.' };
    expect(issueText(old as unknown as GraphIssue)).toBe('An old sentence.');
  });

  it("the grid panel's broken setting, in Chinese", () => {
    const lab = applyAction(TEMPLATES.cnn.make(), 'addSweep', {
      param: { path: 'layers.conv2d_1.kernelSize', values: [3, 30] },
    }).lab;
    useLocale(() => 'zh-Hans');
    expect(gridProblems(lab)[0]).toMatch(
      /^设置 conv2d_1\.kernelSize=30 会使模型无效：Conv2D 层“conv2d_1”：它的 30x30 卷积核放不进收到的 13x13 图像。/,
    );
  });
});
