/** The Electron transport: the preload's `window.layerlab` bridge (see src-main/hosts/electron/preload.ts). */
import { ApiError, type IpcReply, type WireEvent } from '../../src-main/contract/wire.ts';
import type { Transport } from './client.ts';

export interface PreloadBridge {
  invoke(method: string, ...args: unknown[]): Promise<IpcReply>;
  on(listener: (message: WireEvent) => void): () => void;
}

export function ipcTransport(bridge: PreloadBridge): Transport {
  return {
    async call(method, args) {
      const reply = await bridge.invoke(method, ...args);
      if (!reply.ok) throw new ApiError(reply.error);
      return reply.result;
    },
    subscribe: (listener) => bridge.on(listener),
  };
}
