/**
 * LayerLab's augmentation against Keras' own ImageDataGenerator.apply_transform: the same fixed
 * transforms (angle, shifts, shear, zoom, flips, every fill mode and a cval) on the same small
 * images, pixel for pixel. Keras samples with scipy.ndimage (order 1), as
 * ImageDataGenerator does.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FILL_MODES, type Augmentation } from '../../src-main/contract/training.ts';
import { mulberry32 } from '../../src-main/engine/random.ts';
import {
  IDENTITY,
  applyTransform,
  drawTransform,
  type TransformParams,
} from '../../src-main/engine/augment.ts';
import { PY_DIR, runPythonJson } from '../helpers/keras-python.ts';

interface Case {
  name: string;
  shape: [number, number, number];
  image: Float32Array;
  params: TransformParams;
  fillMode: Augmentation['fillMode'];
  cval: number;
}

const random = mulberry32(7);
const image = (h: number, w: number, c: number) =>
  Float32Array.from({ length: h * w * c }, () => random());

const FIXED: [string, Partial<TransformParams>][] = [
  ['rotation 30', { theta: 30 }],
  ['rotation -115', { theta: -115 }],
  ['shift tx 1.5, ty -2.3', { tx: 1.5, ty: -2.3 }],
  ['shear 20', { shear: 20 }],
  ['zoom 0.8 x 1.3', { zx: 0.8, zy: 1.3 }],
  ['flips', { flipHorizontal: true, flipVertical: true }],
  [
    'everything',
    { theta: 17, tx: -0.7, ty: 1.2, shear: -12, zx: 1.15, zy: 0.9, flipHorizontal: true },
  ],
];

function cases(): Case[] {
  const out: Case[] = [];
  const shapes: [number, number, number][] = [
    [7, 7, 1],
    [6, 9, 3],
  ];
  for (const shape of shapes)
    for (const fillMode of FILL_MODES) {
      const cval = fillMode === 'constant' ? 0.5 : 0;
      for (const [name, p] of FIXED)
        out.push({
          name: `${name}, ${fillMode}, ${shape.join('x')}`,
          shape,
          image: image(...shape),
          params: { ...IDENTITY, ...p },
          fillMode,
          cval,
        });
      // Transforms as LayerLab draws them while training.
      const a: Augmentation = {
        rotationRange: 40,
        widthShiftRange: 0.2,
        heightShiftRange: 2,
        shearRange: 15,
        zoomRange: 0.25,
        horizontalFlip: true,
        verticalFlip: true,
        fillMode,
        cval,
      };
      for (let i = 0; i < 3; i++)
        out.push({
          name: `drawn ${i}, ${fillMode}, ${shape.join('x')}`,
          shape,
          image: image(...shape),
          params: drawTransform(a, shape[0], shape[1], random),
          fillMode,
          cval,
        });
    }
  return out;
}

const nested = (a: Float32Array, [h, w, c]: number[]) =>
  Array.from({ length: h }, (_, r) =>
    Array.from({ length: w }, (_, q) =>
      Array.from(a.subarray((r * w + q) * c, (r * w + q + 1) * c)),
    ),
  );

const all = cases();
let keras: { scipy: string; images: number[][][][] };

beforeAll(async () => {
  keras = await runPythonJson(
    { file: path.join(PY_DIR, 'augment_oracle.py') },
    {
      cases: all.map((k) => ({
        image: nested(k.image, k.shape),
        params: {
          theta: k.params.theta,
          tx: k.params.tx,
          ty: k.params.ty,
          shear: k.params.shear,
          zx: k.params.zx,
          zy: k.params.zy,
          flip_horizontal: k.params.flipHorizontal,
          flip_vertical: k.params.flipVertical,
        },
        fill_mode: k.fillMode,
        cval: k.cval,
      })),
    },
  );
  console.log(`augmentation checked against Keras' apply_transform with scipy ${keras.scipy}`);
}, 300_000);

describe("augmentation equals Keras' ImageDataGenerator.apply_transform", () => {
  it.each(all.map((k, i) => [k.name, i] as const))('%s', (_name, i) => {
    const k = all[i];
    const dst = new Float32Array(k.image.length);
    applyTransform(k.image, dst, k.shape, k.params, k.fillMode, k.cval);
    const want = keras.images[i].flat(2);
    let worst = 0;
    for (let j = 0; j < want.length; j++) worst = Math.max(worst, Math.abs(dst[j] - want[j]));
    expect(worst).toBeLessThan(1e-5);
  });
});
