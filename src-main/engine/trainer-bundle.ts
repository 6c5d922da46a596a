/**
 * The trainer entry bundled once into out/trainer/trainer-process.cjs, for running from a checkout.
 * Forking `trainer-process.ts` under tsx compiles the trainer's modules at every start; a grid forks
 * one trainer per fold, so that compile was most of a small grid's time on a busy machine. The bundle
 * is rebuilt when any file under src-main/ is newer. Packages other than zod stay outside it and
 * load from node_modules as they do under tsx, so the wasm backend finds its .wasm files
 * (backend.ts) and the threaded build its worker scripts (kernels/wasm-threads.ts). A built app
 * does not use this: its trainer is electron-vite's out/main/trainer-process.js.
 *
 * CommonJS, not ESM: an ES module importing TensorFlow.js' CommonJS builds makes Node scan each
 * multi-megabyte file for its export names (cjs-module-lexer) and guess its format; `require` skips
 * both (loading the bundle here: 0.8 CPU s as ESM, 0.45 as CommonJS, at every trainer start).
 * `import.meta.url` becomes the bundle's own URL, and the dynamic `import()`s (WebGPU, tfjs-node)
 * stay imports, so ESM-only packages still load (through `__import`: see checkout-bundle.mjs).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../store/safe-fs.ts';
import {
  bundledText,
  checkoutBundleOptions,
  bundleIsFresh as isFresh,
  type BundleResult,
} from './checkout-bundle.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sourceDir = path.join(root, 'src-main');
const source = path.join(sourceDir, 'engine', 'trainer-process.ts');
const CODE_CACHE = path.join(sourceDir, 'engine', 'code-cache.cjs');

/** Where the bundle goes (out/ is the build output folder, ignored by git). */
export const BUNDLED_TRAINER = path.join(root, 'out', 'trainer', 'trainer-process.cjs');

/** True when the bundle exists and no source under src-main/ is newer than it. */
export function bundleIsFresh(bundle = BUNDLED_TRAINER): boolean {
  return isFresh(bundle, [sourceDir]);
}

interface Esbuild {
  buildSync(options: Record<string, unknown>): BundleResult;
}

/** The bundled code itself, beside `bundle`, which runs it from V8's code cache (code-cache.cjs). */
export const bundleBody = (bundle: string): string => bundle.replace(/\.cjs$/, '-body.cjs');

/**
 * Bundles the trainer entry into `bundleBody(bundle)`, and writes `bundle`: the few lines that run
 * it from its code cache. Both are written atomically (processes that build at once each leave a
 * whole file), the entry last. esbuild comes with tsx; it is required at run time so that
 * electron-vite never tries to pull it into the built app.
 */
export function buildTrainerBundle(bundle = BUNDLED_TRAINER): void {
  const esbuild = createRequire(import.meta.url)('esbuild') as Esbuild;
  const body = bundleBody(bundle);
  const result = esbuild.buildSync({
    ...checkoutBundleOptions({
      entry: source,
      outfile: body,
      banner: ['const __bundleUrl = require("node:url").pathToFileURL(__filename).href;'],
      from: import.meta.url,
    }),
    define: { 'import.meta.url': '__bundleUrl' },
  });
  writeFileAtomic(body, bundledText(result));
  const from = (file: string) => JSON.stringify(path.relative(path.dirname(bundle), file));
  writeFileAtomic(
    bundle,
    [
      '// The trainer bundled by src-main/engine/trainer-bundle.ts, run from its code cache.',
      "const { join } = require('node:path');",
      `const { requireCached } = require(join(__dirname, ${from(CODE_CACHE)}));`,
      `requireCached(join(__dirname, ${from(body)}));`,
      '',
    ].join('\n'),
  );
}

let cached: string | null | undefined;

/**
 * The bundled trainer, built or rebuilt first if needed; null where it cannot be had (no esbuild, a
 * read-only checkout, LAYERLAB_TRAINER_BUNDLE=0), in which case the caller forks the .ts under tsx.
 * Checked once per process: a running host keeps the code it started with anyway.
 */
export function bundledTrainerEntry(): string | null {
  if (cached !== undefined) return cached;
  cached = null;
  if (process.env.LAYERLAB_TRAINER_BUNDLE === '0') return cached;
  try {
    if (!bundleIsFresh()) buildTrainerBundle();
    cached = BUNDLED_TRAINER;
  } catch {
    // Slower, never wrong: the tsx path still works.
  }
  return cached;
}
