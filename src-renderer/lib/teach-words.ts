/** Teacher mode's names of the question and check kinds, in the interface's language. */
import type { CheckKind, QuestionKind } from '../../src-main/contract/guide.ts';
import { m } from '../../src-main/contract/i18n.ts';

export const QUESTION_KIND_TEXTS = (): Record<QuestionKind, string> => ({
  text: m.teach_question_text(),
  choice: m.teach_question_choice(),
  number: m.teach_question_number(),
});

export const CHECK_KIND_TEXTS = (): Record<CheckKind, string> => ({
  overfits: m.teach_check_overfits(),
  sparsity: m.teach_check_sparsity(),
  compared: m.teach_check_compared(),
  metric: m.teach_check_metric(),
  'early-stopped': m.teach_check_early_stopped(),
  grid: m.teach_check_grid(),
});
