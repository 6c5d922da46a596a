/**
 * Lab files on the host's disk: open, save, the recent list and the autosave slot. Every lab that
 * comes in or goes out passes `parseLab`, so a bad file gets a sentence and never reaches the editor.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AutosaveState, LabEntry, LabListing, OpenedLab } from '../contract/api.ts';
import { LayerLabError, said, type ErrorText } from '../contract/errors.ts';
import { DocumentError } from '../contract/graph.ts';
import { LAB_EXTENSION, parseLab, serializeLab, type LabFile } from '../contract/lab.ts';
import { readDocument } from '../store/read-document.ts';
import { writeFileAtomic } from '../store/safe-fs.ts';
import { labFromText, type LabText } from './lab-text.ts';
import type { PathAccess } from './path-policy.ts';

const RECENT_MAX = 12;

/** A lab file problem the user can fix, with a stable code for the UI. */
export class LabFileError extends LayerLabError {
  constructor(
    code:
      'not-found' | 'bad-path' | 'invalid-lab' | 'write-failed' | 'read-failed' | 'forbidden-path',
    message: string | ErrorText,
    file?: string,
  ) {
    super(code, message, file ? { file } : {});
    this.name = 'LabFileError';
  }
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

export class LabFiles {
  readonly labsDir: string;
  private readonly recentFile: string;
  private readonly autosaveFile: string;

  /**
   * `appDir` is the user data folder (`LAYERLAB_HOME` in tests); `guard` throws for a path the host
   * may not read or write (the browser host's sandbox).
   */
  constructor(
    appDir: string,
    private readonly guard: (file: string, access: PathAccess) => void = () => {},
  ) {
    this.labsDir = path.join(appDir, 'labs');
    this.recentFile = path.join(appDir, 'recent-labs.json');
    this.autosaveFile = path.join(appDir, 'autosave.json');
  }

  /** A bare name goes to the labs folder; every lab path ends in `.layerlab.json`. */
  resolve(input: string): string {
    const raw = String(input).trim();
    if (!raw) throw new LabFileError('bad-path', said('error_lab_no_name'));
    const withExt = raw.endsWith(LAB_EXTENSION)
      ? raw
      : `${raw.replace(/\.json$/, '')}${LAB_EXTENSION}`;
    const isBare = !/[\\/]/.test(withExt);
    return isBare ? path.join(this.labsDir, withExt) : path.resolve(this.labsDir, withExt);
  }

  /** A lab, or a Keras model JSON (`model.to_json()`), which opens as a new lab not yet saved. */
  open(input: string): OpenedLab {
    const file = this.resolveOpen(input);
    this.guard(file, 'read');
    // Capped, binary refused, and a sentence for a missing, unreadable or folder path.
    const opened = this.read(readDocument(file, 'lab'), file);
    if (!opened.kerasWarnings) this.remember(file);
    return { path: file, ...opened };
  }

  /** A file's text from elsewhere (an upload or a drop), read as `open` reads a file. */
  read(text: string, where: string): LabText {
    try {
      return labFromText(text, where);
    } catch (e) {
      if (e instanceof DocumentError) throw new LabFileError('invalid-lab', e.words, where);
      throw e;
    }
  }

  /** A `.json` that is not a `.layerlab.json` may be a Keras model JSON: it opens under its own name. */
  private resolveOpen(input: string): string {
    const raw = String(input).trim();
    if (!/\.json$/i.test(raw) || raw.endsWith(LAB_EXTENSION)) return this.resolve(raw);
    const file = path.resolve(this.labsDir, raw);
    return fs.existsSync(file) ? file : this.resolve(raw);
  }

  save(input: string, lab: LabFile): { path: string } {
    const file = this.resolve(input);
    this.guard(file, 'write');
    const checked = this.check(lab, file);
    writeFileAtomic(file, serializeLab(checked));
    this.remember(file);
    return { path: file };
  }

  list(): LabListing {
    const recent = this.recentPaths()
      .filter((p) => this.mayRead(p))
      .map((p) => this.entry(p))
      .filter((e): e is LabEntry => e !== null);
    let names: string[] = [];
    try {
      names = fs.readdirSync(this.labsDir).filter((n) => n.endsWith(LAB_EXTENSION));
    } catch {
      /* no labs saved yet */
    }
    const files = names
      .map((n) => this.entry(path.join(this.labsDir, n)))
      .filter((e): e is LabEntry => e !== null)
      .sort((a, b) => (b.modifiedAt ?? '').localeCompare(a.modifiedAt ?? ''));
    return { labsDir: this.labsDir, recent, files };
  }

  autosave(state: Omit<AutosaveState, 'savedAt'>): void {
    const lab = this.check(state.lab, 'the autosaved lab');
    const saved: AutosaveState = {
      lab,
      path: state.path ? this.resolve(state.path) : null,
      dirty: Boolean(state.dirty),
      savedAt: new Date().toISOString(),
    };
    writeFileAtomic(this.autosaveFile, JSON.stringify(saved));
  }

  /** The autosaved state; a damaged slot is ignored (and left on disk for a person to look at). */
  restore(): AutosaveState | null {
    const raw = readJson<AutosaveState>(this.autosaveFile);
    if (!raw || typeof raw !== 'object') return null;
    try {
      const lab = parseLab(raw.lab, 'the autosaved lab');
      return {
        lab,
        path: typeof raw.path === 'string' ? raw.path : null,
        dirty: Boolean(raw.dirty),
        savedAt: String(raw.savedAt),
      };
    } catch {
      return null;
    }
  }

  /** The recent list is shared with the desktop host, whose paths the browser host may not read. */
  private mayRead(file: string): boolean {
    try {
      this.guard(file, 'read');
      return true;
    } catch {
      return false;
    }
  }

  private check(lab: unknown, where: string): LabFile {
    try {
      return parseLab(lab, where);
    } catch (e) {
      if (e instanceof DocumentError) throw new LabFileError('invalid-lab', e.message);
      throw e;
    }
  }

  private entry(file: string): LabEntry | null {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      return null;
    }
    const json = readJson<{ name?: unknown }>(file);
    const name = typeof json?.name === 'string' ? json.name : path.basename(file, LAB_EXTENSION);
    return { path: file, name, modifiedAt: stat.mtime.toISOString() };
  }

  private recentPaths(): string[] {
    const list = readJson<unknown>(this.recentFile);
    return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string') : [];
  }

  private remember(file: string): void {
    const list = [file, ...this.recentPaths().filter((p) => p !== file)].slice(0, RECENT_MAX);
    try {
      writeFileAtomic(this.recentFile, JSON.stringify(list, null, 2));
    } catch {
      /* the recent list is a convenience; never fail a save over it */
    }
  }
}
