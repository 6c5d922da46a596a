/**
 * The rule of vitest.config.ts: a test that starts a process is named `*.process.test.ts`, so it runs
 * in the `processes` project (one file at a time, timeouts for a busy machine), not among the
 * quick unit tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const unitDir = path.resolve(import.meta.dirname);

/** What starting a process looks like in a test's text. */
const STARTS_A_PROCESS =
  /\bforkTrainer\b|layerlab\.mjs|['"]tsx['"]|\b(?:fork|spawn|exec|execFile|execSync|execFileSync)\(/;

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(file);
    return entry.name.endsWith('.test.ts') ? [file] : [];
  });
}

const testRoot = path.resolve(unitDir, '..');

/** A test's text with the text of the test helpers it imports (a harness may start the processes). */
function withHelpers(file: string, seen = new Set<string>()): string {
  if (seen.has(file)) return '';
  seen.add(file);
  const text = fs.readFileSync(file, 'utf8');
  const helpers = [...text.matchAll(/from '(\.{1,2}\/[^']+\.ts)'/g)]
    .map((m) => path.resolve(path.dirname(file), m[1]))
    .filter((f) => f.startsWith(testRoot + path.sep) && fs.existsSync(f));
  return [text, ...helpers.map((f) => withHelpers(f, seen))].join('\n');
}

it('every unit test file that starts a process is named *.process.test.ts', () => {
  const misplaced = testFiles(unitDir)
    .filter((file) => !file.endsWith('.process.test.ts') && file !== import.meta.filename)
    .filter((file) => STARTS_A_PROCESS.test(withHelpers(file)))
    .map((file) => path.relative(unitDir, file));
  expect(misplaced, 'rename these to *.process.test.ts (see vitest.config.ts)').toEqual([]);
});

it('recognises the ways a test starts a process', () => {
  for (const text of [
    'forkTrainer()',
    "spawn(process.execPath, ['src-main/cli/layerlab.mjs'])",
    "spawnSync(process.execPath, ['--import', 'tsx', script])",
    'execFileSync(node, args)',
  ])
    expect(STARTS_A_PROCESS.test(text), text).toBe(true);
  expect(STARTS_A_PROCESS.test("spawnSync(process.execPath, ['-e', '0'])")).toBe(false);
});
