/**
 * The language a lab's own texts show in: the interface's, when it is one a lab can carry (the
 * pseudo-locale of the layout test shows the base texts). Read inside a `$derived`, it follows the
 * language menu.
 */
import type { LabFile } from '../../src-main/contract/lab.ts';
import { localizeGuide, localizeLab } from '../../src-main/contract/guide-locale.ts';
import type { Guide } from '../../src-main/contract/guide.ts';
import { m, messageLocale } from '../../src-main/contract/i18n.ts';
import { BASE_LOCALE, isLocale, LOCALES, type Locale } from '../../src-main/contract/locale.ts';

export function labLocale(): Locale {
  const locale = messageLocale();
  return isLocale(locale) ? locale : BASE_LOCALE;
}

/** The guide as the student reads it: for showing only, never for saving or sending. */
export const shownGuide = (guide: Guide | null): Guide | null =>
  guide && localizeGuide(guide, labLocale());

/** The lab's name, description and guide as the student reads them: for showing only. */
export const shownLab = (lab: LabFile): LabFile => localizeLab(lab, labLocale());

/** "Untitled lab" as any language says it: a lab the student has not named. */
const untitled = (name: string): boolean =>
  LOCALES.some((locale) => name === m.untitled_lab({}, { locale }));

/**
 * The lab's name as the top bar shows it: "Untitled lab" in the interface's language while it has
 * no name of its own. (A name is the student's: a library lab's copy is named in the language it
 * was opened in, a template's and a new lab's in the language they were made in.)
 */
export const shownLabName = (lab: LabFile): string =>
  untitled(lab.name) ? m.untitled_lab() : lab.name;
