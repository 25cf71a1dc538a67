/// <reference types="office-js" />
/**
 * Applies a WritePlan in one round trip, all or nothing as far as Excel allows: what can be checked is
 * checked before anything is queued; the new sheet is queued first; and when a batch fails anyway (Excel
 * batches are not transactions) the sheet it added is deleted and the cells are read back, so the error
 * says exactly what holds (`nothing`, `undone`, `partial`).
 */
import {
  ApplyResult,
  Changed,
  FinishingTouch,
  NewSheetPlan,
  WorkbookError,
  WorkbookProbe,
  WritePlan,
  columnLetters,
  uniqueSheetName,
} from '../core';
import { toWorkbookError } from './errors';
import { ExcelHost } from './host';
import { STATE_KEY } from './read';

const supports = (host: ExcelHost, minor: number) => host.isSetSupported('ExcelApi', `1.${minor}`);

/** The finishing touches of a new sheet this host cannot apply. */
export function skippedTouches(host: ExcelHost, plan: WritePlan): FinishingTouch[] {
  const out: FinishingTouch[] = [];
  const ns = plan.newSheet;
  if (ns) {
    if (ns.merges.length > 0 && !supports(host, 2)) out.push('merges');
    if (ns.columnWidths.length > 0 && !supports(host, 2)) out.push('column-widths');
    if (ns.freezeRows > 0 && !supports(host, 7)) out.push('freeze-panes');
    if ((ns.landscape || ns.printTitleRows) && !supports(host, 9)) out.push('page-layout');
  }
  if (plan.fills.some((f) => f.fill?.pattern && f.fill.pattern !== 'Solid') && !supports(host, 9)) out.push('fill-pattern');
  return out;
}

/**
 * Checks a plan against what the last probe saw: protected sheets, a protected structure, the new
 * sheet's name against every sheet (very hidden ones included). Returns the plan with a free name.
 */
export function precheck(plan: WritePlan, probe: WorkbookProbe | null): WritePlan {
  if (!probe) return plan;
  const touched = new Set([...plan.cells.map((c) => c.sheet), ...plan.fills.map((f) => f.sheet)]);
  for (const s of probe.sheets)
    if (s.protected && touched.has(s.name)) throw new WorkbookError({ code: 'sheet-protected', sheet: s.name, changed: 'nothing' });
  if (!plan.newSheet) return plan;
  if (probe.structureProtected) throw new WorkbookError({ code: 'structure-protected', changed: 'nothing' });
  const names = probe.sheets.map((s) => s.name);
  const name = uniqueSheetName(plan.newSheet.name, names);
  if (name === plan.newSheet.name) return plan;
  const rename = (s: string) => (s === plan.newSheet!.name ? name : s);
  return {
    ...plan,
    newSheet: { ...plan.newSheet, name },
    cells: plan.cells.map((c) => ({ ...c, sheet: rename(c.sheet) })),
    fills: plan.fills.map((f) => ({ ...f, sheet: rename(f.sheet) })),
    activate: plan.activate && { ...plan.activate, sheet: rename(plan.activate.sheet) },
  };
}

/** `rows` × `cols` from A1 as an address (getRangeByIndexes is ExcelApi 1.7). */
const box = (rows: number, cols: number) => `A1:${columnLetters(cols)}${rows}`;

function queueNewSheet(host: ExcelHost, sheets: Excel.WorksheetCollection, ns: NewSheetPlan): void {
  const ws = sheets.add(ns.name);
  const width = ns.rows.reduce((m, r) => Math.max(m, r.length), 0);
  if (ns.rows.length > 0 && width > 0) {
    const all = ws.getRange(box(ns.rows.length, width));
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
  if (supports(host, 2)) {
    for (const m of ns.merges) ws.getRange(m).merge(false);
    // Plans give widths in characters, as in an .xlsx; Office.js takes points (8.43 characters = 48 pt).
    ns.columnWidths.forEach((w, j) => (ws.getRange(`${columnLetters(j + 1)}1`).format.columnWidth = Math.round(w * 5.7)));
  }
  for (const r of ns.boldRows) ws.getRange(`${r}:${r}`).format.font.bold = true;
  if (ns.freezeRows > 0 && supports(host, 7)) ws.freezePanes.freezeRows(ns.freezeRows);
  if (supports(host, 9)) {
    if (ns.landscape) ws.pageLayout.orientation = 'Landscape';
    ws.pageLayout.paperSize = 'A4';
    if (ns.printTitleRows) ws.pageLayout.setPrintTitleRows(ns.printTitleRows);
  }
}

/** Queues a whole plan (the new sheet first); the caller syncs once. */
export function queuePlan(host: ExcelHost, context: Excel.RequestContext, plan: WritePlan): void {
  const sheets = context.workbook.worksheets;
  if (plan.newSheet) queueNewSheet(host, sheets, plan.newSheet);
  for (const w of plan.cells) {
    const range = sheets.getItem(w.sheet).getRange(w.cell);
    if (w.numberFormat) range.numberFormat = [[w.numberFormat]];
    if (w.formula) range.formulas = [[w.formula]];
    else if (w.value !== undefined) {
      if (w.asText) range.numberFormat = [['@']];
      range.values = [[w.value]];
    }
  }
  for (const f of plan.fills) {
    const fill = sheets.getItem(f.sheet).getRange(f.cell).format.fill;
    if (f.fill === null) fill.clear();
    else {
      fill.color = f.fill.color;
      if (f.fill.pattern && f.fill.pattern !== 'Solid' && supports(host, 9)) fill.pattern = f.fill.pattern as Excel.FillPattern;
    }
  }
  if (plan.state !== undefined && supports(host, 4)) {
    if (plan.state === null) context.workbook.settings.getItemOrNullObject(STATE_KEY).delete();
    else context.workbook.settings.add(STATE_KEY, JSON.stringify(plan.state));
  }
  if (plan.activate) {
    const ws = sheets.getItem(plan.activate.sheet);
    ws.activate();
    if (plan.activate.cell) ws.getRange(plan.activate.cell).select();
  }
}

/** Stores the state through the Common API's document settings (hosts below ExcelApi 1.4). */
function saveDocumentState(host: ExcelHost, plan: WritePlan): Promise<void> {
  const settings = host.documentSettings;
  if (plan.state === undefined || supports(host, 4) || !settings) return Promise.resolve();
  if (plan.state === null) settings.remove(STATE_KEY);
  else settings.set(STATE_KEY, JSON.stringify(plan.state));
  return new Promise((resolve, reject) =>
    settings.saveAsync((r) =>
      r.status === 'succeeded'
        ? resolve()
        : reject(new WorkbookError({ code: 'host-error', detail: 'settings.saveAsync', changed: 'partial' })),
    ),
  );
}

/** Applies a plan: prechecks, one round trip, and an honest undo when Excel fails part way. */
export async function applyPlan(host: ExcelHost, plan: WritePlan, probe: WorkbookProbe | null): Promise<ApplyResult> {
  const checked = precheck(plan, probe);
  const skipped = skippedTouches(host, checked);
  try {
    await host.run(async (context) => {
      queuePlan(host, context, checked);
      await context.sync();
    });
  } catch (e) {
    const code = (e as { code?: string })?.code ?? '';
    if (code === 'RequestPayloadSizeLimitExceeded') throw toWorkbookError(e, 'nothing');
    const { changed, sheetRefused } = await undo(host, checked);
    if (sheetRefused && (code === 'AccessDenied' || code === 'InvalidOperation'))
      throw new WorkbookError({ code: 'structure-protected', changed });
    throw toWorkbookError(e, changed);
  }
  await saveDocumentState(host, checked);
  return { skippedTouches: skipped };
}

/** Cells read back after a failure at most (plans write few cells; beyond this the answer is `partial`). */
const VERIFY_CELLS = 200;

/**
 * After a failed batch: deletes the sheet it added, and reads back the planned cells to say what holds.
 * `sheetRefused`: the new sheet was never made (its add is what failed).
 */
async function undo(host: ExcelHost, plan: WritePlan): Promise<{ changed: Changed; sheetRefused: boolean }> {
  try {
    return await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      let removed = false;
      let sheetRefused = false;
      if (plan.newSheet) {
        sheets.load('items/name');
        await context.sync();
        const made = sheets.items.find((s) => s.name === plan.newSheet!.name);
        if (made) {
          made.delete();
          await context.sync();
          removed = true;
        } else sheetRefused = true;
      }
      const own = (s: string) => s === plan.newSheet?.name;
      const cells = plan.cells.filter((c) => !own(c.sheet));
      const fills = plan.fills.filter((f) => !own(f.sheet) && f.fill !== null);
      if (cells.length + fills.length > VERIFY_CELLS) return { changed: 'partial', sheetRefused };
      const cellReads = cells.map((c) => {
        const r = sheets.getItem(c.sheet).getRange(c.cell);
        r.load(c.formula ? 'formulas' : 'values');
        return { c, r };
      });
      const fillReads = fills.map((f) => {
        const fill = sheets.getItem(f.sheet).getRange(f.cell).format.fill;
        fill.load('color');
        return { f, fill };
      });
      if (cellReads.length + fillReads.length > 0) await context.sync();
      const wrote =
        cellReads.some(({ c, r }) => (c.formula ? r.formulas[0][0] === c.formula : r.values[0][0] === c.value)) ||
        fillReads.some(({ f, fill }) => fill.color?.toUpperCase() === f.fill!.color.toUpperCase());
      return { changed: wrote ? 'partial' : removed ? 'undone' : 'nothing', sheetRefused };
    });
  } catch {
    return { changed: 'unknown', sheetRefused: false };
  }
}
