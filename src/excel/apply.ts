/// <reference types="office-js" />
/**
 * Applies a WritePlan in as few round trips as its size allows (a new sheet first checks, in one more,
 * the workbook's structure and every sheet name, very hidden ones included): each request stays under
 * REQUEST_BUDGET bytes as Microsoft's client builds it, so Excel on the web (which refuses a request
 * over 5 MB) takes a plan of any size. Every member newer than ExcelApi 1.1 is behind
 * `isSetSupported`: what this Excel cannot do is left out and named (`touchesSkipped`), never failed
 * half way. If a request fails anyway, what it did is undone where possible (the sheet it added is
 * deleted) and the error says exactly what the workbook holds.
 */
import {
  CellWrite,
  FillWrite,
  FinishingTouch,
  NewSheetPlan,
  PAGE_NUMBER_FOOTER,
  WorkbookError,
  WritePlan,
  columnLetters,
  storedState,
  uniqueSheetName,
} from '../core';
import { toWorkbookError } from './errors';
import { ExcelHost } from './host';
import { STATE_KEY, fillDetails, queueFillDetails } from './read';

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
  queueNewSheet(host, context, plan, sheetName);
  queueWrites(host, context, plan.cells, plan.fills);
  queueFinish(host, context, plan, sheetName);
}

/** The new sheet with its data and looks. */
function queueNewSheet(host: ExcelHost, context: Excel.RequestContext, plan: WritePlan, sheetName?: string): void {
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
}

/** Cell writes, then fills. */
function queueWrites(host: ExcelHost, context: Excel.RequestContext, cells: CellWrite[], fills: FillWrite[]): void {
  const sheets = context.workbook.worksheets;
  for (const w of cells) {
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
  for (const f of fills) {
    const fill = sheets.getItem(f.sheet).getRange(f.cell).format.fill;
    if (f.fill === null) fill.clear();
    else {
      fill.color = f.fill.color;
      queueFillDetails(host, fill, f.fill);
    }
  }
}

/** After everything else: the product's earlier sheet replaced, the stored state, what to show. */
function queueFinish(host: ExcelHost, context: Excel.RequestContext, plan: WritePlan, sheetName?: string): void {
  const sheets = context.workbook.worksheets;
  const ns = plan.newSheet;
  const name = sheetName ?? ns?.name;
  // Replacing the product's own earlier sheet: the new one was written under a free name; only now,
  // with everything else queued before it, the old sheet goes and the new one takes its name.
  if (ns?.replaces && name && name !== ns.name) {
    sheets.getItem(ns.name).delete();
    sheets.getItem(name).name = ns.name;
  }
  if (plan.state !== undefined && api(host, '1.4')) {
    if (plan.state === null) context.workbook.settings.getItemOrNullObject(STATE_KEY).delete();
    else context.workbook.settings.add(STATE_KEY, storedState(plan.state));
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
  else ds.set(STATE_KEY, storedState(plan.state));
  return new Promise((resolve, reject) =>
    ds.saveAsync((r) =>
      r.status === 'succeeded'
        ? resolve()
        : reject(Object.assign(new Error(r.error?.message ?? 'saveAsync failed'), { code: 'SaveFailed' })),
    ),
  );
}

/**
 * Bytes Microsoft's client sends for one command on a cell inside `Excel.run` (the sheet's and the
 * range's object paths, the reference it keeps, the action): about 650 for a value, 900 for a fill
 * (measured with the client itself, test/excel/calibration.test.ts); counted high here.
 */
export const COMMAND_BYTES = 1000;

/**
 * Most bytes one request of a plan carries, as the client builds it: Excel on the web refuses a
 * request over 5 MB; every request stays under 1 MB, on desktop too (a smaller batch is also a
 * shorter freeze of Excel's window).
 */
export const REQUEST_BUDGET = 640 * 1024;

/** UTF-8 bytes of a value's JSON (counted by hand: the Internet Explorer 11 webview of Office 2016 has no TextEncoder). */
function utf8(v: unknown): number {
  const s = JSON.stringify(v) ?? '';
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** A cell write's bytes: one command per property it sets, with its text. */
function cellBytes(w: CellWrite): number {
  const props = (w.numberFormat ? 2 : 0) + (w.asText ? 1 : 0) + 1;
  return props * COMMAND_BYTES + utf8([w.sheet, w.cell, w.formula ?? w.value ?? null, w.numberFormat ?? null]);
}

/** A fill's bytes: its colour, and one command more for each of its pattern, pattern colour and tints. */
function fillBytes(f: FillWrite): number {
  const x = f.fill;
  const more = x
    ? [x.pattern && x.pattern !== 'Solid', x.patternColor, x.patternTint !== undefined, x.tint !== undefined].filter(Boolean).length
    : 0;
  return (1 + more) * COMMAND_BYTES + utf8([f.sheet, f.cell, f.fill]);
}

/** A new sheet's bytes: its grid twice (number formats, then values) and a command per look. */
function newSheetBytes(ns: NewSheetPlan): number {
  const looks =
    (ns.styles?.length ?? 0) * 6 +
    ns.merges.length +
    ns.columnWidths.length +
    ns.boldRows.length +
    Object.keys(ns.rowHeights ?? {}).length +
    (ns.pageBreaksBefore?.length ?? 0) +
    20;
  return 2 * utf8(ns.rows) + looks * COMMAND_BYTES;
}

/** What goes last: the stored state as a setting's text (JSON inside JSON), and a few commands. */
const finishBytes = (plan: WritePlan) => (plan.state ? utf8(storedState(plan.state)) : 0) + 8 * COMMAND_BYTES;

/** The cell writes and fills of one request. */
export interface Part {
  cells: CellWrite[];
  fills: FillWrite[];
}

/** A plan's writes cut into requests under the budget, in order; the new sheet opens the first, the state and what to show close the last. */
export function splitWrites(plan: WritePlan, budget = REQUEST_BUDGET): Part[] {
  const parts: Part[] = [];
  let part = { cells: [] as CellWrite[], fills: [] as FillWrite[] };
  let used = plan.newSheet ? newSheetBytes(plan.newSheet) : 0;
  const room = (n: number) => {
    if (used + n > budget && (part.cells.length > 0 || part.fills.length > 0 || used > 0)) {
      parts.push(part);
      part = { cells: [], fills: [] };
      used = 0;
    }
    used += n;
  };
  for (const w of plan.cells) {
    room(cellBytes(w));
    part.cells.push(w);
  }
  for (const f of plan.fills) {
    room(fillBytes(f));
    part.fills.push(f);
  }
  room(finishBytes(plan));
  parts.push(part);
  return parts;
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
          (plan.state === null
            ? stored.isNullObject
            : plan.state !== undefined && !stored.isNullObject && stored.value === storedState(plan.state)));
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

/** What a part's cells held before the plan, as writes that put it back. */
interface Before {
  cells: CellWrite[];
  fills: FillWrite[];
  /** The stored state's text before (null: none), where the part writes it. */
  state?: string | null;
}

/** Queues the reads of what a part's cells hold now (values, formats, fills; the stored state with the last part). */
function queueBefore(host: ExcelHost, context: Excel.RequestContext, part: Part, plan: WritePlan, last: boolean): () => Before {
  const sheets = context.workbook.worksheets;
  const cells = part.cells.map((w) => {
    const r = sheets.getItem(w.sheet).getRange(w.cell);
    r.load('formulas,numberFormat');
    return { w, r };
  });
  const withPattern = api(host, '1.9');
  const fills = part.fills.map((f) => {
    const range = sheets.getItem(f.sheet).getRange(f.cell);
    if (withPattern)
      return {
        f,
        props: range.getCellProperties({
          format: { fill: { color: true, pattern: true, patternColor: true, patternTintAndShade: true, tintAndShade: true } },
        }),
      };
    const fill = range.format.fill;
    fill.load('color');
    return { f, fill };
  });
  const stored = last && plan.state !== undefined && api(host, '1.4') ? context.workbook.settings.getItemOrNullObject(STATE_KEY) : null;
  stored?.load('value');
  return () => ({
    cells: cells.map(({ w, r }): CellWrite => {
      const was = r.formulas[0]?.[0] as unknown;
      const numberFormat = String(r.numberFormat[0]?.[0] ?? 'General');
      if (typeof was === 'string' && was.startsWith('=')) return { sheet: w.sheet, cell: w.cell, formula: was, numberFormat };
      if (typeof was === 'number') return { sheet: w.sheet, cell: w.cell, value: was, numberFormat };
      return {
        sheet: w.sheet,
        cell: w.cell,
        value: typeof was === 'boolean' ? String(was).toUpperCase() : String(was ?? ''),
        asText: typeof was !== 'boolean',
        numberFormat,
      };
    }),
    fills: fills.map((x): FillWrite => {
      if (x.props) {
        const f = x.props.value[0]?.[0]?.format?.fill;
        return {
          sheet: x.f.sheet,
          cell: x.f.cell,
          fill: !f || !f.pattern || f.pattern === 'None' ? null : { color: f.color ?? '#FFFFFF', pattern: f.pattern, ...fillDetails(f) },
        };
      }
      const color = x.fill?.color;
      return { sheet: x.f.sheet, cell: x.f.cell, fill: !color || color.toUpperCase() === '#FFFFFF' ? null : { color, pattern: 'Solid' } };
    }),
    ...(stored ? { state: stored.isNullObject ? null : stored.value } : {}),
  });
}

/**
 * Puts back what the parts written so far held before, sheet by sheet in requests under the budget;
 * false when that fails too. A sheet that refuses its first put-back as protected was never written
 * (Excel refused the plan's writes there for the same reason), so it is passed over.
 */
async function undo(host: ExcelHost, befores: Before[]): Promise<boolean> {
  const cells = befores.flatMap((b) => b.cells);
  const fills = befores.flatMap((b) => b.fills);
  const state = befores.find((b) => b.state !== undefined)?.state;
  const names = [...new Set([...cells.map((c) => c.sheet), ...fills.map((f) => f.sheet)])];
  try {
    await host.run(async (context) => {
      for (const name of names) {
        const back: WritePlan = { cells: cells.filter((c) => c.sheet === name), fills: fills.filter((f) => f.sheet === name) };
        for (const [i, part] of splitWrites(back).entries()) {
          queueWrites(host, context, part.cells, part.fills);
          try {
            await context.sync();
          } catch (e) {
            const code = (e as { code?: string }).code;
            if (i === 0 && (code === 'AccessDenied' || code === 'InvalidOperation')) break;
            throw e;
          }
        }
      }
      // The state is read before only on ExcelApi 1.4 (workbook settings); below it there is none to put back here.
      if (state !== undefined && api(host, '1.4')) {
        if (state === null) context.workbook.settings.getItemOrNullObject(STATE_KEY).delete();
        else context.workbook.settings.add(STATE_KEY, state);
        await context.sync();
      }
    });
    return true;
  } catch {
    return false;
  }
}

/**
 * A plan of cells and fills too large for one request, written so that a failure part way can be
 * undone: each request first reads what the next part's cells hold, then writes its own part (the
 * first request only reads), so what every written cell held before is known when a request fails.
 */
async function applyUndoable(host: ExcelHost, plan: WritePlan): Promise<void> {
  // Half the budget each way: a request carries one part's writes and the next part's reads.
  const parts = splitWrites(plan, REQUEST_BUDGET / 2);
  const befores: Before[] = [];
  let written = 0;
  try {
    await host.run(async (context) => {
      let next = queueBefore(host, context, parts[0], plan, parts.length === 1);
      await context.sync();
      befores.push(next());
      for (const [i, part] of parts.entries()) {
        const last = i === parts.length - 1;
        if (!last) next = queueBefore(host, context, parts[i + 1], plan, i + 1 === parts.length - 1);
        written = i + 1;
        queueWrites(host, context, part.cells, part.fills);
        if (last) queueFinish(host, context, plan);
        await context.sync();
        if (!last) befores.push(next());
      }
    });
  } catch (e) {
    // Nothing was written when the first reads failed; else every part up to the failed one goes back.
    if (written === 0) throw toWorkbookError(e, 'nothing');
    if (await undo(host, befores.slice(0, written))) throw toWorkbookError(e, 'undone');
    const { changed } = await recover(host, plan, undefined);
    throw toWorkbookError(e, changed === 'nothing' ? 'unknown' : changed);
  }
}

/**
 * Applies a plan: everything this Excel can do, or nothing (undone), or an honest 'partial'. A plan
 * of cells and fills larger than one request goes in several, undone as a whole if one fails
 * (applyUndoable). A new sheet's plan goes in one request where it fits; else in several, in one
 * `Excel.run`: the new sheet first, then cells and fills in order, the stored state and the selection
 * last; when a request fails, the ones before it hold (the error says 'partial') and the failed one
 * is read back as a single plan would be.
 */
export async function applyPlan(host: ExcelHost, plan: WritePlan): Promise<void> {
  if (!plan.newSheet && splitWrites(plan).length > 1) {
    if (plan.state !== undefined && !api(host, '1.4') && !host.documentSettings)
      throw new WorkbookError({ code: 'api-unsupported', feature: 'settings', set: 'ExcelApi 1.4', changed: 'nothing' });
    await applyUndoable(host, plan);
  } else await applyParts(host, plan);
  if (!api(host, '1.4')) {
    try {
      await saveDocumentState(host, plan);
    } catch (e) {
      throw toWorkbookError(e, 'partial');
    }
  }
}

/** A plan in parts, the earlier ones kept when a later one fails. */
async function applyParts(host: ExcelHost, plan: WritePlan): Promise<void> {
  const sheetName = plan.newSheet
    ? await freeSheetName(host, plan.newSheet.name).catch((e) => Promise.reject(toWorkbookError(e)))
    : undefined;
  if (plan.state !== undefined && !api(host, '1.4') && !host.documentSettings)
    throw new WorkbookError({ code: 'api-unsupported', feature: 'settings', set: 'ExcelApi 1.4', changed: 'nothing' });
  const parts = splitWrites(plan);
  let done = 0;
  try {
    await host.run(async (context) => {
      for (const [i, part] of parts.entries()) {
        if (i === 0) queueNewSheet(host, context, plan, sheetName);
        queueWrites(host, context, part.cells, part.fills);
        if (i === parts.length - 1) queueFinish(host, context, plan, sheetName);
        await context.sync();
        done++;
      }
    });
  } catch (e) {
    const failed = parts[Math.min(done, parts.length - 1)];
    const rest: WritePlan = {
      ...plan,
      newSheet: done === 0 ? plan.newSheet : undefined,
      cells: failed.cells,
      fills: failed.fills,
      state: done === parts.length - 1 ? plan.state : undefined,
    };
    const recovered = await recover(host, rest, done === 0 ? sheetName : undefined);
    // Requests before the failed one are written: part of the plan holds whatever the failed one did.
    const changed = done > 0 && recovered.changed !== 'unknown' ? 'partial' : recovered.changed;
    const added = recovered.added;
    const err = toWorkbookError(e, changed);
    // A new sheet Excel refused to add: the workbook's structure is protected (on Excel that cannot tell beforehand).
    if (sheetName && !added && err.problem.code === 'sheet-protected') throw new WorkbookError({ code: 'structure-protected', changed });
    throw err;
  }
}
