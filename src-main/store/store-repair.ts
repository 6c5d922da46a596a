/**
 * Moving a damaged run store aside: the file (with its -wal and -shm) is renamed, never deleted, and
 * a fresh store gets every row that can still be read from it, one row at a time, so one bad page
 * costs the rows on it and not the rest.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { LayerLabError, said } from '../contract/errors.ts';
import { fsError } from './safe-fs.ts';

/** What `moveStoreAside` did: where the damaged file went and how many rows were copied back. */
export interface RepairResult {
  movedTo: string;
  /** Rows copied into the new store (runs, epochs, weights, insights, grids and their trials). */
  copied: number;
}

/** Parents before children, so the foreign keys hold as rows arrive. */
const TABLES = ['runs', 'grids', 'grid_trials', 'epochs', 'weights', 'insight_meta', 'insights'];
/** When the damage hides how many rows a table had, this many row ids past the last one read are tried. */
const PROBE_PAST = 10_000;

/** `runs.sqlite` -> `runs.damaged-2026-11-30T05-00-00-000Z.sqlite`, in the same folder. */
export function damagedName(file: string, at = new Date()): string {
  const ext = path.extname(file);
  return path.join(
    path.dirname(file),
    `${path.basename(file, ext)}.damaged-${at.toISOString().replace(/[:.]/g, '-')}${ext}`,
  );
}

/** Renames `file` and its -wal and -shm (the store must be closed); returns the new name. */
export function renameAside(file: string): string {
  if (!fs.existsSync(file))
    throw new LayerLabError('not-found', said('error_store_nothing_to_move', { file }), {
      file,
    });
  const to = damagedName(file);
  for (const suffix of ['', '-wal', '-shm']) {
    try {
      if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, to + suffix);
    } catch (e) {
      throw fsError(e, file + suffix, 'write');
    }
  }
  return to;
}

function attempt<T>(call: () => T): T | undefined {
  try {
    return call();
  } catch {
    return undefined;
  }
}

function rowIds(src: Database.Database, table: string): number {
  const max = attempt(
    () => (src.prepare(`SELECT max(rowid) AS m FROM ${table}`).get() as { m: number | null }).m,
  );
  if (max !== undefined) return max ?? 0;
  let seen = 0;
  attempt(() => {
    for (const r of src.prepare(`SELECT rowid AS id FROM ${table}`).iterate() as Iterable<{
      id: number;
    }>)
      seen = Math.max(seen, r.id);
  });
  return seen + PROBE_PAST;
}

/** Copies every readable row of the damaged store at `from` into `to` (an open, migrated store). */
export function salvage(from: string, to: Database.Database): number {
  let copied = 0;
  const src = attempt(() => new Database(from, { fileMustExist: true }));
  if (!src) return copied;
  try {
    for (const table of TABLES) {
      const theirs = attempt(() =>
        (src.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name),
      );
      if (!theirs?.length) continue;
      const ours = new Set(
        (to.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name),
      );
      const cols = theirs.filter((c) => ours.has(c));
      const read = attempt(() =>
        src.prepare(`SELECT ${cols.join(', ')} FROM ${table} WHERE rowid = ?`),
      );
      if (!read) continue;
      const write = to.prepare(
        `INSERT OR IGNORE INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
      );
      const last = rowIds(src, table);
      for (let id = 1; id <= last; id++) {
        let row: unknown[] | undefined;
        try {
          row = read.raw().get(id) as unknown[] | undefined;
        } catch {
          continue; // the row's page is damaged
        }
        if (!row) continue;
        if (attempt(() => write.run(...row))?.changes) copied += 1;
      }
    }
  } finally {
    src.close();
  }
  return copied;
}
