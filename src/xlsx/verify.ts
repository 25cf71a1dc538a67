/** Reads a written package back and compares every cell of every original sheet with the input. */
import { WorkbookError } from '../core';
import type { CellValue } from '../core';
import { cellRef, openPackage, parseSheet } from './package';
import { LIMITS } from './zip';

const same = (a: CellValue, b: CellValue) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Throws `verify-failed` (sheet and cell) at the first cell whose value or formula differs between
 * `before` and `after`, other than the `allowed` cells ('Sheet!A1'); a sheet missing after is a difference at A1.
 */
export function verifyPackage(before: Uint8Array, after: Uint8Array, allowed: Set<string>): void {
  const a = openPackage(before);
  const b = openPackage(after);
  const budget = { cells: LIMITS.cells * 2 };
  const fail = (sheet: string, cell: string) => new WorkbookError({ code: 'verify-failed', sheet, cell, changed: 'nothing' });
  for (const sa of a.sheets) {
    if (allowed.has(`${sa.name}!*`)) continue; // a sheet the plan replaces whole
    const sb = b.sheets.find((s) => s.name === sa.name);
    if (!sb) throw fail(sa.name, 'A1');
    const cells = (pkg: typeof a, path: string) => {
      const map = new Map<string, { value: CellValue; formula: string | null }>();
      for (const r of parseSheet(pkg, path, budget).rows)
        for (const c of r.cells)
          if (c.value !== null || c.formula !== null) map.set(cellRef(c.row, c.col), { value: c.value, formula: c.formula });
      return map;
    };
    const ca = cells(a, sa.path);
    const cb = cells(b, sb.path);
    for (const key of new Set([...ca.keys(), ...cb.keys()])) {
      if (allowed.has(`${sa.name}!${key}`)) continue;
      const x = ca.get(key);
      const y = cb.get(key);
      if (!x || !y || !same(x.value, y.value) || x.formula !== y.formula) throw fail(sa.name, key);
    }
  }
}
