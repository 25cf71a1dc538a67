/// <reference types="office-js" />
/**
 * The two-step read over Office.js, so a read costs what the tables cost and not what the rest of the
 * workbook holds:
 * - probe: the sheet list, the stored state and structure protection (one sync), then each sheet's
 *   used-range address, protection and top PROBE_ROWS × PROBE_COLS values, with the first DEEP_COLS
 *   columns of the next DEEP_ROWS rows (one sync); a sheet whose top holds no table but whose first
 *   columns show a header further down: that window (one more sync, only then);
 * - load: just the located regions (values, formulas, number formats, value types; merges inside
 *   them where ExcelApi 1.13 has them), in syncs of at most SYNC_CELLS cells, each far below Excel on
 *   the web's 5 MB; a sync that comes back heavier than SYNC_RESPONSE_TARGET (long texts) cuts the
 *   rest of the table to its measured weight, and one Excel refuses is halved;
 * - fills: `RangeFill.color` (ExcelApi 1.1) of just the cells about to be coloured, or
 *   `getCellProperties` (1.9) where the pattern can be read too.
 * Only ExcelApi 1.1 members are used unconditionally; everything newer is behind `isSetSupported`.
 */
import {
  CellFill,
  CellValue,
  DEEP_COLS,
  FillReading,
  FillRequest,
  PROBE_COLS,
  PROBE_ROWS,
  RangeRef,
  SheetProbe,
  SheetSnapshot,
  SheetVisibility,
  TableRegion,
  WorkbookProbe,
  WorkbookSnapshot,
  deepHeaderRow,
  deepWindow,
  findsTable,
  fillKey,
  needsDeepLook,
  parseRange,
  rangeToA1,
  readProductState,
  STATE_SHEET_NAME,
  sheetArea,
  splitAreas,
  unionRange,
} from '../core';
import { FontCell, readCellFonts, takeBandFont } from './fonts';
import { DocumentSettings, ExcelHost } from './host';

export const STATE_KEY = 'cchc.state';
/** Cells loaded per sync: four properties of 12,000 ordinary cells stay under 1 MB. */
export const SYNC_CELLS = 12000;
/** Cells per merged-areas query: areas are disjoint, so one such query can never return more than 512. */
export const MERGE_QUERY_CELLS = 512;
/** Merged-areas queries per region at most (the top of a large table; recognition never needs them). */
export const MAX_MERGE_QUERIES = 64;
/** Sheets whose tops one probe sync reads (40 × 30 cells each): two syncs for any ordinary workbook. */
export const HEAD_SHEETS_PER_SYNC = 40;
/** Rows of a sheet's first DEEP_COLS columns read with its top, to find a table further down (its window in one more sync). */
export const DEEP_ROWS = 200;
/** Fills read per sync: each costs Microsoft's client 700–900 bytes of request (object paths, a kept reference, the query), so a sync stays under 1 MB. */
export const FILL_CELLS = 1000;
/** The smallest sync the load splits down to when Excel says a response is too large. */
const MIN_SYNC_CELLS = 250;
/** The response a load sync aims under: a sync found heavier (long texts) cuts the rest of the table to fit. */
export const SYNC_RESPONSE_TARGET = 700 * 1024;

/** What a loaded batch weighs on the wire, as JSON (values, formulas, formats, types). */
function weightOf(batch: { range: Excel.Range }[]): number {
  return batch.reduce(
    (n, { range }) =>
      n +
      JSON.stringify(range.values).length +
      JSON.stringify(range.formulas).length +
      JSON.stringify(range.numberFormat).length +
      JSON.stringify(range.valueTypes).length,
    0,
  );
}

const api = (host: ExcelHost, v: string) => host.isSetSupported('ExcelApi', v);

/** An address as Excel writes it ('Phụ lục 2, năm 2021'!$A$1:$B$2) → its A1 range without `$`. */
function rangeOf(address: string): RangeRef {
  return parseRange(sheetArea(address).range);
}

function toValue(v: unknown, type: string | undefined): CellValue {
  if (type === 'Error' && typeof v === 'string') return { error: v };
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

const isPayloadError = (e: unknown) => /PayloadSizeLimitExceeded/.test(String((e as { code?: string })?.code ?? ''));

/** The document settings as the document holds them now (the other runtime, ribbon or pane, may have saved since); a failed refresh keeps the copy. */
export function refreshed(ds: DocumentSettings): Promise<void> {
  const refresh = ds.refreshAsync?.bind(ds);
  return refresh ? new Promise((resolve) => refresh(() => resolve())) : Promise.resolve();
}

/**
 * The stored state: workbook settings (1.4), else the document's settings (Excel below 1.4, and a
 * workbook last saved by one; the first write on a newer Excel moves it over, `dropOldState`), else
 * the very hidden sheet the CLI and the preview keep it in (`sheet`, read only then; the first write
 * here moves it over, `dropSheetState`).
 */
async function storedState(
  raw: unknown,
  host: ExcelHost,
  sheet: () => Promise<string | null>,
): Promise<Pick<WorkbookProbe, 'state' | 'stateProblem'>> {
  let text = raw;
  const ds = host.documentSettings;
  if ((text === null || text === undefined) && ds) {
    await refreshed(ds);
    text = ds.get(STATE_KEY) ?? null;
  }
  if (text === null || text === undefined) text = await sheet();
  const { state, problem } = readProductState(text);
  return { state, stateProblem: problem };
}

/** Cells of the state sheet's column A one sync reads: 30 of at most 32,000 characters, under 1 MB. */
const STATE_CELLS_PER_SYNC = 30;
/** The most cells of that column read: a state longer than any check makes is left unread (and reads as damaged). */
const STATE_CELLS_MOST = 300;

/** Hosts whose state came from the state sheet, with how many of its cells held it: blanked at the next write. */
const stateSheetCells = new WeakMap<ExcelHost, number>();

/**
 * The state the CLI or the preview left in the very hidden sheet: its column A's texts joined, read a
 * few cells a sync until an empty one; null when the workbook has no such sheet or it holds nothing.
 */
async function readStateSheet(host: ExcelHost, context: Excel.RequestContext, sheets: Excel.Worksheet[]): Promise<string | null> {
  const ws = sheets.find((w) => w.name === STATE_SHEET_NAME);
  if (!ws) return null;
  const texts: string[] = [];
  for (let top = 1; top <= STATE_CELLS_MOST; top += STATE_CELLS_PER_SYNC) {
    const range = ws.getRange(`A${top}:A${top + STATE_CELLS_PER_SYNC - 1}`);
    range.load('values');
    await context.sync();
    const column = range.values.map((r) => (typeof r[0] === 'string' ? r[0] : ''));
    const end = column.indexOf('');
    texts.push(...(end < 0 ? column : column.slice(0, end)));
    if (end >= 0) break;
  }
  if (texts.length === 0) return null;
  stateSheetCells.set(host, texts.length);
  return texts.join('');
}

/**
 * After the state is written to Excel's settings, the copy the CLI or the preview left in the state
 * sheet is blanked: otherwise, once the workbook's state is cleared here, the old copy would be read
 * again. A copy that cannot be blanked now is blanked at the next write.
 */
export async function dropSheetState(host: ExcelHost): Promise<void> {
  const cells = stateSheetCells.get(host);
  if (!cells) return;
  try {
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem(STATE_SHEET_NAME).getRange(`A1:A${cells}`);
      range.values = Array.from({ length: cells }, () => ['']);
      await context.sync();
    });
    stateSheetCells.delete(host);
  } catch {
    // The action's own write is done: a sheet that refuses (protected, or deleted since) is tried again next time.
  }
}

/**
 * After a state is written to workbook settings (1.4), the copy an older Excel left in the document's
 * settings is removed: otherwise, once the workbook's state is cleared, the old copy would be read
 * again and a check would "restore" fills recorded long ago. A copy that cannot be removed now is
 * removed at the next write.
 */
export async function dropOldState(host: ExcelHost): Promise<void> {
  const ds = host.documentSettings;
  if (!ds || !api(host, '1.4')) return;
  await refreshed(ds);
  if (ds.get(STATE_KEY) === null || ds.get(STATE_KEY) === undefined) return;
  ds.remove(STATE_KEY);
  await new Promise<void>((resolve) => ds.saveAsync(() => resolve()));
}

type Head = { used: Excel.Range; head: Excel.Range; strip: Excel.Range } | null;

/** Rows of a table's leading columns one scan sync reads (about 8 bytes a row when they are empty: under 1 MB). */
export const SCAN_ROWS = 100000;

/** A scan of a sheet's leading columns for its last row with values, bottom up, from `next` down to what the strip read. */
interface Scan {
  ws: Excel.Worksheet;
  used: RangeRef;
  /** The last row with a value, once met. */
  found: number | null;
  next: number;
}

/** The last row the probe's strip read. */
const lastSeen = (used: RangeRef) => Math.min(used.bottom, used.top + PROBE_ROWS + DEEP_ROWS - 1);

/** Queues the next SCAN_ROWS rows of a scan (its first DEEP_COLS columns); returns what reads them after the sync. */
function queueScan(sc: Scan): () => void {
  const bottom = sc.next;
  const top = Math.max(lastSeen(sc.used) + 1, bottom - SCAN_ROWS + 1);
  const range = sc.ws.getRange(
    rangeToA1({ top, bottom, left: sc.used.left, right: Math.min(sc.used.right, sc.used.left + DEEP_COLS - 1) }),
  );
  range.load('values');
  sc.next = top - 1;
  return () => {
    const rows = range.values;
    for (let r = rows.length - 1; r >= 0; r--)
      if (rows[r].some((v) => toValue(v, undefined) !== null)) {
        sc.found = top + r;
        return;
      }
  };
}

/** The used range cut to its last row with values, where a scan was made (Office 2016): the scan's, else the last in the top or the strip. */
function cutToValues(used: RangeRef, scan: Scan | undefined, head: CellValue[][], strip: unknown[][]): RangeRef {
  if (!scan) return used;
  const last = (grid: unknown[][]) => {
    for (let r = grid.length - 1; r >= 0; r--) if (grid[r].some((v) => toValue(v, undefined) !== null)) return used.top + r;
    return used.top;
  };
  return { ...used, bottom: scan.found ?? Math.max(last(head), last(strip)) };
}

/** The first `rows` × `cols` of a box. */
const within = (box: RangeRef, rows: number, cols: number): RangeRef => ({
  ...box,
  bottom: Math.min(box.bottom, box.top + rows - 1),
  right: Math.min(box.right, box.left + cols - 1),
});

/** The probe: two syncs whatever the workbook holds (two more when a sheet's content touches the grid's edge). */
export function probeWorkbook(host: ExcelHost): Promise<WorkbookProbe> {
  return host.run(async (context) => {
    const wb = context.workbook;
    const sheets = wb.worksheets;
    sheets.load('items/name,items/visibility');
    const setting = api(host, '1.4') ? wb.settings.getItemOrNullObject(STATE_KEY) : null;
    setting?.load('value');
    const structure = api(host, '1.7') ? wb.protection : null;
    structure?.load('protected');
    await context.sync();

    const canProtect = api(host, '1.2');
    const visible = sheets.items.map((ws) => ws.visibility !== 'VeryHidden');
    /**
     * Each sheet's used range, protection and top; windows relative to the used range (one sync), or,
     * given the used ranges already read, absolute windows clamped to them (no cell past the grid).
     */
    const queueHeads = async (known?: (RangeRef | null)[]) => {
      let queued = 0;
      const out: Head[] = [];
      for (const [i, ws] of sheets.items.entries()) {
        if (!visible[i]) {
          out.push(null);
          continue;
        }
        // A workbook of very many sheets: their tops in several syncs, each far below 1 MB.
        if (queued === HEAD_SHEETS_PER_SYNC) {
          await context.sync();
          queued = 0;
        }
        queued++;
        if (canProtect) ws.protection.load('protected');
        // getUsedRange never fails: on a blank sheet it is A1.
        const used = canProtect ? ws.getUsedRange(true) : ws.getUsedRange();
        used.load('address');
        const box = known?.[i];
        if (box) {
          const head = ws.getRange(rangeToA1(within(box, PROBE_ROWS, PROBE_COLS)));
          const strip = ws.getRange(rangeToA1(within(box, PROBE_ROWS + DEEP_ROWS, DEEP_COLS)));
          head.load('values');
          strip.load('values');
          out.push({ used, head, strip });
          continue;
        }
        const window = used.getCell(0, 0).getBoundingRect(used.getCell(PROBE_ROWS - 1, PROBE_COLS - 1));
        const head = window.getIntersection(used);
        head.load('values');
        // The first columns further down, in the same sync: where a table under a report's text starts.
        const strip = used
          .getCell(0, 0)
          .getBoundingRect(used.getCell(PROBE_ROWS + DEEP_ROWS - 1, DEEP_COLS - 1))
          .getIntersection(used);
        strip.load('values');
        out.push({ used, head, strip });
      }
      await context.sync();
      return out;
    };
    let heads: Head[];
    try {
      heads = await queueHeads();
    } catch (e) {
      if (isPayloadError(e)) throw e;
      // A sheet whose content sits in the grid's last rows or columns: a cell 40 rows or 30 columns past
      // its used range's corner is off the grid and fails the sync. The used ranges first, then windows cut to them.
      const addresses = sheets.items.map((ws, i) => {
        if (!visible[i]) return null;
        const used = canProtect ? ws.getUsedRange(true) : ws.getUsedRange();
        used.load('address');
        return used;
      });
      await context.sync();
      heads = await queueHeads(addresses.map((u) => (u ? rangeOf(u.address) : null)));
    }

    // A sheet whose top holds no table but whose first columns lead a header further down: that window, in one more sync.
    const deeps = new Map<number, Excel.Range>();
    const scans = new Map<number, Scan>();
    heads.forEach((h, i) => {
      if (!h) return;
      const used = rangeOf(h.used.address);
      const head = {
        name: '',
        origin: { row: used.top, col: used.left },
        values: h.head.values.map((r) => r.map((v) => toValue(v, undefined))),
        merges: [],
      };
      let table = !needsDeepLook(used, head) && findsTable(head);
      if (needsDeepLook(used, head)) {
        const strip = { ...head, values: h.strip.values.map((r) => r.map((v) => toValue(v, undefined))) };
        const row = deepHeaderRow(strip);
        if (row !== null) {
          const deep = sheets.items[i].getRange(rangeToA1(deepWindow(used, row)));
          deep.load('values,address');
          deeps.set(i, deep);
          table = true;
        }
      }
      // Office 2016 (no valuesOnly, 1.2): the used range counts formatted cells; a table's sheet is scanned for its last row with values.
      // Only where that can cost: a used range one load sync reads anyway is not scanned.
      const cells = (used.bottom - used.top + 1) * Math.min(used.right - used.left + 1, PROBE_COLS);
      if (table && !canProtect && cells > SYNC_CELLS) scans.set(i, { ws: sheets.items[i], used, found: null, next: used.bottom });
    });
    // The deep windows and the first scan in one sync; a scan that has not met a value yet goes on, one sync each.
    let pending = deeps.size > 0 || scans.size > 0;
    while (pending) {
      const queued = [...scans.values()].filter((sc) => sc.found === null && sc.next > lastSeen(sc.used)).map(queueScan);
      await context.sync();
      queued.forEach((q) => q());
      pending = [...scans.values()].some((sc) => sc.found === null && sc.next > lastSeen(sc.used));
    }

    const out: SheetProbe[] = sheets.items.map((ws, i) => {
      const visibility = ws.visibility as SheetVisibility;
      const h = heads[i];
      const empty: SheetSnapshot = { name: ws.name, origin: { row: 1, col: 1 }, values: [], merges: [] };
      if (!h) return { name: ws.name, visibility, used: null, head: empty };
      const prot = canProtect ? ws.protection.protected : undefined;
      const values = h.head.values.map((row) => row.map((v) => toValue(v, undefined)));
      const used = cutToValues(rangeOf(h.used.address), scans.get(i), values, h.strip.values);
      const blank = used.top === used.bottom && used.left === used.right && values[0]?.[0] === null;
      if (blank) return { name: ws.name, visibility, used: null, protected: prot, head: { ...empty, protected: prot } };
      const deep = deeps.get(i);
      const window = deep ? rangeOf(deep.address) : null;
      return {
        name: ws.name,
        visibility,
        used: rangeToA1(used),
        protected: prot,
        head: { name: ws.name, origin: { row: used.top, col: used.left }, values, merges: [], protected: prot },
        ...(deep && window
          ? {
              deep: {
                name: ws.name,
                origin: { row: window.top, col: window.left },
                values: deep.values.map((row) => row.map((v) => toValue(v, undefined))),
                merges: [],
                protected: prot,
              },
            }
          : {}),
      };
    });
    return {
      sheets: out,
      structureProtected: structure ? structure.protected : undefined,
      ...(await storedState(setting && !setting.isNullObject ? setting.value : null, host, () =>
        readStateSheet(host, context, sheets.items),
      )),
    };
  });
}

interface Piece {
  sheet: string;
  box: RangeRef;
}

/** Each sheet's regions as one box, cut into row bands of at most `cells` cells. */
function pieces(regions: TableRegion[], cells: number): { boxes: Map<string, RangeRef>; bands: Piece[] } {
  const boxes = new Map<string, RangeRef>();
  for (const r of regions) {
    const b = parseRange(r.range);
    const a = boxes.get(r.sheet);
    boxes.set(r.sheet, a ? unionRange(a, b) : b);
  }
  const bands: Piece[] = [];
  for (const [sheet, box] of boxes) {
    const rows = Math.max(1, Math.floor(cells / (box.right - box.left + 1)));
    for (let top = box.top; top <= box.bottom; top += rows)
      bands.push({ sheet, box: { ...box, top, bottom: Math.min(box.bottom, top + rows - 1) } });
  }
  return { boxes, bands };
}

interface Loaded {
  piece: Piece;
  range: Excel.Range;
  /** The band's font as a whole (ExcelApi 1.1): null when its cells differ. */
  font: Excel.RangeFont;
}

/**
 * Loads the located regions; merges (ExcelApi 1.13) in the first sync when they can be had, never more
 * than 512 per query; each band's font with it (fonts.ts), and only where a band mixes fonts and holds
 * text an old font could have written, those cells' fonts in one more sync.
 */
export function loadRegions(host: ExcelHost, regions: TableRegion[]): Promise<WorkbookSnapshot> {
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const { boxes } = pieces(regions, SYNC_CELLS);
    const snaps = new Map<string, SheetSnapshot>();
    for (const [name, box] of boxes)
      snaps.set(name, { name, origin: { row: box.top, col: box.left }, values: [], formats: [], formulas: [], merges: [] });

    const fontCells: FontCell[] = [];
    const take = ({ piece, range, font }: Loaded) => {
      const s = snaps.get(piece.sheet)!;
      const types = range.valueTypes as string[][];
      range.values.forEach((row, i) => {
        const at = piece.box.top - s.origin.row + i;
        s.values[at] = row.map((v, j) => toValue(v, types[i]?.[j]));
        s.formats![at] = (range.numberFormat[i] as unknown[]).map((f) => String(f ?? 'General'));
        s.formulas![at] = (range.formulas[i] as unknown[]).map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null));
      });
      fontCells.push(...takeBandFont(s, piece.sheet, piece.box, font.name ?? null));
    };
    const queue = (p: Piece): Loaded => {
      const range = sheets.getItem(p.sheet).getRange(rangeToA1(p.box));
      range.load('values,numberFormat,formulas,valueTypes');
      const font = range.format.font;
      font.load('name');
      return { piece: p, range, font };
    };

    // Merges first, alone in their sync only when they fail: a failure (or a host glitch) costs one retry, never the read.
    let merges: { sheet: string; areas: Excel.RangeAreas }[] = [];
    if (api(host, '1.13'))
      for (const [sheet, box] of boxes) {
        const mq = pieces([{ sheet, range: rangeToA1(box) }], MERGE_QUERY_CELLS).bands.slice(0, MAX_MERGE_QUERIES);
        for (const m of mq) {
          const areas = sheets.getItem(sheet).getRange(rangeToA1(m.box)).getMergedAreasOrNullObject();
          areas.load('address');
          merges.push({ sheet, areas });
        }
      }

    // Bands go out in syncs of at most `budget` cells; a response Excel finds too large halves the budget from then on.
    const todo = pieces(regions, SYNC_CELLS).bands;
    let budget = SYNC_CELLS;
    while (todo.length > 0) {
      const batch: Loaded[] = [];
      let cells = 0;
      while (todo.length > 0) {
        const b = todo[0].box;
        const n = (b.bottom - b.top + 1) * (b.right - b.left + 1);
        if (batch.length > 0 && cells + n > budget) break;
        batch.push(queue(todo.shift()!));
        cells += n;
      }
      try {
        await context.sync();
      } catch (e) {
        const retry = batch.map((l) => l.piece);
        if (merges.length > 0 && !isPayloadError(e)) {
          // The merged-areas queries were in this sync: go on without merges.
          merges = [];
          todo.unshift(...retry);
          continue;
        }
        merges = [];
        if (!isPayloadError(e) || budget <= MIN_SYNC_CELLS) throw e;
        // Excel said the response was too large (very long texts): the same cells, and the rest, in smaller syncs.
        budget = Math.max(MIN_SYNC_CELLS, Math.floor(budget / 2));
        const rest = [...retry, ...todo.splice(0)];
        todo.push(...rest.flatMap((p) => pieces([{ sheet: p.sheet, range: rangeToA1(p.box) }], budget).bands));
        continue;
      }
      batch.forEach(take);
      // Heavier than the target (long texts that Excel still sent): the rest goes in syncs cut to the measured weight.
      const weight = weightOf(batch);
      if (weight > SYNC_RESPONSE_TARGET && todo.length > 0 && budget > MIN_SYNC_CELLS) {
        budget = Math.max(MIN_SYNC_CELLS, Math.floor((cells * SYNC_RESPONSE_TARGET) / weight));
        const rest = todo.splice(0);
        todo.push(...rest.flatMap((p) => pieces([{ sheet: p.sheet, range: rangeToA1(p.box) }], budget).bands));
      }
      for (const m of merges) {
        if (m.areas.isNullObject) continue;
        const s = snaps.get(m.sheet)!;
        for (const a of splitAreas(m.areas.address)) if (!s.merges.includes(a.range)) s.merges.push(a.range);
      }
      merges = [];
    }
    if (fontCells.length > 0) await readCellFonts(context, host, fontCells, snaps);
    return { sheets: [...snaps.values()] };
  });
}

/** A fill's pattern colour and tints as Excel reports them (ExcelApi 1.9), only where they differ from a plain fill's. */
export function fillDetails(f: Excel.CellPropertiesFill): Pick<CellFill, 'patternColor' | 'patternTint' | 'tint'> {
  const out: Pick<CellFill, 'patternColor' | 'patternTint' | 'tint'> = {};
  if (f.pattern !== 'Solid' && f.patternColor && f.patternColor.toLowerCase() !== 'automatic') out.patternColor = f.patternColor;
  if (typeof f.patternTintAndShade === 'number' && f.patternTintAndShade !== 0) out.patternTint = f.patternTintAndShade;
  if (typeof f.tintAndShade === 'number' && f.tintAndShade !== 0) out.tint = f.tintAndShade;
  return out;
}

/**
 * Queues what a fill holds beyond its colour: the pattern, its colour and tints (ExcelApi 1.9, read by
 * `readCellFills`), so undoing a highlight gives back the cell's fill whole. Nothing below 1.9.
 */
export function queueFillDetails(host: ExcelHost, target: Excel.RangeFill, fill: CellFill): void {
  if (!api(host, '1.9')) return;
  if (fill.pattern && fill.pattern !== 'Solid') target.pattern = fill.pattern as Excel.FillPattern;
  if (fill.patternColor) target.patternColor = fill.patternColor;
  if (fill.patternTint !== undefined) target.patternTintAndShade = fill.patternTint;
  if (fill.tint !== undefined) target.tintAndShade = fill.tint;
}

/** The own fills of the requested cells: `RangeFill.color` (1.1; white means none), or `getCellProperties` (1.9) with the pattern. */
export function readCellFills(host: ExcelHost, cells: FillRequest[]): Promise<FillReading> {
  const withPattern = api(host, '1.9');
  return host.run(async (context) => {
    const out: FillReading = new Map();
    const sheets = context.workbook.worksheets;
    for (let from = 0; from < cells.length; from += FILL_CELLS) {
      const part = cells.slice(from, from + FILL_CELLS);
      const reads = part.map(({ sheet, cell }) => {
        const range = sheets.getItem(sheet).getRange(cell);
        if (withPattern)
          return {
            sheet,
            cell,
            props: range.getCellProperties({
              format: { fill: { color: true, pattern: true, patternColor: true, patternTintAndShade: true, tintAndShade: true } },
            }),
          };
        range.format.fill.load('color');
        return { sheet, cell, fill: range.format.fill };
      });
      await context.sync();
      for (const r of reads) {
        let fill: CellFill | null;
        if (r.props) {
          const f = r.props.value[0]?.[0]?.format?.fill;
          fill = !f || !f.pattern || f.pattern === 'None' ? null : { color: f.color ?? '#FFFFFF', pattern: f.pattern, ...fillDetails(f) };
        } else {
          const color = r.fill!.color;
          fill = !color || color.toUpperCase() === '#FFFFFF' ? null : { color, pattern: 'Solid' };
        }
        out.set(fillKey(r.sheet, r.cell), fill);
      }
    }
    return out;
  });
}
