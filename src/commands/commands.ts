/// <reference types="office-js" />
/** Ribbon function command "Kiểm tra ngay": checks, highlights, and shows a one-line summary. */
import { WorkbookError, check, planHighlights, summarize } from '../core';
import { createExcelPort } from '../excel';
import { defaultLang } from '../taskpane/i18n';

function showLine(line: string): Promise<void> {
  const url = new URL('dialog.html', window.location.href);
  url.searchParams.set('m', line);
  return new Promise((resolve) =>
    Office.context.ui.displayDialogAsync(url.toString(), { height: 20, width: 35, displayInIframe: true }, () => resolve()),
  );
}

/** Runs the check; always calls event.completed(), whatever happens. */
export async function checkNow(event: Office.AddinCommands.Event): Promise<void> {
  const lang = defaultLang(Office.context.displayLanguage);
  try {
    const port = createExcelPort();
    const snap = await port.read();
    const report = check(snap, { lang });
    if (report.recognized) {
      const plan = planHighlights(report, snap);
      if (plan.ok) await port.apply(plan.plan);
    }
    await showLine(summarize(report, lang));
  } catch (e) {
    await showLine(e instanceof WorkbookError ? e[lang] : String((e as Error)?.message ?? e));
  } finally {
    event.completed();
  }
}

void Office.onReady(() => Office.actions.associate('checkNow', checkNow));
