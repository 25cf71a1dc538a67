/**
 * The two-step read every adapter follows, so a read costs what the tables cost and not what the rest
 * of the workbook holds: a small probe (names, used ranges, the top of each sheet), the core deciding
 * where the tables are (`locateTables`), then a load of just those regions.
 */
import { RangeRef, parseRange, rangeToA1, unionRange } from '../figures/address';
import { CellFill, ProductState, SheetSnapshot, WorkbookSnapshot } from './snapshot';

/** Rows and columns of each sheet's top an adapter returns in a probe. */
export const PROBE_ROWS = 40;
export const PROBE_COLS = 30;
/** Columns of the used range a deep look reads down the sheet (a table's code and label columns lead it). */
export const DEEP_COLS = 2;

export type SheetVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface SheetProbe {
  name: string;
  visibility: SheetVisibility;
  /** The used range ('A1:T100000'), or null for an empty sheet. */
  used: string | null;
  protected?: boolean;
  /** The first PROBE_ROWS × PROBE_COLS of the used range (values only are needed; merges when known). */
  head: SheetSnapshot;
  /**
   * When no table starts in the top rows of a taller sheet: PROBE_ROWS × PROBE_COLS from the first row
   * further down whose first DEEP_COLS columns hold a header word (`deepHeaderRow`, from a pass over
   * those columns only), so a table under a report's text or under another table is found too.
   */
  deep?: SheetSnapshot;
}

export interface WorkbookProbe {
  sheets: SheetProbe[];
  /** The workbook's structure is protected (no sheet can be added). */
  structureProtected?: boolean;
  /** The product's stored state; `stateProblem` says why one that exists could not be read. */
  state?: ProductState | null;
  stateProblem?: 'damaged' | 'newer' | null;
}

/** A region of a sheet to load: values, formats, formulas (and merges inside it where the host has them). */
export interface TableRegion {
  sheet: string;
  /** A1 range without the sheet name. */
  range: string;
}

/** A cell whose own fill the product needs before colouring it. */
export interface FillRequest {
  sheet: string;
  cell: string;
}

/** The fills read for FillRequests, keyed `${sheet}!${cell}`; a missing key means it could not be read. */
export type FillReading = Map<string, CellFill | null>;

export const fillKey = (sheet: string, cell: string) => `${sheet}!${cell}`;

/** The part of a full snapshot a probe would return: used ranges and the top rows. For adapters that hold a whole snapshot, and tests. */
export function probeFromSnapshot(wb: WorkbookSnapshot, visibility: Record<string, SheetVisibility> = {}): WorkbookProbe {
  return {
    sheets: wb.sheets.map((s) => {
      const used = usedRange(s);
      return {
        name: s.name,
        visibility: visibility[s.name] ?? 'Visible',
        used: used ? rangeToA1(used) : null,
        protected: s.protected,
        head: sliceSheet(
          s,
          used ? { top: used.top, left: used.left, bottom: used.top + PROBE_ROWS - 1, right: used.left + PROBE_COLS - 1 } : null,
        ),
      };
    }),
    state: wb.state ?? null,
  };
}

/** The regions of a full snapshot: each located sheet cut to its regions (one region per sheet is the usual case). */
export function loadFromSnapshot(wb: WorkbookSnapshot, regions: TableRegion[]): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  for (const s of wb.sheets) {
    const mine = regions.filter((r) => r.sheet === s.name).map((r) => parseRange(r.range));
    if (mine.length === 0) continue;
    sheets.push(sliceSheet(s, mine.reduce(unionRange)));
  }
  return { sheets, state: wb.state ?? null };
}

/** The longest row of a grid. */
const widest = (grid: unknown[][] | undefined) => {
  let w = 0;
  if (grid) for (const r of grid) if (r && r.length > w) w = r.length;
  return w;
};

function usedRange(s: SheetSnapshot): RangeRef | null {
  if (s.values.length === 0) return null;
  const width = widest(s.values);
  if (width === 0) return null;
  return { top: s.origin.row, left: s.origin.col, bottom: s.origin.row + s.values.length - 1, right: s.origin.col + width - 1 };
}

/** A sheet cut to a box (clamped to what it holds); merges kept when they overlap the box. */
export function sliceSheet(s: SheetSnapshot, box: RangeRef | null): SheetSnapshot {
  const out: SheetSnapshot = { name: s.name, origin: { row: 1, col: 1 }, values: [], merges: [], protected: s.protected };
  if (!box) return out;
  const top = Math.max(box.top, s.origin.row);
  const left = Math.max(box.left, s.origin.col);
  out.origin = { row: top, col: left };
  // A box over the whole sheet is the sheet: its grids are shared, not copied (snapshots are read, never written).
  if (top === s.origin.row && left === s.origin.col && box.bottom >= s.origin.row + s.values.length - 1) {
    const width = widest(s.values);
    if (
      box.right >= s.origin.col + width - 1 &&
      widest(s.formats) <= width &&
      widest(s.formulas) <= width &&
      widest(s.fills) <= width &&
      widest(s.fonts) <= width &&
      widest(s.runs) <= width &&
      widest(s.written) <= width
    ) {
      out.values = s.values;
      if (s.fonts) out.fonts = s.fonts;
      if (s.runs) out.runs = s.runs;
      if (s.legacy) out.legacy = s.legacy;
      if (s.written) out.written = s.written;
      if (s.formats) out.formats = s.formats;
      if (s.formulas) out.formulas = s.formulas;
      if (s.fills) out.fills = s.fills;
      out.merges = mergesIn(s.merges, top, left, box);
      return out;
    }
  }
  const cut = <T>(grid: T[][] | undefined): T[][] | undefined =>
    grid
      ?.slice(top - s.origin.row, box.bottom - s.origin.row + 1)
      .map((r) => (r ?? []).slice(left - s.origin.col, box.right - s.origin.col + 1));
  out.values = cut(s.values) ?? [];
  if (s.formats) out.formats = cut(s.formats);
  if (s.formulas) out.formulas = cut(s.formulas);
  if (s.fills) out.fills = cut(s.fills);
  if (s.fonts) out.fonts = cut(s.fonts);
  if (s.runs) out.runs = cut(s.runs);
  // Values already turned into Unicode stay so; what was found is the whole sheet's.
  if (s.legacy) out.legacy = s.legacy;
  if (s.written) out.written = cut(s.written);
  out.merges = mergesIn(s.merges, top, left, box);
  return out;
}

/** The merges that overlap the box (the list itself when all do). */
function mergesIn(merges: string[], top: number, left: number, box: RangeRef): string[] {
  const kept = merges.filter((m) => {
    const r = parseRange(m);
    return r.bottom >= top && r.top <= box.bottom && r.right >= left && r.left <= box.right;
  });
  return kept.length === merges.length ? merges : kept;
}

/** The snapshot with the fills read for it: each sheet's `fills` grid gains those cells. */
export function withFills(wb: WorkbookSnapshot, fills: FillReading): WorkbookSnapshot {
  const sheets = wb.sheets.map((s) => {
    const grid = (s.fills ?? []).map((r) => (r ? [...r] : r));
    let touched = false;
    for (const [key, fill] of fills) {
      const bang = key.lastIndexOf('!');
      if (key.slice(0, bang) !== s.name) continue;
      const { top, left } = parseRange(key.slice(bang + 1));
      const r = top - s.origin.row;
      const c = left - s.origin.col;
      if (r < 0 || c < 0) continue;
      (grid[r] ??= [])[c] = fill;
      touched = true;
    }
    return touched ? { ...s, fills: grid } : s;
  });
  return { ...wb, sheets };
}

/**
 * The fills of some cells, from a snapshot that holds them (adapters that read the whole package).
 * `blankIsNone`: a cell inside the sheet with no recorded fill has none (the package records every fill it can restore).
 */
export function fillsFromSnapshot(snap: WorkbookSnapshot, cells: FillRequest[], blankIsNone = false): FillReading {
  const out: FillReading = new Map();
  for (const { sheet, cell } of cells) {
    const s = snap.sheets.find((x) => x.name === sheet);
    if (!s) continue;
    const { top: row, left: col } = parseRange(cell);
    const r = s.fills?.[row - s.origin.row];
    const f = r?.[col - s.origin.col];
    if (f !== undefined) out.set(fillKey(sheet, cell), f);
    else if (blankIsNone && row >= s.origin.row && col >= s.origin.col) out.set(fillKey(sheet, cell), null);
  }
  return out;
}
