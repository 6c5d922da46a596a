/**
 * A report in its language: the HTML's words and `lang`, and a Chinese PDF that embeds a CJK font
 * whose glyphs map back to the Chinese text (else one sentence saying the font is missing).
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../../src-main/contract/report.ts';
import { reportHtml } from '../../../../src-main/export/report/html.ts';
import { reportPdf } from '../../../../src-main/export/report/pdf.ts';
import { NO_CJK_FONT } from '../../../../src-main/export/report/pdf-fonts.ts';
import { readReport } from '../../../../src-main/export/report/read.ts';
import { CHECK_PASSED, fakeRun, guidedLab, studentReport } from '../../../helpers/report-labs.ts';

const NOTO = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const ANSWER = '验证损失在第二轮后上升';

function zhReport(locale: Report['locale']): Report {
  const lab = guidedLab('小明', { 'train/why': ANSWER });
  return studentReport(lab, [fakeRun(lab, '1', [0.6, 0.4, 0.5])], [CHECK_PASSED], locale);
}

/** A PDF's objects as text, its compressed streams inflated (fonts' ToUnicode maps among them). */
function pdfText(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes);
  const parts: string[] = [raw.toString('latin1')];
  let at = 0;
  for (;;) {
    const start = raw.indexOf('>>\nstream\n', at);
    const end = raw.indexOf('\nendstream', start);
    if (start < 0 || end < 0) break;
    try {
      parts.push(zlib.inflateSync(raw.subarray(start + 10, end)).toString('latin1'));
    } catch {
      // not a deflated stream (an attachment stored as is)
    }
    at = end + 1;
  }
  return parts.join('\n');
}

/** Whether the PDF's ToUnicode maps carry every character of `text` (`<6b65>` for 步). */
const mapsAll = (pdf: string, text: string) =>
  [...text].every((c) => pdf.includes(`<${c.codePointAt(0)!.toString(16).padStart(4, '0')}>`));

describe('a report in Simplified Chinese', () => {
  it('has its headings, table and lang in Chinese, the data reading back equal', () => {
    const report = zhReport('zh-Hans');
    const html = reportHtml(report);
    expect(html).toContain('<html lang="zh-Hans">');
    expect(html).toContain('<h2>步骤</h2>');
    expect(html).toContain('<th>最佳 val_loss</th>');
    expect(html).not.toMatch(/>(Steps|Curves|Runs|Model|No answer)</);
    expect(readReport('a.html', new TextEncoder().encode(html))).toEqual(report);
    expect(reportHtml(zhReport('en'))).toContain('<h2>Steps</h2>');
  });

  it.runIf(fs.existsSync(NOTO))(
    'embeds a CJK font in the PDF, its glyphs mapped to the text',
    async () => {
      const pdf = pdfText(await reportPdf(zhReport('zh-Hans')));
      expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansCJKsc-Regular/);
      expect(pdf).not.toContain('/BaseFont /Helvetica');
      for (const text of ['步骤', '曲线', '模型', ANSWER, '小明'])
        expect(mapsAll(pdf, text), text).toBe(true);
    },
  );

  it('without a CJK font, says so in one sentence and draws no Chinese', async () => {
    const bytes = await reportPdf(zhReport('zh-Hans'), { cjkFonts: [] });
    const pdf = pdfText(bytes);
    expect(pdf).toContain('/BaseFont /Helvetica');
    const hex = Buffer.from(NO_CJK_FONT.slice(0, 30), 'latin1').toString('hex');
    expect(pdf.toLowerCase()).toContain(hex);
    expect(pdf).not.toMatch(/NotoSansCJK/);
    expect(readReport('a.pdf', bytes)).toEqual(zhReport('zh-Hans'));
  });
});
