/**
 * Models near and over the caps: the contract's parameter cap (an issue on the layer that crosses it,
 * live in the editor), the training memory against the machine, and RunManager refusing before it
 * spawns a trainer.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LayerLabError } from '../../../src-main/contract/errors.ts';
import { sequential } from '../../../src-main/contract/graph.ts';
import { LAB_FORMAT, parseLab } from '../../../src-main/contract/lab.ts';
import type { LayerKind } from '../../../src-main/contract/layers.ts';
import { analyzeGraph, MAX_MODEL_PARAMS } from '../../../src-main/contract/validate.ts';
import { checkModelBudget, estimateTraining } from '../../../src-main/engine/model-budget.ts';
import { RunManager } from '../../../src-main/engine/run-manager.ts';
import { RunStore } from '../../../src-main/store/run-store.ts';

type Layer = { kind: LayerKind; params?: Record<string, unknown> };
const dense = (units: number): Layer => ({ kind: 'Dense', params: { units } });
const input = (...shape: number[]): Layer => ({ kind: 'Input', params: { shape } });
const labOf = (layers: Layer[], batchSize = 32) =>
  parseLab({
    format: LAB_FORMAT,
    version: 1,
    name: 'big',
    graph: sequential(layers),
    dataset: { kind: 'synthetic', shape: 'moons' },
    training: { batchSize },
  });

const GB = 2 ** 30;
const laptop = { totalBytes: 8 * GB, freeBytes: 6 * GB };

describe('the parameter cap, in the analysis the editor shows', () => {
  it.each([
    // [name, layers, ok, the layer the issue names, its sentence]
    ['exactly 100,000,000 parameters', [input(9999), dense(10000)], true, null, null],
    [
      '100,010,000 in one Dense',
      [input(10000), dense(10000)],
      false,
      'n1',
      'dense brings the model to 100,010,000 parameters; LayerLab trains at most 100,000,000',
    ],
    [
      'two Dense(65536) on a 65536 input: the first crosses',
      [input(65536), dense(65536), dense(65536)],
      false,
      'n1',
      'dense brings the model to 4,295,032,832 parameters (8,590,065,664 in all); LayerLab trains at most 100,000,000',
    ],
    [
      'three layers that cross only together: the last is named',
      [input(6000), dense(6000), dense(6000), dense(6000)],
      false,
      'n3',
      'dense_2 brings the model to 108,018,000 parameters',
    ],
  ] as const)('%s', (_name, layers, ok, nodeId, sentence) => {
    const a = analyzeGraph(sequential(layers as unknown as Layer[]));
    const big = a.issues.filter((i) => i.code === 'too-large');
    expect(a.ok).toBe(ok);
    if (ok) return expect(big).toEqual([]);
    expect(big).toHaveLength(1);
    expect(big[0].nodeId).toBe(nodeId);
    expect(big[0].message).toContain(sentence);
  });

  it('the cap is 100 M', () => expect(MAX_MODEL_PARAMS).toBe(100_000_000));
});

describe('the training memory, against the machine', () => {
  it('is parameters x 16 bytes plus one batch of layer outputs x 8 bytes', () => {
    const lab = labOf([input(100), dense(50), dense(10)], 4);
    const e = estimateTraining(lab, analyzeGraph(lab.graph));
    expect(e.params).toBe(100 * 50 + 50 + 50 * 10 + 10);
    expect(e.paramBytes).toBe(e.params * 16);
    expect(e.activationBytes).toBe(4 * (100 + 50 + 10) * 8);
  });

  it.each([
    [
      'a 60 M-parameter MLP fits a laptop',
      [input(6000), dense(10000), dense(10)],
      32,
      laptop,
      null,
    ],
    [
      'a 96 M-parameter MLP does not fit in half of 2 GB',
      [input(9600), dense(10000), dense(10)],
      32,
      { totalBytes: 2 * GB, freeBytes: 2 * GB },
      "but LayerLab trains in at most half of this machine's 2.0 GB (1.0 GB)",
    ],
    [
      'a 96 M-parameter MLP fits half of 8 GB',
      [input(9600), dense(10000), dense(10)],
      32,
      laptop,
      null,
    ],
    [
      'one batch of 256 big images does not fit',
      [
        input(1024, 1024, 3),
        { kind: 'Conv2D', params: { filters: 64, padding: 'same' } },
        { kind: 'GlobalAveragePooling2D' },
        dense(10),
      ],
      256,
      laptop,
      'one batch of 256 takes 134.0 GB of layer outputs',
    ],
    [
      'the same model with a batch of 2 fits',
      [
        input(1024, 1024, 3),
        { kind: 'Conv2D', params: { filters: 64, padding: 'same' } },
        { kind: 'GlobalAveragePooling2D' },
        dense(10),
      ],
      2,
      laptop,
      null,
    ],
    [
      'a model that fits the machine but not its free memory',
      [input(6000), dense(10000), dense(10)],
      32,
      { totalBytes: 8 * GB, freeBytes: 0.5 * GB },
      'but only 512 MB is free now: close other programs',
    ],
  ] as const)('%s', (_name, layers, batch, machine, refusal) => {
    const lab = labOf(layers as unknown as Layer[], batch);
    const analysis = analyzeGraph(lab.graph);
    expect(analysis.ok).toBe(true);
    const check = () => checkModelBudget(lab, analysis, machine);
    if (!refusal) return expect(check).not.toThrow();
    const err = (() => {
      try {
        check();
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(LayerLabError);
    expect((err as LayerLabError).code).toBe('too-large');
    expect((err as LayerLabError).message).toContain(refusal);
    expect((err as LayerLabError).message).toMatch(
      /^This model needs about [\d.]+ [MG]B of memory to train \([\d,]+ parameters take/,
    );
  });
});

describe('RunManager refuses before it spawns a trainer', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-size-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each([
    [
      '4.3 G parameters',
      [input(65536), dense(65536), dense(65536)],
      'dense brings the model to 4,295,032,832 parameters',
    ],
    [
      'a batch of layer outputs no machine here holds',
      [
        input(4096, 4096, 3),
        { kind: 'Conv2D', params: { filters: 64, padding: 'same' } },
        { kind: 'GlobalAveragePooling2D' },
        dense(2),
      ],
      'This model needs about',
    ],
  ] as const)('%s: too-large, no run recorded, no trainer', (_name, layers, sentence) => {
    const store = new RunStore(path.join(dir, `${_name.length}.sqlite`));
    let spawned = 0;
    const runs = new RunManager({
      store,
      dataDirs: [],
      spawnTrainer: () => {
        spawned += 1;
        throw new Error('no trainer should be spawned for a model that cannot fit');
      },
    });
    const lab = labOf(layers as unknown as Layer[], 4096);
    expect(() => runs.startRun({ lab })).toThrow(sentence);
    try {
      runs.startRun({ lab });
    } catch (e) {
      expect((e as LayerLabError).code).toBe('too-large');
    }
    expect(spawned).toBe(0);
    expect(store.countRuns()).toBe(0);
    store.close();
  });
});
