import { formatNumber } from '../figures/numbers';

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
