import { formatNumber } from '../figures/numbers';
import type { WorkbookProblem } from '../workbook/outcomes';

export type Lang = 'vi' | 'en';

/** How a message names a row: its code, or its label when it has none. */
export function rowName(f: { code: string | null; label: string }): string {
  if (f.code) return f.code;
  const l = f.label.length > 60 ? `${f.label.slice(0, 57)}…` : f.label;
  return `“${l}”`;
}

export function num(x: number | string, lang: Lang): string {
  return typeof x === 'number' ? formatNumber(x, lang) : `“${x}”`;
}

/** How a message names a row of a unit table: its name as written, quoted. */
export function unitName(f: { label: string }): string {
  const l = f.label.length > 60 ? `${f.label.slice(0, 57)}…` : f.label;
  return `“${l}”`;
}

/**
 * A problem only reading can meet (a file that is not a workbook this product reads, or past a
 * reading bound): its sentence says nothing of changes, since nothing was being written.
 */
export function readingOnly(p: WorkbookProblem): boolean {
  return p.code === 'file-format' || (p.code === 'too-large' && p.limit !== 'payload');
}
