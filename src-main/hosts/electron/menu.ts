/** The application menu: File and Edit items become `AppCommand`s that the UI carries out. */
import type { AppCommand } from '../../contract/api.ts';
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
      label: 'File',
      submenu: [
        item('New Lab', 'new-lab', 'CmdOrCtrl+N'),
        item('Open Lab…', 'open-lab', 'CmdOrCtrl+O'),
        { type: 'separator' },
        item('Save', 'save-lab', 'CmdOrCtrl+S'),
        item('Save As…', 'save-lab-as', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        item('Import Keras Code…', 'import-keras-code'),
        item('Export Python Script…', 'export-python'),
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        // Undo and redo go to the editor's history (text fields handle their own keys first).
        item('Undo', 'undo', 'CmdOrCtrl+Z'),
        item('Redo', 'redo', 'CmdOrCtrl+Shift+Z'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'Run',
      submenu: [item('Train', 'train', 'CmdOrCtrl+Enter'), item('Stop', 'stop', 'CmdOrCtrl+.')],
    },
    {
      label: 'View',
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
