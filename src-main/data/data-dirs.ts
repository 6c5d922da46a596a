/**
 * Where LayerLab looks for datasets and keeps its own files. The order is the search order: the
 * first folder that holds a complete copy of a set wins.
 */
import os from 'node:os';
import path from 'node:path';

type Env = Record<string, string | undefined>;

/** System-wide folders, where Debian's `dataset-*` packages install (e.g. `dataset-fashion-mnist`). */
export const SYSTEM_DATA_DIRS = ['/usr/share/datasets', '/usr/local/share/datasets'];

/**
 * LayerLab's own folder for downloaded datasets, caches and the run store: `LAYERLAB_HOME` when set,
 * else the platform's per-user data folder.
 */
export function userDataDir(
  env: Env = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  if (env.LAYERLAB_HOME) return path.resolve(env.LAYERLAB_HOME);
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA || path.win32.join(home, 'AppData', 'Roaming'), 'LayerLab');
  }
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'LayerLab');
  const xdg = env.XDG_DATA_HOME;
  // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
  const base = xdg && path.isAbsolute(xdg) ? xdg : path.join(home, '.local', 'share');
  return path.join(base, 'layerlab');
}

/** The folder `layerlab datasets --download` writes to, and the one named in "missing set" hints. */
export function userDatasetsDir(env: Env = process.env): string {
  return path.join(userDataDir(env), 'datasets');
}

/** Where derived data (the tokenized IMDB reviews) is cached. */
export function userCacheDir(env: Env = process.env): string {
  return path.join(userDataDir(env), 'cache');
}

/**
 * The dataset folders to search, in order: `--data-dir`, `LAYERLAB_DATA_DIR` (several paths joined
 * by the platform's path delimiter), the user data folder's `datasets/`, then the system folders.
 * Duplicates are dropped; folders need not exist.
 */
export function resolveDataDirs(opts: { dataDir?: string; env?: Env } = {}): string[] {
  const env = opts.env ?? process.env;
  const dirs: string[] = [];
  if (opts.dataDir) dirs.push(opts.dataDir);
  if (env.LAYERLAB_DATA_DIR) dirs.push(...env.LAYERLAB_DATA_DIR.split(path.delimiter));
  dirs.push(userDatasetsDir(env), ...SYSTEM_DATA_DIRS);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const dir of dirs) {
    if (!dir.trim()) continue;
    const abs = path.resolve(dir);
    if (!seen.has(abs)) {
      seen.add(abs);
      out.push(abs);
    }
  }
  return out;
}
