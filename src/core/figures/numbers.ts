/**
 * Reading figures written the Vietnamese way (`171.034`, `99,10`), the English way
 * (`171,034`, `99.10`), or typed as numbers (a % stored as 0.991 with a % format).
 * The unit kind decides the ambiguous cases: `171.034` in a count is 171034, `99.10` in a % row is 99.1.
 */
import { CellValue, isErrorValue } from './cell';

export type ValueKind = 'count' | 'percent' | 'coded' | 'other';

export type NumberReading =
  | {
      ok: true;
      value: number;
      /** Decimals as written (or stored): the figure stands for value ± 0.5·10^-decimals. */
      decimals: number;
      source: 'number' | 'text';
    }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'error'; error: string }
  | { ok: false; reason: 'text'; text: string };

const EXCEL_ERROR =
  /^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BUSY!|CONNECT!|BLOCKED!|UNKNOWN!|EXTERNAL!|PYTHON!)$/i;

/** True when a text is an Excel error value as displayed (`#DIV/0!`). */
export function isExcelErrorText(s: string): boolean {
  return EXCEL_ERROR.test(s.trim());
}

/** Digits after the decimal point of a stored number, ignoring binary noise (0.1 + 0.2). */
export function storedDecimals(x: number): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return 0;
  const s = Number(x.toPrecision(12)).toString();
  const e = /e-(\d+)$/.exec(s);
  if (e) return Number(e[1]) + (s.split('e')[0].split('.')[1]?.length ?? 0);
  return s.split('.')[1]?.length ?? 0;
}

/** True when a number format shows the value as a percentage ('0.00%', but not '"%"' literal text). */
export function isPercentFormat(format: string): boolean {
  return /%/.test(format.replace(/"[^"]*"/g, '').replace(/\\%/g, ''));
}

/** Decimals a number format displays ('0.00%' → 2, 'General' → null). */
export function formatDecimals(format: string): number | null {
  const m = /0\.(0+)/.exec(format.replace(/"[^"]*"/g, ''));
  if (m) return m[1].length;
  return /^(0|#,##0)%?$/.test(format.trim()) ? 0 : null;
}

const SPACE_IN_NUMBER = /[\s\u00a0\u202f\u2007']/g;

/**
 * Reads a text as a number, or null when it is not one.
 * parseNumberText('171.034', 'count') → {value: 171034, decimals: 0}
 */
export function parseNumberText(raw: string, kind: ValueKind): { value: number; decimals: number } | null {
  // The common case, plain digits ("28", "04"), without the general machinery.
  if (/^\d{1,15}$/.test(raw)) return { value: Number(raw), decimals: 0 };
  let s = raw.replace(/<\/?[a-z][^>]*>/gi, '').trim();
  if (s === '') return null;
  let sign = 1;
  if (/^\(.*\)$/.test(s)) {
    sign = -1;
    s = s.slice(1, -1).trim();
  }
  if (/^[-\u2212\u2013]/.test(s)) {
    sign = -sign;
    s = s.slice(1).trim();
  } else if (s.startsWith('+')) {
    s = s.slice(1).trim();
  }
  if (s.endsWith('%')) s = s.slice(0, -1).trim();
  // "1 234" and no-break spaces group thousands; only between digit groups.
  if (/^\d{1,3}([\s\u00a0\u202f\u2007']\d{3})+([.,]\d+)?$/.test(s)) s = s.replace(SPACE_IN_NUMBER, '');
  if (!/^\d[\d.,]*$/.test(s) && !/^[.,]\d+$/.test(s)) return null;

  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  let intPart: string;
  let fracPart = '';
  const grouped = (sep: string) => new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`).test(s);

  if (dots > 0 && commas > 0) {
    // The later mark is the decimal one: 1.234,5 (vi) or 1,234.5 (en).
    const dec = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const grp = dec === '.' ? ',' : '.';
    const [a, b, ...rest] = s.split(dec);
    if (rest.length > 0 || b === undefined || b === '') return null;
    if (!new RegExp(`^\\d{1,3}(\\${grp}\\d{3})*$`).test(a)) return null;
    intPart = a.split(grp).join('');
    fracPart = b;
  } else if (dots + commas === 0) {
    intPart = s;
  } else {
    const sep = dots > 0 ? '.' : ',';
    const n = dots + commas;
    if (n > 1) {
      if (!grouped(sep)) return null;
      intPart = s.split(sep).join('');
    } else {
      const [a, b] = s.split(sep);
      const threeAfter = /^\d{1,3}$/.test(a) && /^\d{3}$/.test(b) && a !== '0';
      // One mark followed by exactly three digits: a thousands group in a count, and for a dot
      // anywhere but a % row (Vietnamese writing); otherwise the decimal mark.
      const isGroup = threeAfter && (kind === 'count' || (sep === '.' && kind !== 'percent'));
      if (isGroup) {
        intPart = a + b;
      } else {
        intPart = a === '' ? '0' : a;
        fracPart = b;
        if (fracPart === '') return null;
      }
    }
  }
  if (!/^\d+$/.test(intPart) || !/^\d*$/.test(fracPart)) return null;
  const value = sign * Number(`${intPart}${fracPart ? '.' + fracPart : ''}`);
  if (!Number.isFinite(value)) return null;
  return { value: value === 0 ? 0 : value, decimals: fracPart.length };
}

/**
 * Reads a cell as a figure of the given kind.
 * A typed number with a % format in a % row is scaled to 0–100 (0.991 → 99.1).
 */
export function readNumber(cell: CellValue, format: string, kind: ValueKind): NumberReading {
  if (cell === null || cell === undefined) return { ok: false, reason: 'empty' };
  if (isErrorValue(cell)) return { ok: false, reason: 'error', error: cell.error };
  if (typeof cell === 'boolean') return { ok: true, value: cell ? 1 : 0, decimals: 0, source: 'number' };
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return { ok: false, reason: 'error', error: '#NUM!' };
    if (isPercentFormat(format)) {
      const scaled = Number((cell * 100).toPrecision(12));
      return { ok: true, value: scaled, decimals: storedDecimals(scaled), source: 'number' };
    }
    return { ok: true, value: cell, decimals: storedDecimals(cell), source: 'number' };
  }
  const text = String(cell);
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  if (isExcelErrorText(text)) return { ok: false, reason: 'error', error: text.trim().toUpperCase() };
  const parsed = parseNumberText(text, kind);
  if (!parsed) return { ok: false, reason: 'text', text };
  return { ok: true, value: parsed.value, decimals: parsed.decimals, source: 'text' };
}

/** Half the width of the interval a written figure stands for. Whole counts are exact. */
export function halfWidth(decimals: number, kind: ValueKind): number {
  if (kind === 'count' && decimals === 0) return 0;
  return 0.5 * Math.pow(10, -decimals);
}

/**
 * Formats a number for a reader: Vietnamese groups with '.' and marks decimals with ','.
 * formatNumber(171034, 'vi') === '171.034'; formatNumber(99.1, 'en', 2) === '99.10'
 */
export function formatNumber(x: number, lang: 'vi' | 'en', decimals?: number): string {
  // Most figures in messages are small whole numbers: nothing to group or mark.
  if (decimals === undefined && Number.isInteger(x) && x > -1000 && x < 1000) return String(x);
  const [group, mark] = lang === 'vi' ? ['.', ','] : [',', '.'];
  const fixed = decimals === undefined ? String(Number(x.toPrecision(12))) : x.toFixed(decimals);
  const [i, f] = fixed.replace('-', '').split('.');
  const grouped = i.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${x < 0 ? '-' : ''}${grouped}${f ? mark + f : ''}`;
}
