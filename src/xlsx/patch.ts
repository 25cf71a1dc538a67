/**
 * Applies a WritePlan by patching the package: every part not changed keeps its stored (compressed)
 * bytes; in a changed sheet only the written `<c>` elements are spliced into the existing XML; styles
 * are appended to styles.xml (existing ones never altered); a new sheet is new parts plus its
 * `<sheet>`, relationship and content-type override.
 *
 * The product's state goes in a very hidden sheet `cchc_state`: its JSON in column A, A1 first, cut
 * in pieces a cell of Excel can hold (a cell over 32,767 characters makes Excel call the file damaged).
 * The task pane keeps its own in Excel's settings and reads this sheet when they hold none.
 * `plan.activate` is not written: making another sheet active means changing `tabSelected` in sheets
 * the plan does not touch, and a file should open as its owner left it.
 */
import {
  DOCUMENT_MARGINS,
  PAGE_NUMBER_FOOTER,
  WorkbookError,
  columnLetters,
  parseRange,
  plainSheet,
  quoteSheetName,
  storedState,
} from '../core';
import type { CellFill, NewSheetPlan, WritePlan } from '../core';
import { MalformedOutputError, PlanError, unreadable } from './errors';
import {
  LAST_COL,
  LAST_ROW,
  Package,
  ParsedSheet,
  STATE_SHEET_NAME,
  stateCells,
  stateRows,
  cellRef,
  openEntries,
  openPackage,
  parseRef,
  parseSheet,
} from './package';
import { Markup, attrs, el, elements, innerUntilClose, parseRels, raw, relsPathOf, resolvePart, wellFormed } from './xml';
import { LIMITS, ZipEntry, inflateEntry, makeEntry, writeZip } from './zip';
import { rewriteRuns, sharedItems } from './runs';

/** Functions newer than Excel 2007 are stored with the `_xlfn.` prefix. */
const NEWER_FUNCTIONS = /\b(NUMBERVALUE|IFNA|IFS|CONCAT|TEXTJOIN|XLOOKUP)\(/g;

export function toStoredFormula(formula: string): string {
  return formula.replace(/^=/, '').replace(NEWER_FUNCTIONS, '_xlfn.$1(');
}

const WORKSHEET_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const WORKSHEET_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The stylesheet's sections in the schema's order. */
const STYLE_ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];

/** What a section holds before anything is added: the entries Excel reserves (index 0 is the default). */
const STYLE_DEFAULTS: Record<string, Markup[]> = {
  fonts: [el('font', null, [el('sz', { val: 11 }), el('name', { val: 'Calibri' }), el('family', { val: 2 })])],
  fills: [
    el('fill', null, [el('patternFill', { patternType: 'none' })]),
    el('fill', null, [el('patternFill', { patternType: 'gray125' })]),
  ],
  borders: [el('border', null, [el('left'), el('right'), el('top'), el('bottom'), el('diagonal')])],
  cellXfs: [el('xf', { numFmtId: 0, fontId: 0, fillId: 0, borderId: 0 })],
};

/** A stylesheet for a package that has none. */
export const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"></styleSheet>';

/** Edits of styles.xml: only appends (new numFmts, fonts, fills, borders, cellXfs). */
class StyleEditor {
  xml: string;
  private xfCache = new Map<string, number>();
  private fmtIds = new Map<string, number>();
  private nextFmt = 164;
  private counts: Record<string, number> = {};

  constructor(
    private readonly pkg: Package,
    xml: string,
    /** The part the stylesheet is (or will be) written to, for a damaged one to be named. */
    private readonly path: string,
  ) {
    this.xml = xml;
    for (const e of elements(xml, 'numFmt')) {
      const a = attrs(e.attrs);
      const id = Number(a.numFmtId);
      this.fmtIds.set(a.formatCode, id);
      this.nextFmt = Math.max(this.nextFmt, id + 1);
    }
    for (const name of ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs']) this.counts[name] = this.countOf(name);
  }

  private countOf(section: string): number {
    const open = elements(this.xml, section).next().value;
    if (!open) return 0;
    const child = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf' }[section]!;
    const end = this.xml.indexOf(`${section}>`, open.end);
    const inner = open.selfClosing ? '' : this.xml.slice(open.end, end);
    let n = 0;
    for (const e of elements(inner, child)) if (e) n++;
    return n;
  }

  /**
   * Adds a section the stylesheet lacks (minimal writers leave out fonts, fills, borders, even
   * cellXfs), in the order the schema gives, with the entries Excel reserves: index 0 stays the
   * default every unstyled cell already uses.
   */
  private ensure(section: string): void {
    if (elements(this.xml, section).next().value) return;
    // The default xf points at font, fill and border 0: they must exist first.
    if (section === 'cellXfs') for (const s of ['fonts', 'fills', 'borders']) this.ensure(s);
    let sheet = elements(this.xml, 'styleSheet').next().value;
    if (!sheet) throw unreadable('damaged', this.path);
    const prefix = /^<([\w.-]+:)?/.exec(this.xml.slice(sheet.start))![1] ?? '';
    if (sheet.selfClosing) {
      const open = this.xml.slice(sheet.start, sheet.end).replace(/\s*\/>$/, '>');
      this.xml = `${this.xml.slice(0, sheet.start)}${open}</${prefix}styleSheet>${this.xml.slice(sheet.end)}`;
      sheet = elements(this.xml, 'styleSheet').next().value!;
    }
    const reserved = STYLE_DEFAULTS[section] ?? [];
    const added = el(`${prefix}${section}`, { count: reserved.length }, reserved);
    // Before the first section that follows it in the schema's order, or at the end of the stylesheet.
    let at = -1;
    for (const later of STYLE_ORDER.slice(STYLE_ORDER.indexOf(section) + 1)) {
      const e = elements(this.xml, later).next().value;
      if (e) {
        at = e.start;
        break;
      }
    }
    if (at < 0) at = new RegExp(`</(?:[\\w.-]+:)?styleSheet\\s*>`).exec(this.xml)!.index;
    this.xml = `${this.xml.slice(0, at)}${added}${this.xml.slice(at)}`;
    this.counts[section] = reserved.length;
  }

  /** Appends an element to a section, returns its index. */
  private append(section: string, element: Markup): number {
    this.ensure(section);
    const open = elements(this.xml, section).next().value!;
    const prefix = /^<([\w.-]+:)?/.exec(this.xml.slice(open.start))![1] ?? '';
    const index = this.counts[section]++;
    const tag = this.xml.slice(open.start, open.end);
    const newTag = (
      /\scount="\d+"/.test(tag) ? tag.replace(/\scount="\d+"/, ` count="${index + 1}"`) : tag.replace(/\/?>$/, ` count="${index + 1}"$&`)
    ).replace(/\/>$/, '>');
    if (open.selfClosing) {
      this.xml = `${this.xml.slice(0, open.start)}${newTag}${element}</${prefix}${section}>${this.xml.slice(open.end)}`;
    } else {
      const closeRe = new RegExp(`</(?:[\\w.-]+:)?${section}\\s*>`, 'g');
      closeRe.lastIndex = open.end;
      const close = closeRe.exec(this.xml)!;
      this.xml = `${this.xml.slice(0, open.start)}${newTag}${this.xml.slice(open.end, close.index)}${element}${this.xml.slice(close.index)}`;
    }
    return index;
  }

  numFmtId(code: string): number {
    const builtin: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };
    if (code in builtin) return builtin[code];
    const known = this.fmtIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextFmt++;
    this.append('numFmts', el('numFmt', { numFmtId: id, formatCode: code }));
    this.fmtIds.set(code, id);
    return id;
  }

  private fillIds = new Map<string, number>();
  fillId(fill: CellFill | null): number {
    if (fill === null) return 0;
    const rgb = `FF${fill.color.replace('#', '').toUpperCase()}`;
    let id = this.fillIds.get(rgb);
    if (id === undefined) {
      id = this.append(
        'fills',
        el('fill', null, [el('patternFill', { patternType: 'solid' }, [el('fgColor', { rgb }), el('bgColor', { indexed: 64 })])]),
      );
      this.fillIds.set(rgb, id);
    }
    return id;
  }

  private boldFont: number | null = null;
  boldFontId(): number {
    if (this.boldFont === null) {
      const fonts = elements(this.xml, 'fonts').next().value;
      const first = fonts ? elements(this.xml.slice(fonts.end), 'font').next().value : undefined;
      let font = el('font', null, [el('b'), el('sz', { val: 11 }), el('name', { val: 'Calibri' })]);
      if (first && !first.selfClosing) {
        const rest = this.xml.slice(fonts!.end);
        const close = rest.indexOf('font>', first.end);
        const inner = rest.slice(first.end, rest.lastIndexOf('<', close)).replace(/<(?:[\w.-]+:)?b\s*\/>/g, '');
        // The first font's own children (copied as written), made bold.
        font = el('font', null, [el('b'), raw(inner)]);
      }
      this.boldFont = this.append('fonts', font);
    }
    return this.boldFont;
  }

  private thin: number | null = null;
  thinBorderId(): number {
    if (this.thin === null) {
      const side = (s: string) => el(s, { style: 'thin' }, [el('color', { rgb: 'FF000000' })]);
      this.thin = this.append('borders', el('border', null, [side('left'), side('right'), side('top'), side('bottom'), el('diagonal')]));
    }
    return this.thin;
  }

  private renamed = new Map<string, number>();
  /** A new font: the font at `id` as written, with another name (and no theme scheme, which would override the name). */
  renamedFont(id: number, name: string): number {
    const key = `${id}|${name}`;
    let index = this.renamed.get(key);
    if (index !== undefined) return index;
    const fonts = elements(this.xml, 'fonts').next().value;
    let inner = '';
    if (fonts && !fonts.selfClosing) {
      const section = innerUntilClose(this.xml, 'fonts', fonts.end).inner;
      let n = 0;
      for (const e of elements(section, 'font')) {
        if (n++ !== id) continue;
        inner = e.selfClosing ? '' : innerUntilClose(section, 'font', e.end).inner;
        break;
      }
    }
    const prefix = /<([\w.-]+:)?font\b/.exec(this.xml.slice(fonts?.end ?? 0))?.[1] ?? '';
    const kept = inner.replace(/<(?:[\w.-]+:)?(?:name|scheme)\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?(?:name|scheme)\s*>)/g, '');
    index = this.append('fonts', el(`${prefix}font`, null, [raw(kept), el(`${prefix}name`, { val: name })]));
    this.renamed.set(key, index);
    return index;
  }

  /** A new cellXfs entry: the cell's own xf with a number format, a fill and/or its font's name changed. */
  restyle(base: number, change: { numFmt?: string; fill?: CellFill | null; fontName?: string }): number {
    const key = `${base}|${change.numFmt ?? ''}|${change.fill === undefined ? '' : JSON.stringify(change.fill)}|${change.fontName ?? ''}`;
    const cached = this.xfCache.get(key);
    if (cached !== undefined) return cached;
    let xf = this.pkg.styles.xfs[base] ?? STYLE_DEFAULTS.cellXfs[0];
    const set = (name: string, value: number | string) => {
      const re = new RegExp(`\\s${name}="[^"]*"`);
      xf = re.test(xf) ? xf.replace(re, ` ${name}="${value}"`) : xf.replace(/^<([\w.-]+:)?xf/, `$& ${name}="${value}"`);
    };
    if (change.numFmt !== undefined) {
      set('numFmtId', this.numFmtId(change.numFmt));
      set('applyNumberFormat', 1);
    }
    if (change.fill !== undefined) {
      set('fillId', this.fillId(change.fill));
      set('applyFill', 1);
    }
    if (change.fontName !== undefined) {
      set('fontId', this.renamedFont(this.pkg.styles.fontId[base] ?? 0, change.fontName));
      set('applyFont', 1);
    }
    // The cell's own xf as written, with only numbers set in it.
    const index = this.append('cellXfs', raw(xf));
    this.xfCache.set(key, index);
    return index;
  }

  private fontCache = new Map<string, number>();
  fontId(f: { name?: string; size?: number; bold?: boolean; italic?: boolean }): number {
    if (!f.name && !f.size && !f.italic) return f.bold ? this.boldFontId() : 0;
    const key = JSON.stringify(f);
    let id = this.fontCache.get(key);
    if (id === undefined) {
      const children = [
        ...(f.bold ? [el('b')] : []),
        ...(f.italic ? [el('i')] : []),
        el('sz', { val: f.size ?? 11 }),
        el('name', { val: f.name ?? 'Calibri' }),
      ];
      id = this.append('fonts', el('font', null, children));
      this.fontCache.set(key, id);
    }
    return id;
  }

  /** An xf for a new sheet's cell. */
  plain(opts: {
    text: boolean;
    bold: boolean;
    border: boolean;
    wrap: boolean;
    font?: { name?: string; size?: number; italic?: boolean };
    align?: string;
    vertical?: string;
    fill?: CellFill;
  }): number {
    const key = `plain|${JSON.stringify(opts)}`;
    const cached = this.xfCache.get(key);
    if (cached !== undefined) return cached;
    const font = this.fontId({ ...opts.font, bold: opts.bold });
    const border = opts.border ? this.thinBorderId() : 0;
    const fill = opts.fill ? this.fillId(opts.fill) : 0;
    const aligned = !!(opts.wrap || opts.align || opts.vertical);
    const vertical = opts.vertical === 'middle' ? 'center' : (opts.vertical ?? (opts.wrap ? 'top' : undefined));
    const xf = el(
      'xf',
      {
        numFmtId: opts.text ? 49 : 0,
        fontId: font,
        fillId: fill,
        borderId: border,
        xfId: 0,
        applyNumberFormat: opts.text,
        applyFont: font > 0,
        applyFill: fill > 0,
        applyBorder: opts.border,
        applyAlignment: aligned,
      },
      aligned ? [el('alignment', { horizontal: opts.align || null, vertical: vertical || null, wrapText: opts.wrap })] : undefined,
    );
    const index = this.append('cellXfs', xf);
    this.xfCache.set(key, index);
    return index;
  }
}

interface CellChange {
  row: number;
  col: number;
  /** The new content; undefined keeps the cell's content. */
  content?: { formula?: string; value?: string | number | null; text?: boolean };
  numFmt?: string;
  fill?: CellFill | null;
  /** The font's new name (a conversion to Unicode). */
  fontName?: string;
  /** Rich text: the runs' new texts and fonts, each run's other formatting kept. */
  runs?: { text: string; font: string | null }[];
  /** Remove the cell altogether. */
  remove?: boolean;
}

/** A cell's type attribute and children for new content (`p` the sheet's prefix). */
function valueXml(p: string, content: NonNullable<CellChange['content']>): { t?: string; body: Markup[] } {
  const v = content.value;
  if (content.formula) {
    const f = el(`${p}f`, null, toStoredFormula(content.formula));
    if (typeof v === 'number' && Number.isFinite(v)) return { body: [f, el(`${p}v`, null, String(v))] };
    if (typeof v === 'string') return { t: 'str', body: [f, el(`${p}v`, null, v)] };
    return { body: [f] };
  }
  if (v === null || v === undefined) return { body: [] };
  if (typeof v === 'number' && !content.text) return { body: [el(`${p}v`, null, String(v))] };
  return { t: 'inlineStr', body: [inlineText(p, String(v))] };
}

/** `<is><t xml:space="preserve">text</t></is>`, the text's control characters in Excel's `_xHHHH_` form. */
const inlineText = (p: string, text: string) => el(`${p}is`, null, [el(`${p}t`, { 'xml:space': 'preserve' }, escapeOoxmlText(text))]);

/** Text as XML character data. */
const escapeXmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Literal `_xHHHH_` in text must itself be escaped, or a reader would decode it. */
function escapeOoxmlText(s: string): string {
  let out = '';
  for (const ch of s.replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_')) {
    const n = ch.charCodeAt(0);
    out += n < 0x20 && n !== 9 && n !== 10 && n !== 13 ? `_x${n.toString(16).padStart(4, '0').toUpperCase()}_` : ch;
  }
  return out;
}

/** Splices changed cells into a sheet's XML text (`path` names the part, should it be damaged). */
function patchSheet(
  parsed: ParsedSheet,
  changes: CellChange[],
  styles: StyleEditor,
  path: string,
  sharedItem: (index: number) => string | undefined = () => undefined,
): string {
  const xml = parsed.xml;
  const prefixOf = (at: number) => /^<([\w.-]+:)?/.exec(xml.slice(at, at + 40))?.[1] ?? '';
  const firstRow = parsed.rows[0];
  const p = firstRow
    ? prefixOf(firstRow.start)
    : parsed.dataOpen > 0
      ? (/<([\w.-]+:)?sheetData[^>]*>$/.exec(xml.slice(0, parsed.dataOpen))?.[1] ?? '')
      : '';
  const edits: { at: number; end: number; text: string; order: number }[] = [];
  let order = 0;
  const byRow = new Map<number, CellChange[]>();
  for (const c of changes) (byRow.get(c.row) ?? byRow.set(c.row, []).get(c.row)!).push(c);
  const rowIndex = new Map(parsed.rows.map((r) => [r.row, r]));
  const newCell = (c: CellChange, old: { style: number; tag: string } | null): Markup => {
    let style = old?.style ?? 0;
    if (c.numFmt !== undefined || c.fill !== undefined || c.content?.text || c.fontName !== undefined) {
      style = styles.restyle(style, {
        ...(c.numFmt !== undefined ? { numFmt: c.numFmt } : c.content?.text ? { numFmt: '@' } : {}),
        ...(c.fill !== undefined ? { fill: c.fill } : {}),
        ...(c.fontName !== undefined ? { fontName: c.fontName } : {}),
      });
    }
    if (c.runs && old) {
      // Rich text keeps its runs: each gets its new text and font, the rest of its formatting as written.
      const t = /^<[^>]*\bt\s*=\s*["']([^"']*)["']/.exec(old.tag)?.[1];
      const v = /<(?:[\w.-]+:)?v>([^<]*)</.exec(old.tag)?.[1];
      const item =
        t === 's' && v !== undefined
          ? sharedItem(Number(v))
          : t === 'inlineStr'
            ? /<((?:[\w.-]+:)?)is>([\s\S]*)<\/\1is>/.exec(old.tag)?.[2]
            : undefined;
      const is = item === undefined ? null : rewriteRuns(item, c.runs, p, (s) => escapeXmlText(escapeOoxmlText(s)));
      if (is !== null) return el(`${p}c`, { r: cellRef(c.row, c.col), s: style || null, t: 'inlineStr' }, [raw(is)]);
    }
    if (!c.content && old) {
      const s = style ? ` s="${style}"` : '';
      // Only the style changes: keep the element, set its s attribute.
      const tag = old.tag;
      const open = tag.match(/^<[^>]*>/)![0];
      const newOpen = /\ss="\d*"/.test(open) ? open.replace(/\ss="\d*"/, s) : open.replace(/^(<(?:[\w.-]+:)?c)/, `$1${s}`);
      return raw(newOpen + tag.slice(open.length));
    }
    const { t, body } = c.content ? valueXml(p, c.content) : { body: [] };
    return el(`${p}c`, { r: cellRef(c.row, c.col), s: style || null, t }, body.length ? body : undefined);
  };
  for (const [rowNo, list] of byRow) {
    list.sort((a, b) => a.col - b.col);
    const row = rowIndex.get(rowNo);
    if (!row) {
      const next = parsed.rows.find((r) => r.row > rowNo);
      const cells = list.filter((c) => !c.remove).map((c) => newCell(c, null));
      if (cells.length === 0) continue;
      const text = el(`${p}row`, { r: rowNo }, cells);
      if (next) edits.push({ at: next.start, end: next.start, text, order: order++ });
      else if (parsed.dataSelfClosing) {
        const open = xml.lastIndexOf('<', parsed.dataOpen - 1);
        edits.push({ at: open, end: parsed.dataOpen, text: el(`${p}sheetData`, null, [text]), order: order++ });
      } else if (parsed.dataClose >= 0) edits.push({ at: parsed.dataClose, end: parsed.dataClose, text, order: order++ });
      else throw unreadable('damaged', path);
      continue;
    }
    for (const c of list) {
      const old = row.cells.find((x) => x.col === c.col);
      if (old) {
        edits.push({
          at: old.start,
          end: old.end,
          text: c.remove ? '' : newCell(c, { style: old.style, tag: xml.slice(old.start, old.end) }),
          order: order++,
        });
        continue;
      }
      if (c.remove) continue;
      const text = newCell(c, null);
      const after = row.cells.find((x) => x.col > c.col);
      if (after) edits.push({ at: after.start, end: after.start, text, order: order++ });
      else if (row.selfClosing) {
        const open = xml.slice(row.start, row.end).replace(/\s*\/>$/, '>');
        edits.push({ at: row.start, end: row.end, text: `${open}${text}</${prefixOf(row.start)}row>`, order: order++ });
        row.selfClosing = false; // later cells of this row go after it
        row.start = row.end;
      } else edits.push({ at: row.close, end: row.close, text, order: order++ });
    }
  }
  edits.sort((a, b) => a.at - b.at || a.order - b.order);
  let out = '';
  let pos = 0;
  for (const e of edits) {
    out += xml.slice(pos, e.at) + e.text;
    pos = Math.max(pos, e.end);
  }
  return out + xml.slice(pos);
}

function newSheetXml(ns: NewSheetPlan, styles: StyleEditor, veryHidden: boolean): { xml: string } {
  const bold = new Set(ns.boldRows);
  const border = ns.borders ? parseRange(ns.borders) : null;
  const inBorder = (r: number, c: number) => !!border && r >= border.top && r <= border.bottom && c >= border.left && c <= border.right;
  const ranged = (ns.styles ?? []).map((st) => ({ ...st, area: parseRange(st.range) }));
  const styleAt = (r: number, c: number) => {
    const out: { bold?: boolean; italic?: boolean; size?: number; align?: string; vertical?: string; fill?: CellFill } = {};
    for (const st of ranged)
      if (r >= st.area.top && r <= st.area.bottom && c >= st.area.left && c <= st.area.right) {
        if (st.bold !== undefined) out.bold = st.bold;
        if (st.italic !== undefined) out.italic = st.italic;
        if (st.size !== undefined) out.size = st.size;
        if (st.align) out.align = st.align;
        if (st.vertical) out.vertical = st.vertical;
        if (st.fill) out.fill = st.fill;
      }
    return out;
  };
  const height = Math.max(ns.rows.length, border?.bottom ?? 0, ...ranged.map((st) => st.area.bottom));
  const rows: Markup[] = [];
  for (let r = 1; r <= height; r++) {
    const row = ns.rows[r - 1] ?? [];
    const styledRight = Math.max(0, ...ranged.filter((st) => r >= st.area.top && r <= st.area.bottom).map((st) => st.area.right));
    const width = Math.max(row.length, border && r >= border.top && r <= border.bottom ? border.right : 0, styledRight);
    const cells: Markup[] = [];
    for (let c = 1; c <= width; c++) {
      const v = row[c - 1];
      const has = v !== null && v !== undefined;
      const st = styleAt(r, c);
      if (!has && !inBorder(r, c) && Object.keys(st).length === 0) continue;
      const s = styles.plain({
        text: typeof v === 'string',
        bold: st.bold ?? bold.has(r),
        border: inBorder(r, c),
        wrap: ns.wrap && has,
        ...(ns.font || st.size || st.italic ? { font: { name: ns.font?.name, size: st.size ?? ns.font?.size, italic: st.italic } } : {}),
        ...(st.align ? { align: st.align } : {}),
        ...(st.vertical ? { vertical: st.vertical } : {}),
        ...(st.fill ? { fill: st.fill } : {}),
      });
      const ref = cellRef(r, c);
      if (!has) cells.push(el('c', { r: ref, s }));
      else if (typeof v === 'number') cells.push(el('c', { r: ref, s }, [el('v', null, String(v))]));
      else cells.push(el('c', { r: ref, s, t: 'inlineStr' }, [inlineText('', String(v))]));
    }
    const ht = ns.rowHeights?.[r];
    if (cells.length || ht) rows.push(el('row', { r, ht: ht || null, customHeight: !!ht }, cells));
  }
  const sheetView = (children?: Markup[]) => el('sheetView', { workbookViewId: 0 }, children);
  const fc = ns.freezeCols ?? 0;
  const view =
    ns.freezeRows > 0 && fc > 0
      ? sheetView([
          el('pane', {
            xSplit: fc,
            ySplit: ns.freezeRows,
            topLeftCell: `${columnLetters(fc + 1)}${ns.freezeRows + 1}`,
            activePane: 'bottomRight',
            state: 'frozen',
          }),
        ])
      : ns.freezeRows > 0
        ? sheetView([
            el('pane', { ySplit: ns.freezeRows, topLeftCell: `A${ns.freezeRows + 1}`, activePane: 'bottomLeft', state: 'frozen' }),
          ])
        : sheetView();
  const cols = ns.columnWidths.map((w, j) => el('col', { min: j + 1, max: j + 1, width: w, customWidth: 1 }));
  const merges = ns.merges.map((ref) => el('mergeCell', { ref }));
  const breaks = ns.pageBreaksBefore ?? [];
  // A document sheet prints with the official margins; a plain one with Excel's defaults.
  const m = ns.font ? DOCUMENT_MARGINS : { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
  const parts: Markup[] = [
    el('sheetPr', null, [el('pageSetUpPr', { fitToPage: 1 })]),
    el('sheetViews', null, [veryHidden ? sheetView() : view]),
    el('sheetFormatPr', { defaultRowHeight: 15 }),
    ...(cols.length ? [el('cols', null, cols)] : []),
    el('sheetData', null, rows),
    ...(merges.length ? [el('mergeCells', { count: merges.length }, merges)] : []),
    ...(ns.font ? [el('printOptions', { horizontalCentered: 1 })] : []),
    el('pageMargins', { left: m.left, right: m.right, top: m.top, bottom: m.bottom, header: m.header, footer: m.footer }),
    el('pageSetup', { paperSize: 9, fitToHeight: 0, orientation: ns.landscape ? 'landscape' : 'portrait' }),
    ...(ns.pageNumbers ? [el('headerFooter', null, [el('oddFooter', null, `&C${PAGE_NUMBER_FOOTER}`)])] : []),
    ...(breaks.length
      ? [
          el(
            'rowBreaks',
            { count: breaks.length, manualBreakCount: breaks.length },
            breaks.map((r) => el('brk', { id: r - 1, max: 16383, man: 1 })),
          ),
        ]
      : []),
  ];
  return { xml: XML_DECLARATION + el('worksheet', { xmlns: MAIN_NS, 'xmlns:r': REL_NS }, parts) };
}

const encoder = new TextEncoder();

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const STYLES_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';
const STYLES_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

/** The relationships part with one more relationship under a free id (given to `took`). */
function addRelationship(relsXml: string, type: string, target: string, took?: (id: string) => void): string {
  const ids = new Set(parseRels(relsXml).map((r) => r.id));
  let k = ids.size + 1;
  while (ids.has(`rId${k}`)) k++;
  took?.(`rId${k}`);
  return relsXml.replace(
    /<\/(?:[\w.-]+:)?Relationships\s*>/,
    (close) => el('Relationship', { Id: `rId${k}`, Type: type, Target: target }) + close,
  );
}

/** Which cells a plan writes (to check everything else is unchanged). */
export function plannedCells(plan: WritePlan): { sheet: string; cell: string }[] {
  return [...plan.cells, ...plan.fills].map(({ sheet, cell }) => ({ sheet, cell }));
}

/** The patched package's bytes (opens `data`; a caller holding the opened package uses `applyPlan`). */
export function patchPackage(data: Uint8Array, plan: WritePlan): Uint8Array {
  return applyPlan(openPackage(data), plan).bytes;
}

/** A package after a plan: the file's bytes and the package opened over them. */
export interface Patched {
  bytes: Uint8Array;
  pkg: Package;
}

/**
 * Applies a plan to an opened package, POI-style: part edits are collected (sheets spliced, styles
 * appended, new parts added), each written part is checked well-formed, and the zip is written once.
 * Unchanged parts keep their stored compressed bytes; the package handed back shares them (and the
 * shared strings) with `pkg`. `parsed` gives a sheet already scanned (the port's), to scan no sheet twice.
 */
export function applyPlan(pkg: Package, plan: WritePlan, parsed?: (path: string) => ParsedSheet | undefined): Patched {
  const changed = new Map<string, string>();
  const added: { name: string; text: string }[] = [];
  // A package without a stylesheet gets one only if the plan needs a style.
  const styles = new StyleEditor(pkg, pkg.styles.xml || EMPTY_STYLES, pkg.styles.path ?? 'xl/styles.xml');
  let workbookXml = pkg.workbookXml;
  const relsPath = relsPathOf(pkg.workbookPath);
  let relsXml = pkg.entries.get(relsPath) ? new TextDecoder().decode(inflate(pkg, relsPath)) : '';
  let ctXml = new TextDecoder().decode(inflate(pkg, '[Content_Types].xml'));
  const override = (path: string, type: string) =>
    (ctXml = ctXml.replace(/<\/(?:[\w.-]+:)?Types\s*>/, (close) => el('Override', { PartName: `/${path}`, ContentType: type }) + close));

  // The shared string items as written, read only when a plan rewrites rich text.
  let items: string[] | null = null;
  const sharedItem = (index: number): string | undefined => {
    if (items === null) {
      const ssPath = [...pkg.entries.keys()].find((k) => pkg.entries.get(k) === pkg.sharedStringsEntry);
      items = ssPath ? sharedItems(new TextDecoder().decode(inflate(pkg, ssPath))) : [];
    }
    return items[index];
  };
  const changes = new Map<string, Map<string, CellChange>>();
  const changeAt = (sheet: string, cell: string): CellChange => {
    const ref = parseRef(cell);
    if (!ref || ref.row < 1 || ref.row > LAST_ROW || ref.col > LAST_COL) throw new PlanError('bad-cell', sheet, cell);
    const perSheet = changes.get(sheet) ?? changes.set(sheet, new Map()).get(sheet)!;
    const key = cellRef(ref.row, ref.col);
    return perSheet.get(key) ?? perSheet.set(key, { row: ref.row, col: ref.col }).get(key)!;
  };
  for (const w of plan.cells) {
    const c = changeAt(w.sheet, w.cell);
    if (w.numberFormat) c.numFmt = w.numberFormat;
    if (w.fontName) c.fontName = w.fontName;
    if (w.runs) c.runs = w.runs;
    if (w.formula) c.content = { formula: w.formula, value: w.value ?? null };
    else if (w.value !== undefined) c.content = { value: w.value, text: w.asText };
  }
  for (const f of plan.fills) changeAt(f.sheet, f.cell).fill = f.fill;

  const addSheet = (ns: NewSheetPlan, veryHidden: boolean) => {
    const existing = pkg.sheets.find((s) => s.name === ns.name);
    if (existing && ns.replaces) {
      // The product's own earlier sheet: its part gets the new content; name, place and links stay.
      changed.set(existing.path, newSheetXml(ns, styles, veryHidden).xml);
      return;
    }
    if (existing) throw new PlanError('sheet-exists', ns.name);
    let n = 1;
    while (pkg.entries.has(`xl/worksheets/sheet${n}.xml`) || added.some((e) => e.name === `xl/worksheets/sheet${n}.xml`)) n++;
    const path = `xl/worksheets/sheet${n}.xml`;
    added.push({ name: path, text: newSheetXml(ns, styles, veryHidden).xml });
    let rId = '';
    relsXml = addRelationship(relsXml, WORKSHEET_REL, `/${path}`, (id) => (rId = id));
    override(path, WORKSHEET_CT);
    const sheetIds = [...elements(workbookXml, 'sheet')].map((e) => Number(attrs(e.attrs).sheetId) || 0);
    const position = sheetIds.length;
    const sheetId = Math.max(0, ...sheetIds) + 1;
    const sheetsClose = closingTag(workbookXml, 'sheets');
    if (!sheetsClose) throw unreadable('damaged', pkg.workbookPath);
    const p = sheetsClose.prefix;
    const sheet = el(`${p}sheet`, { 'xmlns:r': REL_NS, name: ns.name, sheetId, state: veryHidden ? 'veryHidden' : null, 'r:id': rId });
    workbookXml = workbookXml.slice(0, sheetsClose.index) + sheet + workbookXml.slice(sheetsClose.index);
    const names: Markup[] = [];
    if (ns.printArea) {
      const area = parseRange(ns.printArea);
      const ref = `$${columnLetters(area.left)}$${area.top}:$${columnLetters(area.right)}$${area.bottom}`;
      names.push(el(`${p}definedName`, { name: '_xlnm.Print_Area', localSheetId: position }, `${quoteSheetName(ns.name)}!${ref}`));
    }
    if (ns.printTitleRows) {
      const [a, b] = ns.printTitleRows.split(':');
      names.push(el(`${p}definedName`, { name: '_xlnm.Print_Titles', localSheetId: position }, `${quoteSheetName(ns.name)}!$${a}:$${b}`));
    }
    if (names.length) {
      const dn = names.join('');
      const dnClose = closingTag(workbookXml, 'definedNames');
      if (dnClose) workbookXml = workbookXml.slice(0, dnClose.index) + dn + workbookXml.slice(dnClose.index);
      else {
        // After the last of sheets, functionGroups, externalReferences (the schema's order), outside comments.
        let at = -1;
        for (const name of ['sheets', 'functionGroups', 'externalReferences']) {
          const close = closingTag(workbookXml, name);
          if (close) at = Math.max(at, close.end);
          for (const e of elements(workbookXml, name)) if (e.selfClosing) at = Math.max(at, e.end);
        }
        workbookXml = `${workbookXml.slice(0, at)}${el(`${p}definedNames`, null, names)}${workbookXml.slice(at)}`;
      }
    }
  };

  if (plan.newSheet) addSheet(plan.newSheet, false);
  if (plan.state !== undefined) {
    const existing = pkg.sheets.find((s) => s.name === STATE_SHEET_NAME);
    const texts = plan.state === null ? [] : stateCells(storedState(plan.state));
    if (existing) {
      // A1, A2, … take the new pieces; the cells of a longer state before are emptied.
      const before = stateRows(pkg, existing);
      const rows = Math.max(texts.length, before.length ? before[before.length - 1].row : 0, 1);
      for (let i = 0; i < rows; i++) {
        const c = changeAt(STATE_SHEET_NAME, `A${i + 1}`);
        if (i < texts.length) c.content = { value: texts[i], text: false };
        else c.remove = true;
      }
    } else if (texts.length > 0) {
      addSheet(
        plainSheet(
          STATE_SHEET_NAME,
          texts.map((t) => [t]),
        ),
        true,
      );
    }
  }
  for (const [name, perSheet] of changes) {
    const sheet = pkg.sheets.find((s) => s.name === name);
    if (!sheet) throw new PlanError('no-sheet', name);
    refuseCollisions(
      pkg,
      sheet.path,
      name,
      [...perSheet.values()].filter((c) => c.content || c.remove),
    );
    const scanned = parsed?.(sheet.path) ?? parseSheet(pkg, sheet.path, { cells: LIMITS.cells });
    changed.set(sheet.path, patchSheet(scanned, [...perSheet.values()], styles, sheet.path, sharedItem));
  }
  if (styles.xml !== (pkg.styles.xml || EMPTY_STYLES)) {
    if (pkg.styles.path) changed.set(pkg.styles.path, styles.xml);
    else {
      // A new part, related from the workbook, with its content type.
      let n = 0;
      const free = () => `xl/styles${n || ''}.xml`;
      while (pkg.entries.has(free())) n++;
      const path = free();
      added.push({ name: path, text: styles.xml });
      relsXml = addRelationship(relsXml, STYLES_REL, `/${path}`);
      override(path, STYLES_CT);
    }
  }
  if (workbookXml !== pkg.workbookXml) changed.set(pkg.workbookPath, workbookXml);
  if (added.length) {
    if (!relsXml) throw unreadable('missing-part', relsPath);
    changed.set(relsPath, relsXml);
    changed.set('[Content_Types].xml', ctXml);
  }
  // Every part written is read back as XML first: a writer's slip never reaches a saved file.
  const entry = (name: string, text: string) => {
    if (!wellFormed(text)) throw new MalformedOutputError(name);
    return makeEntry(name, encoder.encode(text));
  };
  const entries = new Map<string, ZipEntry>();
  for (const [name, e] of pkg.entries) {
    const text = changed.get(name);
    entries.set(name, text === undefined ? e : { ...entry(name, text), ...(e.stored ? { stored: e.stored } : {}) });
  }
  for (const a of added) entries.set(a.name, entry(a.name, a.text));
  const bytes = writeZip([...entries.values()]);
  return { bytes, pkg: openEntries(entries, pkg) };
}

/** The closing tag `</prefix:name>` of the first such element outside comments, with the prefix its start tag uses. */
function closingTag(xml: string, name: string): { index: number; end: number; prefix: string } | null {
  for (const e of elements(xml, name)) {
    if (e.selfClosing) return null;
    const close = innerUntilClose(xml, name, e.end);
    if (close.end === xml.length && !/>\s*$/.test(xml)) return null;
    const index = xml.lastIndexOf('<', close.end - 1);
    const prefix = /^<\/([\w.-]+:)?/.exec(xml.slice(index))?.[1] ?? '';
    return { index, end: close.end, prefix };
  }
  return null;
}

/** Refuses a content write inside a pivot table or a table's calculated column of the sheet. */
function refuseCollisions(pkg: Package, sheetPath: string, sheet: string, writes: CellChange[]): void {
  if (writes.length === 0) return;
  const relsText = pkg.entries.has(relsPathOf(sheetPath)) ? new TextDecoder().decode(inflate(pkg, relsPathOf(sheetPath))) : '';
  const inside = (r: { top: number; left: number; bottom: number; right: number }, c: CellChange) =>
    c.row >= r.top && c.row <= r.bottom && c.col >= r.left && c.col <= r.right;
  for (const rel of parseRels(relsText)) {
    if (rel.external) continue;
    const path = resolvePart(sheetPath, rel.target);
    if (!pkg.entries.has(path)) continue;
    const isPivot = rel.type.endsWith('/pivotTable');
    if (!isPivot && !rel.type.endsWith('/table')) continue;
    const xml = new TextDecoder().decode(inflate(pkg, path));
    const root = elements(xml, isPivot ? 'pivotTableDefinition' : 'table').next().value;
    const a = root ? attrs(root.attrs) : {};
    const tableName = a.displayName ?? a.name ?? path;
    if (isPivot) {
      const loc = elements(xml, 'location').next().value;
      if (!loc) continue;
      const area = parseRange(attrs(loc.attrs).ref ?? 'A1');
      const hit = writes.find((c) => inside(area, c));
      if (hit) throw collides(sheet, hit, 'pivot-table', tableName);
      continue;
    }
    if (!a.ref) continue;
    const area = parseRange(a.ref);
    const body = { ...area, top: area.top + Number(a.headerRowCount ?? 1), bottom: area.bottom - Number(a.totalsRowCount ?? 0) };
    let col = area.left;
    for (const tc of elements(xml, 'tableColumn')) {
      const inner = tc.selfClosing ? '' : innerUntilClose(xml, 'tableColumn', tc.end).inner;
      if (/calculatedColumnFormula/.test(inner)) {
        const hit = writes.find((c) => c.col === col && inside(body, c));
        if (hit) throw collides(sheet, hit, 'table-formula', tableName);
      }
      col++;
    }
  }
}

const collides = (sheet: string, c: CellChange, withWhat: 'pivot-table' | 'table-formula', name: string) =>
  new WorkbookError({ code: 'write-collides', sheet, cell: cellRef(c.row, c.col), with: withWhat, name, changed: 'nothing' });

function inflate(pkg: Package, path: string): Uint8Array {
  const e = pkg.entries.get(path);
  if (!e) throw new WorkbookError({ code: 'file-format', format: 'missing-part', part: path, changed: 'nothing' });
  return inflateEntry(e);
}
