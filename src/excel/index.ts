/// <reference types="office-js" />
/** The Office.js adapter: a WorkbookPort over the Excel the task pane runs in, on any host from ExcelApi 1.1. */
import { WorkbookPort, WorkbookProbe } from '../core';
import { applyPlan } from './apply';
import { toWorkbookError } from './errors';
import { ExcelHost, officeHost } from './host';
import { loadRegions, probeWorkbook, readCellFills } from './read';

export type { DocumentSettings, ExcelHost } from './host';
export { officeHost } from './host';
export { toWorkbookError } from './errors';
export { precheck, skippedTouches } from './apply';
export { FILLS_PER_SYNC, MAX_MERGED_AREAS, STATE_KEY, SYNC_BUDGET, chunkRegions, readState } from './read';

/** Every failure comes out as a WorkbookError with a sentence in Vietnamese and English. */
export function createExcelPort(host: ExcelHost = officeHost()): WorkbookPort {
  const guard = async <T>(f: () => Promise<T>): Promise<T> => {
    try {
      return await f();
    } catch (e) {
      throw toWorkbookError(e);
    }
  };
  // What the last probe saw: the plan prechecks and the load's chunk sizes use it.
  let last: WorkbookProbe | null = null;
  let cellBytes = new Map<string, number>();
  return {
    probe: () =>
      guard(() =>
        host.run(async (context) => {
          const r = await probeWorkbook(host, context);
          last = r.probe;
          cellBytes = r.cellBytes;
          return r.probe;
        }),
      ),
    load: (regions) => guard(() => host.run((context) => loadRegions(host, context, regions, cellBytes, last?.state ?? null))),
    readFills: (cells) => guard(() => host.run((context) => readCellFills(host, context, cells))),
    apply: (plan) => guard(() => applyPlan(host, plan, last)),
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
