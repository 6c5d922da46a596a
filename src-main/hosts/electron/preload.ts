/**
 * The whole preload: `window.layerlab.invoke(method, ...args)` and `window.layerlab.on(listener)`,
 * on LayerLab's own channels only. Main checks the method and its arguments again.
 */
import { IPC_PREFIX, type IpcReply, type WireEvent } from '../../contract/wire.ts';

interface PreloadElectron {
  contextBridge: { exposeInMainWorld(key: string, api: unknown): void };
  ipcRenderer: {
    invoke(channel: string, ...args: unknown[]): Promise<unknown>;
    on(channel: string, listener: (event: unknown, message: unknown) => void): void;
    removeListener(channel: string, listener: (event: unknown, message: unknown) => void): void;
  };
}

// A sandboxed preload is CommonJS with a `require` limited to 'electron' (see electron.config.ts).
const { contextBridge, ipcRenderer } = require('electron') as PreloadElectron;

contextBridge.exposeInMainWorld('layerlab', {
  invoke: (method: string, ...args: unknown[]) =>
    ipcRenderer.invoke(IPC_PREFIX + String(method), ...args) as Promise<IpcReply>,
  on: (listener: (message: WireEvent) => void) => {
    const handler = (_event: unknown, message: unknown) => listener(message as WireEvent);
    ipcRenderer.on(`${IPC_PREFIX}event`, handler);
    return () => ipcRenderer.removeListener(`${IPC_PREFIX}event`, handler);
  },
});
