/**
 * `layerlab inspect` on a run trained through the CLI (2 epochs of generated moons): `--json` gives
 * the store's numbers, the text names the same ones for `--epoch 0`, and an epoch the run did not
 * record exits 2 with one sentence.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeActivation, describeWeights } from '../../../src-main/contract/insight-words.ts';
import { RunStore } from '../../../src-main/store/run-store.ts';
import { moons } from '../../helpers/labs.ts';
import { cliSandbox } from './layerlab.ts';

const sandbox = cliSandbox('inspect');
afterAll(() => sandbox.done());

describe('layerlab inspect', () => {
  it('shows what the store holds, at the last epoch or the one asked for; a bad epoch exits 2', () => {
    const lab = sandbox.write(
      'moons.layerlab.json',
      moons({ name: 'Moons', training: { epochs: 2 }, hidden: [8] }),
    );
    const trained = sandbox.run('train', lab, '--name', 'seen inside', '--json');
    expect(trained.code, trained.stderr).toBe(0);

    const store = new RunStore(path.join(sandbox.dir, 'home', 'runs.sqlite'));
    const runId = store.resolve('seen inside')!;
    const stored = store.getInsights(runId)!;
    store.close();
    expect(stored.epochs.map((e) => e.epoch)).toEqual([0, 1, 2]);

    const json = sandbox.run('inspect', 'seen inside', '--json');
    expect(json.code, json.stderr).toBe(0);
    expect(json.stdout.trim().split('\n')).toHaveLength(1);
    const shown = JSON.parse(json.stdout);
    const last = stored.epochs[2];
    expect(shown).toMatchObject({ run: runId, name: 'seen inside', epoch: 2, epochs: [0, 1, 2] });
    expect(shown.meta.classNames).toEqual(stored.meta.classNames);
    expect(shown.meta.weightLayers).toEqual(stored.meta.weightLayers);
    expect(shown.meta.surface.pointCount).toBe(stored.meta.surface!.points.length);
    expect(shown.insight.weights).toEqual(last.weights);
    expect(shown.insight.activations).toEqual(last.activations);
    expect(shown.insight.confusion).toEqual(last.confusion);
    expect(shown.insight.wrong).toEqual(last.wrong);
    const cells = shown.insight.surface.classCells as number[];
    expect(cells.reduce((a, b) => a + b, 0)).toBe(last.surface!.classes.length);
    expect(cells[1]).toBe(last.surface!.classes.filter((c) => c === 1).length);

    const text = sandbox.run('inspect', runId.slice(0, 8), '--epoch', '0');
    expect(text.code, text.stderr).toBe(0);
    const first = stored.epochs[0];
    expect(text.stdout).toContain(`epoch 0 (recorded: 0 to 2; 0 is before training)`);
    for (const w of first.weights) expect(text.stdout).toContain(describeWeights(stored.meta, w));
    for (const a of first.activations) expect(text.stdout).toContain(describeActivation(a));
    // Each confusion row: the class name, then its counts.
    const rows = text.stdout.split('\n').map((l) => l.trim());
    first.confusion!.forEach((counts, i) => {
      const name = stored.meta.classNames[i];
      expect(rows).toContainEqual(
        expect.stringMatching(new RegExp(`^${name}\\s+${counts.join('\\s+')}$`)),
      );
    });
    const w0 = first.wrong![0];
    expect(text.stdout).toMatch(
      new RegExp(`\\n\\s+${w0.index}\\s.*${(w0.confidence * 100).toFixed(1)}%`),
    );

    const bad = sandbox.run('inspect', 'seen inside', '--epoch', '3');
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe(
      "layerlab: Run 'seen inside' has no epoch 3: it recorded epochs 0 to 2 (0 is before training); choose --epoch between 0 and 2.\n",
    );
  });
});
