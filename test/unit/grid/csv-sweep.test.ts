import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { GridDetail } from '../../../src-main/contract/api.ts';
import { GridSpecSchema } from '../../../src-main/contract/grid.ts';
import { parseSweep } from '../../../src-main/cli/commands/grid.ts';
import { gridToCsv } from '../../../src-main/export/grid-csv.ts';

describe('--sweep', () => {
  it.each([
    ['layers.dropout.rate=0.3,0.5,0.7', { path: 'layers.dropout.rate', values: [0.3, 0.5, 0.7] }],
    [
      'training.learningRate=0.0001:0.1:4:log',
      { path: 'training.learningRate', range: { from: 0.0001, to: 0.1, steps: 4, scale: 'log' } },
    ],
    ['training.optimizer=adam,sgd', { path: 'training.optimizer', values: ['adam', 'sgd'] }],
    ['training.augmentation=true,false', { path: 'training.augmentation', values: [true, false] }],
    // One value for every Dropout layer; one L2 for two chosen Dense layers.
    ['layers.*Dropout.rate=0.3,0.5', { path: 'layers.*Dropout.rate', values: [0.3, 0.5] }],
    [
      'layers.dense+dense_1.kernelRegularizer.l2=0.001,0.01',
      { path: 'layers.dense+dense_1.kernelRegularizer.l2', values: [0.001, 0.01] },
    ],
  ])('%s', (text, expected) => {
    expect(parseSweep(text)).toEqual(expected);
  });
  it('needs PATH=VALUES', () => {
    expect(() => parseSweep('layers.dropout.rate')).toThrow('needs PATH=VALUES');
  });
});

describe('grid CSV', () => {
  it('has one row per setting with fold scores, mean, std and rank', () => {
    const spec = GridSpecSchema.parse({
      params: [{ path: 'layers.dropout.rate', values: [0.3, 0.5] }],
      rankBy: 'val_loss',
    });
    const grid = {
      spec,
      rankBy: 'val_loss',
      trials: [
        {
          trial: 0,
          params: { 'layers.dropout.rate': 0.3 },
          foldScores: [0.4, 0.5, 0.6],
          mean: 0.5,
          std: 0.08,
          status: 'done',
        },
        {
          trial: 1,
          params: { 'layers.dropout.rate': 0.5 },
          foldScores: [0.3, 0.3, 0.3],
          mean: 0.3,
          std: 0,
          status: 'done',
        },
      ],
    } as unknown as GridDetail;
    const rows = Papa.parse<Record<string, string>>(gridToCsv(grid), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(Object.keys(rows[0])).toEqual([
      'trial',
      'layers.dropout.rate',
      'fold1_val_loss',
      'fold2_val_loss',
      'fold3_val_loss',
      'mean_val_loss',
      'std_val_loss',
      'rank',
      'status',
    ]);
    expect(rows.map((r) => r.rank)).toEqual(['2', '1']);
    expect(rows[1]).toMatchObject({
      'layers.dropout.rate': '0.5',
      mean_val_loss: '0.3',
      fold2_val_loss: '0.3',
    });
  });
});
