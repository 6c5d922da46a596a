/**
 * The editor's shape checks and validation messages as data: a message key and its parameters
 * (the layer, the value, the shapes, the counts), which each side words in its reader's language.
 * The English `message` every issue also carries (for `--json`, tests and logs) is the same
 * message worded in English, so no sentence is written twice. Keras' names (Dense, units) and
 * shapes stay as in code in every language.
 */
import { m, messageLocale, type MessageLocale } from './i18n.ts';

/** Every sentence and phrase of the checks, by message key. */
export const ISSUE_MESSAGES = {
  issue_quoted: m.issue_quoted,
  issue_duplicate_id: m.issue_duplicate_id,
  issue_duplicate_name: m.issue_duplicate_name,
  issue_param: m.issue_param,
  issue_problem_not_number: m.issue_problem_not_number,
  issue_problem_not_whole: m.issue_problem_not_whole,
  issue_problem_at_least: m.issue_problem_at_least,
  issue_problem_below: m.issue_problem_below,
  issue_problem_between: m.issue_problem_between,
  issue_problem_enum: m.issue_problem_enum,
  issue_problem_bool: m.issue_problem_bool,
  issue_problem_pair: m.issue_problem_pair,
  issue_problem_shape: m.issue_problem_shape,
  issue_problem_shape_infer: m.issue_problem_shape_infer,
  issue_problem_regularizer: m.issue_problem_regularizer,
  issue_empty: m.issue_empty,
  issue_bad_edge: m.issue_bad_edge,
  issue_self_loop: m.issue_self_loop,
  issue_cycle: m.issue_cycle,
  issue_no_input: m.issue_no_input,
  issue_second_input: m.issue_second_input,
  issue_input_unconnected: m.issue_input_unconnected,
  issue_input_has_inputs: m.issue_input_has_inputs,
  issue_no_inputs: m.issue_no_inputs,
  issue_too_few_inputs: m.issue_too_few_inputs,
  issue_too_many_inputs: m.issue_too_many_inputs,
  issue_no_output: m.issue_no_output,
  issue_dead_end: m.issue_dead_end,
  issue_pool_window: m.issue_pool_window,
  issue_needs_image_flat: m.issue_needs_image_flat,
  issue_needs_image: m.issue_needs_image,
  issue_needs_flat: m.issue_needs_flat,
  issue_needs_flat_image: m.issue_needs_flat_image,
  issue_kernel_too_big: m.issue_kernel_too_big,
  issue_already_flat: m.issue_already_flat,
  issue_reshape_multiple: m.issue_reshape_multiple,
  issue_reshape_size: m.issue_reshape_size,
  issue_add_shapes: m.issue_add_shapes,
  issue_concat_rank: m.issue_concat_rank,
  issue_concat_sizes: m.issue_concat_sizes,
  issue_too_large: m.issue_too_large,
  issue_too_large_of: m.issue_too_large_of,
  issue_input_shape: m.issue_input_shape,
  issue_binary_classes: m.issue_binary_classes,
  issue_binary_units: m.issue_binary_units,
  issue_binary_activation: m.issue_binary_activation,
  issue_class_units: m.issue_class_units,
  issue_class_units_flatten: m.issue_class_units_flatten,
  issue_class_activation: m.issue_class_activation,
};

export type IssueKey = keyof typeof ISSUE_MESSAGES;

/**
 * A list worded in the reader's language: "[2] and [3]", "'a', 'b'" ("“a”、“b”"); `sentences`
 * puts whole sentences one after another (a space between them in English, none in Chinese).
 */
export interface IssueList {
  list: IssueParam[];
  join: IssueJoin;
}

/** A parameter: a value as code shows it, a nested phrase (a parameter's problem), or a list. */
export type IssueParam = string | number | IssueWords | IssueList;

/** A sentence or phrase as data: its message key and parameters. */
export interface IssueWords {
  key: IssueKey;
  params: Record<string, IssueParam>;
}

type Inputs<K extends IssueKey> = NonNullable<Parameters<(typeof ISSUE_MESSAGES)[K]>[0]>;

/** A sentence or phrase with its parameters, checked against the message's own. */
export const words = <K extends IssueKey>(
  key: K,
  params: { [P in keyof Inputs<K>]: IssueParam },
): IssueWords => ({ key, params });

/** `'name'` as the language quotes a layer's name. */
export const quoted = (name: string): IssueWords => ({ key: 'issue_quoted', params: { name } });

const JOINS = {
  and: m.issue_join_and,
  comma: m.issue_join_comma,
  sentences: (_: object, o: { locale?: MessageLocale }) =>
    (o.locale ?? messageLocale()).startsWith('zh') ? '' : ' ',
};

/** How a list's items are joined: a key of `JOINS`. */
export type IssueJoin = keyof typeof JOINS;

/** True for a join this side words (a list's `join` that came over a wire). */
export const isIssueJoin = (join: unknown): join is IssueJoin =>
  typeof join === 'string' && Object.hasOwn(JOINS, join);

/** A parameter worded in `locale`: a value as is, a phrase or list in the reader's words. */
export function wordIssueParam(p: IssueParam, locale?: MessageLocale): string | number {
  if (typeof p !== 'object') return p;
  if ('list' in p) {
    const separator = JOINS[p.join]({}, { locale });
    return p.list.map((x) => wordIssueParam(x, locale)).join(separator);
  }
  return wordIssue(p, locale);
}

/**
 * The words in `locale` (the current one when omitted). Throws on a key this build does not know
 * (an issue made by another version), so the caller can show the English `message` instead.
 */
export function wordIssue(words: IssueWords, locale?: MessageLocale): string {
  const message = Object.hasOwn(ISSUE_MESSAGES, words.key) ? ISSUE_MESSAGES[words.key] : null;
  if (!message) throw new Error(`No message '${words.key}'`);
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(words.params))
    params[name] = wordIssueParam(value, locale);
  return (message as (p: object, o: { locale?: MessageLocale }) => string)(params, { locale });
}

/** The words and their English sentence, as an issue carries them. */
export const inEnglish = (w: IssueWords) => ({ ...w, message: wordIssue(w, 'en') });
