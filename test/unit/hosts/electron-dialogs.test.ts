import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inLocale } from '../../../src-main/contract/i18n.ts';
import { labFileDialogs, openRunStoreOrAsk } from '../../../src-main/hosts/electron/dialogs.ts';

type MessageBox = { type: string; title?: string; message: string; buttons?: string[] };

/** A stand-in for Electron's `dialog`: records what it was asked to show, answers `choice`. */
function fakeDialog(choice: number) {
  const shown: { errorBox: [string, string][]; boxes: MessageBox[] } = { errorBox: [], boxes: [] };
  return {
    shown,
    dialog: {
      showErrorBox: (title: string, content: string) => void shown.errorBox.push([title, content]),
      showMessageBoxSync: (options: MessageBox) => (shown.boxes.push(options), choice),
    },
  };
}

const dirs: string[] = [];
function damagedStore(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-edialog-'));
  dirs.push(dir);
  const file = path.join(dir, 'runs.sqlite');
  fs.writeFileSync(file, 'this is not a database '.repeat(400));
  return file;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the Electron main process dialogs, in the app language', () => {
  it('offers to move a damaged store aside, in Chinese, and opens a new one when told to', () => {
    const file = damagedStore();
    const { dialog, shown } = fakeDialog(0);
    const store = inLocale('zh-Hans', () => openRunStoreOrAsk(dialog, file));
    expect(store).not.toBeNull();
    store!.close();
    const [ask, done] = shown.boxes;
    expect(ask).toMatchObject({
      type: 'error',
      title: '运行记录库已损坏',
      buttons: ['把它移到一旁并新建记录库', '退出'],
    });
    expect(ask!.message).toContain(file);
    expect(ask!.message).toMatch(/[\u4e00-\u9fff]/);
    const moved = fs
      .readdirSync(path.dirname(file))
      .find((f) => f !== 'runs.sqlite' && !f.includes('-wal') && !f.includes('-shm'));
    expect(moved, 'the damaged store is kept beside the new one').toBeDefined();
    expect(done!.message).toContain(path.join(path.dirname(file), moved!));
    expect(done!.message).toContain('已复制到新的记录库');
    expect(shown.errorBox).toEqual([]);
  });

  it('quits on "Quit" and leaves the damaged store where it was', () => {
    const file = damagedStore();
    const before = fs.readFileSync(file);
    const { dialog, shown } = fakeDialog(1);
    expect(inLocale('en', () => openRunStoreOrAsk(dialog, file))).toBeNull();
    expect(shown.boxes).toHaveLength(1);
    expect(shown.boxes[0]).toMatchObject({
      title: 'The run store is damaged',
      buttons: ['Move it aside and start a new store', 'Quit'],
    });
    expect(fs.readdirSync(path.dirname(file))).toEqual(['runs.sqlite']);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('says why a store cannot open at all, and quits', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-edialog-'));
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, 'a-file'), '');
    const file = path.join(dir, 'a-file', 'runs.sqlite'); // its folder is a file
    const { dialog, shown } = fakeDialog(0);
    expect(inLocale('zh-Hant', () => openRunStoreOrAsk(dialog, file))).toBeNull();
    expect(shown.boxes).toEqual([]);
    expect(shown.errorBox).toHaveLength(1);
    const [title, content] = shown.errorBox[0]!;
    expect(title).toBe('LayerLab 無法開啟它的執行紀錄庫');
    expect(content).toContain(file);
  });

  it('titles the open and save dialogs and names their file types', () => {
    expect(inLocale('en', labFileDialogs)).toEqual({
      open: {
        title: 'Open lab',
        filters: [{ name: 'LayerLab lab or Keras model JSON', extensions: ['json'] }],
      },
      save: {
        title: 'Save lab',
        filters: [{ name: 'LayerLab lab', extensions: ['layerlab.json'] }],
      },
    });
    expect(inLocale('zh-Hant', labFileDialogs)).toMatchObject({
      open: { title: '開啟實驗', filters: [{ name: 'LayerLab 實驗或 Keras 模型 JSON' }] },
      save: { title: '儲存實驗', filters: [{ name: 'LayerLab 實驗' }] },
    });
  });
});
