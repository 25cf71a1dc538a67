/// <reference types="office-js" />
/**
 * Ribbon function command "Kiểm tra ngay": checks, highlights, and shows a one-line summary in a small
 * dialog. The dialog is closed from code (its OK button, or after DIALOG_SECONDS); when Excel cannot
 * open it (a dialog already open, a blocked pop-up, no Dialog API), the line goes to the task pane
 * instead (`RIBBON_SUMMARY_KEY` in local storage, and the pane is shown where the host can). Every path
 * ends with `event.completed()`.
 */
import { Lang, WorkbookError, WorkbookPort, problemMessage, summarize, touchesMessage } from '../core';
import { createExcelPort } from '../excel';
import { checkAndHighlight } from '../app/check';
import { CORE_ENGINE } from '../app/engine';
import { defaultLang } from '../taskpane/i18n';

/** Where the summary waits for the task pane when no dialog could show it: `{ line, at }` as JSON. */
export const RIBBON_SUMMARY_KEY = 'cchc.ribbon.summary';
/** The dialog closes itself after this long. */
export const DIALOG_SECONDS = 20;
/** Office's code for "a dialog is already open from this add-in". */
const DIALOG_ALREADY_OPEN = 12007;

/** How the summary reached the user. */
export type Shown = 'dialog' | 'pane' | 'none';

/** The dialog this command has open, with the function that closes it and ends its wait. */
let openDialog: { dialog: Office.Dialog; done: () => void } | null = null;

function tryDialog(url: string): Promise<Office.Dialog | { error: number }> {
  return new Promise((resolve) => {
    try {
      Office.context.ui.displayDialogAsync(url, { height: 20, width: 35, displayInIframe: true }, (r) =>
        resolve(r.status === Office.AsyncResultStatus.Succeeded ? r.value : { error: r.error?.code ?? 0 }),
      );
    } catch {
      resolve({ error: -1 });
    }
  });
}

const isDialog = (d: Office.Dialog | { error: number }): d is Office.Dialog => !('error' in d);

/** Shows the line in a dialog and resolves once it is closed (by the user, its OK button, or the timer). */
async function inDialog(line: string): Promise<boolean> {
  if (!Office.context.ui?.displayDialogAsync) return false;
  const url = new URL('dialog.html', window.location.href);
  url.searchParams.set('m', line);
  let d = await tryDialog(url.toString());
  if (!isDialog(d) && d.error === DIALOG_ALREADY_OPEN && openDialog) {
    // The previous summary is still open: close it and show the new one.
    openDialog.done();
    d = await tryDialog(url.toString());
  }
  if (!isDialog(d)) return false;
  const dialog = d;
  await new Promise<void>((resolve) => {
    let open = true;
    const finish = (close: boolean) => {
      if (!open) return;
      open = false;
      clearTimeout(timer);
      if (openDialog?.dialog === dialog) openDialog = null;
      if (close)
        try {
          dialog.close();
        } catch {
          // Already gone.
        }
      resolve();
    };
    const timer = setTimeout(() => finish(true), DIALOG_SECONDS * 1000);
    openDialog = { dialog, done: () => finish(true) };
    dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => finish(true));
    // The user closed it: nothing left to close from code.
    dialog.addEventHandler(Office.EventType.DialogEventReceived, () => finish(false));
  });
  return true;
}

/** The other way: the line waits in local storage for the task pane, which is shown where the host can. */
async function inPane(line: string): Promise<boolean> {
  try {
    window.localStorage.setItem(RIBBON_SUMMARY_KEY, JSON.stringify({ line }));
  } catch {
    return false;
  }
  const addin = (Office as unknown as { addin?: { showAsTaskpane?: () => Promise<void> } }).addin;
  if (addin?.showAsTaskpane) await addin.showAsTaskpane().catch(() => undefined);
  return true;
}

/** Shows a line: in a dialog, else through the pane. */
export async function showLine(line: string): Promise<Shown> {
  if (await inDialog(line)) return 'dialog';
  return (await inPane(line)) ? 'pane' : 'none';
}

/** The one line of a run: the summary, then why nothing was highlighted or what this Excel skipped. */
async function summaryLine(port: WorkbookPort, lang: Lang): Promise<string> {
  try {
    const { report, refusal, touches } = await checkAndHighlight(port, CORE_ENGINE, lang);
    return [summarize(report, lang), refusal, touchesMessage(touches ?? [], lang)].filter(Boolean).join(' ');
  } catch (e) {
    return e instanceof WorkbookError
      ? problemMessage(e.problem, lang)
      : problemMessage({ code: 'host-error', detail: String((e as Error)?.message ?? e), changed: 'unknown' }, lang);
  }
}

/** Runs the check; always calls event.completed(), whatever happens. Returns how the line was shown. */
export async function checkNow(event: Office.AddinCommands.Event, port?: WorkbookPort): Promise<Shown> {
  let shown: Shown = 'none';
  try {
    const lang = defaultLang(Office.context.displayLanguage);
    const line = await summaryLine(port ?? createExcelPort(), lang);
    shown = await showLine(line);
  } catch {
    shown = 'none';
  } finally {
    event.completed();
  }
  return shown;
}

if (typeof Office !== 'undefined' && Office.onReady) void Office.onReady(() => Office.actions.associate('checkNow', checkNow));
