/**
 * `layerlab report LAB`: a guided lab's report (HTML or PDF) from the runs in the store.
 * `layerlab class DIR`: the class overview of a folder of reports, as a table, JSON or CSV.
 */
import { m, messageLocale } from '../../contract/i18n.ts';
import { isLocale, type Locale } from '../../contract/locale.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { classOverviewCsv, lockedNoteText } from '../../contract/class-overview.ts';
import { parseLabText } from '../../contract/lab.ts';
import { REPORT_FORMATS, type ClassOverview, type ReportFormat } from '../../contract/report.ts';
import { writeExport } from '../../export/exporters.ts';
import { labReport } from '../../export/report/gather.ts';
import { overviewOfFiles, reportFiles, reportFilesIn } from '../../export/report/index.ts';
import { GridStore } from '../../store/grid-store.ts';
import { readDocument } from '../../store/read-document.ts';
import { writeFileAtomic } from '../../store/safe-fs.ts';
import { openStore, printJson, UsageError, type GlobalOptions } from '../context.ts';
import { alignColumns, printable } from '../output.ts';
import { errorSentence, said } from '../../contract/error-text.ts';

const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

interface ReportOptions extends GlobalOptions {
  format: string;
  out: string;
  runs?: string[];
}

const readLab = (file: string) => parseLabText(readDocument(file, 'lab'), file);

async function report(labPath: string, o: ReportOptions) {
  if (!REPORT_FORMATS.includes(o.format as ReportFormat))
    throw new UsageError(said('error_cli_report_format', { format: o.format }));
  const lab = readLab(labPath);
  const store = openStore();
  try {
    const data = labReport(store, new GridStore(store), lab, {
      runIds: o.runs,
      app: `LayerLab ${pkg.version}`,
      // The report is written in the CLI's language (--lang, LANG).
      locale: isLocale(messageLocale()) ? (messageLocale() as Locale) : 'en',
    });
    const files = writeExport(await reportFiles(data, o.format as ReportFormat), o.out);
    if (o.json) printJson({ files, runs: data.runs.length, checks: data.checks.length });
    else
      for (const file of files)
        process.stdout.write(
          `${file}  ${m.cli_report_wrote({ count: data.runs.length, passed: data.checks.filter((c) => c.passed).length, checks: data.checks.length })}\n`,
        );
  } finally {
    store.close();
  }
}

const num = (v: number | null) => (v === null ? '–' : v.toFixed(4));

/** A report's locks as the table shows them: a change in capitals, to stand out. */
const LOCKED: Record<ClassOverview['rows'][number]['locked'], () => string> = {
  ok: m.cli_class_locks_ok,
  changed: m.cli_class_locks_changed,
  unknown: m.cli_class_locks_unknown,
};

function printTable(overview: ClassOverview) {
  const head = [
    m.cli_class_student(),
    m.cli_class_checks(),
    m.cli_class_best({ metric: 'val_acc' }),
    m.cli_class_best({ metric: 'val_loss' }),
    m.cli_class_locks(),
    m.cli_class_file(),
  ];
  const rows = overview.rows.map((r) => [
    printable(r.student) || m.cli_class_no_name(),
    `${r.checksPassed}/${r.checksTotal}`,
    num(r.bestValAccuracy),
    num(r.bestValLoss),
    LOCKED[r.locked](),
    printable(r.file),
  ]);
  process.stdout.write(
    `${m.cli_class_title({ lab: printable(overview.labName), count: overview.rows.length })}\n`,
  );
  for (const line of alignColumns([head, ...rows])) process.stdout.write(`${line}\n`);
  for (const r of overview.rows)
    if (r.lockedNote) process.stdout.write(`! ${printable(lockedNoteText(r))}\n`);
  // Said from their codes where the overview carries them (as the app does), else its English.
  for (const p of overview.problemInfos ?? overview.problems)
    process.stdout.write(`? ${printable(typeof p === 'string' ? p : errorSentence(p))}\n`);
}

interface ClassOptions extends GlobalOptions {
  lab?: string;
  csv?: string;
}

function classCommand(dir: string, o: ClassOptions) {
  const lab = o.lab ? readLab(o.lab) : null;
  let files;
  try {
    files = reportFilesIn(dir);
  } catch {
    throw new UsageError(said('error_cli_report_folder', { dir }));
  }
  const overview = overviewOfFiles(files, lab);
  if (o.csv)
    writeFileAtomic(path.resolve(o.csv), new TextEncoder().encode(classOverviewCsv(overview)));
  // The notes' parts are for the human output: --json stays as it was.
  if (o.json)
    printJson({ ...overview, rows: overview.rows.map(({ lockedWhy: _why, ...row }) => row) });
  else printTable(overview);
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .description("Write a guided lab's report (steps, answers, checks, curves, model, runs).")
    .argument('<lab>', m.cliopt_report_lab())
    .option('--format <format>', m.cliopt_report_format(), 'html')
    .option('--out <dir>', m.cliopt_report_out(), '.')
    .option('--runs <ids...>', m.cliopt_report_runs())
    .option('--json', m.cliopt_report_json())
    .action((lab: string, options: ReportOptions) => report(lab, options));
}

export function registerClass(program: Command): void {
  program
    .command('class')
    .description('The class overview of a folder of reports: one row per student.')
    .argument('<dir>', m.cliopt_class_dir())
    .option('--lab <lab>', m.cliopt_class_lab())
    .option('--csv <file>', m.cliopt_class_csv())
    .option('--json', m.cliopt_class_json())
    .action((dir: string, options: ClassOptions) => classCommand(dir, options));
}
