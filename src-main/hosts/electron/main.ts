/**
 * The Electron host: one window on the built renderer, the application menu, and the LayerLab API
 * over IPC. Trainers run in utility processes; main only routes messages and writes the run store.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { API_METHODS, type AppCommand } from '../../contract/api.ts';
import { useLocale } from '../../contract/i18n.ts';
import { pickLocale } from '../../contract/locale.ts';
import { resolveDataDirs } from '../../data/data-dirs.ts';
import { probeBackend } from '../../engine/trainer-client.ts';
import { storePath } from '../../cli/context.ts';
import { dispatch, errorInfo } from '../dispatch.ts';
import { LayerLabService } from '../service.ts';
import { IPC_PREFIX, type IpcReply, type WireEvent } from '../../contract/wire.ts';
import { loadElectron, type BrowserWindowInstance, type ElectronMain } from './electron-api.ts';
import { labFileDialogs, openRunStoreOrAsk } from './dialogs.ts';
import { menuTemplate } from './menu.ts';
import { utilityTrainer } from './utility-trainer.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const TRAINER_ENTRY = path.join(here, 'trainer-process.js');
const PRELOAD = path.join(here, '../preload/index.cjs');
const RENDERER = path.join(here, '../renderer/index.html');
const ICON = path.join(here, '../../assets/icon.png');
const DEV_URL = process.env.ELECTRON_RENDERER_URL;

/** `--data-dir=DIR` or `--data-dir DIR` on the command line (after Electron's own arguments). */
function dataDirArg(argv: string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--data-dir' || a.startsWith('--data-dir='));
  if (i < 0) return undefined;
  return argv[i].includes('=') ? argv[i].slice('--data-dir='.length) : argv[i + 1];
}

function createWindow(electron: ElectronMain): BrowserWindowInstance {
  const win = new electron.BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1100,
    minHeight: 700,
    show: false,
    title: 'LayerLab',
    backgroundColor: '#f6f7f9',
    icon: ICON,
    webPreferences: {
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  // The app is one page: no navigation, no new windows; web links open in the system browser.
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void electron.shell.openExternal(url);
    return { action: 'deny' };
  });
  win.on('ready-to-show', () => win.show());
  // `npm run dev` (electron-vite dev) serves the renderer with hot reload; the app loads the build.
  if (DEV_URL) void win.loadURL(DEV_URL);
  else void win.loadFile(RENDERER);
  return win;
}

async function main() {
  const electron = loadElectron();
  const { app } = electron;
  app.setName('LayerLab');
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();
  // The main process's menu and dialogs speak the system's language (the page's own choice lives
  // in the page's storage).
  const locale = pickLocale(app.getPreferredSystemLanguages());
  useLocale(() => locale);

  const store = openRunStoreOrAsk(electron.dialog, storePath());
  if (!store) {
    app.exit(1);
    return;
  }
  const spawnTrainer = () => utilityTrainer(electron, TRAINER_ENTRY);
  let win: BrowserWindowInstance | null = null;
  const service = new LayerLabService({
    host: 'electron',
    pathPolicy: 'dialogs',
    store,
    dataDirs: resolveDataDirs({ dataDir: dataDirArg(process.argv) }),
    spawnTrainer,
    probeBackend: () => probeBackend(spawnTrainer),
    chooseLabPath: async (mode, suggestedName) => {
      const defaultPath = path.join(service.labs.labsDir, suggestedName ?? '');
      const { open, save } = labFileDialogs();
      if (mode === 'open') {
        const r = await electron.dialog.showOpenDialog({
          ...open,
          defaultPath,
          properties: ['openFile'],
        });
        return r.canceled ? null : (r.filePaths[0] ?? null);
      }
      const r = await electron.dialog.showSaveDialog({ ...save, defaultPath });
      return r.canceled ? null : (r.filePath ?? null);
    },
  });

  // Only our own page may call: the built renderer next to this file (or the dev server).
  const rendererUrl = pathToFileURL(RENDERER).href;
  const isOurs = (url: string | undefined) =>
    !!url &&
    (url.split(/[?#]/)[0] === rendererUrl ||
      (!!DEV_URL && new URL(url).origin === new URL(DEV_URL).origin));
  for (const method of API_METHODS) {
    electron.ipcMain.handle(IPC_PREFIX + method, async (event, ...args): Promise<IpcReply> => {
      if (!isOurs(event.senderFrame?.url))
        return {
          ok: false,
          error: { code: 'unauthorized', message: 'Only the LayerLab window may call the API.' },
        };
      try {
        return { ok: true, result: await dispatch(service, method, args) };
      } catch (e) {
        return { ok: false, error: errorInfo(e) };
      }
    });
  }
  const push = (message: WireEvent) => {
    if (win && !win.webContents.isDestroyed()) win.webContents.send(`${IPC_PREFIX}event`, message);
  };
  service.onRunEvent((data) => push({ event: 'run', data }));
  service.onAppCommand((data) => push({ event: 'command', data }));
  service.onGridEvent((data) => push({ event: 'grid', data }));

  const send = (command: AppCommand) => service.sendCommand(command);
  electron.Menu.setApplicationMenu(
    electron.Menu.buildFromTemplate(menuTemplate(send, process.platform === 'darwin')),
  );

  win = createWindow(electron);
  win.on('closed', () => (win = null));
  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('activate', () => {
    if (!win) {
      win = createWindow(electron);
      win.on('closed', () => (win = null));
    }
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Stop trainers cleanly so their finished epochs and weights are stored, then quit for real.
  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting) return;
    quitting = true;
    event.preventDefault();
    const timeout = new Promise((resolve) => setTimeout(resolve, 5000));
    void Promise.race([service.runs.stopAll(), timeout]).finally(async () => {
      await service.pool.close();
      store.close();
      app.exit(0);
    });
  });
}

void main();
