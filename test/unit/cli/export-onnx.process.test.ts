/**
 * `layerlab export RUN --format onnx --out DIR`: a run trained by `layerlab train` leaves as one
 * .onnx file that ONNX Runtime runs and that predicts what LayerLab predicts from the run's stored
 * weights.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RunStore } from '../../../src-main/store/run-store.ts';
import { mergesLab } from '../../helpers/export-labs.ts';
import { runOnnx } from '../../helpers/run-onnx.ts';
import { predictStored } from '../../helpers/stored-model.ts';
import { cliSandbox } from './layerlab.ts';

const cli = cliSandbox('cli-onnx');
afterAll(cli.done);

describe('layerlab export --format onnx', () => {
  it('writes the trained run as an .onnx file that ONNX Runtime runs as LayerLab predicts', async () => {
    const lab = { ...mergesLab(), name: 'two branches' };
    const train = cli.run('train', cli.write('merges.layerlab.json', lab));
    expect(train.code, train.stderr).toBe(0);

    const out = path.join(cli.dir, 'out');
    const r = cli.run('export', 'two branches #1', '--format', 'onnx', '--out', out, '--json');
    expect(r.code, r.stderr).toBe(0);
    const file = path.join(out, 'two_branches_1.onnx');
    expect(fs.readdirSync(out)).toEqual(['two_branches_1.onnx']);
    expect(JSON.parse(r.stdout)).toMatchObject({ files: [file] });

    const store = new RunStore(path.join(cli.dir, 'home', 'runs.sqlite'));
    const model = store.loadModel(store.resolve('two branches #1')!)!;
    store.close();
    const x = Float32Array.from({ length: 20 }, (_, i) => (i % 7) / 2 - 1.5);
    const expected = await predictStored(model, x, [10, 2]);
    const got = await runOnnx(fs.readFileSync(file), x, [10, 2]);
    expect(got).toMatchObject({ input: 'input', output: 'dense_3', shape: [10, 2] });
    const diff = got.values.reduce((m, v, i) => Math.max(m, Math.abs(v - expected.values[i])), 0);
    expect(diff).toBeLessThan(1e-5);
  });
});
