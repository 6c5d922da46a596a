/**
 * A `layerlab serve` of a spec's own, on its own LAYERLAB_HOME, for the specs that need a host in a
 * particular state (a damaged store, one trainer at a time) without touching the shared one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { SCREENSHOTS } from './fixtures.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface OwnServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts the server and resolves with its address once it prints it (60 s at most). */
export function startOwnServer(home: string, env: NodeJS.ProcessEnv = {}): Promise<OwnServer> {
  const child = spawn(
    process.execPath,
    [path.join(root, 'src-main/cli/layerlab.mjs'), 'serve', '--port', '0'],
    {
      cwd: root,
      env: {
        ...process.env,
        LAYERLAB_HOME: home,
        LAYERLAB_DATA_DIR: path.join(home, 'datasets'),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  let output = '';
  return new Promise<OwnServer>((resolve, reject) => {
    const deadline = setTimeout(() => {
      void stop();
      reject(new Error(`layerlab serve printed no address within 60 s:\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(deadline);
        resolve({ url: match[1], process: child, stop });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(deadline);
      reject(new Error(`layerlab serve exited with code ${code}:\n${output}`));
    });
  });
}

/** The window sizes of the classrooms we design for. */
export const SIZES = [
  { width: 1024, height: 700 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

/** Screenshots of `page` at the three sizes we check by eye, named `<name>-<width>.png`. */
export async function shotAtSizes(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  for (const { width, height } of SIZES) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}
