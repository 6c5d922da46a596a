import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseLab } from '../../../src-main/contract/lab.ts';
import { reportHtml } from '../../../src-main/export/report/html.ts';
import { readReport } from '../../../src-main/export/report/read.ts';
import { RunStore } from '../../../src-main/store/run-store.ts';
import { ensureDir } from '../../../src-main/store/safe-fs.ts';
import { fakeRun, guidedLab, studentReport } from '../../helpers/report-labs.ts';
import { cliSandbox } from './layerlab.ts';

const cli = cliSandbox('report');
afterAll(() => fs.rmSync(cli.dir, { recursive: true, force: true }));

describe('layerlab report and layerlab class', () => {
  it("writes a lab's report from the store's runs of that lab", () => {
    const lab = guidedLab('Ada', { 'train/why': 'noise' });
    ensureDir(path.join(cli.dir, 'home'));
    const store = new RunStore(path.join(cli.dir, 'home', 'runs.sqlite'));
    const run = fakeRun(lab, '00000000-0000-4000-8000-0000000000b1', [0.6, 0.4, 0.5, 0.7]);
    store.createRun({ id: run.id, name: 'mine', lab, datasetId: 'synthetic:moons' });
    for (const m of run.metrics) store.addEpoch(run.id, m);
    store.finish(run.id, 'completed');
    // Another lab's run is not this lab's.
    const other = parseLab({ ...lab, guide: { ...lab.guide!, id: 'another-lab' } });
    store.createRun({
      id: `${run.id.slice(0, -1)}2`,
      name: 'theirs',
      lab: other,
      datasetId: 'synthetic:moons',
    });
    store.finish(`${run.id.slice(0, -1)}2`, 'completed');
    store.close();

    const labFile = cli.write('ada.layerlab.json', lab);
    const out = path.join(cli.dir, 'out');
    const r = cli.run('report', labFile, '--format', 'pdf', '--out', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const file = path.join(out, 'Moons_report_lab-Ada-report.pdf');
    expect(r.stdout).toBe(`${file}  (1 runs, checks 1/1)\n`);
    const report = readReport(file, fs.readFileSync(file));
    expect(report.runs.map((x) => x.name)).toEqual(['mine']);
    expect(report.checks[0]).toMatchObject({ passed: true, runIds: [run.id] });
  });

  it('prints the class, flags the changed lab, names a non-report, writes the CSV', () => {
    const dir = path.join(cli.dir, 'reports');
    fs.mkdirSync(dir);
    const bo = guidedLab('Bo');
    const unlocked = parseLab({
      ...bo,
      guide: { ...bo.guide!, locks: { ...bo.guide!.locks, layers: [] } },
    });
    fs.writeFileSync(path.join(dir, 'ada.html'), reportHtml(studentReport(guidedLab('Ada'))));
    fs.writeFileSync(path.join(dir, 'bo.html'), reportHtml(studentReport(unlocked)));
    fs.writeFileSync(path.join(dir, 'notes.html'), '<p>hello</p>');
    const csv = path.join(cli.dir, 'class.csv');
    const r = cli.run(
      'class',
      dir,
      '--lab',
      cli.write('teacher.layerlab.json', guidedLab('')),
      '--csv',
      csv,
    );
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('Moons report lab: 2 reports');
    expect(lines[2]).toMatch(/^Ada +1\/1 +0\.8000 +0\.4000 +ok +ada\.html$/);
    expect(lines[3]).toMatch(/^Bo +1\/1 +0\.8000 +0\.4000 +CHANGED +bo\.html$/);
    expect(lines[4]).toMatch(/^! Bo's report was made from a lab whose locked parts were changed/);
    expect(lines[5]).toMatch(/^\? notes\.html is not a LayerLab report/);
    expect(fs.readFileSync(csv, 'utf8').split('\r\n')).toHaveLength(4);
  });

  it("speaks the CLI's language (--lang, LANG) with the values kept; --json is the same in every language", () => {
    const dir = path.join(cli.dir, 'reports-zh');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'ada.html'), reportHtml(studentReport(guidedLab('Ada'))));
    const zh = cli.run('class', dir, '--lang', 'zh-Hant');
    expect(zh.code, zh.stderr).toBe(0);
    const lines = zh.stdout.split('\n');
    expect(lines[0]).toBe('Moons report lab：1 份報告');
    expect(lines[1]).toMatch(/^學生 +檢查 +最佳 val_acc +最佳 val_loss +鎖定 +檔案$/);
    expect(lines[2]).toMatch(/^Ada +1\/1 +0\.8000 +0\.4000 +\S+ +ada\.html$/);
    const en = cli.run('class', dir, '--json');
    expect(cli.run('class', dir, '--json', '--lang', 'zh-Hant').stdout).toBe(en.stdout);
    expect(JSON.parse(en.stdout).rows[0]).toMatchObject({ student: 'Ada', file: 'ada.html' });

    // LANG decides when there is no --lang; commander's own errors follow it.
    const posix = { LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.UTF-8' };
    const saved = { ...cli.env };
    Object.assign(cli.env, posix);
    try {
      const bad = cli.run('class', dir, '--csvv', 'x.csv');
      expect(bad.code).toBe(2);
      expect(bad.stderr).toBe(
        '错误：未知选项 --csvv\n（你是想用 --csv 吗？）\n（加上 --help 查看用法）\n',
      );
    } finally {
      Object.assign(cli.env, saved);
    }
  });
});
