/**
 * The library as shipped: every lab file parses, is what its source writes, fits its dataset at
 * every step, and has a valid quick version; a broken file is one sentence, never a crash; a lab
 * opens as the student's own copy; checkLab reads only the lab's runs from the store.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCompatibility } from '../../../src-main/contract/compat.ts';
import type { DatasetInfo, DatasetRef } from '../../../src-main/contract/datasets.ts';
import { TOPICS } from '../../../src-main/contract/guide.ts';
import { parseLab, type LabFile } from '../../../src-main/contract/lab.ts';
import { analyzeGraph } from '../../../src-main/contract/validate.ts';
import {
  libraryDir,
  libraryLab,
  quickLab,
  readLibrary,
} from '../../../src-main/hosts/lab-library.ts';
import { LayerLabService } from '../../../src-main/hosts/service.ts';
import { writeLibrary } from '../../../src-main/library/make-library.ts';
import { RunStore } from '../../../src-main/store/run-store.ts';
import { epochInsight, insightMeta } from '../../helpers/insights.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-library-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** What the trainer would say about each dataset, known without loading it. */
function datasetInfo(ref: DatasetRef): DatasetInfo {
  const base = { id: 'x', trainCount: 1, testCount: 1 };
  if (ref.kind === 'builtin' && ref.name === 'imdb')
    return {
      ...base,
      title: 'IMDB',
      task: 'binary',
      classNames: ['neg', 'pos'],
      featureShape: [ref.numWords],
    };
  if (ref.kind === 'builtin')
    return {
      ...base,
      title: ref.name,
      task: 'multiclass',
      classNames: [...'0123456789'],
      featureShape: [28, 28, 1],
    };
  if (ref.kind === 'synthetic')
    return { ...base, title: ref.shape, task: 'binary', classNames: ['0', '1'], featureShape: [2] };
  throw new Error('the library uses no files');
}

/** Every lab the walkthrough trains: the lab after each step's setup. */
function stepLabs(lab: LabFile): { where: string; lab: LabFile }[] {
  let current = lab;
  return lab.guide!.steps.map((step) => {
    const s = step.setup;
    if (s)
      current = {
        ...current,
        graph: s.graph ?? current.graph,
        training: s.training ?? current.training,
        dataset: s.dataset ?? current.dataset,
      };
    return { where: `${lab.guide!.id}, step ${step.id}`, lab: current };
  });
}

describe('the library', () => {
  const { labs, problems } = readLibrary();

  it('parses every file, one lab per topic at least, ids, topics and minutes set and unique', () => {
    expect(problems).toEqual([]);
    expect(labs.length).toBeGreaterThanOrEqual(15);
    const ids = labs.map((l) => l.lab.guide!.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(labs.map((l) => l.lab.guide!.topic))).toEqual(new Set(TOPICS));
    for (const { id, lab, quick } of labs) {
      expect(lab.guide!.minutes, id).toBeGreaterThan(0);
      expect(quick?.minutes, id).toBeGreaterThan(0);
      expect(lab.training.seed, id).not.toBeNull();
      expect(lab.guide!.locks.dataset, id).toBe(true);
      const steps = lab.guide!.steps;
      expect(steps.length, id).toBeGreaterThanOrEqual(2);
      expect(new Set(steps.map((s) => s.id)).size, id).toBe(steps.length);
      expect(
        steps.some((s) => s.checks.length),
        id,
      ).toBe(true);
      for (const step of steps) {
        expect(step.text.length, `${id}/${step.id}`).toBeGreaterThan(100);
        const qids = step.questions.map((q) => q.id);
        expect(new Set(qids).size, `${id}/${step.id}`).toBe(qids.length);
        for (const q of step.questions)
          if (q.kind === 'choice' && q.correct !== null)
            expect(q.correct, `${id}/${step.id}/${q.id}`).toBeLessThan(q.choices.length);
      }
    }
  });

  it('ships what its sources write (run make-library.ts after editing a source)', () => {
    const out = path.join(tmp, 'written');
    writeLibrary(out);
    for (const name of fs.readdirSync(out))
      expect(fs.readFileSync(path.join(out, name), 'utf8'), name).toBe(
        fs.readFileSync(path.join(libraryDir(), name), 'utf8'),
      );
    expect(fs.readdirSync(out).sort()).toEqual(fs.readdirSync(libraryDir()).sort());
  });

  it('every step, full and quick, trains a valid model that fits its dataset', () => {
    for (const entry of labs)
      for (const version of [entry.lab, quickLab(entry.lab, entry.quick!)]) {
        const reparsed = parseLab(JSON.parse(JSON.stringify(version)), entry.id);
        for (const { where, lab } of stepLabs(reparsed)) {
          const analysis = analyzeGraph(lab.graph);
          expect(
            analysis.issues.map((i) => i.message),
            where,
          ).toEqual([]);
          const issues = checkCompatibility(lab.graph, datasetInfo(lab.dataset), lab.training);
          expect(
            issues.map((i) => i.message),
            where,
          ).toEqual([]);
        }
        if (entry.lab.guide!.steps.some((s) => s.checks.some((c) => c.kind === 'grid')))
          expect(version.grid, entry.id).not.toBeNull();
      }
  });

  it('a quick version is smaller: fewer epochs or examples in every step', () => {
    for (const entry of labs) {
      const full = stepLabs(entry.lab);
      const quick = stepLabs(libraryLab(entry.id, { quick: true }));
      quick.forEach(({ where, lab }, i) => {
        const t = lab.training;
        const f = full[i].lab.training;
        expect(
          t.epochs * (t.trainSubset ?? 1e9) < f.epochs * (f.trainSubset ?? 1e9) ||
            lab.dataset !== full[i].lab.dataset,
          where,
        ).toBe(true);
      });
      const opened = libraryLab(entry.id, { quick: true });
      expect(opened.guide!.minutes).toBe(entry.quick!.minutes);
      // The steps' text describes the full lab: the quick copy says what it trains instead.
      const notice = opened.guide!.steps[0].text.split('\n')[0];
      expect(notice, entry.id).toContain(`${opened.training.epochs} epochs (the full lab:`);
      expect(notice, entry.id).toContain(`${entry.lab.training.epochs} epochs)`);
      expect(entry.lab.guide!.steps[0].text).not.toContain('Quick version');
    }
  });

  it('a broken file is one sentence naming it; the other labs still list', () => {
    const dir = path.join(tmp, 'broken');
    fs.cpSync(libraryDir(), dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'capacity.layerlab.json'), '{"format": "layerlab-lab", ');
    const read = readLibrary(dir);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toContain(`capacity.layerlab.json is not valid JSON`);
    expect(read.labs.map((l) => l.id)).not.toContain('capacity');
    expect(read.labs).toHaveLength(labs.length - 1);
    expect(() => libraryLab('capacity', {}, dir)).toThrow(
      /capacity.layerlab.json is not valid JSON/,
    );
    expect(() => libraryLab('nope', {}, dir)).toThrow(/There is no lab 'nope' in the library/);
  });
});

describe('the service', () => {
  const store = new RunStore(':memory:');
  const service = new LayerLabService({
    host: 'browser',
    store,
    dataDirs: [],
    appDir: path.join(tmp, 'app'),
    spawnTrainer: () => {
      throw new Error('no training here');
    },
    probeBackend: () => Promise.reject(new Error('no backend here')),
  });

  it('lists the library and opens a lab as a copy under a free name', async () => {
    const list = await service.listLibrary();
    const moons = list.find((e) => e.id === 'moons-playground')!;
    expect(moons).toMatchObject({
      topic: 'playground',
      dataset: 'Two moons (generated)',
      steps: 2,
    });
    expect(moons.quickMinutes).toBeLessThan(moons.minutes!);
    const first = await service.openLibraryLab('moons-playground');
    const second = await service.openLibraryLab('library.moons-playground');
    const quick = await service.openLibraryLab('moons-playground', { quick: true });
    expect(path.basename(first.path)).toBe('moons-playground.layerlab.json');
    expect(path.basename(second.path)).toBe('moons-playground-2.layerlab.json');
    expect(path.basename(quick.path)).toBe('moons-playground-quick.layerlab.json');
    expect(path.dirname(first.path)).toBe(path.join(tmp, 'app', 'labs'));
    expect(parseLab(JSON.parse(fs.readFileSync(first.path, 'utf8')))).toEqual(first.lab);
    expect(first.lab.guide!.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(quick.lab.training.epochs).toBeLessThan(first.lab.training.epochs);
    // The copy is named in the language it was opened in; the quick one says so in it too.
    const zh = first.lab.guide!.translations!['zh-Hans']!.name!;
    expect(quick.lab.name).toBe(`${first.lab.name} (quick)`);
    expect(quick.lab.guide!.translations!['zh-Hans']!.name).toBe(`${zh}（快速版）`);
    const chinese = await service.openLibraryLab('moons-playground', {
      quick: true,
      locale: 'zh-Hans',
    });
    expect(chinese.lab.name).toBe(`${zh}（快速版）`);
    expect(chinese.lab.guide).toEqual(quick.lab.guide);
  });

  it("checkLab evaluates the lab's runs only, grid folds and other labs' runs left out", async () => {
    const lab = libraryLab('l1');
    const [sparse, collapse] = lab.guide!.steps.map((s) => ({ ...lab, graph: s.setup!.graph! }));
    const add = (
      id: string,
      runLab: LabFile,
      tags?: { gridId: string; trial: number; fold: number },
    ) => {
      store.createRun({ id, name: id, lab: runLab, datasetId: 'mnist', tags });
      store.addEpoch(id, {
        epoch: 1,
        loss: 1,
        accuracy: 0.5,
        val_loss: 1,
        val_accuracy: 0.05,
        regularization_loss: 0,
        seconds: 1,
      });
      store.finish(id, 'completed');
    };
    add('other', { ...collapse, guide: { ...collapse.guide!, id: 'library.other' } });
    add('fold', collapse, { gridId: 'g', trial: 0, fold: 0 });
    let results = await service.checkLab(lab);
    expect(results.map((r) => r.passed)).toEqual([false, false]);
    expect(results[1].sentence).toBe('No finished run with L1 yet: train one.');
    add('sparse', sparse);
    store.addInsight('sparse', epochInsight(0, 'images'), insightMeta('images'));
    store.addInsight('sparse', epochInsight(6, 'images'));
    results = await service.checkLab(lab);
    // The last epoch's sparsity counts (epoch 0's is 0%).
    expect(results[0]).toMatchObject({ passed: true, runIds: ['sparse'] });
    expect(results[0].sentence).toMatch(/Run 'sparse' .*: dense has 75% of its weights at ~0\.$/);
    add('collapse', collapse);
    results = await service.checkLab(lab);
    expect(results[1]).toMatchObject({ passed: true, runIds: ['collapse', 'sparse'] });
  });
});
