/// <reference types="office-js" />
/**
 * The ribbon dialog's page: shows the line it was opened with, and its Close button asks the command
 * to close it. `messageParent` works only once Office.js has initialised the page, so a click before
 * that waits for it instead of doing nothing (which left the ribbon waiting for its timer).
 */

/** The parts of the page and of Office.js the dialog uses. */
export interface DialogPage {
  text: HTMLElement | null;
  close: HTMLElement | null;
  search: string;
  /** Resolves with the page's `messageParent` once Office.js is ready; null outside Office. */
  ready: Promise<((message: string) => void) | null>;
}

/** Wires the page: the line, and Close (effective as soon as Office.js is ready). */
export function wireDialog(page: DialogPage): void {
  if (page.text) page.text.textContent = new URLSearchParams(page.search).get('m') ?? '';
  let asked = false;
  if (page.close)
    page.close.onclick = () => {
      if (asked) return;
      asked = true;
      void page.ready.then((send) => send?.('close'));
    };
}

/** Office.js's `messageParent`, once `Office.onReady` has resolved. */
function officeReady(): Promise<((message: string) => void) | null> {
  if (typeof Office === 'undefined') return Promise.resolve(null);
  return Office.onReady().then(
    () => (message: string) => Office.context.ui.messageParent(message),
    () => null,
  );
}

if (typeof document !== 'undefined' && document.getElementById('m'))
  wireDialog({
    text: document.getElementById('m'),
    close: document.getElementById('close'),
    search: location.search,
    ready: officeReady(),
  });
