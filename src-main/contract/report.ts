/**
 * A student's lab report and the teacher's class overview. The report's data travels inside the
 * report file itself (see export/report/), so the overview reads back exactly what the student saw.
 * (Skeleton: the reports helper owns and completes this file.)
 */
import type { EpochMetrics } from './training.ts';

export const REPORT_FORMATS = ['html', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** One run of a report, as the overview overlays its curves. */
export interface ReportRun {
  id: string;
  name: string;
  /** The run's settings in words (describeLab). */
  settings: string;
  status: string;
  metrics: EpochMetrics[];
  bestValLoss: number | null;
  bestValAccuracy: number | null;
}

/** One student's row of the class overview. */
export interface ClassRow {
  /** The report file it came from. */
  file: string;
  student: string;
  /** 'ok': the locked parts match the teacher's lab; 'changed': they do not; 'unknown': no lab to compare. */
  locked: 'ok' | 'changed' | 'unknown';
  /** Why `locked` is 'changed', in one sentence; null otherwise. */
  lockedNote: string | null;
  /** By `answerKey(step, question)`. */
  answers: Record<string, string | number>;
  checksPassed: number;
  checksTotal: number;
  bestValAccuracy: number | null;
  bestValLoss: number | null;
  runs: ReportRun[];
}

export interface ClassOverview {
  /** The lab's name and guide id, from the teacher's lab or the reports. */
  labName: string;
  guideId: string | null;
  /** The questions, in order, as columns: key (answerKey), step title and prompt. */
  questions: { key: string; step: string; prompt: string; kind: string }[];
  rows: ClassRow[];
  /** Files that are not readable reports, one sentence each naming the file. */
  problems: string[];
}
