/**
 * Reads a report's data back out of its file: the JSON script element of an HTML report, the
 * attachment of a PDF one (written by pdf.ts, Flate-compressed), checked with `ReportSchema`.
 * Anything else is a `ReportFileError` whose sentence names the file.
 */
import { inflateSync } from 'node:zlib';
import { said, type ErrorText } from '../../contract/error-text.ts';
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

function notReport(file: string, why: ErrorText): never {
  throw new DocumentError('invalid-document', said('error_report_not_report', { file, why }));
}

function htmlJson(file: string, bytes: Uint8Array): string {
  const text = new TextDecoder().decode(bytes);
  const open = `<script type="application/json" id="${REPORT_SCRIPT_ID}">`;
  const start = text.lastIndexOf(open);
  if (start < 0) notReport(file, said('error_report_no_data'));
  const end = text.indexOf('</script>', start);
  if (end < 0) notReport(file, said('error_report_data_cut'));
  return text.slice(start + open.length, end);
}

/** The attachment's stream: the `/EmbeddedFile` object that follows the file spec naming it. */
function pdfJson(file: string, bytes: Uint8Array): string {
  const text = latin1(bytes);
  if (!text.includes(`(${REPORT_ATTACHMENT})`))
    notReport(file, said('error_report_no_attachment', { name: REPORT_ATTACHMENT }));
  const at = text.search(/\/Type\s*\/EmbeddedFile\b/);
  if (at < 0) notReport(file, said('error_report_no_attachment', { name: REPORT_ATTACHMENT }));
  const dictStart = text.lastIndexOf('<<', at);
  const streamAt = text.indexOf('stream', at);
  const endAt = text.indexOf('endstream', streamAt);
  if (streamAt < 0 || endAt < 0) notReport(file, said('error_report_attachment_cut'));
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
    notReport(file, said('error_report_attachment_inflate'));
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
    notReport(file, said('error_report_not_json'));
  }
  const parsed = ReportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    notReport(
      file,
      said('error_report_invalid', {
        path: issue.path.join('.') || said('error_report_the_data'),
        detail: issue.message,
      }),
    );
  }
  return parsed.data;
}
