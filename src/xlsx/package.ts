/**
 * The .xlsx package read directly: central directory first (bounds), relationships resolved from the
 * .rels parts, shared strings and styles, each sheet scanned once (no DOM) into cells keyed by position.
 */
import { STATE_SHEET_NAME, columnLetters, readProductState } from '../core';
import { Memo } from '../core/memo';
import type { CellFill, CellValue, ProductState, SheetVisibility, TextRun } from '../core';
import { legacyRuns } from './runs';
import { unreadable } from './errors';
import {
  attrs,
  cellAttrsAt,
  elements,
  innerUntilClose,
  parseRels,
  hasSkippedMarkup,
  plainMarkup,
  pickAttrs,
  relsPathOf,
  resolvePart,
  stringItemText,
  unescapeOoxml,
  unescapeXml,
  wellFormed,
} from './xml';
import { shiftFormula } from './formula';
import { LIMITS, ZipEntry, inflateEntry, inflateTextHead, readZip, tooLarge } from './zip';

export { STATE_SHEET_NAME };

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const isType = (type: string, name: string) => type.endsWith(`/${name}`);

export interface PackageSheet {
  name: string;
  sheetId: string;
  rId: string;
  visibility: SheetVisibility;
  path: string;
}

export interface Styles {
  xml: string;
  path: string | null;
  /** Per cellXfs index. */
  numFmt: string[];
  fill: (CellFill | null | undefined)[];
  /** Per cellXfs index: the font's weight and slant (for a view to draw). */
  font: { bold: boolean; italic: boolean }[];
  /** Per cellXfs index: the font's name (`.VnTime`, `Times New Roman`), null when it has none. */
  fontName: (string | null)[];
  /** Per cellXfs index: the index of its font in `<fonts>`. */
  fontId: number[];
  /** Per cellXfs index: the text wraps in the cell (`<alignment wrapText="1">`). */
  wrap: boolean[];
  /** Raw `<xf …>` elements of cellXfs, to copy when a cell's style changes. */
  xfs: string[];
}

export interface Package {
  entries: Map<string, ZipEntry>;
  workbookPath: string;
  workbookXml: string;
  sheets: PackageSheet[];
  sharedStrings: string[];
  /** Per shared string item: its runs when one is in an old Vietnamese font (sparse). */
  sharedRuns?: (TextRun[] | undefined)[];
  /** The entry the shared strings were read from (a package opened after a patch reuses them when it is the same). */
  sharedStringsEntry?: ZipEntry;
  styles: Styles;
  date1904: boolean;
  structureProtected: boolean;
}

export interface ParsedCell {
  row: number;
  col: number;
  value: CellValue;
  formula: string | null;
  style: number;
  /** Rich text whose runs carry an old Vietnamese font: each run with its font. */
  runs?: TextRun[];
  /** Offsets of the `<c>` element in the sheet XML. */
  start: number;
  end: number;
}

export interface ParsedRow {
  row: number;
  start: number;
  /** Offset just after the start tag, and of the end tag (equal to `end` when self-closing). */
  open: number;
  close: number;
  end: number;
  selfClosing: boolean;
  cells: ParsedCell[];
}

export interface ParsedSheet {
  xml: string;
  rows: ParsedRow[];
  merges: string[];
  protected: boolean;
  /** Offsets of `<sheetData>`'s content (for inserting rows). */
  dataOpen: number;
  dataClose: number;
  dataSelfClosing: boolean;
}

const decoder = new TextDecoder();

export function partText(pkg: { entries: Map<string, ZipEntry> }, path: string): string | null {
  const e = pkg.entries.get(path);
  return e ? decoder.decode(inflateEntry(e)) : null;
}

/** A part's text, refused as damaged when it is not well-formed XML (null when the package lacks it). */
export function xmlPart(pkg: { entries: Map<string, ZipEntry> }, path: string): string | null {
  const text = partText(pkg, path);
  if (text !== null && !wellFormed(text)) throw unreadable('damaged', path);
  return text;
}

const startsWith = (buf: Uint8Array, magic: number[]) => magic.every((b, i) => buf[i] === b);

/**
 * An .xls of BIFF2 to BIFF5 written without an OLE container: it starts with a BOF record (type
 * 0x0009, 0x0209, 0x0409 or 0x0809, little-endian) whose length is that of a BOF's body.
 */
export function isBareBiff(data: Uint8Array): boolean {
  if (data.length < 8 || data[1] > 0x08 || (data[1] & 0xf1) !== 0 || data[0] !== 0x09) return false;
  const length = data[2] | (data[3] << 8);
  return length >= 4 && length <= 20 && 4 + length <= data.length;
}

/** An OLE2 file: an old .xls, or an encrypted .xlsx (its EncryptionInfo stream). */
function oleFormat(data: Uint8Array): 'xls' | 'encrypted' {
  const name = new Uint8Array([...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0]));
  outer: for (let i = 0; i + name.length <= data.length; i++) {
    for (let j = 0; j < name.length; j++) if (data[i + j] !== name[j]) continue outer;
    return 'encrypted';
  }
  return 'xls';
}

const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

function section(xml: string, name: string): string {
  for (const e of elements(xml, name)) return e.selfClosing ? '' : innerUntilClose(xml, name, e.end).inner;
  return '';
}

function parseStyles(xml: string, path: string | null): Styles {
  const formats = new Map<number, string>();
  for (const e of elements(section(xml, 'numFmts'), 'numFmt')) {
    const a = attrs(e.attrs);
    formats.set(Number(a.numFmtId), unescapeXml(a.formatCode ?? ''));
  }
  const fills: (CellFill | null | undefined)[] = [];
  const fillsXml = section(xml, 'fills');
  for (const e of elements(fillsXml, 'fill')) {
    const inner = e.selfClosing ? '' : innerUntilClose(fillsXml, 'fill', e.end).inner;
    let fill: CellFill | null | undefined = undefined;
    const pf = elements(inner, 'patternFill').next().value;
    if (!pf) fill = inner.includes('gradientFill') ? undefined : null;
    else {
      const type = attrs(pf.attrs).patternType ?? 'none';
      if (type === 'none') fill = null;
      else if (type === 'solid') {
        const fg = elements(inner, 'fgColor').next().value;
        const rgb = fg ? attrs(fg.attrs).rgb : undefined;
        fill = rgb && /^[0-9A-Fa-f]{8}$/.test(rgb) ? { color: `#${rgb.slice(2).toUpperCase()}`, pattern: 'Solid' } : undefined;
      }
    }
    fills.push(fill);
  }
  const fonts: { bold: boolean; italic: boolean; name: string | null }[] = [];
  const fontsXml = section(xml, 'fonts');
  const on = (inner: string, name: string) => {
    const e = elements(inner, name).next().value;
    return !!e && !/\bval\s*=\s*["'](0|false)["']/.test(e.attrs);
  };
  for (const e of elements(fontsXml, 'font')) {
    const inner = e.selfClosing ? '' : innerUntilClose(fontsXml, 'font', e.end).inner;
    const name = elements(inner, 'name').next().value;
    const val = name ? attrs(name.attrs).val : undefined;
    fonts.push({ bold: on(inner, 'b'), italic: on(inner, 'i'), name: val === undefined ? null : unescapeXml(val) });
  }
  const numFmt: string[] = [];
  const fill: (CellFill | null | undefined)[] = [];
  const font: { bold: boolean; italic: boolean }[] = [];
  const fontName: (string | null)[] = [];
  const fontId: number[] = [];
  const xfs: string[] = [];
  const wrap: boolean[] = [];
  const cellXfs = section(xml, 'cellXfs');
  for (const e of elements(cellXfs, 'xf')) {
    const a = attrs(e.attrs);
    const id = Number(a.numFmtId ?? 0);
    numFmt.push(formats.get(id) ?? BUILTIN_FORMATS[id] ?? 'General');
    fill.push(fills[Number(a.fillId ?? 0)] ?? null);
    const f = fonts[Number(a.fontId ?? 0)];
    font.push(f ? { bold: f.bold, italic: f.italic } : { bold: false, italic: false });
    fontName.push(f?.name ?? null);
    fontId.push(Number(a.fontId ?? 0) || 0);
    const raw = e.selfClosing ? cellXfs.slice(e.start, e.end) : cellXfs.slice(e.start, innerUntilClose(cellXfs, 'xf', e.end).end);
    xfs.push(raw);
    wrap.push(/<(?:[\w.-]+:)?alignment\b[^>]*\bwrapText\s*=\s*["'](1|true)["']/.test(raw));
  }
  return { xml, path, numFmt, fill, font, fontName, fontId, wrap, xfs };
}

/** The shared string items, in order, each interned; the runs of those in an old Vietnamese font into `runs`. */
function readSharedStrings(xml: string, out: string[], runs: (TextRun[] | undefined)[]): void {
  readSharedStringItems(xml, out, runs);
  for (let i = 0; i < out.length; i++) out[i] = intern(out[i]);
}

/**
 * The shared string items, in order. Unprefixed parts (nearly all) are cut with indexOf, and an item
 * that is one plain `<t>` is taken as it is; anything else goes through the general scanner.
 */
function readSharedStringItems(xml: string, out: string[], runs: (TextRun[] | undefined)[]): void {
  if (!/<sst[\s>]/.test(xml)) {
    for (const e of elements(xml, 'si')) {
      const inner = e.selfClosing ? '' : innerUntilClose(xml, 'si', e.end).inner;
      const r = legacyRuns(inner);
      if (r) runs[out.length] = r;
      out.push(stringItemText(inner));
    }
    return;
  }
  let pos = 0;
  for (;;) {
    const at = xml.indexOf('<si', pos);
    if (at < 0) return;
    const after = xml.charCodeAt(at + 3);
    const gt = xml.indexOf('>', at);
    if (gt < 0) return;
    if (after !== 62 && after !== 47 && after !== 32 && after !== 9 && after !== 10 && after !== 13) {
      pos = at + 3; // `<sid…`: another element
      continue;
    }
    if (xml.charCodeAt(gt - 1) === 47) {
      out.push('');
      pos = gt + 1;
      continue;
    }
    const close = xml.indexOf('</si>', gt);
    if (close < 0) return;
    const inner = xml.slice(gt + 1, close);
    pos = close + 5;
    if (inner.startsWith('<t') && (inner.charCodeAt(2) === 62 || inner.charCodeAt(2) === 32)) {
      const open = inner.indexOf('>');
      const end = inner.indexOf('</t>', open);
      if (end >= 0 && end + 4 === inner.length && inner.indexOf('<', open) === end) {
        const text = inner.slice(open + 1, end);
        out.push(text.indexOf('&') < 0 && text.indexOf('_x') < 0 ? text : unescapeOoxml(unescapeXml(text)));
        continue;
      }
    }
    const r = legacyRuns(inner);
    if (r) runs[out.length] = r;
    out.push(stringItemText(inner));
  }
}

const interned = new Memo<string>(8192, true);

/**
 * The same text as one string across the files of a batch: the core's text caches then find it by
 * identity, not by comparing it. A text met for the first time is kept as a copy of its own: a text
 * cut from a part's XML keeps the whole part alive, and these caches outlive the file.
 */
function intern(s: string): string {
  return interned.get(s, (own) => own);
}

/**
 * Text whose first line holds separated values (commas, semicolons or tabs), as CSV exports are:
 * no control byte but line ends and tabs in the first kilobyte.
 */
export function looksLikeCsv(data: Uint8Array): boolean {
  const head = data.subarray(0, 1024);
  if (head.length === 0) return false;
  for (const b of head) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
  let end = head.indexOf(0x0a);
  if (end < 0) end = head.length;
  const first = head.subarray(0, end);
  return first.includes(0x2c) || first.includes(0x3b) || first.includes(0x09);
}

/** Opens the package: workbook, sheets, shared strings, styles. Throws coded WorkbookErrors. */
export function openPackage(data: Uint8Array): Package {
  if (data.length === 0) throw unreadable('empty');
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0])) throw unreadable(oleFormat(data));
  if (isBareBiff(data)) throw unreadable('xls');
  if (!startsWith(data, [0x50, 0x4b, 0x03, 0x04]) && !startsWith(data, [0x50, 0x4b, 0x05, 0x06]))
    throw unreadable(looksLikeCsv(data) ? 'csv' : 'not-zip');
  return openEntries(readZip(data));
}

/**
 * The package over entries already read (a written package's, after a patch): its small parts are
 * parsed and checked well-formed; the shared strings of `previous` are kept when their entry is the same.
 */
export function openEntries(entries: Map<string, ZipEntry>, previous?: Package): Package {
  const pkg = { entries };
  const rootRels = xmlPart(pkg, '_rels/.rels');
  const main = rootRels ? parseRels(rootRels).find((r) => isType(r.type, 'officeDocument')) : undefined;
  const workbookPath = main ? resolvePart('', main.target) : null;
  if (!workbookPath || !entries.has(workbookPath)) {
    if (entries.has('xl/workbook.bin') || (workbookPath ?? '').endsWith('.bin')) throw unreadable('xlsb');
    if (entries.has('content.xml') && entries.has('mimetype')) throw unreadable('ods');
    throw unreadable('no-workbook');
  }
  if (workbookPath.endsWith('.bin')) throw unreadable('xlsb');
  const workbookXml = xmlPart(pkg, workbookPath)!;
  const rels = parseRels(xmlPart(pkg, relsPathOf(workbookPath)) ?? '');
  xmlPart(pkg, '[Content_Types].xml');
  const target = (r: { target: string }) => resolvePart(workbookPath, r.target);
  const sheets: PackageSheet[] = [];
  for (const e of elements(workbookXml, 'sheet')) {
    const a = attrs(e.attrs);
    const rIdKey = Object.keys(a).find((k) => k.endsWith(':id') && !k.startsWith('xmlns'));
    const rId = rIdKey ? a[rIdKey] : a.id;
    const rel = rels.find((r) => r.id === rId);
    if (!rel) throw unreadable('missing-part', a.name);
    const path = target(rel);
    if (!isType(rel.type, 'worksheet')) continue; // chart sheets and dialog sheets hold no cells
    if (!entries.has(path)) throw unreadable('missing-part', path);
    const state = a.state === 'veryHidden' ? 'VeryHidden' : a.state === 'hidden' ? 'Hidden' : 'Visible';
    sheets.push({ name: a.name ?? '', sheetId: a.sheetId ?? '', rId, visibility: state, path });
  }
  const ssRel = rels.find((r) => isType(r.type, 'sharedStrings'));
  const ssPath = ssRel ? target(ssRel) : null;
  let sharedStrings: string[] = [];
  let sharedRuns: (TextRun[] | undefined)[] = [];
  if (previous && ssPath && previous.sharedStringsEntry && previous.sharedStringsEntry === entries.get(ssPath)) {
    sharedStrings = previous.sharedStrings;
    sharedRuns = previous.sharedRuns ?? [];
  } else {
    const ssXml = ssPath ? xmlPart(pkg, ssPath) : null;
    if (ssXml) readSharedStrings(plainMarkup(ssXml), sharedStrings, sharedRuns);
  }
  const stRel = rels.find((r) => isType(r.type, 'styles'));
  const stPath = stRel ? target(stRel) : null;
  const styles = parseStyles((stPath && xmlPart(pkg, stPath)) || '', stPath);
  const pr = elements(workbookXml, 'workbookPr').next().value;
  const prA = pr ? attrs(pr.attrs) : {};
  const prot = elements(workbookXml, 'workbookProtection').next().value;
  const protA = prot ? attrs(prot.attrs) : {};
  return {
    entries,
    workbookPath,
    workbookXml,
    sheets,
    sharedStrings,
    // Every package has the same properties, present or not: the reader's hot code sees one shape.
    sharedRuns: sharedRuns.length > 0 ? sharedRuns : undefined,
    sharedStringsEntry: ssPath ? entries.get(ssPath) : undefined,
    styles,
    date1904: prA.date1904 === '1' || prA.date1904 === 'true',
    structureProtected: protA.lockStructure === '1' || protA.lockStructure === 'true',
  };
}

export function parseRef(ref: string): { row: number; col: number } | null {
  // By hand: this runs for every cell. `$` signs allowed, 1–3 letters, then digits, nothing else.
  let i = 0;
  const n = ref.length;
  if (ref.charCodeAt(i) === 36) i++;
  let col = 0;
  let letters = 0;
  for (; i < n; i++, letters++) {
    let c = ref.charCodeAt(i);
    if (c >= 97 && c <= 122) c -= 32;
    if (c < 65 || c > 90) break;
    col = col * 26 + c - 64;
  }
  if (letters === 0 || letters > 3) return null;
  if (ref.charCodeAt(i) === 36) i++;
  if (i >= n) return null;
  let row = 0;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    row = row * 10 + c - 48;
  }
  return { row, col };
}

const DATE_FORMAT = /(^|[^"\\])[dmyhs]/i;

/** A date format: y, m, d, h, s outside quoted text and [colour] brackets. */
export function isDateFormat(fmt: string): boolean {
  if (fmt === 'General' || fmt === '@') return false;
  const bare = fmt
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  return DATE_FORMAT.test(bare) && !/^[#0.,%E+\- ]*$/.test(bare);
}

/** A serial date as 'YYYY-MM-DD' (the text the core reads for dates), in the 1900 or 1904 system. */
function serialToDate(serial: number, date1904: boolean): string {
  // Excel's 1900 system counts a 29 February 1900 that never was: serials before it are a day later.
  const days = date1904 ? serial + 1462 : serial < 61 ? serial + 1 : serial;
  const ms = Math.round((days - 25569) * 86400000);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? String(serial) : d.toISOString().slice(0, 10);
}

/** Cached value of a cell from its type, `<v>` and inline text. */
function cellValue(pkg: Package, t: string | undefined, v: string | null, inline: string | null, fmt: string, formula: boolean): CellValue {
  switch (t) {
    case 's': {
      const s = v === null ? undefined : pkg.sharedStrings[Number(v)];
      return s ?? null;
    }
    case 'inlineStr':
      return inline ?? (v !== null ? unescapeOoxml(unescapeXml(v)) : null);
    case 'str':
      return v === null ? '' : unescapeOoxml(unescapeXml(v));
    case 'b':
      return v === null ? null : v.trim() === '1' || v.trim() === 'true';
    case 'e':
      return v === null ? null : { error: unescapeXml(v).trim() };
    case 'd':
      return v === null ? null : unescapeXml(v).trim().slice(0, 10);
    default: {
      if (v === null || v.trim() === '') return formula ? null : null;
      const n = Number(v);
      if (!Number.isFinite(n)) return unescapeXml(v);
      return isDateFormat(fmt) ? serialToDate(n, pkg.date1904) : n;
    }
  }
}

const CHILD = /<(?:[\w.-]+:)?(v|f|is)(?=[\s/>])([^>]*?)(\/?)>/g;
const ROW_ATTRS = ['r'] as const;

/** A cell's content up to its closing tag (`</c>`, `</x:c >`): no element inside a cell starts with `</c`. */
function cellBody(xml: string, prefix: string, from: number): { inner: string; end: number } {
  const close = `</${prefix}c`;
  const at = xml.indexOf(close, from);
  if (at < 0) return { inner: xml.slice(from), end: xml.length };
  const gt = xml.indexOf('>', at + close.length);
  if (gt < 0 || xml.slice(at + close.length, gt).trim() !== '') return innerUntilClose(xml, 'c', from);
  return { inner: xml.slice(from, at), end: gt + 1 };
}

/** The `<v>`, `<f>` and `<is>` of a cell's content. */
function cellChildren(body: string): {
  v: string | null;
  f: string | null;
  inline: string | null;
  shared: string | null;
  runs?: TextRun[];
} {
  let v: string | null = null;
  let f: string | null = null;
  let inline: string | null = null;
  // The `si` of a shared formula (`<f t="shared" si="0">`).
  let shared: string | null = null;
  let runs: TextRun[] | undefined;
  if (hasSkippedMarkup(body)) body = plainMarkup(body);
  // The usual cell: `<v>…</v>` alone.
  if (body.startsWith('<v>')) {
    const close = body.indexOf('</v>', 3);
    if (close >= 0 && close + 4 === body.length) return { v: body.slice(3, close), f, inline, shared };
  }
  const cre = new RegExp(CHILD.source, 'g');
  let k: RegExpExecArray | null;
  while ((k = cre.exec(body))) {
    const [, child, childAttrs, childSelf] = k;
    if (child === 'f' && /\bt\s*=\s*["']shared["']/.test(childAttrs)) shared = pickAttrs(childAttrs, SI).si ?? null;
    if (childSelf) {
      if (child === 'f') f ??= '';
      continue;
    }
    const inner = innerUntilClose(body, child, cre.lastIndex);
    cre.lastIndex = inner.end;
    if (child === 'v') v = inner.inner;
    else if (child === 'f') f = unescapeXml(inner.inner);
    else {
      inline = stringItemText(inner.inner);
      runs = legacyRuns(inner.inner);
    }
  }
  return runs ? { v, f, inline, shared, runs } : { v, f, inline, shared };
}

const SI = ['si'] as const;

/** Scans a sheet part once: rows, cells (with offsets), merges, protection. Bounded by LIMITS. */
export function parseSheet(pkg: Package, path: string, budget: { cells: number }): ParsedSheet {
  const xml = partText(pkg, path);
  if (xml === null) throw unreadable('missing-part', path);
  return parseSheetXml(pkg, xml, path, budget);
}

/** A row element's end (`</row>`, or a self-closing `<row …/>`). */
const ROW_END = /<\/(?:[\w.-]+:)?row\s*>|<(?:[\w.-]+:)?row\b[^>]*\/>/g;
/** Something in a row that holds content: a value, inline text or a formula. */
const CONTENT = /<(?:[\w.-]+:)?(?:v|is|f)[\s/>]/;
const DIMENSION = /<(?:[\w.-]+:)?dimension\b[^>]*\bref\s*=\s*["']([^"']*)["']/;

export interface SheetHead {
  /** The rows read: the first `contentRows` rows that hold something, or the whole sheet. */
  parsed: ParsedSheet;
  /** The whole part was read (then `parsed` is the full sheet, merges and protection included). */
  complete: boolean;
  /** The `<dimension>` the writer recorded, when it did. */
  dimension: string | null;
}

/**
 * The top of a sheet, inflating and scanning only until `contentRows` rows with content have been
 * read: what recognition looks at first, at a cost that does not grow with the rest of the sheet.
 */
export function readSheetHead(pkg: Package, path: string, contentRows: number, budget: { cells: number }): SheetHead {
  const entry = pkg.entries.get(path);
  if (!entry) throw unreadable('missing-part', path);
  let cursor = 0;
  let seen = 0;
  let cut = -1;
  const re = new RegExp(ROW_END.source, 'g');
  const { text, complete } = inflateTextHead(entry, (t) => {
    re.lastIndex = cursor;
    while (re.exec(t)) {
      if (CONTENT.test(t.slice(cursor, re.lastIndex))) seen++;
      cursor = re.lastIndex;
      if (seen >= contentRows) {
        cut = cursor;
        return true;
      }
    }
    return false;
  });
  const xml = complete ? text : text.slice(0, cut);
  // The dimension comes before the cells.
  const data = xml.search(/<(?:[\w.-]+:)?sheetData[\s/>]/);
  const dim = DIMENSION.exec(data >= 0 ? xml.slice(0, data) : xml);
  return { parsed: parseSheetXml(pkg, xml, path, budget, complete), complete, dimension: dim ? dim[1] : null };
}

/** Tags the sheet scan stops at, by local name. */
const enum Tag {
  Other,
  Row,
  Cell,
  SheetData,
  MergeCell,
  SheetProtection,
}

/** The tag whose local name is `xml[from, to)` (`<row`, `<x:c`, …), compared without building the name. */
function tagAt(xml: string, from: number, to: number): Tag {
  const len = to - from;
  if (len === 1) return xml.charCodeAt(from) === 99 ? Tag.Cell : Tag.Other;
  if (len === 3) return xml.startsWith('row', from) ? Tag.Row : Tag.Other;
  if (len === 9) return xml.startsWith('sheetData', from) ? Tag.SheetData : xml.startsWith('mergeCell', from) ? Tag.MergeCell : Tag.Other;
  if (len === 15) return xml.startsWith('sheetProtection', from) ? Tag.SheetProtection : Tag.Other;
  return Tag.Other;
}

/** A name character of a tag as the scan reads it (`[\w.-]`), and `:` between prefix and name. */
const isNameChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;

/** The last row and column of a sheet (XFD1048576). */
export const LAST_ROW = 1_048_576;
export const LAST_COL = 16_384;

/** The `>` that ends the tag whose attributes start at `from`: a quoted value may hold `>`. -1 when the tag is cut off. */
function tagEnd(xml: string, from: number): number {
  const gt = xml.indexOf('>', from);
  if (gt < 0) return -1;
  // Nearly every tag: no quote holds a `>`, so the first `>` after an even number of quotes is the end.
  let quote = 0;
  for (let i = from; i < gt; i++) {
    const c = xml.charCodeAt(i);
    if (c === 34 || c === 39) {
      if (quote === 0) quote = c;
      else if (quote === c) quote = 0;
    }
  }
  if (quote === 0) return gt;
  const close = xml.indexOf(quote === 34 ? '"' : "'", gt);
  return close < 0 ? -1 : tagEnd(xml, close + 1);
}

/** Where the comment, CDATA section or processing instruction at `lt` ends (just after it), -1 when cut off, null when it is none. */
function skippedEnd(xml: string, lt: number): number | null {
  const c = xml.charCodeAt(lt + 1);
  let close: string;
  if (c === 63) close = '?>';
  else if (c !== 33) return null;
  else if (xml.startsWith('<!--', lt)) close = '-->';
  else if (xml.startsWith('<![CDATA[', lt)) close = ']]>';
  else return null;
  const end = xml.indexOf(close, lt + 2);
  return end < 0 ? -1 : end + close.length;
}

/** The `r` of a row written `<row r="12" …>` (every writer's way), else null: read through pickAttrs. */
function quickRowNumber(xml: string, from: number, to: number): number | null {
  // ' r="' then digits then '"'.
  if (xml.charCodeAt(from) !== 32 || xml.charCodeAt(from + 1) !== 114 || xml.charCodeAt(from + 2) !== 61 || xml.charCodeAt(from + 3) !== 34)
    return null;
  let n = 0;
  let i = from + 4;
  for (; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (c === 34) break;
    if (c < 48 || c > 57) return null;
    n = n * 10 + c - 48;
  }
  return i > from + 4 && i < to ? n : null;
}

/**
 * Scans a sheet's XML text: rows, cells (with offsets), merges, protection. Bounded by LIMITS.
 * By hand, one `<` at a time: the elements it reads are `<row>`, `<c>`, `<sheetData>`, `<mergeCell>`
 * and `<sheetProtection>` under any prefix, each up to its `>` (quoted values may hold one); a cell's
 * content is skipped to its end tag; comments, CDATA and processing instructions are stepped over.
 * A `complete` part (not just its head) must be well-formed XML, else it is refused as damaged; a
 * row or cell beyond XFD1048576 is refused as outside the grid.
 */
export function parseSheetXml(pkg: Package, xml: string, path: string, budget: { cells: number }, complete = true): ParsedSheet {
  if (complete && !wellFormed(xml)) throw unreadable('damaged', path);
  const sharedFirst = new Map<string, { formula: string; row: number; col: number }>();
  const sharedOthers: { cell: ParsedCell; si: string }[] = [];
  const rows: ParsedRow[] = [];
  const merges: string[] = [];
  let isProtected = false;
  let dataOpen = -1;
  let dataClose = -1;
  let dataSelfClosing = false;
  let row: ParsedRow | null = null;
  let nextRow = 1;
  let nextCol = 1;
  const n = xml.length;
  let lt = xml.indexOf('<');
  while (lt >= 0) {
    const start = lt;
    let i = lt + 1;
    const closing = xml.charCodeAt(i) === 47;
    if (closing) i++;
    // The qualified name: at most one prefix.
    const nameStart = i;
    let local = i;
    let colons = 0;
    for (; i < n; i++) {
      const c = xml.charCodeAt(i);
      if (c === 58) {
        colons++;
        local = i + 1;
      } else if (!isNameChar(c)) break;
    }
    const after = xml.charCodeAt(i);
    const tag =
      colons > 1 ||
      local === i ||
      (colons === 1 && local === nameStart + 1) ||
      !(after === 32 || after === 9 || after === 10 || after === 13 || after === 47 || after === 62)
        ? Tag.Other
        : tagAt(xml, local, i);
    if (tag === Tag.Other) {
      const skip = local === i ? skippedEnd(xml, start) : null;
      if (skip === -1) break; // a head cut inside a comment (a whole part was checked above)
      lt = xml.indexOf('<', skip ?? start + 1);
      continue;
    }
    const gt = tagEnd(xml, i);
    if (gt < 0) break;
    const self = xml.charCodeAt(gt - 1) === 47 && gt - 1 >= i;
    const attrEnd = self ? gt - 1 : gt;
    const next = gt + 1;
    lt = xml.indexOf('<', next);
    if (tag === Tag.SheetData) {
      if (closing) dataClose = start;
      else {
        dataOpen = next;
        if (self) {
          dataSelfClosing = true;
          dataClose = next;
        }
      }
    } else if (tag === Tag.Row) {
      if (closing) {
        if (row) {
          row.close = start;
          row.end = next;
          row = null;
        }
        continue;
      }
      const quick = quickRowNumber(xml, i, attrEnd);
      const rAttr = quick === null ? pickAttrs(xml.slice(i, attrEnd), ROW_ATTRS).r : undefined;
      const r = quick ?? (rAttr ? Number(rAttr) : nextRow);
      if (!(r >= 1 && r <= LAST_ROW)) throw unreadable('outside-grid', path);
      nextRow = r + 1;
      nextCol = 1;
      if (rows.length >= LIMITS.rows) throw tooLarge('rows', path);
      row = { row: r, start, open: next, close: next, end: next, selfClosing: self, cells: [] };
      rows.push(row);
      if (self) row = null;
    } else if (tag === Tag.Cell && !closing) {
      const a = cellAttrsAt(xml, i, attrEnd);
      const ref = a.r ? parseRef(a.r) : null;
      const r = ref?.row ?? (row ? row.row : nextRow);
      const c = ref?.col ?? nextCol;
      if (r < 1 || r > LAST_ROW || c > LAST_COL) throw unreadable('outside-grid', path);
      nextCol = c + 1;
      const style = Number(a.s ?? 0) || 0;
      const fmt = pkg.styles.numFmt[style] ?? 'General';
      let v: string | null = null;
      let f: string | null = null;
      let inline: string | null = null;
      let shared: string | null = null;
      let runs: TextRun[] | undefined;
      let end = next;
      if (!self) {
        const prefix = xml.slice(nameStart, local);
        // The usual cell: `<v>…</v></c>`, nothing but text inside `<v>`.
        const vClose = xml.startsWith('<v>', next) ? xml.indexOf('<', next + 3) : -1;
        if (vClose >= 0 && xml.startsWith('</v>', vClose) && xml.startsWith(prefix ? `</${prefix}c>` : '</c>', vClose + 4)) {
          v = xml.slice(next + 3, vClose);
          end = vClose + 4 + prefix.length + 4;
        } else {
          const body = cellBody(xml, prefix, next);
          end = body.end;
          ({ v, f, inline, shared, runs } = cellChildren(body.inner));
        }
        lt = xml.indexOf('<', end);
      }
      if (--budget.cells < 0) throw tooLarge('cells', path);
      const cell: ParsedCell = {
        row: r,
        col: c,
        value: cellValue(pkg, a.t, v, inline, fmt, f !== null),
        formula: f ? `=${f.replace(/_xlfn\./g, '')}` : null,
        style,
        start,
        end,
      };
      if (a.t === 's' && pkg.sharedRuns && v !== null) runs = pkg.sharedRuns[Number(v)];
      if (runs && a.t !== 's' && a.t !== 'inlineStr') runs = undefined;
      if (runs) cell.runs = runs;
      if (shared !== null) {
        // The first cell of a shared formula carries its text; the others take it, moved, once all are read.
        if (f) sharedFirst.set(shared, { formula: cell.formula as string, row: r, col: c });
        else sharedOthers.push({ cell, si: shared });
      }
      if (row) row.cells.push(cell);
      else {
        // A cell outside any row element: keep it readable in a row of its own.
        rows.push({ row: r, start, open: start, close: end, end, selfClosing: false, cells: [cell] });
      }
    } else if (tag === Tag.MergeCell && !closing) {
      const ref = attrs(xml.slice(i, attrEnd)).ref;
      if (ref) {
        if (merges.length >= LIMITS.merges) throw tooLarge('merges', path);
        merges.push(ref.replace(/\$/g, ''));
      }
    } else if (tag === Tag.SheetProtection && !closing) {
      const a = attrs(xml.slice(i, attrEnd));
      isProtected = a.sheet === '1' || a.sheet === 'true';
    }
  }
  for (const { cell, si } of sharedOthers) {
    const first = sharedFirst.get(si);
    if (first) cell.formula = shiftFormula(first.formula, cell.row - first.row, cell.col - first.col);
  }
  return { xml, rows, merges, protected: isProtected, dataOpen, dataClose, dataSelfClosing };
}

/**
 * How much of the stored state one cell holds: under the 32,767 characters a cell may hold in Excel
 * (a longer text makes Excel call the whole file damaged and offer to repair it), counted as the
 * text is written in the sheet's XML (`&quot;` six characters), so that the limit holds however
 * Excel counts.
 */
export const STATE_CELL_CHARS = 32_000;

/** A character's length as written in XML text (see `escapeXml`). */
const written = (c: number) => (c === 38 ? 5 : c === 60 || c === 62 ? 4 : c === 34 ? 6 : 1);

/** The state's JSON cut into the texts of column A's cells, in order, each within STATE_CELL_CHARS, never inside a surrogate pair. */
export function stateCells(json: string): string[] {
  const out: string[] = [];
  let from = 0;
  let size = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    const w = written(c);
    // A cut before a low surrogate would split its pair: the pair goes on together.
    if (size + w > STATE_CELL_CHARS && !(c >= 0xdc00 && c <= 0xdfff && i > from)) {
      out.push(json.slice(from, i));
      from = i;
      size = 0;
    }
    size += w;
  }
  if (from < json.length) out.push(json.slice(from));
  return out;
}

/** The rows of column A of the state sheet that hold a text (the state's pieces), in order. */
export function stateRows(pkg: Package, sheet: PackageSheet): { row: number; text: string }[] {
  const parsed = parseSheet(pkg, sheet.path, { cells: 1000 });
  const out: { row: number; text: string }[] = [];
  for (const r of parsed.rows)
    for (const c of r.cells) if (c.col === 1 && typeof c.value === 'string' && c.value !== '') out.push({ row: c.row, text: c.value });
  return out.sort((a, b) => a.row - b.row);
}

/** The product's stored state, from the very hidden sheet's column A (its JSON in pieces, A1 first). */
export function readState(pkg: Package): { state: ProductState | null; problem: 'damaged' | 'newer' | null } {
  const sheet = pkg.sheets.find((s) => s.name === STATE_SHEET_NAME);
  if (!sheet) return { state: null, problem: null };
  const json = stateRows(pkg, sheet)
    .map((r) => r.text)
    .join('');
  return readProductState(json);
}

export const cellRef = (row: number, col: number) => `${columnLetters(col)}${row}`;

export { REL };
