/**
 * The messages: complete in every language with the same parameters, none left in English on a
 * Chinese screen (Keras' own names allowed), none unused, and the generated functions current.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src-main/contract/locale.ts';
import {
  NAMESPACES,
  ROOT,
  SOURCES_HASH_FILE,
  readMessages,
  sourcesHash,
} from '../../../src-main/i18n/message-sources.ts';
import { pseudoText } from '../../../src-main/i18n/pseudo.ts';

/** Messages that are the same in Chinese: Keras' and the formats' own names, symbols. */
const SAME_IN_CHINESE = new Set<string>([]);

/** A message's texts: a string, or a plural's variants. */
function texts(raw: unknown): string[] {
  if (typeof raw === 'string') return [raw];
  const [{ match }] = raw as { match: Record<string, string> }[];
  return Object.values(match);
}

/** The parameters a message's texts show, and the ones it takes (a plural's inputs too). */
function params(raw: unknown): { shown: string[]; taken: string[] } {
  const inputs =
    typeof raw === 'string'
      ? []
      : ((raw as { declarations?: string[] }[])[0].declarations ?? []).flatMap(
          (d) => d.match(/^input (\w+)$/)?.slice(1) ?? [],
        );
  const shown = [
    ...new Set(texts(raw).flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((x) => x[1]))),
  ];
  return { shown: shown.sort(), taken: [...new Set([...inputs, ...shown])].sort() };
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory())
      return e.name === 'messages' && dir.endsWith('contract') ? [] : sourceFiles(p);
    return /\.(ts|svelte)$/.test(e.name) ? [p] : [];
  });
}

describe('messages', () => {
  const all = NAMESPACES.map((ns) => ({ ns, byLocale: LOCALES.map((l) => readMessages(ns, l)) }));

  it('has every key in every language, showing the same parameters', () => {
    for (const { ns, byLocale } of all) {
      const [en, ...others] = byLocale;
      for (const [i, other] of others.entries()) {
        const where = `${ns}/${LOCALES[i + 1]}`;
        expect(Object.keys(other).sort(), where).toEqual(Object.keys(en).sort());
        // A translation shows what English shows; it may also show, or leave out, a number that
        // English only uses to pick a plural ("1 layer" / "3 layers"; Chinese has one form).
        for (const key of Object.keys(en)) {
          const [mine, english] = [params(other[key]), params(en[key])];
          expect(mine.shown, `${where}: ${key}`).toEqual(expect.arrayContaining(english.shown));
          expect(english.taken, `${where}: ${key}`).toEqual(expect.arrayContaining(mine.shown));
        }
      }
    }
  });

  it('leaves no English on a Chinese screen, but for Keras names', () => {
    const same = all.flatMap(({ byLocale: [en, ...zh] }) =>
      Object.keys(en).filter(
        (k) =>
          !SAME_IN_CHINESE.has(k) && zh.some((z) => JSON.stringify(z[k]) === JSON.stringify(en[k])),
      ),
    );
    expect(same).toEqual([]);
  });

  it('uses every key somewhere in the code (m.key), and only keys that exist', () => {
    const code = ['src-renderer', 'src-main']
      .flatMap((d) => sourceFiles(path.join(ROOT, d)))
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('\n');
    const used = new Set([...code.matchAll(/\bm\.(\w+)\b/g)].map((x) => x[1]));
    const keys = all.flatMap(({ byLocale: [en] }) => Object.keys(en));
    expect(keys.filter((k) => !used.has(k))).toEqual([]);
  });

  it('are compiled from the current JSON (else: npm run i18n)', () => {
    expect(fs.readFileSync(SOURCES_HASH_FILE, 'utf8').trim()).toBe(sourcesHash());
  });
});

describe('the pseudo-locale', () => {
  it('is accented and about 40% longer, parameters and spaces kept', () => {
    const text = 'Train the model for ten epochs';
    const pseudo = pseudoText(text);
    expect(pseudo.length / text.length).toBeGreaterThan(1.3);
    expect(pseudo).not.toMatch(/[aeiou]/);
    expect(pseudo.split(' ')).toHaveLength(text.split(' ').length);
  });
});
