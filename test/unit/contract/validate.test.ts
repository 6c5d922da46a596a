import { describe, expect, it } from 'vitest';
import {
  parseGraph,
  sequential,
  type AnyGraphNode,
  type GraphDocument,
} from '../../../src-main/contract/graph.ts';
import { LAYER_KINDS, defaultParams, regularizer } from '../../../src-main/contract/layers.ts';
import { analyzeGraph, checkParams } from '../../../src-main/contract/validate.ts';

const chain = (...layers: Parameters<typeof sequential>[0]) => sequential(layers);
const messages = (g: GraphDocument) => analyzeGraph(g).issues.map((i) => i.message);

describe('shape inference and parameter counts (numbers as Keras model.summary() prints them)', () => {
  it('784-512-512-10 MLP has 669,706 parameters', () => {
    const a = analyzeGraph(
      chain(
        { kind: 'Input', params: { shape: [784] } },
        { kind: 'Dense', params: { units: 512, activation: 'relu' } },
        { kind: 'Dense', params: { units: 512, activation: 'relu' } },
        { kind: 'Dense', params: { units: 10, activation: 'softmax' } },
      ),
    );
    expect(a.ok).toBe(true);
    expect(a.totalParams).toBe(669_706);
    expect(a.nodes.n3.shape).toEqual([10]);
  });

  it('the curriculum CNN: shapes and 1,625,866 parameters', () => {
    const a = analyzeGraph(
      chain(
        { kind: 'Input', params: { shape: [28, 28, 1] } },
        { kind: 'Conv2D', params: { filters: 32, activation: 'relu' } },
        { kind: 'Conv2D', params: { filters: 64, activation: 'relu' } },
        { kind: 'MaxPooling2D' },
        { kind: 'Flatten' },
        { kind: 'Dense', params: { units: 128, activation: 'relu' } },
        { kind: 'Dense', params: { units: 128, activation: 'relu' } },
        { kind: 'Dense', params: { units: 10, activation: 'softmax' } },
      ),
    );
    expect(a.ok).toBe(true);
    expect(a.nodes.n1.shape).toEqual([26, 26, 32]);
    expect(a.nodes.n2.shape).toEqual([24, 24, 64]);
    expect(a.nodes.n3.shape).toEqual([12, 12, 64]);
    expect(a.nodes.n4.shape).toEqual([9216]);
    // 320 + 18,496 + 1,179,776 + 16,512 + 1,290
    expect(a.totalParams).toBe(320 + 18_496 + 1_179_776 + 16_512 + 1_290);
  });

  it.each([
    [
      'Conv2D same padding, stride 2',
      { kind: 'Conv2D', params: { filters: 8, padding: 'same', strides: [2, 2] } },
      [14, 14, 8],
      80,
    ],
    [
      'MaxPooling2D 3x3 stride 1',
      { kind: 'MaxPooling2D', params: { poolSize: [3, 3], strides: [1, 1] } },
      [26, 26, 1],
      0,
    ],
    [
      'AveragePooling2D same',
      { kind: 'AveragePooling2D', params: { padding: 'same', poolSize: [3, 3] } },
      [10, 10, 1],
      0,
    ],
    ['GlobalAveragePooling2D', { kind: 'GlobalAveragePooling2D' }, [1], 0],
    ['Flatten', { kind: 'Flatten' }, [784], 0],
    ['Reshape with -1', { kind: 'Reshape', params: { targetShape: [-1, 4] } }, [196, 4], 0],
    ['Dropout', { kind: 'Dropout', params: { rate: 0.3 } }, [28, 28, 1], 0],
    [
      'BatchNormalization (4 per channel, 2 trainable)',
      { kind: 'BatchNormalization' },
      [28, 28, 1],
      4,
    ],
    ['Activation', { kind: 'Activation', params: { activation: 'tanh' } }, [28, 28, 1], 0],
  ] as const)('%s', (_name, layer, shape, params) => {
    const a = analyzeGraph(
      chain({ kind: 'Input', params: { shape: [28, 28, 1] } }, layer as never),
    );
    expect(a.issues).toEqual([]);
    expect(a.nodes.n1.shape).toEqual(shape);
    expect(a.nodes.n1.params).toBe(params);
  });

  it('BatchNormalization counts moving statistics as non-trainable', () => {
    const a = analyzeGraph(
      chain({ kind: 'Input', params: { shape: [16] } }, { kind: 'BatchNormalization' }),
    );
    expect(a.nodes.n1).toMatchObject({ params: 64, trainableParams: 32 });
  });

  it('Add and Concatenate merge branches (a real DAG)', () => {
    const g = parseGraph({
      version: 1,
      nodes: [
        { id: 'in', kind: 'Input', params: { shape: [8] } },
        { id: 'a', kind: 'Dense', params: { units: 8 } },
        { id: 'b', kind: 'Dense', params: { units: 4 } },
        { id: 'add', kind: 'Add' },
        { id: 'cat', kind: 'Concatenate' },
        { id: 'out', kind: 'Dense', params: { units: 2, activation: 'softmax' } },
      ],
      edges: [
        { source: 'in', target: 'a' },
        { source: 'in', target: 'add' },
        { source: 'a', target: 'add' },
        { source: 'add', target: 'cat' },
        { source: 'in', target: 'b' },
        { source: 'b', target: 'cat' },
        { source: 'cat', target: 'out' },
      ],
    });
    const a = analyzeGraph(g);
    expect(a.issues).toEqual([]);
    expect(a.nodes.add.shape).toEqual([8]);
    expect(a.nodes.cat.shape).toEqual([12]);
    expect(a.outputId).toBe('out');
    expect(a.order.indexOf('cat')).toBeGreaterThan(a.order.indexOf('add'));
  });

  it('every layer kind has defaults that pass its own parameter checks', () => {
    for (const kind of LAYER_KINDS) {
      const node = { id: 'x', kind, name: 'x', params: defaultParams(kind) } as AnyGraphNode;
      expect(checkParams(node), kind).toEqual([]);
    }
  });
});

describe('validation messages name the layer and the fix', () => {
  it.each<[string, GraphDocument, string[]]>([
    [
      'Dense fed an image',
      chain(
        { kind: 'Input', params: { shape: [28, 28, 1] } },
        { kind: 'Conv2D' },
        { kind: 'Dense', params: { units: 10 } },
      ),
      ["Dense layer 'dense' gets a [26, 26, 32] tensor", 'add a Flatten layer before it'],
    ],
    [
      'negative units',
      chain({ kind: 'Input', params: { shape: [4] } }, { kind: 'Dense', params: { units: -3 } }),
      ["Dense layer 'dense': units is -3; it must be from 1"],
    ],
    [
      'dropout rate 1.5',
      chain({ kind: 'Input', params: { shape: [4] } }, { kind: 'Dropout', params: { rate: 1.5 } }),
      ['rate is 1.5; it must be from 0 up to (not including) 1'],
    ],
    [
      'dropout rate exactly 1',
      chain({ kind: 'Input', params: { shape: [4] } }, { kind: 'Dropout', params: { rate: 1 } }),
      ['rate is 1;'],
    ],
    [
      'Conv2D on a vector',
      chain({ kind: 'Input', params: { shape: [784] } }, { kind: 'Conv2D' }),
      [
        'needs an image tensor [height, width, channels], but gets [784]',
        'Reshape layer before it (for example to [28, 28, 1])',
      ],
    ],
    [
      'kernel larger than image',
      chain({ kind: 'Input', params: { shape: [2, 2, 1] } }, { kind: 'Conv2D' }),
      ['its 3x3 kernel does not fit the 2x2 image'],
    ],
    [
      'Flatten on a vector',
      chain({ kind: 'Input', params: { shape: [10] } }, { kind: 'Flatten' }),
      ['already flat; remove it'],
    ],
    [
      'bad reshape',
      chain(
        { kind: 'Input', params: { shape: [10] } },
        { kind: 'Reshape', params: { targetShape: [3, 3] } },
      ),
      ['cannot reshape [10] (10 values) to [3, 3] (9 values)'],
    ],
    [
      'bad activation',
      chain(
        { kind: 'Input', params: { shape: [4] } },
        { kind: 'Dense', params: { activation: 'rellu' as never } },
      ),
      ["activation is 'rellu'; choose one of linear, relu"],
    ],
    [
      'negative regularizer',
      chain(
        { kind: 'Input', params: { shape: [4] } },
        { kind: 'Dense', params: { kernelRegularizer: { kind: 'l2', l1: 0, l2: -1 } } },
      ),
      ['negative or invalid factor'],
    ],
    ['empty', parseGraph({ version: 1, nodes: [], edges: [] }), ['The model is empty']],
    [
      'no input',
      parseGraph({ version: 1, nodes: [{ id: 'd', kind: 'Dense' }], edges: [] }),
      ['no Input layer', "Dense layer 'dense' has no input"],
    ],
  ])('%s', (_name, graph, fragments) => {
    const all = messages(graph).join('\n');
    for (const f of fragments) expect(all).toContain(f);
    expect(analyzeGraph(graph).ok).toBe(false);
  });

  it('finds cycles and names the layers on them', () => {
    const g = parseGraph({
      version: 1,
      nodes: [
        { id: 'in', kind: 'Input', params: { shape: [4] } },
        { id: 'a', kind: 'Dense' },
        { id: 'b', kind: 'Dense' },
        { id: 'out', kind: 'Dense' },
      ],
      edges: [
        { source: 'in', target: 'a' },
        { source: 'a', target: 'b' },
        { source: 'b', target: 'a' },
        { source: 'b', target: 'out' },
      ],
    });
    const issues = analyzeGraph(g).issues.filter((i) => i.code === 'cycle');
    expect(issues.map((i) => i.nodeId).sort()).toEqual(['a', 'b', 'out']);
    expect(issues[0].message).toContain('part of a loop');
  });

  it('reports two outputs and a dangling layer', () => {
    const g = parseGraph({
      version: 1,
      nodes: [
        { id: 'in', kind: 'Input', params: { shape: [4] } },
        { id: 'a', kind: 'Dense' },
        { id: 'b', kind: 'Dense' },
        { id: 'lost', kind: 'Dropout' },
      ],
      edges: [
        { source: 'in', target: 'a' },
        { source: 'in', target: 'b' },
      ],
    });
    const all = messages(g).join('\n');
    expect(all).toContain('needs exactly one output');
    expect(all).toContain("Dropout layer 'dropout' has no input");
  });

  it('merges need two inputs and matching shapes', () => {
    const g = parseGraph({
      version: 1,
      nodes: [
        { id: 'in', kind: 'Input', params: { shape: [4] } },
        { id: 'a', kind: 'Dense', params: { units: 3 } },
        { id: 'add', kind: 'Add' },
      ],
      edges: [
        { source: 'in', target: 'a' },
        { source: 'in', target: 'add' },
        { source: 'a', target: 'add' },
      ],
    });
    expect(messages(g).join()).toContain(
      "Add layer 'add' needs inputs of one shape, but gets [4] and [3]",
    );
  });

  it('regularizer() gives Keras defaults', () => {
    expect(regularizer('l2')).toEqual({ kind: 'l2', l1: 0, l2: 0.01 });
    expect(regularizer('l1l2')).toEqual({ kind: 'l1l2', l1: 0.01, l2: 0.01 });
  });
});
