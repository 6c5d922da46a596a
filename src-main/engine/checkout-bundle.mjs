/**
 * A checkout's bundles: whether one is current, and how both are built. From a checkout, LayerLab
 * runs its TypeScript sources bundled into one file each (the trainer: engine/trainer-bundle.ts;
 * the command line: cli/cli-bundle.ts) instead of compiling hundreds of modules under tsx at every
 * start; a bundle is rebuilt when a source is newer. Plain JavaScript, so the `layerlab` launcher
 * checks its bundle without loading tsx; the renderer's build uses the same test.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The newest modification time of `file` or, for a folder, of anything under it, in ms (a folder's
 * own counts, so a removed file does too); 0 when it does not exist.
 */
export function newestMtime(file) {
  let stat;
  try {
    stat = fs.statSync(file);
  } catch {
    return 0;
  }
  let newest = stat.mtimeMs;
  if (stat.isDirectory())
    for (const name of fs.readdirSync(file))
      newest = Math.max(newest, newestMtime(path.join(file, name)));
  return newest;
}

/** True when `bundle` exists and nothing under `sources` (files or folders) is newer than it. */
export function bundleIsFresh(bundle, sources) {
  let built;
  try {
    built = fs.statSync(bundle).mtimeMs;
  } catch {
    return false;
  }
  return sources.every((source) => newestMtime(source) <= built);
}

/**
 * The file a package's ES module build starts from (the "import" entry of its `exports`), for
 * bundling that package in: `zod` from node_modules is some 80 small CommonJS files (every
 * language of its error messages among them), each resolved and compiled at every start, where
 * bundled from its ES modules it is one scope (0.04 CPU s less per trainer start).
 * @param {string} name the package
 * @param {string} from the URL or path of the module that depends on it
 */
function esmEntry(name, from) {
  const manifest = createRequire(from).resolve(`${name}/package.json`);
  const entry = JSON.parse(fs.readFileSync(manifest, 'utf8')).exports['.'].import;
  return path.join(path.dirname(manifest), entry);
}

/**
 * Defines `__import` in a bundle: the import() that code-cache.cjs hands it (`__layerlabImport`),
 * else, when the bundle is run by a plain `require`, its own.
 */
export const IMPORT_BANNER =
  "const __import = typeof __layerlabImport === 'function' ? __layerlabImport : (specifier) => import(specifier);";

/**
 * A bundle's `import("package")` calls made `__import("package")` (see IMPORT_BANNER): each
 * dynamic import that esbuild's metafile lists as left outside the bundle. Run from V8's code
 * cache, a script's own import() fails (code-cache.cjs).
 * @param {string} text the bundle
 * @param {{ outputs: Record<string, { imports: { path: string, kind: string, external?: boolean }[] }> }} metafile
 */
function routeDynamicImports(text, metafile) {
  let routed = text;
  for (const output of Object.values(metafile.outputs))
    for (const { path: specifier, kind, external } of output.imports) {
      if (kind !== 'dynamic-import' || !external) continue;
      const quoted = JSON.stringify(specifier);
      const call = new RegExp(
        `(?<![\\w$])import\\(${quoted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)`,
        'g',
      );
      routed = routed.replace(call, `__import(${quoted})`);
    }
  return routed;
}

/**
 * The esbuild options both bundles share: one CommonJS file for Node 20 whose packages load from
 * node_modules, except zod (esmEntry); `banner` then IMPORT_BANNER on top; a metafile for
 * bundledText.
 * @param {{ entry: string, outfile: string, banner: string[], from: string }} bundle `from`: the
 *   URL of the module that builds it (where packages are resolved from)
 */
export function checkoutBundleOptions({ entry, outfile, banner, from }) {
  return {
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    alias: { zod: esmEntry('zod', from) },
    banner: { js: [...banner, IMPORT_BANNER].join('\n') },
    metafile: true,
    keepNames: true,
    write: false,
    outfile,
    logLevel: 'silent',
  };
}

/**
 * A bundle's text from esbuild's result (built with checkoutBundleOptions), its imports of packages
 * routed through `__import` (routeDynamicImports).
 * @param {{ outputFiles: { text: string }[], metafile: Parameters<typeof routeDynamicImports>[1] }} result
 */
export const bundledText = (result) =>
  routeDynamicImports(result.outputFiles[0].text, result.metafile);
