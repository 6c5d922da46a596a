/**
 * Report files and the class overview on the main side: what `exportReport` and `classOverview`
 * (service, CLI) call. The shapes and the overview's rules live in the contract.
 */
import fs from 'node:fs';
import path from 'node:path';
import { classOverviewOf, type ReadReport } from '../../contract/class-overview.ts';
import { LayerLabError, said, saidInfo, type ErrorInfo } from '../../contract/errors.ts';
import { exportBaseName } from '../../contract/export-formats.ts';
import type { LabFile } from '../../contract/lab.ts';
import type { ClassOverview, Report, ReportFormat } from '../../contract/report.ts';
import type { ExportFile } from '../exporters.ts';
import { reportHtml } from './html.ts';
import { reportPdf } from './pdf.ts';
import { readReport } from './read.ts';

/** `capacity-ada-report.html`: the lab, the student. */
export function reportFileName(report: Report, format: ReportFormat): string {
  const who = report.student.trim() ? `-${exportBaseName(report.student)}` : '';
  return `${exportBaseName(report.labName)}${who}-report.${format}`;
}

export async function reportFiles(report: Report, format: ReportFormat): Promise<ExportFile[]> {
  const bytes =
    format === 'html' ? new TextEncoder().encode(reportHtml(report)) : await reportPdf(report);
  return [{ name: reportFileName(report, format), bytes }];
}

/** Report files by their extension; anything else in a folder is left alone. */
export const isReportFile = (name: string) => /\.(html?|pdf)$/i.test(name);

/** A folder's report files (not its subfolders), sorted by name. */
export function reportFilesIn(dir: string): { name: string; bytes: Uint8Array }[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && isReportFile(e.name))
    .map((e) => e.name)
    .sort()
    .map((name) => ({ name, bytes: fs.readFileSync(path.join(dir, name)) }));
}

/** Every file a report or a sentence in `problems`; never a failure of the whole. */
export function overviewOfFiles(
  files: { name: string; bytes: Uint8Array }[],
  lab?: LabFile | null,
): ClassOverview {
  const reports: ReadReport[] = [];
  const problems: ErrorInfo[] = [];
  for (const file of files) {
    try {
      reports.push({ file: file.name, report: readReport(file.name, file.bytes) });
    } catch (e) {
      problems.push(
        e instanceof LayerLabError
          ? e.info()
          : saidInfo('invalid-document', said('error_report_unreadable', { file: file.name })),
      );
    }
  }
  return classOverviewOf(reports, problems, lab);
}
