import { describe, expect, it } from 'vitest';
import { DocumentError, GRAPH_VERSION, parseGraph } from '../../../src-main/contract/graph.ts';
import {
  LAB_FORMAT,
  parseLab,
  parseLabText,
  serializeLab,
} from '../../../src-main/contract/lab.ts';
import { sequential } from '../../../src-main/contract/graph.ts';

describe('graph document', () => {
  it('fills defaults and Keras-style names', () => {
    const g = parseGraph({
      version: 1,
      nodes: [
        { id: 'a', kind: 'Input' },
        { id: 'b', kind: 'Dense' },
        { id: 'c', kind: 'Dense', name: 'dense' },
        { id: 'd', kind: 'Conv2D' },
        { id: 'e', kind: 'MaxPooling2D' },
      ],
      edges: [],
    });
    expect(g.nodes.map((n) => n.name)).toEqual([
      'input',
      'dense_1',
      'dense',
      'conv2d',
      'max_pooling2d',
    ]);
    expect(g.nodes[1].params).toMatchObject({
      units: 64,
      activation: 'linear',
      useBias: true,
      kernelRegularizer: null,
    });
    expect(g.nodes[4].params).toMatchObject({ poolSize: [2, 2], strides: null, padding: 'valid' });
    expect(g.version).toBe(GRAPH_VERSION);
  });

  it('refuses unknown kinds, unknown params and wrong types with the JSON path', () => {
    const bad = (doc: unknown) => {
      try {
        parseGraph(doc);
      } catch (e) {
        expect(e).toBeInstanceOf(DocumentError);
        return (e as Error).message;
      }
      throw new Error('expected a DocumentError');
    };
    expect(bad({ version: 1, nodes: [{ id: 'x', kind: 'LSTM' }], edges: [] })).toContain('nodes.0');
    expect(
      bad({ version: 1, nodes: [{ id: 'x', kind: 'Dense', params: { unitz: 3 } }], edges: [] }),
    ).toContain('unitz');
    expect(
      bad({ version: 1, nodes: [{ id: 'x', kind: 'Dense', params: { units: '3' } }], edges: [] }),
    ).toContain('nodes.0.params.units');
    expect(bad([])).toContain('must be a JSON object');
  });

  it('refuses a document from a newer LayerLab with a clear message', () => {
    expect(() => parseGraph({ version: GRAPH_VERSION + 1, nodes: [], edges: [] })).toThrow(
      /saved by a newer LayerLab .*Update LayerLab/,
    );
  });
});

describe('lab file', () => {
  const graph = sequential([
    { kind: 'Input', params: { shape: [2] } },
    { kind: 'Dense', params: { units: 2, activation: 'softmax' } },
  ]);

  it('round-trips and fills Keras training defaults', () => {
    const lab = parseLab({
      format: LAB_FORMAT,
      version: 1,
      graph,
      dataset: { kind: 'synthetic', shape: 'moons' },
    });
    expect(lab.training).toMatchObject({
      optimizer: 'adam',
      learningRate: null,
      batchSize: 32,
      loss: 'sparse_categorical_crossentropy',
      labelSmoothing: 0,
      shuffle: true,
    });
    expect(lab.dataset).toMatchObject({ kind: 'synthetic', shape: 'moons', samples: 1000 });
    expect(parseLabText(serializeLab(lab), 'x.layerlab.json')).toEqual(lab);
  });

  it('opens a lab file saved with a UTF-8 byte order mark', () => {
    const lab = parseLab({ format: LAB_FORMAT, version: 1, name: 'bom', graph });
    expect(parseLabText('\uFEFF' + serializeLab(lab), 'notepad.layerlab.json')).toEqual(lab);
  });

  it('names the file in every error', () => {
    expect(() => parseLabText('{"format": ', 'broken.layerlab.json')).toThrow(
      /broken.layerlab.json is not valid JSON/,
    );
    expect(() => parseLabText('{"format": "other"}', 'a.json')).toThrow(
      /a.json is not a LayerLab lab/,
    );
    expect(() =>
      parseLabText(
        JSON.stringify({ format: LAB_FORMAT, version: 1, graph, training: { batchSize: 0 } }),
        'b.json',
      ),
    ).toThrow(/b.json has invalid settings: training.batchSize/);
    expect(() =>
      parseLabText(JSON.stringify({ format: LAB_FORMAT, version: 99, graph }), 'c.json'),
    ).toThrow(/c.json: .*newer LayerLab/);
    expect(() =>
      parseLabText(
        JSON.stringify({
          format: LAB_FORMAT,
          version: 1,
          graph: { version: 1, nodes: [{ id: 'a', kind: 'Nope' }], edges: [] },
        }),
        'd.json',
      ),
    ).toThrow(/d.json: The graph is not valid/);
  });
});
