/** The ribbon's summary when Excel could not show its dialog, waiting for the task pane (same origin). */
export const RIBBON_NOTICE_KEY = 'cchc.ribbon.notice';

/** The ribbon's line in both languages, so the pane shows it in the language it has. */
export interface RibbonNotice {
  vi: string;
  en: string;
}

/** The summary the ribbon could not show, once: the pane shows it and it is forgotten. Null when none (or no storage). */
export function takeRibbonNotice(storage: Pick<Storage, 'getItem' | 'removeItem'> | undefined): RibbonNotice | null {
  try {
    const stored = storage?.getItem(RIBBON_NOTICE_KEY) ?? null;
    if (stored === null) return null;
    storage?.removeItem(RIBBON_NOTICE_KEY);
    const parsed = JSON.parse(stored) as Partial<RibbonNotice>;
    return typeof parsed.vi === 'string' && typeof parsed.en === 'string' ? { vi: parsed.vi, en: parsed.en } : null;
  } catch {
    return null;
  }
}
