/// <reference types="office-js" />
/**
 * Reads every sheet in two round trips whatever its size: the sheet list first, then each sheet's
 * used range in row blocks (so no single range result grows with the sheet), merges and fills.
 */
import { CellFill, CellValue, SheetSnapshot, WorkbookSnapshot, parseProductState, parseRange } from '../core';
import { ExcelHost } from './host';

export const STATE_KEY = 'cchc.state';
/** Rows per block: a block of an appendix-wide sheet stays far below Excel on the web's 5 MB. */
export const BLOCK_ROWS = 5000;
/** Rows read at most per sheet (blocks are asked for before the sheet's size is known). */
export const MAX_ROWS = 100000;
/** Fills are read for the first rows only: enough for any appendix, cheap on a large sheet. */
export const FILL_ROWS = 2000;

export interface SheetLoad {
  ws: Excel.Worksheet;
  blocks: Excel.Range[];
  merges: Excel.RangeAreas | null;
  fills: Excel.Range | null;
  fillProps: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
}

function toValue(v: unknown, type: string | undefined): CellValue {
  if (type === 'Error' && typeof v === 'string') return { error: v };
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

function toFill(p: Excel.CellProperties | undefined): CellFill | null | undefined {
  const f = p?.format?.fill;
  if (!f) return undefined;
  if (!f.pattern || f.pattern === 'None') return null;
  return { color: f.color ?? '#FFFFFF', pattern: f.pattern };
}

function stripSheet(address: string): string {
  return address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
}

function queueSheet(host: ExcelHost, ws: Excel.Worksheet): SheetLoad {
  ws.protection.load('protected');
  const used = ws.getUsedRangeOrNullObject(true);
  const blocks: Excel.Range[] = [];
  for (let top = 1; top <= MAX_ROWS; top += BLOCK_ROWS) {
    const block = used.getIntersectionOrNullObject(ws.getRange(`${top}:${top + BLOCK_ROWS - 1}`));
    block.load('address,values,numberFormat,formulas,valueTypes');
    blocks.push(block);
  }
  let merges: Excel.RangeAreas | null = null;
  if (host.isSetSupported('ExcelApi', '1.13')) {
    merges = used.getMergedAreasOrNullObject();
    merges.load('address');
  }
  let fills: Excel.Range | null = null;
  let fillProps: SheetLoad['fillProps'] = null;
  if (host.isSetSupported('ExcelApi', '1.9')) {
    fills = used.getIntersectionOrNullObject(ws.getRange(`1:${FILL_ROWS}`));
    fills.load('address');
    fillProps = fills.getCellProperties({ format: { fill: { color: true, pattern: true } } });
  }
  return { ws, blocks, merges, fills, fillProps };
}

function assemble(load: SheetLoad): SheetSnapshot {
  const blocks = load.blocks.filter((b) => !b.isNullObject);
  const name = load.ws.name;
  const snap: SheetSnapshot = {
    name,
    origin: { row: 1, col: 1 },
    values: [],
    formats: [],
    formulas: [],
    merges: [],
    protected: load.ws.protection.protected,
  };
  if (blocks.length === 0) return snap;
  const first = parseRange(stripSheet(blocks[0].address));
  snap.origin = { row: first.top, col: first.left };
  for (const b of blocks) {
    const r = parseRange(stripSheet(b.address));
    const types = b.valueTypes as string[][];
    b.values.forEach((row, i) => {
      const at = r.top - first.top + i;
      snap.values[at] = row.map((v, j) => toValue(v, types[i]?.[j]));
      snap.formats![at] = (b.numberFormat[i] as unknown[]).map((f) => String(f ?? 'General'));
      snap.formulas![at] = (b.formulas[i] as unknown[]).map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null));
    });
  }
  if (load.merges && !load.merges.isNullObject && load.merges.address) snap.merges = load.merges.address.split(',').map(stripSheet);
  if (load.fills && load.fillProps && !load.fills.isNullObject) {
    const fr = parseRange(stripSheet(load.fills.address));
    snap.fills = [];
    load.fillProps.value.forEach((row, i) => {
      snap.fills![fr.top - first.top + i] = row.map(toFill);
    });
  }
  return snap;
}

/** First batch: the sheet list and the product's stored state. */
export function queueSheetList(host: ExcelHost, context: Excel.RequestContext) {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  const state = host.isSetSupported('ExcelApi', '1.4') ? context.workbook.settings.getItemOrNullObject(STATE_KEY) : null;
  state?.load('value');
  return { sheets, state };
}

/** Second batch: every visible sheet's content. */
export function queueSheets(host: ExcelHost, sheets: Excel.WorksheetCollection): SheetLoad[] {
  return sheets.items.filter((ws) => ws.visibility !== 'VeryHidden').map((ws) => queueSheet(host, ws));
}

export function assembleWorkbook(loads: SheetLoad[], state: Excel.Setting | null): WorkbookSnapshot {
  return { sheets: loads.map(assemble), state: state && !state.isNullObject ? parseProductState(state.value) : null };
}
