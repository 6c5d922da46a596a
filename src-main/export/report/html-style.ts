/** The HTML report's stylesheet, inline in the file: screen and print. */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d0d7de; --ok: #1a7f37; --bad: #cf222e; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #f6f8fa; }
main { max-width: 880px; margin: 0 auto; padding: 24px 32px 48px; background: #fff; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 32px 0 12px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 16px; margin: 0 0 6px; }
.meta { margin: 2px 0; color: var(--muted); font-size: 13px; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; background: #f0f2f4; padding: 1px 4px; border-radius: 3px; }
pre code { display: block; padding: 8px; overflow-x: auto; }
.step { margin: 0 0 18px; padding: 12px 16px; border: 1px solid var(--line); border-radius: 8px; break-inside: avoid; }
.step .done { font-size: 11px; font-weight: 600; color: var(--ok); border: 1px solid var(--ok); border-radius: 10px; padding: 0 6px; vertical-align: middle; }
.text p:first-child { margin-top: 0; }
.question { margin: 10px 0; padding: 8px 12px; background: #f6f8fa; border-left: 3px solid #4e79a7; }
.question .prompt p { margin: 0 0 4px; font-weight: 600; }
.answer { white-space: pre-wrap; overflow-wrap: anywhere; }
.none { color: var(--muted); font-style: italic; }
.checks { list-style: none; margin: 10px 0 0; padding: 0; }
.checks li { margin: 4px 0; }
.checks .mark { display: inline-block; width: 1.2em; font-weight: 700; }
.checks .passed .mark { color: var(--ok); }
.checks .failed .mark { color: var(--bad); }
figure.chart { margin: 0 0 12px; }
figcaption { font-size: 13px; color: var(--muted); }
svg { width: 100%; height: auto; font: 11px system-ui, sans-serif; }
svg text { fill: var(--muted); }
svg .frame { fill: none; stroke: var(--line); }
svg .grid { stroke: #eaeef2; }
.legend { list-style: none; padding: 0; margin: 0 0 12px; font-size: 13px; }
.legend li { margin: 2px 0; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; margin-right: 6px; vertical-align: -1px; }
table { width: 100%; border-collapse: collapse; font-size: 13px; margin: 8px 0 16px; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #f6f8fa; }
table.runs td:first-child { white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total td { font-weight: 600; }
.diagram { max-width: 640px; display: block; margin: 0 auto 8px; }
.diagram .layer rect { fill: #eef3f9; stroke: #4e79a7; }
.diagram .layer text { fill: var(--ink); }
.diagram .layer text.kind { font-weight: 600; font-size: 12px; }
.diagram .arrows line { stroke: #59636e; stroke-width: 1.5; }
.diagram marker path { fill: #59636e; }
@media print {
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  figure.chart, table, .diagram, .question { break-inside: avoid; }
  a { color: inherit; }
  @page { margin: 16mm 14mm; }
}
`;
