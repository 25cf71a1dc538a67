/**
 * The scoring sheet ("Thang điểm"): the criteria tree the user reads and edits in Excel, and where
 * the year's scores live (self-score, the council's appraisal in one or more rounds, evidence, cause).
 * Columns are found by their header words (with or without diacritics, any case), criteria by the
 * "Mã" column, so a pasted council table works; rows added at the bottom are new criteria.
 * A bad definition (max, scale, measure, code) makes the sheet unusable and is reported at its cell;
 * a bad score (text, above the maximum) is a finding at its cell and that score alone is ignored.
 */
import { SCORING_SHEET_WORDS as W } from '../words/document';
import { APPENDIX_2021, Catalogue } from '../kinds/appendix/catalogue';
import { columnLetters, parseA1 } from '../figures/address';
import { linesNeeded } from '../workbook/text-lines';
import { formatNumber, parseNumberText } from '../figures/numbers';
import { NewSheetPlan } from '../workbook/write-plan';
import { CellValue, SheetSnapshot, WorkbookSnapshot, cellAt, cellText, sheetBounds } from '../workbook/snapshot';
import { cleanText, fold } from '../figures/text';
import { checkRubric } from './check';
import { areaOf, codeOf } from './ids';
import type { Band, Criterion, Rubric, Scale } from './schema';
import { CriterionEntry } from './score';
import type { FindingFacts, RubricProblem } from '../rules/findings';

export const RUBRIC_SHEET = W.sheetName;

type Key =
  | 'id'
  | 'section'
  | 'title'
  | 'max'
  | 'measure'
  | 'subject'
  | 'scale'
  | 'target'
  | 'figure'
  | 'self'
  | 'appraised'
  | 'evidence'
  | 'cause'
  | 'owner'
  | 'plan'
  | 'note';

/** The columns as the product writes them, and the header words each is recognized by (folded). */
const COLUMNS: { key: Key; vi: string; width: number; match: (h: string) => boolean }[] = [
  { key: 'id', vi: W.columns.id, width: 10, match: (h) => h === 'ma' || h.startsWith('ma ') || h === 'id' },
  { key: 'section', vi: W.columns.section, width: 6, match: (h) => h.startsWith('phan') || h === 'section' },
  { key: 'title', vi: W.columns.title, width: 44, match: (h) => h.startsWith('tieu chi') || h.startsWith('noi dung') || h === 'criterion' },
  { key: 'max', vi: W.columns.max, width: 9, match: (h) => h.startsWith('diem toi da') || h === 'diem chuan' || h.startsWith('max') },
  { key: 'measure', vi: W.columns.measure, width: 30, match: (h) => h.startsWith('chi so do') || h === 'measure' },
  { key: 'subject', vi: W.columns.subject, width: 24, match: (h) => h.startsWith('ten so lieu') || h === 'figure name' },
  { key: 'scale', vi: W.columns.scale, width: 26, match: (h) => h.startsWith('thang diem') || h.startsWith('cach cham') || h === 'scale' },
  { key: 'target', vi: W.columns.target, width: 9, match: (h) => h.startsWith('muc chuan') || h.startsWith('benchmark') },
  {
    key: 'figure',
    vi: W.columns.figure,
    width: 9,
    match: (h) => h.startsWith('so lieu') || h.startsWith('ket qua') || h.startsWith('ty le dat'),
  },
  { key: 'self', vi: W.columns.self, width: 9, match: (h) => h.includes('tu cham') || h.startsWith('self') },
  {
    key: 'appraised',
    vi: W.columns.appraised,
    width: 9,
    match: (h) => h.includes('tham dinh') || h.includes('hoi dong cham') || h.startsWith('appraised'),
  },
  { key: 'evidence', vi: W.columns.evidence, width: 28, match: (h) => h.includes('kiem chung') || h.startsWith('evidence') },
  { key: 'cause', vi: W.columns.cause, width: 34, match: (h) => h.startsWith('nguyen nhan') || h === 'cause' },
  { key: 'owner', vi: W.columns.owner, width: 22, match: (h) => h.startsWith('don vi') || h.startsWith('responsible') },
  { key: 'plan', vi: W.columns.plan, width: 44, match: (h) => h.includes('khac phuc') || h.startsWith('remediation') },
  { key: 'note', vi: W.columns.note, width: 16, match: (h) => h.startsWith('ghi chu') || h === 'note' },
];

const nameOf = (key: Key) => COLUMNS.find((c) => c.key === key)!.vi;
const TITLE_ROWS = 4;
const HEADER_ROW = TITLE_ROWS + 1;

/** "≥100: 5; ≥99: 4,5; ≥0: 0", "tỷ lệ, đủ điểm từ 90", or "chấm theo tài liệu kiểm chứng" (judged). */
export function scaleText(s: Scale | null): string {
  if (!s) return W.judged;
  if (s.type === 'proportional') return W.proportional(s.full);
  return s.tiers.map((t) => `≥${formatNumber(t.min, 'vi')}: ${formatNumber(t.points, 'vi')}`).join('; ');
}

/** A scale, `null` for a judged criterion (empty, or "chấm theo …"), or 'bad'. */
export function parseScale(text: string): Scale | null | 'bad' {
  const f = fold(text);
  if (f === '' || f.startsWith('cham theo') || f.startsWith('judged')) return null;
  if (f.startsWith('ty le') || f.startsWith('proportional')) {
    const m = /(\d+(?:[.,]\d+)?)\s*%?\s*$/.exec(cleanText(text));
    const full = m ? parseNumberText(m[1], 'percent') : null;
    return full && full.value > 0 ? { type: 'proportional', full: full.value } : 'bad';
  }
  const tiers = [];
  for (const part of cleanText(text)
    .split(';')
    .filter((p) => p.trim() !== '')) {
    const m = /^\s*(?:≥|>=)?\s*(-?[\d.,]+)\s*%?\s*[:→]\s*([\d.,]+)\s*$/.exec(part);
    const min = m ? parseNumberText(m[1], 'percent') : null;
    const points = m ? parseNumberText(m[2], 'other') : null;
    if (!min || !points) return 'bad';
    tiers.push({ min: min.value, points: points.value });
  }
  return tiers.length ? { type: 'tiers', tiers } : 'bad';
}

/** "≥90: Tốt; ≥80: Khá" */
export function bandsText(bands: Band[]): string {
  return bands.map((b) => `≥${formatNumber(b.min, 'vi')}: ${b.name}`).join('; ');
}

export function parseBands(text: string): Band[] | null {
  const bands: Band[] = [];
  for (const part of cleanText(text)
    .split(';')
    .filter((p) => p.trim() !== '')) {
    const m = /^\s*(?:≥|>=)?\s*([\d.,]+)\s*%?\s*:\s*(\S.*?)\s*$/.exec(part);
    const min = m ? parseNumberText(m[1], 'percent') : null;
    if (!m || !min) return null;
    bands.push({ min: min.value, name: m[2] });
  }
  return bands;
}

/** Figures of other tables than the appendix a criterion may be measured by, in people's words. */
export const TABLE_FIGURES: { id: string; words: string }[] = Object.entries(W.figures).map(([id, words]) => ({ id, words }));

/** People's words for a measure: "tỷ lệ hồ sơ giải quyết đúng hạn (2.5.3)", a ratio's title, a row's label. */
export function measureText(c: Criterion, cat: Catalogue = APPENDIX_2021): string {
  const m = c.measure;
  if (!m) return '';
  if ('ratio' in m) return cat.ratios.find((q) => q.id === m.ratio)?.title.vi ?? m.ratio;
  const figure = TABLE_FIGURES.find((t) => t.id === m.indicator);
  if (figure) return figure.words;
  const row = cat.rows.find((r) => r.id === m.indicator);
  if (!row) return m.indicator;
  return row.code ? `${c.subject || row.label} (${row.code})` : row.label;
}

/** The measure people's words name, or null. Also reads the older "chỉ tiêu 2.5.3" / "tỷ lệ plan_completion". */
export function parseMeasure(text: string, cat: Catalogue = APPENDIX_2021): Criterion['measure'] | 'bad' {
  const t = cleanText(text);
  const f = fold(t);
  if (f === '' || f.startsWith('cham theo')) return null;
  const legacy = /^(chi tieu|ty le) (\S+)$/.exec(f);
  if (legacy) {
    const id = t.split(/\s+/).slice(2).join('');
    if (legacy[1] === 'chi tieu' && cat.rows.some((r) => r.id === id)) return { indicator: id };
    if (legacy[1] === 'ty le' && cat.ratios.some((q) => q.id === id)) return { ratio: id };
  }
  const code = /\((\d+(?:\.\d+)*)\)\s*$/.exec(t)?.[1];
  if (code) {
    const row = cat.rows.find((r) => r.code === code);
    if (row) return { indicator: row.id };
  }
  const figure = TABLE_FIGURES.find((x) => fold(x.words) === f || x.id === t);
  if (figure) return { indicator: figure.id };
  const ratio = cat.ratios.find((q) => fold(q.title.vi) === f);
  if (ratio) return { ratio: ratio.id };
  const row = cat.rows.find((r) => fold(r.label) === f);
  return row ? { indicator: row.id } : 'bad';
}

/**
 * The order the sheet is written in: first the columns a council reads and prints (code, criterion,
 * maximum, self-score, appraised score, evidence, cause), then the definitions and the plan.
 */
const ORDER: Key[] = [
  'id',
  'title',
  'max',
  'self',
  'appraised',
  'evidence',
  'cause',
  'section',
  'measure',
  'subject',
  'scale',
  'target',
  'figure',
  'owner',
  'plan',
  'note',
];
/** The columns printed: A to this one. */
const PRINTED = 7;
/** Widths where the printed columns differ from the reading defaults (to fill an A4 landscape page). */
const PRINT_WIDTHS: Partial<Record<Key, number>> = { title: 50, appraised: 10, evidence: 30, cause: 36 };
const FONT = { name: 'Times New Roman', size: 11 };

/** The "Thang điểm" sheet for a rubric (and the scores already entered, on a refresh), made to print. */
export function rubricSheetPlan(
  rubric: Rubric,
  name: string,
  cat: Catalogue = APPENDIX_2021,
  entries: Map<string, CriterionEntry> = new Map(),
): NewSheetPlan {
  const columns = ORDER.map((k) => COLUMNS.find((c) => c.key === k)!);
  const widths = columns.map((c) => PRINT_WIDTHS[c.key] ?? c.width);
  const last = columnLetters(columns.length);
  const printedLast = columnLetters(PRINTED);
  const rows: (string | number | null)[][] = [
    [W.title],
    [`${rubric.criteria.some((c) => c.isDefault) ? W.defaults : ''}${W.instructions}`],
    [W.bands, null, bandsText(rubric.bands)],
    [W.attached],
    columns.map((c) => c.vi),
  ];
  const bold = [1, HEADER_ROW];
  const written = new Set<string>();
  const heading = (id: string) => {
    if (written.has(id)) return;
    written.add(id);
    const h = rubric.headings.find((x) => x.id === id);
    if (!h) return;
    rows.push([id, h.title]);
    if (!id.includes('.')) bold.push(rows.length);
  };
  const num = (x: number | null | undefined) => (x === null || x === undefined ? null : x);
  for (const c of rubric.criteria) {
    const parts = c.id.split('.');
    for (let i = 1; i < parts.length; i++) heading(parts.slice(0, i).join('.'));
    const e = entries.get(c.id);
    const cells: Record<Key, string | number | null> = {
      id: c.id,
      section: c.section,
      title: c.title,
      max: c.max,
      measure: measureText(c, cat),
      subject: c.subject,
      scale: scaleText(c.scale),
      target: num(c.target),
      figure: num(e?.figure),
      self: num(e?.self),
      appraised: num(e?.appraised),
      evidence: e?.evidence ?? '',
      cause: e?.cause ?? '',
      owner: c.owner,
      plan: c.plan,
      note: c.isDefault ? W.defaultNote : '',
    };
    rows.push(columns.map((col) => cells[col.key]));
  }
  // The title block spans the printed columns, so that it prints whole above the table.
  const merges = [`A1:${printedLast}1`, `A2:${printedLast}2`, `A3:B3`, `C3:${printedLast}3`, `A4:B4`, `C4:${printedLast}4`];
  return {
    name,
    rows,
    merges,
    columnWidths: widths,
    boldRows: bold,
    wrap: true,
    borders: `A${HEADER_ROW}:${last}${rows.length}`,
    freezeRows: HEADER_ROW,
    freezeCols: 2,
    landscape: true,
    paper: 'A4',
    printTitleRows: `${HEADER_ROW}:${HEADER_ROW}`,
    printArea: `A1:${printedLast}${rows.length}`,
    pageNumbers: true,
    font: FONT,
    styles: [
      { range: `A1:${printedLast}1`, align: 'center', size: FONT.size + 2 },
      { range: `A${HEADER_ROW}:${last}${HEADER_ROW}`, align: 'center', vertical: 'middle' },
    ],
    rowHeights: heights(rows, merges, widths, bold),
  };
}

/** The criteria a "Thang điểm" plan holds: its rows below the header with a maximum. */
export function criteriaInSheet(plan: NewSheetPlan): number {
  const max = plan.rows[HEADER_ROW - 1]?.indexOf(nameOf('max')) ?? -1;
  return plan.rows.filter((row, i) => i >= HEADER_ROW && typeof row[max] === 'number').length;
}

/** Heights so every wrapped cell shows whole, the merged title block's included. */
function heights(rows: (string | number | null)[][], merges: string[], widths: number[], bold: number[]): Record<number, number> {
  const spans = merges.map((m) => {
    const [a, z] = m.split(':').map((x) => parseA1(x));
    return { row: a.row, c1: a.col, c2: z.col };
  });
  const out: Record<number, number> = {};
  rows.forEach((cells, i) => {
    const r = i + 1;
    const size = r === 1 ? FONT.size + 2 : FONT.size;
    let lines = 1;
    cells.forEach((v, j) => {
      if (v === null || v === '') return;
      const span = spans.find((s) => s.row === r && s.c1 === j + 1);
      const width = span ? widths.slice(span.c1 - 1, span.c2).reduce((a, w) => a + w, 0) : widths[j];
      // A little narrower than the column: the hosts' word wrap at 11 pt leaves more room at a line's end.
      lines = Math.max(lines, linesNeeded(String(v), width * 0.92, size, bold.includes(r)));
    });
    out[r] = Math.ceil(lines * size * 1.25 + 4);
  });
  return out;
}

/** A definition the sheet cannot be used with. */
export interface RubricSheetError {
  row: number;
  column: string;
  columnName: string;
  problem: RubricProblem;
}

/** A score (or band) that cannot count: the rest of the sheet still scores. */
export type ScoreProblem = { row: number } & Omit<Extract<FindingFacts, { rule: 'score.invalid' }>, 'rule'>;

export type RubricSheetResult =
  | { found: false }
  | { found: true; sheet: string; rubric: Rubric; entries: Map<string, CriterionEntry>; problems: ScoreProblem[] }
  | { found: true; sheet: string; errors: RubricSheetError[] };

function text(sheet: SheetSnapshot, row: number, col: number): string {
  return cellText(cellAt(sheet, row, col));
}

/** The rubric sheet: the first named "Thang điểm", in any case, with or without accents. */
export function findRubricSheet(wb: WorkbookSnapshot): SheetSnapshot | undefined {
  return wb.sheets.find((s) => isRubricSheetName(s.name));
}

/** A sheet's name is the rubric sheet's (RUBRIC_SHEET), in any case, with or without accents, perhaps with more after it. */
export const isRubricSheetName = (name: string): boolean => fold(name).startsWith(fold(RUBRIC_SHEET));

const ROMAN = /^[IVX]+$/;

/** Codes of the sheets earlier versions made (no area rows): their place in the criteria tree. */
const LEGACY_IDS: Record<string, string> = {
  '1.1': 'I.1.1',
  '1.5': 'I.5',
  '2.2': 'II.2.2',
  '2.5.1': 'II.2.5.1',
  '6.2': 'II.6.3',
  '6.4.2': 'II.6.4.2',
  'B.1': 'III.1',
};

/** Finds the scoring sheet and reads the tree, the bands and the year's scores. */
export function readRubricSheet(wb: WorkbookSnapshot, cat: Catalogue = APPENDIX_2021): RubricSheetResult {
  const sheet = findRubricSheet(wb);
  if (!sheet) return { found: false };
  const { lastRow, lastCol } = sheetBounds(sheet);
  // The header row: the first row naming a code ("Mã") and a maximum ("Điểm tối đa").
  let header = -1;
  const cols = new Map<Key, number>();
  const rounds: number[] = [];
  let bandsCell: { row: number; col: number } | null = null;
  for (let r = sheet.origin.row; r <= Math.min(lastRow, sheet.origin.row + 30) && header < 0; r++) {
    const found = new Map<Key, number>();
    const appraisals: number[] = [];
    for (let c = sheet.origin.col; c <= lastCol; c++) {
      const h = fold(text(sheet, r, c));
      if (h === '') continue;
      if (h.startsWith('xep loai')) bandsCell = { row: r, col: c + 1 };
      const col = COLUMNS.find((x) => x.match(h) && (x.key === 'appraised' || !found.has(x.key)));
      if (!col) continue;
      if (col.key === 'appraised') appraisals.push(c);
      else found.set(col.key, c);
    }
    if (found.has('id') && found.has('max')) {
      header = r;
      found.forEach((c, k) => cols.set(k, c));
      rounds.push(...appraisals);
    }
  }
  const errors: RubricSheetError[] = [];
  const err = (row: number, key: Key, problem: RubricProblem) => {
    const c = cols.get(key);
    errors.push({ row, column: c ? columnLetters(c) : 'A', columnName: nameOf(key), problem });
  };
  if (header < 0) {
    errors.push({
      row: HEADER_ROW,
      column: 'A',
      columnName: nameOf('id'),
      problem: { code: 'no-header' },
    });
    return { found: true, sheet: sheet.name, errors };
  }
  if (!cols.has('title')) err(header, 'title', { code: 'missing-column', name: nameOf('title') });
  if (errors.length) return { found: true, sheet: sheet.name, errors };

  const problems: ScoreProblem[] = [];
  let bands: Band[] = [];
  // The band text sits in the first filled cell right of "Xếp loại"; none means no rating yet.
  let bandCol = bandsCell ? bandsCell.col : lastCol + 1;
  while (bandsCell && bandCol <= lastCol && text(sheet, bandsCell.row, bandCol) === '') bandCol++;
  if (bandsCell && bandCol <= lastCol) {
    const c = bandCol;
    const raw = text(sheet, bandsCell.row, c);
    const parsed = parseBands(raw);
    if (parsed) bands = parsed;
    else
      problems.push({
        row: bandsCell.row,
        column: columnLetters(c),
        columnName: W.bandsColumn,
        criterion: null,
        problem: 'bands',
        actual: raw,
        max: null,
      });
  }

  const get = (r: number, k: Key) => (cols.has(k) ? text(sheet, r, cols.get(k) as number) : '');
  // A sheet an earlier version made: a "Lĩnh vực" column and codes without their area.
  let legacy = false;
  for (let c = sheet.origin.col; c <= lastCol; c++) if (fold(text(sheet, header, c)) === 'linh vuc') legacy = true;
  const headings: { id: string; title: string }[] = [];
  const criteria: unknown[] = [];
  const rowOf: number[] = [];
  const entries = new Map<string, CriterionEntry>();
  let area = '';
  for (let r = header + 1; r <= lastRow; r++) {
    const rawId = get(r, 'id').replace(/\.$/, '');
    if (rawId === '' && get(r, 'title') === '' && get(r, 'max') === '') continue;
    let id: string;
    if (legacy && LEGACY_IDS[rawId]) id = LEGACY_IDS[rawId];
    else if (ROMAN.test(rawId)) id = area = rawId;
    else if (/^[IVX]+(\.\d+)+$/.test(rawId)) {
      id = rawId;
      area = areaOf(rawId);
    } else if (/^\d+(\.\d+)*$/.test(rawId) && area !== '') id = `${area}.${rawId}`;
    else {
      err(r, 'id', { code: 'bad-code', text: rawId });
      continue;
    }
    const maxText = get(r, 'max');
    if (maxText === '') {
      // A heading has no points; a score typed on it means its maximum is missing.
      const scored = [...rounds, cols.get('self')].some((c) => c !== undefined && text(sheet, r, c) !== '');
      if (scored) err(r, 'max', { code: 'score-without-max' });
      else headings.push({ id, title: get(r, 'title') || id });
      continue;
    }
    const max = parseNumberText(maxText, 'other');
    if (!max) err(r, 'max', { code: 'not-number', text: maxText });
    const scale = parseScale(get(r, 'scale'));
    if (scale === 'bad') err(r, 'scale', { code: 'bad-scale', text: get(r, 'scale') });
    const measure = parseMeasure(get(r, 'measure'), cat);
    if (measure === 'bad') err(r, 'measure', { code: 'bad-measure', text: get(r, 'measure') });
    const targetText = get(r, 'target');
    const target = targetText === '' ? null : parseNumberText(targetText, 'percent');
    if (targetText !== '' && !target) err(r, 'target', { code: 'not-number', text: targetText });
    const section = get(r, 'section').toUpperCase() || (area === 'III' ? 'B' : 'A');
    criteria.push({
      id,
      section,
      title: get(r, 'title'),
      subject: get(r, 'subject'),
      measure: measure === 'bad' ? null : measure,
      max: max?.value ?? 1,
      scale: scale === 'bad' ? null : scale,
      target: target ? target.value : null,
      owner: get(r, 'owner'),
      plan: get(r, 'plan'),
      isDefault: fold(get(r, 'note')).includes('mac dinh'),
    });
    rowOf.push(r);
    // The year's entries: a bad one is a finding and does not count.
    const score = (col: number, key: Key): number | null => {
      const v: CellValue = cellAt(sheet, r, col);
      const raw = cellText(v);
      if (raw === '') return null;
      const p = typeof v === 'number' ? { value: v } : parseNumberText(raw, key === 'figure' ? 'percent' : 'other');
      const limit = key === 'figure' ? null : (max?.value ?? null);
      const problem = !p ? 'not-number' : p.value < 0 ? 'negative' : limit !== null && p.value > limit + 1e-9 ? 'above-max' : null;
      if (problem) {
        problems.push({
          row: r,
          column: columnLetters(col),
          columnName: text(sheet, header, col),
          criterion: id,
          problem,
          actual: raw,
          max: limit,
        });
        return null;
      }
      return p!.value;
    };
    let appraised: number | null = null;
    for (const c of rounds) appraised = score(c, 'appraised') ?? appraised;
    entries.set(id, {
      figure: cols.has('figure') ? score(cols.get('figure') as number, 'figure') : null,
      self: cols.has('self') ? score(cols.get('self') as number, 'self') : null,
      appraised,
      evidence: get(r, 'evidence'),
      cause: get(r, 'cause'),
      row: r,
    });
  }
  if (criteria.length === 0) err(header, 'max', { code: 'no-criteria' });
  if (errors.length) return { found: true, sheet: sheet.name, errors };
  const parsed = checkRubric({ name: sheet.name, headings, criteria, bands });
  if (!parsed.ok) {
    for (const issue of parsed.issues) {
      const [, index, field] = issue.path as [string, number, string];
      const key = (COLUMNS.find((c) => c.key === field)?.key ?? 'id') as Key;
      err(typeof index === 'number' ? rowOf[index] : header, key, { code: 'invalid', detail: issue.message });
    }
    return { found: true, sheet: sheet.name, errors };
  }
  return { found: true, sheet: sheet.name, rubric: parsed.rubric, entries, problems };
}

export { codeOf };
