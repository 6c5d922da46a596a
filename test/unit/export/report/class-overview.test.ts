import { describe, expect, it } from 'vitest';
import { classOverviewCsv, lockedNoteText } from '../../../../src-main/contract/class-overview.ts';
import { useLocale } from '../../../../src-main/contract/i18n.ts';
import { parseLab, type LabFile } from '../../../../src-main/contract/lab.ts';
import { reportHtml } from '../../../../src-main/export/report/html.ts';
import { overviewOfFiles } from '../../../../src-main/export/report/index.ts';
import { reportPdf } from '../../../../src-main/export/report/pdf.ts';
import { errorText } from '../../../../src-renderer/lib/error-text.ts';
import { CHECK_PASSED, fakeRun, guidedLab, studentReport } from '../../../helpers/report-labs.ts';

const html = (name: string, lab: LabFile, runs = [fakeRun(lab, '1', [0.6, 0.4, 0.5])]) => ({
  name,
  bytes: new TextEncoder().encode(reportHtml(studentReport(lab, runs))),
});

/** The lab with its first Dense layer's units changed, as a student could by hand. */
function lockedValueChanged(lab: LabFile): LabFile {
  const id = lab.guide!.locks.layers[0];
  const nodes = lab.graph.nodes.map((n) =>
    n.id === id ? { ...n, params: { ...n.params, units: 64 } } : n,
  );
  return parseLab({ ...lab, graph: { ...lab.graph, nodes } });
}

/** The lab with its locks removed from the file by hand. */
const locksRemoved = (lab: LabFile) =>
  parseLab({
    ...lab,
    guide: { ...lab.guide!, locks: { dataset: false, training: [], layers: [], structure: false } },
  });

describe('the class overview', () => {
  const ada = guidedLab('Ada', { 'train/why': 'noise', 'train/which': 1, 'train/epoch': 2 });
  const bo = guidedLab('Bo', { 'train/why': 'too big, "really"', 'train/epoch': 3 });
  const cy = guidedLab('Cy');
  const teacher = guidedLab('');

  it('has one row per student with answers, checks and best scores; a non-report is a problem', async () => {
    const pdf = await reportPdf(
      studentReport(
        bo,
        [fakeRun(bo, '1', [0.5, 0.2, 0.3]), fakeRun(bo, '2', [0.45, 0.44])],
        [CHECK_PASSED, { ...CHECK_PASSED, index: 1, passed: false }],
      ),
    );
    const overview = overviewOfFiles(
      [
        html('ada.html', ada),
        { name: 'bo.pdf', bytes: pdf },
        { name: 'notes.html', bytes: new TextEncoder().encode('<p>hi</p>') },
      ],
      teacher,
    );
    expect(overview.problems).toEqual([
      expect.stringMatching(/^notes\.html is not a LayerLab report/),
    ]);
    // The app words them in the user's language from their keys.
    useLocale(() => 'zh-Hans');
    expect(overview.problemInfos!.map(errorText)).toEqual([
      expect.stringMatching(/^notes\.html 不是 LayerLab 报告：/),
    ]);
    useLocale(() => 'en');
    expect(overview.questions.map((q) => q.key)).toEqual([
      'train/why',
      'train/which',
      'train/epoch',
    ]);
    const [a, b] = overview.rows;
    expect(a).toMatchObject({
      file: 'ada.html',
      student: 'Ada',
      locked: 'ok',
      answers: { 'train/why': 'noise', 'train/which': 'B. val_loss', 'train/epoch': 2 },
      correct: { 'train/which': true },
      checksPassed: 1,
      checksTotal: 1,
      bestValAccuracy: 0.8,
      bestValLoss: 0.4,
    });
    expect(b).toMatchObject({ student: 'Bo', checksPassed: 1, checksTotal: 2, bestValLoss: 0.2 });
    expect(b.bestValAccuracy).toBeCloseTo(0.9);
    expect(b.runs).toHaveLength(2);
    expect(b.correct).toEqual({});
    const wrong = overviewOfFiles([html('cy.html', guidedLab('Cy', { 'train/which': 0 }))]);
    expect(wrong.rows[0].correct).toEqual({ 'train/which': false });
  });

  it("flags a lab whose locked value was changed, or whose locks were removed, against the teacher's lab", () => {
    const files = [
      html('ada.html', ada),
      html('bo.html', lockedValueChanged(bo)),
      html('cy.html', locksRemoved(cy)),
    ];
    const rows = overviewOfFiles(files, teacher).rows;
    expect(rows.map((r) => r.locked)).toEqual(['ok', 'changed', 'changed']);
    const fp = (s: string | null) => `${s!.slice(0, 4)}…`;
    expect(rows[1].lockedNote).toBe(
      `Bo's report was made from a lab whose locked parts were changed (fingerprint ${fp(studentReport(lockedValueChanged(bo)).fingerprint)} instead of ${fp(teacher.guide!.fingerprint)}, the teacher's lab).`,
    );
  });

  it("without the teacher's lab, compares each report with the lab's declared fingerprint and the class's", () => {
    const rows = overviewOfFiles([
      html('ada.html', ada),
      html('bo.html', lockedValueChanged(bo)),
      html('cy.html', cy),
    ]).rows;
    expect(rows.map((r) => r.locked)).toEqual(['ok', 'changed', 'ok']);
    expect(rows[1].lockedNote).toMatch(/the one its lab declares\)\.$/);
    // A fingerprint recomputed by hand still differs from the rest of the class.
    const forged = lockedValueChanged(bo);
    const undeclared = parseLab({ ...forged, guide: { ...forged.guide!, fingerprint: null } });
    const again = overviewOfFiles([
      html('a.html', ada),
      html('b.html', undeclared),
      html('c.html', cy),
    ]);
    expect(again.rows[1].lockedNote).toMatch(/the rest of the class's\)\.$/);
    // Said again in the user's language from its parts; in English, the same sentence.
    for (const row of [rows[1], again.rows[1]]) expect(lockedNoteText(row)).toBe(row.lockedNote);
    useLocale(() => 'zh-Hant');
    try {
      expect(lockedNoteText(rows[1])).toMatch(
        /^Bo 的報告所用的實驗改動了鎖定部分（指紋 .{5}，而實驗宣告的是 .{5}）。$/,
      );
      expect(lockedNoteText(again.rows[1])).toContain('而班上其他人的是');
    } finally {
      useLocale(() => 'en');
    }
  });

  it('exports CSV with a header naming the questions, quoted fields and formulas kept as text', () => {
    const evil = guidedLab('=cmd()', { 'train/why': 'line one\nline "two", three' });
    const overview = overviewOfFiles([html('ada.html', ada), html('evil.html', evil)], teacher);
    const lines = classOverviewCsv(overview).split('\r\n');
    expect(lines[0]).toBe(
      'file,student,locked parts,note,checks passed,checks total,best val_accuracy,best val_loss,runs,Train it: Why does it *overfit*?,Train it: Which curve?,Train it: Best epoch?',
    );
    expect(lines[1]).toBe(`evil.html,'=cmd(),ok,,1,1,0.8,0.4,1,"line one\nline ""two"", three",,`);
    expect(lines[2]).toBe('ada.html,Ada,ok,,1,1,0.8,0.4,1,noise,B. val_loss,2');
  });
});
