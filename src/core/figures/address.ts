/** A1-style addresses. Rows and columns are 1-based, as Excel shows them. */

/** Thrown when code inside the product passes a malformed address (a bug, not bad data). */
export class InvalidAddressError extends Error {
  constructor(address: string) {
    super(`Invalid cell address: ${JSON.stringify(address)}`);
    this.name = 'InvalidAddressError';
  }
}

export interface CellRef {
  row: number;
  col: number;
}

/** columnLetters(1) === 'A', columnLetters(28) === 'AB' */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 1) throw new InvalidAddressError(String(col));
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new InvalidAddressError(letters);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** toA1({row: 3, col: 2}) === 'B3' */
export function toA1(ref: CellRef): string {
  if (!Number.isInteger(ref.row) || ref.row < 1) throw new InvalidAddressError(`${ref.col},${ref.row}`);
  return `${columnLetters(ref.col)}${ref.row}`;
}

/** parseA1('$B$3') → {row: 3, col: 2} */
export function parseA1(address: string): CellRef {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) throw new InvalidAddressError(address);
  const row = Number(m[2]);
  if (row < 1) throw new InvalidAddressError(address);
  return { row, col: columnNumber(m[1]) };
}

export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Rows and columns of Excel's grid (XFD1048576). */
export const GRID_ROWS = 1048576;
export const GRID_COLS = 16384;

/** Whole rows ('1:29') or whole columns ('A:C'), as Excel writes them for such ranges; null otherwise. */
function wholeLines(range: string): RangeRef | null {
  const rows = /^(\d{1,7}):(\d{1,7})$/.exec(range);
  if (rows) {
    const [a, b] = [Number(rows[1]), Number(rows[2])];
    if (a < 1 || b < 1 || a > GRID_ROWS || b > GRID_ROWS) throw new InvalidAddressError(range);
    return { top: Math.min(a, b), bottom: Math.max(a, b), left: 1, right: GRID_COLS };
  }
  const cols = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(range);
  if (cols) {
    const [a, b] = [columnNumber(cols[1]), columnNumber(cols[2])];
    if (a > GRID_COLS || b > GRID_COLS) throw new InvalidAddressError(range);
    return { top: 1, bottom: GRID_ROWS, left: Math.min(a, b), right: Math.max(a, b) };
  }
  return null;
}

/**
 * parseRange('A1:B2'); a single cell is a 1×1 range; whole rows ('1:29') and columns ('A:C') span the
 * grid. Sheet prefixes ("Sheet1!A1:B2", "'a!b'!A1") are dropped.
 */
export function parseRange(address: string): RangeRef {
  const bare = (address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address).replace(/\$/g, '').trim();
  const lines = wholeLines(bare);
  if (lines) return lines;
  const [a, b = a] = bare.split(':');
  const p = parseA1(a);
  const q = parseA1(b);
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/** The smallest range holding both. */
export function unionRange(a: RangeRef, b: RangeRef): RangeRef {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

export function rangeToA1(r: RangeRef): string {
  const a = toA1({ row: r.top, col: r.left });
  const b = toA1({ row: r.bottom, col: r.right });
  return a === b ? a : `${a}:${b}`;
}

/** A sheet name as Excel writes it in an address: quoted when it holds anything but letters, digits, _ and . */
export function quoteSheetName(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export interface SheetArea {
  /** The sheet named before `!`, unquoted; null when the address has none. */
  sheet: string | null;
  /** The A1 range without the sheet ('A1:B2'), `$` removed. */
  range: string;
}

/**
 * Splits an address list as Excel writes it (merged areas, `RangeAreas.address`) into areas, honouring
 * quoted sheet names with commas and doubled apostrophes inside:
 * splitAreas("'Phụ lục 2, năm 2021'!A1:B2,'Phụ lục 2, năm 2021'!C3") → two areas of that sheet.
 * Throws InvalidAddressError on an unterminated quote or an area without a range.
 */
export function splitAreas(list: string): SheetArea[] {
  const out: SheetArea[] = [];
  let i = 0;
  const s = list.trim();
  if (s === '') return out;
  while (i <= s.length) {
    let sheet: string | null = null;
    let j = i;
    if (s[j] === "'") {
      let name = '';
      j++;
      for (;;) {
        if (j >= s.length) throw new InvalidAddressError(list);
        if (s[j] === "'") {
          if (s[j + 1] === "'") {
            name += "'";
            j += 2;
            continue;
          }
          j++;
          break;
        }
        name += s[j++];
      }
      if (s[j] !== '!') throw new InvalidAddressError(list);
      sheet = name;
      j++;
    }
    let end = s.indexOf(',', j);
    if (end < 0) end = s.length;
    let part = s.slice(j, end).trim();
    if (sheet === null && part.includes('!')) {
      sheet = part.slice(0, part.lastIndexOf('!'));
      part = part.slice(part.lastIndexOf('!') + 1);
    }
    const range = part.replace(/\$/g, '');
    const cells = /^[A-Za-z]{1,3}\d{1,7}(:[A-Za-z]{1,3}\d{1,7})?$/.test(range);
    // Whole rows ('1:29') or columns ('A:C'), as Excel writes the address of such a range.
    if (!cells && !/^(\d{1,7}:\d{1,7}|[A-Za-z]{1,3}:[A-Za-z]{1,3})$/.test(range)) throw new InvalidAddressError(list);
    out.push({ sheet, range });
    i = end + 1;
    if (end >= s.length) break;
  }
  return out;
}

/** One area with its sheet: sheetArea("'Bảng 1'!$A$1") → { sheet: 'Bảng 1', range: 'A1' }. */
export function sheetArea(address: string): SheetArea {
  const areas = splitAreas(address);
  if (areas.length !== 1) throw new InvalidAddressError(address);
  return areas[0];
}

/** The address of a range on a sheet, quoted as Excel needs: sheetAddress("Phụ lục 2", "D57") === "'Phụ lục 2'!D57". */
export function sheetAddress(sheet: string, range: string): string {
  return `${quoteSheetName(sheet)}!${range}`;
}
