/**
 * `layerlab`: train labs headless, list datasets and runs, export trained models, serve the app.
 */
import fs, { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import {
  errorKind,
  infoWords,
  LayerLabError,
  said,
  saidInfo,
  toErrorInfo,
  type ErrorInfo,
} from '../contract/errors.ts';
import { userDataDir } from '../data/data-dirs.ts';
import { logIfInternal } from '../engine/errors.ts';
import { speakCommander } from './commander-text.ts';
import { HELP_TEXT } from './help-text.ts';
import { useCliLocale } from './language.ts';
import { handleClosedOutput, printError } from './output.ts';

handleClosedOutput();

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * Each command's module, in the order `--help` lists them. Only the command being run is loaded
 * (the others pull in the engine, the exporters, TensorFlow.js...): `layerlab runs` starts in half
 * the time. Help, a bare `layerlab` or an unknown word load them all, so commander lists or
 * suggests every command.
 */
type Register = (program: Command) => void;
const COMMANDS: [string[], () => Promise<Register>][] = [
  [['train'], async () => (await import('./commands/train.ts')).registerTrain],
  [['datasets'], async () => (await import('./commands/datasets.ts')).registerDatasets],
  [['runs'], async () => (await import('./commands/runs.ts')).registerRuns],
  [['export'], async () => (await import('./commands/export.ts')).registerExport],
  [['serve'], async () => (await import('./commands/serve.ts')).registerServe],
  [['start'], async () => (await import('./commands/start.ts')).registerStart],
  [['grid', 'grids'], async () => (await import('./commands/grid.ts')).registerGrid],
  [['bench'], async () => (await import('../bench/bench.ts')).registerBench],
  [['store'], async () => (await import('./commands/store.ts')).registerStore],
  [['import'], async () => (await import('./commands/import.ts')).registerImport],
  [['evaluate'], async () => (await import('./commands/evaluate.ts')).registerEvaluate],
  [['inspect'], async () => (await import('./commands/inspect.ts')).registerInspect],
  [['worker'], async () => (await import('./commands/worker.ts')).registerWorker],
  [['labs'], async () => (await import('./commands/check.ts')).registerLabs],
  [['check'], async () => (await import('./commands/check.ts')).registerCheck],
  [['report'], async () => (await import('./commands/report.ts')).registerReport],
  [['class'], async () => (await import('./commands/report.ts')).registerClass],
];
/** The program with its commands, worded in the CLI's language (set before this is called). */
async function makeProgram(): Promise<Command> {
  const program = new Command('layerlab')
    .description('Build, train and compare neural networks; watch them overfit.')
    .version(pkg.version)
    .option(
      '--lang <language>',
      'the language of the human output: en, zh-Hans, zh-Hant (--json stays English)',
    )
    .exitOverride()
    // Before the commands are added, so they inherit it: --help and errors in the CLI's language.
    .configureHelp(HELP_TEXT);
  speakCommander(program);
  const word =
    process.argv.slice(2).find((a, i, args) => !a.startsWith('-') && args[i - 1] !== '--lang') ??
    '';
  const only = COMMANDS.filter(([names]) => names.includes(word));
  for (const [, load] of only.length ? only : COMMANDS) (await load())(program);
  return program;
}

/** An unexpected error's stack appended to `<user data>/layerlab.log` (stderr if that fails). */
function logInternalToFile(e: unknown): ErrorInfo {
  const log = path.join(userDataDir(), 'layerlab.log');
  const entry = `${new Date().toISOString()} layerlab ${process.argv.slice(2).join(' ')}\n${(e as Error)?.stack ?? String(e)}\n`;
  try {
    fs.appendFileSync(log, entry);
  } catch {
    return logIfInternal(e, 'the command');
  }
  const info = toErrorInfo(e);
  return saidInfo(info.code, said('error_details_in_log', { sentence: infoWords(info), log }));
}

/** Words the CLI in its language, loads the command asked for (all of them for help), runs it. */
async function main(): Promise<void> {
  try {
    // First: the commands' options are worded as they are declared.
    useCliLocale(process.argv.slice(2), process.env);
    await (await makeProgram()).parseAsync(process.argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? 0 : 2;
    } else {
      // Bad input exits 2; the machine's failures and LayerLab's own bugs exit 1. A bug's stack goes
      // to the log file, not between the student and the sentence.
      const info = e instanceof LayerLabError ? e.info() : logInternalToFile(e);
      printError(info);
      process.exitCode = errorKind(info.code) === 'input' ? 2 : 1;
    }
  }
}

// A function, not top-level await: the checkout's CLI bundle (cli-bundle.ts) is CommonJS.
void main();
