import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../../../../src-main/contract/report.ts';
import { reportHtml } from '../../../../src-main/export/report/html.ts';
import { reportPdf } from '../../../../src-main/export/report/pdf.ts';
import { readReport } from '../../../../src-main/export/report/read.ts';
import { fakeRun, guidedLab, HOSTILE, studentReport } from '../../../helpers/report-labs.ts';

const answers = { 'train/why': `Because ${HOSTILE}`, 'train/which': 1, 'train/epoch': 2 };

describe('the report model', () => {
  it('holds the student, fingerprints, answers as read, runs and the model', () => {
    const lab = guidedLab('Ada', answers);
    const report = studentReport(lab);
    expect(report.student).toBe('Ada');
    expect(report.guideId).toBe('test-moons');
    expect(report.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(report.fingerprint).toBe(report.declaredFingerprint);
    const [why, which, epoch] = report.steps[0].questions;
    expect(why).toMatchObject({ key: 'train/why', answerText: `Because ${HOSTILE}` });
    expect(which).toMatchObject({ answer: 1, answerText: 'B. val_loss' });
    expect(epoch).toMatchObject({ answer: 2, answerText: '2 epochs' });
    expect(report.runs[0]).toMatchObject({ bestValLoss: 0.4, bestValAccuracy: 0.8 });
    expect(report.runs[0].settings).toContain('Dense');
    expect(report.model.layers.map((l) => l.kind)).toEqual(['Input', 'Dense', 'Dense']);
    expect(report.model.layers[1]).toMatchObject({ params: 24, shape: [8] });
    expect(report.model.totalParams).toBe(24 + 18);
  });

  it('rejects data that is not a report', () => {
    const report = studentReport(guidedLab('Ada'));
    expect(ReportSchema.safeParse({ ...report, version: 99 }).success).toBe(false);
    expect(ReportSchema.safeParse({ ...report, runs: 'none' }).success).toBe(false);
  });
});

describe('the HTML report', () => {
  const report = studentReport(guidedLab('Ada', answers), [
    fakeRun(guidedLab('Ada'), '1', [0.6, 0.4, 0.5, 0.7]),
    fakeRun(guidedLab('Ada'), '2', [0.5, 0.3, 0.35]),
  ]);
  const html = reportHtml(report);

  it('is self-contained: nothing loaded from outside, no script but its data', () => {
    expect(html.match(/<[a-z][^>]*\b(?:src|href)\s*=/gi)).toBeNull();
    expect(html).not.toMatch(/@import|url\((?!#)/);
    const scripts = html.match(/<script\b[^>]*>/g);
    expect(scripts).toEqual(['<script type="application/json" id="layerlab-report">']);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<strong>Train</strong>');
    expect(html).toContain('a site (<span class="url">https://example.com/a</span>)');
  });

  it('draws both curves of each run and the model, and lists the runs', () => {
    expect(html.match(/<polyline[^>]*stroke-dasharray/g)).toHaveLength(4);
    expect(html.match(/<polyline /g)).toHaveLength(8);
    expect(html).toContain('aria-label="Model diagram"');
    expect(html.match(/<g class="layer">/g)).toHaveLength(3);
    expect(html).toContain('(None, 8)');
    expect(html).toContain('<span class="mark">✓</span>');
    expect(html).toContain('moons #1 overfits &lt;b&gt;after&lt;/b&gt; epoch 2.');
    expect(html.match(/<tbody>/g)).toHaveLength(2);
  });

  it('reads back equal', () => {
    const back = readReport('ada.html', new TextEncoder().encode(html));
    expect(back).toEqual(report);
  });
});

describe('the PDF report', () => {
  it('is a PDF whose attached data reads back equal', async () => {
    const report = studentReport(guidedLab('Ada', answers));
    const bytes = await reportPdf(report);
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    expect(readReport('ada.pdf', bytes)).toEqual(report);
  });

  it('a file that is not a report is one sentence naming it', async () => {
    expect(() => readReport('notes.html', new TextEncoder().encode('<p>hello</p>'))).toThrow(
      /^notes\.html is not a LayerLab report: it holds no report data/,
    );
    const bad = reportHtml(studentReport(guidedLab('Ada'))).replace('"version":1', '"version":7');
    expect(() => readReport('old.html', new TextEncoder().encode(bad))).toThrow(
      /^old\.html is not a LayerLab report: its report data is not valid \(version/,
    );
    expect(() => readReport('x.pdf', new TextEncoder().encode('%PDF-1.4 nothing'))).toThrow(
      /^x\.pdf is not a LayerLab report: it has no layerlab-report\.json attached/,
    );
  });
});
