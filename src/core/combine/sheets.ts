/**
 * The consolidated workbook's sheets as data (what a writer lays out): a title row, one header row,
 * then the rows. Plain and printable: the writer repeats the header on every page and freezes it.
 * The words come from `say` (the message tables), so this stays free of any language.
 */
import { columnLetters } from '../figures/address';
import { COUNTED, Consolidation, TALLY_FIELDS, addedUnits } from './types';
import type { CombineColumn, CombineSheet, CombineText } from './words';

export type CellStyle = 'title' | 'head' | 'text' | 'bold' | 'int' | 'dec' | 'num' | 'total-int';

/** One cell of a sheet. A cell may stand in several places of a sheet: never changed once made. */
export interface SpecCell {
  value: string | number | null;
  style: CellStyle;
  /** A live formula (without "="); `value` is its result. */
  formula?: string;
}

/** A native bar chart over ranges of its own sheet (it follows the cells when a figure is corrected). */
export interface ChartSpec {
  title: string;
  /** Horizontal bars ('bar', the first category on top) or columns ('col'). */
  direction: 'bar' | 'col';
  /** The categories' cells ("B3:B14"). */
  categories: string;
  series: { name: string; values: string }[];
  /** The value axis' bounds (percentages: 0–100, so bars compare as they are); automatic when absent. */
  scale?: { min: number; max: number };
  /** Where it sits, by 0-based column and row of its top-left and bottom-right corners. */
  anchor: { col: number; row: number; toCol: number; toRow: number };
}

export interface SheetSpec {
  id: CombineSheet;
  name: string;
  /** Row 1 is the title, row 2 the header, data from row 3. */
  rows: SpecCell[][];
  /** Column widths in characters. */
  widths: number[];
  charts?: ChartSpec[];
}

export const HEADER_ROW = 2;

type Say = (t: CombineText) => string;

/**
 * The workbook's cells, one per value and style: a consolidation repeats its figures, offices, files,
 * rules and sentences from row to row (2,900 distinct among 92,400 cells of the totals at 700
 * offices), so every place a value shows in that style shares one cell. Cells are never changed
 * once made; a cell with a formula is made apart.
 */
class Cells {
  private readonly made = new Map<CellStyle, Map<string | number | null, SpecCell>>();

  /** A text's cell (an empty text is an empty cell). */
  text = (value: string | null, style: CellStyle = 'text'): SpecCell => this.cell(value === '' ? null : value, style);

  number = (value: number | null, style: CellStyle = 'int'): SpecCell => this.cell(value, style);

  private cell(value: string | number | null, style: CellStyle): SpecCell {
    let byValue = this.made.get(style);
    if (!byValue) this.made.set(style, (byValue = new Map()));
    let cell = byValue.get(value);
    // A map takes -0 for 0: the cell keeps the value it was asked for.
    if (!cell || !Object.is(cell.value, value)) byValue.set(value, (cell = { value, style }));
    return cell;
  }
}

function sheet(id: CombineSheet, c: Consolidation, say: Say, k: Cells, head: string[], widths: number[], body: SpecCell[][]): SheetSpec {
  const added = addedUnits(c);
  const title = say({ code: 'title', sheet: id, year: c.year, files: c.units.filter((u) => u.file !== null).length, added });
  return {
    id,
    name: say({ code: 'sheet', sheet: id }),
    rows: [[k.text(title, 'title')], head.map((h) => k.text(h, 'head')), ...body],
    widths,
  };
}

const heads = (say: Say, columns: CombineColumn[]) => columns.map((column) => say({ code: 'column', column }));

/** A file's name without its folders (the JSON keeps the path as given). */
const fileName = (file: string | null) => (file === null ? null : file.replace(/^.*[\\/]/, ''));

/** The name a unit shows under: its office, else its file. */
function unitName(u: { office: string | null; file: string | null }): string {
  return u.office ?? fileName(u.file) ?? '';
}

function statusSheet(c: Consolidation, say: Say, k: Cells): SheetSpec {
  const { text, number } = k;
  const body = c.units.map((u, i) => [
    number(i + 1),
    text(u.office),
    text(u.officeLevel ? say({ code: 'level', level: u.officeLevel }) : null),
    text(fileName(u.file)),
    number(u.year, 'num'),
    text(u.edition),
    text(say({ code: 'status', status: u.status }), 'bold'),
    number(u.file !== null ? u.errors : null),
    number(u.file !== null ? u.warnings : null),
    number(u.score?.achieved ?? null, 'dec'),
    number(u.score?.possible ?? null, 'dec'),
  ]);
  const columns: CombineColumn[] = [
    'number',
    'office',
    'level',
    'file',
    'year',
    'edition',
    'status',
    'errors',
    'warnings',
    'achieved',
    'possible',
  ];
  return sheet('status', c, say, k, heads(say, columns), [6, 30, 10, 24, 7, 10, 16, 7, 10, 9, 10], body);
}

/**
 * The appendix's rows by office, then the province. With last year's files (`c.previous`), each
 * office's column is followed by its change (this year − last year) and the province's by its own.
 */
function appendixSheet(c: Consolidation, say: Say, k: Cells): SheetSpec {
  const { text, number } = k;
  const shown = c.units.map((u, i) => ({ u, i })).filter((x) => COUNTED.includes(x.u.status));
  const trend = c.previous !== undefined;
  // Each office takes one column, or two with its change beside it.
  const step = trend ? 2 : 1;
  const first = 3;
  const last = first + (shown.length - 1) * step;
  const body = c.indicators.map((ind, r) => {
    const row = HEADER_ROW + 1 + r;
    const section = ind.kind === 'section';
    const style = ind.kind === 'percent' ? 'dec' : ind.kind === 'count' || ind.kind === 'coded' ? 'int' : 'num';
    const cells: SpecCell[] = [text(ind.code, section ? 'bold' : 'text'), text(ind.label, section ? 'bold' : 'text'), text(ind.unit)];
    for (const { i } of shown) {
      cells.push(number(section ? null : ind.values[i], style));
      if (trend) cells.push(number(ind.change?.[i] ?? null, style));
    }
    let total: SpecCell;
    if (ind.basis === 'codes' && ind.counts) total = text(say({ code: 'counts', counts: ind.counts }), 'bold');
    else if (ind.basis === 'sum' && ind.total !== null && shown.length > 0)
      total = {
        value: ind.total,
        style: 'total-int',
        // The offices' columns only, never their changes.
        formula: trend
          ? `SUM(${shown.map((_, k) => `${columnLetters(first + 1 + k * step)}${row}`).join(',')})`
          : `SUM(${columnLetters(first + 1)}${row}:${columnLetters(last + 1)}${row})`,
      };
    else total = number(ind.total, ind.basis === 'ratio' ? 'dec' : 'total-int');
    cells.push(total);
    if (trend) cells.push(number(ind.totalChange ?? null, ind.kind === 'percent' ? 'dec' : 'total-int'));
    cells.push(text(section ? null : say({ code: 'basis', basis: ind.basis })));
    return cells;
  });
  const change = say({ code: 'change-column', year: c.previous?.year ?? null });
  const offices = shown.flatMap(({ u }) => (trend ? [unitName(u), change] : [unitName(u)]));
  const province = trend ? [say({ code: 'column', column: 'province' }), change] : [say({ code: 'column', column: 'province' })];
  const head = [...heads(say, ['code', 'indicator', 'unit']), ...offices, ...province, say({ code: 'column', column: 'basis' })];
  const widths = [8, 46, 12, ...shown.flatMap(() => (trend ? [13, 11] : [13])), 16, ...(trend ? [11] : []), 14];
  return sheet('appendix', c, say, k, head, widths, body);
}

function tallySheet(c: Consolidation, say: Say, k: Cells): SheetSpec | null {
  if (!c.tally) return null;
  const { text, number } = k;
  const rows = c.tally.rows;
  const body: SpecCell[][] = rows.map((r, k) => [
    number(k + 1),
    text(unitName({ office: r.office, file: c.units[r.unit].file })),
    ...TALLY_FIELDS.map((f) => number(r.figures[f])),
  ]);
  const top = HEADER_ROW + 1;
  const bottom = HEADER_ROW + rows.length;
  body.push([
    text(null),
    text(say({ code: 'total-row' }), 'bold'),
    ...TALLY_FIELDS.map((f, j) => {
      const v = c.tally?.total[f] ?? null;
      const col = columnLetters(3 + j);
      return v === null ? number(null) : { value: v, style: 'total-int' as const, formula: `SUM(${col}${top}:${col}${bottom})` };
    }),
  ]);
  return sheet(
    'tally',
    c,
    say,
    k,
    heads(say, ['number', 'office', 'issued', 'returned', 'valid', 'invalid']),
    [6, 34, 14, 14, 14, 14],
    body,
  );
}

function findingsSheet(c: Consolidation, say: Say, lang: 'vi' | 'en', k: Cells): SheetSpec {
  const { text, number } = k;
  const body: SpecCell[][] = [];
  for (const f of c.findings)
    body.push([
      number(body.length + 1),
      text(f.office ?? null),
      text(fileName(f.file)),
      text(null),
      text(null),
      text(f.rule),
      text(say({ code: 'severity', severity: 'cross' })),
      text(say({ code: 'cross', finding: f })),
    ]);
  for (const { unit, finding } of c.fileFindings) {
    const u = c.units[unit];
    body.push([
      number(body.length + 1),
      text(u.office),
      text(fileName(u.file)),
      text(finding.sheet),
      text(finding.cell),
      text(finding.rule),
      text(say({ code: 'severity', severity: finding.severity })),
      text(finding.messages[lang]),
    ]);
  }
  const columns: CombineColumn[] = ['number', 'office', 'file', 'sheet', 'cell', 'rule', 'severity', 'message'];
  return sheet('findings', c, say, k, heads(say, columns), [6, 24, 24, 14, 7, 18, 11, 70], body);
}

function rankingSheet(c: Consolidation, say: Say, k: Cells): SheetSpec | null {
  if (!c.ranking || c.ranking.length === 0) return null;
  const { text, number } = k;
  const top = HEADER_ROW + 1;
  const body: SpecCell[][] = c.ranking.map((r, k) => {
    const row = top + k;
    return [
      number(r.rank),
      text(unitName({ office: r.office, file: c.units[r.unit].file })),
      number(r.achieved, 'dec'),
      number(r.possible, 'dec'),
      r.index === null ? number(null, 'dec') : { value: r.index, style: 'dec', formula: `ROUND(C${row}/D${row}*100,2)` },
      number(r.onTime, 'dec'),
      number(r.target, 'dec'),
    ];
  });
  const bottom = top + body.length - 1;
  // Side by side under the table, as tall as the units need: the table and both charts print on one page up to about fifteen units.
  const height = Math.max(12, body.length + 4);
  const charts: ChartSpec[] = [
    {
      title: say({ code: 'chart', chart: 'ranking' }),
      direction: 'bar',
      scale: { min: 0, max: 100 },
      categories: `B${top}:B${bottom}`,
      series: [{ name: say({ code: 'column', column: 'index' }), values: `E${top}:E${bottom}` }],
      anchor: { col: 0, row: bottom + 1, toCol: 3, toRow: bottom + 1 + height },
    },
    {
      title: say({ code: 'chart', chart: 'on-time' }),
      direction: 'col',
      scale: { min: 0, max: 100 },
      categories: `B${top}:B${bottom}`,
      series: [
        { name: say({ code: 'column', column: 'on-time' }), values: `F${top}:F${bottom}` },
        { name: say({ code: 'column', column: 'target' }), values: `G${top}:G${bottom}` },
      ],
      anchor: { col: 3, row: bottom + 1, toCol: 7, toRow: bottom + 1 + height },
    },
  ];
  const columns: CombineColumn[] = ['rank', 'office', 'achieved', 'possible', 'index', 'on-time', 'target'];
  return { ...sheet('ranking', c, say, k, heads(say, columns), [7, 34, 11, 11, 11, 14, 12], body), charts };
}

/** The sheets of the consolidated workbook, in order: status, appendix totals, survey tallies and ranking (when the files carry them), findings. */
export function consolidationSheets(c: Consolidation, say: Say, lang: 'vi' | 'en'): SheetSpec[] {
  const k = new Cells();
  const tally = tallySheet(c, say, k);
  const ranking = rankingSheet(c, say, k);
  return [
    statusSheet(c, say, k),
    appendixSheet(c, say, k),
    ...(tally ? [tally] : []),
    ...(ranking ? [ranking] : []),
    findingsSheet(c, say, lang, k),
  ];
}
