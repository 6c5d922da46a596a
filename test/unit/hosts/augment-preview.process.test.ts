/**
 * `previewAugmentation` through the real service: a trainer process loads a tiny MNIST-layout image
 * set once, the host augments a few of its training images, and a set that is not images is refused.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AugmentationPreviewRequest } from '../../../src-main/contract/api.ts';
import { AugmentationSchema } from '../../../src-main/contract/training.ts';
import { idx, write } from '../data/helpers.ts';
import { deadline, startTestHost, type TestHost } from './host-harness.ts';

const H = 5;
const W = 5;
/** Training image i: pixel (r, c) = 10 * (r * 5 + c) + i, so every pixel differs from its mirror. */
const pixel = (i: number, r: number, c: number) => 10 * (r * W + c) + i;

let host: TestHost;
beforeAll(async () => {
  host = await startTestHost();
  const n = 4;
  const images = Array.from({ length: n * H * W }, (_, k) =>
    pixel(Math.floor(k / (H * W)), Math.floor((k % (H * W)) / W), k % W),
  );
  const dir = path.join(host.dataDir, 'mnist');
  write(path.join(dir, 'train-images-idx3-ubyte'), idx(0x803, [n, H, W], images));
  write(path.join(dir, 'train-labels-idx1-ubyte'), idx(0x801, [n], [0, 1, 2, 3]));
  write(path.join(dir, 't10k-images-idx3-ubyte'), idx(0x803, [1, H, W], images.slice(0, H * W)));
  write(path.join(dir, 't10k-labels-idx1-ubyte'), idx(0x801, [1], [0]));
});
afterAll(() => host?.stop());

const preview = (patch: Partial<AugmentationPreviewRequest>) =>
  deadline(
    host.service.previewAugmentation({
      dataset: { kind: 'builtin', name: 'mnist', numWords: 10000 },
      augmentation: AugmentationSchema.parse({}),
      count: 16,
      ...patch,
    }),
    60_000,
    'the augmentation preview',
  );

describe('the augmentation preview', () => {
  it('returns the first training images and their flipped versions, from one trainer process', async () => {
    const spawned = host.trainers.spawned;
    const p = await preview({
      augmentation: AugmentationSchema.parse({ horizontalFlip: true }),
      images: 2,
      seed: 3,
    });
    expect([p.width, p.height, p.channels]).toEqual([W, H, 1]);
    expect(p.samples).toHaveLength(2);
    const original = Array.from({ length: H * W }, (_, k) => pixel(1, Math.floor(k / W), k % W));
    const mirror = Array.from({ length: H * W }, (_, k) =>
      pixel(1, Math.floor(k / W), W - 1 - (k % W)),
    );
    expect(Array.from(p.samples[1].original)).toEqual(original);
    expect(p.samples[1].augmented).toHaveLength(16);
    const versions = p.samples[1].augmented.map((a) => Array.from(a).join());
    for (const v of versions) expect([original.join(), mirror.join()]).toContain(v);
    expect(versions).toContain(mirror.join());
    expect(versions).toContain(original.join());

    // Another draw with the same seed is the same; the examples came from the cache.
    const again = await preview({
      augmentation: AugmentationSchema.parse({ horizontalFlip: true }),
      images: 2,
      seed: 3,
    });
    expect(again.samples[1].augmented.map((a) => Array.from(a).join())).toEqual(versions);
    expect(host.trainers.spawned - spawned).toBe(1);
  });

  it('rotates: every version differs from the image, none leaves the byte range', async () => {
    // A fixed seed: an angle near 0 (31 of 8,000 draws) leaves a 5x5 image as it was, so unseeded
    // the test failed about once in 65 runs. Seed 7's four angles all move pixels.
    const p = await preview({
      augmentation: AugmentationSchema.parse({ rotationRange: 90 }),
      images: 1,
      count: 4,
      seed: 7,
    });
    for (const a of p.samples[0].augmented)
      expect(Array.from(a)).not.toEqual(Array.from(p.samples[0].original));
  });

  it('refuses a dataset that is not images, in one sentence', async () => {
    const e = await preview({
      dataset: { kind: 'synthetic', shape: 'moons', samples: 50, noise: 0.1, classes: 2, seed: 0 },
    }).then(
      () => null,
      (err: unknown) => err as { code: string; message: string },
    );
    expect(e?.code).toBe('incompatible-data');
    expect(e?.message).toMatch(/^Augmentation works on images, but .* examples are \[2\]; .*\.$/);
  });
});
