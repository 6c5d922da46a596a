/**
 * The one way the renderer words an error: a thrown `ApiError`, a run's or grid's `ErrorInfo`, or
 * anything else with a message. A sentence the host sent as a key and parameters is worded in the
 * user's language; one without (or from a server that knows other keys) shows its English message.
 */
import { errorParamsFrom, type WarningText } from '../../src-main/contract/error-text.ts';
import { errorSentence, LayerLabError } from '../../src-main/contract/errors.ts';
import { m } from '../../src-main/contract/i18n.ts';
import { wordIssueParam } from '../../src-main/contract/issue-words.ts';

export function errorText(error: unknown): string {
  if (error instanceof LayerLabError) return errorSentence(error.info());
  const e = error as { message?: unknown; key?: unknown; params?: unknown } | null;
  if (typeof e?.message !== 'string') return String(error);
  if (typeof e.key !== 'string') return e.message;
  return errorSentence({ message: e.message, key: e.key, params: errorParamsFrom(e.params) });
}

/**
 * The warnings of a file that was opened (an imported Keras model's), after its name, one sentence
 * after another in the user's language: "mnist.keras: LayerLab took ... ".
 */
export const fileWarningsText = (name: string, warnings: readonly WarningText[]): string =>
  m.notice_file_warnings({
    name,
    warnings: wordIssueParam({ list: warnings.map(errorSentence), join: 'sentences' }),
  });
