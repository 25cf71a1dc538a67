/**
 * Where the tables are, decided from a probe: each kind looks at the top of every sheet for its header
 * (or its sheet name), and the region to load runs from the sheet's first used row to its last,
 * over the columns the header spans and a few beyond.
 */
import { columnLetters, parseRange } from '../figures/address';
import { fold } from '../figures/text';
import { TableRegion, WorkbookProbe } from '../workbook/probe';
import { SheetSnapshot } from '../workbook/snapshot';
import { acceptable, findHeaders } from './appendix/recognize';
import { UNIT_KINDS } from './units';
import type { UnitKind } from './units/schema';
import { ShortTexts, findUnitHeader } from './units/recognize';

/** What a kind found at the top of a sheet: the rightmost column its header uses (1-based). */
export interface HeaderHit {
  kind: string;
  right: number;
}

export interface TableFinder {
  kind: string;
  /** Looks at the top of a sheet; null when this kind's table does not start there. `texts` is shared by the finders of one call. */
  find(head: SheetSnapshot, texts: ShortTexts): HeaderHit | null;
}

/** Columns loaded beyond the header's last one (notes, a stray total). */
const EXTRA_COLS = 3;

const appendixFinder: TableFinder = {
  kind: 'statistics-appendix',
  find(head) {
    const h = findHeaders(head).find(acceptable);
    if (!h) return null;
    const cols = Object.values(h.cols) as number[];
    return { kind: 'statistics-appendix', right: Math.max(...cols) };
  },
};

const scoringFinder: TableFinder = {
  kind: 'scoring-sheet',
  find(head) {
    return fold(head.name).startsWith('thang diem') ? { kind: 'scoring-sheet', right: Number.MAX_SAFE_INTEGER } : null;
  },
};

/** A table of units or components: its header, found by the kind's own vocabulary. */
export function unitFinder(kind: UnitKind): TableFinder {
  return {
    kind: kind.kind,
    find(head, texts) {
      const right = findUnitHeader(kind, head, texts);
      return right === null ? null : { kind: kind.kind, right };
    },
  };
}

/** Every kind's finder; a kind added to the core adds its finder here. */
export const TABLE_FINDERS: TableFinder[] = [appendixFinder, scoringFinder, ...UNIT_KINDS.map(unitFinder)];

/** The regions to load: one per sheet where some kind found its header, in sheet order. */
export function locateTables(probe: WorkbookProbe, finders: TableFinder[] = TABLE_FINDERS): TableRegion[] {
  const out: TableRegion[] = [];
  const texts: ShortTexts = new Map();
  for (const s of probe.sheets) {
    if (!s.used) continue;
    const hits = finders.map((f) => f.find(s.head, texts)).filter((h): h is HeaderHit => h !== null);
    if (hits.length === 0) continue;
    const used = parseRange(s.used);
    const right = Math.min(used.right, Math.max(...hits.map((h) => h.right)) + EXTRA_COLS);
    out.push({ sheet: s.name, range: `${columnLetters(used.left)}${used.top}:${columnLetters(right)}${used.bottom}` });
  }
  return out;
}
