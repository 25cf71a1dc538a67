/// <reference types="office-js" />
/** Worksheet change events (ExcelApi 1.7) as a ChangeFeed: the pane re-checks after the user edits cells. */
import type { ChangeFeed } from '../app/changes';
import { ExcelHost } from './host';

/**
 * The feed, or null where the host has no change events. Excel on the web makes each re-check a
 * round trip to the server, so there it starts switched off.
 */
export function excelChanges(host: ExcelHost, platform: string | undefined): ChangeFeed | null {
  if (!host.isSetSupported('ExcelApi', '1.7')) return null;
  return {
    onByDefault: platform !== 'OfficeOnline',
    subscribe: (listener) =>
      host
        .run(async (context) => {
          const handler = context.workbook.worksheets.onChanged.add(async (e: Excel.WorksheetChangedEventArgs) => {
            // Values typed, pasted or cleared; not rows inserted or formats changed (the pane's own highlights).
            if (e.changeType === 'RangeEdited') listener();
          });
          await context.sync();
          return async () => {
            handler.remove();
            await handler.context.sync();
          };
        })
        .then((stop) => () => void stop().catch(() => undefined)),
  };
}
