/**
 * What the command prints. User-supplied text (run and lab names, layer names, paths, values quoted in
 * error sentences) goes through `printable`, so a name cannot clear the screen or rewrite a line; a
 * reader that goes away (`layerlab runs --json | head -1`) ends the command quietly.
 */
import { errorSentence, type ErrorInfo } from '../contract/errors.ts';
import { fsError } from '../store/safe-fs.ts';

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** C0 and C1 controls and DEL: what a terminal may take as a command rather than text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

/** `text` with every control character written as a visible escape (`\x1b[2J`, `\r`, `\x07`). */
export function printable(text: string): string {
  return text.replace(
    CONTROLS,
    (c) => NAMED[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

/**
 * One JSON value on one line. JSON escapes C0 controls but not DEL or C1 (U+0080-U+009F), which some
 * terminals obey; those are written as `\u` escapes too, so the line parses to the same value.
 */
export function jsonLine(value: unknown): string {
  return (
    JSON.stringify(value).replace(
      /[\u007f-\u009f]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    ) + '\n'
  );
}

/** Columns a string takes in a terminal: East Asian wide characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1;
  return width;
}

/** `text` padded with spaces to `width` terminal columns. */
export const padColumns = (text: string, width: number) =>
  text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** `text` right-aligned in `width` terminal columns (a number in a table). */
const padColumnsStart = (text: string, width: number) =>
  ' '.repeat(Math.max(0, width - displayWidth(text))) + text;

/**
 * A table's lines: each column as wide as its widest cell in terminal columns (CJK counts two),
 * columns two spaces apart, left-aligned unless `rightAligned(column)` (figures), no trailing spaces.
 */
export function alignColumns(
  rows: string[][],
  rightAligned: (column: number) => boolean = () => false,
): string[] {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c]))));
  return rows.map((r) =>
    r
      .map((cell, c) =>
        rightAligned(c) ? padColumnsStart(cell, widths[c]) : padColumns(cell, widths[c]),
      )
      .join('  ')
      .trimEnd(),
  );
}

/**
 * An error on stderr, one line, in the CLI's language (`--lang`, `LANG`); under `--json` the English
 * `message`, so what a script reads is the same in every language.
 */
export function printError(error: ErrorInfo, argv: readonly string[] = process.argv): void {
  process.stderr.write(`layerlab: ${printable(saidHere(error, argv))}\n`);
}

/** True when the command line asks for `--json` output, which stays English, errors included. */
export const jsonOutput = (argv: readonly string[] = process.argv) => argv.includes('--json');

/** A sentence with its English `message` (and key): in the CLI's language, English under `--json`. */
export const saidHere = (
  sentence: Parameters<typeof errorSentence>[0],
  argv: readonly string[] = process.argv,
): string => (jsonOutput(argv) ? sentence.message : errorSentence(sentence));

/** A warning on stderr, one line. */
export function warn(text: string): void {
  process.stderr.write(`layerlab: warning: ${printable(text)}\n`);
}

let onClosed: (() => void) | null = null;
let closed = false;

/** True once the reader of stdout or stderr has gone away. */
export function outputClosed(): boolean {
  return closed;
}

/**
 * While `stop` is set, a closed output calls it instead of ending the process, so a command with work
 * in flight (a training run) can stop it and keep what is finished. Returns the way to unset it.
 */
export function whenOutputCloses(stop: () => void): () => void {
  onClosed = stop;
  return () => {
    if (onClosed === stop) onClosed = null;
  };
}

/**
 * Installed once, before any command runs. C tools die of SIGPIPE when their reader closes the pipe;
 * Node ignores SIGPIPE and would crash on the EPIPE error with a stack trace instead. A reader that
 * stops reading has what it wanted, so, like ripgrep, LayerLab stops writing and exits 0 without a
 * word (a shell with `pipefail` would report 141 for `git log | head`, but only when the pipe's buffer
 * happened to fill first; exiting 0 every time keeps such scripts predictable). Any other failure to
 * write the output (a full disk under `> file`) is one sentence on stderr and exit 1. Either way a
 * command with work in flight stops it first (see `whenOutputCloses`).
 */
export function handleClosedOutput(): void {
  const onError = (stream: 'stdout' | 'stderr') => (e: NodeJS.ErrnoException) => {
    if (closed) return;
    closed = true;
    // Once stderr fails there is nowhere to say anything: stop as quietly as for a closed pipe.
    const readerLeft =
      e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED' || stream === 'stderr';
    if (!readerLeft) {
      process.stderr.write(
        `layerlab: ${printable(fsError(e, 'the standard output', 'write').message)}\n`,
      );
      process.exitCode = 1;
    }
    if (onClosed) onClosed();
    else process.exit(readerLeft ? 0 : 1);
  };
  process.stdout.on('error', onError('stdout'));
  process.stderr.on('error', onError('stderr'));
}
