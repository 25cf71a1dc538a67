/** From a workbook snapshot to the report of DESIGN's JSON contract. */
import { Catalogue, CatalogueRow } from './kinds/appendix/catalogue';
import { APPENDIX_EDITIONS, editionFor, officeLevel } from './kinds/appendix/editions';
import { Derived, Measure, derive, measures } from './derive/derive';
import { Finding, Severity } from './rules/findings';
import { IndicatorKind, buildIndicators, matchRows } from './kinds/appendix/indicators';
import { Lang, NotFound, message, texts } from './messages';
import { Field, HEADER_NAMES, Layout, RawRow, recognize } from './kinds/appendix/recognize';
import { WorkbookSnapshot } from './workbook/snapshot';
import { DEFAULT_RUBRIC, Rubric } from './scoring';
import { readRubricSheet } from './scoring/sheet';
import { CriterionScore, ScoreTotals, score, totals } from './scoring/score';
import { indexById, validate } from './rules/validate';
import { COLUMN_KINDS } from './kinds/registry';
import { TableInfo } from './kinds/tables';
import { SipasComponent, SipasTable } from './kinds/sipas';

/** The SIPAS components of the first SIPAS table, for scoring's section B. */
export interface SipasOut {
  sheet: string;
  office: string | null;
  year: number | null;
  components: SipasComponent[];
}

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
  /** Why nothing was recognized, as a code ('not-found.no-header', 'not-found.incomplete', a file problem's code). */
  code?: string;
  /** The sheet whose header came closest, for 'not-found.incomplete'. */
  sheet?: string;
  /** Why nothing was recognized, in the report's language. */
  reason?: string;
  reasons?: { vi: string; en: string };
  missingHeaders?: string[];
  /** Every table found, of every kind, in sheet order (each with its own data: units, components). */
  tables: TableInfo[];
  /** The SIPAS components read (office and provincial average), null when no SIPAS table was found. */
  sipas: SipasOut | null;
  layout?: Layout;
  indicators: IndicatorOut[];
  findings: FindingOut[];
  derived: Derived[];
  measures: Measure[];
  criteria: CriterionScore[];
  /** Points achieved and possible, over the criteria the appendix could measure. */
  score: ScoreTotals | null;
  /** Where the rubric came from: the defaults, the workbook's "Thang điểm" sheet, or a file. */
  rubric: { source: 'default' | 'sheet' | 'file'; sheet?: string; valid: boolean };
  summary: Record<Severity, number>;
}

export interface CheckOptions {
  file?: string;
  lang?: Lang;
  catalogue?: Catalogue;
  /** A rubric from a file; otherwise the workbook's "Thang điểm" sheet, otherwise the defaults. */
  rubric?: Rubric;
  /** The satisfaction target (%); otherwise the one set in the "Thang điểm" sheet; none by default. */
  satisfactionTarget?: number | null;
}

function chooseRubric(
  wb: WorkbookSnapshot,
  cat: Catalogue,
  given: Rubric | undefined,
): { rubric: Rubric | null; info: Report['rubric']; findings: Finding[] } {
  if (given) return { rubric: given, info: { source: 'file', valid: true }, findings: [] };
  const known = (kind: 'indicator' | 'ratio', id: string) =>
    kind === 'indicator' ? cat.rows.some((r) => r.id === id) : cat.ratios.some((q) => q.id === id);
  const sheet = readRubricSheet(wb, known);
  if (!sheet.found) return { rubric: DEFAULT_RUBRIC, info: { source: 'default', valid: true }, findings: [] };
  if ('rubric' in sheet) return { rubric: sheet.rubric, info: { source: 'sheet', sheet: sheet.sheet, valid: true }, findings: [] };
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
    .filter((c) => c.below && c.value !== null && c.points !== null)
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
      expected: c.target,
      points: c.points as number,
      max: c.max,
    }));
}

function notFound(missing: Field[], sheet: string | null): NotFound {
  if (sheet === null) return { code: 'not-found.no-header' };
  return { code: 'not-found.incomplete', sheet, missing: missing.map((f) => HEADER_NAMES[f]) };
}

/** The report of a file that could not be read at all, with the reason in both languages. */
export function unreadableReport(file: string, reasons: { vi: string; en: string }, lang: Lang, code?: string): Report {
  return { file, recognized: false, ...(code ? { code } : {}), reason: reasons[lang], reasons, ...emptyParts() };
}

function emptyParts() {
  return {
    tables: [],
    sipas: null,
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

/**
 * Recognizes the appendix with each edition: the one whose catalogue knows most of the table's rows
 * wins; on a tie, the latest not newer than the year of the title block.
 */
/** Each table with the level of its office (province, district, regional, base…), when named. */
function withLevels(tables: TableInfo[]): TableInfo[] {
  return tables.map((t) => ({ ...t, officeLevel: officeLevel(t.office) }));
}

function chooseEdition(wb: WorkbookSnapshot, editions: Catalogue[]) {
  const tries = editions.map((cat) => {
    // A candidate table counts by how many of its rows the catalogue knows.
    const matched = new Map<RawRow[], (CatalogueRow | null)[]>();
    let score = 0;
    const rec = recognize(wb, (rows) => {
      const m = matchRows(rows, cat);
      matched.set(rows, m);
      const n = m.filter((x) => x !== null).length;
      score = Math.max(score, n);
      return n;
    });
    return { cat, rec, matched, score };
  });
  const top = Math.max(...tries.map((t) => t.score));
  const tied = tries.filter((t) => t.score === top);
  if (tied.length === 1) return tied[0];
  const found = tied.find((t) => t.rec.found);
  const year = found && found.rec.found ? found.rec.layout.year : null;
  const cat = editionFor(
    year,
    tied.map((t) => t.cat),
  );
  return tied.find((t) => t.cat === cat) ?? tied[0];
}

/** Recognizes, validates and derives. Pure: the same snapshot always gives the same report. */
export function check(wb: WorkbookSnapshot, opts: CheckOptions = {}): Report {
  const lang = opts.lang ?? 'vi';
  const base = { ...(opts.file !== undefined ? { file: opts.file } : {}) };
  const empty = emptyParts();
  const others = COLUMN_KINDS.map((k) => k.check(wb, { satisfactionTarget: opts.satisfactionTarget }));
  const otherTables = others.flatMap((r) => r.tables);
  const otherFindings = others.flatMap((r) => r.findings);
  const { cat, rec, matched } = chooseEdition(wb, opts.catalogue ? [opts.catalogue] : APPENDIX_EDITIONS);
  const order = (t: TableInfo) => wb.sheets.findIndex((s) => s.name === t.sheet) * 1e7 + t.headerRow;
  const sipas = otherTables.find((t): t is SipasTable => t.kind === 'sipas-components');
  const sipasOut: SipasOut | null = sipas
    ? { sheet: sipas.sheet, office: sipas.office, year: sipas.year, components: sipas.components }
    : null;
  const withMessages = (raw: Finding[]) =>
    raw.map((f) => {
      const messages = { vi: message(f, 'vi'), en: message(f, 'en') };
      return { ...f, message: messages[lang], messages };
    });
  const tally = (findings: FindingOut[]) => {
    const summary = { error: 0, warning: 0, info: 0 };
    for (const f of findings) summary[f.severity]++;
    return summary;
  };
  if (!rec.found) {
    if (otherTables.length > 0) {
      const findings = withMessages(otherFindings);
      return {
        ...base,
        recognized: true,
        ...empty,
        tables: withLevels(otherTables).sort((a, b) => order(a) - order(b)),
        sipas: sipasOut,
        findings,
        summary: tally(findings),
      };
    }
    const why = notFound(rec.missing, rec.sheet);
    const reasons = texts(why);
    return {
      ...base,
      recognized: false,
      code: why.code,
      ...(why.code === 'not-found.incomplete' ? { sheet: why.sheet } : {}),
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
  const criteria = rubric.rubric ? score(rubric.rubric, byId, measured) : [];
  const appendixFindings = [...validate(rec.layout, indicators, cat, byId), ...rubric.findings, ...belowFindings(rec.layout, criteria)].map(
    (f): Finding => ({ ...f, kind: f.rule === 'rubric.invalid' ? 'scoring-sheet' : 'statistics-appendix' }),
  );
  const findings = withMessages([...appendixFindings, ...otherFindings]);
  const l = rec.layout;
  const appendixTable: TableInfo = {
    kind: 'statistics-appendix',
    sheet: l.sheet,
    headerRow: l.headerRow,
    headerRows: l.headerRows,
    columns: { ...l.columns },
    year: l.year,
    office: l.office,
    edition: cat.edition,
  };
  return {
    ...base,
    recognized: true,
    tables: withLevels([appendixTable, ...otherTables]).sort((a, b) => order(a) - order(b)),
    sipas: sipasOut,
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
    score: rubric.rubric ? totals(criteria) : null,
    rubric: rubric.info,
    summary: tally(findings),
  };
}
