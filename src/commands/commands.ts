/// <reference types="office-js" />
/** Ribbon function commands: "Kiểm tra ngay" runs the check over the Excel the add-in is loaded in. */
import { defaultLang } from '../taskpane/i18n';
import { officeHost } from '../excel';
import { DialogUi, checkNowWith } from './check-now';

/** Office.js's dialogs as the command uses them, each call checked by the compiler against Office.js's typings. */
function officeDialogs(ui: Office.UI): DialogUi {
  return {
    displayDialogAsync: (url, options, callback) =>
      ui.displayDialogAsync(url, options, (r) => {
        const dialog: Office.Dialog | undefined = r.value;
        callback?.({
          // AsyncResultStatus is the string 'succeeded' or 'failed' at run time.
          status: String(r.status),
          ...(r.error ? { error: { code: r.error.code, message: r.error.message } } : {}),
          ...(dialog
            ? {
                value: {
                  close: () => dialog.close(),
                  addEventHandler: (type: string, handler: (arg: unknown) => void) => {
                    if (type === 'dialogMessageReceived') dialog.addEventHandler(Office.EventType.DialogMessageReceived, handler);
                    if (type === 'dialogEventReceived') dialog.addEventHandler(Office.EventType.DialogEventReceived, handler);
                  },
                },
              }
            : {}),
        });
      }),
  };
}

/** Runs the check; always calls event.completed(), whatever happens. */
export async function checkNow(event: Office.AddinCommands.Event): Promise<void> {
  await checkNowWith(event, {
    host: officeHost(),
    lang: defaultLang(),
    ui: officeDialogs(Office.context.ui),
    dialogUrl: (line) => {
      const url = new URL('dialog.html', window.location.href);
      url.searchParams.set('m', line);
      return url.toString();
    },
    storage: window.localStorage,
  });
}

void Office.onReady(() => Office.actions.associate('checkNow', checkNow));
