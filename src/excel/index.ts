/// <reference types="office-js" />
/** The Office.js adapter: a WorkbookPort over the Excel the task pane runs in. */
import { FillReading, WorkbookPort, fillAt, fillKey, loadFromSnapshot, parseA1, probeFromSnapshot } from '../core';
import { queuePlan } from './apply';
import { toWorkbookError } from './errors';
import { ExcelHost, officeHost } from './host';
import { assembleWorkbook, queueSheetList, queueSheets } from './read';

export type { ExcelHost } from './host';
export { officeHost } from './host';
export { toWorkbookError } from './errors';
export { BLOCK_ROWS, FILL_ROWS, MAX_ROWS, STATE_KEY } from './read';

/** Every failure comes out as a WorkbookError with a sentence in Vietnamese and English. */
export function createExcelPort(host: ExcelHost = officeHost()): WorkbookPort {
  const guard = async <T>(f: () => Promise<T>): Promise<T> => {
    try {
      return await f();
    } catch (e) {
      throw toWorkbookError(e);
    }
  };
  // Two round trips whatever the size: the sheet list, then every sheet in row blocks.
  const read = () =>
    guard(() =>
      host.run(async (context) => {
        const { sheets, state } = queueSheetList(host, context);
        await context.sync();
        const loads = queueSheets(host, sheets);
        await context.sync();
        return assembleWorkbook(loads, state);
      }),
    );
  return {
    probe: async () => probeFromSnapshot(await read()),
    load: async (regions) => loadFromSnapshot(await read(), regions),
    readFills: async (cells) => {
      const snap = await read();
      const out: FillReading = new Map();
      for (const { sheet, cell } of cells) {
        const s = snap.sheets.find((x) => x.name === sheet);
        const { row, col } = parseA1(cell);
        const f = s ? fillAt(s, row, col) : undefined;
        if (f !== undefined) out.set(fillKey(sheet, cell), f);
      }
      return out;
    },
    // One round trip for the whole plan.
    apply: (plan) =>
      guard(() =>
        host.run(async (context) => {
          queuePlan(host, context, plan);
          await context.sync();
        }),
      ),
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
