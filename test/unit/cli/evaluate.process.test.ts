/**
 * `layerlab evaluate` and `layerlab train model.keras` as a user runs them: a stored run scored on
 * its test set as its last epoch scored it, a Keras model file imported into the store first, and
 * one line on stderr (exit 2) for a file or a dataset that does not fit.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { moons } from '../../helpers/labs.ts';
import { cliSandbox } from './layerlab.ts';

const cli = cliSandbox('evaluate');
afterAll(() => fs.rmSync(cli.dir, { recursive: true, force: true }));
const fixture = (name: string) =>
  path.resolve(import.meta.dirname, '../../fixtures/keras/models', name);
const lastJson = (stdout: string) => JSON.parse(stdout.trim().split('\n').pop()!);

describe('layerlab evaluate', () => {
  it('scores a stored run on its test set as its last epoch did, in text and JSON', () => {
    const lab = path.join(cli.dir, 'moons.layerlab.json');
    fs.writeFileSync(lab, JSON.stringify(moons({ training: { epochs: 2 } })));
    const trained = cli.run('train', lab, '--json');
    expect(trained.code, trained.stderr).toBe(0);
    const lines = trained.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const summary = lines.pop();
    const last = lines.pop();
    const r = cli.run('evaluate', summary.run.slice(0, 8), '--json');
    expect(r.code, r.stderr).toBe(0);
    const e = lastJson(r.stdout);
    expect(e).toMatchObject({ run: summary.run, dataset: 'synthetic:moons' });
    expect(e.loss).toBeCloseTo(last.val_loss, 6);
    expect(e.accuracy).toBeCloseTo(last.val_accuracy, 6);
    const text = cli.run('evaluate', summary.run);
    expect(text.stdout).toMatch(
      new RegExp(
        `^${e.count}/${e.count} test examples of synthetic:moons - loss: ${e.loss.toFixed(4)} - accuracy: ${e.accuracy.toFixed(4)}`,
      ),
    );
  }, 150_000);

  it('imports a .keras file into the store first, then checks it against the dataset', () => {
    const r = cli.run('evaluate', fixture('tiny.keras'), '--dataset', 'synthetic:moons');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/warning: LayerLab cannot tell from tiny\.keras's input shape/);
    expect(r.stderr).toMatch(/Input layer 'pixels' has shape \[6, 6, 1\] \(36 values\)/);
    expect(cli.run('runs', '--json').stdout).toContain('tiny.keras (imported)');
  }, 60_000);

  it("says the import's warnings in --lang's language, and in English under --json", () => {
    const args = ['evaluate', fixture('tiny.keras'), '--dataset', 'synthetic:moons'];
    const zh = cli.run(...args, '--lang', 'zh-Hant');
    expect(zh.stderr).toContain(
      'layerlab: warning: LayerLab 無法根據 tiny.keras 的輸入形狀 [6, 6, 1] 判斷它是用哪個資料集訓練的',
    );
    const json = cli.run(...args, '--lang', 'zh-Hant', '--json');
    expect(json.stderr).toMatch(/warning: LayerLab cannot tell from tiny\.keras's input shape/);
  }, 60_000);

  it('refuses a file that is not a Keras model, and a model file that does not exist', () => {
    const notes = path.join(cli.dir, 'notes.keras');
    fs.writeFileSync(notes, 'just text');
    const r = cli.run('evaluate', notes);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^layerlab: notes\.keras is neither a Keras \.keras file/);
    const gone = cli.run('evaluate', path.join(cli.dir, 'gone.h5'));
    expect(gone.code).toBe(2);
    expect(gone.stderr).toMatch(/gone\.h5 does not exist/);
  }, 60_000);
});

describe('layerlab train model.h5', () => {
  it('imports the model and refuses, in one line, a dataset it does not fit', () => {
    const r = cli.run('train', fixture('tiny.h5'), '--dataset', 'synthetic:moons');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Input layer 'pixels' has shape \[6, 6, 1\]/);
  }, 60_000);
});
