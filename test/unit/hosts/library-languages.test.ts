/**
 * The library speaks the class's three languages: every lab has every text in Simplified and
 * Traditional Chinese, with no English left but Keras' names and code, Markdown that still
 * renders, and the quick version's notice in each language.
 */
import { describe, expect, it } from 'vitest';
import { localizeLab, missingTexts } from '../../../src-main/contract/guide-locale.ts';
import type { LabFile } from '../../../src-main/contract/lab.ts';
import { libraryLab, readLibrary } from '../../../src-main/hosts/lab-library.ts';
import { renderMarkdown } from '../../../src-renderer/lib/markdown.ts';

const CHINESE = ['zh-Hans', 'zh-Hant'] as const;

/** Latin words a Chinese text may keep: Keras' and the course's names, as students see them. */
const KEPT = new Set(
  (
    'Dense Dropout dropout BatchNormalization ReLU SGD RMSprop MNIST IMDB Keras epoch L1 L2 ' +
    'CNN scikit-learn multi-hot refit patience loss accuracy val_loss val_accuracy'
  ).split(' '),
);

/** Every text a student reads in the lab, in one language. */
function texts(lab: LabFile): { where: string; text: string }[] {
  const out = [
    { where: 'name', text: lab.name },
    { where: 'description', text: lab.description },
  ];
  for (const step of lab.guide!.steps) {
    out.push({ where: `${step.id}: title`, text: step.title }, { where: step.id, text: step.text });
    for (const q of step.questions) {
      const where = `${step.id}/${q.id}`;
      out.push({ where, text: q.prompt });
      if (q.kind === 'choice')
        q.choices.forEach((c, i) => out.push({ where: `${where}#${i}`, text: c }));
      if (q.kind === 'number') out.push({ where: `${where} unit`, text: q.unit });
    }
  }
  return out;
}

const englishIn = (text: string): string[] =>
  (text.replace(/`[^`]*`/g, '').match(/\b[A-Za-z][A-Za-z_-]*[A-Za-z]\b/g) ?? []).filter(
    (w) => !KEPT.has(w) && !/^(Dense|Conv|Max|Batch)\w*$/.test(w),
  );

describe('the library in three languages', () => {
  const { labs } = readLibrary();

  it('has every name, step, question, choice and unit in both Chinese scripts', () => {
    expect(labs.length).toBeGreaterThanOrEqual(15);
    for (const { id, lab } of labs)
      for (const locale of CHINESE)
        expect(missingTexts(lab, locale), `${id} ${locale}`).toEqual([]);
  });

  it('leaves no English in a Chinese text but Keras names and code, and its Markdown renders', () => {
    const problems: string[] = [];
    for (const { id, lab } of labs)
      for (const locale of CHINESE) {
        const shown = localizeLab(lab, locale);
        for (const { where, text } of texts(shown)) {
          const at = `${id} ${locale} ${where}`;
          const english = englishIn(text);
          if (english.length) problems.push(`${at}: ${english.join(' ')}`);
          // Emphasis next to CJK punctuation can stay unclosed: no stray markers once rendered.
          const html = renderMarkdown(text).replace(/<code>[^<]*<\/code>/g, '');
          if (/\*\*|`/.test(html)) problems.push(`${at}: unrendered Markdown`);
        }
        // Traditional and Simplified are each their own script.
        const all = texts(shown)
          .map((t) => t.text)
          .join('');
        const other =
          locale === 'zh-Hant' ? /[这们个过为网络数据练习]/g : /[這們個過為網絡數據練習]/g;
        if (other.test(all)) problems.push(`${id} ${locale}: ${all.match(other)!.join('')}`);
      }
    expect(problems).toEqual([]);
  });

  it("says what a quick copy trains in the student's language, over the translated first step", () => {
    const quick = libraryLab('capacity', { quick: true });
    const first = (locale: 'en' | 'zh-Hans' | 'zh-Hant') =>
      localizeLab(quick, locale).guide!.steps[0].text.split('\n');
    expect(first('en')[0]).toMatch(/^> \*\*Quick version:\*\* .*500 examples for 10 epochs/);
    expect(first('zh-Hans')[0]).toMatch(
      /^> \*\*快速版\*\*：.*500 个样本、10 轮.*5,000 个样本、20 轮/,
    );
    expect(first('zh-Hant')[0]).toMatch(/^> \*\*快速版\*\*：.*500 個樣本、10 輪/);
    expect(first('zh-Hans')[2]).toMatch(/^MNIST：/);
  });
});
