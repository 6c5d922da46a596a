/**
 * A classroom in one machine, for the pool's process tests: `layerlab worker` processes on a test
 * Redis (test/helpers/redis-server.ts), a teacher's run store, and questions asked of the store and
 * the queue ("is every fold recorded once?").
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { moons } from './labs.ts';
import { exitOf, withDeadline } from './wait.ts';

export const CLI = path.resolve(import.meta.dirname, '../../src-main/cli/layerlab.mjs');

/** A lab whose 2x2 grid with 3 folds is 12 jobs of a second or two each (one core). */
export function poolLab(epochs: number, refit = false) {
  return moons({
    dropout: 0.2,
    samples: 200,
    training: { epochs },
    grid: {
      params: [
        { path: 'layers.dropout.rate', values: [0.1, 0.5] },
        { path: 'layers.dense.units', values: [4, 16] },
      ],
      evaluation: { kind: 'kfold', folds: 3 },
      rankBy: 'val_loss',
      refit,
    },
  });
}

export interface Spawned {
  child: ChildProcess;
  output: () => string;
}

/** The processes of one test file, killed (-9) together in afterAll, whatever happened. */
export class Classroom {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-pool-'));
  readonly env: NodeJS.ProcessEnv;
  readonly #children: ChildProcess[] = [];

  constructor(lockMs = 3000) {
    const empty = path.join(this.dir, 'no-data');
    fs.mkdirSync(empty);
    this.env = {
      ...process.env,
      LAYERLAB_HOME: path.join(this.dir, 'teacher'),
      LAYERLAB_DATA_DIR: empty,
      LAYERLAB_BACKEND: 'cpu',
      LAYERLAB_POOL_LOCK_MS: String(lockMs),
    };
  }

  /** `layerlab ...args` with its output collected (stdout and stderr together). */
  spawn(args: string[], env: NodeJS.ProcessEnv = this.env): Spawned {
    const child = spawn(process.execPath, [CLI, ...args], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.#children.push(child);
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    return { child, output: () => output };
  }

  /** A worker with its own home, once it says it joined. */
  async worker(url: string, name: string): Promise<Spawned> {
    const env = { ...this.env, LAYERLAB_HOME: path.join(this.dir, name) };
    const worker = this.spawn(['worker', '--redis', url, '--name', name], env);
    await said(worker, /joined the pool/, `worker ${name} to join`);
    return worker;
  }

  async killAll(): Promise<void> {
    for (const child of this.#children) if (child.exitCode === null) child.kill('SIGKILL');
    await Promise.all(this.#children.map((c) => exitOf(c, 10_000).catch(() => {})));
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Resolves once the output so far (or to come) matches `pattern`; rejects if the process exits. */
export function said(
  spawned: Spawned,
  pattern: RegExp,
  what: string,
  ms?: number,
): Promise<string> {
  const { child } = spawned;
  let listener = () => {};
  const found = new Promise<string>((resolve, reject) => {
    listener = () => {
      const match = spawned.output().match(pattern);
      if (match) resolve(match[0]);
      else if (child.exitCode !== null || child.signalCode !== null)
        reject(new Error(`The process exited before ${what}: ${spawned.output().slice(-1500)}`));
    };
    child.stdout!.on('data', listener);
    child.stderr!.on('data', listener);
    child.once('exit', listener);
    listener();
  });
  return withDeadline(found, what, ms).finally(() => {
    child.stdout!.off('data', listener);
    child.stderr!.off('data', listener);
  });
}

export interface FoldRow {
  id: string;
  trial: number;
  fold: number;
  status: string;
  epochs: number;
}

/** A grid's fold runs (not its refit) as the teacher's store has them, with their epochs. */
export function foldRows(file: string, gridId?: string): FoldRow[] {
  const db = new Database(file, { readonly: true });
  const rows = db
    .prepare(
      `SELECT id, trial, fold, status, (SELECT COUNT(*) FROM epochs e WHERE e.run_id = runs.id) AS epochs
       FROM runs WHERE grid_id IS NOT NULL AND fold >= 0 ${gridId ? 'AND grid_id = ?' : ''}`,
    )
    .all(...(gridId ? [gridId] : [])) as FoldRow[];
  db.close();
  return rows;
}

/** Completed fold runs per (trial, fold): every key of the grid, each exactly once. */
export function completedOnce(rows: FoldRow[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of rows)
    if (r.status === 'completed' || r.status === 'early-stopped')
      counts.set(`${r.trial}/${r.fold}`, (counts.get(`${r.trial}/${r.fold}`) ?? 0) + 1);
  return counts;
}

export const ALL_FOLDS = [0, 1, 2, 3].flatMap((t) => [0, 1, 2].map((f) => `${t}/${f}`)).sort();
