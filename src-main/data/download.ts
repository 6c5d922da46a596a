/**
 * Fetching a missing built-in set from its official mirror. Never automatic: the CLI's
 * `layerlab datasets --download NAME` calls this. Each file is streamed to a temporary file beside
 * its destination and renamed only when its md5 matches, so a failed download leaves nothing behind.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { said } from '../contract/error-text.ts';
import type { BuiltinDatasetName } from '../contract/datasets.ts';
import { BUILTIN_SETS } from './builtins.ts';
import { DataError } from './dataset.ts';
import { ensureDir } from '../store/safe-fs.ts';

export interface DownloadOptions {
  /** The data folder to fill; files go to `<targetDir>/<set folder>/` (e.g. `mnist/`). */
  targetDir: string;
  onProgress?: (p: { phase: string; fraction: number }) => void;
  /** Another mirror holding the same file names (tests use a local server). */
  baseUrl?: string;
  /** md5 per file name, instead of the official ones (tests serve files of their own). */
  checksums?: Record<string, string>;
}

async function md5Of(file: string): Promise<string | null> {
  try {
    const hash = crypto.createHash('md5');
    for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
    return hash.digest('hex');
  } catch {
    return null;
  }
}

async function fetchTo(url: string, dest: string, md5: string, onFraction: (f: number) => void) {
  const folder = path.dirname(dest);
  const byHand = said('error_download_by_hand', { folder: `${folder}${path.sep}` });
  let res: Response;
  try {
    res = await fetch(url, { redirect: 'follow' });
  } catch (err) {
    const cause =
      (err as { cause?: { message?: string } }).cause?.message ?? (err as Error).message;
    throw new DataError(
      'download',
      said('error_download_unreachable', { url, cause, byHand }),
      dest,
    );
  }
  if (!res.ok || !res.body) {
    throw new DataError(
      'download',
      said('error_download_http', { url, status: `${res.status} ${res.statusText}`, byHand }),
      dest,
    );
  }
  const total = Number(res.headers.get('content-length')) || 0;
  const tmp = `${dest}.${process.pid}.part`;
  const hash = crypto.createHash('md5');
  let received = 0;
  const out = await fs.promises.open(tmp, 'w');
  try {
    const reader = res.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      hash.update(value);
      await out.write(value);
      received += value.length;
      if (total) onFraction(Math.min(1, received / total));
    }
    await out.close();
    const got = hash.digest('hex');
    if (got !== md5) {
      throw new DataError(
        'download',
        said('error_download_md5', { url, got, md5, received, byHand }),
        dest,
      );
    }
    await fs.promises.rename(tmp, dest);
  } catch (err) {
    await out.close().catch(() => {});
    await fs.promises.rm(tmp, { force: true });
    if (err instanceof DataError) throw err;
    const detail = err instanceof Error ? err.message : String(err);
    throw new DataError('download', said('error_download_broke', { url, detail, byHand }), dest);
  }
}

/** Downloads every file of `name` that is not already there with the right checksum; returns the folder. */
export async function downloadDataset(
  name: BuiltinDatasetName,
  opts: DownloadOptions,
): Promise<string> {
  const plan = BUILTIN_SETS[name].download;
  const folder = path.join(opts.targetDir, plan.folder);
  const base = opts.baseUrl ?? plan.baseUrl;
  try {
    ensureDir(folder);
  } catch (err) {
    throw new DataError(
      'download',
      said('error_download_mkdir', { folder, detail: (err as Error).message }),
      folder,
    );
  }
  for (const file of plan.files) {
    const md5 = opts.checksums?.[file.name] ?? file.md5;
    const dest = path.join(folder, file.name);
    const phase = `download ${file.name}`;
    if ((await md5Of(dest)) === md5) {
      opts.onProgress?.({ phase, fraction: 1 });
      continue;
    }
    const url = new URL(file.name, base.endsWith('/') ? base : base + '/').href;
    opts.onProgress?.({ phase, fraction: 0 });
    await fetchTo(url, dest, md5, (fraction) => opts.onProgress?.({ phase, fraction }));
    opts.onProgress?.({ phase, fraction: 1 });
  }
  return folder;
}
