/// <reference types="office-js" />
/**
 * Worksheet change events as a ChangeFeed: the pane re-checks after the user edits cells.
 * - ExcelApi 1.7–1.8: each sheet's own `Worksheet.onChanged` (1.7), and `onAdded` (1.7) for sheets added later;
 * - ExcelApi 1.9: the collection's `WorksheetCollection.onChanged`, one handler for every sheet;
 * - ExcelApi 1.14: each event's `triggerSource` says when the add-in's own write caused it (exact);
 *   below, the pane drops events that come right after its own writes (a timer).
 * Below 1.7 there are no change events: no feed, and the pane says so where the switch would be.
 */
import type { ChangeFeed } from '../app/changes';
import { ExcelHost } from './host';

const api = (host: ExcelHost, v: string) => host.isSetSupported('ExcelApi', v);

/**
 * The feed, or null where the host has no change events. Excel on the web makes each re-check a
 * round trip to the server, so there it starts switched off.
 */
export function excelChanges(host: ExcelHost, onWeb: boolean): ChangeFeed | null {
  if (!api(host, '1.7')) return null;
  const exact = api(host, '1.14');
  const whole = api(host, '1.9');
  return {
    onByDefault: !onWeb,
    exact,
    subscribe: (listener) =>
      host
        .run(async (context) => {
          const handle = async (e: Excel.WorksheetChangedEventArgs) => {
            // Values typed, pasted or cleared; not rows inserted or formats changed (the pane's own highlights).
            if (e.changeType !== 'RangeEdited') return;
            // The add-in's own writes, where Excel says so (ExcelApi 1.14).
            if (exact && e.triggerSource === 'ThisLocalAddin') return;
            listener();
          };
          const handlers: OfficeExtension.EventHandlerResult<unknown>[] = [];
          if (whole) handlers.push(context.workbook.worksheets.onChanged.add(handle));
          else {
            // 1.7–1.8: the collection has no onChanged; one handler per sheet, and one for each sheet added later.
            const sheets = context.workbook.worksheets;
            sheets.load('items/name');
            await context.sync();
            for (const ws of sheets.items) handlers.push(ws.onChanged.add(handle));
            handlers.push(
              sheets.onAdded.add((e: Excel.WorksheetAddedEventArgs) =>
                host.run(async (added) => {
                  handlers.push(added.workbook.worksheets.getItem(e.worksheetId).onChanged.add(handle));
                  await added.sync();
                }),
              ),
            );
          }
          await context.sync();
          return async () => {
            for (const h of handlers) h.remove();
            for (const c of new Set(handlers.map((h) => h.context))) await c.sync();
          };
        })
        .then((stop) => () => void stop().catch(() => undefined)),
  };
}
