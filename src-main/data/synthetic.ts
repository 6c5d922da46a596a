/**
 * Two-dimensional toy sets drawn in the app, like TensorFlow Playground's and scikit-learn's
 * `make_moons` / `make_circles`. Example `i` belongs to class `i % classes`, so every class is spread
 * evenly through the set (a Keras-style validation split taken from the end holds every class).
 */
import type { DatasetRef, SyntheticShape } from '../contract/datasets.ts';
import { said } from '../contract/error-text.ts';
import { DataError, type Dataset, type Split } from './dataset.ts';
import { Rng } from './rng.ts';

export type SyntheticRef = Extract<DatasetRef, { kind: 'synthetic' }>;

/** Writes the clean point of class `c` (of `k`) to `p`; noise is added afterwards. */
type Shape = (rng: Rng, c: number, k: number, p: [number, number]) => void;

interface ShapeSpec {
  title: string;
  /** The only class count the shape has, or null when any count works. */
  fixedClasses: number | null;
  draw: Shape;
}

const SHAPES: Record<SyntheticShape, ShapeSpec> = {
  spirals: {
    title: 'Spirals',
    fixedClasses: null,
    draw(rng, c, k, p) {
      // Arms start at the centre and turn one and a half times, evenly spaced in angle.
      const t = rng.next();
      const angle = (2 * Math.PI * c) / k + 3 * Math.PI * t;
      p[0] = t * Math.cos(angle);
      p[1] = t * Math.sin(angle);
    },
  },
  moons: {
    title: 'Moons',
    fixedClasses: 2,
    draw(rng, c, _k, p) {
      const t = Math.PI * rng.next();
      if (c === 0) {
        p[0] = Math.cos(t);
        p[1] = Math.sin(t);
      } else {
        p[0] = 1 - Math.cos(t);
        p[1] = 0.5 - Math.sin(t);
      }
    },
  },
  circles: {
    title: 'Circles',
    fixedClasses: 2,
    draw(rng, c, _k, p) {
      // scikit-learn's make_circles with factor 0.5: class 0 outside, class 1 inside.
      const t = 2 * Math.PI * rng.next();
      const r = c === 0 ? 1 : 0.5;
      p[0] = r * Math.cos(t);
      p[1] = r * Math.sin(t);
    },
  },
  xor: {
    title: 'XOR',
    fixedClasses: 2,
    draw(rng, c, _k, p) {
      // A point in a random quadrant of [-1, 1]^2, kept 0.05 off the axes; class 0 where x*y > 0.
      const x = rng.uniform(0.05, 1);
      const y = rng.uniform(0.05, 1);
      const sx = rng.next() < 0.5 ? -1 : 1;
      p[0] = sx * x;
      p[1] = (c === 0 ? sx : -sx) * y;
    },
  },
};

function draw(spec: ShapeSpec, ref: SyntheticRef, seed: number): Split {
  const rng = new Rng(seed);
  const n = ref.samples;
  const data = new Float32Array(n * 2);
  const labels = new Int32Array(n);
  const p: [number, number] = [0, 0];
  for (let i = 0; i < n; i++) {
    const c = i % ref.classes;
    spec.draw(rng, c, ref.classes, p);
    data[2 * i] = p[0] + ref.noise * rng.normal();
    data[2 * i + 1] = p[1] + ref.noise * rng.normal();
    labels[i] = c;
  }
  return { count: n, features: { kind: 'f32', data, rowSize: 2 }, labels };
}

/** Draws the training set with `seed` and an independent test set of the same size with `seed + 1`. */
export function generateSynthetic(ref: SyntheticRef): Dataset {
  const spec = SHAPES[ref.shape];
  if (spec.fixedClasses !== null && ref.classes !== spec.fixedClasses) {
    throw new DataError(
      'unsupported',
      said('error_synthetic_classes', {
        shape: ref.shape,
        fixed: spec.fixedClasses,
        classes: ref.classes,
      }),
    );
  }
  const classNames = Array.from({ length: ref.classes }, (_, c) => `class ${c}`);
  const arms = ref.shape === 'spirals' ? `${ref.classes} arms, ` : '';
  return {
    info: {
      id: `synthetic:${ref.shape}`,
      title: `${spec.title} (${arms}${ref.samples} points, noise ${ref.noise}, seed ${ref.seed})`,
      task: ref.classes === 2 ? 'binary' : 'multiclass',
      classNames,
      featureShape: [2],
      trainCount: ref.samples,
      testCount: ref.samples,
    },
    train: draw(spec, ref, ref.seed),
    test: draw(spec, ref, ref.seed + 1),
  };
}
