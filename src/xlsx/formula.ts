/**
 * Shared formulas: Excel stores a formula filled down or across once, on its first cell, and each
 * other cell names it (`<f t="shared" si="0"/>`). A cell's own formula is the first one with its
 * relative references moved by the cell's distance from the first — what Excel shows in the cell.
 */

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function colLetters(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

// A cell reference not inside a name or a function: not after a letter, digit, `_` or `.`, and not
// followed by `(`, a letter, a digit or `_`.
const REF = /(?<![\w.$])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w(])/g;

/** The formula with its relative references moved by `rows` and `cols`; text in quotes is left alone. */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  // Split off string literals ("…") and quoted sheet names ('…'): references are only outside them.
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REF, (all, colAbs: string, col: string, rowAbs: string, row: string) => {
            const c = colAbs ? colNumber(col) : colNumber(col) + cols;
            const r = rowAbs ? Number(row) : Number(row) + rows;
            if (colNumber(col) > MAX_COL) return all;
            if (c < 1 || c > MAX_COL || r < 1 || r > MAX_ROW) return '#REF!';
            return `${colAbs}${colLetters(c)}${rowAbs}${r}`;
          }),
    )
    .join('');
}
