/**
 * A student's lab report and the teacher's class overview. The report's data travels inside the
 * report file itself (JSON in the HTML, an attachment in the PDF: see export/report/), so the
 * overview reads back exactly what the student saw, and `ReportSchema` checks it on the way in.
 */
import { z } from 'zod';
import { answerKey, labFingerprint, type Guide, type Question, type Work } from './guide.ts';
import type { ErrorInfo } from './errors.ts';
import type { LabFile } from './lab.ts';
import { datasetText, describeLab, layerBrief, layerPath } from './lab-words.ts';
import { inLocale } from './i18n.ts';
import { LOCALES, type Locale } from './locale.ts';
import type { EpochMetrics } from './training.ts';
import { analyzeGraph } from './validate.ts';

export const REPORT_FORMATS = ['html', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The `format` field of a report's data; the version moves when the schema does. */
export const REPORT_FORMAT = 'layerlab-report';
export const REPORT_VERSION = 1;
/** The id of the HTML report's `<script type="application/json">` holding its data. */
export const REPORT_SCRIPT_ID = 'layerlab-report';
/** The PDF report's attachment holding its data. */
export const REPORT_ATTACHMENT = 'layerlab-report.json';

const Num = z.number().nullable();
const Answer = z.union([z.string().max(10_000), z.number()]);

export const EpochMetricsSchema = z.object({
  epoch: z.number(),
  loss: z.number(),
  accuracy: z.number(),
  val_loss: z.number().optional(),
  val_accuracy: z.number().optional(),
  regularization_loss: z.number(),
  seconds: z.number(),
});

/** One run of a report, as the overview overlays its curves. */
export const ReportRunSchema = z.object({
  id: z.string().max(100),
  name: z.string().max(300),
  /** The run's settings in words (describeLab). */
  settings: z.string().max(2000),
  status: z.string().max(40),
  metrics: z.array(EpochMetricsSchema).max(100_000),
  bestValLoss: Num,
  bestValAccuracy: Num,
});
export type ReportRun = z.infer<typeof ReportRunSchema>;

export const ReportQuestionSchema = z.object({
  key: z.string().max(300),
  kind: z.enum(['text', 'choice', 'number']),
  prompt: z.string().max(50_000),
  choices: z.array(z.string().max(1000)).optional(),
  /** The right choice's index, when the teacher gave one. */
  correct: z.number().int().min(0).nullable().optional(),
  unit: z.string().max(40).optional(),
  /** As the lab holds it: text, a choice's index, a number; null when unanswered. */
  answer: Answer.nullable(),
  /** The answer as a reader sees it (the choice's text, the number with its unit); '' when none. */
  answerText: z.string().max(10_000),
});
export type ReportQuestion = z.infer<typeof ReportQuestionSchema>;

export const ReportStepSchema = z.object({
  id: z.string().max(100),
  title: z.string().max(200),
  /** Markdown, rendered without HTML. */
  text: z.string().max(50_000),
  done: z.boolean(),
  questions: z.array(ReportQuestionSchema),
});

export const ReportCheckSchema = z.object({
  stepId: z.string().max(100),
  index: z.number().int(),
  passed: z.boolean(),
  label: z.string().max(2000),
  sentence: z.string().max(5000),
  runIds: z.array(z.string().max(100)),
});
export type ReportCheck = z.infer<typeof ReportCheckSchema>;

/** A layer of the model diagram and summary table. */
export const ReportLayerSchema = z.object({
  id: z.string().max(200),
  name: z.string().max(200),
  kind: z.string().max(60),
  /** `Dense(64, relu)`: layerBrief. */
  brief: z.string().max(500),
  params: z.number().int().min(0),
  /** Output shape without the batch dimension, when it could be inferred. */
  shape: z.array(z.number()).nullable(),
  /** Ids of the layers feeding it. */
  inputs: z.array(z.string().max(200)),
});
export type ReportLayer = z.infer<typeof ReportLayerSchema>;

export const ReportSchema = z.object({
  format: z.literal(REPORT_FORMAT),
  version: z.literal(REPORT_VERSION),
  /** "LayerLab 0.1.0". */
  app: z.string().max(100),
  /** ISO time the report was made. */
  createdAt: z.string().max(40),
  student: z.string().max(200),
  labName: z.string().max(300),
  guideId: z.string().max(100).nullable(),
  /** `labFingerprint` of the lab the report was made from (its locked parts as they were). */
  fingerprint: z.string().max(64).nullable(),
  /** The fingerprint the lab declares (`guide.fingerprint`, set when the teacher saved it). */
  declaredFingerprint: z.string().max(64).nullable(),
  dataset: z.string().max(500),
  /** The language its words are in (absent in older reports: English). */
  locale: z.enum(LOCALES).optional(),
  /** The lab's settings in words. */
  settings: z.string().max(2000),
  steps: z.array(ReportStepSchema).max(100),
  checks: z.array(ReportCheckSchema).max(2000),
  runs: z.array(ReportRunSchema).max(1000),
  model: z.object({
    layers: z.array(ReportLayerSchema).max(1000),
    totalParams: z.number().int().min(0),
  }),
});
export type Report = z.infer<typeof ReportSchema>;

/** What a report is made of, besides the lab: gathered by the service. */
export interface ReportInput {
  lab: LabFile;
  checks: ReportCheck[];
  runs: {
    id: string;
    name: string;
    status: string;
    lab: LabFile;
    metrics: EpochMetrics[];
    bestValLoss: number | null;
    bestValAccuracy: number | null;
  }[];
  app: string;
  /** The language of the report's words (default English). */
  locale?: Locale;
  createdAt: string;
}

/** The answer as a reader sees it. */
export function answerText(question: Question, answer: string | number | undefined): string {
  if (answer === undefined || answer === '') return '';
  if (question.kind === 'choice') {
    const index = Number(answer);
    const choice = question.choices[index];
    return choice === undefined ? String(answer) : `${String.fromCharCode(65 + index)}. ${choice}`;
  }
  if (question.kind === 'number' && question.unit) return `${answer} ${question.unit}`;
  return String(answer);
}

function reportSteps(guide: Guide | null, work: Work): Report['steps'] {
  return (guide?.steps ?? []).map((step) => ({
    id: step.id,
    title: step.title,
    text: step.text,
    done: work.done.includes(step.id),
    questions: step.questions.map((q) => {
      const key = answerKey(step.id, q.id);
      const answer = work.answers[key];
      return {
        key,
        kind: q.kind,
        prompt: q.prompt,
        ...(q.kind === 'choice' ? { choices: q.choices, correct: q.correct } : {}),
        ...(q.kind === 'number' ? { unit: q.unit } : {}),
        answer: answer ?? null,
        answerText: answerText(q, answer),
      };
    }),
  }));
}

/** The model's layers in the order data flows, with what the diagram and summary table show. */
export function reportModel(lab: LabFile): Report['model'] {
  const analysis = analyzeGraph(lab.graph);
  const layers = layerPath(lab.graph).map((node) => ({
    id: node.id,
    name: node.name,
    kind: node.kind,
    brief: layerBrief(node),
    params: analysis.nodes[node.id]?.params ?? 0,
    shape: analysis.nodes[node.id]?.shape ?? null,
    inputs: lab.graph.edges.filter((e) => e.target === node.id).map((e) => e.source),
  }));
  return { layers, totalParams: analysis.totalParams };
}

/** The report's data (pure: the service gathers checks and runs). */
export function buildReport(input: ReportInput): Report {
  const { lab, locale = 'en' } = input;
  return inLocale(locale, () => reportIn(locale, input, lab));
}

function reportIn(locale: Locale, input: ReportInput, lab: LabFile): Report {
  return ReportSchema.parse({
    locale,
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    app: input.app,
    createdAt: input.createdAt,
    student: lab.work.student,
    labName: lab.name,
    guideId: lab.guide?.id ?? null,
    fingerprint: labFingerprint(lab),
    declaredFingerprint: lab.guide?.fingerprint ?? null,
    dataset: datasetText(lab.dataset),
    settings: describeLab(lab),
    steps: reportSteps(lab.guide, lab.work),
    checks: input.checks,
    runs: input.runs.map((run) => ({
      id: run.id,
      name: run.name,
      settings: describeLab(run.lab),
      status: run.status,
      metrics: run.metrics,
      bestValLoss: run.bestValLoss,
      bestValAccuracy: run.bestValAccuracy,
    })),
    model: reportModel(lab),
  });
}

/** Why a report is flagged: another lab, or locked parts changed against what. */
export type LockedWhy =
  | { kind: 'other-lab'; who: string; found: string; expected: string }
  | {
      kind: 'changed';
      who: string;
      found: string;
      expected: string;
      against: 'teacher' | 'declared' | 'class';
    };

/** One student's row of the class overview. */
export interface ClassRow {
  /** The report file it came from. */
  file: string;
  student: string;
  /** 'ok': the locked parts match (the teacher's lab, or the lab's own and the class's); 'changed': they do not; 'unknown': nothing to compare with. */
  locked: 'ok' | 'changed' | 'unknown';
  /** Why `locked` is 'changed', in one sentence; null otherwise. */
  lockedNote: string | null;
  /** `lockedNote`'s parts, for saying it in the user's language (contract/class-overview.ts). */
  lockedWhy?: LockedWhy;
  /** By `answerKey(step, question)`: as a reader sees it (a choice's text, a number with its unit). */
  answers: Record<string, string | number>;
  /** For choice questions with a right answer, whether the student's is it (by `answerKey`). */
  correct: Record<string, boolean>;
  checksPassed: number;
  checksTotal: number;
  bestValAccuracy: number | null;
  bestValLoss: number | null;
  runs: ReportRun[];
  /** When the report was made (ISO). */
  createdAt: string;
}

export interface ClassOverview {
  /** The lab's name and guide id, from the teacher's lab or the reports. */
  labName: string;
  guideId: string | null;
  /** The questions, in order, as columns: key (answerKey), step title and prompt. */
  questions: { key: string; step: string; prompt: string; kind: string }[];
  rows: ClassRow[];
  /** Files that are not readable reports, one sentence each naming the file (English). */
  problems: string[];
  /** The same sentences with their message keys and values, which the app words. */
  problemInfos?: ErrorInfo[];
}
