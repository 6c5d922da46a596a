import { describe, expect, it } from 'vitest';
import { cliLocale, langArgument } from '../../../src-main/cli/language.ts';

describe("the CLI's language", () => {
  it('is --lang, in either spelling, before or after the command', () => {
    expect(langArgument(['runs', '--lang', 'zh-TW'])).toBe('zh-TW');
    expect(langArgument(['--lang=zh_CN.UTF-8', 'runs'])).toBe('zh_CN.UTF-8');
    expect(langArgument(['train', '--', '--lang', 'x'])).toBeUndefined();
    expect(cliLocale(['--lang', 'zh-TW'], { LANG: 'en_US.UTF-8' })).toBe('zh-Hant');
  });

  it('else the first of LC_ALL, LC_MESSAGES, LANG that is set, else English', () => {
    expect(cliLocale([], { LC_ALL: 'zh_TW.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('zh-Hant');
    expect(cliLocale([], { LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh-Hans');
    expect(cliLocale([], { LANG: 'zh_HK.UTF-8' })).toBe('zh-Hant');
    // A language LayerLab does not speak, set first, means English (as a C program would do).
    expect(cliLocale([], { LC_ALL: 'fr_FR.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(cliLocale([], {})).toBe('en');
  });

  it('refuses a --lang it does not speak, in one sentence naming the choices', () => {
    expect(() => cliLocale(['--lang', 'fr'], {})).toThrow(
      '--lang fr is not a language LayerLab speaks: use one of en, zh-Hans, zh-Hant.',
    );
  });
});
