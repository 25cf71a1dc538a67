/// <reference types="office-js" />
/**
 * The ribbon's "Kiểm tra ngay": checks, highlights, and shows a one-line summary in a small dialog,
 * closed from code (its Close button, the user closing it, or after DIALOG_SECONDS). When Excel
 * cannot open the dialog (one already open, a pop-up blocker on the web), the line is kept for the
 * task pane (`takeRibbonNotice` in src/app/notice.ts) and the first finding's cell is selected, so the click is never
 * silent. `event.completed()` is called exactly once on every path.
 */
import { Lang, noteMessage, summarize } from '../core';
import { check } from '../app/actions';
import { RIBBON_NOTICE_KEY } from '../app/notice';
import type { RibbonNotice } from '../app/notice';
import { createExcelPort, ExcelHost } from '../excel';

export { RIBBON_NOTICE_KEY } from '../app/notice';
export const DIALOG_SECONDS = 20;

/** The parts of `Office.context.ui` the command uses. */
export interface DialogUi {
  displayDialogAsync(
    url: string,
    options: { height: number; width: number; displayInIframe: boolean },
    callback?: (result: {
      status: string;
      error?: { code: number; message: string };
      value?: { close(): void; addEventHandler?(type: string, handler: (arg: unknown) => void): void };
    }) => void,
  ): void;
}

export interface CheckNowDeps {
  host: ExcelHost;
  lang: Lang;
  ui: DialogUi;
  /** The dialog page's address carrying the line. */
  dialogUrl: (line: string) => string;
  /** Where a line is kept when no dialog can be shown. */
  storage?: Pick<Storage, 'setItem'>;
  /** Test hook for the dialog timer. */
  setTimer?: (f: () => void, ms: number) => unknown;
}

type Shown = 'dialog' | 'kept';

/** Shows a line in a dialog and resolves when it is closed; 'kept' when no dialog could be opened. */
function showLine(line: string, deps: CheckNowDeps, retry = true): Promise<Shown> {
  return new Promise((resolve) => {
    try {
      deps.ui.displayDialogAsync(deps.dialogUrl(line), { height: 20, width: 35, displayInIframe: true }, (r) => {
        if (r.status !== 'succeeded' || !r.value) {
          // 12007: a dialog from an earlier click is still open; Excel closes it with its window, so try once more.
          if (retry && r.error?.code === 12007) return void showLine(line, deps, false).then(resolve);
          return resolve('kept');
        }
        const dialog = r.value;
        let open = true;
        const close = () => {
          if (!open) return;
          open = false;
          try {
            dialog.close();
          } catch {
            // Already closed by the user.
          }
          resolve('dialog');
        };
        dialog.addEventHandler?.('dialogMessageReceived', close);
        dialog.addEventHandler?.('dialogEventReceived', close);
        (deps.setTimer ?? setTimeout)(close, DIALOG_SECONDS * 1000);
      });
    } catch {
      resolve('kept');
    }
  });
}

/** The command with its dependencies given (tests pass fakes); completes the event once, whatever happens. */
export async function checkNowWith(event: { completed(): void }, deps: CheckNowDeps): Promise<Shown> {
  const port = createExcelPort(deps.host);
  let lines: RibbonNotice;
  let first: { sheet: string; cell: string } | null = null;
  try {
    try {
      const o = await check(port, { lang: deps.lang });
      // The summary of what was found, then what the action says (a refused or failed highlight).
      const line = (lang: Lang) =>
        [o.report ? summarize(o.report, lang) : '', ...o.notes.map((n) => noteMessage(n, lang))].filter(Boolean).join(' ');
      lines = { vi: line('vi'), en: line('en') };
      const f = o.report?.findings[0];
      if (f) first = { sheet: f.sheet, cell: f.cell };
    } catch (e) {
      const note = { code: 'unexpected', detail: String((e as Error)?.message ?? e) } as const;
      lines = { vi: noteMessage(note, 'vi'), en: noteMessage(note, 'en') };
    }
    const shown = await showLine(lines[deps.lang], deps);
    if (shown === 'kept') {
      try {
        // Both languages: the pane shows it in the language it has when it opens.
        deps.storage?.setItem(RIBBON_NOTICE_KEY, JSON.stringify(lines));
      } catch {
        // Storage may be off; the selection below still answers the click.
      }
      if (first) await port.select(first.sheet, first.cell).catch(() => undefined);
    }
    return shown;
  } finally {
    event.completed();
  }
}
