/**
 * Where the tables are, decided from a probe: each kind looks at the top of every sheet for its header
 * (or its sheet name) and, on a taller sheet whose top holds none, at the window a pass down its first
 * columns pointed to (`SheetProbe.deep`); the region to load runs from the sheet's first used row to
 * its last, over the columns the header spans and a few beyond.
 */
import { RangeRef, columnLetters, parseRange } from '../figures/address';
import { fold } from '../figures/text';
import { SHORT_TEXT, SheetReadings } from '../kinds/common/sheet';
import {
  DEEP_COLS,
  PROBE_COLS,
  PROBE_ROWS,
  SheetVisibility,
  TableRegion,
  WorkbookProbe,
  probeFromSnapshot,
  sliceSheet,
} from '../workbook/probe';
import type { SheetSnapshot, WorkbookSnapshot } from '../workbook/snapshot';
import { unicodeSheet } from '../text/legacy/sheet';
import { KINDS } from './kinds';
import type { HeaderHit, TableFinder } from './kind';

/** Columns loaded beyond the header's last one (notes, a stray total). */
const EXTRA_COLS = 3;

/** Every kind's finder. */
export const TABLE_FINDERS: TableFinder[] = KINDS.map((k) => k.finder);

/** The regions to load: one per sheet where some kind found its header, in sheet order. */
export function locateTables(probe: WorkbookProbe, finders: TableFinder[] = TABLE_FINDERS): TableRegion[] {
  const out: TableRegion[] = [];
  const readings: SheetReadings = new Map();
  for (const s of probe.sheets) {
    if (!s.used) continue;
    // A header typed in an old encoding is found as its Unicode twin.
    let hits = hitsIn(unicodeSheet(s.head), finders, readings);
    if (hits.length === 0 && s.deep) hits = hitsIn(unicodeSheet(s.deep), finders, readings);
    if (hits.length === 0) continue;
    const used = parseRange(s.used);
    const right = Math.min(used.right, Math.max(...hits.map((h) => h.right)) + EXTRA_COLS);
    out.push({ sheet: s.name, range: `${columnLetters(used.left)}${used.top}:${columnLetters(right)}${used.bottom}` });
  }
  return out;
}

function hitsIn(head: SheetSnapshot, finders: TableFinder[], readings: SheetReadings): HeaderHit[] {
  return finders.map((f) => f.find(head, readings)).filter((h): h is HeaderHit => h !== null);
}

/** Whether some kind's header is in this top of a sheet. */
export function findsTable(head: SheetSnapshot, finders: TableFinder[] = TABLE_FINDERS): boolean {
  return hitsIn(unicodeSheet(head), finders, new Map()).length > 0;
}

/**
 * The first row of a strip of a sheet (its first DEEP_COLS used columns, read down the used range)
 * holding a word some kind's header leads with, or null. One pass, linear in the strip.
 */
export function deepHeaderRow(strip: SheetSnapshot, finders: TableFinder[] = TABLE_FINDERS): number | null {
  const leads = finders.filter((f) => f.lead);
  const text = unicodeSheet(strip);
  for (let i = 0; i < text.values.length; i++)
    for (const v of text.values[i] ?? [])
      if (typeof v === 'string' && v.length <= SHORT_TEXT) {
        const t = fold(v);
        if (t !== '' && leads.some((f) => (f.lead as (t: string) => boolean)(t))) return text.origin.row + i;
      }
  return null;
}

/** The strip of the used range a deep look reads: its first DEEP_COLS columns, top to bottom. */
export const deepStrip = (used: RangeRef): RangeRef => ({ ...used, right: Math.min(used.right, used.left + DEEP_COLS - 1) });

/** The window a deep look reads from the row `deepHeaderRow` gave. */
export const deepWindow = (used: RangeRef, row: number): RangeRef => ({
  top: row,
  left: used.left,
  bottom: Math.min(used.bottom, row + PROBE_ROWS - 1),
  right: Math.min(used.right, used.left + PROBE_COLS - 1),
});

/** A sheet needs a deep look when it is taller than its probed top and no table starts there. */
export const needsDeepLook = (used: RangeRef, head: SheetSnapshot): boolean => used.bottom - used.top + 1 > PROBE_ROWS && !findsTable(head);

/** The deep window of a sheet held whole (an adapter that has the sheet, and tests), or undefined. */
export function deepFromSheet(sheet: SheetSnapshot, used: RangeRef, head: SheetSnapshot): SheetSnapshot | undefined {
  if (!needsDeepLook(used, head)) return undefined;
  const row = deepHeaderRow(sliceSheet(sheet, deepStrip(used)));
  return row === null ? undefined : sliceSheet(sheet, deepWindow(used, row));
}

/** The probe of a full snapshot (adapters that hold the whole workbook, and tests), deep windows included. */
export function probeSnapshot(wb: WorkbookSnapshot, visibility: Record<string, SheetVisibility> = {}): WorkbookProbe {
  const probe = probeFromSnapshot(wb, visibility);
  const sheets = probe.sheets.map((p, i) => {
    const deep = p.used ? deepFromSheet(wb.sheets[i], parseRange(p.used), p.head) : undefined;
    return deep ? { ...p, deep } : p;
  });
  return { ...probe, sheets };
}
