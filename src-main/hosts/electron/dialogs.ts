/**
 * The Electron main process's own dialogs, in the app's language (`useLocale`, set from the
 * system's languages before the first one shows): the run store that cannot open, and the system's
 * open and save dialogs for lab files. Apart from main.ts so that they run in tests without Electron.
 */
import { toErrorInfo, LayerLabError } from '../../contract/errors.ts';
import { errorSentence } from '../../contract/error-text.ts';
import { m } from '../../contract/i18n.ts';
import { LAB_EXTENSION } from '../../contract/lab.ts';
import { RunStore } from '../../store/run-store.ts';
import type { ElectronMain } from './electron-api.ts';

type Dialog = Pick<ElectronMain['dialog'], 'showErrorBox' | 'showMessageBoxSync'>;

/**
 * The run store at `file`, or null when the app must quit. A store too damaged to open gets a
 * dialog that offers to move it aside (kept) and start a new one with what can be read; anything
 * else that stops it from opening (a home folder that cannot be written, a newer LayerLab's store)
 * is said, and the app quits.
 */
export function openRunStoreOrAsk(dialog: Dialog, file: string): RunStore | null {
  try {
    return new RunStore(file);
  } catch (e) {
    const message = errorSentence(toErrorInfo(e));
    if (!(e instanceof LayerLabError && e.code === 'store-corrupt')) {
      dialog.showErrorBox(m.edialog_store_cannot_open(), message);
      return null;
    }
    const choice = dialog.showMessageBoxSync({
      type: 'error',
      title: m.edialog_store_damaged(),
      message,
      buttons: [m.edialog_store_move_aside(), m.edialog_quit()],
      defaultId: 0,
      cancelId: 1,
    });
    if (choice !== 0) return null;
    const { store, movedTo, copied } = RunStore.openAfterMovingAside(file);
    dialog.showMessageBoxSync({
      type: 'info',
      message: m.edialog_store_moved({ moved: movedTo, count: copied }),
    });
    return store;
  }
}

/** The system dialogs' titles and file types for opening and saving a lab. */
export function labFileDialogs() {
  return {
    // A Keras model JSON (model.to_json()) opens as a new lab too.
    open: {
      title: m.edialog_open_lab(),
      filters: [{ name: m.edialog_lab_or_keras(), extensions: ['json'] }],
    },
    save: {
      title: m.labdialog_save(),
      filters: [{ name: m.edialog_lab(), extensions: [LAB_EXTENSION.slice(1)] }],
    },
  };
}
