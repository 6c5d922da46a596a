/**
 * Whether a checkout's bundle is current. From a checkout, LayerLab runs its TypeScript sources
 * bundled into one file each (the trainer: engine/trainer-bundle.ts; the command line:
 * cli/cli-bundle.ts) instead of compiling hundreds of modules under tsx at every start; a bundle is
 * rebuilt when a source is newer. Plain JavaScript, so the `layerlab` launcher checks its bundle
 * without loading tsx; the renderer's build uses the same test.
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * The newest modification time of `file` or, for a folder, of anything under it, in ms (a folder's
 * own counts, so a removed file does too); 0 when it does not exist.
 */
export function newestMtime(file) {
  let stat;
  try {
    stat = fs.statSync(file);
  } catch {
    return 0;
  }
  let newest = stat.mtimeMs;
  if (stat.isDirectory())
    for (const name of fs.readdirSync(file))
      newest = Math.max(newest, newestMtime(path.join(file, name)));
  return newest;
}

/** True when `bundle` exists and nothing under `sources` (files or folders) is newer than it. */
export function bundleIsFresh(bundle, sources) {
  let built;
  try {
    built = fs.statSync(bundle).mtimeMs;
  } catch {
    return false;
  }
  return sources.every((source) => newestMtime(source) <= built);
}
