/**
 * `--help` in the CLI's language (--lang, LANG): commander's headings, the commands' one-line
 * descriptions and the global options, looked up when help is shown (after the language is set).
 * A command's own options, and a command missing here, keep their English description.
 */
import { Help, type Command, type HelpConfiguration, type Option } from 'commander';
import { m } from '../contract/i18n.ts';

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

export const HELP_TEXT: HelpConfiguration = {
  styleTitle: (title: string) => TITLES[title]?.() ?? title,
  commandDescription: described,
  subcommandDescription: described,
  optionDescription: (option: Option) =>
    OPTIONS[option.long ?? '']?.() ?? english.optionDescription(option),
};
