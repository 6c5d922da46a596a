/**
 * The one place where the run store's failures become sentences: every statement, pragma and
 * transaction on the store's connection goes through `guardDatabase`, which turns SQLite's and the
 * system's error codes into a `LayerLabError` that names the store file and says what to do.
 */
import Database from 'better-sqlite3';
import { LayerLabError, said, type ErrorText } from '../contract/errors.ts';

/** How to move a damaged store aside by hand, or let LayerLab do it. */
export function repairAdvice(file: string): ErrorText {
  return said('error_store_repair_advice', { file });
}

/**
 * A failure of the store at `file` (a `SqliteError` or a system error) as one sentence; null for
 * anything else (bad SQL, a broken constraint: a bug, not the store's fault).
 */
export function storeError(e: unknown, file: string): LayerLabError | null {
  if (e instanceof LayerLabError) return e;
  const code = String((e as { code?: unknown })?.code ?? '');
  const detail = (e as Error)?.message ?? String(e);
  const where = { file };
  if (code.startsWith('SQLITE_FULL') || code === 'ENOSPC' || code === 'EDQUOT')
    return new LayerLabError('disk-full', said('error_store_full', { file }), where);
  if (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB'))
    return new LayerLabError(
      'store-corrupt',
      said('error_store_damaged', { file, detail, advice: repairAdvice(file) }),
      where,
    );
  if (
    code.startsWith('SQLITE_READONLY') ||
    code === 'EACCES' ||
    code === 'EPERM' ||
    code === 'EROFS'
  )
    return new LayerLabError(
      'store-unavailable',
      said('error_store_read_only', { file, detail }),
      where,
    );
  if (code.startsWith('SQLITE_CANTOPEN') || /directory does not exist/.test(detail))
    return new LayerLabError(
      'store-unavailable',
      said('error_store_cannot_open', { file, detail }),
      where,
    );
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new LayerLabError('store-unavailable', said('error_store_locked', { file }), where);
  if (e instanceof TypeError && /connection is not open/.test(detail))
    return new LayerLabError('store-unavailable', said('error_store_closed', { file }), where);
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_PERM'))
    return new LayerLabError(
      'store-unavailable',
      said('error_store_io', { file, code, detail }),
      where,
    );
  return null;
}

function guarded<T>(file: string, call: () => T): T {
  try {
    return call();
  } catch (e) {
    throw storeError(e, file) ?? e;
  }
}

type Fn = (...args: unknown[]) => unknown;

function guardStatement(statement: Database.Statement, file: string): Database.Statement {
  const proxy: Database.Statement = new Proxy(statement, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target) as unknown;
      if (typeof value !== 'function') return value;
      if (prop === 'run' || prop === 'get' || prop === 'all' || prop === 'iterate')
        return (...args: unknown[]) => guarded(file, () => (value as Fn).apply(target, args));
      // pluck(), raw(), expand() and bind() return the statement: keep returning the guarded one.
      return (...args: unknown[]) => {
        const result = (value as Fn).apply(target, args);
        return result === target ? proxy : result;
      };
    },
  });
  return proxy;
}

/**
 * The connection, with every call that can touch the file (prepare, run/get/all/iterate, exec,
 * pragma, a transaction's commit) turning store failures into sentences naming `file`.
 */
export function guardDatabase(db: Database.Database, file: string): Database.Database {
  return new Proxy(db, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target) as unknown;
      if (typeof value !== 'function') return value;
      const fn = value as Fn;
      if (prop === 'prepare')
        return (...args: unknown[]) =>
          guardStatement(guarded(file, () => fn.apply(target, args)) as Database.Statement, file);
      if (prop === 'exec' || prop === 'pragma')
        return (...args: unknown[]) => guarded(file, () => fn.apply(target, args));
      if (prop === 'transaction')
        return (body: Fn) => {
          const tx = fn.call(target, body) as Fn;
          return (...args: unknown[]) => guarded(file, () => tx(...args));
        };
      return fn.bind(target);
    },
  });
}

/** Opens the store's file, a failure to open already a sentence. */
export function openDatabase(file: string): Database.Database {
  return guardDatabase(
    guarded(file, () => new Database(file)),
    file,
  );
}
