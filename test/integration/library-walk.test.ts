/**
 * The library labs the browser does not walk (test/helpers/library-walks.ts), each walked on its
 * quick version by `layerlab check --walk --quick` on the real sets: every step's setup, one run (or
 * grid) per step with checks, then every check passing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BROWSER_WALKS } from '../helpers/library-walks.ts';

const root = path.resolve(import.meta.dirname, '../..');
const shared = path.resolve(root, '../shared/datasets');
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-library-walk-'));
afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

function layerlab(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'src-main/cli/layerlab.mjs'), ...args], {
    env: { ...process.env, LAYERLAB_HOME: home, LAYERLAB_DATA_DIR: shared, LANG: 'C' },
    encoding: 'utf8',
    timeout: 600_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const library = (
  JSON.parse(`[${layerlab('labs', '--json').stdout.trim().split('\n').join(',')}]`) as {
    id: string;
  }[]
).map((l) => l.id);

describe('library labs walked by the CLI', () => {
  it('leaves no lab unwalked: the browser walks exist in the library', () => {
    expect(library.length).toBeGreaterThanOrEqual(15);
    for (const id of BROWSER_WALKS) expect(library).toContain(id);
  });

  for (const id of library.filter((l) => !BROWSER_WALKS.includes(l)))
    it(`${id}: every check passes on the quick version`, () => {
      const r = layerlab('check', id, '--walk', '--quick', '--json');
      const lines = r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      const failed = lines
        .filter((l) => l.passed === false)
        .map((l) => `${l.label}: ${l.sentence}`);
      expect(failed, `${id}: ${r.stderr}`).toEqual([]);
      const summary = lines.at(-1);
      expect(summary).toMatchObject({ summary: true, failed: 0 });
      expect(summary.checks).toBeGreaterThan(0);
      expect(r.code).toBe(0);
    });
});
