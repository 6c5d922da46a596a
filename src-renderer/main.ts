/**
 * Entry: picks the transport the host offers (Electron's preload bridge, else the browser host's
 * WebSocket) and mounts the app. Nothing below this file knows which host it runs on.
 */
import '@xyflow/svelte/dist/style.css';
import './styles.css';
import { mount } from 'svelte';
import type { LayerLabApi } from '../src-main/contract/api.ts';
import App from './App.svelte';
import NoConnection from './components/NoConnection.svelte';
import { createApi } from './api/client.ts';
import { ipcTransport, type PreloadBridge } from './api/ipc-transport.ts';
import { socketUrl, wsTransport, type ConnectionState } from './api/ws-transport.ts';
import { AppState } from './state/app.svelte.ts';
import { followLanguage } from './state/language.svelte.ts';

followLanguage();
const target = document.getElementById('app')!;
const bridge = (window as { layerlab?: PreloadBridge }).layerlab;
const url = bridge ? null : socketUrl(window.location);

if (!bridge && !url) {
  mount(NoConnection, { target });
} else {
  let app: AppState | null = null;
  const onState = (state: ConnectionState) => {
    if (app) app.connection = state;
  };
  const api: LayerLabApi = createApi(bridge ? ipcTransport(bridge) : wsTransport(url!, onState));
  app = new AppState(api);
  mount(App, { target, props: { app } });
}
