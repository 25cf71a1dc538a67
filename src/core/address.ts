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

/** parseRange('A1:B2'); a single cell is a 1×1 range. Sheet prefixes ("Sheet1!A1:B2") are dropped. */
export function parseRange(address: string): RangeRef {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
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

export function rangeToA1(r: RangeRef): string {
  const a = toA1({ row: r.top, col: r.left });
  const b = toA1({ row: r.bottom, col: r.right });
  return a === b ? a : `${a}:${b}`;
}
