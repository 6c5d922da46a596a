/** Real faults for store tests: a disk that fills up, and pages of the file overwritten with junk. */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { TrainingConfigInput } from '../../../src-main/contract/training.ts';
import { moons } from '../../helpers/labs.ts';

/** A tiny lab on generated data: a run takes a moment. */
export const tinyLab = (training: TrainingConfigInput = {}, hidden = [8]) =>
  moons({ training, hidden });

export const metrics = (epoch: number, val_loss = 1 / epoch) => ({
  epoch,
  loss: 1,
  accuracy: 0.5,
  val_loss,
  val_accuracy: 0.6,
  regularization_loss: 0,
  seconds: 1,
});

/**
 * Fills the disk as SQLite sees it: the file may not grow past the pages it has now (plus `spare`),
 * so the next write that needs a page fails with a real SQLITE_FULL.
 */
export function fillDisk(db: Database.Database, spare = 0): void {
  const pages = db.pragma('page_count', { simple: true }) as number;
  db.pragma(`max_page_count = ${pages + spare}`);
}

/** Space is back. */
export function freeDisk(db: Database.Database): void {
  db.pragma('max_page_count = 4294967294');
}

/**
 * Overwrites with junk every page that holds `tables` (and their indexes) in the store at `file`,
 * after moving everything from the write-ahead log into the file. Page 1 (the header and schema)
 * stays intact, so the store still opens, as a store damaged in the middle does. Open connections
 * see the damage at their next read.
 */
export function corruptTables(file: string, tables: string[]): number[] {
  const db = new Database(file);
  db.pragma('wal_checkpoint(TRUNCATE)');
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const marks = tables.map(() => '?').join(', ');
  const pages = (
    db
      .prepare(
        `SELECT d.pageno FROM dbstat d JOIN sqlite_master m ON m.name = d.name WHERE m.tbl_name IN (${marks}) AND d.pageno > 1`,
      )
      .all(...tables) as { pageno: number }[]
  ).map((r) => r.pageno);
  db.close();
  const fd = fs.openSync(file, 'r+');
  const junk = Buffer.alloc(pageSize, 0xa5);
  for (const p of pages) fs.writeSync(fd, junk, 0, pageSize, (p - 1) * pageSize);
  fs.closeSync(fd);
  // A write from another connection makes every open connection drop its cached pages and read the
  // file again, as after any change by another process. Page 1 alone is written.
  const poke = new Database(file);
  poke.pragma(`user_version = ${poke.pragma('user_version', { simple: true }) as number}`);
  poke.close();
  return pages;
}
