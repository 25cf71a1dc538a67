/// <reference types="office-js" />
/**
 * Applies a WritePlan in one round trip (a new sheet first checks, in one more, the workbook's
 * structure and every sheet name, very hidden ones included). Every member newer than ExcelApi 1.1 is
 * behind `isSetSupported`: what this Excel cannot do is left out and named (`touchesSkipped`), never
 * failed half way. If the batch fails anyway, what it did is undone where possible (the sheet it
 * added is deleted) and the error says exactly what the workbook holds.
 */
import { FinishingTouch, NewSheetPlan, PAGE_NUMBER_FOOTER, WorkbookError, WritePlan, columnLetters, uniqueSheetName } from '../core';
import { toWorkbookError } from './errors';
import { ExcelHost } from './host';
import { STATE_KEY } from './read';

const api = (host: ExcelHost, v: string) => host.isSetSupported('ExcelApi', v);

/** The finishing touches of a plan this Excel cannot apply (the data is written all the same). */
export function touchesSkipped(host: ExcelHost, plan: WritePlan): FinishingTouch[] {
  const out: FinishingTouch[] = [];
  const ns = plan.newSheet;
  if (ns) {
    if (ns.columnWidths.length > 0 && !api(host, '1.2')) out.push('column-widths');
    if (Object.keys(ns.rowHeights ?? {}).length > 0 && !api(host, '1.2')) out.push('row-heights');
    if (ns.merges.length > 0 && !api(host, '1.2')) out.push('merges');
    if (ns.freezeRows > 0 && !api(host, '1.7')) out.push('freeze-panes');
    if ((ns.landscape || ns.printTitleRows || ns.pageNumbers || ns.pageBreaksBefore?.length) && !api(host, '1.9')) out.push('page-layout');
  }
  if (plan.fills.some((f) => f.fill && f.fill.pattern && f.fill.pattern !== 'Solid') && !api(host, '1.9')) out.push('fill-pattern');
  return out;
}

const ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;

/** A document's look: its font, the styles over ranges in order, and row heights (1.2) so wrapped text shows whole. */
function queueLooks(host: ExcelHost, ws: Excel.Worksheet, ns: NewSheetPlan, width: number): void {
  if (ns.font && ns.rows.length > 0 && width > 0) {
    const font = ws.getRange(`A1:${columnLetters(width)}${ns.rows.length}`).format.font;
    font.name = ns.font.name;
    font.size = ns.font.size;
  }
  for (const st of ns.styles ?? []) {
    const f = ws.getRange(st.range).format;
    if (st.bold !== undefined) f.font.bold = st.bold;
    if (st.italic !== undefined) f.font.italic = st.italic;
    if (st.size !== undefined) f.font.size = st.size;
    if (st.align) f.horizontalAlignment = ALIGN[st.align];
    if (st.vertical) f.verticalAlignment = st.vertical === 'top' ? 'Top' : 'Center';
    if (st.fill) f.fill.color = st.fill.color;
  }
  if (api(host, '1.2')) for (const [r, h] of Object.entries(ns.rowHeights ?? {})) ws.getRange(`${r}:${r}`).format.rowHeight = h;
}

/** Queues a whole plan: the new sheet, cell writes, fills, the stored state (workbook settings), then what to show. */
export function queuePlan(host: ExcelHost, context: Excel.RequestContext, plan: WritePlan, sheetName?: string): void {
  const sheets = context.workbook.worksheets;
  const ns = plan.newSheet;
  const name = sheetName ?? ns?.name;
  if (ns && name) {
    const ws = sheets.add(name);
    const width = ns.rows.reduce((m, r) => Math.max(m, r.length), 0);
    if (ns.rows.length > 0 && width > 0) {
      // Addresses, not getRangeByIndexes (1.7).
      const all = ws.getRange(`A1:${columnLetters(width)}${ns.rows.length}`);
      // Every written cell is text or number; text is written as text so "- …" stays what it is.
      all.numberFormat = ns.rows.map((r) => Array.from({ length: width }, (_, j) => (typeof r[j] === 'number' ? 'General' : '@')));
      all.values = ns.rows.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? ''));
      if (ns.wrap) all.format.wrapText = true;
      all.format.verticalAlignment = 'Top';
      if (ns.borders) {
        const b = ws.getRange(ns.borders).format.borders;
        for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const)
          b.getItem(edge).style = 'Continuous';
      }
    }
    if (api(host, '1.2')) {
      for (const m of ns.merges) ws.getRange(m).merge(false);
      // Plans give widths in characters, as in an .xlsx; Office.js takes points (8.43 characters = 48 pt).
      ns.columnWidths.forEach((w, j) => (ws.getRange(`${columnLetters(j + 1)}1`).format.columnWidth = Math.round(w * 5.7)));
    }
    for (const r of ns.boldRows) ws.getRange(`${r}:${r}`).format.font.bold = true;
    queueLooks(host, ws, ns, width);
    if (ns.freezeRows > 0 && api(host, '1.7')) {
      // The code and title columns with the header rows, where the sheet asks for them.
      if (ns.freezeCols) ws.freezePanes.freezeAt(`A1:${columnLetters(ns.freezeCols)}${ns.freezeRows}`);
      else ws.freezePanes.freezeRows(ns.freezeRows);
    }
    if (api(host, '1.9')) {
      if (ns.landscape) ws.pageLayout.orientation = 'Landscape';
      ws.pageLayout.paperSize = 'A4';
      if (ns.printTitleRows) ws.pageLayout.setPrintTitleRows(ns.printTitleRows);
      if (ns.printArea) ws.pageLayout.setPrintArea(ns.printArea);
      if (ns.pageNumbers) ws.pageLayout.headersFooters.defaultForAllPages.centerFooter = PAGE_NUMBER_FOOTER;
      for (const r of ns.pageBreaksBefore ?? []) if (r > 1) ws.horizontalPageBreaks.add(`A${r}`);
    }
  }
  for (const w of plan.cells) {
    const range = sheets.getItem(w.sheet).getRange(w.cell);
    const textFirst = w.asText && w.formula === undefined && w.value !== undefined;
    if (w.numberFormat && !textFirst) range.numberFormat = [[w.numberFormat]];
    if (w.formula) range.formulas = [[w.formula]];
    else if (w.value !== undefined) {
      if (w.asText) range.numberFormat = [['@']];
      range.values = [[w.value]];
      // Text stays text when the cell's own format comes back afterwards.
      if (textFirst && w.numberFormat) range.numberFormat = [[w.numberFormat]];
    }
    // A conversion to Unicode: the cell's font by name (Excel's API writes no rich-text runs: the first run's font serves).
    const font = w.fontName ?? w.runs?.find((r) => r.font)?.font;
    if (font) range.format.font.name = font;
  }
  for (const f of plan.fills) {
    const fill = sheets.getItem(f.sheet).getRange(f.cell).format.fill;
    if (f.fill === null) fill.clear();
    else {
      fill.color = f.fill.color;
      if (f.fill.pattern && f.fill.pattern !== 'Solid' && api(host, '1.9')) fill.pattern = f.fill.pattern as Excel.FillPattern;
    }
  }
  // Replacing the product's own earlier sheet: the new one was written under a free name; only now,
  // with everything else queued before it, the old sheet goes and the new one takes its name.
  if (ns?.replaces && name && name !== ns.name) {
    sheets.getItem(ns.name).delete();
    sheets.getItem(name).name = ns.name;
  }
  if (plan.state !== undefined && api(host, '1.4')) {
    if (plan.state === null) context.workbook.settings.getItemOrNullObject(STATE_KEY).delete();
    else context.workbook.settings.add(STATE_KEY, JSON.stringify(plan.state));
  }
  const show =
    plan.activate && ns && !ns.replaces && plan.activate.sheet === ns.name && name ? { ...plan.activate, sheet: name } : plan.activate;
  if (show) {
    const ws = sheets.getItem(show.sheet);
    ws.activate();
    if (show.cell) ws.getRange(show.cell).select();
  }
}

/** Before a new sheet: the structure must be open (ExcelApi 1.7 can tell) and the name free among all sheets, very hidden ones included. */
async function freeSheetName(host: ExcelHost, wanted: string): Promise<string> {
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    const structure = api(host, '1.7') ? context.workbook.protection : null;
    structure?.load('protected');
    await context.sync();
    if (structure?.protected) throw new WorkbookError({ code: 'structure-protected', changed: 'nothing' });
    return uniqueSheetName(
      wanted,
      sheets.items.map((s) => s.name),
    );
  });
}

/** Stores the state where workbook settings (1.4) are missing: the Common API's document settings. */
function saveDocumentState(host: ExcelHost, plan: WritePlan): Promise<void> {
  const ds = host.documentSettings;
  if (plan.state === undefined || !ds) return Promise.resolve();
  if (plan.state === null) ds.remove(STATE_KEY);
  else ds.set(STATE_KEY, JSON.stringify(plan.state));
  return new Promise((resolve, reject) =>
    ds.saveAsync((r) =>
      r.status === 'succeeded'
        ? resolve()
        : reject(Object.assign(new Error(r.error?.message ?? 'saveAsync failed'), { code: 'SaveFailed' })),
    ),
  );
}

/** Cells read back after a failure, at most. */
const VERIFY_CELLS = 2000;

/**
 * After a failed batch: deletes the sheet it added, and reads back the planned cells to tell whether
 * any write holds. Returns what the workbook holds; 'unknown' when even that cannot be found out.
 */
async function recover(
  host: ExcelHost,
  plan: WritePlan,
  sheetName: string | undefined,
): Promise<{ changed: 'nothing' | 'undone' | 'partial' | 'unknown'; added: boolean }> {
  try {
    return await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      const cells = plan.cells.slice(0, VERIFY_CELLS).map((w) => {
        const r = sheets.getItem(w.sheet).getRange(w.cell);
        r.load('formulas');
        return { w, r };
      });
      const fills = plan.fills.slice(0, VERIFY_CELLS).map((f) => {
        const fill = sheets.getItem(f.sheet).getRange(f.cell).format.fill;
        fill.load('color');
        return { f, fill };
      });
      const stored = plan.state !== undefined && api(host, '1.4') ? context.workbook.settings.getItemOrNullObject(STATE_KEY) : null;
      stored?.load('value');
      await context.sync();
      const added = Boolean(sheetName && sheets.items.some((s) => s.name === sheetName));
      const wrote =
        cells.some(({ w, r }) => {
          const now = r.formulas[0]?.[0];
          return w.formula ? now === w.formula : w.value !== undefined && now === w.value;
        }) ||
        // A cleared fill reads white: the cell held the product's colour before, so it counts as written.
        fills.some(({ f, fill }) => (fill.color ?? '#FFFFFF').toUpperCase() === (f.fill?.color ?? '#FFFFFF').toUpperCase()) ||
        (stored !== null &&
          (plan.state === null ? stored.isNullObject : !stored.isNullObject && stored.value === JSON.stringify(plan.state)));
      if (added && sheetName) {
        sheets.getItem(sheetName).delete();
        await context.sync();
      }
      return { changed: wrote ? 'partial' : added ? 'undone' : 'nothing', added };
    });
  } catch {
    return { changed: 'unknown', added: false };
  }
}

/** Applies a plan: everything this Excel can do, or nothing (undone), or an honest 'partial'. */
export async function applyPlan(host: ExcelHost, plan: WritePlan): Promise<void> {
  const sheetName = plan.newSheet
    ? await freeSheetName(host, plan.newSheet.name).catch((e) => Promise.reject(toWorkbookError(e)))
    : undefined;
  if (plan.state !== undefined && !api(host, '1.4') && !host.documentSettings)
    throw new WorkbookError({ code: 'api-unsupported', feature: 'settings', set: 'ExcelApi 1.4', changed: 'nothing' });
  try {
    await host.run(async (context) => {
      queuePlan(host, context, plan, sheetName);
      await context.sync();
    });
  } catch (e) {
    const { changed, added } = await recover(host, plan, sheetName);
    const err = toWorkbookError(e, changed);
    // A new sheet Excel refused to add: the workbook's structure is protected (on Excel that cannot tell beforehand).
    if (sheetName && !added && err.problem.code === 'sheet-protected') throw new WorkbookError({ code: 'structure-protected', changed });
    throw err;
  }
  if (!api(host, '1.4')) {
    try {
      await saveDocumentState(host, plan);
    } catch (e) {
      throw toWorkbookError(e, 'partial');
    }
  }
}
