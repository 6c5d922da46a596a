/**
 * The part of Electron's API the host uses, typed here because the `electron` package (types and
 * binary) is an optional dependency that is absent on machines that only run the browser host, and
 * `tsc` must pass there too. Each name and signature is Electron 38's (a subset of `electron.d.ts`).
 */
import { createRequire } from 'node:module';

export interface IpcMainInvokeEvent {
  senderFrame: { url: string } | null;
}

export interface WebContents {
  send(channel: string, ...args: unknown[]): void;
  on(
    event: 'will-navigate',
    listener: (event: { preventDefault(): void }, url: string) => void,
  ): this;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  isDestroyed(): boolean;
}

export interface BrowserWindowInstance {
  webContents: WebContents;
  loadFile(filePath: string): Promise<void>;
  loadURL(url: string): Promise<void>;
  on(event: 'closed' | 'ready-to-show', listener: () => void): this;
  show(): void;
  focus(): void;
  isMinimized(): boolean;
  restore(): void;
}

export interface BrowserWindowOptions {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  show: boolean;
  title: string;
  backgroundColor: string;
  icon?: string;
  webPreferences: {
    preload: string;
    contextIsolation: true;
    sandbox: true;
    nodeIntegration: false;
    webSecurity: true;
    spellcheck: boolean;
  };
}

export interface MenuItemOptions {
  label?: string;
  role?:
    | 'quit'
    | 'cut'
    | 'copy'
    | 'paste'
    | 'selectAll'
    | 'reload'
    | 'toggleDevTools'
    | 'resetZoom'
    | 'zoomIn'
    | 'zoomOut'
    | 'togglefullscreen'
    | 'about'
    | 'appMenu'
    | 'windowMenu';
  type?: 'separator';
  accelerator?: string;
  click?: () => void;
  submenu?: MenuItemOptions[];
}

export interface UtilityProcessChild {
  postMessage(message: unknown): void;
  on(event: 'spawn', listener: () => void): this;
  on(event: 'message', listener: (message: unknown) => void): this;
  on(event: 'exit', listener: (code: number) => void): this;
  stderr: NodeJS.ReadableStream | null;
  kill(): boolean;
}

export interface ElectronMain {
  app: {
    whenReady(): Promise<void>;
    requestSingleInstanceLock(): boolean;
    quit(): void;
    exit(code?: number): void;
    getPath(name: 'userData'): string;
    getVersion(): string;
    /** The system's languages, most preferred first (Electron 14 and later). */
    getPreferredSystemLanguages(): string[];
    setName(name: string): void;
    on(event: 'second-instance' | 'window-all-closed' | 'activate', listener: () => void): unknown;
    on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  };
  BrowserWindow: {
    new (options: BrowserWindowOptions): BrowserWindowInstance;
    getAllWindows(): BrowserWindowInstance[];
  };
  ipcMain: {
    handle(
      channel: string,
      listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>,
    ): void;
  };
  Menu: {
    buildFromTemplate(template: MenuItemOptions[]): unknown;
    setApplicationMenu(menu: unknown): void;
  };
  dialog: {
    showOpenDialog(options: {
      title: string;
      defaultPath?: string;
      filters: { name: string; extensions: string[] }[];
      properties: 'openFile'[];
    }): Promise<{ canceled: boolean; filePaths: string[] }>;
    showSaveDialog(options: {
      title: string;
      defaultPath?: string;
      filters: { name: string; extensions: string[] }[];
    }): Promise<{ canceled: boolean; filePath?: string }>;
    showErrorBox(title: string, content: string): void;
    showMessageBoxSync(options: {
      type: 'error' | 'info';
      title?: string;
      message: string;
      buttons?: string[];
      defaultId?: number;
      cancelId?: number;
    }): number;
  };
  shell: { openExternal(url: string): Promise<void> };
  utilityProcess: {
    fork(
      modulePath: string,
      args: string[],
      options: { serviceName: string; stdio: 'pipe'; env?: NodeJS.ProcessEnv },
    ): UtilityProcessChild;
  };
}

/** Electron's main-process module; only callable inside Electron. */
export function loadElectron(): ElectronMain {
  return createRequire(import.meta.url)('electron') as ElectronMain;
}
