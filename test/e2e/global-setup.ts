/**
 * Starts the real browser host once for the suite: `layerlab serve --port 0` with a fresh
 * LAYERLAB_HOME, so the tests never touch the user's runs or labs. The URL (with its token) reaches
 * the tests through LAYERLAB_E2E_URL.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export default async function globalSetup(): Promise<() => Promise<void>> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-e2e-'));
  // Real datasets for the walkthrough (the other specs train on generated data).
  const shared = path.resolve(root, '../shared/datasets');
  const dataDir =
    process.env.LAYERLAB_E2E_DATA_DIR ??
    (fs.existsSync(shared) ? shared : path.join(home, 'datasets'));
  const server = spawn(
    process.execPath,
    [path.join(root, 'src-main/cli/layerlab.mjs'), 'serve', '--port', '0'],
    {
      cwd: root,
      env: { ...process.env, LAYERLAB_HOME: home, LAYERLAB_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`layerlab serve did not start within 120 s:\n${output}`)),
      120_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.on('exit', (code) =>
      reject(new Error(`layerlab serve exited with code ${code}:\n${output}`)),
    );
  });
  process.env.LAYERLAB_E2E_URL = url;
  process.env.LAYERLAB_E2E_HOME = home;
  return async () => {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    fs.rmSync(home, { recursive: true, force: true });
  };
}
