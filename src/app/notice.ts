/** The ribbon's summary when Excel could not show its dialog, waiting for the task pane (same origin). */
export const RIBBON_NOTICE_KEY = 'cchc.ribbon.notice';

/** The summary the ribbon could not show, once: the pane shows it and it is forgotten. Null when none (or no storage). */
export function takeRibbonNotice(storage: Pick<Storage, 'getItem' | 'removeItem'> | undefined): string | null {
  try {
    const line = storage?.getItem(RIBBON_NOTICE_KEY) ?? null;
    if (line !== null) storage?.removeItem(RIBBON_NOTICE_KEY);
    return line;
  } catch {
    return null;
  }
}
