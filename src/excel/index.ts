/// <reference types="office-js" />
/** The Office.js adapter: a WorkbookPort over the Excel the task pane runs in, from Office 2016 (ExcelApi 1.1) to Microsoft 365 and Excel on the web. */
import { WorkbookPort } from '../core';
import { applyPlan, touchesSkipped } from './apply';
import { explainRefusal, toWorkbookError } from './errors';
import { ExcelHost, officeHost } from './host';
import { dropOldState, dropSheetState, loadRegions, probeWorkbook, readCellFills } from './read';

export type { DocumentSettings, ExcelHost } from './host';
export { officeHost } from './host';
export { toWorkbookError } from './errors';
export { touchesSkipped } from './apply';
export {
  FILL_CELLS,
  HEAD_SHEETS_PER_SYNC,
  MAX_MERGE_QUERIES,
  MERGE_QUERY_CELLS,
  STATE_KEY,
  SYNC_CELLS,
  SYNC_RESPONSE_TARGET,
} from './read';

/** Every failure comes out as a WorkbookError with a sentence in Vietnamese and English. */
export function createExcelPort(host: ExcelHost = officeHost()): WorkbookPort {
  const guard = async <T>(f: () => Promise<T>): Promise<T> => {
    try {
      return await f();
    } catch (e) {
      throw toWorkbookError(e);
    }
  };
  return {
    // Two syncs: the sheet list, then each sheet's used range and top.
    probe: () => guard(() => probeWorkbook(host)),
    // One sync for an ordinary table; a large one in syncs of SYNC_CELLS.
    load: (regions) => guard(() => loadRegions(host, regions)),
    readFills: (cells) => guard(() => readCellFills(host, cells)),
    apply: (plan) =>
      guard(async () => {
        await applyPlan(host, plan).catch(async (e) => Promise.reject(await explainRefusal(host, plan, toWorkbookError(e))));
        // The state now lives in Excel's settings: an older Excel's copy, or the one the CLI left in
        // its sheet, must not come back.
        if (plan.state !== undefined) {
          await dropOldState(host);
          await dropSheetState(host);
        }
      }),
    touchesSkipped: (plan) => touchesSkipped(host, plan),
    select: (sheet, cell) =>
      guard(() =>
        host.run(async (context) => {
          const ws = context.workbook.worksheets.getItem(sheet);
          ws.activate();
          ws.getRange(cell).select();
          await context.sync();
        }),
      ),
  };
}
