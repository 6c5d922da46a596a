import { afterEach, expect, it } from 'vitest';
import { formatNumber, useLocale } from '../../../src-main/contract/i18n.ts';
import { STATUS_LABELS } from '../../../src-main/contract/run-status-text.ts';

afterEach(() => useLocale(() => 'en'));

it('tables of words and numbers follow the language when read, not when made', () => {
  expect(STATUS_LABELS.completed).toBe('done');
  useLocale(() => 'zh-Hant');
  expect(STATUS_LABELS.completed).toBe('已完成');
  expect(Object.keys(STATUS_LABELS)).toContain('early-stopped');
  expect(formatNumber(60000)).toBe('60,000');
  useLocale(() => 'en-XA');
  expect(STATUS_LABELS.completed).not.toBe('done');
});
