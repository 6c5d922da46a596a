/**
 * File-system writes for everything LayerLab keeps on disk (labs, exports, the store's folder,
 * caches): folders made one level at a time, files written atomically, and every system error turned
 * into one sentence that names the path and says what to do.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LayerLabError, type ErrorCode } from '../contract/errors.ts';

type Action = 'read' | 'write' | 'create the folder';

/** A system error (`ENOSPC`, `EACCES`, `EISDIR`…) as a `LayerLabError` naming `file`. */
export function fsError(e: unknown, file: string, action: Action): LayerLabError {
  if (e instanceof LayerLabError) return e;
  const errno = (e as NodeJS.ErrnoException)?.code;
  const fail: ErrorCode = action === 'read' ? 'read-failed' : 'write-failed';
  const verb = action === 'read' ? 'read' : action === 'write' ? 'write' : 'create the folder';
  const [code, why]: [ErrorCode, string] = (() => {
    switch (errno) {
      case 'ENOSPC':
      case 'EDQUOT':
        return ['disk-full', 'the disk is full; free some space and try again'];
      case 'EACCES':
      case 'EPERM':
        return [fail, 'permission denied; choose a folder you can write to'];
      case 'EROFS':
        return [fail, 'it is on a read-only file system; choose another folder'];
      case 'EISDIR':
        return ['bad-path', 'it is a folder, not a file; give a file name inside it'];
      case 'ENOTDIR':
        return ['bad-path', 'a part of the path is a file, not a folder'];
      case 'EEXIST':
        return ['bad-path', 'a file is already there where a folder is needed'];
      case 'ENOENT':
        if (action === 'read') return ['not-found', 'it does not exist'];
        return [
          'bad-path',
          action === 'write'
            ? 'its folder does not exist'
            : 'folders cannot be made in that place; choose another folder',
        ];
      case 'ENAMETOOLONG':
        return ['bad-path', 'the path is too long'];
      case 'ELOOP':
        return ['bad-path', 'it is a loop of symbolic links'];
      case 'EMFILE':
      case 'ENFILE':
        return [fail, 'too many files are open; close some programs and try again'];
      default:
        return [fail, `the system said ${errno ?? (e as Error)?.message ?? String(e)}`];
    }
  })();
  return new LayerLabError(code, `Could not ${verb} ${file}: ${why}.`, { file });
}

/**
 * `mkdir -p`, one level at a time. Node's recursive mkdir spins forever where a parent exists but
 * answers ENOENT for a child (anything under /proc, a dangling symlink): it takes ENOENT as "make the
 * parent first" and loops. Here each level is made once, and the first failure is the sentence.
 */
export function ensureDir(dir: string): void {
  const target = path.resolve(dir);
  const missing: string[] = [];
  let at = target;
  for (;;) {
    let stat: fs.Stats | null = null;
    try {
      stat = fs.statSync(at);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw fsError(e, at, 'create the folder');
    }
    if (stat) {
      if (!stat.isDirectory())
        throw fsError(
          Object.assign(new Error('not a folder'), { code: 'ENOTDIR' }),
          target,
          'create the folder',
        );
      break;
    }
    missing.push(at);
    const parent = path.dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const d of missing.reverse()) {
    try {
      fs.mkdirSync(d);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST' && isDirectory(d)) continue;
      throw fsError(e, target, 'create the folder');
    }
  }
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Writes through a temporary file in the same folder and a rename, so a crash or a full disk never
 * leaves half a file; the temporary file is removed when the write fails.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  ensureDir(path.dirname(file));
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw fsError(e, file, 'write');
  }
}
