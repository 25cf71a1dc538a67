/// <reference types="office-js" />
/**
 * The two-step read over Office.js, bounded by what the tables need, not by what the workbook holds:
 * - probe: the sheet list, the stored state and structure protection (1 round trip), then each sheet's
 *   used-range address, protection and its top PROBE_ROWS × PROBE_COLS values (1 round trip);
 * - load: only the located regions (values, formulas, number formats, value types), in chunks whose
 *   estimated response stays under SYNC_BUDGET, merges inside the regions where ExcelApi 1.13 has them;
 * - fills: `RangeFill.color` (1.1; with `pattern` from 1.9) of just the cells about to be coloured.
 * Only ExcelApi 1.1 members are used unguarded; every newer one is behind `isSetSupported`.
 */
import {
  CellFill,
  CellValue,
  FillReading,
  FillRequest,
  PROBE_COLS,
  PROBE_ROWS,
  ProductState,
  SheetProbe,
  SheetSnapshot,
  SheetVisibility,
  TableRegion,
  WorkbookProbe,
  WorkbookSnapshot,
  columnLetters,
  fillKey,
  parseProductState,
  parseRange,
  sheetArea,
  splitAreas,
} from '../core';
import { ExcelHost } from './host';

export const STATE_KEY = 'cchc.state';
/** The estimated response of one load sync stays under this (Excel on the web refuses 5 MB; we aim far below 1 MB). */
export const SYNC_BUDGET = 700 * 1024;
/** Excel refuses `getMergedAreasOrNullObject` above this many areas. */
export const MAX_MERGED_AREAS = 512;
/** Cells whose fill one sync reads at most. */
export const FILLS_PER_SYNC = 5000;

const supports = (host: ExcelHost, minor: number) => host.isSetSupported('ExcelApi', `1.${minor}`);

/** Stored state as read: the state, or why one that exists cannot be used. */
export function readState(raw: unknown): { state: ProductState | null; problem: 'damaged' | 'newer' | null } {
  if (raw === null || raw === undefined || raw === '') return { state: null, problem: null };
  let parsed: unknown;
  try {
    parsed = typeof raw === 'string' ? JSON.parse(raw) : raw;
  } catch {
    return { state: null, problem: 'damaged' };
  }
  const version = (parsed as { version?: unknown })?.version;
  if (typeof version === 'number' && version > 1) return { state: null, problem: 'newer' };
  const state = parseProductState(parsed);
  return state ? { state, problem: null } : { state: null, problem: 'damaged' };
}

function toValue(v: unknown, type: string | undefined): CellValue {
  if (type === 'Error' && typeof v === 'string') return { error: v };
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

/** 'Sheet'!A1:B2 (quoted or not, `$` or not) → A1:B2. */
const rangeOf = (address: string) => sheetArea(address).range;

/** Probe: two round trips whatever the workbook holds. Returns the probe and each sheet's measured bytes per head cell. */
export async function probeWorkbook(
  host: ExcelHost,
  context: Excel.RequestContext,
): Promise<{ probe: WorkbookProbe; cellBytes: Map<string, number> }> {
  const wb = context.workbook;
  const sheets = wb.worksheets;
  sheets.load('items/name,items/visibility');
  const setting = supports(host, 4) ? wb.settings.getItemOrNullObject(STATE_KEY) : null;
  setting?.load('value');
  const structure = supports(host, 7) ? wb.protection : null;
  structure?.load('protected');
  await context.sync();

  const raw = setting ? (setting.isNullObject ? null : setting.value) : (host.documentSettings?.get(STATE_KEY) ?? null);
  const { state, problem } = readState(raw);
  const canProtect = supports(host, 2);
  const per = sheets.items.map((ws) => {
    if (canProtect) ws.protection.load('protected');
    // getUsedRange (1.1) gives A1 on an empty sheet; the head's values tell it apart. valuesOnly is 1.2.
    const used = canProtect ? ws.getUsedRange(true) : ws.getUsedRange();
    used.load('address');
    const head = used.getIntersection(used.getCell(0, 0).getBoundingRect(used.getCell(PROBE_ROWS - 1, PROBE_COLS - 1)));
    head.load('address,values,valueTypes');
    return { ws, used, head };
  });
  await context.sync();

  const cellBytes = new Map<string, number>();
  const out: SheetProbe[] = per.map(({ ws, used, head }) => {
    const h = parseRange(rangeOf(head.address));
    const types = head.valueTypes as string[][];
    const values = head.values.map((row, i) => row.map((v, j) => toValue(v, types[i]?.[j])));
    const empty = values.length === 1 && values[0].length === 1 && values[0][0] === null;
    const cells = Math.max(1, values.length * (values[0]?.length ?? 1));
    cellBytes.set(ws.name, JSON.stringify(head.values).length / cells);
    return {
      name: ws.name,
      visibility: ws.visibility as SheetVisibility,
      used: empty ? null : rangeOf(used.address),
      protected: canProtect ? ws.protection.protected : undefined,
      head: { name: ws.name, origin: { row: h.top, col: h.left }, values: empty ? [] : values, merges: [] },
    };
  });
  return {
    probe: { sheets: out, structureProtected: structure ? structure.protected : undefined, state, stateProblem: problem },
    cellBytes,
  };
}

interface Chunk {
  region: TableRegion;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Rows of a region cut so that each chunk's estimated response stays under the budget. */
export function chunkRegions(regions: TableRegion[], cellBytes: Map<string, number>, budget = SYNC_BUDGET): Chunk[][] {
  const syncs: Chunk[][] = [];
  let current: Chunk[] = [];
  let room = budget;
  for (const region of regions) {
    const r = parseRange(region.range);
    const cols = r.right - r.left + 1;
    // values and formulas (about the head's size each), number format and value type, separators.
    const perCell = 2 * Math.max(4, cellBytes.get(region.sheet) ?? 16) + 24;
    const perRow = cols * perCell;
    let top = r.top;
    while (top <= r.bottom) {
      let rows = Math.floor(room / perRow);
      if (rows < 1) {
        if (current.length > 0) {
          syncs.push(current);
          current = [];
          room = budget;
          continue;
        }
        rows = 1;
      }
      const bottom = Math.min(r.bottom, top + rows - 1);
      current.push({ region, top, bottom, left: r.left, right: r.right });
      room -= (bottom - top + 1) * perRow;
      top = bottom + 1;
    }
  }
  if (current.length > 0) syncs.push(current);
  return syncs;
}

/** A group of chunks cut into two groups of about half the rows each. */
function halves(group: Chunk[]): Chunk[][] {
  const first: Chunk[] = [];
  const second: Chunk[] = [];
  const total = group.reduce((n, c) => n + c.bottom - c.top + 1, 0);
  let room = Math.ceil(total / 2);
  for (const c of group) {
    const rows = c.bottom - c.top + 1;
    if (room <= 0) second.push(c);
    else if (rows <= room) {
      first.push(c);
      room -= rows;
    } else {
      first.push({ ...c, bottom: c.top + room - 1 });
      second.push({ ...c, top: c.top + room });
      room = 0;
    }
  }
  return [first, second].filter((g) => g.length > 0);
}

/**
 * Load: the regions in chunks, one sync per chunk group; merges (ExcelApi 1.13) ride on the last sync,
 * and if Excel refuses them (above 512 areas) that sync is redone without: recognition never needs them.
 */
export async function loadRegions(
  host: ExcelHost,
  context: Excel.RequestContext,
  regions: TableRegion[],
  cellBytes: Map<string, number>,
  state: ProductState | null,
): Promise<WorkbookSnapshot> {
  const sheets = new Map<string, SheetSnapshot>();
  const box = new Map<string, { top: number; left: number }>();
  for (const region of regions) {
    const r = parseRange(region.range);
    const b = box.get(region.sheet);
    box.set(region.sheet, b ? { top: Math.min(b.top, r.top), left: Math.min(b.left, r.left) } : { top: r.top, left: r.left });
  }
  for (const [name, b] of box)
    sheets.set(name, { name, origin: { row: b.top, col: b.left }, values: [], formats: [], formulas: [], merges: [] });

  const bytes = new Map(cellBytes);
  const groups = chunkRegions(regions, bytes);
  // Chunks re-cut from pieces keep pointing at their sheet's first region (for merges and placement only the sheet matters).
  const regionOf = (r: TableRegion) => regions.find((x) => x.sheet === r.sheet) ?? r;
  const withMerges = supports(host, 13);
  let mergesRefused = false;
  while (groups.length > 0) {
    const group = groups.shift()!;
    const queue = (merges: boolean) => {
      const ranges = group.map((c) => {
        const range = context.workbook.worksheets
          .getItem(c.region.sheet)
          .getRange(`${columnLetters(c.left)}${c.top}:${columnLetters(c.right)}${c.bottom}`);
        range.load('values,numberFormat,formulas,valueTypes');
        return { c, range };
      });
      const areas = merges
        ? regions.map((region) => {
            const a = context.workbook.worksheets.getItem(region.sheet).getRange(region.range).getMergedAreasOrNullObject();
            a.load('address');
            return { region, a };
          })
        : [];
      return { ranges, areas };
    };
    const merges = groups.length === 0 && withMerges && !mergesRefused;
    const batch = queue(merges);
    try {
      await context.sync();
    } catch (e) {
      const code = (e as { code?: string })?.code;
      const rows = group.reduce((n, c) => n + c.bottom - c.top + 1, 0);
      if (code === 'ResponsePayloadSizeLimitExceeded' && rows > 1) {
        // The estimate was too low (long texts below the head): the same rows in two halves.
        groups.unshift(...halves(group));
        continue;
      }
      if (!merges) throw e;
      // Merges refused (more than 512 areas): the cells without them; recognition never needs them.
      mergesRefused = true;
      groups.unshift(group);
      continue;
    }
    for (const { c, range } of batch.ranges) {
      const s = sheets.get(c.region.sheet)!;
      const types = range.valueTypes as string[][];
      range.values.forEach((row, i) => {
        const at = c.top - s.origin.row + i;
        const pad = c.left - s.origin.col;
        const put = <T>(grid: T[][], line: T[]) => {
          const target = (grid[at] ??= []);
          line.forEach((x, j) => (target[pad + j] = x));
        };
        put(
          s.values,
          row.map((v, j) => toValue(v, types[i]?.[j])),
        );
        put(
          s.formats!,
          (range.numberFormat[i] as unknown[]).map((f) => String(f ?? 'General')),
        );
        put(
          s.formulas!,
          (range.formulas[i] as unknown[]).map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null)),
        );
      });
    }
    // What the cells really weigh: when more than the head suggested, the rest is cut again.
    let grew = false;
    for (const { c, range } of batch.ranges) {
      const cells = (c.bottom - c.top + 1) * (c.right - c.left + 1);
      const weight = JSON.stringify(range.values).length / cells;
      if (weight > (bytes.get(c.region.sheet) ?? 16) * 1.5) {
        bytes.set(c.region.sheet, weight);
        grew = true;
      }
    }
    if (grew && groups.length > 0) {
      const rest = groups
        .flat()
        .map((c) => ({ sheet: c.region.sheet, range: `${columnLetters(c.left)}${c.top}:${columnLetters(c.right)}${c.bottom}` }));
      groups.splice(0, groups.length, ...chunkRegions(rest, bytes).map((g) => g.map((c) => ({ ...c, region: regionOf(c.region) }))));
    }
    for (const { region, a } of batch.areas) {
      if (a.isNullObject || !a.address) continue;
      const s = sheets.get(region.sheet)!;
      for (const area of splitAreas(a.address)) if (!s.merges.includes(area.range)) s.merges.push(area.range);
    }
  }
  // Gaps between regions of one sheet are empty cells, not unread ones.
  for (const s of sheets.values()) {
    const width = s.values.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
    for (let i = 0; i < s.values.length; i++) {
      s.values[i] = Array.from({ length: width }, (_, j) => s.values[i]?.[j] ?? null);
      s.formats![i] = Array.from({ length: width }, (_, j) => s.formats![i]?.[j] ?? 'General');
      s.formulas![i] = Array.from({ length: width }, (_, j) => s.formulas![i]?.[j] ?? null);
    }
  }
  return { sheets: [...sheets.values()], state };
}

/** Own fills of the requested cells: `RangeFill.color` (1.1), with `pattern` from 1.9. White on a host without patterns reads as no fill. */
export async function readCellFills(host: ExcelHost, context: Excel.RequestContext, cells: FillRequest[]): Promise<FillReading> {
  const out: FillReading = new Map();
  const withPattern = supports(host, 9);
  for (let i = 0; i < cells.length; i += FILLS_PER_SYNC) {
    const part = cells.slice(i, i + FILLS_PER_SYNC).map(({ sheet, cell }) => {
      const fill = context.workbook.worksheets.getItem(sheet).getRange(cell).format.fill;
      fill.load(withPattern ? 'color,pattern' : 'color');
      return { sheet, cell, fill };
    });
    await context.sync();
    for (const { sheet, cell, fill } of part) out.set(fillKey(sheet, cell), toFill(fill.color, withPattern ? fill.pattern : undefined));
  }
  return out;
}

function toFill(color: string | null | undefined, pattern: string | undefined): CellFill | null {
  if (pattern === 'None' || !color) return null;
  if (pattern === undefined) return color.toUpperCase() === '#FFFFFF' ? null : { color, pattern: 'Solid' };
  return { color, pattern };
}
