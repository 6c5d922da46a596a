import { describe, expect, it } from 'vitest';
import { localeOf, pickLocale } from '../../src-main/contract/locale.ts';

describe('pickLocale', () => {
  it('maps Chinese tags to their script, given or implied by the region', () => {
    expect(localeOf('zh-CN')).toBe('zh-Hans');
    expect(localeOf('zh')).toBe('zh-Hans');
    expect(localeOf('zh-TW')).toBe('zh-Hant');
    expect(localeOf('zh_HK.UTF-8')).toBe('zh-Hant');
    expect(localeOf('zh-Hant-CN')).toBe('zh-Hant');
    expect(localeOf('zh-Hans-TW')).toBe('zh-Hans');
    expect(localeOf('en_GB.UTF-8')).toBe('en');
    expect(localeOf('fr-FR')).toBeUndefined();
    expect(localeOf('C')).toBeUndefined();
  });

  it('takes the first preferred language it speaks, else English', () => {
    expect(pickLocale(['fr-FR', 'zh-TW', 'en'])).toBe('zh-Hant');
    expect(pickLocale([undefined, 'C.UTF-8'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });
});
