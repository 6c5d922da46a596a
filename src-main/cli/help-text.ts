/**
 * `--help` in the CLI's language (--lang, LANG): commander's headings, the commands' one-line
 * descriptions and the global options, looked up when help is shown; an option's default and
 * choices. A command's own options and arguments are worded where it declares them (`m.cliopt_*`:
 * the language is set before the commands are registered).
 */
import { Help, type Command, type HelpConfiguration, type Option } from 'commander';
import { m, messageLocale } from '../contract/i18n.ts';

const COMMANDS: Record<string, () => string> = {
  layerlab: m.clihelp_program,
  train: m.clihelp_train,
  datasets: m.clihelp_datasets,
  runs: m.clihelp_runs,
  export: m.clihelp_export,
  serve: m.clihelp_serve,
  start: m.clihelp_start,
  grid: m.clihelp_grid,
  grids: m.clihelp_grids,
  bench: m.clihelp_bench,
  store: m.clihelp_store,
  import: m.clihelp_import,
  evaluate: m.clihelp_evaluate,
  inspect: m.clihelp_inspect,
  worker: m.clihelp_worker,
  labs: m.clihelp_labs,
  check: m.clihelp_check,
  report: m.clihelp_report,
  class: m.clihelp_class,
  help: m.clihelp_help,
};

const OPTIONS: Record<string, () => string> = {
  '--help': m.clihelp_help,
  '--version': m.clihelp_version,
  '--lang': m.clihelp_lang,
};

const TITLES: Record<string, () => string> = {
  'Usage:': m.clihelp_usage,
  'Options:': m.clihelp_options,
  'Commands:': m.clihelp_commands,
  'Arguments:': m.clihelp_arguments,
};

const english = new Help();

/** Only a top-level command's own words: `store repair` and the like keep theirs. */
const described = (cmd: Command) =>
  (cmd.parent?.parent ? undefined : COMMANDS[cmd.name()])?.() ?? cmd.description();

/** Commander's "(choices: ..., default: ...)" after an option, in the CLI's language. */
function optionExtras(option: Option): string {
  const extras: string[] = [];
  if (option.argChoices)
    extras.push(
      m.cliopt_choices({ list: option.argChoices.map((c) => JSON.stringify(c)).join(', ') }),
    );
  // As commander: a default shows for an option that takes a value, or a boolean's true/false.
  const shown =
    option.required ||
    option.optional ||
    (option.isBoolean() && typeof option.defaultValue === 'boolean');
  if (option.defaultValue !== undefined && shown)
    extras.push(
      m.cliopt_default({
        value: option.defaultValueDescription || JSON.stringify(option.defaultValue),
      }),
    );
  return extras.length ? m.cliopt_extras({ list: extras.join(m.cliopt_separator()) }) : '';
}

function optionDescription(option: Option): string {
  const own = OPTIONS[option.long ?? '']?.();
  if (own) return own;
  if (messageLocale() === 'en') return english.optionDescription(option);
  return `${option.description}${optionExtras(option)}`;
}

export const HELP_TEXT: HelpConfiguration = {
  styleTitle: (title: string) => TITLES[title]?.() ?? title,
  commandDescription: described,
  subcommandDescription: described,
  optionDescription,
};
