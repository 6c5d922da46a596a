/**
 * `layerlab check`: on an empty store a guided lab's checks fail with what to do (exit 1); `--walk
 * --quick` trains the moons playground step by step and every check passes; afterwards the checks
 * pass on the stored runs without training; `layerlab labs` lists the library by topic.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliSandbox } from './layerlab.ts';

const sandbox = cliSandbox('check');
afterAll(() => sandbox.done());
const moonsFile = path.resolve(
  import.meta.dirname,
  '../../../labs/library/moons-playground.layerlab.json',
);
const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describe('layerlab check', () => {
  it('fails a check with no runs (exit 1), walks the quick moons lab to passing checks, then passes on the store', () => {
    const empty = sandbox.run('check', moonsFile);
    expect(empty.code, empty.stderr).toBe(1);
    expect(empty.stdout).toContain(
      'FAIL A run whose val_loss rises for 3 epochs in a row after its minimum',
    );
    expect(empty.stdout).toContain('No finished run yet: train one.');
    expect(empty.stdout).toContain('0 of 2 checks passed.');

    const walked = sandbox.run('check', 'moons-playground', '--walk', '--quick', '--json');
    expect(walked.code, walked.stderr).toBe(0);
    const out = lines(walked.stdout);
    expect(out.filter((o) => o.did).map((o) => o.step)).toEqual(['big', 'small']);
    expect(out.filter((o) => 'passed' in o && !o.summary).map((o) => [o.step, o.passed])).toEqual([
      ['big', true],
      ['small', true],
    ]);
    expect(out.at(-1)).toMatchObject({
      summary: true,
      lab: 'library.moons-playground',
      passed: 2,
      failed: 0,
    });

    // The walk's runs are in the store: the file's checks pass on them, without training.
    const again = sandbox.run('check', moonsFile, '--json');
    expect(again.code, again.stderr).toBe(0);
    expect(lines(again.stdout).at(-1)).toMatchObject({ passed: 2, failed: 0 });
  });

  it('lists the library by topic; an unknown lab is one sentence, exit 2', () => {
    const labs = sandbox.run('labs');
    expect(labs.code, labs.stderr).toBe(0);
    expect(labs.stdout).toMatch(
      /^Playground\n {2}moons-playground .* Two moons \(generated\) · 2 steps/,
    );
    const unknown = sandbox.run('check', 'no-such-lab');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /^layerlab: There is no lab 'no-such-lab' in the library; the labs are: /,
    );
  });
});
