/// <reference types="office-js" />
/** Ribbon function command "Kiểm tra ngay": checks, highlights, and shows a one-line summary. */
import { WorkbookError, problemMessage, summarize } from '../core';
import { createExcelPort } from '../excel';
import { checkAndHighlight } from '../app/check';
import { CORE_ENGINE } from '../app/engine';
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
    const { report, refusal } = await checkAndHighlight(createExcelPort(), CORE_ENGINE, lang);
    await showLine(refusal ? `${summarize(report, lang)} ${refusal}` : summarize(report, lang));
  } catch (e) {
    await showLine(e instanceof WorkbookError ? problemMessage(e.problem, lang) : String((e as Error)?.message ?? e));
  } finally {
    event.completed();
  }
}

void Office.onReady(() => Office.actions.associate('checkNow', checkNow));
