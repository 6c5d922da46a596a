/**
 * The augmentation preview: a few training images and augmented versions of them, drawn exactly as
 * training draws them, as 8-bit pixels for the settings' small canvases. Pure and quick (a few small
 * images), so the host computes it itself once a trainer process has loaded the examples.
 */
import type { AugmentationPreview } from '../contract/api.ts';
import type { DatasetInfo } from '../contract/datasets.ts';
import type { Augmentation } from '../contract/training.ts';
import { applyTransform, drawTransform } from './augment.ts';
import { said } from '../contract/errors.ts';
import { EngineError } from './errors.ts';
import { mulberry32 } from './random.ts';

/** Refuses a dataset whose examples are not images, in one sentence. */
export function checkImages(info: DatasetInfo): [number, number, number] {
  const shape = info.featureShape;
  if (shape.length !== 3)
    throw new EngineError(
      'incompatible-data',
      said('error_augment_not_images', { dataset: info.title, shape: JSON.stringify(shape) }),
    );
  return [shape[0], shape[1], shape[2]];
}

export function augmentationPreview(
  info: DatasetInfo,
  examples: Float32Array[],
  a: Augmentation,
  count: number,
  seed: number,
): AugmentationPreview {
  const [height, width, channels] = checkImages(info);
  const random = mulberry32(seed);
  // Images arrive scaled to [0, 1] (bytes / 255); a float set may already be in 0-255.
  const top = Math.max(1, ...examples.map((e) => e.reduce((m, v) => Math.max(m, v), 0)));
  const scale = top > 1.5 ? 1 : 255;
  const bytes = (x: Float32Array) =>
    Uint8Array.from(x, (v) => Math.round(Math.min(255, Math.max(0, v * scale))));
  const out = new Float32Array(height * width * channels);
  return {
    width,
    height,
    channels,
    samples: examples.map((original) => ({
      original: bytes(original),
      augmented: Array.from({ length: count }, () => {
        applyTransform(
          original,
          out,
          info.featureShape,
          drawTransform(a, height, width, random),
          a.fillMode,
          a.cval,
        );
        return bytes(out);
      }),
    })),
  };
}
