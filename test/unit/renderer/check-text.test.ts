/**
 * A check's words reach the student in their language: the message code and parameters the
 * service sends are worded by the renderer's messages, the same as the English sentence in English,
 * and in Chinese with nothing English left but Keras' names and the run's own.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkText,
  checkLabelText,
  type CheckMessage,
  type RunRef,
} from '../../../src-main/contract/check-words.ts';
import { checkLabelMessage } from '../../../src-main/contract/guide-checks.ts';
import { CheckSchema } from '../../../src-main/contract/guide.ts';
import { useLocale } from '../../../src-main/contract/i18n.ts';
import type { Locale } from '../../../src-main/contract/locale.ts';
import {
  checkFoundText,
  checkLabelText as labelIn,
} from '../../../src-main/contract/check-text.ts';

const run: RunRef = {
  name: 'capacity #2',
  layers: ['Dense 512-512-10'],
  penalties: [{ phrase: 'L2 0.002', layers: ['dense', 'dense_1'] }],
  learningRate: '0.01',
  shuffleLabels: false,
  augmentation: true,
  labelSmoothing: null,
  earlyStopping: false,
};

const checks = [
  { kind: 'overfits', where: { layers: ['Dropout'], regularizer: 'none' } },
  { kind: 'sparsity', above: 0.5, where: { regularizer: 'l1' } },
  { kind: 'compared', runs: [{ paramsAtMost: 20000 }, {}] },
  { kind: 'metric', metric: 'val_accuracy', below: 0.3, where: { learningRateAtLeast: 1 } },
  { kind: 'early-stopped', where: { earlyStopping: true, augmentation: false } },
  { kind: 'grid', settings: 2, folds: 3 },
].map((c) => CheckSchema.parse(c));

const found: CheckMessage[] = [
  {
    code: 'overfit',
    params: { run, best: 5, bestValue: '0.11', rose: 4, last: '0.15', lastEpoch: 9 },
  },
  { code: 'not-overfit-yet', params: { run, best: 5, bestValue: '0.11', after: 1, epochs: 3 } },
  { code: 'no-run', params: { where: { layers: ['Dropout'] } } },
  { code: 'sparsity', params: { run, layer: 'dense', sparsity: '20%', needed: '50%' } },
  { code: 'metric', params: { run, at: 'best', metric: 'val_accuracy', value: '0.85' } },
  { code: 'not-early-stopped', params: { run, planned: 20 } },
  { code: 'compared', params: { runs: [run, { ...run, name: 'capacity #3' }] } },
  { code: 'grid-unfinished', params: { name: 'g', status: 'stopped', settings: 2, folds: 3 } },
  { code: 'no-grid', params: {} },
];

const inLocale = <T>(locale: Locale, f: () => T): T => {
  useLocale(() => locale);
  return f();
};
afterEach(() => useLocale(() => 'en'));

/** Latin words a Chinese sentence keeps: Keras' names, the runs' names and layers' names. */
const KEPT = /^(val_loss|val_accuracy|Dense|Dropout|L1|L2|capacity|dense|dense_1|LayerLab|g)$/;

describe("a check's words in the student's language", () => {
  it('in English, the same sentences the service and the CLI print', () => {
    for (const check of checks)
      expect(labelIn(checkLabelMessage(check))).toBe(checkLabelText(checkLabelMessage(check)));
    for (const message of found) expect(checkFoundText(message)).toBe(checkText(message));
  });

  it('in Simplified and Traditional Chinese, with only Keras and run names left in Latin', () => {
    for (const locale of ['zh-Hans', 'zh-Hant'] as const) {
      const texts = inLocale(locale, () => [
        ...checks.map((c) => labelIn(checkLabelMessage(c))),
        ...found.map(checkFoundText),
      ]);
      for (const text of texts) {
        const english = (text.match(/\b[A-Za-z][A-Za-z_0-9]*\b/g) ?? []).filter(
          (w) => !KEPT.test(w),
        );
        expect(english, `${locale}: ${text}`).toEqual([]);
      }
      expect(texts[checks.length + 2], locale).toMatch(
        locale === 'zh-Hans' ? /还没有带 Dropout 的已完成训练/ : /還沒有帶 Dropout 的已完成訓練/,
      );
    }
    expect(inLocale('zh-Hans', () => checkFoundText(found[0]))).toBe(
      '训练“capacity #2”（Dense 512-512-10 · L2 0.002 作用于 2 层 · 学习率 0.01 · 数据增强）：' +
        'val_loss 在第 5 轮最低（0.11），之后上升了 4 轮（第 9 轮为 0.15）。',
    );
  });
});
