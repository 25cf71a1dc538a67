/** The language of the pane and the preview: chosen, remembered, or Office's. */
import type { Lang } from '../core';
import { UI_EN, UI_VI } from '../core';

/** The pane's and the preview's words live in the core's message tables, beside every other sentence. */
export const UI = { vi: UI_VI, en: UI_EN } satisfies Record<Lang, unknown>;

export type Strings = (typeof UI)['vi'];

const LANG_KEY = 'cchc.lang';

/** The language the user chose last on this computer, if any. */
export function storedLang(): Lang | null {
  try {
    const v = globalThis.localStorage?.getItem(LANG_KEY);
    return v === 'vi' || v === 'en' ? v : null;
  } catch {
    return null;
  }
}

/** Remembers the user's language and marks the page with it (screen readers, hyphenation). */
export function rememberLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(LANG_KEY, lang);
  } catch {
    // Storage may be off (private windows); the choice then lasts for this page only.
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

/**
 * The language to open in: the one the user chose last on this computer, else Vietnamese — many
 * officers run an English Windows and Office, and the documents they sign are Vietnamese.
 */
export function defaultLang(): Lang {
  return storedLang() ?? 'vi';
}
