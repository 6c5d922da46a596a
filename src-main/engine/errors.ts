/** Engine failures with a stable code, serialized deliberately across the process boundary. */
import type { ErrorInfo } from '../contract/api.ts';

export type EngineErrorCode =
  | 'invalid-graph'
  | 'invalid-lab'
  | 'incompatible-data'
  | 'data'
  | 'backend'
  | 'trainer-crashed'
  | 'internal';

export class EngineError extends Error {
  constructor(
    readonly code: EngineErrorCode | string,
    message: string,
    readonly where: { nodeId?: string; file?: string } = {},
  ) {
    super(message);
    this.name = 'EngineError';
  }
}

/** Any thrown value as an `ErrorInfo`; errors with a `code` keep it, others become 'internal'. */
export function toErrorInfo(e: unknown): ErrorInfo {
  const err = e as { code?: unknown; message?: unknown; where?: { nodeId?: string; file?: string }; file?: string };
  const info: ErrorInfo = {
    code: typeof err?.code === 'string' ? err.code : 'internal',
    message: typeof err?.message === 'string' ? err.message : String(e),
  };
  const file = err?.where?.file ?? err?.file;
  if (file) info.file = file;
  if (err?.where?.nodeId) info.nodeId = err.where.nodeId;
  return info;
}
