/**
 * The HTML report: one self-contained file (inline CSS and SVG, no script but its data), that
 * prints well. Step text is Markdown rendered without HTML; every other string is escaped; the
 * report's data sits in a JSON script element (`<` escaped) that the class overview reads back.
 */
import MarkdownIt from 'markdown-it';
import { inLocale, m } from '../../contract/i18n.ts';
import { REPORT_SCRIPT_ID, type Report } from '../../contract/report.ts';
import {
  curvePlot,
  fmtMetric,
  modelDiagram,
  runColor,
  shapeText,
  type CurveMetric,
} from './figures.ts';
import { REPORT_CSS } from './html-style.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const esc = (text: string | number) => String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);

/**
 * Markdown without raw HTML. A report loads nothing and links nowhere: no images, and a link is
 * its text with the address after it.
 */
export const markdown = new MarkdownIt({ html: false, linkify: false }).disable('image');
markdown.validateLink = (url) => /^(https?:|mailto:)/i.test(url.trim());
markdown.renderer.rules.link_open = (tokens, idx, _options, env: { hrefs?: string[] }) => {
  (env.hrefs ??= []).push(tokens[idx].attrGet('href') ?? '');
  return '';
};
markdown.renderer.rules.link_close = (_tokens, _idx, _options, env: { hrefs?: string[] }) =>
  ` (<span class="url">${esc(env.hrefs?.pop() ?? '')}</span>)`;

const n = (v: number) => v.toFixed(1);
const headings = (titles: (() => string)[]) => titles.map((t) => `<th>${esc(t())}</th>`).join('');

function curveSvg(report: Report, metric: CurveMetric): string {
  const plot = curvePlot(report.runs, metric);
  const { area } = plot;
  const grid = plot.yTicks
    .map(
      (t) =>
        `<line x1="${area.left}" x2="${area.right}" y1="${n(t.at)}" y2="${n(t.at)}" class="grid"/><text x="${area.left - 6}" y="${n(t.at + 4)}" text-anchor="end">${esc(t.label)}</text>`,
    )
    .join('');
  const xTicks = plot.xTicks
    .map(
      (t) =>
        `<text x="${n(t.at)}" y="${area.bottom + 14}" text-anchor="middle">${esc(t.label)}</text>`,
    )
    .join('');
  const lines = plot.lines
    .map(
      (l) =>
        `<polyline fill="none" stroke="${l.color}" stroke-width="2"${l.dashed ? ' stroke-dasharray="6 4"' : ''} points="${l.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}"/>`,
    )
    .join('');
  const title = metric === 'loss' ? m.chart_loss() : m.chart_accuracy();
  return `<figure class="chart"><figcaption>${esc(m.report_curve_caption({ metric: title }))}</figcaption>
<svg viewBox="0 0 ${plot.width} ${plot.height}" role="img" aria-label="${esc(m.report_curves_label({ metric: title }))}" data-metric="${metric}">
<rect x="${area.left}" y="${area.top}" width="${area.right - area.left}" height="${area.bottom - area.top}" class="frame"/>${grid}${xTicks}${lines}
<text x="${(area.left + area.right) / 2}" y="${plot.height - 4}" text-anchor="middle">${esc(m.chart_axis_epoch())}</text></svg></figure>`;
}

function legend(report: Report): string {
  return `<ul class="legend">${report.runs
    .map(
      (run, i) =>
        `<li><span class="swatch" style="background:${runColor(i)}"></span><b>${esc(run.name)}</b> ${esc(run.settings)}</li>`,
    )
    .join('')}</ul>`;
}

function diagramSvg(report: Report): string {
  const d = modelDiagram(report.model.layers);
  const arrows = d.arrows
    .map(
      (a) =>
        `<line x1="${n(a.from[0])}" y1="${n(a.from[1])}" x2="${n(a.to[0])}" y2="${n(a.to[1] - 2)}" marker-end="url(#arrow)"/>`,
    )
    .join('');
  const boxes = d.boxes
    .map(
      (b) =>
        `<g class="layer"><rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.w)}" height="${b.h}" rx="6"/><text x="${n(b.x + b.w / 2)}" y="${n(b.y + 18)}" text-anchor="middle" class="kind">${esc(b.layer.brief)}</text><text x="${n(b.x + b.w / 2)}" y="${n(b.y + 34)}" text-anchor="middle">${esc(shapeText(b.layer.shape))} · ${esc(m.report_params({ count: b.layer.params.toLocaleString('en-US') }))}</text></g>`,
    )
    .join('');
  return `<svg class="diagram" viewBox="0 0 ${d.width} ${d.height}" role="img" aria-label="${esc(m.report_diagram_label())}"><defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z"/></marker></defs><g class="arrows">${arrows}</g>${boxes}</svg>`;
}

function stepsHtml(report: Report): string {
  return report.steps
    .map((step, s) => {
      const questions = step.questions
        .map(
          (q) =>
            `<div class="question"><div class="prompt">${markdown.render(q.prompt)}</div><div class="answer${q.answerText ? '' : ' none'}">${q.answerText ? esc(q.answerText) : esc(m.report_no_answer())}</div></div>`,
        )
        .join('');
      const checks = report.checks
        .filter((c) => c.stepId === step.id)
        .map(
          (c) =>
            `<li class="${c.passed ? 'passed' : 'failed'}"><span class="mark">${c.passed ? '✓' : '✗'}</span> <b>${esc(c.label)}:</b> ${esc(c.sentence)}</li>`,
        )
        .join('');
      return `<section class="step" id="step-${esc(step.id)}"><h3>${s + 1}. ${esc(step.title)}${step.done ? ` <span class="done">${esc(m.report_done())}</span>` : ''}</h3>
<div class="text">${markdown.render(step.text)}</div>${questions}${checks ? `<ul class="checks">${checks}</ul>` : ''}</section>`;
    })
    .join('\n');
}

function runsTable(report: Report): string {
  if (!report.runs.length) return `<p class="none">${esc(m.report_no_runs())}</p>`;
  const rows = report.runs
    .map((run, i) => {
      const last = run.metrics.at(-1);
      return `<tr><td><span class="swatch" style="background:${runColor(i)}"></span>${esc(run.name)}</td><td>${esc(run.settings)}</td><td>${esc(run.status)}</td><td class="num">${run.metrics.length}</td><td class="num">${fmtMetric(last?.accuracy ?? null)}</td><td class="num">${fmtMetric(run.bestValAccuracy)}</td><td class="num">${fmtMetric(run.bestValLoss)}</td></tr>`;
    })
    .join('');
  return `<table class="runs"><thead><tr>${headings([m.report_col_run, m.report_col_settings, m.report_col_status, m.report_col_epochs, m.report_col_last_accuracy, m.report_col_best_val_accuracy, m.report_col_best_val_loss])}</tr></thead><tbody>${rows}</tbody></table>`;
}

function layersTable(report: Report): string {
  const rows = report.model.layers
    .map(
      (l) =>
        `<tr><td>${esc(l.name)}</td><td>${esc(l.brief)}</td><td>${esc(shapeText(l.shape))}</td><td class="num">${l.params.toLocaleString('en-US')}</td></tr>`,
    )
    .join('');
  return `<table class="layers"><thead><tr>${headings([m.report_col_layer, m.report_col_kind, m.report_col_shape, m.report_col_params])}</tr></thead><tbody>${rows}<tr class="total"><td colspan="3">${esc(m.report_total())}</td><td class="num">${report.model.totalParams.toLocaleString('en-US')}</td></tr></tbody></table>`;
}

/** The report's data as JSON that cannot end its script element early. */
export const reportJson = (report: Report) =>
  JSON.stringify(report)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** The report as one self-contained HTML file, in the report's language. */
export function reportHtml(report: Report): string {
  return inLocale(report.locale ?? 'en', () => htmlIn(report));
}

function htmlIn(report: Report): string {
  const passed = report.checks.filter((c) => c.passed).length;
  const when = report.createdAt.replace('T', ' ').slice(0, 16);
  const fingerprint = report.fingerprint
    ? report.fingerprint.slice(0, 12)
    : m.report_fingerprint_none();
  const meta = m.report_meta({
    student: '\u0000s',
    when,
    app: report.app,
    passed,
    total: report.checks.length,
    fingerprint: '\u0000f',
  });
  return `<!doctype html>
<html lang="${report.locale ?? 'en'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${esc(report.app)}">
<title>${esc(report.labName)} · ${esc(report.student || m.report_title_fallback())}</title>
<style>${REPORT_CSS}</style></head>
<body><main>
<header><h1>${esc(report.labName)}</h1>
<p class="meta">${esc(meta)
    .replace('\u0000s', `<b>${esc(report.student || m.report_no_name())}</b>`)
    .replace('\u0000f', `<code>${esc(fingerprint)}</code>`)}</p>
<p class="meta">${esc(report.dataset)} · ${esc(report.settings)}</p></header>
<h2>${esc(m.report_steps())}</h2>
${stepsHtml(report)}
<h2>${esc(m.report_curves())}</h2>
${report.runs.length ? `${curveSvg(report, 'loss')}${curveSvg(report, 'accuracy')}${legend(report)}` : `<p class="none">${esc(m.report_no_runs())}</p>`}
<h2>${esc(m.report_runs())}</h2>
${runsTable(report)}
<h2>${esc(m.report_model())}</h2>
${diagramSvg(report)}
${layersTable(report)}
</main>
<script type="application/json" id="${REPORT_SCRIPT_ID}">${reportJson(report)}</script>
</body></html>
`;
}
