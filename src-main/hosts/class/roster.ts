/**
 * The class list of a class server: each student's name, folder id and sign-in code. Codes are six
 * characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown as "K7QM-2P"; the roster
 * is kept in `<class dir>/class.json`, and a class list file the teacher wrote is merged into it.
 */
import { randomInt } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { LayerLabError, said } from '../../contract/errors.ts';
import type { ErrorParam } from '../../contract/error-text.ts';
import { writeFileAtomic } from '../../store/safe-fs.ts';

export interface Student {
  /** The student's folder under `<class dir>/students/`. */
  id: string;
  name: string;
  /** Six characters of `CODE_ALPHABET`, without the dash. */
  code: string;
}

export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const CODE_LENGTH = 6;
const MAX_NAME = 80;

/** "K7QM2P" as it is read out: "K7QM-2P". */
export const showCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;

/** What a student typed, as stored: upper case, without dashes or spaces. */
export const normalizeCode = (text: string) => text.toUpperCase().replace(/[\s-]+/g, '');

export function isCode(code: string): boolean {
  return code.length === CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c));
}

export function newCode(taken: ReadonlySet<string>): string {
  for (;;) {
    let code = '';
    for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
    if (!taken.has(code)) return code;
  }
}

/** A folder name from a student's name: "Zoë O'Neil" -> "zoe-o-neil" (made unique with -2, -3). */
export function studentId(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'student';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** A name from the class list or the teacher's screen: trimmed, one line, not too long. */
export function cleanName(name: string, where: ErrorParam): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (!clean) throw new LayerLabError('usage', said('error_roster_no_name', { where }));
  if (clean.length > MAX_NAME)
    throw new LayerLabError(
      'usage',
      said('error_roster_long_name', { where, name: clean.slice(0, 20), max: MAX_NAME }),
    );
  return clean;
}

interface ListLine {
  /** The line as the teacher wrote it (kept when the file is written back). */
  text: string;
  entry?: { name: string; code?: string };
}

/**
 * A class list: one name per line, or `name,code`. Blank lines and lines starting with `#` are kept
 * as they are. One sentence naming the line for a bad code or a name given twice.
 */
export function parseClassList(text: string, file: string): ListLine[] {
  const seen = new Set<string>();
  return text.split(/\r?\n/).map((line, i) => {
    const where = said('error_roster_line', { line: i + 1, file: path.basename(file) });
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) return { text: line };
    const comma = trimmed.lastIndexOf(',');
    const name = cleanName(comma >= 0 ? trimmed.slice(0, comma) : trimmed, where);
    const given = comma >= 0 ? normalizeCode(trimmed.slice(comma + 1)) : '';
    if (given && !isCode(given))
      throw new LayerLabError(
        'usage',
        said('error_roster_bad_code', { where, code: trimmed.slice(comma + 1).trim() }),
      );
    if (seen.has(name.toLowerCase()))
      throw new LayerLabError('usage', said('error_roster_twice', { where, name }));
    seen.add(name.toLowerCase());
    return { text: line, entry: { name, code: given || undefined } };
  });
}

export class Roster {
  readonly students: Student[] = [];
  private readonly file: string;

  constructor(classDir: string) {
    this.file = path.join(classDir, 'class.json');
    if (!fs.existsSync(this.file)) return;
    let saved: { students?: unknown };
    try {
      saved = JSON.parse(fs.readFileSync(this.file, 'utf8'));
    } catch (e) {
      throw new LayerLabError(
        'corrupt',
        said('error_roster_not_roster', { file: this.file, detail: (e as Error).message }),
      );
    }
    for (const s of Array.isArray(saved.students) ? saved.students : []) {
      const { id, name, code } = s as Partial<Student>;
      if (typeof id === 'string' && typeof name === 'string' && typeof code === 'string')
        this.students.push({ id, name, code });
    }
  }

  byCode(code: string): Student | undefined {
    return this.students.find((s) => s.code === code);
  }

  byId(id: string): Student | undefined {
    return this.students.find((s) => s.id === id);
  }

  /** Adds a student with a new code (or `code`), and saves the roster. */
  add(name: string, code?: string): Student {
    const student: Student = {
      id: studentId(name, new Set(this.students.map((s) => s.id))),
      name,
      code: code ?? newCode(new Set(this.students.map((s) => s.code))),
    };
    this.students.push(student);
    this.save();
    return student;
  }

  /**
   * Merges a class list file: a name already on the roster keeps its folder (and takes the file's
   * code, if it gives one). Codes made for names without one are written back into the file;
   * returns false when the file could not be written (the start-up text lists the codes then).
   */
  mergeList(file: string): boolean {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      throw new LayerLabError(
        'not-found',
        said('error_roster_unreadable', {
          file,
          detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message,
        }),
      );
    }
    const lines = parseClassList(text, file);
    let madeCodes = false;
    for (const { entry } of lines) {
      if (!entry) continue;
      const known = this.students.find((s) => s.name.toLowerCase() === entry.name.toLowerCase());
      const owner = entry.code && this.byCode(entry.code);
      if (owner && owner !== known)
        throw new LayerLabError(
          'usage',
          said('error_roster_code_taken', {
            file: path.basename(file),
            code: showCode(entry.code!),
            name: entry.name,
            owner: owner.name,
          }),
        );
      if (known) known.code = entry.code ?? known.code;
      else this.add(entry.name, entry.code);
      madeCodes ||= !entry.code;
    }
    this.save();
    if (!madeCodes) return true;
    const withCodes = lines.map(({ text, entry }) => {
      if (!entry || entry.code) return text;
      const student = this.students.find((s) => s.name.toLowerCase() === entry.name.toLowerCase());
      return `${entry.name},${showCode(student!.code)}`;
    });
    try {
      writeFileAtomic(file, withCodes.join('\n'));
      return true;
    } catch {
      return false;
    }
  }

  private save(): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    writeFileAtomic(this.file, JSON.stringify({ students: this.students }, null, 2) + '\n');
  }
}
