/**
 * Commander's own words in the CLI's language: its parse errors (an unknown option or command and
 * its suggestion, a missing or excess argument, a refused value) and the default and choices in
 * `--help`. Commander says them in English only and passes no parameters, so each of its sentences
 * (commander 14, lib/command.js) is matched here and said again with the values it names; a
 * sentence not matched stays as commander wrote it. English, and anything under `--json`, is
 * commander's text unchanged, so scripts read the same errors in every language.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { inLocale, m, messageLocale } from '../contract/i18n.ts';
import { jsonOutput } from './output.ts';

/** The command line being parsed (`speakCommander` sets it). */
let parsing: readonly string[] = process.argv;

/** A value refused by an option's parser, worded now (English under `--json`). */
export function refusal(words: () => string) {
  return new InvalidArgumentError(jsonOutput(parsing) ? inLocale('en', words) : words());
}

/** `\n(Did you mean --x?)` / `\n(Did you mean one of a, b?)`, as commander appends it. */
function suggestion(text: string | undefined): string {
  if (!text) return '';
  const one = text.match(/^\n\(Did you mean (.+)\?\)$/);
  if (!one) return text;
  const list = one[1].match(/^one of (.+)$/);
  return `\n${list ? m.clierr_did_you_mean_one_of({ list: list[1] }) : m.clierr_did_you_mean({ name: one[1] })}`;
}

/** Why a value was refused: commander's choices sentence, or a parser's own (already worded). */
function reason(text: string): string {
  const choices = text.match(/^Allowed choices are (.+)\.$/);
  return choices ? m.clierr_choices({ list: choices[1] }) : text;
}

/** Commander's sentences, each with the values it names. */
const SENTENCES: [RegExp, (x: string[]) => string][] = [
  [
    /^error: unknown option '(.*?)'(\n[\s\S]*)?$/,
    ([option, hint]) => m.clierr_unknown_option({ option }) + suggestion(hint),
  ],
  [
    /^error: unknown command '(.*?)'(\n[\s\S]*)?$/,
    ([command, hint]) => m.clierr_unknown_command({ command }) + suggestion(hint),
  ],
  [/^error: missing required argument '(.*)'$/, ([name]) => m.clierr_missing_argument({ name })],
  [/^error: option '(.*)' argument missing$/, ([option]) => m.clierr_option_no_value({ option })],
  [
    /^error: required option '(.*)' not specified$/,
    ([option]) => m.clierr_missing_option({ option }),
  ],
  [
    /^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    ([command, expected, count]) =>
      command
        ? m.clierr_too_many_for({ command, expected: Number(expected), count: Number(count) })
        : m.clierr_too_many({ expected: Number(expected), count: Number(count) }),
  ],
  [
    /^error: option '([^']*)' argument '([\s\S]*)' is invalid\. ([\s\S]*)$/,
    ([option, value, why]) => m.clierr_invalid_value({ option, value, reason: reason(why) }),
  ],
  [
    /^error: command-argument value '([\s\S]*)' is invalid for argument '([^']*)'\. ([\s\S]*)$/,
    ([value, name, why]) => m.clierr_invalid_argument({ name, value, reason: reason(why) }),
  ],
];

/** One of commander's error messages (without its newline) in the CLI's language. */
export function commanderErrorText(message: string, argv: readonly string[] = process.argv) {
  if (messageLocale() === 'en' || jsonOutput(argv)) return message;
  for (const [pattern, say] of SENTENCES) {
    const found = message.match(pattern);
    if (found) return say(found.slice(1));
  }
  return message;
}

/** What follows an error: how to see the usage. */
export const helpHint = (argv: readonly string[] = process.argv) =>
  jsonOutput(argv) ? inLocale('en', m.clierr_help_hint) : m.clierr_help_hint();

/**
 * `program`'s errors and the hint after them in the CLI's language; set before the commands are
 * added, which inherit it.
 */
export function speakCommander(program: Command, argv: readonly string[] = process.argv): Command {
  parsing = argv;
  return program.showHelpAfterError(helpHint(argv)).configureOutput({
    outputError: (text, write) => write(`${commanderErrorText(text.replace(/\n$/, ''), argv)}\n`),
  });
}
