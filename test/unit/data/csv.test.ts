import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src-main/data/index.ts';
import { tempDir, write } from './helpers.ts';

async function load(text: string, labelColumn?: string | number, name = 'data.csv') {
  const file = write(path.join(tempDir(), name), text);
  const ref = {
    kind: 'file' as const,
    path: file,
    labelColumn,
    imageSize: [28, 28] as [number, number],
    grayscale: true,
  };
  return { file, ds: await loadDataset(ref, { dataDirs: [] }) };
}

const values = (ds: Awaited<ReturnType<typeof load>>['ds']) => {
  const f = ds.train.features;
  if (f.kind !== 'f32') throw new Error('expected f32');
  return Array.from(f.data);
};

describe('CSV', () => {
  it('reads a header, numeric features and string labels (classes sorted)', async () => {
    const { file, ds } = await load(
      'sepal,petal,species\n5.1,1.4,setosa\n6.2,4.5,versicolor\n5.9,5.1,virginica\n4.9,1.5,setosa\n',
    );
    expect(ds.info).toMatchObject({
      id: file,
      title: 'data.csv',
      task: 'multiclass',
      classNames: ['setosa', 'versicolor', 'virginica'],
      featureShape: [2],
      trainCount: 4,
    });
    expect(ds.test).toBeNull();
    expect(values(ds)).toEqual([5.1, 1.4, 6.2, 4.5, 5.9, 5.1, 4.9, 1.5].map(Math.fround));
    expect(Array.from(ds.train.labels)).toEqual([0, 1, 2, 0]);
  });

  it('works without a header, with numeric labels sorted numerically', async () => {
    const { ds } = await load('1,2,10\n3,4,2\n5,6,10\n\n7,8,-1\n');
    expect(ds.info.classNames).toEqual(['-1', '2', '10']);
    expect(Array.from(ds.train.labels)).toEqual([2, 1, 2, 0]);
    expect(values(ds)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('takes the label column by name or by index, and the rest as features in order', async () => {
    const text = 'label,a,b\nyes,1,2\nno,3,4\n';
    const byName = (await load(text, 'label')).ds;
    const byIndex = (await load(text, 0)).ds;
    for (const ds of [byName, byIndex]) {
      expect(ds.info.task).toBe('binary');
      expect(ds.info.classNames).toEqual(['no', 'yes']);
      expect(values(ds)).toEqual([1, 2, 3, 4]);
      expect(Array.from(ds.train.labels)).toEqual([1, 0]);
    }
  });

  it('handles quoted cells, semicolons and a byte-order mark', async () => {
    const { ds } = await load(
      '\uFEFF"x";"y";"class"\n"1.5";2;"a, b"\n3;4;"c"\n',
      undefined,
      'semi.csv',
    );
    expect(ds.info.classNames).toEqual(['a, b', 'c']);
    expect(values(ds)).toEqual([1.5, 2, 3, 4]);
  });
});
