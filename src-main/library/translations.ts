/**
 * The library's labs in the other languages: their names, descriptions, steps and questions,
 * written by hand per lab source file (zh-hans/, zh-hant/: Taiwan usage). Keras' names and code
 * stay as in code. `make-library.ts` writes them into each lab's `guide.translations`.
 */
import type { GuideTexts } from '../contract/guide.ts';
import type { Locale } from '../contract/locale.ts';
import type { LabTranslations } from './lab-kit.ts';
import { CAPACITY_TEXTS as HANS_CAPACITY } from './zh-hans/labs-capacity.ts';
import { DATA_TEXTS as HANS_DATA } from './zh-hans/labs-data.ts';
import { MODEL_TEXTS as HANS_MODELS } from './zh-hans/labs-models.ts';
import { REGULARIZATION_TEXTS as HANS_REGULARIZATION } from './zh-hans/labs-regularization.ts';
import { CAPACITY_TEXTS as HANT_CAPACITY } from './zh-hant/labs-capacity.ts';
import { DATA_TEXTS as HANT_DATA } from './zh-hant/labs-data.ts';
import { MODEL_TEXTS as HANT_MODELS } from './zh-hant/labs-models.ts';
import { REGULARIZATION_TEXTS as HANT_REGULARIZATION } from './zh-hant/labs-regularization.ts';

export const LIBRARY_TRANSLATIONS: Partial<Record<Locale, Record<string, GuideTexts>>> = {
  'zh-Hans': { ...HANS_CAPACITY, ...HANS_REGULARIZATION, ...HANS_DATA, ...HANS_MODELS },
  'zh-Hant': { ...HANT_CAPACITY, ...HANT_REGULARIZATION, ...HANT_DATA, ...HANT_MODELS },
};

/** The translations of the library lab `id`, by locale. */
export function translationsOf(id: string): LabTranslations {
  return Object.fromEntries(
    Object.entries(LIBRARY_TRANSLATIONS).flatMap(([locale, labs]) =>
      labs[id] ? [[locale, labs[id]]] : [],
    ),
  );
}
