/**
 * `layerlab export RUN --format csv --out DIR`: a stored run's history through the exporter table;
 * a lab file, which has no history, is refused with one sentence.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serializeLab } from '../../../src-main/contract/lab.ts';
import { cliSandbox, moonsLab } from './layerlab.ts';

const cli = cliSandbox('cli-export-csv');
afterAll(cli.done);

describe('layerlab export --format csv', () => {
  it('writes a stored run’s history as <run name>.csv, Keras CSVLogger columns first', () => {
    const id = '0badc0de-0000-4000-8000-00000000c5c1';
    cli.seedRun(id, 'moons run');
    const out = path.join(cli.dir, 'from-run');
    const r = cli.run('export', 'moons run', '--format', 'csv', '--out', out, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const written = path.join(out, 'moons_run.csv');
    expect(JSON.parse(r.stdout)).toEqual({ run: id, format: 'csv', files: [written] });
    expect(fs.readFileSync(written, 'utf8')).toBe(
      'epoch,accuracy,loss,val_accuracy,val_loss,regularization_loss,data_loss,seconds\n' +
        '0,0.5,0.7,0.6,0.6,0,0.7,1\n',
    );
  });

  it('refuses a lab file with one sentence and writes nothing', () => {
    const file = cli.write('moons.layerlab.json', serializeLab(moonsLab));
    const out = path.join(cli.dir, 'from-lab');
    const r = cli.run('export', file, '--format', 'csv', '--out', out);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(
      'is a lab, which has no training history to export as Training history (.csv): train it (layerlab train',
    );
    expect(fs.existsSync(out)).toBe(false);
  });
});
