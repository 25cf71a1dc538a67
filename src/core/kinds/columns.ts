/**
 * Tables laid out by columns (a unit or a component per row, figures across): the header vocabulary
 * as data, the header found at any start cell (one row, or two when the second row names the columns
 * under a merged heading), and the rows below it as written.
 */
import { z } from 'zod';
import { columnLetters, parseRange } from '../figures/address';
import { NumberReading, readNumber } from '../figures/numbers';
import { fold } from '../figures/text';
import { CellValue, SheetSnapshot, cellAt, cellText, formatAt, sheetBounds } from '../workbook/snapshot';

export const ColumnSpecSchema = z.object({
  id: z.string().min(1),
  /** How the column is named, as regular expressions over folded text (no accents, lower case), most usual first. */
  words: z.array(z.string().min(1)).min(1),
  required: z.boolean().default(false),
  /** The column may occur several times (the years of a comparison). */
  multi: z.boolean().default(false),
  /** What its cells hold: a count, a percentage, or text. */
  figure: z.enum(['count', 'percent', 'text']).default('text'),
  /** How the column is named to the user. */
  name: z.string().min(1),
});

export const HeaderSpecSchema = z.object({
  columns: z.array(ColumnSpecSchema).min(1),
  /** A row whose label matches one of these (folded) is the table's total. */
  total: z.array(z.string()).default([]),
});

export type ColumnSpec = z.infer<typeof ColumnSpecSchema>;
export type HeaderSpec = z.infer<typeof HeaderSpecSchema>;

export interface HeaderMatch {
  sheet: string;
  /** The first header row. */
  top: number;
  /** The last header row: data starts below it. */
  headerRow: number;
  headerRows: 1 | 2;
  /** 1-based columns per column id (several for a `multi` column), left to right. */
  cols: Record<string, number[]>;
  /** The folded header text of each column found. */
  texts: Record<number, string>;
}

/** A cell of a row as read: where it is, what it holds, and the figure it stands for. */
export interface ReadCell {
  cell: string;
  col: number;
  raw: CellValue;
  text: string;
  reading: NumberReading;
}

export interface ReadRow {
  row: number;
  /** Cells by column id (the first column of a `multi` one); `multi` ones also by `${id}#${i}`. */
  cells: Record<string, ReadCell>;
  total: boolean;
}

interface Compiled {
  spec: HeaderSpec;
  words: Map<string, RegExp[]>;
  total: RegExp[];
}

const compiledCache = new WeakMap<HeaderSpec, Compiled>();

function compile(spec: HeaderSpec): Compiled {
  let c = compiledCache.get(spec);
  if (!c) {
    c = {
      spec,
      words: new Map(spec.columns.map((col) => [col.id, col.words.map((w) => new RegExp(w))])),
      total: spec.total.map((w) => new RegExp(w)),
    };
    compiledCache.set(spec, c);
  }
  return c;
}

function mergeMap(sheet: SheetSnapshot): Map<string, { row: number; col: number }> {
  const map = new Map<string, { row: number; col: number }>();
  for (const m of sheet.merges) {
    const r = parseRange(m);
    if ((r.bottom - r.top + 1) * (r.right - r.left + 1) > 400) continue;
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) map.set(`${row},${col}`, { row: r.top, col: r.left });
  }
  return map;
}

function fieldOf(c: Compiled, text: string): ColumnSpec | undefined {
  if (text === '' || text.length > 80) return undefined;
  return c.spec.columns.find((col) => (c.words.get(col.id) as RegExp[]).some((re) => re.test(text)));
}

/** Reads the header candidate starting at `row`; null unless every required column is named. */
function readHeaderAt(
  sheet: SheetSnapshot,
  c: Compiled,
  row: number,
  lastCol: number,
  merged: Map<string, { row: number; col: number }>,
): HeaderMatch | null {
  const at = (r: number, col: number): string => {
    const m = merged.get(`${r},${col}`);
    return fold(cellText(m ? cellAt(sheet, m.row, m.col) : cellAt(sheet, r, col)));
  };
  const cols: Record<string, number[]> = {};
  const texts: Record<number, string> = {};
  let second = false;
  let fromTop = false;
  for (let col = sheet.origin.col; col <= lastCol; col++) {
    const top = at(row, col);
    const below = at(row + 1, col);
    const ownBelow = cellText(cellAt(sheet, row + 1, col)) !== '' && !merged.has(`${row + 1},${col}`);
    const tries: [string, boolean][] = [
      [top, false],
      [below, ownBelow],
      [`${top} ${below}`.trim(), ownBelow],
    ];
    for (const [text, isSecond] of tries) {
      const f = fieldOf(c, text);
      if (!f) continue;
      if (!f.multi && cols[f.id]) break;
      (cols[f.id] ??= []).push(col);
      texts[col] = text;
      second ||= isSecond;
      fromTop ||= top !== '';
      break;
    }
  }
  // A header named only by the next row starts there, not here.
  if (!fromTop || !c.spec.columns.every((col) => !col.required || cols[col.id])) return null;
  return { sheet: sheet.name, top: row, headerRow: row + (second ? 1 : 0), headerRows: second ? 2 : 1, cols, texts };
}

/** The first header of this spec in a sheet (top to bottom), or null. `accept` may refuse a candidate. */
export function findColumnHeader(
  sheet: SheetSnapshot,
  spec: HeaderSpec,
  accept: (h: HeaderMatch) => boolean = () => true,
): HeaderMatch | null {
  const c = compile(spec);
  const { lastRow, lastCol } = sheetBounds(sheet);
  const required = spec.columns.filter((col) => col.required);
  const merged = mergeMap(sheet);
  for (let r = sheet.origin.row; r <= lastRow; r++) {
    // Cheap pre-filter: the row (or the next, for a two-row header) names some required column.
    const named = [r, r + 1].some((rr) =>
      (sheet.values[rr - sheet.origin.row] ?? []).some((v) => {
        if (typeof v !== 'string' || v.length > 80) return false;
        const t = fold(cellText(v));
        return required.some((col) => (c.words.get(col.id) as RegExp[]).some((re) => re.test(t)));
      }),
    );
    if (!named) continue;
    const h = readHeaderAt(sheet, c, r, lastCol, merged);
    if (h && accept(h)) return h;
  }
  return null;
}

/** Column letters per column id (the first of a `multi` column). */
export function columnLettersOf(h: HeaderMatch): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, cs] of Object.entries(h.cols)) out[id] = columnLetters(cs[0]);
  return out;
}

/** The rightmost column the header uses. */
export function headerRight(h: HeaderMatch): number {
  return Math.max(...Object.values(h.cols).flat());
}

const COLUMN_NUMBERS = /^\(?[0-9a-z]{1,2}\)?$/;

/**
 * The rows below a header, as written: blank rows skipped, a row of column numbers skipped, and the
 * table ends at the first row with text but no figure, once a figure row has been read.
 */
export function readColumnRows(sheet: SheetSnapshot, spec: HeaderSpec, h: HeaderMatch, labelId: string): ReadRow[] {
  const c = compile(spec);
  const { lastRow } = sheetBounds(sheet);
  const figures = spec.columns.filter((col) => col.figure !== 'text' && h.cols[col.id]);
  const all = spec.columns.filter((col) => h.cols[col.id]);
  const rows: ReadRow[] = [];
  let first = true;
  for (let r = h.headerRow + 1; r <= lastRow; r++) {
    const cells: Record<string, ReadCell> = {};
    for (const col of all) {
      (h.cols[col.id] as number[]).forEach((cc, i) => {
        const raw = cellAt(sheet, r, cc);
        const kind = col.figure === 'percent' ? 'percent' : col.figure === 'count' ? 'count' : 'other';
        const cell: ReadCell = {
          cell: `${columnLetters(cc)}${r}`,
          col: cc,
          raw,
          text: cellText(raw),
          reading: readNumber(raw, formatAt(sheet, r, cc), kind),
        };
        if (i === 0) cells[col.id] = cell;
        if (col.multi) cells[`${col.id}#${i}`] = cell;
      });
    }
    const texts = Object.values(cells).map((x) => x.text);
    if (texts.every((t) => t === '')) continue;
    if (first && texts.filter(Boolean).every((t) => COLUMN_NUMBERS.test(fold(t)))) {
      first = false;
      continue;
    }
    first = false;
    const hasFigure = figures.some((col) => (h.cols[col.id] as number[]).some((cc) => cellText(cellAt(sheet, r, cc)) !== ''));
    if (!hasFigure) {
      if (rows.length > 0) break;
      continue;
    }
    const labels = Object.values(cells)
      .filter((x) => x.text !== '' && !x.reading.ok)
      .map((x) => fold(x.text));
    const label = cells[labelId] ? fold(cells[labelId].text) : '';
    const total = c.total.some((re) => re.test(label) || labels.some((l) => re.test(l)));
    rows.push({ row: r, cells, total });
  }
  return rows;
}
