/**
 * One build for both hosts (electron-vite over Vite): Electron main with the trainer as a second
 * entry, the sandboxed preload, and the Svelte renderer that the browser host serves as well.
 *
 *   npm run build            electron-vite build --config electron.config.ts  -> out/{main,preload,renderer}
 *   npm run build:renderer   the renderer alone (what `layerlab serve` needs)
 */
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'electron-vite';
import type { UserConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// electron-vite reads the Electron version from the installed package to pick its Node and Chrome
// targets; where the optional `electron` dependency could not install, use the version we pin.
process.env.ELECTRON_MAJOR_VER ??= '38';

/** The renderer as plain Vite config, so the browser host can build it without electron-vite. */
export const rendererConfig = {
  root: here('./src-renderer'),
  base: './',
  plugins: [svelte()],
  build: {
    outDir: here('./out/renderer'),
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: { input: here('./src-renderer/index.html') },
  },
} satisfies UserConfig;

export default defineConfig({
  main: {
    build: {
      outDir: here('./out/main'),
      rolldownOptions: {
        input: {
          index: here('./src-main/hosts/electron/main.ts'),
          // A separate entry: utilityProcess.fork needs a file of its own, built to .js.
          'trainer-process': here('./src-main/engine/trainer-process.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: here('./out/preload'),
      rolldownOptions: {
        input: { index: here('./src-main/hosts/electron/preload.ts') },
        // A sandboxed preload cannot be an ES module.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererConfig,
});
