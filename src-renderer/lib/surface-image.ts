/**
 * The decision surface as pixels, as TensorFlow Playground draws it: each grid cell in its predicted
 * class's colour, transparent where the model hesitates (chance level) and strong where it is sure;
 * the points over it in the same colours. Also a cheap fingerprint of a surface (tests check the
 * boundary moves between epochs) and the example images of the Predictions gallery. Pure.
 */
import type { EpochInsight, ExampleImage } from '../../src-main/contract/insights.ts';

/** Playground's orange and blue for the first two classes, then Tableau-like distinct hues. */
export const CLASS_COLORS = [
  '#f59322',
  '#0877bd',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
];

export const classColor = (i: number) => CLASS_COLORS[i % CLASS_COLORS.length];

/** Opacity of a cell the model is certain of: the points must still read on it. */
export const MAX_ALPHA = 200;

export const rgbOf = (hex: string): [number, number, number] => {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

type Surface = NonNullable<EpochInsight['surface']>;

/**
 * RGBA bytes of a size x size surface (row 0 at the top), for `ImageData`. A cell's opacity grows
 * from 0 at chance level (1 / classes) to MAX_ALPHA at probability 1.
 */
export function surfaceToRgba(
  surface: Surface,
  classes: number,
  size: number,
): Uint8ClampedArray<ArrayBuffer> {
  const out = new Uint8ClampedArray(size * size * 4);
  const chance = 1 / Math.max(2, classes);
  const rgb = CLASS_COLORS.map(rgbOf);
  for (let i = 0; i < size * size; i++) {
    const [r, g, b] = rgb[surface.classes[i] % rgb.length];
    const sure = (surface.confidence[i] / 255 - chance) / (1 - chance);
    out[i * 4] = r;
    out[i * 4 + 1] = g;
    out[i * 4 + 2] = b;
    out[i * 4 + 3] = Math.round(Math.max(0, Math.min(1, sure)) * MAX_ALPHA);
  }
  return out;
}

/** FNV-1a over the classes then the confidences, as 8 hex digits: equal surfaces, equal hashes. */
export function surfaceHash(surface: Surface): string {
  let h = 0x811c9dc5;
  for (const bytes of [surface.classes, surface.confidence])
    for (let i = 0; i < bytes.length; i++) {
      h ^= bytes[i];
      h = Math.imul(h, 0x01000193);
    }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** An example image as opaque RGBA bytes (grey levels repeated into red, green and blue). */
export function imageToRgba(image: ExampleImage): Uint8ClampedArray<ArrayBuffer> {
  const [height, width, channels] = image.shape;
  const out = new Uint8ClampedArray(height * width * 4);
  for (let i = 0; i < height * width; i++) {
    for (let c = 0; c < 3; c++)
      out[i * 4 + c] = image.pixels[i * channels + (channels === 1 ? 0 : c)];
    out[i * 4 + 3] = 255;
  }
  return out;
}
