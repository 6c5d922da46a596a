/**
 * The `layerlab` command bundled into out/cli/layerlab.cjs, which the launcher (layerlab.mjs) runs
 * from a checkout. Under tsx every command start compiled and resolved a few hundred modules (about
 * 1-2.5 CPU s: `layerlab runs` 1.0, `--version` 2.6); the bundle starts in 0.35-0.8. It is rebuilt
 * when anything under src-main/ is newer (engine/checkout-bundle.mjs). Packages stay outside it and
 * load from node_modules, except zod.
 *
 * CommonJS, like the trainer's bundle (engine/trainer-bundle.ts): a package a command imports is
 * then required when that command's code first runs, where an ES module bundle would load every
 * command's packages (TensorFlow.js, the exporters...) at each start. So the CLI's code avoids
 * top-level await, ESM-only packages are `import()`ed (h5wasm, webgpu), and each module's
 * `import.meta.url` becomes its own source file's URL, so paths it finds beside itself
 * (`../../package.json`, the lab library, Python scripts) are the same as under tsx.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  bundledText,
  checkoutBundleOptions,
  type BundleResult,
} from '../engine/checkout-bundle.mjs';
import { writeFileAtomic } from '../store/safe-fs.ts';

interface OnLoadArgs {
  path: string;
}
interface PluginBuild {
  onLoad(
    options: { filter: RegExp },
    callback: (args: OnLoadArgs) => { contents: string; loader: string } | undefined,
  ): void;
}
interface Esbuild {
  build(options: Record<string, unknown>): Promise<BundleResult>;
}

const ENTRY = path.join(import.meta.dirname, 'main.ts');

/** What each bundled module's `import.meta` is replaced with (defined once, in the banner). */
const BANNER = [
  "const { fileURLToPath: __metaPath, pathToFileURL: __metaUrl } = require('node:url');",
  "const { dirname: __metaDir, resolve: __metaResolvePath } = require('node:path');",
  '/** The URL of a source file, given relative to this bundle. */',
  'const __sourceUrl = (relative) => __metaUrl(__metaResolvePath(__dirname, relative)).href;',
  '/** import.meta.resolve(specifier) as seen from the source file at `url`. */',
  "const __metaResolve = (url, specifier) => __metaUrl(require('node:module').createRequire(url).resolve(specifier)).href;",
];

/** A source file's text with `import.meta.url`, `.filename`, `.dirname` and `.resolve` as its own. */
export function ownImportMeta(text: string, file: string, bundleDir: string): string {
  if (!text.includes('import.meta')) return text;
  const relative = path.relative(bundleDir, file).split(path.sep).join('/');
  const url = `__sourceUrl(${JSON.stringify(relative)})`;
  // Not inside a quoted name (trainer-bundle.ts defines 'import.meta.url' for its own bundle).
  return text
    .replace(/(?<!['"`])import\.meta\.url\b/g, `(${url})`)
    .replace(/(?<!['"`])import\.meta\.filename\b/g, `__metaPath(${url})`)
    .replace(/(?<!['"`])import\.meta\.dirname\b/g, `__metaDir(__metaPath(${url}))`)
    .replace(/(?<!['"`])import\.meta\.resolve\(/g, `__metaResolve(${url}, `);
}

/**
 * Bundles the CLI into `bundle` (written atomically: commands that build at once each leave a whole
 * file). esbuild comes with tsx; it is required at run time, so no build of the app pulls it in.
 */
export async function buildCliBundle(bundle: string): Promise<void> {
  const esbuild = createRequire(import.meta.url)('esbuild') as Esbuild;
  const bundleDir = path.dirname(bundle);
  const ownSources = {
    name: 'own-import-meta',
    setup(build: PluginBuild) {
      build.onLoad({ filter: /\.[cm]?[jt]s$/ }, (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const text = fs.readFileSync(args.path, 'utf8');
        return {
          contents: ownImportMeta(text, args.path, bundleDir),
          loader: /\.[cm]?ts$/.test(args.path) ? 'ts' : 'js',
        };
      });
    },
  };
  const result = await esbuild.build({
    ...checkoutBundleOptions({
      entry: ENTRY,
      outfile: bundle,
      banner: BANNER,
      from: import.meta.url,
    }),
    plugins: [ownSources],
  });
  writeFileAtomic(bundle, bundledText(result));
}
