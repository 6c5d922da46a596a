/**
 * File-system writes for everything LayerLab keeps on disk (labs, exports, the store's folder,
 * caches): folders made one level at a time, files written atomically, and every system error turned
 * into one sentence that names the path and says what to do.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LayerLabError, said, type ErrorCode, type ErrorText } from '../contract/errors.ts';

type Action = 'read' | 'write' | 'create the folder';

const ACTIONS: Record<Action, ErrorText> = {
  read: said('error_fs_action_read'),
  write: said('error_fs_action_write'),
  'create the folder': said('error_fs_action_mkdir'),
};

/** A system error (`ENOSPC`, `EACCES`, `EISDIR`…) as a `LayerLabError` naming `file`. */
export function fsError(e: unknown, file: string, action: Action): LayerLabError {
  if (e instanceof LayerLabError) return e;
  const errno = (e as NodeJS.ErrnoException)?.code;
  const fail: ErrorCode = action === 'read' ? 'read-failed' : 'write-failed';
  const [code, why]: [ErrorCode, ErrorText] = (() => {
    switch (errno) {
      case 'ENOSPC':
      case 'EDQUOT':
        return ['disk-full', said('error_fs_disk_full')];
      case 'EACCES':
      case 'EPERM':
        return [fail, said('error_fs_permission')];
      case 'EROFS':
        return [fail, said('error_fs_read_only')];
      case 'EISDIR':
        return ['bad-path', said('error_fs_is_folder')];
      case 'ENOTDIR':
        return ['bad-path', said('error_fs_not_folder')];
      case 'EEXIST':
        return ['bad-path', said('error_fs_exists')];
      case 'ENOENT':
        if (action === 'read') return ['not-found', said('error_fs_missing')];
        return [
          'bad-path',
          said(action === 'write' ? 'error_fs_no_parent' : 'error_fs_cannot_mkdir'),
        ];
      case 'ENAMETOOLONG':
        return ['bad-path', said('error_fs_too_long')];
      case 'ELOOP':
        return ['bad-path', said('error_fs_loop')];
      case 'EMFILE':
      case 'ENFILE':
        return [fail, said('error_fs_too_many_open')];
      default:
        return [
          fail,
          said('error_fs_system', { detail: errno ?? (e as Error)?.message ?? String(e) }),
        ];
    }
  })();
  return new LayerLabError(code, said('error_fs_failed', { action: ACTIONS[action], file, why }), {
    file,
  });
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
