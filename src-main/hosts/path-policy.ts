/**
 * Which paths a request may name. The desktop host's user picks paths with the system's dialogs, so
 * any path goes ('dialogs'). The browser host serves whoever holds the token, so there a path must
 * lie inside the labs folder, the exports folder or a data folder ('sandboxed'), checked after
 * symbolic links are resolved, so a link inside an allowed folder cannot lead out of it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { said } from '../contract/error-text.ts';
import { HostError } from './dispatch.ts';

export type PathPolicyMode = 'dialogs' | 'sandboxed';

/** What a checked path is for, as the refusal words it ("for labs"). */
const PURPOSE = {
  labs: 'error_path_for_labs',
  datasets: 'error_path_for_datasets',
  exports: 'error_path_for_exports',
  reports: 'error_path_for_reports',
} as const;

/** What a request does with a path: reads lab files and data, or writes labs and exports. */
export type PathAccess = 'read' | 'write';

export interface AllowedFolders {
  labs: string;
  exports: string;
  data: string[];
}

/** The real path of `p`: symlinks resolved in the part that exists, the rest appended as given. */
export function realPathOf(p: string): string {
  const absolute = path.resolve(p);
  const rest: string[] = [];
  let at = absolute;
  for (;;) {
    try {
      return path.join(fs.realpathSync.native(at), ...rest.reverse());
    } catch {
      const parent = path.dirname(at);
      if (parent === at) return absolute;
      rest.push(path.basename(at));
      at = parent;
    }
  }
}

function isInside(file: string, folder: string): boolean {
  const rel = path.relative(folder, file);
  return rel === '' || (rel.split(path.sep)[0] !== '..' && !path.isAbsolute(rel));
}

export class PathPolicy {
  constructor(
    readonly mode: PathPolicyMode,
    private readonly folders: AllowedFolders,
  ) {}

  /** The folders a request may `access` in this mode (empty: any path). */
  allowed(access: PathAccess): string[] {
    if (this.mode === 'dialogs') return [];
    const { labs, exports, data } = this.folders;
    // Data folders are read, never written: a request cannot plant a file among the datasets.
    return access === 'write' ? [labs, exports] : [labs, exports, ...data];
  }

  /** Throws 'forbidden-path' with a sentence naming `file` and the allowed folders. */
  check(file: string, access: PathAccess, what: keyof typeof PURPOSE): void {
    const folders = this.allowed(access);
    if (this.mode === 'dialogs') return;
    const real = realPathOf(file);
    if (folders.some((folder) => isInside(real, realPathOf(folder)))) return;
    const named = path.resolve(file);
    throw new HostError(
      'forbidden-path',
      said(access === 'write' ? 'error_path_outside_writes' : 'error_path_outside_reads', {
        file: real === named ? named : said('error_path_leads_to', { file: named, real }),
        what: said(PURPOSE[what]),
        folders: folders.join(', '),
      }),
    );
  }
}
