import { describe, expect, it } from 'vitest';
import {
  CLASS_COLORS,
  imageToRgba,
  MAX_ALPHA,
  rgbOf,
  surfaceHash,
  surfaceToRgba,
} from '../../../src-renderer/lib/surface-image.ts';

/** A 2x2 surface of 2 classes: top row class 0, bottom row class 1, sure on the left only. */
const surface = () => ({
  classes: Uint8Array.from([0, 0, 1, 1]),
  confidence: Uint8Array.from([255, 128, 255, 0]),
});

describe('surfaceToRgba', () => {
  it('paints each cell its class colour, opaque as the model is sure above chance', () => {
    const px = surfaceToRgba(surface(), 2, 2);
    const cell = (i: number) => Array.from(px.slice(i * 4, i * 4 + 4));
    const [orange, blue] = CLASS_COLORS.map(rgbOf);
    expect(cell(0)).toEqual([...orange, MAX_ALPHA]);
    // 128/255 is just above chance (0.5): nearly transparent.
    expect(cell(1)).toEqual([...orange, Math.round(((128 / 255 - 0.5) / 0.5) * MAX_ALPHA)]);
    expect(cell(2)).toEqual([...blue, MAX_ALPHA]);
    // Below chance (not possible for argmax, but bytes may say so): transparent, not negative.
    expect(cell(3)).toEqual([...blue, 0]);
  });

  it('counts chance as 1/classes: with 4 classes, probability 0.25 is transparent', () => {
    const px = surfaceToRgba(
      { classes: Uint8Array.from([3]), confidence: Uint8Array.from([Math.round(0.25 * 255)]) },
      4,
      1,
    );
    expect(Array.from(px.slice(0, 3))).toEqual(rgbOf(CLASS_COLORS[3]));
    expect(px[3]).toBeLessThanOrEqual(1);
  });
});

describe('surfaceHash', () => {
  it('is stable for equal surfaces and changes when one cell changes', () => {
    const a = surfaceHash(surface());
    expect(a).toMatch(/^[0-9a-f]{8}$/);
    expect(surfaceHash(surface())).toBe(a);
    const moved = surface();
    moved.classes[1] = 1;
    expect(surfaceHash(moved)).not.toBe(a);
    const surer = surface();
    surer.confidence[3] = 1;
    expect(surfaceHash(surer)).not.toBe(a);
  });
});

describe('imageToRgba', () => {
  it('repeats grey levels into opaque RGB', () => {
    const px = imageToRgba({ shape: [1, 2, 1], pixels: Uint8Array.from([0, 200]) });
    expect(Array.from(px)).toEqual([0, 0, 0, 255, 200, 200, 200, 255]);
  });

  it('keeps colour images as they are', () => {
    const px = imageToRgba({ shape: [1, 1, 3], pixels: Uint8Array.from([10, 20, 30]) });
    expect(Array.from(px)).toEqual([10, 20, 30, 255]);
  });
});
