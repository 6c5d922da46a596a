/**
 * The trust boundary for the Keras methods: what `dispatch` lets through to the service and what it
 * refuses with `invalid-arguments` before any work is done.
 */
import { describe, expect, it } from 'vitest';
import type { LayerLabApi } from '../../../src-main/contract/api.ts';
import { dispatch } from '../../../src-main/hosts/dispatch.ts';

/** An API whose every method records its call. */
function recordingApi() {
  const calls: { method: string; args: unknown[] }[] = [];
  const api = new Proxy(
    {},
    {
      get:
        (_t, method: string) =>
        async (...args: unknown[]) => {
          calls.push({ method, args });
          return null;
        },
    },
  ) as LayerLabApi;
  return { api, calls };
}

const refusal = async (method: string, args: unknown[]) => {
  const { api, calls } = recordingApi();
  const e = await dispatch(api, method, args).then(
    () => null,
    (err: unknown) => err as { code: string; message: string },
  );
  expect(calls, `${method} reached the service`).toEqual([]);
  return e;
};

describe('the Keras methods at the boundary', () => {
  it('lets a model file and pasted code through', async () => {
    const { api, calls } = recordingApi();
    await dispatch(api, 'importModelFile', ['m.keras', new Uint8Array([80, 75])]);
    await dispatch(api, 'importKerasCode', ['import keras\n', 'model.py']);
    await dispatch(api, 'exportRun', ['run-1', { format: 'onnx' }]);
    expect(calls.map((c) => c.method)).toEqual(['importModelFile', 'importKerasCode', 'exportRun']);
  });

  it('refuses a model file over 200 MB, naming the cap', async () => {
    const e = await refusal('importModelFile', [
      'big.keras',
      new Uint8Array(200 * 1024 * 1024 + 1),
    ]);
    expect(e?.code).toBe('invalid-arguments');
    expect(e?.message).toContain('at most 200 MB');
  });

  it('refuses code over 1,000,000 characters, bytes that are not bytes, and an unknown format', async () => {
    expect((await refusal('importKerasCode', ['x'.repeat(1_000_001)]))?.code).toBe(
      'invalid-arguments',
    );
    expect((await refusal('importModelFile', ['m.keras', 'UEsDBA==']))?.code).toBe(
      'invalid-arguments',
    );
    expect((await refusal('exportRun', ['run-1', { format: 'pickle' }]))?.code).toBe(
      'invalid-arguments',
    );
  });
});
