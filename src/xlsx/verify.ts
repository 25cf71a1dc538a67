/** Reads a written package back and compares every cell of every original sheet with the input. */
import { WorkbookError } from '../core';
import type { CellValue } from '../core';
import { Package, ParsedCell, ParsedSheet, cellRef, openPackage, parseSheet } from './package';
import { LIMITS, ZipEntry } from './zip';

const sameValue = (a: CellValue, b: CellValue) =>
  a === b || (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null && a.error === b.error);

const sameBytes = (a: Uint8Array, b: Uint8Array) => {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

/** The same stored part: same method, checksum, sizes and compressed bytes. */
const sameEntry = (a: ZipEntry | undefined, b: ZipEntry | undefined) =>
  !!a && !!b && (a === b || (a.method === b.method && a.crc === b.crc && a.usize === b.usize && sameBytes(a.raw, b.raw)));

/**
 * Whether every cell of a sheet whose part is stored unchanged reads the same in both packages: the
 * same shared strings, the same number formats at every style index the input has (the patch only
 * appends styles) and the same date system.
 */
function sameReading(a: Package, b: Package): boolean {
  if (a.date1904 !== b.date1904) return false;
  if (a.sharedStrings !== b.sharedStrings) {
    if (a.sharedStrings.length !== b.sharedStrings.length) return false;
    for (let i = 0; i < a.sharedStrings.length; i++) if (a.sharedStrings[i] !== b.sharedStrings[i]) return false;
  }
  for (let i = 0; i < a.styles.numFmt.length; i++) if (a.styles.numFmt[i] !== b.styles.numFmt[i]) return false;
  return true;
}

/** The cells that hold a value or a formula, in row then column order. */
function contentCells(parsed: ParsedSheet): ParsedCell[] {
  const out: ParsedCell[] = [];
  let sorted = true;
  let last: ParsedCell | null = null;
  for (const r of parsed.rows)
    for (const c of r.cells) {
      if (c.value === null && c.formula === null) continue;
      if (last && (c.row < last.row || (c.row === last.row && c.col <= last.col))) sorted = false;
      out.push((last = c));
    }
  // A writer may put rows or cells out of order (or one twice; then the last one counts, as a reader keeps it).
  if (!sorted) {
    const byPlace = new Map<number, ParsedCell>();
    for (const c of out) byPlace.set(c.row * 16_385 + c.col, c);
    return [...byPlace.values()].sort((x, y) => x.row - y.row || x.col - y.col);
  }
  return out;
}

/**
 * Throws `verify-failed` (sheet and cell) at the first cell whose value or formula differs between
 * `before` and `after`, other than the `allowed` cells ('Sheet!A1'); a sheet missing after is a difference at A1.
 * Either side may be given opened. A sheet whose part is stored unchanged, read with the same strings
 * and formats, is the same without being read; the others are read once each and compared in order.
 */
export function verifyPackage(before: Uint8Array | Package, after: Uint8Array | Package, allowed: Set<string>): void {
  const a = ArrayBuffer.isView(before) ? openPackage(before) : before;
  const b = ArrayBuffer.isView(after) ? openPackage(after) : after;
  const budget = { cells: LIMITS.cells * 2 };
  const fail = (sheet: string, cell: string) => new WorkbookError({ code: 'verify-failed', sheet, cell, changed: 'nothing' });
  const reading = sameReading(a, b);
  for (const sa of a.sheets) {
    if (allowed.has(`${sa.name}!*`)) continue; // a sheet the plan replaces whole
    const sb = b.sheets.find((s) => s.name === sa.name);
    if (!sb) throw fail(sa.name, 'A1');
    if (reading && sameEntry(a.entries.get(sa.path), b.entries.get(sb.path))) continue;
    const ca = contentCells(parseSheet(a, sa.path, budget));
    const cb = contentCells(parseSheet(b, sb.path, budget));
    const differs = (c: ParsedCell) => {
      const key = cellRef(c.row, c.col);
      if (!allowed.has(`${sa.name}!${key}`)) throw fail(sa.name, key);
    };
    let i = 0;
    let j = 0;
    while (i < ca.length || j < cb.length) {
      const x = ca[i];
      const y = cb[j];
      const order = !x ? 1 : !y ? -1 : x.row - y.row || x.col - y.col;
      if (order < 0) {
        differs(x);
        i++;
      } else if (order > 0) {
        differs(y);
        j++;
      } else {
        if (!sameValue(x.value, y.value) || x.formula !== y.formula) differs(x);
        i++;
        j++;
      }
    }
  }
}
