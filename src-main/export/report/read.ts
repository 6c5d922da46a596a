/**
 * Reads a report's data back out of its file: the JSON script element of an HTML report, the
 * attachment of a PDF one (written by pdf.ts, Flate-compressed), checked with `ReportSchema`.
 * Anything else is a `ReportFileError` whose sentence names the file.
 */
import { inflateSync } from 'node:zlib';
import { DocumentError } from '../../contract/graph.ts';
import {
  REPORT_ATTACHMENT,
  REPORT_SCRIPT_ID,
  ReportSchema,
  type Report,
} from '../../contract/report.ts';

const latin1 = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/** More report data than any real report holds: a cap on what a crafted file inflates to. */
const MAX_REPORT_JSON = 64 * 1024 * 1024;

function notReport(file: string, why: string): never {
  throw new DocumentError('invalid-document', `${file} is not a LayerLab report: ${why}.`);
}

function htmlJson(file: string, bytes: Uint8Array): string {
  const text = new TextDecoder().decode(bytes);
  const open = `<script type="application/json" id="${REPORT_SCRIPT_ID}">`;
  const start = text.lastIndexOf(open);
  if (start < 0)
    notReport(file, "it holds no report data (was it saved from LayerLab's Report button?)");
  const end = text.indexOf('</script>', start);
  if (end < 0) notReport(file, 'its report data is cut short');
  return text.slice(start + open.length, end);
}

/** The attachment's stream: the `/EmbeddedFile` object that follows the file spec naming it. */
function pdfJson(file: string, bytes: Uint8Array): string {
  const text = latin1(bytes);
  if (!text.includes(`(${REPORT_ATTACHMENT})`))
    notReport(file, `it has no ${REPORT_ATTACHMENT} attached`);
  const at = text.search(/\/Type\s*\/EmbeddedFile\b/);
  if (at < 0) notReport(file, `it has no ${REPORT_ATTACHMENT} attached`);
  const dictStart = text.lastIndexOf('<<', at);
  const streamAt = text.indexOf('stream', at);
  const endAt = text.indexOf('endstream', streamAt);
  if (streamAt < 0 || endAt < 0) notReport(file, 'its attachment is cut short');
  const dict = text.slice(dictStart, streamAt);
  let start = streamAt + 'stream'.length;
  if (text[start] === '\r') start++;
  if (text[start] === '\n') start++;
  const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
  const end = length ? start + Number(length[1]) : endAt;
  const raw = Buffer.from(bytes.subarray(start, end));
  try {
    const data = /\/Filter\s*\/FlateDecode/.test(dict)
      ? inflateSync(raw, { maxOutputLength: MAX_REPORT_JSON })
      : raw;
    return data.toString('utf8');
  } catch {
    notReport(file, 'its attachment cannot be decompressed');
  }
}

/** The report inside an HTML or PDF report file. */
export function readReport(file: string, bytes: Uint8Array): Report {
  const isPdf = latin1(bytes.subarray(0, 5)) === '%PDF-';
  const json = isPdf ? pdfJson(file, bytes) : htmlJson(file, bytes);
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    notReport(file, 'its report data is not valid JSON');
  }
  const parsed = ReportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    notReport(
      file,
      `its report data is not valid (${issue.path.join('.') || 'the data'}: ${issue.message})`,
    );
  }
  return parsed.data;
}
