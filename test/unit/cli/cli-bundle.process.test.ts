/**
 * The checkout's CLI bundle (src-main/cli/cli-bundle.ts): the launcher builds it when a source is
 * newer, runs it, and it behaves as the sources under tsx do, including the paths modules find
 * beside themselves at different depths (package.json from cli/ and cli/commands/, the lab library).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCliBundle, ownImportMeta } from '../../../src-main/cli/cli-bundle.ts';
import { bundleIsFresh } from '../../../src-main/engine/checkout-bundle.mjs';

const root = path.resolve(import.meta.dirname, '../../..');
const launcher = path.join(root, 'src-main/cli/layerlab.mjs');
const checkoutBundle = path.join(root, 'out/cli/layerlab.cjs');
// Inside the checkout's out/ (ignored by git), so that packages resolve from its node_modules.
const bundle = path.join(root, 'out', 'cli', `test-${process.pid}.cjs`);
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-cli-bundle-'));
afterAll(() => {
  for (const file of [bundle, `${bundle}.v8cache`]) fs.rmSync(file, { force: true });
  fs.rmSync(home, { recursive: true, force: true });
});

function run(entry: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [entry, ...args], {
    env: { ...process.env, LAYERLAB_HOME: home, LANG: 'C', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the CLI bundle', () => {
  it('answers as the sources under tsx do, paths found beside its modules included', async () => {
    await buildCliBundle(bundle);
    const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;
    // main.ts reads ../../package.json; the report command ../../../package.json; `labs` lists
    // labs/library beside hosts/lab-library.ts.
    for (const args of [['--version'], ['labs'], ['report', '--help']]) {
      const bundled = run(bundle, args);
      const sources = run(launcher, args, { LAYERLAB_CLI_BUNDLE: '0' });
      expect(bundled.stderr).toBe(sources.stderr);
      expect(bundled.stdout).toBe(sources.stdout);
      expect(bundled.code).toBe(sources.code);
    }
    expect(run(bundle, ['--version']).stdout.trim()).toBe(version);
    expect(run(bundle, ['labs']).stdout).toContain('capacity');
    // Its import()s go through code-cache.cjs (a script run from V8's code cache cannot import).
    const text = fs.readFileSync(bundle, 'utf8');
    expect(text).toContain('__import("h5wasm")');
    expect(text).not.toMatch(/(?<![\w$])import\("(h5wasm|open|vite|node:\w+)"\)/);
  });

  it('is built by the launcher when a source is newer, then run', () => {
    // Older than main.ts, without touching any source (the other lane's commands share the bundle).
    const before = new Date(
      fs.statSync(path.join(root, 'src-main/cli/main.ts')).mtimeMs - 3_600_000,
    );
    fs.mkdirSync(path.dirname(checkoutBundle), { recursive: true });
    if (!fs.existsSync(checkoutBundle)) fs.writeFileSync(checkoutBundle, '');
    fs.utimesSync(checkoutBundle, before, before);
    expect(bundleIsFresh(checkoutBundle, [path.join(root, 'src-main')])).toBe(false);
    const r = run(launcher, ['datasets', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(bundleIsFresh(checkoutBundle, [path.join(root, 'src-main')])).toBe(true);
    expect(fs.readFileSync(checkoutBundle, 'utf8')).toContain('registerDatasets');
  });
});

describe('ownImportMeta', () => {
  const text = [
    "const a = new URL('../x', import.meta.url);",
    'const b = import.meta.dirname;',
    "const c = import.meta.resolve('tsx');",
    "define: { 'import.meta.url': '__bundleUrl' }",
  ].join('\n');
  const out = ownImportMeta(
    text,
    path.join(root, 'src-main/cli/commands/report.ts'),
    path.join(root, 'out/cli'),
  );

  it("gives each module its own source file's URL, relative to the bundle", () => {
    expect(out).toContain(
      `new URL('../x', (__sourceUrl("../../src-main/cli/commands/report.ts")))`,
    );
    expect(out).toContain('__metaDir(__metaPath(__sourceUrl(');
    expect(out).toContain(
      `__metaResolve(__sourceUrl("../../src-main/cli/commands/report.ts"), 'tsx')`,
    );
  });

  it('leaves a quoted name alone', () => {
    expect(out).toContain("define: { 'import.meta.url': '__bundleUrl' }");
  });
});
