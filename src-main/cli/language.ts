/**
 * The CLI's language for its human output: `--lang`, else the POSIX locale (LC_ALL, then
 * LC_MESSAGES, then LANG: the first one set decides, as for any C program), else English. `--json`
 * output does not depend on it: its keys and values stay English and stable.
 */
import { messageLocale, useLocale } from '../contract/i18n.ts';
import { isLocale, LOCALES, localeOf, pickLocale, type Locale } from '../contract/locale.ts';
import { LayerLabError } from '../contract/errors.ts';
import { said } from '../contract/error-text.ts';

/** `--lang`'s value in the arguments (`--lang zh-TW` or `--lang=zh-TW`), read before commander. */
export function langArgument(argv: readonly string[]): string | undefined {
  for (const [i, arg] of argv.entries()) {
    if (arg === '--') return undefined;
    if (arg === '--lang') return argv[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}

export function cliLocale(argv: readonly string[], env: NodeJS.ProcessEnv): Locale {
  const asked = langArgument(argv);
  if (asked !== undefined) {
    const locale = localeOf(asked);
    if (!locale)
      throw new LayerLabError(
        'usage',
        said('error_cli_lang', { lang: asked, list: LOCALES.join(', ') }),
      );
    return locale;
  }
  const posix = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v);
  return pickLocale([posix]);
}

/** Sets the messages' language for this process; returns it. */
export function useCliLocale(argv: readonly string[], env: NodeJS.ProcessEnv): Locale {
  const locale = cliLocale(argv, env);
  useLocale(() => locale);
  return locale;
}

/** The language of the names the CLI makes (an imported model's run, a grid's runs): its user's. */
export function namesLocale(): Locale {
  const locale = messageLocale();
  return isLocale(locale) ? locale : 'en';
}
