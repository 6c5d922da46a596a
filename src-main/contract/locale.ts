/**
 * The languages LayerLab speaks, as BCP 47 tags, and how a system or browser locale picks one. The
 * renderer (navigator.languages), the hosts and the CLI (LANG, LC_ALL, --lang) all pick with
 * `pickLocale`, so they agree. English is the base language: messages, lab texts and the CLI's
 * `--json` output fall back to it.
 */
export const LOCALES = ['en', 'zh-Hans', 'zh-Hant'] as const;
export type Locale = (typeof LOCALES)[number];
export const BASE_LOCALE: Locale = 'en';

/** Each language's name in itself, for the language menu. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
};

export const isLocale = (tag: unknown): tag is Locale =>
  typeof tag === 'string' && (LOCALES as readonly string[]).includes(tag);

const TRADITIONAL_REGIONS = new Set(['TW', 'HK', 'MO']);

/**
 * The locale for one tag: a BCP 47 tag ("zh-TW", "zh-Hant-HK", "en-GB") or a POSIX one
 * ("zh_CN.UTF-8", "C"). Chinese picks its script, given or implied by the region (Taiwan, Hong Kong
 * and Macau write Traditional); undefined for a language LayerLab does not speak.
 */
export function localeOf(tag: string): Locale | undefined {
  const parts = tag.split(/[.@]/)[0].replace(/_/g, '-').split('-');
  const language = parts[0].toLowerCase();
  if (language === 'en') return 'en';
  if (language !== 'zh') return undefined;
  const rest = parts.slice(1).map((p) => p.toLowerCase());
  if (rest.includes('hant')) return 'zh-Hant';
  if (rest.includes('hans')) return 'zh-Hans';
  return rest.some((p) => TRADITIONAL_REGIONS.has(p.toUpperCase())) ? 'zh-Hant' : 'zh-Hans';
}

/** The first of the preferred tags LayerLab speaks, else English. */
export function pickLocale(preferred: readonly (string | undefined)[]): Locale {
  for (const tag of preferred) {
    const locale = tag ? localeOf(tag) : undefined;
    if (locale) return locale;
  }
  return BASE_LOCALE;
}
