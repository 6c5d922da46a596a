/**
 * The teacher's class overview, from the reports read back (export/report/read.ts): one row per
 * student, and the flag on a report whose lab had its locked parts changed. Pure, so the service,
 * the CLI and the UI's CSV share it.
 */
import { answerKey, labFingerprint } from './guide.ts';
import { m } from './i18n.ts';
import type { LabFile } from './lab.ts';
import type { ErrorInfo } from './errors.ts';
import type { ClassOverview, ClassRow, Report } from './report.ts';

export interface ReadReport {
  file: string;
  report: Report;
}

const short = (fingerprint: string | null) =>
  fingerprint ? `${fingerprint.slice(0, 4)}…` : 'none';
const who = (r: ReadReport) => r.report.student.trim() || r.file;

function best(values: (number | null)[], pick: (a: number, b: number) => number): number | null {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return known.length ? known.reduce((a, b) => pick(a, b)) : null;
}

/** The fingerprint most reports share (strictly more than half of them), if any. */
function majority(reports: ReadReport[]): string | null {
  const counts = new Map<string, number>();
  for (const { report } of reports)
    if (report.fingerprint)
      counts.set(report.fingerprint, (counts.get(report.fingerprint) ?? 0) + 1);
  for (const [fingerprint, count] of counts) if (count * 2 > reports.length) return fingerprint;
  return null;
}

const AGAINST = {
  teacher: ", the teacher's lab",
  declared: ', the one its lab declares',
  class: ", the rest of the class's",
};

function changed(
  r: ReadReport,
  expected: string | null,
  against: keyof typeof AGAINST,
): Pick<ClassRow, 'locked' | 'lockedNote' | 'lockedWhy'> {
  const [found, wanted] = [short(r.report.fingerprint), short(expected)];
  return {
    locked: 'changed',
    lockedNote: `${who(r)}'s report was made from a lab whose locked parts were changed (fingerprint ${found} instead of ${wanted}${AGAINST[against]}).`,
    lockedWhy: { kind: 'changed', who: who(r), found, expected: wanted, against },
  };
}

const CHANGED_AGAINST = {
  teacher: m.overview_locks_teacher,
  declared: m.overview_locks_declared,
  class: m.overview_locks_class,
};

/** A changed report's note in the user's language (the English `lockedNote` for older data). */
export function lockedNoteText(row: Pick<ClassRow, 'lockedNote' | 'lockedWhy'>): string {
  const why = row.lockedWhy;
  if (!why) return row.lockedNote ?? '';
  if (why.kind === 'other-lab') return m.overview_locks_other_lab(why);
  return CHANGED_AGAINST[why.against](why);
}

/** 'ok', 'changed' (with its sentence) or 'unknown', for one report. */
function lockState(
  r: ReadReport,
  teacher: { fingerprint: string | null; guideId: string | null } | null,
  classFingerprint: string | null,
): Pick<ClassRow, 'locked' | 'lockedNote' | 'lockedWhy'> {
  const { fingerprint, declaredFingerprint, guideId } = r.report;
  if (teacher) {
    if (teacher.guideId && guideId !== teacher.guideId)
      return {
        locked: 'changed',
        lockedNote: `${who(r)}'s report was made from another lab (${guideId ?? 'no guide'} instead of ${teacher.guideId}).`,
        lockedWhy: {
          kind: 'other-lab',
          who: who(r),
          found: guideId ?? '–',
          expected: teacher.guideId,
        },
      };
    return fingerprint === teacher.fingerprint
      ? { locked: 'ok', lockedNote: null }
      : changed(r, teacher.fingerprint, 'teacher');
  }
  if (declaredFingerprint && fingerprint !== declaredFingerprint)
    return changed(r, declaredFingerprint, 'declared');
  if (classFingerprint && fingerprint !== classFingerprint)
    return changed(r, classFingerprint, 'class');
  return declaredFingerprint || classFingerprint
    ? { locked: 'ok', lockedNote: null }
    : { locked: 'unknown', lockedNote: null };
}

/** The overview of the reports read; `lab` is the teacher's, whose fingerprint the reports must match. */
export function classOverviewOf(
  reports: ReadReport[],
  problems: ErrorInfo[],
  lab?: LabFile | null,
): ClassOverview {
  const teacher = lab ? { fingerprint: labFingerprint(lab), guideId: lab.guide?.id ?? null } : null;
  const classFingerprint = majority(reports);
  const questions: ClassOverview['questions'] = [];
  const seen = new Set<string>();
  const steps = lab?.guide
    ? lab.guide.steps.map((s) => ({
        title: s.title,
        questions: s.questions.map((q) => ({
          key: answerKey(s.id, q.id),
          prompt: q.prompt,
          kind: q.kind,
        })),
      }))
    : reports.flatMap(({ report }) => report.steps);
  for (const step of steps)
    for (const q of step.questions)
      if (!seen.has(q.key)) {
        seen.add(q.key);
        questions.push({ key: q.key, step: step.title, prompt: q.prompt, kind: q.kind });
      }
  const rows = reports.map((r): ClassRow => {
    const { report } = r;
    const answers: ClassRow['answers'] = {};
    const correct: ClassRow['correct'] = {};
    for (const step of report.steps)
      for (const q of step.questions) {
        if (q.answer === null) continue;
        answers[q.key] = q.kind === 'number' ? q.answer : q.answerText;
        if (q.kind === 'choice' && q.correct !== undefined && q.correct !== null)
          correct[q.key] = Number(q.answer) === q.correct;
      }
    return {
      file: r.file,
      student: report.student,
      ...lockState(r, teacher, classFingerprint),
      answers,
      correct,
      checksPassed: report.checks.filter((c) => c.passed).length,
      checksTotal: report.checks.length,
      bestValAccuracy: best(
        report.runs.map((run) => run.bestValAccuracy),
        Math.max,
      ),
      bestValLoss: best(
        report.runs.map((run) => run.bestValLoss),
        Math.min,
      ),
      runs: report.runs,
      createdAt: report.createdAt,
    };
  });
  rows.sort((a, b) => (a.student || a.file).localeCompare(b.student || b.file));
  const first = reports[0]?.report;
  return {
    labName: lab?.name ?? first?.labName ?? '',
    guideId: lab?.guide?.id ?? first?.guideId ?? null,
    questions,
    rows,
    problems: problems.map((p) => p.message),
    problemInfos: problems,
  };
}

/** A CSV field: quoted when it must be; a text starting like a formula is kept as text. */
function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The overview's rows as CSV: a header row naming the questions, one row per student. */
export function classOverviewCsv(overview: ClassOverview): string {
  const header = [
    'file',
    'student',
    'locked parts',
    'note',
    'checks passed',
    'checks total',
    'best val_accuracy',
    'best val_loss',
    'runs',
    ...overview.questions.map((q) => `${q.step}: ${q.prompt}`),
  ];
  const lines = overview.rows.map((row) => [
    row.file,
    row.student,
    row.locked,
    row.lockedNote,
    row.checksPassed,
    row.checksTotal,
    row.bestValAccuracy,
    row.bestValLoss,
    row.runs.length,
    ...overview.questions.map((q) => row.answers[q.key]),
  ]);
  return [header, ...lines].map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
}
