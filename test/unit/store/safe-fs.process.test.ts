/** Folders and atomic writes: a sentence naming the path for every system error, never a hang or a leftover. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LayerLabError } from '../../../src-main/contract/errors.ts';
import { ensureDir, writeFileAtomic } from '../../../src-main/store/safe-fs.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-safe-fs-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function refusal(task: () => void): LayerLabError {
  try {
    task();
  } catch (e) {
    expect(e).toBeInstanceOf(LayerLabError);
    return e as LayerLabError;
  }
  throw new Error('expected a refusal');
}

describe('ensureDir', () => {
  it('makes nested folders and accepts existing ones', () => {
    const deep = path.join(dir, 'a', 'b', 'c');
    ensureDir(deep);
    ensureDir(deep);
    expect(fs.statSync(deep).isDirectory()).toBe(true);
  });

  // Node's recursive mkdir spins forever on these: run in a child with a deadline, so a regression
  // fails the test instead of hanging the suite.
  it.each(['/proc/nope/lab', '/proc/1/nope'])('refuses %s at once with a sentence', (target) => {
    const script = `import { ensureDir } from ${JSON.stringify(path.resolve('src-main/store/safe-fs.ts'))};
      try { ensureDir(${JSON.stringify(target)}); console.log('made'); } catch (e) { console.log(e.code + ': ' + e.message); }`;
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(child.signal, 'ensureDir hung').toBeNull();
    expect(child.stdout.trim()).toBe(
      `bad-path: Could not create the folder ${target}: folders cannot be made in that place; choose another folder.`,
    );
  });

  it('names a file that stands where a folder is needed', () => {
    const file = path.join(dir, 'plain-file');
    fs.writeFileSync(file, 'x');
    const e = refusal(() => ensureDir(path.join(file, 'sub')));
    expect([e.code, e.message]).toEqual([
      'bad-path',
      `Could not create the folder ${path.join(file, 'sub')}: a part of the path is a file, not a folder.`,
    ]);
  });

  it('refuses a dangling symbolic link in the path without looping', () => {
    const link = path.join(dir, 'dangling');
    fs.symlinkSync(path.join(dir, 'nowhere', 'x'), link);
    const e = refusal(() => ensureDir(path.join(link, 'out')));
    expect(e.code).toBe('bad-path');
    expect(e.message).toContain(path.join(link, 'out'));
  });
});

describe('writeFileAtomic', () => {
  it('writes the whole file and leaves no temporary file', () => {
    const file = path.join(dir, 'w', 'lab.json');
    writeFileAtomic(file, '{"a":1}');
    expect(fs.readFileSync(file, 'utf8')).toBe('{"a":1}');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['lab.json']);
  });

  it('says a folder is in the way, keeps the folder, and removes its temporary file', () => {
    const folder = path.join(dir, 'is-a-folder');
    fs.mkdirSync(folder);
    const e = refusal(() => writeFileAtomic(folder, 'x'));
    expect([e.code, e.message]).toEqual([
      'bad-path',
      `Could not write ${folder}: it is a folder, not a file; give a file name inside it.`,
    ]);
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
