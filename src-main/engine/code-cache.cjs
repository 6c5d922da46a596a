/**
 * Runs a checkout's bundle (the CLI's, out/cli/layerlab.cjs, and the trainer's,
 * out/trainer/trainer-process-body.cjs) from V8's code cache, so a start does not compile megabytes
 * of JavaScript again: V8 reads the bytecode it wrote last time. That is about 0.1 CPU s less per
 * start, for `layerlab runs` (0.41 CPU s to 0.32) as for a tiny training run (1.03 to 0.92).
 * Node 22 has this built in (module.enableCompileCache); Node 20 does not.
 *
 * The cache sits beside the bundle (`<bundle>.v8cache`) and is written when the first process that
 * lacks it ends, so it also holds the functions that process ran, not only the top level. It is
 * tied to the bundle's size and modification time (a rebuilt bundle is a new file) and Node's
 * version, and carries a SHA-256 of its bytes, checked before V8 sees them. V8 checks its own
 * version and flags and refuses a cache that does not fit; then the process compiles as usual and
 * writes a new one. Written whole under a temporary name and renamed, so a killed process never
 * leaves half a cache; a read-only or full disk only costs speed. CommonJS, so both the `layerlab`
 * launcher and a forked trainer can require it.
 */
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

/** What a cache was made for: the bundle's size and time, and Node's version. */
const stampOf = (stat) => `layerlab-code-cache 1 ${stat.size} ${stat.mtimeMs} ${process.version}`;

/**
 * The file's text and stamp, from one open file: a bundle rebuilt meanwhile (renamed into place)
 * cannot pair its new text with the old one's stamp, or the reverse.
 */
function readSource(file) {
  const fd = fs.openSync(file, 'r');
  try {
    return { stamp: stampOf(fs.fstatSync(fd)), text: fs.readFileSync(fd, 'utf8') };
  } finally {
    fs.closeSync(fd);
  }
}

/** The cached code for `stamp`, or undefined when there is none or it was made for another. */
function readCache(cacheFile, stamp) {
  let data;
  try {
    data = fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const header = `${stamp} `;
  if (data.length <= header.length + 12 || data.toString('latin1', 0, header.length) !== header)
    return undefined;
  const end = data.indexOf(10, header.length);
  if (end < 0) return undefined;
  const body = data.subarray(end + 1);
  // V8 trusts a cache's bytes once its header fits (a damaged one crashes the process), so the
  // file's own digest of them is checked first.
  return data.toString('latin1', header.length, end) === digest(body) ? body : undefined;
}

const digest = (body) => crypto.createHash('sha256').update(body).digest('hex');

function writeCache(cacheFile, stamp, script) {
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  try {
    const body = script.createCachedData();
    fs.writeFileSync(tmp, Buffer.concat([Buffer.from(`${stamp} ${digest(body)}\n`), body]));
    fs.renameSync(tmp, cacheFile);
  } catch {
    fs.rmSync(tmp, { force: true });
  }
}

/**
 * The wrapper a bundle runs in: CommonJS's, plus `__layerlabImport`, an import() from outside the
 * cached code. A script V8 reads from a code cache has lost what Node needs to run its own
 * `import()` (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING in Node 20), so the bundles call this one for
 * the packages they import (routeDynamicImports in checkout-bundle.mjs).
 */
const WRAPPER = [
  '(function (exports, require, module, __filename, __dirname, __layerlabImport) { ',
  '\n});',
];
const importFromHere = (specifier) => import(specifier);

/**
 * Runs the CommonJS file `file` as `require` would, from its code cache when there is a fitting
 * one. Says how: 'cache' (from the cache) or 'compiled' (no fitting cache: compiled, and the cache
 * written when the process ends).
 */
function requireCached(file) {
  const { stamp, text } = readSource(file);
  const cacheFile = `${file}.v8cache`;
  const cachedData = readCache(cacheFile, stamp);
  const source = WRAPPER[0] + text + WRAPPER[1];
  const script = new vm.Script(source, { filename: file, cachedData });
  const used = cachedData !== undefined && !script.cachedDataRejected;
  if (!used) process.once('exit', () => writeCache(cacheFile, stamp, script));
  const module = new Module(file, null);
  module.filename = file;
  require.cache[file] = module;
  const dirname = path.dirname(file);
  script
    .runInThisContext()
    .call(
      module.exports,
      module.exports,
      Module.createRequire(file),
      module,
      file,
      dirname,
      importFromHere,
    );
  module.loaded = true;
  return used ? 'cache' : 'compiled';
}

module.exports = { requireCached };
