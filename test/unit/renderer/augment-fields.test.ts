import { describe, expect, it } from 'vitest';
import { AugmentationSchema } from '../../../src-main/contract/training.ts';
import { FILL_HELP, RANGE_FIELDS, toRgba } from '../../../src-renderer/lib/augment-fields.ts';

describe('the augmentation settings as Keras names them', () => {
  it('has a control for every range of the lab format, each with its ImageDataGenerator name', () => {
    const ranges = Object.keys(AugmentationSchema.shape).filter((k) => k.endsWith('Range'));
    expect(RANGE_FIELDS.map((f) => f.key).sort()).toEqual(ranges.sort());
    const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    for (const f of RANGE_FIELDS) expect(f.keras).toBe(snake(f.key));
    expect(Object.keys(FILL_HELP).sort()).toEqual(
      [...AugmentationSchema.shape.fillMode.unwrap().options].sort(),
    );
  });

  it('turns gray and RGB pixels into opaque RGBA', () => {
    expect(Array.from(toRgba(Uint8Array.from([0, 200]), 1))).toEqual([
      0, 0, 0, 255, 200, 200, 200, 255,
    ]);
    expect(Array.from(toRgba(Uint8Array.from([1, 2, 3]), 3))).toEqual([1, 2, 3, 255]);
  });
});
