/** What every command shares: the data folders, the run store, and one way to fail. */
import path from 'node:path';
import { Option } from 'commander';
import { LayerLabError, type ErrorText } from '../contract/errors.ts';
import { resolveDataDirs, userDataDir } from '../data/data-dirs.ts';
import { RunStore } from '../store/run-store.ts';
import { refusal } from './commander-text.ts';
import { jsonLine } from './output.ts';
import { m } from '../contract/i18n.ts';

export interface GlobalOptions {
  dataDir?: string;
  json?: boolean;
}

/** A failure the user can fix: printed as one line on stderr, exit code 2. */
export class UsageError extends LayerLabError {
  constructor(message: string | ErrorText) {
    super('usage', message);
    this.name = 'UsageError';
  }
}

/** `--backend`, shared by the commands that start a trainer. */
export function backendOption(): Option {
  return new Option('--backend <name>', m.cliopt_backend()).choices([
    'auto',
    'tensorflow-gpu',
    'webgpu',
    'tensorflow',
    'wasm',
    'cpu',
  ]);
}

export function dataDirs(options: GlobalOptions): string[] {
  return resolveDataDirs({ dataDir: options.dataDir });
}

/** The run store in the user data folder (`LAYERLAB_HOME` overrides it, for tests and lab servers). */
export function storePath(): string {
  return path.join(userDataDir(), 'runs.sqlite');
}

export function openStore(): RunStore {
  return new RunStore(storePath());
}

export function printJson(value: unknown): void {
  process.stdout.write(jsonLine(value));
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw refusal(() => m.clierr_not_whole({ value, min: 1 }));
  return n;
}

export function nonNegative(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw refusal(() => m.clierr_not_number({ value }));
  return n;
}
