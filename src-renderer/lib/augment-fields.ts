/**
 * The augmentation settings as a student meets them in Keras: each LayerLab control with the name
 * of ImageDataGenerator's argument and what it does, and the preview's pixels for a canvas.
 */
import type { Augmentation } from '../../src-main/contract/training.ts';

export interface RangeField {
  key: 'rotationRange' | 'widthShiftRange' | 'heightShiftRange' | 'shearRange' | 'zoomRange';
  label: string;
  keras: string;
  help: string;
  max?: number;
  step: number;
}

export const RANGE_FIELDS: RangeField[] = [
  {
    key: 'rotationRange',
    label: 'rotation°',
    keras: 'rotation_range',
    help: 'a random angle in ±r degrees',
    max: 180,
    step: 5,
  },
  {
    key: 'zoomRange',
    label: 'zoom',
    keras: 'zoom_range',
    help: 'scale by 1 ± z, each axis on its own',
    max: 0.99,
    step: 0.05,
  },
  {
    key: 'widthShiftRange',
    label: 'width shift',
    keras: 'width_shift_range',
    help: 'fraction of the width (< 1) or pixels; Keras moves the image up and down for it',
    step: 0.05,
  },
  {
    key: 'heightShiftRange',
    label: 'height shift',
    keras: 'height_shift_range',
    help: 'fraction of the height (< 1) or pixels; Keras moves the image sideways for it',
    step: 0.05,
  },
  {
    key: 'shearRange',
    label: 'shear°',
    keras: 'shear_range',
    help: 'a random shear angle in ±s degrees',
    max: 90,
    step: 5,
  },
];

export const FILL_HELP: Record<Augmentation['fillMode'], string> = {
  nearest: 'repeats the edge pixels (aaa|abcd|ddd)',
  constant: 'fills with cval (kkk|abcd|kkk)',
  reflect: 'mirrors the image (cba|abcd|dcb)',
  wrap: 'repeats the image (abc|abcd|bcd: scipy overlaps the ends)',
};

/** 8-bit gray or RGB pixels as the RGBA a canvas ImageData takes. */
export function toRgba(pixels: Uint8Array, channels: number): Uint8ClampedArray<ArrayBuffer> {
  const n = pixels.length / channels;
  const out = new Uint8ClampedArray(n * 4);
  for (let i = 0; i < n; i++) {
    const gray = channels < 3;
    for (let k = 0; k < 3; k++) out[i * 4 + k] = pixels[i * channels + (gray ? 0 : k)];
    out[i * 4 + 3] = 255;
  }
  return out;
}
