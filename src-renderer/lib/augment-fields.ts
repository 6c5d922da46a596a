/**
 * The augmentation settings as a student meets them in Keras: each LayerLab control with the name
 * of ImageDataGenerator's argument and what it does, and the preview's pixels for a canvas.
 */
import { m, wordsOf } from '../../src-main/contract/i18n.ts';
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
    get label() {
      return m.aug_rotation();
    },
    keras: 'rotation_range',
    get help() {
      return m.aug_rotation_help();
    },
    max: 180,
    step: 5,
  },
  {
    key: 'zoomRange',
    get label() {
      return m.aug_zoom();
    },
    keras: 'zoom_range',
    get help() {
      return m.aug_zoom_help();
    },
    max: 0.99,
    step: 0.05,
  },
  {
    key: 'widthShiftRange',
    get label() {
      return m.aug_width_shift();
    },
    keras: 'width_shift_range',
    get help() {
      return m.aug_width_shift_help();
    },
    step: 0.05,
  },
  {
    key: 'heightShiftRange',
    get label() {
      return m.aug_height_shift();
    },
    keras: 'height_shift_range',
    get help() {
      return m.aug_height_shift_help();
    },
    step: 0.05,
  },
  {
    key: 'shearRange',
    get label() {
      return m.aug_shear();
    },
    keras: 'shear_range',
    get help() {
      return m.aug_shear_help();
    },
    max: 90,
    step: 5,
  },
];

export const FILL_HELP: Record<Augmentation['fillMode'], string> = wordsOf({
  nearest: m.aug_fill_nearest,
  constant: m.aug_fill_constant,
  reflect: m.aug_fill_reflect,
  wrap: m.aug_fill_wrap,
});

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
