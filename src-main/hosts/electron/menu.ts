/** The application menu: File and Edit items become `AppCommand`s that the UI carries out. */
import type { AppCommand } from '../../contract/api.ts';
import { m } from '../../contract/i18n.ts';
import type { MenuItemOptions } from './electron-api.ts';

export function menuTemplate(
  send: (command: AppCommand) => void,
  isMac: boolean,
): MenuItemOptions[] {
  const item = (label: string, command: AppCommand, accelerator?: string): MenuItemOptions => ({
    label,
    accelerator,
    click: () => send(command),
  });
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: m.menu_file(),
      submenu: [
        item(m.menu_new_lab(), 'new-lab', 'CmdOrCtrl+N'),
        item(m.menu_open_lab(), 'open-lab', 'CmdOrCtrl+O'),
        { type: 'separator' },
        item(m.topbar_save(), 'save-lab', 'CmdOrCtrl+S'),
        item(m.menu_save_as(), 'save-lab-as', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        item(m.topbar_keras_import(), 'import-keras-code'),
        item(m.menu_export_python(), 'export-python'),
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    {
      label: m.menu_edit(),
      submenu: [
        // Undo and redo go to the editor's history (text fields handle their own keys first).
        item(m.topbar_undo(), 'undo', 'CmdOrCtrl+Z'),
        item(m.topbar_redo(), 'redo', 'CmdOrCtrl+Shift+Z'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: m.menu_run(),
      submenu: [
        item(m.runbar_train(), 'train', 'CmdOrCtrl+Enter'),
        item(m.runbar_stop(), 'stop', 'CmdOrCtrl+.'),
      ],
    },
    {
      label: m.menu_view(),
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        { role: 'toggleDevTools' },
      ],
    },
    { role: 'windowMenu' },
  ];
}
