import { describe, expect, it } from 'vitest';
import { API_METHODS } from '../../../src-main/contract/api.ts';
import { ApiError, decodeWire, encodeWire, trimArgs } from '../../../src-main/contract/wire.ts';
import { createApi, type Transport } from '../../../src-renderer/api/client.ts';

describe('wire format', () => {
  it('carries exported model bytes through JSON', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 31) % 256);
    const decoded = decodeWire(
      encodeWire({ id: 1, result: { files: [{ name: 'weights.bin', bytes }] } }),
    ) as {
      result: { files: { bytes: Uint8Array }[] };
    };
    expect(decoded.result.files[0].bytes).toBeInstanceOf(Uint8Array);
    expect([...decoded.result.files[0].bytes]).toEqual([...bytes]);
  });

  it('carries a Node Buffer as bytes too, not as its toJSON object', () => {
    const buffer = Buffer.from([8, 7, 18, 3, 0, 255]);
    const decoded = decodeWire(encodeWire({ files: [{ name: 'm.onnx', bytes: buffer }] })) as {
      files: { bytes: Uint8Array }[];
    };
    expect(decoded.files[0].bytes).toBeInstanceOf(Uint8Array);
    expect([...decoded.files[0].bytes]).toEqual([8, 7, 18, 3, 0, 255]);
  });

  it('drops trailing undefined arguments, which JSON would turn into null', () => {
    expect(trimArgs(['open', undefined])).toEqual(['open']);
    expect(trimArgs([undefined, 1])).toEqual([undefined, 1]);
  });

  it('ApiError keeps the code and the sentence', () => {
    const e = new ApiError({
      code: 'not-found',
      message: 'x.layerlab.json does not exist.',
      file: 'x.layerlab.json',
    });
    expect([e.code, e.message, e.file]).toEqual([
      'not-found',
      'x.layerlab.json does not exist.',
      'x.layerlab.json',
    ]);
  });
});

describe('createApi', () => {
  it('turns every contract method into a call, and events into onX listeners', async () => {
    const calls: [string, unknown[]][] = [];
    let push: (m: never) => void = () => {};
    const transport: Transport = {
      call: async (method, args) => {
        calls.push([method, args]);
        return method;
      },
      subscribe: (listener) => {
        push = listener as never;
        return () => {};
      },
    };
    const api = createApi(transport);
    for (const method of API_METHODS) expect(typeof api[method]).toBe('function');
    await expect(api.chooseLabPath('open')).resolves.toBe('chooseLabPath');
    expect(calls).toEqual([['chooseLabPath', ['open']]]);

    const seen: string[] = [];
    const off = api.onRunEvent((e) => seen.push(e.type));
    api.onAppCommand((c) => seen.push(c));
    push({ event: 'run', data: { type: 'status', runId: 'r', status: 'running' } } as never);
    push({ event: 'command', data: 'save-lab' } as never);
    off();
    push({ event: 'run', data: { type: 'status', runId: 'r', status: 'paused' } } as never);
    expect(seen).toEqual(['status', 'save-lab']);
  });
});
