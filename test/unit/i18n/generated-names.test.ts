/** Names LayerLab makes for runs and grids, in the language of the user who makes them. */
import { describe, expect, it } from 'vitest';
import { expandGrid, GridSpecSchema } from '../../../src-main/contract/grid.ts';
import { m } from '../../../src-main/contract/i18n.ts';
import { gridNameOf, jobsOf } from '../../../src-main/engine/grid-runner.ts';
import { moons } from '../../helpers/labs.ts';

const grid = GridSpecSchema.parse({
  params: [{ path: 'layers.dropout.rate', values: [0.3, 0.5] }],
  evaluation: { kind: 'kfold', folds: 2, stratified: false, seed: 1 },
});
const lab = moons({ name: 'Moons', dropout: 0.5, grid });
const names = (locale: 'en' | 'zh-Hans' | 'zh-Hant') =>
  jobsOf(gridNameOf(lab.name, locale), lab, expandGrid(grid), locale).map((j) => j.name);

describe("a grid's names", () => {
  it('are English by default, as before', () => {
    expect(names('en')).toEqual([
      'Moons grid · dropout.rate=0.3 · fold 1/2',
      'Moons grid · dropout.rate=0.3 · fold 2/2',
      'Moons grid · dropout.rate=0.5 · fold 1/2',
      'Moons grid · dropout.rate=0.5 · fold 2/2',
    ]);
    expect(gridNameOf('Dropout grid', 'en')).toBe('Dropout grid');
  });

  it("are in the user's language, the lab's name and the trial kept", () => {
    expect(names('zh-Hans')[1]).toBe('Moons 网格 · dropout.rate=0.3 · 第 2/2 折');
    expect(names('zh-Hant')[2]).toBe('Moons 網格 · dropout.rate=0.5 · 第 1/2 折');
    expect(gridNameOf('Dropout 网格', 'zh-Hans')).toBe('Dropout 网格');
    expect(
      m.hosttext_name_refit(
        { grid: 'Moons 网格', trial: 'dropout.rate=0.3' },
        { locale: 'zh-Hans' },
      ),
    ).toBe('Moons 网格 · 最佳（dropout.rate=0.3）· 重新拟合');
    expect(m.hosttext_name_imported({ file: 'cnn.keras' }, { locale: 'zh-Hant' })).toBe(
      'cnn.keras（已匯入）',
    );
  });
});
