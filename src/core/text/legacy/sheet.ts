/**
 * A sheet's legacy text turned into Unicode NFC before anything reads it, so a TCVN3 or VNI table is
 * recognized and checked exactly as its Unicode twin; what was found is kept on the sheet
 * (`legacy`) for the report. Each cell is read by its own font, a rich-text cell run by run.
 */
import { columnLetters, rangeToA1 } from '../../figures/address';
import type { LegacyText, SheetSnapshot, TextRun, WorkbookSnapshot } from '../../workbook/snapshot';
import { decode } from './decode';
import { FontEncoding, beyondSingleByte, decodesCleanly, fontEncoding, guessEncoding } from './detect';
import type { LegacyEncoding } from './tables';

/** One cell of legacy text: where, as written, as read, and its runs when it has its own. */
export interface LegacyCell {
  row: number;
  col: number;
  encoding: LegacyEncoding;
  before: string;
  after: string;
  /** The cell's font when it is a legacy one (its Unicode replacement is `font.unicode`). */
  font: FontEncoding | null;
  /** Rich text: each run as read, with its font's Unicode replacement (null: a Unicode font, kept). */
  runs?: { before: string; after: string; font: string | null; unicode: string | null }[];
}

/** A cell's text as read, or null when it is not legacy text. */
export function decodeCell(text: string, font: string | null | undefined, runs?: TextRun[] | null): Omit<LegacyCell, 'row' | 'col'> | null {
  const cellFont = fontEncoding(font);
  if (runs && runs.some((r) => fontEncoding(r.font ?? font) !== null)) {
    let encoding: LegacyEncoding | null = null;
    const out = runs.map((r) => {
      const f = fontEncoding(r.font ?? font);
      if (!f || beyondSingleByte(r.text)) return { before: r.text, after: r.text, font: r.font, unicode: null };
      encoding ??= f.encoding;
      return { before: r.text, after: decode(r.text, f.encoding, { upper: f.upper }), font: r.font, unicode: f.unicode };
    });
    if (encoding === null) return null;
    return {
      encoding,
      before: text,
      after: out
        .map((r) => r.after)
        .join('')
        .normalize('NFC'),
      font: cellFont,
      runs: out,
    };
  }
  if (cellFont) {
    if (beyondSingleByte(text)) return null;
    return { encoding: cellFont.encoding, before: text, after: decode(text, cellFont.encoding, { upper: cellFont.upper }), font: cellFont };
  }
  const guessed = guessEncoding(text);
  return guessed ? { encoding: guessed, before: text, after: decode(text, guessed), font: null } : null;
}

const ASCII = 0;
const LATIN1 = 1;
const BEYOND = 2;

/** ASCII only; Latin-1 (or Windows-1252) characters beyond ASCII, as legacy text has; or beyond what a single-byte font holds. */
function charClass(s: string): number {
  let cls = ASCII;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xa0) continue;
    if (c <= 0xff) cls = LATIN1;
    else if (beyondSingleByte(s[i])) return BEYOND;
    else cls = LATIN1;
  }
  return cls;
}

/** Cells in a Unicode font the characters showed to be legacy, before the sheet's other such cells are read the same way. */
const SHEET_EVIDENCE = 3;

/**
 * Every legacy text cell of a sheet (as the adapter read it, before any conversion). When the
 * characters alone showed several cells in a Unicode font to be in one encoding, and they are at
 * least half of the cells that could be, the others that read cleanly in it are taken too ('Ghi
 * chó' has no tell-tale character of its own).
 */
export function legacyCells(sheet: SheetSnapshot): LegacyCell[] {
  const out: LegacyCell[] = [];
  if (sheet.legacy) return out;
  const candidates: { i: number; j: number; text: string }[] = [];
  const guessed = { tcvn3: 0, vni: 0 };
  const { fonts, runs } = sheet;
  for (let i = 0; i < sheet.values.length; i++) {
    const row = sheet.values[i];
    if (!row) continue;
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (typeof v !== 'string' || v === '') continue;
      const font = fonts?.[i]?.[j];
      const cellRuns = runs?.[i]?.[j];
      // Nearly every cell: no old font, and ASCII or beyond what a single-byte font holds.
      if (!font && !cellRuns && charClass(v) !== LATIN1) continue;
      const found = decodeCell(v, font, cellRuns);
      if (found) out.push({ row: sheet.origin.row + i, col: sheet.origin.col + j, ...found });
      if (found && !found.font && !found.runs) guessed[found.encoding]++;
      else if (!found && !cellRuns && charClass(v) === LATIN1) candidates.push({ i, j, text: v });
    }
  }
  const enc = guessed.tcvn3 >= guessed.vni ? 'tcvn3' : 'vni';
  if (guessed[enc] < SHEET_EVIDENCE || guessed[enc] < candidates.length) return out;
  for (const c of candidates)
    if (decodesCleanly(c.text, enc))
      out.push({
        row: sheet.origin.row + c.i,
        col: sheet.origin.col + c.j,
        encoding: enc,
        before: c.text,
        after: decode(c.text, enc),
        font: null,
      });
  return out.sort((a, b) => a.row - b.row || a.col - b.col);
}

/**
 * The sheet with its text in Unicode NFC (decomposed text composed, legacy text decoded) and what
 * was found in `legacy`; a sheet already converted is returned as it is.
 */
export function unicodeSheet(sheet: SheetSnapshot): SheetSnapshot {
  if (sheet.legacy) return sheet;
  const cells = legacyCells(sheet);
  let values = sheet.values;
  const copy = () => {
    if (values === sheet.values) values = sheet.values.map((r) => (r ? [...r] : r));
    return values;
  };
  const written: (string | undefined)[][] = [];
  for (const c of cells) {
    copy()[c.row - sheet.origin.row][c.col - sheet.origin.col] = c.after;
    (written[c.row - sheet.origin.row] ??= [])[c.col - sheet.origin.col] = c.before;
  }
  // Decomposed Unicode from some input tools looks right and fails matching.
  for (let i = 0; i < values.length; i++) {
    const row = values[i];
    if (!row) continue;
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (typeof v === 'string' && !isNfcQuick(v)) {
        const n = v.normalize('NFC');
        if (n !== v) copy()[i][j] = n;
      }
    }
  }
  return { ...sheet, values, legacy: summarize(cells), ...(cells.length > 0 ? { written } : {}) };
}

/** Text with no combining mark is NFC already (nearly every cell): no need to normalise it. */
function isNfcQuick(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x0300 && c <= 0x036f) return false;
  }
  return true;
}

/** One entry per encoding: the range, the count and the first cell the conversion changes. */
function summarize(cells: LegacyCell[]): LegacyText[] {
  const by = new Map<LegacyEncoding, LegacyCell[]>();
  for (const c of cells) if (c.after !== c.before) (by.get(c.encoding) ?? by.set(c.encoding, []).get(c.encoding)!).push(c);
  return [...by].map(([encoding, list]) => {
    const top = Math.min(...list.map((c) => c.row));
    const bottom = Math.max(...list.map((c) => c.row));
    const left = Math.min(...list.map((c) => c.col));
    const right = Math.max(...list.map((c) => c.col));
    const first = list[0];
    return {
      encoding,
      range: rangeToA1({ top, left, bottom, right }),
      cells: list.length,
      example: { cell: `${columnLetters(first.col)}${first.row}`, before: first.before, after: first.after },
    };
  });
}

/** Every sheet of a snapshot in Unicode (see `unicodeSheet`). */
export function unicodeWorkbook(wb: WorkbookSnapshot): WorkbookSnapshot {
  return wb.sheets.every((s) => s.legacy) ? wb : { ...wb, sheets: wb.sheets.map(unicodeSheet) };
}

/** The encoding most of a sheet's legacy text is in, 'unicode' when none. */
export function sheetEncoding(sheet: SheetSnapshot | undefined): 'unicode' | LegacyEncoding {
  const found = sheet?.legacy ?? [];
  if (found.length === 0) return 'unicode';
  return found.reduce((a, b) => (b.cells > a.cells ? b : a)).encoding;
}
