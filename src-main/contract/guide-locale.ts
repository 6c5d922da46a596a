/**
 * A guided lab as a student reads it in one language: the guide's translations (`guide.translations`,
 * contract/guide.ts) laid over its base texts, field by field, the base showing wherever a
 * translation is missing. Only words change: ids, answers, `correct`, checks and locks stay the
 * base's, so work saved in one language reads the same in another. The result is for showing; a
 * teacher edits and saves the base lab.
 */
import type { Guide, GuideTexts, Question, Step, StepTexts } from './guide.ts';
import type { LabFile } from './lab.ts';
import type { Locale } from './locale.ts';

function localizeQuestion(question: Question, texts: StepTexts | undefined): Question {
  const t = texts?.questions?.[question.id];
  if (!t) return question;
  const prompt = t.prompt || question.prompt;
  if (question.kind === 'choice') {
    // By index: a translation with another number of choices would shift the answers.
    const choices = t.choices?.length === question.choices.length ? t.choices : question.choices;
    return { ...question, prompt, choices };
  }
  if (question.kind === 'number') return { ...question, prompt, unit: t.unit ?? question.unit };
  return { ...question, prompt };
}

function localizeStep(step: Step, texts: StepTexts | undefined): Step {
  if (!texts) return step;
  return {
    ...step,
    title: texts.title || step.title,
    text: texts.text || step.text,
    questions: step.questions.map((q) => localizeQuestion(q, texts)),
  };
}

/** The texts of `locale`, if the guide has any. */
export const guideTexts = (guide: Guide | null, locale: Locale): GuideTexts | undefined =>
  guide?.translations?.[locale];

/** The guide in `locale` (the same object when it has no texts in that language). */
export function localizeGuide(guide: Guide, locale: Locale): Guide {
  const texts = guideTexts(guide, locale);
  if (!texts?.steps) return guide;
  return { ...guide, steps: guide.steps.map((s) => localizeStep(s, texts.steps?.[s.id])) };
}

/** The lab in `locale`: its name, description and guide. */
export function localizeLab(lab: LabFile, locale: Locale): LabFile {
  const texts = guideTexts(lab.guide, locale);
  if (!texts || !lab.guide) return lab;
  return {
    ...lab,
    name: texts.name || lab.name,
    description: texts.description || lab.description,
    guide: localizeGuide(lab.guide, locale),
  };
}

/**
 * What the guide lacks in `locale`, one phrase each ("step 'big': text", "step 'big', question
 * 'after': choices"): for a teacher checking a translation, and the library's test.
 */
export function missingTexts(lab: LabFile, locale: Locale): string[] {
  const texts = guideTexts(lab.guide, locale);
  const missing: string[] = [];
  if (lab.name && !texts?.name) missing.push('name');
  if (lab.description && !texts?.description) missing.push('description');
  for (const step of lab.guide?.steps ?? []) {
    const t = texts?.steps?.[step.id];
    const where = `step '${step.id}'`;
    if (!t?.title) missing.push(`${where}: title`);
    if (step.text && !t?.text) missing.push(`${where}: text`);
    for (const q of step.questions) {
      const qt = t?.questions?.[q.id];
      const at = `${where}, question '${q.id}'`;
      if (!qt?.prompt) missing.push(`${at}: prompt`);
      if (q.kind === 'choice' && qt?.choices?.length !== q.choices.length)
        missing.push(`${at}: choices`);
      if (q.kind === 'number' && q.unit && !qt?.unit) missing.push(`${at}: unit`);
    }
  }
  return missing;
}
