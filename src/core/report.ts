/** From a workbook snapshot to the report of DESIGN's JSON contract. */
import { APPENDIX_2021, Catalogue, CatalogueRow } from './kinds/appendix/catalogue';
import { derive, measures } from './derive/derive';
import { Finding } from './rules/findings';
import { buildIndicators, matchRows } from './kinds/appendix/indicators';
import { Lang, message } from './messages';
import { HEADER_NAMES, Layout, RawRow, newRecognizeMemo, recognize } from './kinds/appendix/recognize';
import { WorkbookSnapshot } from './workbook/snapshot';
import { officeLevel } from './kinds/appendix/offices';
import { DEFAULT_RUBRIC, Rubric } from './scoring';
import { readRubricSheet } from './scoring/sheet';
import { CriterionEntry, CriterionScore, TableFigure, score, totals } from './scoring/score';
import { indexById, validate } from './rules/validate';
import { UNIT_KINDS } from './kinds/units';
import type { TableKind, UnitKind } from './kinds/units/schema';
import { ShortTexts, UnitTable, recognizeUnits } from './kinds/units/recognize';
import { runTableRules } from './rules/registry';
import { notFoundMessage } from './messages/reasons';
import type { NotFound, Report, SipasComponent, SipasOut, TableOut } from './report-types';

export type { FindingOut, IndicatorOut, Report, SipasComponent, SipasOut, TableOut, UnitRowOut } from './report-types';

export interface CheckOptions {
  file?: string;
  lang?: Lang;
  /** A catalogue to prefer (`--catalogue F.json`); the built-in editions are still tried. */
  catalogue?: Catalogue;
  /** The appendix editions to choose from (default: the built-in ones). */
  catalogues?: Catalogue[];
  /** The unit-table kinds to try (default: every kind the core knows). */
  kinds?: UnitKind[];
  /** Targets per kind (satisfaction by unit: the plan's %); otherwise from the rubric, otherwise none. */
  targets?: Partial<Record<TableKind, number>>;
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
      sheet: c.sheet ?? layout.sheet,
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

/** The report of a file that could not be read at all, with the reason in both languages. */
export function unreadableReport(file: string, reasons: { vi: string; en: string }, lang: Lang): Report {
  return { file, recognized: false, reason: reasons[lang], reasons, code: 'unreadable', ...emptyParts() };
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

/** The edition whose year is the latest not after the table's year (the first when none is): '2021' serves 2021–2024 until a later edition is added. */
function byYear(cats: Catalogue[], year: number | null): Catalogue {
  if (year === null) return cats[0];
  const dated = cats.filter((c) => Number(c.edition) <= year).sort((a, b) => Number(b.edition) - Number(a.edition));
  return dated[0] ?? cats[0];
}

interface AppendixFound {
  rec: Extract<ReturnType<typeof recognize>, { found: true }>;
  cat: Catalogue;
  matched: (CatalogueRow | null)[] | undefined;
}

/**
 * The appendix, read with the edition that knows most of its rows; on a tie, the edition of the title
 * block's year. A catalogue the caller gives is tried first and wins ties.
 */
function findAppendix(
  wb: WorkbookSnapshot,
  cats: Catalogue[],
  preferred: Catalogue | undefined,
): AppendixFound | Extract<ReturnType<typeof recognize>, { found: false }> {
  let best: (AppendixFound & { count: number })[] = [];
  let miss: Extract<ReturnType<typeof recognize>, { found: false }> | null = null;
  const memo = newRecognizeMemo();
  for (const cat of cats) {
    const matched = new Map<RawRow[], (CatalogueRow | null)[]>();
    const rec = recognize(
      wb,
      (rows) => {
        const m = matchRows(rows, cat);
        matched.set(rows, m);
        return m.filter((x) => x !== null).length;
      },
      memo,
    );
    if (!rec.found) {
      miss ??= rec;
      continue;
    }
    const m = matched.get(rec.rows);
    const count = m ? m.filter((x) => x !== null).length : 0;
    if (best.length === 0 || count > best[0].count) best = [{ rec, cat, matched: m, count }];
    else if (count === best[0].count) best.push({ rec, cat, matched: m, count });
  }
  if (best.length === 0) return miss as Extract<ReturnType<typeof recognize>, { found: false }>;
  const tied = best.map((b) => b.cat);
  const cat = preferred && tied.includes(preferred) ? preferred : byYear(tied, best[0].rec.layout.year);
  return best.find((b) => b.cat === cat) as AppendixFound;
}

function unitTableOut(t: UnitTable): TableOut {
  return {
    kind: t.kind,
    sheet: t.sheet,
    headerRow: t.headerRow,
    headerRows: t.headerRows,
    columns: t.columns,
    year: t.year,
    office: t.office,
    edition: null,
    rows: t.rows.map((r) => ({
      row: r.row,
      name: r.name,
      cell: r.nameCell,
      code: r.code,
      total: r.total,
      id: r.known?.id ?? null,
      values: Object.fromEntries(
        Object.entries(r.cells).map(([f, c]) => [
          f,
          {
            cell: c.cell,
            raw: typeof c.raw === 'object' && c.raw !== null ? c.raw.error : c.raw,
            value: c.reading.ok ? c.reading.value : null,
          },
        ]),
      ),
    })),
  };
}

function sipasOut(t: UnitTable): SipasOut {
  const components: SipasComponent[] = [];
  for (const r of t.rows) {
    if (!r.known || components.some((c) => c.id === r.known?.id)) continue;
    const office = r.cells.office;
    const avg = r.cells.average;
    components.push({
      id: r.known.id,
      label: r.known.label,
      row: r.row,
      value: office?.reading.ok ? office.reading.value : null,
      cell: office?.cell ?? r.nameCell,
      average: avg?.reading.ok ? avg.reading.value : null,
      averageCell: avg?.cell ?? null,
    });
  }
  return { sheet: t.sheet, year: t.year, office: t.office, components };
}

/** Recognizes every kind on every sheet, validates and derives. Pure: the same snapshot always gives the same report. */
export function check(wb: WorkbookSnapshot, opts: CheckOptions = {}): Report {
  const cats = [...(opts.catalogue ? [opts.catalogue] : []), ...(opts.catalogues ?? [APPENDIX_2021])];
  const lang = opts.lang ?? 'vi';
  const base = { ...(opts.file !== undefined ? { file: opts.file } : {}) };
  const empty = emptyParts();
  const found = findAppendix(wb, cats, opts.catalogue);
  const texts: ShortTexts = new Map();
  const units = (opts.kinds ?? UNIT_KINDS).map((k) => ({ kind: k, tables: recognizeUnits(wb, k, texts) }));
  const unitTables = units.flatMap((u) => u.tables.map((t) => ({ kind: u.kind, table: t })));
  if (!('cat' in found) && unitTables.length === 0) {
    const nf: NotFound =
      found.sheet === null ? { code: 'no-table' } : { code: 'appendix-incomplete', sheet: found.sheet, missing: found.missing };
    const reasons = { vi: notFoundMessage(nf, 'vi'), en: notFoundMessage(nf, 'en') };
    return {
      ...base,
      recognized: false,
      reason: reasons[lang],
      reasons,
      code: nf.code,
      missingHeaders: found.missing.map((f) => HEADER_NAMES[f]),
      ...empty,
    };
  }
  const cat = 'cat' in found ? found.cat : cats[0];
  const rubric = chooseRubric(wb, cat, opts.rubric);
  const raw: Finding[] = [];
  const tables: TableOut[] = [];
  let appendix: Partial<Report> = {};
  if ('cat' in found) {
    const { rec, matched } = found;
    const indicators = buildIndicators(rec.layout, rec.rows, cat, matched);
    const byId = indexById(indicators);
    const measured = measures(cat, byId);
    // The SIPAS components' rates (section B) from the SIPAS table, when the workbook has one.
    const figures = new Map<string, TableFigure>();
    for (const u of unitTables.filter((x) => x.kind.kind === 'sipas-components'))
      for (const c of sipasOut(u.table).components)
        if (c.value !== null && !figures.has(c.id)) figures.set(c.id, { value: c.value, cell: c.cell, sheet: u.table.sheet });
    const criteria = rubric.rubric ? score(rubric.rubric, byId, measured, rubric.entries, figures) : [];
    raw.push(...validate(rec.layout, indicators, cat, byId), ...belowFindings(rec.layout, criteria));
    const { kind, sheet, headerRow, headerRows, columns, year, office } = rec.layout;
    tables.push({ kind, sheet, headerRow, headerRows, columns: columns as Record<string, string>, year, office, edition: cat.edition });
    appendix = {
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
      derived: derive(cat, byId),
      measures: measured,
      criteria,
      score: rubric.rubric ? totals(criteria, rubric.rubric.bands) : null,
    };
  }
  raw.push(...rubric.findings.map((f) => ({ ...f, kind: 'scoring-sheet' as const })));
  const targetOf = (k: TableKind): number | null => {
    if (opts.targets?.[k] !== undefined) return opts.targets[k] as number;
    if (k !== 'satisfaction-by-unit') return null;
    const c = rubric.rubric?.criteria.find(
      (x) => x.measure !== null && 'indicator' in x.measure && x.measure.indicator === 'satisfaction.unit',
    );
    return c ? c.target : null;
  };
  for (const { kind, table } of unitTables) {
    raw.push(...runTableRules(table, kind, targetOf(kind.kind)));
    tables.push(unitTableOut(table));
  }
  const sheetOrder = new Map((wb.sheets ?? []).map((s, i) => [s.name, i]));
  for (const t of tables) t.officeLevel = officeLevel(t.office);
  tables.sort((a, b) => (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) || a.headerRow - b.headerRow);
  const findings = raw.map((f) => {
    const messages = { vi: message(f, 'vi'), en: message(f, 'en') };
    return { ...f, kind: f.kind ?? ('statistics-appendix' as const), message: messages[lang], messages };
  });
  const summary = { error: 0, warning: 0, info: 0 };
  for (const f of findings) summary[f.severity]++;
  const sipasTable = unitTables.find((u) => u.kind.kind === 'sipas-components');
  return {
    ...base,
    recognized: true,
    ...empty,
    ...appendix,
    tables,
    sipas: sipasTable ? sipasOut(sipasTable.table) : null,
    findings,
    rubric: rubric.rubric ? { ...rubric.info, headings: rubric.rubric.headings } : rubric.info,
    summary,
  };
}
