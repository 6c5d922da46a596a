/**
 * A guide in several languages: the file accepts translations within limits, a student sees each
 * field in their language or the base one, and the answers and fingerprint stay the base guide's.
 */
import { describe, expect, it } from 'vitest';
import { classOverviewOf } from '../../../src-main/contract/class-overview.ts';
import { GRAPH_VERSION, sequential } from '../../../src-main/contract/graph.ts';
import {
  localizeGuide,
  localizeLab,
  missingTexts,
} from '../../../src-main/contract/guide-locale.ts';
import { labFingerprint } from '../../../src-main/contract/guide.ts';
import { buildReport } from '../../../src-main/contract/report.ts';
import { LAB_FORMAT, LAB_VERSION, parseLab, type LabFile } from '../../../src-main/contract/lab.ts';
import { answerOf, answeredCount, withAnswer } from '../../../src-renderer/lib/guide-steps.ts';

const graph = {
  ...sequential([
    { kind: 'Input', params: { shape: [2] } },
    { kind: 'Dense', params: { units: 1, activation: 'sigmoid' } },
  ]),
  version: GRAPH_VERSION,
};

const ZH = {
  name: '月亮',
  description: '两个月亮',
  steps: {
    one: {
      title: '训练它',
      text: '点击 **训练**。',
      questions: {
        which: { prompt: '哪一个？', choices: ['第一个', '第二个'] },
        best: { prompt: '最好的一轮？', unit: '轮' },
      },
    },
  },
};

function lab(translations?: unknown): LabFile {
  return parseLab({
    format: LAB_FORMAT,
    version: LAB_VERSION,
    name: 'Moons',
    description: 'Two moons',
    graph,
    dataset: { kind: 'synthetic', shape: 'moons' },
    training: { loss: 'binary_crossentropy', epochs: 5, seed: 1 },
    guide: {
      id: 'test.moons',
      steps: [
        {
          id: 'one',
          title: 'Train it',
          text: 'Press **Train**.',
          questions: [
            {
              kind: 'choice',
              id: 'which',
              prompt: 'Which?',
              choices: ['first', 'second'],
              correct: 1,
            },
            { kind: 'number', id: 'best', prompt: 'Best epoch?', unit: 'epoch' },
            { kind: 'text', id: 'why', prompt: 'Why?' },
          ],
          checks: [{ kind: 'overfits' }],
        },
        { id: 'two', title: 'Compare', text: 'Compare the runs.' },
      ],
      translations,
    },
  });
}

describe('a guide in several languages', () => {
  it('reads translations, and refuses unknown languages, empty titles and too many choices', () => {
    expect(lab({ 'zh-Hans': ZH }).guide!.translations!['zh-Hans']!.steps!.one.title).toBe('训练它');
    expect(lab().guide!.translations).toBeUndefined();
    expect(() => lab({ fr: { name: 'Lunes' } })).toThrow(/guide\.translations/);
    expect(() => lab({ 'zh-Hant': { steps: { one: { title: '' } } } })).toThrow(/title/);
    const many = Array.from({ length: 13 }, (_, i) => `c${i}`);
    expect(() =>
      lab({ 'zh-Hant': { steps: { one: { questions: { which: { choices: many } } } } } }),
    ).toThrow(/choices/);
    expect(() => lab({ 'zh-Hant': { steps: { 'bad id!': { title: 'x' } } } })).toThrow();
    const steps = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`s${i}`, {}]));
    expect(() => lab({ 'zh-Hant': { steps } })).toThrow(/at most 100 steps/);
  });

  it('shows each field in the language, the base where a field or step is missing', () => {
    const partial = structuredClone(ZH) as typeof ZH & { steps: Record<string, unknown> };
    delete (partial.steps.one as { text?: string }).text;
    delete (partial.steps.one.questions as Record<string, unknown>).best;
    partial.steps.gone = { title: 'a deleted step' };
    const base = lab({ 'zh-Hans': partial });
    const zh = localizeLab(base, 'zh-Hans');
    expect([zh.name, zh.description]).toEqual(['月亮', '两个月亮']);
    const [one, two] = zh.guide!.steps;
    expect([one.title, one.text]).toEqual(['训练它', 'Press **Train**.']);
    expect(one.questions.map((q) => q.prompt)).toEqual(['哪一个？', 'Best epoch?', 'Why?']);
    expect(one.questions[0]).toMatchObject({ choices: ['第一个', '第二个'], correct: 1 });
    expect(two).toBe(base.guide!.steps[1]);
    expect(zh.guide!.steps).toHaveLength(2);
    // Another language, or English, is the base lab itself.
    expect(localizeLab(base, 'zh-Hant')).toBe(base);
    expect(localizeLab(base, 'en')).toBe(base);
    // Choices in another number than the base's would shift the answers: the base's show.
    const short = lab({
      'zh-Hans': { steps: { one: { questions: { which: { choices: ['a', 'b', 'c'] } } } } },
    });
    const q = localizeGuide(short.guide!, 'zh-Hans').steps[0].questions[0];
    expect(q).toMatchObject({ prompt: 'Which?', choices: ['first', 'second'] });
  });

  it('lists what a translation lacks', () => {
    expect(missingTexts(lab({ 'zh-Hans': ZH }), 'zh-Hans')).toEqual([
      "step 'one', question 'why': prompt",
      "step 'two': title",
      "step 'two': text",
    ]);
    expect(missingTexts(lab(), 'zh-Hant')).toContain("step 'one', question 'which': choices");
  });

  it('keeps answers by id and index: answered in Chinese, answered and right in English', () => {
    const base = lab({ 'zh-Hans': ZH });
    const zhStep = localizeLab(base, 'zh-Hans').guide!.steps[0];
    let work = withAnswer(base.work, zhStep, zhStep.questions[0], 1);
    work = withAnswer(work, zhStep, zhStep.questions[1], 4);
    const answered = { ...base, work };
    expect(answeredCount(work, base.guide!.steps[0])).toBe(2);
    // The teacher's class overview marks it right against the base guide, same fingerprint.
    const report = buildReport({ lab: answered, checks: [], runs: [], app: 't', createdAt: 'now' });
    const row = classOverviewOf([{ file: 'mei.html', report }], [], base).rows[0];
    expect(row.correct['one/which']).toBe(true);
    expect(row.answers).toMatchObject({ 'one/which': 'B. second', 'one/best': 4 });
    expect(row.locked).toBe('ok');
    // Answered in English, the Chinese guide shows the same answers.
    expect(answerOf(work, zhStep, zhStep.questions[0])).toBe(1);
  });

  it('fingerprints translations as teacher content, and leaves guides without them unchanged', () => {
    const plain = lab();
    const translated = lab({ 'zh-Hans': ZH });
    expect(labFingerprint(translated)).not.toBe(labFingerprint(plain));
    const edited = structuredClone(ZH);
    edited.steps.one.questions.which.choices[1] = '第二';
    expect(labFingerprint(lab({ 'zh-Hans': edited }))).not.toBe(labFingerprint(translated));
    // The fingerprint of a guide without translations is the one it had before they existed.
    expect(labFingerprint(plain)).toMatchInlineSnapshot(
      `"70446821ea8a81e2dcceffdcf1716eea1601f2c480b02e68eec603589c70b1cc"`,
    );
  });
});
