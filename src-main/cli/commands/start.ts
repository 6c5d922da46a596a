/**
 * `layerlab start` (`npm start`): the desktop app in Electron, or, where no Electron binary can be
 * found, the browser host with the address opened in the default browser.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { portNumber, serve, type ServeOptions } from './serve.ts';
import { m } from '../../contract/i18n.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The Electron binary, or why there is none (the optional dependency could not install). */
export function findElectron(): { binary: string } | { missing: string } {
  try {
    // In Node, the `electron` package exports the path of its binary, and throws when the download failed.
    const binary = createRequire(import.meta.url)('electron') as unknown;
    if (typeof binary === 'string' && fs.existsSync(binary)) return { binary };
    return { missing: m.cli_start_no_binary() };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      missing:
        code === 'MODULE_NOT_FOUND'
          ? m.cli_start_not_installed()
          : (e as Error).message.split('\n')[0],
    };
  }
}

async function startElectron(binary: string, options: ServeOptions): Promise<void> {
  const main = path.join(root, 'out', 'main', 'index.js');
  if (!fs.existsSync(main) || options.rebuild) {
    process.stdout.write(`${m.cli_start_building()}\n`);
    const cli = path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
    await run(process.execPath, [cli, 'build', '--config', path.join(root, 'electron.config.ts')]);
  }
  const args = [root, ...(options.dataDir ? ['--data-dir', path.resolve(options.dataDir)] : [])];
  await run(binary, args);
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', cwd: root });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(command)} exited with code ${code}.`)),
    );
  });
}

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('Start the desktop app (or, without Electron, the browser host).')
    .option('--browser', m.cliopt_start_browser())
    .option('--port <n>', m.cliopt_start_port(), portNumber)
    .option('--no-open', m.cliopt_start_no_open())
    .option('--rebuild', m.cliopt_start_rebuild())
    .option('--data-dir <dir>', m.cliopt_data_dir())
    .action(async (options: ServeOptions & { browser?: boolean }, command: Command) => {
      const opts = { ...command.optsWithGlobals<ServeOptions>(), ...options };
      const electron = options.browser ? { missing: m.cli_start_browser_given() } : findElectron();
      if ('binary' in electron) return startElectron(electron.binary, opts);
      process.stdout.write(`${m.cli_start_no_electron({ why: electron.missing })}\n`);
      await serve(opts);
    });
}
