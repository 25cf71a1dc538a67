/**
 * Where the tables are, decided from a probe: each kind looks at the top of every sheet for its header
 * (or its sheet name), and the region to load runs from the sheet's first used row to its last,
 * over the columns the header spans and a few beyond.
 */
import { columnLetters, parseRange } from '../figures/address';
import type { SheetReadings } from '../kinds/common/sheet';
import { TableRegion, WorkbookProbe } from '../workbook/probe';
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
    const hits = finders.map((f) => f.find(s.head, readings)).filter((h): h is HeaderHit => h !== null);
    if (hits.length === 0) continue;
    const used = parseRange(s.used);
    const right = Math.min(used.right, Math.max(...hits.map((h) => h.right)) + EXTRA_COLS);
    out.push({ sheet: s.name, range: `${columnLetters(used.left)}${used.top}:${columnLetters(right)}${used.bottom}` });
  }
  return out;
}
