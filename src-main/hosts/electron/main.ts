/**
 * The Electron host: one window on the built renderer, the application menu, and the LayerLab API
 * over IPC. Trainers run in utility processes; main only routes messages and writes the run store.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { API_METHODS, type AppCommand } from '../../contract/api.ts';
import { LayerLabError, toErrorInfo } from '../../contract/errors.ts';
import { useLocale } from '../../contract/i18n.ts';
import { LAB_EXTENSION } from '../../contract/lab.ts';
import { pickLocale } from '../../contract/locale.ts';
import { resolveDataDirs } from '../../data/data-dirs.ts';
import { probeBackend } from '../../engine/trainer-client.ts';
import { RunStore } from '../../store/run-store.ts';
import { storePath } from '../../cli/context.ts';
import { dispatch, errorInfo } from '../dispatch.ts';
import { LayerLabService } from '../service.ts';
import { IPC_PREFIX, type IpcReply, type WireEvent } from '../../contract/wire.ts';
import { loadElectron, type BrowserWindowInstance, type ElectronMain } from './electron-api.ts';
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

/**
 * The run store, or null when the app must quit. A store too damaged to open gets a dialog that
 * offers to move it aside (kept) and start a new one with what can be read; anything else that stops
 * it from opening (a home folder that cannot be written, a newer LayerLab's store) is said and quits.
 */
function openRunStore(electron: ElectronMain, file: string): RunStore | null {
  const { app, dialog } = electron;
  try {
    return new RunStore(file);
  } catch (e) {
    const message = toErrorInfo(e).message;
    if (!(e instanceof LayerLabError && e.code === 'store-corrupt')) {
      dialog.showErrorBox('LayerLab cannot open its run store', message);
      app.exit(1);
      return null;
    }
    const choice = dialog.showMessageBoxSync({
      type: 'error',
      title: 'The run store is damaged',
      message,
      buttons: ['Move it aside and start a new store', 'Quit'],
      defaultId: 0,
      cancelId: 1,
    });
    if (choice !== 0) {
      app.exit(1);
      return null;
    }
    const { store, movedTo, copied } = RunStore.openAfterMovingAside(file);
    dialog.showMessageBoxSync({
      type: 'info',
      message: `The damaged run store was moved to ${movedTo} and kept as it was; ${copied === 1 ? '1 readable row was' : `${copied} readable rows were`} copied into the new store.`,
    });
    return store;
  }
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

  const store = openRunStore(electron, storePath());
  if (!store) return;
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
      const filters = [{ name: 'LayerLab lab', extensions: [LAB_EXTENSION.slice(1)] }];
      const defaultPath = path.join(service.labs.labsDir, suggestedName ?? '');
      if (mode === 'open') {
        const r = await electron.dialog.showOpenDialog({
          title: 'Open lab',
          defaultPath,
          // A Keras model JSON (model.to_json()) opens as a new lab too.
          filters: [{ name: 'LayerLab lab or Keras model JSON', extensions: ['json'] }],
          properties: ['openFile'],
        });
        return r.canceled ? null : (r.filePaths[0] ?? null);
      }
      const r = await electron.dialog.showSaveDialog({ title: 'Save lab', defaultPath, filters });
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
  // The menu speaks the system's language (the page's own choice lives in the page's storage).
  const locale = pickLocale(app.getPreferredSystemLanguages());
  useLocale(() => locale);
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
