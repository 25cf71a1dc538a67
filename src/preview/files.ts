/**
 * The preview's files on the package engine: open bytes → the port the pane uses and a view model the
 * grid can draw; download → the patched bytes, verified against the opened file first.
 */
import { cellText } from '../core';
import type { CellFill, WorkbookSnapshot } from '../core';
import { PackagePort, STATE_SHEET_NAME, createPackagePort, packageSnapshot, openPackage, plannedCells, verifyPackage } from '../xlsx';

export interface SheetView {
  name: string;
  /** 1-based row and column of `cells[0][0]`. */
  origin: { row: number; col: number };
  /** Each cell as shown (an error as its name, a date as text). */
  cells: string[][];
  fills: (CellFill | null | undefined)[][];
  merges: string[];
}

export interface OpenedFile {
  name: string;
  port: PackagePort;
  /** The visible sheets as the grid draws them, read from the package as it stands now. */
  view(): SheetView[];
  /** The file to save: every change applied, read back and compared with the opened file (throws `verify-failed`). */
  download(): Uint8Array;
}

/** Opens .xlsx bytes; throws the coded WorkbookError of a file it cannot read. */
export function openFile(name: string, bytes: Uint8Array): OpenedFile {
  const port = createPackagePort(bytes);
  return {
    name,
    port,
    view: () => {
      const pkg = openPackage(port.bytes());
      const visible = new Set(pkg.sheets.filter((s) => s.visibility === 'Visible' && s.name !== STATE_SHEET_NAME).map((s) => s.name));
      const snap: WorkbookSnapshot = packageSnapshot(pkg, true);
      return snap.sheets
        .filter((s) => visible.has(s.name))
        .map((s) => ({
          name: s.name,
          origin: s.origin,
          cells: s.values.map((row) => row.map(cellText)),
          fills: s.fills ?? [],
          merges: s.merges,
        }));
    },
    download: () => {
      const out = port.bytes();
      const allowed = new Set(port.applied.flatMap(plannedCells).map((c) => `${c.sheet}!${c.cell.replace(/\$/g, '')}`));
      allowed.add(`${STATE_SHEET_NAME}!A1`);
      verifyPackage(bytes, out, allowed);
      return out;
    },
  };
}
