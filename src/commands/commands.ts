/// <reference types="office-js" />
/** Ribbon function commands: "Kiểm tra ngay" runs the check over the Excel the add-in is loaded in. */
import { defaultLang } from '../taskpane/i18n';
import { officeHost } from '../excel';
import { DialogUi, checkNowWith } from './check-now';

/** Runs the check; always calls event.completed(), whatever happens. */
export async function checkNow(event: Office.AddinCommands.Event): Promise<void> {
  await checkNowWith(event, {
    host: officeHost(),
    lang: defaultLang(),
    ui: Office.context.ui as unknown as DialogUi,
    dialogUrl: (line) => {
      const url = new URL('dialog.html', window.location.href);
      url.searchParams.set('m', line);
      return url.toString();
    },
    storage: window.localStorage,
  });
}

void Office.onReady(() => Office.actions.associate('checkNow', checkNow));
