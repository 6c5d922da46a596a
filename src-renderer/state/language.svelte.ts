/**
 * The interface's language: the one the user chose in the language menu (remembered in the
 * browser's storage, as the other preferences), else the first of the browser's languages that
 * LayerLab speaks. Messages read it through a Svelte state, so switching re-renders every text
 * without a reload; `<html lang>` follows it, so CJK text gets its :lang() fonts.
 */
import { PSEUDO_LOCALE, useLocale, type MessageLocale } from '../../src-main/contract/i18n.ts';
import { isLocale, pickLocale, type Locale } from '../../src-main/contract/locale.ts';
import { readStored, writeStored } from './stored.ts';

const STORED_LANGUAGE = 'layerlab.language';

const isMessageLocale = (tag: unknown): tag is MessageLocale =>
  isLocale(tag) || tag === PSEUDO_LOCALE;

class LanguageState {
  /** The user's choice; null follows the browser (the pseudo-locale is set by tests only). */
  chosen = $state<MessageLocale | null>(null);
  readonly current: MessageLocale = $derived(
    this.chosen ?? pickLocale(globalThis.navigator?.languages ?? []),
  );

  constructor() {
    const stored = readStored<unknown>(STORED_LANGUAGE, null);
    this.chosen = isMessageLocale(stored) ? stored : null;
  }

  choose(locale: Locale | null): void {
    this.chosen = locale;
    writeStored(STORED_LANGUAGE, locale);
  }
}

export const language = new LanguageState();
useLocale(() => language.current);

/** Keeps `<html lang>` on the current language (called once, from main.ts). */
export function followLanguage(root: HTMLElement = document.documentElement): void {
  $effect.root(() => {
    $effect(() => {
      root.lang = language.current;
    });
  });
}
