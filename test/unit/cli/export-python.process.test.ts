/**
 * `layerlab export LAB|RUN --format python --out DIR`: the lab's Keras script, through the exporter
 * table, from a lab file (never trained) and from a stored run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serializeLab } from '../../../src-main/contract/lab.ts';
import { kerasScript } from '../../../src-main/export/python/script.ts';
import { TEMPLATES } from '../../../src-renderer/lib/templates.ts';
import { cliSandbox, moonsLab } from './layerlab.ts';

const cli = cliSandbox('cli-export-python');
afterAll(cli.done);

describe('layerlab export --format python', () => {
  it('writes a lab file as <lab name>.py, the script kerasScript makes', () => {
    const lab = TEMPLATES.cnn.make();
    const file = cli.write('cnn.layerlab.json', serializeLab(lab));
    const out = path.join(cli.dir, 'from-lab');
    const r = cli.run('export', file, '--format', 'python', '--out', out, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const written = path.join(out, 'Small_CNN.py');
    expect(JSON.parse(r.stdout)).toEqual({ run: null, format: 'python', files: [written] });
    expect(fs.readFileSync(written, 'utf8')).toBe(kerasScript(lab).code);
  });

  it('writes a stored run’s lab as a script', () => {
    const id = '0badc0de-0000-4000-8000-00000000a001';
    cli.seedRun(id, 'moons run');
    const out = path.join(cli.dir, 'from-run');
    const r = cli.run('export', id.slice(0, 8), '--format', 'python', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Wrote .*moons_run\.py\n$/);
    const code = fs.readFileSync(path.join(out, 'moons_run.py'), 'utf8');
    expect(code).toBe(kerasScript(moonsLab).code);
    expect(code).toContain('def make_moons(n, noise, classes, rng):');
  });
});
