/**
 * `npm ci` refuses a lock that lacks any optional dependency of a locked package, even one for
 * another platform. The registry here does not serve some of those (e.g. @lix-js/sdk's macOS and
 * Windows binaries), so regenerating the lock here drops them and CI fails in its first second:
 * this says so before a commit (docs/dependencies.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

interface Locked {
  optionalDependencies?: Record<string, string>;
  dependencies?: Record<string, string>;
}

it('every optional dependency of a locked package is in the lock, for every platform', () => {
  const lock = JSON.parse(
    fs.readFileSync(path.resolve(import.meta.dirname, '../../package-lock.json'), 'utf8'),
  ) as { packages: Record<string, Locked> };
  const missing: string[] = [];
  for (const [where, entry] of Object.entries(lock.packages)) {
    for (const name of Object.keys(entry.optionalDependencies ?? {})) {
      // Node's resolution: the package's own node_modules, then each folder above it.
      let dir = where;
      let found = false;
      for (;;) {
        if (lock.packages[`${dir ? `${dir}/` : ''}node_modules/${name}`]) {
          found = true;
          break;
        }
        if (!dir) break;
        const up = dir.lastIndexOf('/node_modules/');
        dir = up < 0 ? '' : dir.slice(0, up);
      }
      if (!found) missing.push(`${name} (wanted by ${where || 'the project'})`);
    }
  }
  expect(missing, 'add them to package-lock.json by hand: version, os, cpu, optional').toEqual([]);
});
