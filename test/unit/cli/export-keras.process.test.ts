/**
 * `layerlab export RUN --format keras|h5 --out DIR`: a run trained by `layerlab train` leaves as a
 * `.keras` zip and a legacy `.h5` file holding its stored weights; a run whose weights do not fit
 * its lab is refused in one sentence.
 */
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHdf5, type H5Dataset } from '../../../src-main/export/keras-file/hdf5.ts';
import { LayerLabService } from '../../../src-main/hosts/service.ts';
import { RunStore, type StoredModel } from '../../../src-main/store/run-store.ts';
import { cliSandbox, moonsLab } from './layerlab.ts';

const cli = cliSandbox('cli-export-keras');
afterAll(cli.done);

let stored: StoredModel;
let runId: string;
const weight = (name: string) => {
  let offset = 0;
  for (const raw of stored.weightSpecs) {
    const spec = raw as { name: string; shape: number[] };
    const size = spec.shape.reduce((a, b) => a * b, 1);
    if (spec.name === name)
      return new Float32Array(stored.weightData.slice(offset, offset + size * 4).buffer);
    offset += size * 4;
  }
  throw new Error(`no ${name}`);
};

beforeAll(() => {
  const lab = cli.write('moons.layerlab.json', moonsLab);
  const r = cli.run('train', lab, '--name', 'exported moons');
  expect(r.code, r.stderr).toBe(0);
  const store = new RunStore(path.join(cli.dir, 'home', 'runs.sqlite'));
  try {
    runId = store.resolve('exported moons')!;
    stored = store.loadModel(runId)!;
  } finally {
    store.close();
  }
});

describe('layerlab export --format keras|h5', () => {
  it('writes the run as a .keras zip with its trained weights', async () => {
    const out = path.join(cli.dir, 'keras');
    const r = cli.run('export', 'exported moons', '--format', 'keras', '--out', out, '--json');
    expect(r.code, r.stderr).toBe(0);
    const file = path.join(out, 'exported_moons.keras');
    expect(JSON.parse(r.stdout)).toMatchObject({ format: 'keras', files: [file] });
    const zip = unzipSync(fs.readFileSync(file));
    expect(Object.keys(zip)).toEqual(['metadata.json', 'config.json', 'model.weights.h5']);
    expect(JSON.parse(new TextDecoder().decode(zip['config.json']))).toMatchObject({
      class_name: 'Sequential',
      compile_config: { optimizer: { class_name: 'Adam' } },
    });
    await readHdf5(zip['model.weights.h5'], (h5) => {
      expect((h5.get('layers/dense/vars/0') as H5Dataset).value).toEqual(weight('dense/kernel'));
      expect((h5.get('layers/dense_1/vars/1') as H5Dataset).value).toEqual(weight('dense_1/bias'));
    });
  });

  it('writes the run as a legacy .h5 file with its trained weights', async () => {
    const out = path.join(cli.dir, 'h5');
    const r = cli.run('export', 'exported moons', '--format', 'h5', '--out', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('exported_moons.h5');
    const bytes = new Uint8Array(fs.readFileSync(path.join(out, 'exported_moons.h5')));
    await readHdf5(bytes, (h5) => {
      expect(h5.get_attribute('backend', true)).toBe('tensorflow');
      const kernel = h5.get('model_weights/dense/sequential/dense/kernel') as H5Dataset;
      expect(kernel.value).toEqual(weight('dense/kernel'));
    });
  });

  it('refuses a run whose stored weights do not fit its lab, in one sentence, exit 2', () => {
    cli.seedRun('0badc0de-0000-4000-8000-0000000000aa', 'mismatched');
    const r = cli.run('export', 'mismatched', '--format', 'keras', '--out', cli.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^layerlab: The run's stored weights have no "dense\/kernel"/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('the API: exportRun(runId, { format })', () => {
  it('returns the .keras and .h5 files, and writes them into a folder under exports', async () => {
    const store = new RunStore(path.join(cli.dir, 'home', 'runs.sqlite'));
    const service = new LayerLabService({
      host: 'browser',
      store,
      dataDirs: [],
      appDir: path.join(cli.dir, 'app'),
      spawnTrainer: () => {
        throw new Error('exporting starts no trainer');
      },
      probeBackend: () => Promise.reject(new Error('not probed in this test')),
    });
    try {
      const keras = await service.exportRun(runId, { format: 'keras' });
      expect(keras.files.map((f) => f.name)).toEqual(['exported_moons.keras']);
      const zip = unzipSync(keras.files[0].bytes!);
      await readHdf5(zip['model.weights.h5'], (h5) =>
        expect((h5.get('layers/dense/vars/1') as H5Dataset).value).toEqual(weight('dense/bias')),
      );
      const h5 = await service.exportRun(runId, { format: 'h5', dir: 'models' });
      const file = path.join(cli.dir, 'app', 'exports', 'models', 'exported_moons.h5');
      expect(h5.files).toEqual([{ name: 'exported_moons.h5', path: file }]);
      await readHdf5(new Uint8Array(fs.readFileSync(file)), (f) =>
        expect((f.get('model_weights/dense_1/sequential/dense_1/bias') as H5Dataset).value).toEqual(
          weight('dense_1/bias'),
        ),
      );
    } finally {
      store.close();
    }
  });
});
