/** The one error model: codes by instanceof, never by shape; unknown codes from a wire become internal. */
import { describe, expect, it } from 'vitest';
import {
  ERROR_CODES,
  errorInfoFrom,
  errorKind,
  LayerLabError,
  toErrorInfo,
} from '../../../src-main/contract/errors.ts';
import { DocumentError } from '../../../src-main/contract/graph.ts';
import { GridError } from '../../../src-main/contract/grid.ts';
import { ApiError } from '../../../src-main/contract/wire.ts';
import { DataError } from '../../../src-main/data/dataset.ts';
import { EngineError } from '../../../src-main/engine/errors.ts';
import { HostError } from '../../../src-main/hosts/dispatch.ts';
import { LabFileError } from '../../../src-main/hosts/lab-files.ts';
import { UsageError } from '../../../src-main/cli/context.ts';

describe('the error model', () => {
  it.each([
    ['DocumentError', new DocumentError('invalid-json', 'x is not JSON.'), 'invalid-json', 'input'],
    ['GridError', new GridError('bad sweep'), 'invalid-grid', 'input'],
    ['DataError', new DataError('download', 'no network', '/d/f'), 'download', 'io'],
    ['EngineError', new EngineError('trainer-crashed', 'died'), 'trainer-crashed', 'io'],
    ['HostError', new HostError('unknown-method', 'nope'), 'unknown-method', 'input'],
    ['LabFileError', new LabFileError('write-failed', 'disk', '/l'), 'write-failed', 'io'],
    ['UsageError', new UsageError('bad flag'), 'usage', 'input'],
  ] as const)('%s is a LayerLabError with its code and kind', (_name, error, code, kind) => {
    expect(error).toBeInstanceOf(LayerLabError);
    expect(error.code).toBe(code);
    expect(error.kind).toBe(kind);
    expect(toErrorInfo(error)).toMatchObject({ code, message: error.message });
  });

  it('keeps the file and the layer at fault', () => {
    expect(toErrorInfo(new DataError('corrupt', 'bad', '/data/x.npz'))).toEqual({
      code: 'corrupt',
      message: 'bad',
      file: '/data/x.npz',
    });
    expect(toErrorInfo(new EngineError('invalid-graph', 'no', { nodeId: 'dense_1' }))).toEqual({
      code: 'invalid-graph',
      message: 'no',
      nodeId: 'dense_1',
    });
  });

  it('turns anything that is not a LayerLabError into one internal sentence, whatever its .code', () => {
    const errno = Object.assign(new Error('EISDIR: illegal operation on a directory'), {
      code: 'EISDIR',
    });
    for (const thrown of [
      errno,
      { code: 'invalid-lab', message: 'looks like ours' },
      new TypeError('x is undefined'),
      'a string',
    ]) {
      const info = toErrorInfo(thrown);
      expect(info.code).toBe('internal');
      expect(info.message).toMatch(/^LayerLab hit an internal error \(.*\); please report it/);
    }
  });

  it('checks codes that cross a wire: an unknown one becomes internal', () => {
    expect(errorInfoFrom({ code: 'no-such-code', message: 'm' })).toEqual({
      code: 'internal',
      message: 'm',
    });
    expect(errorInfoFrom(null).code).toBe('internal');
    const rebuilt = new ApiError({ code: 'busy', message: 'still training', nodeId: 'n1' });
    expect(rebuilt).toBeInstanceOf(LayerLabError);
    expect([rebuilt.code, rebuilt.kind, rebuilt.nodeId]).toEqual(['busy', 'input', 'n1']);
  });

  it('gives every code a kind', () => {
    for (const code of Object.keys(ERROR_CODES) as (keyof typeof ERROR_CODES)[])
      expect(['input', 'io', 'internal']).toContain(errorKind(code));
    expect(errorKind('internal')).toBe('internal');
  });
});
