/**
 * The student's report (Report → HTML / PDF, downloaded) and the teacher's class overview: the
 * reports sent as files, the teacher's lab to compare their fingerprints with, the runs whose
 * curves are overlaid, and the CSV of the rows.
 */
import type { LabFile } from '../../src-main/contract/lab.ts';
import { classOverviewCsv } from '../../src-main/contract/class-overview.ts';
import { isLocale } from '../../src-main/contract/locale.ts';
import type { ClassOverview, ClassRow, ReportFormat } from '../../src-main/contract/report.ts';
import { fileSafe } from '../lib/format.ts';
import type { AppState } from './app.svelte.ts';
import type { EditorState } from './editor.svelte.ts';
import { downloadBlob } from './files.svelte.ts';
import { language } from './language.svelte.ts';

/** A report is written in the interface's language (the pseudo-locale's as English). */
const reportLocale = () => (isLocale(language.current) ? language.current : 'en');

const MIME: Record<ReportFormat, string> = { html: 'text/html', pdf: 'application/pdf' };

/** A row's run, as the overlay names it. */
export const rowRunKey = (row: ClassRow, runId: string) => `${row.file}\n${runId}`;

/** The run with the best val_accuracy (else the lowest val_loss); null without runs. */
export function bestRun(row: ClassRow): string | null {
  const score = (r: ClassRow['runs'][number]) =>
    r.bestValAccuracy ?? (r.bestValLoss === null ? -Infinity : -r.bestValLoss);
  const best = row.runs.reduce<ClassRow['runs'][number] | null>(
    (a, r) => (!a || score(r) > score(a) ? r : a),
    null,
  );
  return best?.id ?? null;
}

export class ReportsState {
  /** The class overview dialog is open. */
  open = $state(false);
  overview = $state.raw<ClassOverview | null>(null);
  /** The report files last read, so a change of the teacher's lab reads them again. */
  files = $state.raw<{ name: string; bytes: Uint8Array }[]>([]);
  /** The teacher's lab the fingerprints are compared with; null: none (each report with its own). */
  teacherLab = $state.raw<LabFile | null>(null);
  teacherLabName = $state('');
  /** The overlaid run of each row, by file; absent: none. */
  shown = $state.raw<Record<string, string>>({});
  busy = $state(false);

  constructor(
    private readonly app: AppState,
    private readonly editor: EditorState,
  ) {}

  /** Opens the overview; the open lab is the teacher's lab when it has a guide. */
  show(): void {
    if (!this.teacherLab && this.editor.lab.guide) this.useOpenLab();
    this.open = true;
  }

  useOpenLab(): void {
    this.teacherLab = $state.snapshot(this.editor.lab) as LabFile;
    this.teacherLabName = this.editor.lab.name;
    if (this.files.length) void this.read(this.files);
  }

  async chooseTeacherLab(file: File | null): Promise<void> {
    if (!file) {
      this.teacherLab = null;
      this.teacherLabName = '';
    } else {
      const opened = await this.app.attempt(
        async () => this.app.api.readLabFile(file.name, await file.text()),
        `Reading ${file.name}`,
      );
      if (!opened) return;
      this.teacherLab = opened.lab;
      this.teacherLabName = opened.lab.name;
    }
    if (this.files.length) await this.read(this.files);
  }

  /** Reads the chosen files (a folder's, or some): report files only, anything else is skipped. */
  async chooseReports(list: FileList | File[]): Promise<void> {
    const chosen = Array.from(list).filter((f) => /\.(html?|pdf)$/i.test(f.name));
    if (!chosen.length) {
      this.app.report(
        new Error('None of the chosen files is an HTML or PDF report: choose the reports folder.'),
      );
      return;
    }
    const files = await Promise.all(
      chosen.map(async (f) => ({
        name: f.webkitRelativePath || f.name,
        bytes: new Uint8Array(await f.arrayBuffer()),
      })),
    );
    await this.read(files);
  }

  private async read(files: { name: string; bytes: Uint8Array }[]): Promise<void> {
    this.busy = true;
    const overview = await this.app.attempt(
      () =>
        this.app.api.classOverview(
          { files },
          this.teacherLab ? { lab: this.teacherLab } : undefined,
        ),
      'Reading the reports',
    );
    this.busy = false;
    if (!overview) return;
    this.files = files;
    this.overview = overview;
    this.shown = Object.fromEntries(
      overview.rows.flatMap((row) => {
        const id = bestRun(row);
        return id ? [[row.file, id]] : [];
      }),
    );
  }

  showRun(file: string, runId: string | null): void {
    const { [file]: _, ...rest } = this.shown;
    this.shown = runId ? { ...rest, [file]: runId } : rest;
  }

  exportCsv(): void {
    if (!this.overview) return;
    const csv = classOverviewCsv(this.overview);
    downloadBlob(
      new Blob([csv], { type: 'text/csv' }),
      `${fileSafe(this.overview.labName || 'class')}-class.csv`,
    );
  }

  /** The student's report of the open lab, downloaded. */
  async exportReport(format: ReportFormat): Promise<void> {
    const lab = $state.snapshot(this.editor.lab) as LabFile;
    const result = await this.app.attempt(
      () => this.app.api.exportReport(lab, { format, locale: reportLocale() }),
      `Making the ${format.toUpperCase()} report`,
    );
    if (!result) return;
    for (const f of result.files)
      if (f.bytes)
        downloadBlob(
          new Blob([f.bytes as Uint8Array<ArrayBuffer>], { type: MIME[format] }),
          f.name,
        );
    this.app.notify(`Saved the report as ${result.files.map((f) => f.name).join(', ')}.`);
  }
}
