/**
 * engine/code-cache.cjs, which runs the checkout's CLI and trainer bundles from V8's code cache: a
 * second start runs from the cache, and no cache that does not fit the file (changed, damaged, cut
 * short, made by another Node, or impossible to write) is ever given to V8, which would crash on a
 * damaged one. Each case is a fresh Node process, as a start is.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IMPORT_BANNER } from '../../../src-main/engine/checkout-bundle.mjs';

const CODE_CACHE = path.resolve(import.meta.dirname, '../../../src-main/engine/code-cache.cjs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-code-cache-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const file = path.join(dir, 'bundle.cjs');
const cacheFile = `${file}.v8cache`;
/**
 * A module whose result shows which source ran, and which imports a package as the bundles do (their
 * `import()`s made `__import()` by routeDynamicImports).
 */
const source = (n: number) =>
  `${IMPORT_BANNER}\nconst twice = (x) => x * 2;\nmodule.exports.value = twice(${n});\n` +
  `__import('node:path').then((p) => console.log('import', typeof p.join));\n`;

/** Runs `file` through requireCached in a new process: how it ran, and what it printed. */
function start() {
  const code =
    `const how = require(${JSON.stringify(CODE_CACHE)}).requireCached(${JSON.stringify(file)});` +
    `console.log(how, require.cache[${JSON.stringify(file)}].exports.value);`;
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', timeout: 60_000 });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.trim().split('\n').sort().join(' | ');
}

function write(n: number, mtime: Date) {
  fs.writeFileSync(file, source(n));
  fs.utimesSync(file, mtime, mtime);
}

describe('code cache', () => {
  it('compiles and writes the cache at the first start, runs from it at the next', () => {
    write(21, new Date(2026, 0, 1));
    expect(start()).toBe('compiled 42 | import function');
    expect(fs.readFileSync(cacheFile, 'latin1')).toMatch(/^layerlab-code-cache 1 \d+ \S+ v\d+/);
    expect(start()).toBe('cache 42 | import function');
    expect(start()).toBe('cache 42 | import function');
  });

  it('a changed file of the same length is compiled again, never run from the old bytecode', () => {
    write(21, new Date(2026, 0, 1));
    start();
    write(37, new Date(2026, 0, 2));
    expect(fs.statSync(file).size).toBe(source(21).length);
    expect(start()).toBe('compiled 74 | import function');
    expect(start()).toBe('cache 74 | import function');
  });

  it('a damaged, cut-short or foreign cache is compiled over, and replaced', () => {
    write(5, new Date(2026, 0, 3));
    start();
    const whole = fs.readFileSync(cacheFile);
    const damaged = Buffer.from(whole);
    for (let i = damaged.indexOf(10) + 40; i < damaged.length - 8; i += 7) damaged[i] ^= 0x5a;
    fs.writeFileSync(cacheFile, damaged);
    expect(start()).toBe('compiled 10 | import function');
    expect(start()).toBe('cache 10 | import function');

    fs.writeFileSync(cacheFile, whole.subarray(0, whole.length - 100));
    expect(start()).toBe('compiled 10 | import function');
    expect(start()).toBe('cache 10 | import function');

    const header = whole.subarray(0, whole.indexOf(10)).toString();
    const foreign = header.replace(/ v\d+\.\d+\.\d+ /, ' v0.0.1 ');
    expect(foreign).not.toBe(header);
    fs.writeFileSync(
      cacheFile,
      Buffer.concat([Buffer.from(foreign), whole.subarray(header.length)]),
    );
    expect(start()).toBe('compiled 10 | import function');
    expect(start()).toBe('cache 10 | import function');
  });

  it('where the cache cannot be written, every start compiles and runs, and leaves nothing', () => {
    write(8, new Date(2026, 0, 4));
    fs.rmSync(cacheFile, { force: true });
    fs.mkdirSync(cacheFile);
    expect(start()).toBe('compiled 16 | import function');
    expect(start()).toBe('compiled 16 | import function');
    expect(fs.readdirSync(dir).sort()).toEqual(['bundle.cjs', 'bundle.cjs.v8cache']);
    expect(fs.readdirSync(cacheFile)).toEqual([]);
    fs.rmdirSync(cacheFile);
  });
});
