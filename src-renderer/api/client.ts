/**
 * The `LayerLabApi` the UI uses, built over either transport: Electron's preload bridge or the
 * browser host's WebSocket. Each transport only moves `{ method, args }` and events; the interface
 * is made here once, from the contract's method list.
 */
import {
  API_METHODS,
  type ApiMethod,
  type AppCommand,
  type GridEvent,
  type LayerLabApi,
  type RunEvent,
} from '../../src-main/contract/api.ts';
import { trimArgs, type WireEvent } from '../../src-main/contract/wire.ts';

export interface Transport {
  call(method: ApiMethod, args: unknown[]): Promise<unknown>;
  subscribe(listener: (message: WireEvent) => void): () => void;
}

export function createApi(transport: Transport): LayerLabApi {
  const run = new Set<(e: RunEvent) => void>();
  const command = new Set<(c: AppCommand) => void>();
  const grid = new Set<(e: GridEvent) => void>();
  transport.subscribe((message) => {
    if (message.event === 'run') for (const l of run) l(message.data);
    else if (message.event === 'command') for (const l of command) l(message.data);
    else if (message.event === 'grid') for (const l of grid) l(message.data);
  });
  const methods = Object.fromEntries(
    API_METHODS.map((m) => [m, (...args: unknown[]) => transport.call(m, trimArgs(args))]),
  );
  return {
    ...(methods as unknown as Omit<LayerLabApi, 'onRunEvent' | 'onAppCommand' | 'onGridEvent'>),
    onRunEvent(listener) {
      run.add(listener);
      return () => run.delete(listener);
    },
    onAppCommand(listener) {
      command.add(listener);
      return () => command.delete(listener);
    },
    onGridEvent(listener) {
      grid.add(listener);
      return () => grid.delete(listener);
    },
  };
}
