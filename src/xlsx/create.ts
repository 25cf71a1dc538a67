/**
 * A new .xlsx package built from sheet descriptions (the consolidated workbook): plain, printable
 * sheets — a title row, a header row repeated on every printed page and frozen on screen, column
 * widths, thin borders, A4 landscape fitted to the page's width, page numbers in the footer. Written
 * with the engine's zip writer and read back with the engine's reader before a byte is handed out.
 */
import type { CellStyle, ChartSpec, SheetSpec, SpecCell } from '../core/combine/sheets';
import { HEADER_ROW } from '../core/combine/sheets';
import { DOCUMENT_MARGINS, PAGE_NUMBER_FOOTER, columnLetters, parseRange, quoteSheetName } from '../core';
import { unreadable } from './errors';
import { openPackage, parseSheetXml } from './package';
import type { Package, ParsedCell } from './package';
import { EntryWriter, LIMITS, inflateEntryPieces, makeEntry, writeZip } from './zip';
import type { Piece, ZipEntry } from './zip';
import { wellFormed } from './xml';

/** One XML element: attributes escaped, children already XML. */
function el(name: string, attrs: Record<string, string | number | undefined> = {}, ...children: string[]): string {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
    .join('');
  return children.length === 0 ? `<${name}${a}/>` : `<${name}${a}>${children.join('')}</${name}>`;
}

const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids are what it finds
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as XML character data: the five specials escaped (the text is `storedText` already). */
function esc(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** A cell's text as stored and read back: at most Excel's 32,767 characters, without the characters XML 1.0 forbids. */
export function storedText(s: string): string {
  return s.slice(0, 32767).replace(FORBIDDEN, '');
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** cellXfs index per style (see STYLES). */
const XF: Record<CellStyle | 'plain', number> = { plain: 0, title: 1, head: 2, text: 3, bold: 4, int: 5, dec: 6, num: 7, 'total-int': 8 };

const top = el('alignment', { vertical: 'top', wrapText: 1 });
const STYLES =
  XML_HEAD +
  el(
    'styleSheet',
    { xmlns: NS },
    el(
      'fonts',
      { count: 3 },
      el('font', {}, el('sz', { val: 11 }), el('name', { val: 'Times New Roman' })),
      el('font', {}, el('b'), el('sz', { val: 11 }), el('name', { val: 'Times New Roman' })),
      el('font', {}, el('b'), el('sz', { val: 13 }), el('name', { val: 'Times New Roman' })),
    ),
    el(
      'fills',
      { count: 3 },
      el('fill', {}, el('patternFill', { patternType: 'none' })),
      el('fill', {}, el('patternFill', { patternType: 'gray125' })),
      el('fill', {}, el('patternFill', { patternType: 'solid' }, el('fgColor', { rgb: 'FFE7E6E6' }), el('bgColor', { indexed: 64 }))),
    ),
    el(
      'borders',
      { count: 2 },
      el('border', {}, el('left'), el('right'), el('top'), el('bottom'), el('diagonal')),
      el(
        'border',
        {},
        ...['left', 'right', 'top', 'bottom'].map((s) => el(s, { style: 'thin' }, el('color', { auto: 1 }))),
        el('diagonal'),
      ),
    ),
    el('cellStyleXfs', { count: 1 }, el('xf', { numFmtId: 0, fontId: 0, fillId: 0, borderId: 0 })),
    el(
      'cellXfs',
      { count: 9 },
      el('xf', { numFmtId: 0, fontId: 0, fillId: 0, borderId: 0, xfId: 0 }),
      el(
        'xf',
        { numFmtId: 0, fontId: 2, fillId: 0, borderId: 0, xfId: 0, applyFont: 1, applyAlignment: 1 },
        el('alignment', { horizontal: 'center', vertical: 'center', wrapText: 1 }),
      ),
      el(
        'xf',
        { numFmtId: 0, fontId: 1, fillId: 2, borderId: 1, xfId: 0, applyFont: 1, applyFill: 1, applyBorder: 1, applyAlignment: 1 },
        el('alignment', { horizontal: 'center', vertical: 'center', wrapText: 1 }),
      ),
      el('xf', { numFmtId: 0, fontId: 0, fillId: 0, borderId: 1, xfId: 0, applyBorder: 1, applyAlignment: 1 }, top),
      el('xf', { numFmtId: 0, fontId: 1, fillId: 0, borderId: 1, xfId: 0, applyFont: 1, applyBorder: 1, applyAlignment: 1 }, top),
      el('xf', { numFmtId: 3, fontId: 0, fillId: 0, borderId: 1, xfId: 0, applyNumberFormat: 1, applyBorder: 1, applyAlignment: 1 }, top),
      el('xf', { numFmtId: 4, fontId: 0, fillId: 0, borderId: 1, xfId: 0, applyNumberFormat: 1, applyBorder: 1, applyAlignment: 1 }, top),
      el('xf', { numFmtId: 0, fontId: 0, fillId: 0, borderId: 1, xfId: 0, applyBorder: 1, applyAlignment: 1 }, top),
      el(
        'xf',
        { numFmtId: 3, fontId: 1, fillId: 0, borderId: 1, xfId: 0, applyNumberFormat: 1, applyFont: 1, applyBorder: 1, applyAlignment: 1 },
        top,
      ),
    ),
    el('cellStyles', { count: 1 }, el('cellStyle', { name: 'Normal', xfId: 0, builtinId: 0 })),
  );

/** A cell's XML. The hot path of a large consolidation: written directly, every text escaped. */
function cellXml(ref: string, c: SpecCell): string {
  const s = XF[c.style];
  if (c.value === null) return `<c r="${ref}" s="${s}"/>`;
  if (typeof c.value === 'number') {
    const v = `<v>${String(c.value)}</v>`;
    return c.formula ? `<c r="${ref}" s="${s}"><f>${esc(c.formula)}</f>${v}</c>` : `<c r="${ref}" s="${s}">${v}</c>`;
  }
  const t = storedText(c.value).replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_');
  return `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${esc(t)}</t></is></c>`;
}

/**
 * The lines a text takes in a column `width` characters wide (wrapped at words): rows are given
 * their height, since a spreadsheet that opens the file does not always grow them to fit.
 */
function lines(value: string | number | null, width: number, scale: number): number {
  if (typeof value !== 'string') return 1;
  const room = Math.max(1, Math.floor(width / scale) - 1);
  let count = 0;
  for (const para of value.split('\n')) {
    let used = 0;
    count++;
    for (const word of para.split(' ')) {
      const w = word.length;
      if (used > 0 && used + 1 + w > room) {
        count++;
        used = 0;
      }
      used += (used > 0 ? 1 : 0) + w;
      while (used > room) {
        count++;
        used -= room;
      }
    }
  }
  return count;
}

/** How many bytes of a part are gathered before they are compressed. */
const PIECE = 128 * 1024;

/**
 * A part's text written straight into UTF-8 bytes and compressed a piece at a time: a sheet of a
 * large consolidation is never one giant string, nor an array of every row's text, nor its whole
 * bytes, on its way into the package. One buffer of about PIECE bytes serves every part in turn.
 */
class PartSink {
  private readonly enc = new TextEncoder();
  private buf = new Uint8Array(PIECE);
  private used = 0;
  private entry: EntryWriter | null = null;

  /** Starts the part `name`. */
  begin(name: string): void {
    this.entry = new EntryWriter(name);
    this.used = 0;
  }

  write(s: string): void {
    // A UTF-16 unit takes at most 3 bytes: a text longer than the room left goes into the next piece.
    if (this.used + s.length * 3 > this.buf.length) {
      this.flush();
      if (s.length * 3 > this.buf.length) this.buf = new Uint8Array(s.length * 3);
    }
    this.used += this.enc.encodeInto(s, this.buf.subarray(this.used)).written;
    if (this.used >= PIECE) this.flush();
  }

  /** The part as a zip entry, and its pieces when the codec cut it at each. */
  end(): { entry: ZipEntry; pieces: Piece[] | null } {
    this.flush();
    const made = (this.entry as EntryWriter).end();
    this.entry = null;
    return made;
  }

  private flush(): void {
    this.entry?.write(this.buf.subarray(0, this.used));
    this.used = 0;
  }
}

/** A row's XML: its height fitted to its texts, its cells in order. */
function rowXml(cells: SpecCell[], r: number, spec: SheetSpec, letters: string[], total: number): string {
  const ht =
    r === 1
      ? 18 * lines(cells[0]?.value, total, 1.3) + 6
      : cells.reduce((most, c, j) => Math.max(most, lines(c.value, spec.widths[j] ?? 10, c.style === 'head' ? 1.1 : 1)), 1) * 15;
  const open = `<row r="${r}" ht="${ht}" customHeight="1"`;
  if (cells.length === 0) return `${open}/>`;
  let xml = `${open}>`;
  for (let j = 0; j < cells.length; j++) xml += cellXml(`${letters[j] ?? (letters[j] = columnLetters(j + 1))}${r}`, cells[j]);
  return `${xml}</row>`;
}

/** A sheet part, written row by row into `out` and compressed as it goes. */
function sheetPart(spec: SheetSpec, name: string, out: PartSink): { entry: ZipEntry; pieces: Piece[] | null } {
  const width = spec.rows.reduce((most, r) => Math.max(most, r.length), spec.widths.length);
  const last = columnLetters(width);
  const m = DOCUMENT_MARGINS;
  out.begin(name);
  out.write(
    XML_HEAD +
      `<worksheet xmlns="${NS}" xmlns:r="${REL_NS}">` +
      el('sheetPr', {}, el('pageSetUpPr', { fitToPage: 1 })) +
      el('dimension', { ref: `A1:${last}${Math.max(1, spec.rows.length)}` }) +
      el(
        'sheetViews',
        {},
        el(
          'sheetView',
          { workbookViewId: 0 },
          el('pane', { ySplit: HEADER_ROW, topLeftCell: `A${HEADER_ROW + 1}`, activePane: 'bottomLeft', state: 'frozen' }),
          el('selection', { pane: 'bottomLeft', activeCell: `A${HEADER_ROW + 1}`, sqref: `A${HEADER_ROW + 1}` }),
        ),
      ) +
      el('sheetFormatPr', { defaultRowHeight: 15 }) +
      el('cols', {}, ...spec.widths.map((w, j) => el('col', { min: j + 1, max: j + 1, width: w, customWidth: 1 }))),
  );
  if (spec.rows.length > 0) {
    // The title row is one merged cell across the table; the rest of it carries no border.
    const total = spec.widths.reduce((a, w) => a + w, 0);
    const letters: string[] = [];
    out.write('<sheetData>');
    spec.rows.forEach((cells, i) => out.write(rowXml(cells, i + 1, spec, letters, total)));
    out.write('</sheetData>');
  } else out.write('<sheetData/>');
  out.write(
    (width > 1 ? el('mergeCells', { count: 1 }, el('mergeCell', { ref: `A1:${last}1` })) : '') +
      el('pageMargins', { left: m.left, right: m.right, top: m.top, bottom: m.bottom, header: m.header, footer: m.footer }) +
      el('pageSetup', { paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 }) +
      el('headerFooter', {}, el('oddFooter', {}, esc(`&C${PAGE_NUMBER_FOOTER}`))) +
      (spec.charts?.length ? el('drawing', { 'r:id': 'rId1' }) : '') +
      '</worksheet>',
  );
  return out.end();
}

const C_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const XDR_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

/** The cells of a one-column range of the sheet, as the chart's cache (what shows before a recalculation). */
function column(spec: SheetSpec, range: string): (string | number | null)[] {
  const r = parseRange(range);
  const out: (string | number | null)[] = [];
  for (let row = r.top; row <= r.bottom; row++) out.push(spec.rows[row - 1]?.[r.left - 1]?.value ?? null);
  return out;
}

const absolute = (sheet: string, range: string) => {
  const r = parseRange(range);
  return `${quoteSheetName(sheet)}!$${columnLetters(r.left)}$${r.top}:$${columnLetters(r.right)}$${r.bottom}`;
};

/** The series' fills: blue, then orange (the benchmark). */
const SERIES_COLORS = ['4472C4', 'ED7D31', 'A5A5A5'];

/** A bar or column chart part: its series refer to the sheet's cells, with their values cached. */
function chartXml(spec: SheetSpec, chart: ChartSpec): string {
  const cats = column(spec, chart.categories);
  const pts = (xs: (string | number | null)[]) =>
    xs.map((x, idx) => (x === null ? '' : el('c:pt', { idx }, el('c:v', {}, esc(typeof x === 'number' ? String(x) : storedText(x))))));
  const series = chart.series.map((s, k) =>
    el(
      'c:ser',
      {},
      el('c:idx', { val: k }),
      el('c:order', { val: k }),
      el('c:tx', {}, el('c:v', {}, esc(storedText(s.name)))),
      el('c:spPr', {}, el('a:solidFill', {}, el('a:srgbClr', { val: SERIES_COLORS[k % SERIES_COLORS.length] }))),
      el('c:invertIfNegative', { val: 0 }),
      // A single series shows its values on the bars; with two, the labels would cover each other.
      el(
        'c:dLbls',
        {},
        el('c:numFmt', { formatCode: '0.00', sourceLinked: 0 }),
        el('c:showLegendKey', { val: 0 }),
        el('c:showVal', { val: chart.series.length === 1 ? 1 : 0 }),
        el('c:showCatName', { val: 0 }),
        el('c:showSerName', { val: 0 }),
        el('c:showPercent', { val: 0 }),
        el('c:showBubbleSize', { val: 0 }),
      ),
      el(
        'c:cat',
        {},
        el(
          'c:strRef',
          {},
          el('c:f', {}, esc(absolute(spec.name, chart.categories))),
          el('c:strCache', {}, el('c:ptCount', { val: cats.length }), ...pts(cats)),
        ),
      ),
      el(
        'c:val',
        {},
        el(
          'c:numRef',
          {},
          el('c:f', {}, esc(absolute(spec.name, s.values))),
          el('c:numCache', {}, el('c:formatCode', {}, 'General'), el('c:ptCount', { val: cats.length }), ...pts(column(spec, s.values))),
        ),
      ),
    ),
  );
  const bar = chart.direction === 'bar';
  const title = el(
    'c:title',
    {},
    el(
      'c:tx',
      {},
      el(
        'c:rich',
        {},
        el('a:bodyPr'),
        el(
          'a:p',
          {},
          el('a:pPr', {}, el('a:defRPr', { sz: 1200, b: 1 })),
          el('a:r', {}, el('a:rPr', { sz: 1200, b: 1 }), el('a:t', {}, esc(storedText(chart.title)))),
        ),
      ),
    ),
    el('c:overlay', { val: 0 }),
  );
  return (
    XML_HEAD +
    el(
      'c:chartSpace',
      { 'xmlns:c': C_NS, 'xmlns:a': A_NS, 'xmlns:r': REL_NS },
      el('c:roundedCorners', { val: 0 }),
      el(
        'c:chart',
        {},
        title,
        el('c:autoTitleDeleted', { val: 0 }),
        el(
          'c:plotArea',
          {},
          el('c:layout'),
          el(
            'c:barChart',
            {},
            el('c:barDir', { val: bar ? 'bar' : 'col' }),
            el('c:grouping', { val: 'clustered' }),
            el('c:varyColors', { val: 0 }),
            ...series,
            el('c:gapWidth', { val: 60 }),
            el('c:axId', { val: 1001 }),
            el('c:axId', { val: 1002 }),
          ),
          el(
            'c:catAx',
            {},
            el('c:axId', { val: 1001 }),
            // Horizontal bars list the first category on top, as the table does.
            el('c:scaling', {}, el('c:orientation', { val: bar ? 'maxMin' : 'minMax' })),
            el('c:delete', { val: 0 }),
            el('c:axPos', { val: bar ? 'l' : 'b' }),
            el('c:numFmt', { formatCode: 'General', sourceLinked: 0 }),
            el('c:tickLblPos', { val: 'nextTo' }),
            el('c:crossAx', { val: 1002 }),
            el('c:crosses', { val: 'autoZero' }),
            el('c:auto', { val: 1 }),
            el('c:lblAlgn', { val: 'ctr' }),
            el('c:lblOffset', { val: 100 }),
            el('c:noMultiLvlLbl', { val: 0 }),
          ),
          el(
            'c:valAx',
            {},
            el('c:axId', { val: 1002 }),
            el(
              'c:scaling',
              {},
              el('c:orientation', { val: 'minMax' }),
              chart.scale ? el('c:max', { val: chart.scale.max }) : '',
              chart.scale ? el('c:min', { val: chart.scale.min }) : '',
            ),
            el('c:delete', { val: 0 }),
            el('c:axPos', { val: bar ? 'b' : 'l' }),
            el('c:majorGridlines'),
            el('c:numFmt', { formatCode: '0', sourceLinked: 0 }),
            el('c:tickLblPos', { val: 'nextTo' }),
            el('c:crossAx', { val: 1001 }),
            el('c:crosses', { val: bar ? 'max' : 'autoZero' }),
            el('c:crossBetween', { val: 'between' }),
          ),
        ),
        el('c:legend', {}, el('c:legendPos', { val: 'b' }), el('c:overlay', { val: 0 })),
        el('c:plotVisOnly', { val: 1 }),
        el('c:dispBlanksAs', { val: 'gap' }),
      ),
    )
  );
}

/** The drawing that places a sheet's charts, each anchored between two cells. */
function drawingXml(charts: ChartSpec[]): string {
  const point = (tag: string, col: number, row: number) =>
    el(tag, {}, el('xdr:col', {}, String(col)), el('xdr:colOff', {}, '0'), el('xdr:row', {}, String(row)), el('xdr:rowOff', {}, '0'));
  return (
    XML_HEAD +
    el(
      'xdr:wsDr',
      { 'xmlns:xdr': XDR_NS, 'xmlns:a': A_NS },
      ...charts.map((c, k) =>
        el(
          'xdr:twoCellAnchor',
          {},
          point('xdr:from', c.anchor.col, c.anchor.row),
          point('xdr:to', c.anchor.toCol, c.anchor.toRow),
          el(
            'xdr:graphicFrame',
            { macro: '' },
            el('xdr:nvGraphicFramePr', {}, el('xdr:cNvPr', { id: k + 2, name: `Chart ${k + 1}` }), el('xdr:cNvGraphicFramePr')),
            el('xdr:xfrm', {}, el('a:off', { x: 0, y: 0 }), el('a:ext', { cx: 0, cy: 0 })),
            el(
              'a:graphic',
              {},
              el('a:graphicData', { uri: C_NS }, el('c:chart', { 'xmlns:c': C_NS, 'xmlns:r': REL_NS, 'r:id': `rId${k + 1}` })),
            ),
          ),
          el('xdr:clientData'),
        ),
      ),
    )
  );
}

const CT = {
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  sheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
};

/** A new package's bytes, and the pieces each sheet part was compressed in (null: compressed whole). */
export interface CreatedPackage {
  bytes: Uint8Array;
  pieces: Map<string, Piece[] | null>;
}

/** The package's bytes: workbook, one part per sheet, one stylesheet. */
export function createWorkbook(specs: SheetSpec[]): Uint8Array {
  return createPackage(specs).bytes;
}

/** The package, with the pieces of its sheet parts (`verifyCreated` reads them back a piece at a time). */
export function createPackage(specs: SheetSpec[]): CreatedPackage {
  const enc = new TextEncoder();
  const sink = new PartSink();
  const part = (name: string, xml: string) => makeEntry(name, enc.encode(xml));
  const sheetPath = (i: number) => `xl/worksheets/sheet${i + 1}.xml`;
  // Each sheet with charts has one drawing; the charts are numbered across the workbook.
  const drawings: { sheet: number; drawing: number; charts: number[] }[] = [];
  let chartCount = 0;
  specs.forEach((s, i) => {
    if (!s.charts?.length) return;
    drawings.push({ sheet: i, drawing: drawings.length + 1, charts: s.charts.map(() => ++chartCount) });
  });
  const rels = (items: { id: string; type: string; target: string }[]) =>
    XML_HEAD +
    el(
      'Relationships',
      { xmlns: PKG_REL_NS },
      ...items.map((x) => el('Relationship', { Id: x.id, Type: `${REL_NS}/${x.type}`, Target: x.target })),
    );
  const drawingParts = drawings.flatMap((d) => {
    const spec = specs[d.sheet];
    const charts = spec.charts as ChartSpec[];
    return [
      part(
        `xl/worksheets/_rels/sheet${d.sheet + 1}.xml.rels`,
        rels([{ id: 'rId1', type: 'drawing', target: `../drawings/drawing${d.drawing}.xml` }]),
      ),
      part(`xl/drawings/drawing${d.drawing}.xml`, drawingXml(charts)),
      part(
        `xl/drawings/_rels/drawing${d.drawing}.xml.rels`,
        rels(d.charts.map((n, k) => ({ id: `rId${k + 1}`, type: 'chart', target: `../charts/chart${n}.xml` }))),
      ),
      ...charts.map((c, k) => part(`xl/charts/chart${d.charts[k]}.xml`, chartXml(spec, c))),
    ];
  });
  const types =
    XML_HEAD +
    el(
      'Types',
      { xmlns: 'http://schemas.openxmlformats.org/package/2006/content-types' },
      el('Default', { Extension: 'rels', ContentType: 'application/vnd.openxmlformats-package.relationships+xml' }),
      el('Default', { Extension: 'xml', ContentType: 'application/xml' }),
      el('Override', { PartName: '/xl/workbook.xml', ContentType: CT.workbook }),
      el('Override', { PartName: '/xl/styles.xml', ContentType: CT.styles }),
      ...specs.map((_, i) => el('Override', { PartName: `/${sheetPath(i)}`, ContentType: CT.sheet })),
      ...drawings.flatMap((d) => [
        el('Override', { PartName: `/xl/drawings/drawing${d.drawing}.xml`, ContentType: CT.drawing }),
        ...d.charts.map((n) => el('Override', { PartName: `/xl/charts/chart${n}.xml`, ContentType: CT.chart })),
      ]),
    );
  const rootRels =
    XML_HEAD +
    el(
      'Relationships',
      { xmlns: PKG_REL_NS },
      el('Relationship', { Id: 'rId1', Type: `${REL_NS}/officeDocument`, Target: 'xl/workbook.xml' }),
    );
  const wbRels =
    XML_HEAD +
    el(
      'Relationships',
      { xmlns: PKG_REL_NS },
      ...specs.map((_, i) =>
        el('Relationship', { Id: `rId${i + 1}`, Type: `${REL_NS}/worksheet`, Target: `worksheets/sheet${i + 1}.xml` }),
      ),
      el('Relationship', { Id: `rId${specs.length + 1}`, Type: `${REL_NS}/styles`, Target: 'styles.xml' }),
    );
  const workbook =
    XML_HEAD +
    el(
      'workbook',
      { xmlns: NS, 'xmlns:r': REL_NS },
      el('bookViews', {}, el('workbookView', { activeTab: 0 })),
      el('sheets', {}, ...specs.map((s, i) => el('sheet', { name: s.name, sheetId: i + 1, 'r:id': `rId${i + 1}` }))),
      el(
        'definedNames',
        {},
        ...specs.map((s, i) =>
          el(
            'definedName',
            { name: '_xlnm.Print_Titles', localSheetId: i },
            esc(`${quoteSheetName(s.name)}!$${HEADER_ROW}:$${HEADER_ROW}`),
          ),
        ),
      ),
    );
  const pieces = new Map<string, Piece[] | null>();
  const sheets = specs.map((s, i) => {
    const made = sheetPart(s, sheetPath(i), sink);
    pieces.set(made.entry.name, made.pieces);
    return made.entry;
  });
  const bytes = writeZip([
    part('[Content_Types].xml', types),
    part('_rels/.rels', rootRels),
    part('xl/workbook.xml', workbook),
    part('xl/_rels/workbook.xml.rels', wbRels),
    part('xl/styles.xml', STYLES),
    ...sheets,
    ...drawingParts,
  ]);
  return { bytes, pieces };
}

/** How much of a sheet part is read back at once: a block ends after the first row end tag past this many bytes. */
const VERIFY_BLOCK = 16 * 1024;

/** Where the first `</row>` at or after `from` ends in the bytes, or -1. */
function rowEndAfter(bytes: Uint8Array, from: number): number {
  for (let i = bytes.indexOf(0x3c, from); i >= 0; i = bytes.indexOf(0x3c, i + 1))
    if (bytes[i + 1] === 0x2f && bytes[i + 2] === 0x72 && bytes[i + 3] === 0x6f && bytes[i + 4] === 0x77 && bytes[i + 5] === 0x3e)
      return i + 6;
  return -1;
}

const decoder = new TextDecoder();
/** For a piece of a part after its start: a byte-order mark there is a character, as it is when the whole part is decoded. */
const inner = new TextDecoder('utf-8', { ignoreBOM: true });

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const SHEET_DATA_OPEN = ascii('<sheetData>');
const SHEET_DATA_CLOSE = ascii('</sheetData>');

/** Where `needle` first occurs in `bytes` at or after `from` (the last occurrence when `last`), or -1. */
function find(bytes: Uint8Array, needle: Uint8Array, from: number, last = false): number {
  const n = needle.length;
  const hit = (i: number) => {
    for (let j = 1; j < n; j++) if (bytes[i + j] !== needle[j]) return false;
    return true;
  };
  if (last) {
    for (let i = bytes.lastIndexOf(needle[0]); i >= from; i = i > 0 ? bytes.lastIndexOf(needle[0], i - 1) : -1)
      if (i + n <= bytes.length && hit(i)) return i;
    return -1;
  }
  for (let i = bytes.indexOf(needle[0], from); i >= 0 && i + n <= bytes.length; i = bytes.indexOf(needle[0], i + 1)) if (hit(i)) return i;
  return -1;
}

/**
 * Whether every `<` in bytes[0, end) starts a tag, after an XML declaration at the very start: no
 * comment, CDATA, doctype or processing instruction there, so a well-formed reading takes its last
 * `<sheetData>` as a start tag and what follows it as element content.
 */
function tagsOnly(bytes: Uint8Array, end: number): boolean {
  let i = 0;
  if (bytes[0] === 0x3c && bytes[1] === 0x3f) {
    const close = find(bytes, ascii('?>'), 2);
    if (close < 0 || close + 2 > end) return false;
    i = close + 2;
  }
  for (let lt = bytes.indexOf(0x3c, i); lt >= 0 && lt < end; lt = bytes.indexOf(0x3c, lt + 1))
    if (bytes[lt + 1] === 0x21 || bytes[lt + 1] === 0x3f) return false;
  return true;
}

/**
 * The bytes of a part's pieces not yet used, taken from the front. A piece that comes when nothing is
 * pending is taken as it is (a part inflated whole is not copied); the buffer is then reused.
 */
class Pending {
  private buf: Uint8Array = new Uint8Array(0);
  private start = 0;
  private end = 0;

  /** The next piece: an array of its own, which the pending bytes may keep. */
  push(piece: Uint8Array): void {
    if (this.start === this.end && piece.length >= this.buf.length) {
      this.buf = piece;
      this.start = 0;
      this.end = piece.length;
      return;
    }
    if (this.end + piece.length > this.buf.length) {
      const kept = this.end - this.start;
      if (kept + piece.length > this.buf.length) {
        const grown = new Uint8Array(Math.max(2 * this.buf.length, kept + piece.length));
        grown.set(this.buf.subarray(this.start, this.end));
        this.buf = grown;
      } else this.buf.copyWithin(0, this.start, this.end);
      this.start = 0;
      this.end = kept;
    }
    this.buf.set(piece, this.end);
    this.end += piece.length;
  }

  /** What is pending (a view: valid until the next push). */
  view(): Uint8Array {
    return this.buf.subarray(this.start, this.end);
  }

  /** Drops the first `n` pending bytes. */
  drop(n: number): void {
    this.start += n;
  }
}

/** How far into a part its `<sheetData>` may start; a part laid out otherwise is read whole. */
const HEAD_MOST = 1024 * 1024;

/**
 * A sheet part's cells read back by the engine's own reader, inflated a piece at a time, so what is
 * held at once stays small however large the sheet: `visit` is given every cell; false stops.
 *
 * Throws `damaged` unless the part is well-formed XML, as `wellFormed` would say of its whole text,
 * without ever holding that text: the part around its rows (from the start to its `<sheetData>`,
 * then from its last `</sheetData>` on) is checked as one document, and the rows between, a block of
 * whole rows at a time, each as the content of an element. The blocks are cut after a `</row>`,
 * outside any text; a block that opened what it does not close (an element, a comment, a CDATA
 * section) or closed what it did not open fails, so the blocks pass together exactly when the rows
 * are well-formed content, and the whole part is then well-formed. Each block is checked before its
 * cells are read. A part laid out otherwise (a comment or a processing instruction before its rows,
 * no `<sheetData>` near its start) is read whole and checked as one document.
 */
function readBack(
  pkg: Package,
  path: string,
  pieces: Piece[] | null,
  budget: { cells: number },
  visit: (c: ParsedCell) => boolean,
): boolean {
  const entry = pkg.entries.get(path);
  if (!entry) return false;
  const damaged = () => unreadable('damaged', path);
  /** Reads the block of whole rows `block` (checked first when it is only a piece of the part). */
  const rows = (block: Uint8Array, piece: boolean): boolean => {
    const text = (piece ? inner : decoder).decode(block);
    if (piece && !wellFormed(`<x>${text}</x>`)) throw damaged();
    const parsed = parseSheetXml(pkg, text, path, budget, false);
    for (const row of parsed.rows) for (const c of row.cells) if (!visit(c)) return false;
    return true;
  };
  /** Reads `bytes` up to `to` in blocks of whole rows, the last block up to `to` when `last`; how far it got, or -1 when `visit` stopped. */
  const blocks = (bytes: Uint8Array, to: number, last: boolean, piece: boolean): number => {
    let from = 0;
    while (from < to) {
      const cut = from + VERIFY_BLOCK >= to ? -1 : rowEndAfter(bytes, from + VERIFY_BLOCK);
      if ((cut < 0 || cut > to) && !last) return from;
      const end = cut < 0 || cut > to ? to : cut;
      if (!rows(bytes.subarray(from, end), piece)) return -1;
      from = end;
    }
    return from;
  };
  const pending = new Pending();
  let head: string | null = null;
  let whole = false;
  /** Once a `</sheetData>` has come, what follows waits for the end: the last one ends the rows. */
  let closing = false;
  let stopped = false;
  inflateEntryPieces(entry, pieces, (piece) => {
    pending.push(piece);
    if (whole || closing) return true;
    let bytes = pending.view();
    if (head === null) {
      const open = find(bytes, SHEET_DATA_OPEN, 0);
      if (open < 0) {
        whole = bytes.length > HEAD_MOST;
        return true;
      }
      const from = open + SHEET_DATA_OPEN.length;
      if (!tagsOnly(bytes, from)) {
        whole = true;
        return true;
      }
      head = decoder.decode(bytes.subarray(0, from));
      pending.drop(from);
      bytes = pending.view();
    }
    // Rows that come before the pending end tag of the rows, if any, are read now; the rest waits.
    const close = find(bytes, SHEET_DATA_CLOSE, 0);
    closing = close >= 0;
    const done = blocks(bytes, closing ? close : bytes.length, false, true);
    if (done < 0) return !(stopped = true);
    pending.drop(done);
    return true;
  });
  if (stopped) return false;
  const bytes = pending.view();
  if (head === null) {
    if (!wellFormed(decoder.decode(bytes))) throw damaged();
    return blocks(bytes, bytes.length, true, false) >= 0;
  }
  const close = find(bytes, SHEET_DATA_CLOSE, 0, true);
  if (close < 0) throw damaged();
  if (blocks(bytes, close, true, true) < 0) return false;
  if (!wellFormed(head + inner.decode(bytes.subarray(close)))) throw damaged();
  return true;
}

/**
 * Reads the package back with the engine's own reader and compares every cell with what was meant;
 * the first sheet and cell that differ, or null when all of them read back as written. With the
 * `pieces` the parts were compressed in (`createPackage`), each part is inflated a piece at a time.
 */
export function verifyCreated(
  bytes: Uint8Array,
  specs: SheetSpec[],
  pieces: ReadonlyMap<string, Piece[] | null> = new Map(),
): { sheet: string; cell: string } | null {
  const pkg = openPackage(bytes);
  if (pkg.sheets.length !== specs.length) return { sheet: specs[pkg.sheets.length]?.name ?? '', cell: 'A1' };
  const budget = { cells: LIMITS.cells };
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i];
    const sheet = pkg.sheets[i];
    if (sheet.name !== spec.name) return { sheet: spec.name, cell: 'A1' };
    // Every cell read back is one that was written, with its value; and every value written was read back.
    let seen = 0;
    let bad: string | null = null;
    const parts = pieces.get(sheet.path) ?? null;
    const whole = readBack(pkg, sheet.path, parts, budget, (c) => {
      const want = spec.rows[c.row - 1]?.[c.col - 1];
      const same = want !== undefined && (typeof want.value === 'string' ? c.value === storedText(want.value) : c.value === want.value);
      if (!same) bad = `${columnLetters(c.col)}${c.row}`;
      else if (want.value !== null) seen++;
      return same;
    });
    if (bad !== null || !whole) return { sheet: spec.name, cell: bad ?? 'A1' };
    let written = 0;
    for (const row of spec.rows) for (const c of row) if (c.value !== null) written++;
    if (seen !== written) {
      const got = new Set<string>();
      readBack(
        pkg,
        sheet.path,
        parts,
        { cells: LIMITS.cells },
        (c) => (c.value !== null && got.add(`${columnLetters(c.col)}${c.row}`), true),
      );
      for (let r = 0; r < spec.rows.length; r++)
        for (let c = 0; c < spec.rows[r].length; c++) {
          const ref = `${columnLetters(c + 1)}${r + 1}`;
          if (spec.rows[r][c].value !== null && !got.has(ref)) return { sheet: spec.name, cell: ref };
        }
    }
  }
  return null;
}
