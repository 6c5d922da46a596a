import { describe, expect, it } from 'vitest';
import { SYNTHETIC_SHAPES } from '../../../src-main/contract/datasets.ts';
import { loadDataset } from '../../../src-main/data/index.ts';
import { generateSynthetic, type SyntheticRef } from '../../../src-main/data/synthetic.ts';

const ref = (shape: SyntheticRef['shape'], over: Partial<SyntheticRef> = {}): SyntheticRef => ({
  kind: 'synthetic',
  shape,
  samples: 400,
  noise: 0,
  classes: 2,
  seed: 7,
  ...over,
});

const points = (ds: ReturnType<typeof generateSynthetic>, split: 'train' | 'test' = 'train') => {
  const f = ds[split]!.features;
  if (f.kind !== 'f32') throw new Error('expected f32');
  return f.data;
};

describe.each(SYNTHETIC_SHAPES)('synthetic %s', (shape) => {
  it('has 2-D features, balanced classes and an independent test draw', () => {
    const ds = generateSynthetic(ref(shape, { noise: 0.1 }));
    expect(ds.info).toMatchObject({
      id: `synthetic:${shape}`,
      task: 'binary',
      featureShape: [2],
      trainCount: 400,
      testCount: 400,
    });
    expect(ds.train.features.rowSize).toBe(2);
    expect(points(ds)).toHaveLength(800);
    expect(points(ds).every(Number.isFinite)).toBe(true);
    const ones = ds.train.labels.reduce((a, b) => a + b, 0);
    expect(ones).toBe(200);
    // The last fifth (a Keras validation split) holds both classes.
    expect(new Set(ds.train.labels.subarray(320))).toEqual(new Set([0, 1]));
    expect(Array.from(points(ds, 'test'))).not.toEqual(Array.from(points(ds)));
  });

  it('is deterministic: same seed, same data; another seed, other data', () => {
    const a = generateSynthetic(ref(shape, { noise: 0.2 }));
    const b = generateSynthetic(ref(shape, { noise: 0.2 }));
    const c = generateSynthetic(ref(shape, { noise: 0.2, seed: 8 }));
    expect(Array.from(points(b))).toEqual(Array.from(points(a)));
    expect(Array.from(points(c))).not.toEqual(Array.from(points(a)));
    // The test split is the draw of seed + 1.
    expect(Array.from(points(c))).toEqual(Array.from(points(a, 'test')));
  });
});

describe('synthetic geometry (no noise)', () => {
  it('circles: class 0 on the unit circle, class 1 on radius 0.5', () => {
    const ds = generateSynthetic(ref('circles'));
    const x = points(ds);
    for (let i = 0; i < ds.train.count; i++) {
      const r = Math.hypot(x[2 * i], x[2 * i + 1]);
      expect(r).toBeCloseTo(ds.train.labels[i] === 0 ? 1 : 0.5, 5);
    }
  });

  it('xor: the class is the sign of x*y', () => {
    const ds = generateSynthetic(ref('xor'));
    const x = points(ds);
    for (let i = 0; i < ds.train.count; i++) {
      expect(x[2 * i] * x[2 * i + 1] > 0 ? 0 : 1).toBe(ds.train.labels[i]);
    }
  });

  it('moons: class 0 on the upper arc around (0,0), class 1 on the lower arc around (1,0.5)', () => {
    const ds = generateSynthetic(ref('moons'));
    const x = points(ds);
    for (let i = 0; i < ds.train.count; i++) {
      const [px, py] = [x[2 * i], x[2 * i + 1]];
      if (ds.train.labels[i] === 0) {
        expect(Math.hypot(px, py)).toBeCloseTo(1, 5);
        expect(py).toBeGreaterThanOrEqual(-1e-6);
      } else {
        expect(Math.hypot(px - 1, py - 0.5)).toBeCloseTo(1, 5);
        expect(py).toBeLessThanOrEqual(0.5 + 1e-6);
      }
    }
  });

  it('spirals: more arms make a multiclass set, each arm a radius-growing curve', async () => {
    const ds = await loadDataset(ref('spirals', { classes: 4, samples: 1000 }), { dataDirs: [] });
    expect(ds.info.task).toBe('multiclass');
    expect(ds.info.classNames).toHaveLength(4);
    const counts = [0, 0, 0, 0];
    for (const l of ds.train.labels) counts[l]++;
    expect(counts).toEqual([250, 250, 250, 250]);
    const x = points(ds);
    for (let i = 0; i < ds.train.count; i++)
      expect(Math.hypot(x[2 * i], x[2 * i + 1])).toBeLessThanOrEqual(1);
  });

  it('noise spreads the points by about its standard deviation', () => {
    const clean = points(generateSynthetic(ref('circles')));
    const noisy = points(generateSynthetic(ref('circles', { noise: 0.3, samples: 4000 })));
    const radii = (x: Float32Array) =>
      Array.from({ length: x.length / 2 }, (_, i) => Math.hypot(x[2 * i], x[2 * i + 1]));
    const spread = (r: number[], i0: number) => {
      const outer = r.filter((_, i) => i % 2 === i0);
      const m = outer.reduce((a, b) => a + b, 0) / outer.length;
      return Math.sqrt(outer.reduce((a, b) => a + (b - m) ** 2, 0) / outer.length);
    };
    expect(spread(radii(clean), 0)).toBeLessThan(1e-6);
    expect(spread(radii(noisy), 0)).toBeGreaterThan(0.2);
    expect(spread(radii(noisy), 0)).toBeLessThan(0.4);
  });
});
