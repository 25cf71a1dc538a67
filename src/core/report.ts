/** From a workbook snapshot to the report of DESIGN's JSON contract. */
import { APPENDIX_2021, Catalogue, CatalogueRow } from './kinds/appendix/catalogue';
import { Derived, Measure, derive, measures } from './derive/derive';
import { Finding, Severity } from './rules/findings';
import { IndicatorKind, buildIndicators, matchRows } from './kinds/appendix/indicators';
import { Lang, message } from './messages';
import { Field, HEADER_NAMES, Layout, RawRow, recognize } from './kinds/appendix/recognize';
import { WorkbookSnapshot } from './workbook/snapshot';
import { DEFAULT_RUBRIC, Heading, Rubric } from './scoring';
import { readRubricSheet } from './scoring/sheet';
import { CriterionEntry, CriterionScore, ScoreTotals, score, totals } from './scoring/score';
import { indexById, validate } from './rules/validate';

export interface IndicatorOut {
  id: string | null;
  code: string | null;
  label: string;
  cell: string;
  raw: string | number | boolean | null;
  value: number | null;
  kind: IndicatorKind;
  unit: string;
  note: string;
}

export type FindingOut = Finding & { message: string; messages: { vi: string; en: string } };

export interface Report {
  file?: string;
  recognized: boolean;
  /** Why no appendix was found, in the report's language. */
  reason?: string;
  reasons?: { vi: string; en: string };
  missingHeaders?: string[];
  layout?: Layout;
  indicators: IndicatorOut[];
  findings: FindingOut[];
  derived: Derived[];
  measures: Measure[];
  criteria: CriterionScore[];
  /** Points achieved and possible (per section and area), the index (%) and the rating from the sheet's bands. */
  score: ScoreTotals | null;
  /** Where the rubric came from: the defaults, the workbook's "Thang điểm" sheet, or a file. */
  rubric: { source: 'default' | 'sheet' | 'file'; sheet?: string; valid: boolean; headings?: Heading[] };
  summary: Record<Severity, number>;
}

export interface CheckOptions {
  file?: string;
  lang?: Lang;
  catalogue?: Catalogue;
  /** A rubric from a file; otherwise the workbook's "Thang điểm" sheet, otherwise the defaults. */
  rubric?: Rubric;
}

function chooseRubric(
  wb: WorkbookSnapshot,
  cat: Catalogue,
  given: Rubric | undefined,
): { rubric: Rubric | null; info: Report['rubric']; findings: Finding[]; entries?: Map<string, CriterionEntry> } {
  if (given) return { rubric: given, info: { source: 'file', valid: true }, findings: [] };
  const sheet = readRubricSheet(wb, cat);
  if (!sheet.found) return { rubric: DEFAULT_RUBRIC, info: { source: 'default', valid: true }, findings: [] };
  if ('rubric' in sheet) {
    // A bad score or band is a finding at its cell; the rest of the sheet still scores.
    const findings: Finding[] = sheet.problems.map((p) => ({
      rule: 'score.invalid',
      severity: 'error',
      sheet: sheet.sheet,
      cell: `${p.column}${p.row}`,
      row: p.row,
      id: p.criterion,
      code: p.criterion,
      label: p.columnName,
      column: p.column,
      columnName: p.columnName,
      criterion: p.criterion,
      problem: p.problem,
      actual: p.actual,
      max: p.max,
    }));
    return { rubric: sheet.rubric, info: { source: 'sheet', sheet: sheet.sheet, valid: true }, findings, entries: sheet.entries };
  }
  const findings: Finding[] = sheet.errors.map((e) => ({
    rule: 'rubric.invalid',
    severity: 'error',
    sheet: sheet.sheet,
    cell: `${e.column === '?' ? 'A' : e.column}${e.row}`,
    row: e.row,
    id: null,
    code: null,
    label: e.columnName,
    column: e.column,
    columnName: e.columnName,
    detail: { vi: e.vi, en: e.en },
  }));
  return { rubric: null, info: { source: 'sheet', sheet: sheet.sheet, valid: false }, findings };
}

/** A finding for each criterion below its benchmark, at the cell its figure comes from. */
function belowFindings(layout: Layout, criteria: CriterionScore[]): Finding[] {
  return criteria
    .filter((c) => c.below && c.value !== null && c.points !== null && c.cell !== null && c.target !== null)
    .map((c) => ({
      rule: 'benchmark.below',
      severity: 'info',
      sheet: layout.sheet,
      cell: c.cell ?? `${layout.columns.label}${layout.headerRow}`,
      row: c.cell ? Number(c.cell.replace(/^[A-Z]+/, '')) : layout.headerRow,
      id: c.id,
      code: c.id,
      label: c.title,
      criterion: c.id,
      title: c.title,
      actual: c.value as number,
      expected: c.target as number,
      points: c.points as number,
      max: c.max,
    }));
}

function notFound(missing: Field[], sheet: string | null): { vi: string; en: string } {
  const names = missing.map((f) => `“${HEADER_NAMES[f]}”`).join(', ');
  if (sheet === null)
    return {
      vi: 'Không tìm thấy bảng Phụ lục 2 (thống kê số liệu CCHC): không trang tính nào có dòng tiêu đề STT · Chỉ tiêu thống kê · Đơn vị tính · Số liệu.',
      en: 'No statistics appendix (Phụ lục 2) found: no sheet has a header row STT · Chỉ tiêu thống kê · Đơn vị tính · Số liệu.',
    };
  return {
    vi: `Không nhận ra bảng Phụ lục 2: trang “${sheet}” có dòng tiêu đề nhưng thiếu ${names || 'chỉ tiêu nào trong danh mục'}.`,
    en: `No statistics appendix recognized: sheet “${sheet}” has a header row but lacks ${names || 'any indicator of the catalogue'}.`,
  };
}

/** The report of a file that could not be read at all, with the reason in both languages. */
export function unreadableReport(file: string, reasons: { vi: string; en: string }, lang: Lang): Report {
  return { file, recognized: false, reason: reasons[lang], reasons, ...emptyParts() };
}

function emptyParts() {
  return {
    indicators: [],
    findings: [],
    derived: [],
    measures: [],
    criteria: [],
    score: null,
    rubric: { source: 'default' as const, valid: true },
    summary: { error: 0, warning: 0, info: 0 },
  };
}

/** Recognizes, validates and derives. Pure: the same snapshot always gives the same report. */
export function check(wb: WorkbookSnapshot, opts: CheckOptions = {}): Report {
  const cat = opts.catalogue ?? APPENDIX_2021;
  const lang = opts.lang ?? 'vi';
  const base = { ...(opts.file !== undefined ? { file: opts.file } : {}) };
  const empty = emptyParts();
  // A candidate table counts by how many of its rows the catalogue knows.
  const matched = new Map<RawRow[], (CatalogueRow | null)[]>();
  const rec = recognize(wb, (rows) => {
    const m = matchRows(rows, cat);
    matched.set(rows, m);
    return m.filter((x) => x !== null).length;
  });
  if (!rec.found) {
    const reasons = notFound(rec.missing, rec.sheet);
    return {
      ...base,
      recognized: false,
      reason: reasons[lang],
      reasons,
      missingHeaders: rec.missing.map((f) => HEADER_NAMES[f]),
      ...empty,
    };
  }
  const indicators = buildIndicators(rec.layout, rec.rows, cat, matched.get(rec.rows));
  const byId = indexById(indicators);
  const measured = measures(cat, byId);
  const rubric = chooseRubric(wb, cat, opts.rubric);
  const criteria = rubric.rubric ? score(rubric.rubric, byId, measured, rubric.entries) : [];
  const raw = [...validate(rec.layout, indicators, cat, byId), ...rubric.findings, ...belowFindings(rec.layout, criteria)];
  const findings = raw.map((f) => {
    const messages = { vi: message(f, 'vi'), en: message(f, 'en') };
    return { ...f, message: messages[lang], messages };
  });
  const summary = { error: 0, warning: 0, info: 0 };
  for (const f of findings) summary[f.severity]++;
  return {
    ...base,
    recognized: true,
    layout: rec.layout,
    indicators: indicators.map((i) => ({
      id: i.id,
      code: i.code,
      label: i.label,
      cell: i.cell,
      raw: i.raw,
      value: i.reading.ok ? i.reading.value : null,
      kind: i.kind,
      unit: i.unit,
      note: i.note,
    })),
    findings,
    derived: derive(cat, byId),
    measures: measured,
    criteria,
    score: rubric.rubric ? totals(criteria, rubric.rubric.bands) : null,
    rubric: rubric.rubric ? { ...rubric.info, headings: rubric.rubric.headings } : rubric.info,
    summary,
  };
}
