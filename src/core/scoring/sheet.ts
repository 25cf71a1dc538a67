/**
 * The rubric as a sheet the user reads and edits in Excel ("Thang điểm"), and back.
 * A bad edit is reported by row and column, and nothing is scored with it.
 */
import { columnLetters } from '../figures/address';
import { formatNumber, parseNumberText } from '../figures/numbers';
import { NewSheetPlan } from '../workbook/write-plan';
import { SheetSnapshot, WorkbookSnapshot, cellAt, cellText, sheetBounds } from '../workbook/snapshot';
import { cleanText, fold } from '../figures/text';
import { Rubric, RubricSchema, Scale } from './schema';

export const RUBRIC_SHEET = 'Thang điểm';

const COLUMNS = [
  { key: 'id', vi: 'Mã', en: 'Id' },
  { key: 'section', vi: 'Phần', en: 'Section' },
  { key: 'area', vi: 'Lĩnh vực', en: 'Area' },
  { key: 'title', vi: 'Tiêu chí', en: 'Criterion' },
  { key: 'subject', vi: 'Tên số liệu', en: 'Figure' },
  { key: 'measure', vi: 'Chỉ số đo', en: 'Measure' },
  { key: 'max', vi: 'Điểm tối đa', en: 'Max points' },
  { key: 'scale', vi: 'Thang điểm', en: 'Scale' },
  { key: 'target', vi: 'Mức chuẩn (%)', en: 'Benchmark (%)' },
  { key: 'owner', vi: 'Đơn vị thực hiện', en: 'Responsible unit' },
  { key: 'plan', vi: 'Phương án khắc phục', en: 'Remediation plan' },
  { key: 'note', vi: 'Ghi chú', en: 'Note' },
] as const;

type Key = (typeof COLUMNS)[number]['key'];
const HEADER_ROW = 3;

/** "≥100: 5; ≥99: 4,5; ≥0: 0" or "tỷ lệ, đủ điểm từ 90". */
export function scaleText(s: Scale): string {
  if (s.type === 'proportional') return `tỷ lệ, đủ điểm từ ${formatNumber(s.full, 'vi')}`;
  return s.tiers.map((t) => `≥${formatNumber(t.min, 'vi')}: ${formatNumber(t.points, 'vi')}`).join('; ');
}

export function parseScale(text: string): Scale | null {
  const f = fold(text);
  if (f.startsWith('ty le') || f.startsWith('proportional')) {
    const m = /(\d+(?:[.,]\d+)?)\s*$/.exec(cleanText(text));
    const full = m ? parseNumberText(m[1], 'percent') : null;
    return full ? { type: 'proportional', full: full.value } : null;
  }
  const tiers = [];
  for (const part of cleanText(text)
    .split(';')
    .filter((p) => p.trim() !== '')) {
    const m = /^\s*(?:≥|>=)?\s*(-?[\d.,]+)\s*%?\s*[:→]\s*([\d.,]+)\s*$/.exec(part);
    const min = m ? parseNumberText(m[1], 'percent') : null;
    const points = m ? parseNumberText(m[2], 'other') : null;
    if (!min || !points) return null;
    tiers.push({ min: min.value, points: points.value });
  }
  return tiers.length ? { type: 'tiers', tiers } : null;
}

/** The "Thang điểm" sheet for a rubric, to create on request. */
export function rubricSheetPlan(rubric: Rubric, name: string): NewSheetPlan {
  const rows: (string | number | null)[][] = [
    ['THANG ĐIỂM CÁC TIÊU CHÍ — dùng để chấm điểm và lập bảng khắc phục'],
    [
      'Sửa trực tiếp các cột Điểm tối đa, Thang điểm, Mức chuẩn, Đơn vị thực hiện, Phương án khắc phục theo quyết định của tỉnh. Thang điểm: "≥100: 5; ≥99: 4,5; ≥0: 0" (bậc) hoặc "tỷ lệ, đủ điểm từ 90".',
    ],
    COLUMNS.map((c) => c.vi),
    ...rubric.criteria.map((c) => [
      c.id,
      c.section,
      c.area,
      c.title,
      c.subject,
      'indicator' in c.measure ? `chỉ tiêu ${c.measure.indicator}` : `tỷ lệ ${c.measure.ratio}`,
      c.max,
      scaleText(c.scale),
      c.target,
      c.owner,
      c.plan,
      c.isDefault ? 'mặc định, cần điều chỉnh' : '',
    ]),
  ];
  const last = columnLetters(COLUMNS.length);
  return {
    name,
    rows,
    merges: [`A1:${last}1`, `A2:${last}2`],
    columnWidths: [7, 6, 28, 40, 24, 22, 10, 30, 12, 22, 50, 16],
    boldRows: [1, HEADER_ROW],
    wrap: true,
    borders: `A${HEADER_ROW}:${last}${rows.length}`,
    freezeRows: HEADER_ROW,
    landscape: true,
    printTitleRows: `${HEADER_ROW}:${HEADER_ROW}`,
  };
}

export interface RubricSheetError {
  row: number;
  column: string;
  columnName: string;
  vi: string;
  en: string;
}

export type RubricSheetResult =
  { found: false } | { found: true; sheet: string; rubric: Rubric } | { found: true; sheet: string; errors: RubricSheetError[] };

function text(sheet: SheetSnapshot, row: number, col: number): string {
  return cellText(cellAt(sheet, row, col));
}

/** The rubric sheet: the first named "Thang điểm", in any case, with or without accents. */
export function findRubricSheet(wb: WorkbookSnapshot): SheetSnapshot | undefined {
  return wb.sheets.find((s) => fold(s.name).startsWith('thang diem'));
}

/**
 * Finds the rubric sheet (named "Thang điểm", any case or accents) and reads it.
 * `known` says whether a measure names a row or a ratio of the catalogue.
 */
export function readRubricSheet(wb: WorkbookSnapshot, known: (kind: 'indicator' | 'ratio', id: string) => boolean): RubricSheetResult {
  const sheet = findRubricSheet(wb);
  if (!sheet) return { found: false };
  const { lastRow, lastCol } = sheetBounds(sheet);
  // The header row: the first row naming "Mã" and "Điểm tối đa".
  let header = -1;
  const cols = new Map<Key, number>();
  for (let r = sheet.origin.row; r <= Math.min(lastRow, sheet.origin.row + 20) && header < 0; r++) {
    const names = new Map<string, number>();
    for (let c = sheet.origin.col; c <= lastCol; c++) names.set(fold(text(sheet, r, c)), c);
    if (names.has('ma') && names.has('diem toi da')) {
      header = r;
      for (const col of COLUMNS) {
        const c = names.get(fold(col.vi)) ?? names.get(fold(col.en));
        if (c !== undefined) cols.set(col.key, c);
      }
    }
  }
  const errors: RubricSheetError[] = [];
  const err = (row: number, key: Key, vi: string, en: string) => {
    const meta = COLUMNS.find((c) => c.key === key)!;
    const c = cols.get(key);
    errors.push({ row, column: c ? columnLetters(c) : '?', columnName: meta.vi, vi, en });
  };
  if (header < 0) {
    errors.push({
      row: HEADER_ROW,
      column: 'A',
      columnName: 'Mã',
      vi: 'không tìm thấy dòng tiêu đề (Mã … Điểm tối đa …)',
      en: 'no header row (Mã … Điểm tối đa …)',
    });
    return { found: true, sheet: sheet.name, errors };
  }
  for (const col of COLUMNS)
    if (col.key !== 'note' && !cols.has(col.key)) err(header, col.key, `thiếu cột “${col.vi}”`, `the column “${col.vi}” is missing`);
  if (errors.length) return { found: true, sheet: sheet.name, errors };
  const get = (r: number, k: Key) => text(sheet, r, cols.get(k) as number);
  const criteria: unknown[] = [];
  const rowOf: number[] = [];
  for (let r = header + 1; r <= lastRow; r++) {
    if (COLUMNS.every((c) => !cols.has(c.key) || get(r, c.key) === '')) continue;
    const num = (k: Key) => {
      const p = parseNumberText(get(r, k), 'other');
      if (!p) err(r, k, `“${get(r, k)}” không phải là số`, `“${get(r, k)}” is not a number`);
      return p?.value;
    };
    const scale = parseScale(get(r, 'scale'));
    if (!scale) err(r, 'scale', `không đọc được thang điểm “${get(r, 'scale')}”`, `cannot read the scale “${get(r, 'scale')}”`);
    const rawMeasure = get(r, 'measure');
    const kind = /^chi tieu /.test(fold(rawMeasure)) ? 'indicator' : /^ty le /.test(fold(rawMeasure)) ? 'ratio' : null;
    const measureId = rawMeasure.split(/\s+/).slice(2).join('');
    if (!kind || !known(kind, measureId))
      err(
        r,
        'measure',
        `chỉ số đo “${rawMeasure}” không có trong danh mục (viết “chỉ tiêu <mã>” hoặc “tỷ lệ <tên>”)`,
        `the measure “${rawMeasure}” is not in the catalogue (write “chỉ tiêu <id>” or “tỷ lệ <name>”)`,
      );
    criteria.push({
      id: get(r, 'id'),
      section: get(r, 'section').toUpperCase(),
      area: get(r, 'area'),
      title: get(r, 'title'),
      subject: get(r, 'subject'),
      measure: kind === 'ratio' ? { ratio: measureId } : { indicator: measureId },
      max: num('max'),
      scale: scale ?? { type: 'proportional', full: 100 },
      target: num('target'),
      owner: get(r, 'owner'),
      plan: get(r, 'plan'),
      isDefault: cols.has('note') && fold(get(r, 'note')).includes('mac dinh'),
    });
    rowOf.push(r);
  }
  if (errors.length) return { found: true, sheet: sheet.name, errors };
  const parsed = RubricSchema.safeParse({ name: sheet.name, criteria });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [, index, field] = issue.path as [string, number, string];
      const key = (COLUMNS.find((c) => c.key === field)?.key ?? 'id') as Key;
      err(
        typeof index === 'number' ? rowOf[index] : header,
        key,
        `giá trị không hợp lệ (${issue.message})`,
        `invalid value (${issue.message})`,
      );
    }
    return { found: true, sheet: sheet.name, errors };
  }
  return { found: true, sheet: sheet.name, rubric: parsed.data };
}
