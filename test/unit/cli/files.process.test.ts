/**
 * Bad paths and bad files given to `layerlab`: each is one sentence naming the path, exit 2 when the
 * input is wrong and exit 1 when the machine refuses; nothing hangs, no stack trace, no `*.tmp` left.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliSandbox, moonsLab } from './layerlab.ts';

const cli = cliSandbox('cli-files');
afterAll(cli.done);

const RUN = '0badc0de-0000-4000-8000-0000000000ff';
cli.seedRun(RUN, 'trained');

const folder = (name: string) => {
  const dir = path.join(cli.dir, name);
  fs.mkdirSync(dir);
  return dir;
};
const tmpFiles = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'));
const noTrace = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at |internal error/);

describe('files layerlab reads', () => {
  it.each([
    [
      'a lab file that is a folder',
      () => ['train', folder('lab.layerlab.json')],
      /^layerlab: Could not read .*lab\.layerlab\.json: it is a folder, not a file/,
    ],
    [
      'a Keras model that is a folder',
      () => ['train', '--model', folder('model.json'), '--dataset', 'synthetic:moons'],
      /^layerlab: Could not read .*model\.json: it is a folder, not a file/,
    ],
    [
      'a lab file of binary garbage',
      () => [
        'train',
        cli.write(
          'garbage.layerlab.json',
          new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff, 0xfe, 0x1b, 0x5b]),
        ),
      ],
      /garbage\.layerlab\.json is not a text file \(it holds binary data\), so it is not a lab file/,
    ],
    [
      'a Keras model of binary garbage',
      () => [
        'train',
        '--model',
        cli.write('garbage.json', new Uint8Array([0x7b, 0, 0xc3, 0x28])),
        '--dataset',
        'synthetic:moons',
      ],
      /garbage\.json is not a text file .* not a Keras model JSON/,
    ],
    [
      'a lab file over 50 MB',
      () => {
        const file = cli.write('huge.layerlab.json', '');
        fs.truncateSync(file, 51 * 1024 * 1024); // sparse: no disk used
        return ['train', file];
      },
      /huge\.layerlab\.json is over 50 MB, far more than a lab file holds/,
    ],
  ])('refuses %s with exit 2 and one sentence naming it', (_what, args, says) => {
    const r = cli.run(...args());
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(says);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    noTrace(r.stderr);
  });

  it.runIf(fs.existsSync('/dev/zero'))(
    'stops reading an endless file (/dev/zero) at the cap',
    () => {
      const r = cli.runWithin(
        25_000,
        'train',
        '--model',
        '/dev/zero',
        '--dataset',
        'synthetic:moons',
      );
      expect(r.signal).toBeNull();
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        'layerlab: /dev/zero is over 50 MB, far more than a Keras model JSON holds; check that it is the right file.\n',
      );
    },
  );

  it('trains a lab file saved with a UTF-8 byte order mark', () => {
    const lab = cli.write('bom.layerlab.json', '\ufeff' + JSON.stringify(moonsLab));
    const r = cli.run('train', lab, '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout.trim().split('\n').pop()!)).toMatchObject({
      status: 'completed',
      epochs: 1,
    });
  });

  it('refuses a data file that is a folder without class folders, exit 2', () => {
    const data = folder('data.csv');
    const r = cli.run(
      'train',
      '--model',
      cli.write('m.json', {
        class_name: 'Sequential',
        config: {
          layers: [
            { class_name: 'InputLayer', config: { batch_shape: [null, 2] } },
            { class_name: 'Dense', config: { units: 2, activation: 'softmax' } },
          ],
        },
      }),
      '--dataset',
      data,
    );
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(`${data} holds no class folders`);
    noTrace(r.stderr);
  });

  it("says it in the CLI's language, and in English under --json", () => {
    const lab = path.join(cli.dir, 'missing.layerlab.json');
    const zh = cli.run('train', lab, '--lang', 'zh-Hant');
    expect(zh.code, zh.stderr).toBe(2);
    expect(zh.stderr).toBe(`layerlab: ${lab} 不存在。\n`);
    const json = cli.run('train', lab, '--lang', 'zh-Hant', '--json');
    expect(json.stderr).toBe(`layerlab: ${lab} does not exist.\n`);
  });
});

describe('folders layerlab exports into', () => {
  it('refuses --out under a file (like /etc/passwd), exit 2', () => {
    const file = cli.write('a-file', 'x');
    const r = cli.run('export', RUN, '--out', path.join(file, 'model'));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `layerlab: Could not create the folder ${path.join(file, 'model')}: a part of the path is a file, not a folder.\n`,
    );
  });

  it('refuses --out that is a file, exit 2', () => {
    const file = cli.write('passwd', 'root:x:0:0');
    const r = cli.run('export', RUN, '--out', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Could not create the folder .*passwd: a part of the path is a file/);
    expect(fs.readFileSync(file, 'utf8')).toBe('root:x:0:0');
  });

  it.runIf(fs.existsSync('/proc/1'))(
    'returns at once with a sentence for --out /proc/1/nope (no endless mkdir)',
    () => {
      const r = cli.runWithin(25_000, 'export', RUN, '--out', '/proc/1/nope');
      expect(r.signal).toBeNull(); // not killed at the deadline: it returned by itself
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        'layerlab: Could not create the folder /proc/1/nope: folders cannot be made in that place; choose another folder.\n',
      );
    },
  );

  it('exits 1 (the machine, not the input) for a folder it may not write', () => {
    // Root ignores chmod, so as root the refusing folder is in sysfs.
    const isRoot = process.getuid?.() === 0;
    const dir = isRoot ? '/sys/kernel' : folder('read-only');
    if (!isRoot) fs.chmodSync(dir, 0o555);
    const r = cli.run('export', RUN, '--out', dir);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(
        `^layerlab: Could not write ${dir}/weights\\.bin: (permission denied|it is on a read-only file system)`,
      ),
    );
    noTrace(r.stderr);
  });

  it('names a folder in the way of a file and leaves no *.tmp behind', () => {
    const out = folder('out');
    fs.mkdirSync(path.join(out, 'model.json'));
    const r = cli.run('export', RUN, '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `layerlab: Could not write ${path.join(out, 'model.json')}: it is a folder, not a file; give a file name inside it.\n`,
    );
    expect(tmpFiles(out)).toEqual([]);
  });
});
