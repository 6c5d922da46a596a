import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDirs, userDataDir } from '../../../src-main/data/data-dirs.ts';

describe('userDataDir', () => {
  it('follows LAYERLAB_HOME first, then the platform convention', () => {
    const home = '/home/ada';
    expect(userDataDir({ LAYERLAB_HOME: '/srv/ll', XDG_DATA_HOME: '/x' }, 'linux', home)).toBe(
      '/srv/ll',
    );
    expect(userDataDir({ XDG_DATA_HOME: '/xdg' }, 'linux', home)).toBe('/xdg/layerlab');
    expect(userDataDir({}, 'linux', home)).toBe('/home/ada/.local/share/layerlab');
    // A relative XDG_DATA_HOME is invalid by the spec and ignored.
    expect(userDataDir({ XDG_DATA_HOME: 'rel' }, 'linux', home)).toBe(
      '/home/ada/.local/share/layerlab',
    );
    expect(userDataDir({}, 'darwin', home)).toBe('/home/ada/Library/Application Support/LayerLab');
    expect(userDataDir({ APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, 'win32', home)).toBe(
      'C:\\Users\\ada\\AppData\\Roaming\\LayerLab',
    );
  });
});

describe('resolveDataDirs', () => {
  it('searches --data-dir, LAYERLAB_DATA_DIR, the user folder, then the system folders', () => {
    const env = {
      LAYERLAB_HOME: '/home/ada/ll',
      LAYERLAB_DATA_DIR: ['/data/a', '/data/b'].join(path.delimiter),
    };
    expect(resolveDataDirs({ dataDir: '/cli/dir', env })).toEqual([
      '/cli/dir',
      '/data/a',
      '/data/b',
      '/home/ada/ll/datasets',
      '/usr/share/datasets',
      '/usr/local/share/datasets',
    ]);
  });

  it('leaves out what is not given, resolves relative paths and drops duplicates', () => {
    const env = { LAYERLAB_HOME: '/h', LAYERLAB_DATA_DIR: `/usr/share/datasets${path.delimiter}` };
    expect(resolveDataDirs({ env })).toEqual([
      '/usr/share/datasets',
      '/h/datasets',
      '/usr/local/share/datasets',
    ]);
    expect(resolveDataDirs({ dataDir: 'rel', env: { LAYERLAB_HOME: '/h' } })[0]).toBe(
      path.resolve('rel'),
    );
  });
});
