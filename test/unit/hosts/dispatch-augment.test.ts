/**
 * The trust boundary for `previewAugmentation`: a well-formed request reaches the service with the
 * augmentation's defaults filled in; anything unbounded or malformed is refused before any work.
 */
import { describe, expect, it } from 'vitest';
import type { LayerLabApi } from '../../../src-main/contract/api.ts';
import { dispatch } from '../../../src-main/hosts/dispatch.ts';

function recordingApi() {
  const calls: unknown[][] = [];
  const api = new Proxy(
    {},
    {
      get:
        () =>
        async (...args: unknown[]) => {
          calls.push(args);
          return null;
        },
    },
  ) as LayerLabApi;
  return { api, calls };
}

const mnist = { kind: 'builtin', name: 'mnist' };
const request = (patch: Record<string, unknown>) => ({
  dataset: mnist,
  augmentation: { rotationRange: 15 },
  count: 8,
  ...patch,
});

const refused = async (arg: unknown) => {
  const { api, calls } = recordingApi();
  const e = await dispatch(api, 'previewAugmentation', [arg]).then(
    () => null,
    (err: unknown) => err as { code: string; message: string },
  );
  expect(calls).toEqual([]);
  return e;
};

describe('previewAugmentation at the boundary', () => {
  it('lets a request through, with the augmentation completed by its defaults', async () => {
    const { api, calls } = recordingApi();
    await dispatch(api, 'previewAugmentation', [request({ images: 2, seed: 5 })]);
    expect(calls).toHaveLength(1);
    expect(calls[0][0]).toMatchObject({
      images: 2,
      seed: 5,
      count: 8,
      augmentation: { rotationRange: 15, fillMode: 'nearest', cval: 0, verticalFlip: false },
    });
  });

  it.each([
    ['more than 32 versions', request({ count: 33 }), 'count'],
    ['no versions', request({ count: 0 }), 'count'],
    ['more than 8 images', request({ images: 9 }), 'images'],
    ['a fractional count', request({ count: 2.5 }), 'count'],
    [
      'a rotation over 180 degrees',
      request({ augmentation: { rotationRange: 400 } }),
      'rotationRange',
    ],
    ['an unknown fill mode', request({ augmentation: { fillMode: 'mirror' } }), 'fillMode'],
    ['a negative seed', request({ seed: -1 }), 'seed'],
    ['no dataset', request({ dataset: undefined }), 'dataset'],
  ])('refuses %s, naming the value', async (_what, arg, field) => {
    const e = await refused(arg);
    expect(e?.code).toBe('invalid-arguments');
    expect(e?.message).toContain('previewAugmentation');
    expect(e?.message).toContain(field);
  });
});
