/**
 * What `layerlab` prints: names with control characters escaped in human output (and JSON that
 * parses back to the very name), and a quiet exit when the reader of the output goes away.
 */
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonLine, printable } from '../../../src-main/cli/output.ts';
import { cliSandbox, exitOf, moonsLab } from './layerlab.ts';

const cli = cliSandbox('cli-output');
afterAll(cli.done);

/** A name that would clear the screen, rewrite the line and ring the bell if printed raw. */
const HOSTILE = 'evil\x1b[2J\rgood\nrun\x07\x7f\u009b31m';

describe('printable', () => {
  it.each([
    ['an escape sequence', 'a\x1b[2Jb', 'a\\x1b[2Jb'],
    ['carriage return, newline and tab', 'a\rb\nc\td', 'a\\rb\\nc\\td'],
    ['bell and NUL', '\x07\x00', '\\x07\\x00'],
    ['DEL', 'a\x7fb', 'a\\x7fb'],
    ['C1 controls (CSI U+009B, U+0085)', '\u009b2J\u0085', '\\x9b2J\\x85'],
    ['ordinary text, accents and emoji', 'modèle 日本 🙂 C:\\runs', 'modèle 日本 🙂 C:\\runs'],
  ])('escapes %s', (_what, text, shown) => {
    expect(printable(text)).toBe(shown);
  });

  it('writes JSON whose strings hold no raw control character and parse back unchanged', () => {
    const line = jsonLine({ name: HOSTILE });
    // eslint-disable-next-line no-control-regex -- looking for raw control characters
    expect(line.slice(0, -1)).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(JSON.parse(line)).toEqual({ name: HOSTILE });
  });
});

describe('layerlab prints names safely', () => {
  it('escapes a run name in `runs`, keeps it exact in `runs --json`', () => {
    cli.seedRun('0badc0de-0000-4000-8000-000000000001', HOSTILE);
    const table = cli.run('runs');
    expect(table.code, table.stderr).toBe(0);
    // eslint-disable-next-line no-control-regex -- looking for raw control characters
    expect(table.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(table.stdout.trim().split('\n')).toHaveLength(2); // the header and one row, whatever the name holds
    expect(table.stdout).toContain('evil\\x1b[2J\\rgood\\nrun\\x07\\x7f\\x9b31m');
    const json = cli.run('runs', '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({ name: HOSTILE });
  });

  it('escapes user text quoted in an error sentence', () => {
    const r = cli.run('export', 'no\x1b[2Jsuch\rrun', '--out', cli.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "layerlab: No run matches 'no\\x1b[2Jsuch\\rrun'. List the runs with: layerlab runs (or give a .layerlab.json file).\n",
    );
  });

  it('escapes the folder it names after an export', () => {
    cli.seedRun('0badc0de-0000-4000-8000-000000000002', 'plain');
    const r = cli.run(
      'export',
      '0badc0de-0000-4000-8000-000000000002',
      '--out',
      `${cli.dir}/out\x1b[2J`,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('out\\x1b[2J/model.json');
    expect(r.stdout).not.toContain('\x1b');
  });
});

describe('a closed output', () => {
  it('ends `runs --json` quietly, exit 0, when the reader closes the pipe before reading', async () => {
    cli.seedRun('0badc0de-0000-4000-8000-000000000003', 'listed');
    const child = cli.start('runs', '--json');
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    child.stdout!.destroy(); // the next write gets EPIPE, as `| head -1` gives once head has its line
    const { code, signal } = await exitOf(child);
    expect({ code, signal, stderr }).toEqual({ code: 0, signal: null, stderr: '' });
  });

  /** A lab of 500 epochs named `name`: only a stopped run ends early. */
  const longLab = (name: string) =>
    cli.write(`${name.replace(/ /g, '-')}.layerlab.json`, {
      ...moonsLab,
      name,
      training: { epochs: 500 },
    });
  /** The stored run of the lab `name`, as `runs --json` lists it. */
  const runOf = (name: string) =>
    cli
      .run('runs', '--json')
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .find((r) => r.labName === name);

  it('stops `train --json` when its reader goes away after the first epoch, keeping that epoch', async () => {
    const lab = longLab('closed pipe');
    const child = cli.start('train', lab, '--json');
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const first = await new Promise<string>((resolve) =>
      child.stdout!.once('data', (d) => resolve(String(d))),
    );
    child.stdout!.destroy();
    expect(JSON.parse(first.split('\n')[0])).toMatchObject({ epoch: 1 });
    const { code } = await exitOf(child);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const run = runOf('closed pipe');
    expect(run.status).toBe('stopped');
    expect(run.epochsDone).toBeGreaterThanOrEqual(1);
    expect(run.epochsDone).toBeLessThan(500);
  });

  it.runIf(fs.existsSync('/dev/full'))(
    'says so in one sentence, exit 1, when the output cannot be written (a full disk)',
    async () => {
      cli.seedRun('0badc0de-0000-4000-8000-000000000004', 'listed');
      const full = fs.openSync('/dev/full', 'w');
      const child = cli.startWithStdout(full, 'runs', '--json');
      fs.closeSync(full);
      let stderr = '';
      child.stderr!.on('data', (d) => (stderr += d));
      const { code } = await exitOf(child);
      expect({ code, stderr }).toEqual({
        code: 1,
        stderr:
          'layerlab: Could not write the standard output: the disk is full; free some space and try again.\n',
      });
    },
  );

  it.runIf(fs.existsSync('/dev/full'))(
    'stops a training run whose output cannot be written, keeping its epochs, exit 1',
    async () => {
      const full = fs.openSync('/dev/full', 'w');
      const child = cli.startWithStdout(full, 'train', longLab('full disk'), '--json');
      fs.closeSync(full);
      let stderr = '';
      child.stderr!.on('data', (d) => (stderr += d));
      const { code } = await exitOf(child);
      expect({ code, stderr }).toEqual({
        code: 1,
        stderr:
          'layerlab: Could not write the standard output: the disk is full; free some space and try again.\n',
      });
      const run = runOf('full disk');
      expect(run.status).toBe('stopped');
      expect(run.epochsDone).toBeGreaterThanOrEqual(1);
    },
  );
});
