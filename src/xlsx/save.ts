/**
 * The one way a patched package becomes a file: the bytes after every applied plan, read back and
 * compared with the package as opened, where only the cells the plans wrote (and the sheets they
 * replaced whole, and the product's state) may differ. The CLI's fix and rubric and the preview's
 * download all save through it, so what one promises holds for all.
 */
import { plannedCells } from './patch';
import { STATE_SHEET_NAME } from './package';
import type { PackagePort } from './package-port';
import { verifyPackage } from './verify';
import type { WritePlan } from '../core';

/** The cells the plans may have changed ('Sheet!A1'), and 'Sheet!*' for a sheet a plan replaced whole. */
export function allowedCells(applied: readonly WritePlan[]): Set<string> {
  const allowed = new Set(applied.flatMap((p) => plannedCells(p)).map((c) => `${c.sheet}!${c.cell.replace(/\$/g, '')}`));
  for (const p of applied) if (p.newSheet?.replaces) allowed.add(`${p.newSheet.name}!*`);
  // The product's state: its JSON in as many cells of column A as it needs.
  allowed.add(`${STATE_SHEET_NAME}!*`);
  return allowed;
}

/** The file to save: the port's bytes, verified against `original` (throws the coded `verify-failed`). */
export function verifiedBytes(port: Pick<PackagePort, 'bytes' | 'package' | 'applied'>, original: Uint8Array): Uint8Array {
  const out = port.bytes();
  if (out === original) return out;
  verifyPackage(original, port.package(), allowedCells(port.applied));
  return out;
}
