#!/usr/bin/env node
// The `layerlab` command. From a checkout it runs out/cli/layerlab.cjs, the CLI's TypeScript sources
// bundled into one file (cli-bundle.ts), built here first when missing or older than a file under
// src-main/. Where no bundle can be had (no esbuild, a read-only checkout, LAYERLAB_CLI_BUNDLE=0, a
// failed build) the sources run under tsx's loader instead, so `npx layerlab` always works with no
// build step of its own.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { bundleIsFresh } from '../engine/checkout-bundle.mjs';

const bundle = fileURLToPath(new URL('../../out/cli/layerlab.cjs', import.meta.url));
const sources = fileURLToPath(new URL('..', import.meta.url));
let tsx = false;

async function underTsx() {
  if (!tsx) (await import('tsx/esm/api')).register();
  tsx = true;
}

/** True when the bundle is there to run: fresh, or built now. */
async function haveBundle() {
  if (process.env.LAYERLAB_CLI_BUNDLE === '0') return false;
  if (bundleIsFresh(bundle, [sources])) return true;
  try {
    await underTsx();
    const { buildCliBundle } = await import('./cli-bundle.ts');
    await buildCliBundle(bundle);
    return true;
  } catch {
    return false; // slower, never wrong: the sources under tsx
  }
}

// The bundle runs from V8's code cache (engine/code-cache.cjs): a start does not compile it again.
if (await haveBundle())
  createRequire(import.meta.url)('../engine/code-cache.cjs').requireCached(bundle);
else {
  await underTsx();
  await import('./main.ts');
}
