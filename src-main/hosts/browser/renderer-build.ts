/**
 * The built renderer the browser host serves: `out/renderer`, rebuilt with Vite when missing or
 * older than its sources, so `npm start` works on a fresh checkout without a separate build step.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleIsFresh } from '../../engine/checkout-bundle.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
export const RENDERER_DIR = path.join(root, 'out', 'renderer');
/** What the renderer bundle is made of (it imports the pure contract and the wire format). */
const SOURCES = ['src-renderer', 'src-main/contract', 'electron.config.ts'];

/** Why the renderer must be (re)built, or null when `out/renderer` is current. */
export function rendererBuildReason(): string | null {
  const index = path.join(RENDERER_DIR, 'index.html');
  if (!fs.existsSync(index)) return 'it has not been built yet';
  const fresh = bundleIsFresh(
    index,
    SOURCES.map((s) => path.join(root, s)),
  );
  return fresh ? null : 'its sources changed since the last build';
}

export async function buildRenderer(): Promise<void> {
  const [{ build }, { rendererConfig }] = await Promise.all([
    import('vite'),
    import('../../../electron.config.ts'),
  ]);
  await build({ ...rendererConfig, configFile: false, logLevel: 'warn' });
}

/** Builds when needed; `log` gets one line saying why. */
export async function ensureRenderer(log: (line: string) => void, force = false): Promise<void> {
  const reason = force ? 'a rebuild was asked for' : rendererBuildReason();
  if (!reason) return;
  log(`Building the LayerLab interface (${reason})...`);
  await buildRenderer();
}

// `npm run build:renderer`
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  void buildRenderer();
}
