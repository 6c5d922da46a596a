/**
 * The PDF report (pdfkit; Helvetica, or a system CJK font: pdf-fonts.ts): the same content as the HTML one, the curves and
 * the diagram as vector paths, and the report's data attached as `layerlab-report.json`, which
 * the class overview reads back (read.ts).
 */
import PDFDocument from 'pdfkit';
import { inLocale, m } from '../../contract/i18n.ts';
import { REPORT_ATTACHMENT, type Report } from '../../contract/report.ts';
import {
  curvePlot,
  fmtMetric,
  modelDiagram,
  runColor,
  shapeText,
  type CurveMetric,
} from './figures.ts';
import { markdown } from './html.ts';
import {
  FONT,
  latinOnly,
  NO_CJK_FONT,
  useReportFonts,
  type CjkFontCandidate,
} from './pdf-fonts.ts';

type Doc = PDFKit.PDFDocument;
const INK = '#1f2328';
const MUTED = '#59636e';
const LINE = '#d0d7de';
const MARGIN = 50;

/** Markdown as plain paragraphs: headings bold, list items with a bullet (no HTML anywhere). */
function markdownBlocks(text: string): { text: string; heading: boolean; bullet: boolean }[] {
  const out: { text: string; heading: boolean; bullet: boolean }[] = [];
  let heading = false;
  let bullet = false;
  for (const token of markdown.parse(text, {})) {
    if (token.type === 'heading_open') heading = true;
    if (token.type === 'heading_close') heading = false;
    if (token.type === 'list_item_open') bullet = true;
    if (token.type === 'inline') {
      const content = (token.children ?? [])
        .map((c) => (c.type === 'softbreak' || c.type === 'hardbreak' ? ' ' : c.content))
        .join('');
      out.push({ text: content, heading, bullet });
      bullet = false;
    }
    if (token.type === 'fence' || token.type === 'code_block')
      out.push({ text: token.content.trimEnd(), heading: false, bullet: false });
  }
  return out;
}

const width = (doc: Doc) => doc.page.width - 2 * MARGIN;

function ensureRoom(doc: Doc, height: number) {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
}

function heading(doc: Doc, text: string) {
  ensureRoom(doc, 60);
  doc.moveDown(0.8).font(FONT.bold).fontSize(15).fillColor(INK).text(text, MARGIN);
  const y = doc.y + 2;
  doc
    .moveTo(MARGIN, y)
    .lineTo(MARGIN + width(doc), y)
    .strokeColor(LINE)
    .lineWidth(0.8)
    .stroke();
  doc.moveDown(0.5);
}

function mark(doc: Doc, passed: boolean, x: number, y: number) {
  doc
    .save()
    .lineWidth(1.6)
    .strokeColor(passed ? '#1a7f37' : '#cf222e');
  if (passed)
    doc
      .moveTo(x, y + 4)
      .lineTo(x + 3, y + 7)
      .lineTo(x + 8, y)
      .stroke();
  else
    doc
      .moveTo(x, y)
      .lineTo(x + 7, y + 7)
      .moveTo(x + 7, y)
      .lineTo(x, y + 7)
      .stroke();
  doc.restore();
}

function steps(doc: Doc, report: Report) {
  report.steps.forEach((step, s) => {
    ensureRoom(doc, 60);
    doc.moveDown(0.4).font(FONT.bold).fontSize(12).fillColor(INK);
    doc.text(`${s + 1}. ${step.title}${step.done ? `  (${m.report_done()})` : ''}`, MARGIN);
    for (const block of markdownBlocks(step.text)) {
      doc
        .font(block.heading ? FONT.bold : FONT.regular)
        .fontSize(10)
        .fillColor(INK);
      doc.text(
        block.bullet ? `•  ${block.text}` : block.text,
        MARGIN + (block.bullet ? 10 : 0),
        undefined,
        { width: width(doc) - 10 },
      );
      doc.moveDown(0.3);
    }
    for (const q of step.questions) {
      ensureRoom(doc, 40);
      doc.font(FONT.bold).fontSize(10).fillColor(INK);
      doc.text(
        markdownBlocks(q.prompt)
          .map((b) => b.text)
          .join(' '),
        MARGIN + 10,
        undefined,
        { width: width(doc) - 10 },
      );
      doc.font(q.answerText ? FONT.regular : FONT.italic).fillColor(q.answerText ? INK : MUTED);
      doc.text(q.answerText || m.report_no_answer(), MARGIN + 10, undefined, {
        width: width(doc) - 10,
      });
      doc.moveDown(0.3);
    }
    for (const c of report.checks.filter((c) => c.stepId === step.id)) {
      ensureRoom(doc, 30);
      mark(doc, c.passed, MARGIN, doc.y + 2);
      doc.font(FONT.bold).fontSize(10).fillColor(INK);
      doc.text(`${c.label}: `, MARGIN + 14, undefined, { continued: true, width: width(doc) - 14 });
      doc.font(FONT.regular).text(c.sentence);
      doc.moveDown(0.2);
    }
  });
}

function curves(doc: Doc, report: Report, metric: CurveMetric) {
  const plot = curvePlot(report.runs, metric, width(doc), 200);
  ensureRoom(doc, plot.height + 30);
  doc.font(FONT.regular).fontSize(9).fillColor(MUTED);
  const title = metric === 'loss' ? m.chart_loss() : m.chart_accuracy();
  doc.text(m.report_curve_caption({ metric: title }), MARGIN);
  const top = doc.y + 4;
  doc.save().translate(MARGIN, top);
  const { area } = plot;
  doc
    .rect(area.left, area.top, area.right - area.left, area.bottom - area.top)
    .lineWidth(0.6)
    .strokeColor(LINE)
    .stroke();
  doc.fontSize(7).fillColor(MUTED);
  for (const t of plot.yTicks) {
    doc
      .moveTo(area.left, t.at)
      .lineTo(area.right, t.at)
      .lineWidth(0.3)
      .strokeColor('#eaeef2')
      .stroke();
    doc.text(t.label, 0, t.at - 3, { width: area.left - 5, align: 'right', lineBreak: false });
  }
  for (const t of plot.xTicks)
    doc.text(t.label, t.at - 15, area.bottom + 4, { width: 30, align: 'center', lineBreak: false });
  for (const line of plot.lines) {
    doc.lineWidth(1.4).strokeColor(line.color);
    if (line.dashed) doc.dash(4, { space: 3 });
    else doc.undash();
    line.points.forEach(([x, y], i) => (i ? doc.lineTo(x, y) : doc.moveTo(x, y)));
    doc.stroke();
  }
  doc.undash().restore();
  doc.y = top + plot.height + 4;
  doc.x = MARGIN;
}

/** The legend (each run's colour, name and settings). */
function legend(doc: Doc, report: Report) {
  doc.fontSize(9);
  report.runs.forEach((run, i) => {
    ensureRoom(doc, 20);
    doc.rect(MARGIN, doc.y + 1, 8, 8).fill(runColor(i));
    doc
      .font(FONT.bold)
      .fillColor(INK)
      .text(`${run.name}  `, MARGIN + 14, undefined, { continued: true, width: width(doc) - 14 });
    doc.font(FONT.regular).fillColor(MUTED).text(run.settings);
    doc.moveDown(0.2);
  });
}

/** A table: a bold header row, then the rows, each cell left or right aligned in its column. */
function table(
  doc: Doc,
  columns: { title: string; width: number; right?: boolean }[],
  rows: string[][],
) {
  const total = columns.reduce((n, c) => n + c.width, 0);
  const scale = width(doc) / total;
  const line = (cells: string[], bold: boolean) => {
    doc
      .font(bold ? FONT.bold : FONT.regular)
      .fontSize(9)
      .fillColor(INK);
    // A long cell (a run's name) wraps inside its column, and the row grows to hold it.
    const widths = columns.map((c) => c.width * scale);
    const height =
      Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i] - 6 }))) + 6;
    ensureRoom(doc, height + 2);
    const y = doc.y;
    let x = MARGIN;
    cells.forEach((cell, i) => {
      doc.text(cell, x + 3, y + 3, {
        width: widths[i] - 6,
        align: columns[i].right ? 'right' : 'left',
      });
      x += widths[i];
    });
    doc
      .moveTo(MARGIN, y + height)
      .lineTo(MARGIN + width(doc), y + height)
      .lineWidth(0.5)
      .strokeColor(LINE)
      .stroke();
    doc.y = y + height + 1;
  };
  line(
    columns.map((c) => c.title),
    true,
  );
  for (const row of rows) line(row, false);
  doc.x = MARGIN;
  doc.moveDown(0.5);
}

function runsTable(doc: Doc, report: Report) {
  table(
    doc,
    [
      { title: m.report_col_run(), width: 3 },
      { title: m.report_col_status(), width: 2 },
      { title: m.report_col_epochs(), width: 1.2, right: true },
      { title: m.report_col_last_accuracy(), width: 2, right: true },
      { title: m.report_col_best_val_accuracy(), width: 2.4, right: true },
      { title: m.report_col_best_val_loss(), width: 2, right: true },
    ],
    report.runs.map((run) => [
      run.name,
      run.status,
      String(run.metrics.length),
      fmtMetric(run.metrics.at(-1)?.accuracy ?? null),
      fmtMetric(run.bestValAccuracy),
      fmtMetric(run.bestValLoss),
    ]),
  );
}

function model(doc: Doc, report: Report) {
  const d = modelDiagram(report.model.layers, width(doc));
  if (d.height + doc.y > doc.page.height - MARGIN) doc.addPage();
  const top = doc.y;
  doc.save().translate(MARGIN, top);
  doc.lineWidth(1).strokeColor(MUTED);
  for (const a of d.arrows) {
    doc
      .moveTo(a.from[0], a.from[1])
      .lineTo(a.to[0], a.to[1] - 3)
      .stroke();
    doc
      .polygon([a.to[0] - 3, a.to[1] - 6], [a.to[0] + 3, a.to[1] - 6], [a.to[0], a.to[1]])
      .fill(MUTED);
  }
  for (const b of d.boxes) {
    doc.roundedRect(b.x, b.y, b.w, b.h, 5).fillAndStroke('#eef3f9', '#4e79a7');
    doc.fillColor(INK).font(FONT.bold).fontSize(9);
    doc.text(b.layer.brief, b.x + 4, b.y + 10, {
      width: b.w - 8,
      align: 'center',
      lineBreak: false,
      ellipsis: true,
    });
    doc.font(FONT.regular).fontSize(8).fillColor(MUTED);
    doc.text(
      `${shapeText(b.layer.shape)} · ${m.report_params({ count: b.layer.params.toLocaleString('en-US') })}`,
      b.x + 4,
      b.y + 26,
      { width: b.w - 8, align: 'center', lineBreak: false, ellipsis: true },
    );
  }
  doc.restore();
  doc.y = top + d.height + 10;
  doc.x = MARGIN;
  const count = (n: number) => n.toLocaleString('en-US');
  table(
    doc,
    [
      { title: m.report_col_layer(), width: 2 },
      { title: m.report_col_kind(), width: 3.5 },
      { title: m.report_col_shape(), width: 2.5 },
      { title: m.report_col_params(), width: 1.5, right: true },
    ],
    [
      ...report.model.layers.map((l) => [l.name, l.brief, shapeText(l.shape), count(l.params)]),
      [m.report_total(), '', '', count(report.model.totalParams)],
    ],
  );
}

/** Every string of `value`, deeply, through `f` (the report as drawn without a CJK font). */
function mapStrings<T>(value: T, f: (s: string) => string): T {
  if (typeof value === 'string') return f(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)])) as T;
  return value;
}

/** The PDF's bytes, in the report's language (a CJK font embedded when the text needs one). */
export function reportPdf(
  report: Report,
  options: { cjkFonts?: CjkFontCandidate[] } = {},
): Promise<Uint8Array> {
  return inLocale(report.locale ?? 'en', () => pdfIn(report, options.cjkFonts));
}

function pdfIn(data: Report, cjkFonts?: CjkFontCandidate[]): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: {
      Title: `${data.labName} · ${data.student || m.report_title_fallback()}`,
      Author: data.student,
      Creator: data.app,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  doc.file(Buffer.from(JSON.stringify(data), 'utf8'), {
    name: REPORT_ATTACHMENT,
    type: 'application/json',
    description: 'The report data the class overview reads',
    creationDate: new Date(data.createdAt),
    modifiedDate: new Date(data.createdAt),
  });
  // What is drawn: every word of the report and of its language's messages.
  const words = `${JSON.stringify(data)} ${m.report_steps()} ${m.report_curves()}`;
  const { missing } = useReportFonts(doc, words, data.locale === 'zh-Hant', cjkFonts);
  // Without a CJK font: the report's own Chinese left out, the headings in English.
  if (missing) inLocale('en', () => draw(doc, mapStrings(data, latinOnly), true));
  else draw(doc, data, false);
  doc.end();
  return done;
}

function draw(doc: Doc, report: Report, missing: boolean) {
  const passed = report.checks.filter((c) => c.passed).length;
  doc.font(FONT.bold).fontSize(20).fillColor(INK).text(report.labName);
  doc.font(FONT.regular).fontSize(10).fillColor(MUTED);
  if (missing) doc.fillColor('#cf222e').text(NO_CJK_FONT).fillColor(MUTED);
  doc.text(
    m.report_meta({
      student: report.student || m.report_no_name(),
      when: report.createdAt.replace('T', ' ').slice(0, 16),
      app: report.app,
      passed,
      total: report.checks.length,
      fingerprint: report.fingerprint?.slice(0, 12) ?? m.report_fingerprint_none(),
    }),
  );
  doc.text(`${report.dataset} · ${report.settings}`);
  heading(doc, m.report_steps());
  steps(doc, report);
  heading(doc, m.report_curves());
  if (report.runs.length) {
    curves(doc, report, 'loss');
    curves(doc, report, 'accuracy');
    legend(doc, report);
    heading(doc, m.report_runs());
    runsTable(doc, report);
  } else doc.font(FONT.italic).fontSize(10).fillColor(MUTED).text(m.report_no_runs());
  heading(doc, m.report_model());
  model(doc, report);
}
