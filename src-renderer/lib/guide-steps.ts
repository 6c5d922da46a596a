/**
 * The student's side of a guided lab, pure: which step shows, the answers and ticks in the lab's
 * `work`, the check results under each step, and the library's search and sections.
 */
import type { CheckResult, LibraryEntry } from '../../src-main/contract/api.ts';
import {
  TOPICS,
  TOPIC_TITLES,
  answerKey,
  type Guide,
  type Question,
  type Step,
  type Topic,
  type Work,
} from '../../src-main/contract/guide.ts';
import { m } from '../../src-main/contract/i18n.ts';
import type { Locale } from '../../src-main/contract/locale.ts';
import { topicTitle } from '../../src-main/contract/topic-text.ts';

/** The step index kept within the guide's steps (0 for a guide without steps). */
export const clampStep = (guide: Guide, index: number): number =>
  Math.max(0, Math.min(guide.steps.length - 1, Math.trunc(index) || 0));

/** Where a guide opens: the first step not ticked done (the last one when all are). */
export function firstOpenStep(guide: Guide, work: Work): number {
  const open = guide.steps.findIndex((s) => !work.done.includes(s.id));
  return open < 0 ? Math.max(0, guide.steps.length - 1) : open;
}

/** The answer as the question's field shows it: '' for none, a choice index, a number. */
export function answerOf(work: Work, step: Step, question: Question): string | number | null {
  const value = work.answers[answerKey(step.id, question.id)];
  if (value === undefined) return null;
  if (question.kind === 'text') return String(value);
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The work with this answer; null (an emptied field) removes it. */
export function withAnswer(
  work: Work,
  step: Step,
  question: Question,
  value: string | number | null,
): Work {
  const key = answerKey(step.id, question.id);
  const answers = { ...work.answers };
  if (value === null || value === '' || (typeof value === 'number' && !Number.isFinite(value)))
    delete answers[key];
  else answers[key] = value;
  return { ...work, answers };
}

/** The work with the step ticked done (or not), in the guide's order. */
export function withDone(work: Work, guide: Guide, stepId: string, done: boolean): Work {
  const set = new Set(work.done);
  if (done) set.add(stepId);
  else set.delete(stepId);
  const order = guide.steps.map((s) => s.id).filter((id) => set.has(id));
  // Ids of steps no longer in the guide stay (a teacher may put the step back).
  const gone = work.done.filter((id) => set.has(id) && !order.includes(id));
  return { ...work, done: [...order, ...gone] };
}

/** How many of the step's questions have an answer. */
export const answeredCount = (work: Work, step: Step): number =>
  step.questions.filter((q) => answerOf(work, step, q) !== null).length;

/** Check results by step id, each step's in its checks' order. */
export function checksByStep(results: readonly CheckResult[]): Map<string, CheckResult[]> {
  const out = new Map<string, CheckResult[]>();
  for (const r of results) out.set(r.stepId, [...(out.get(r.stepId) ?? []), r]);
  for (const list of out.values()) list.sort((a, b) => a.index - b.index);
  return out;
}

/** A step's checks: 'none' without checks, else whether all pass (unknown until evaluated). */
export function stepCheckState(
  step: Step,
  byStep: Map<string, CheckResult[]>,
): 'none' | 'passed' | 'open' | 'unknown' {
  if (!step.checks.length) return 'none';
  const results = byStep.get(step.id);
  if (!results) return 'unknown';
  return results.length >= step.checks.length && results.every((r) => r.passed) ? 'passed' : 'open';
}

/** The entry's name and description in `locale`, English where it has none. */
export function localizeEntry(entry: LibraryEntry, locale: Locale): LibraryEntry {
  const t = entry.translations?.[locale];
  return t
    ? { ...entry, name: t.name || entry.name, description: t.description || entry.description }
    : entry;
}

/**
 * Entries whose name, description, topic or dataset contain every word of the query, in English or
 * in any language the entry has (a student may type "dropout" in a Chinese library).
 */
export function searchLibrary(entries: readonly LibraryEntry[], query: string): LibraryEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [...entries];
  return entries.filter((e) => {
    const texts = Object.values(e.translations ?? {}).flatMap((t) => [t?.name, t?.description]);
    const text = [
      e.name,
      e.description,
      e.topic,
      TOPIC_TITLES[e.topic],
      topicTitle(e.topic),
      e.dataset,
      ...texts,
    ]
      .join(' ')
      .toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

export interface LibrarySection {
  topic: Topic;
  title: string;
  entries: LibraryEntry[];
}

/** The library in the course's order of topics; empty topics left out. */
export function librarySections(entries: readonly LibraryEntry[]): LibrarySection[] {
  return TOPICS.map((topic) => ({
    topic,
    title: topicTitle(topic),
    entries: entries.filter((e) => e.topic === topic),
  })).filter((s) => s.entries.length);
}

/** "about 5 minutes", "under a minute"; '' when unknown. */
export function minutesText(minutes: number | null): string {
  if (minutes === null) return '';
  if (minutes < 1) return m.guide_minutes_under();
  const count = Math.round(minutes);
  return count === 1 ? m.guide_minutes_one() : m.guide_minutes({ count });
}
