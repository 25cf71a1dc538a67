/** From a workbook snapshot to the report of DESIGN's JSON contract. */
import { APPENDIX_2021 } from './kinds/appendix/catalogue';
import type { Finding } from './rules/findings';
import { Lang, message } from './messages';
import { WorkbookSnapshot } from './workbook/snapshot';
import { officeLevel } from './kinds/appendix/offices';
import { notFoundMessage } from './messages/reasons';
import type { Report, TableOut } from './report-types';
import { kindsFor } from './check/kinds';
import type { CheckContext, Kind, KindOptions, Miss } from './check/kind';
import { sheetEncoding, unicodeWorkbook } from './text/legacy';
import { legacyFindings } from './text/findings';

export type { FindingOut, IndicatorOut, Report, SipasComponent, SipasOut, TableOut, UnitRowOut } from './report-types';

export interface CheckOptions extends KindOptions {
  file?: string;
  lang?: Lang;
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

/**
 * Recognizes every kind on every sheet, validates and derives: each kind of `kinds` recognizes its
 * tables (the sheets read once for all), gives what the others need (the catalogue, the rubric, the
 * SIPAS rates), then adds its section. Pure: the same snapshot always gives the same report.
 */
export function check(given: WorkbookSnapshot, opts: CheckOptions = {}, kinds: Kind[] = kindsFor(opts.kinds)): Report {
  // Text typed in an old encoding is read as Unicode NFC before any kind looks at it.
  const wb = unicodeWorkbook(given);
  const catalogues = [...(opts.catalogue ? [opts.catalogue] : []), ...(opts.catalogues ?? [APPENDIX_2021])];
  const lang = opts.lang ?? 'vi';
  const base = { ...(opts.file !== undefined ? { file: opts.file } : {}) };
  const empty = emptyParts();
  const ctx: CheckContext = { wb, opts, catalogues, readings: new Map(), catalogue: catalogues[0], rubric: null, figures: new Map() };
  const found = kinds.map((kind) => ({ kind, ...kind.recognize(ctx) }));
  if (!found.some((f) => f.kind.standalone && f.tables.length > 0)) {
    const miss: Miss = found.find((f) => f.miss)?.miss ?? { notFound: { code: 'no-table' }, missingHeaders: [] };
    const reasons = { vi: notFoundMessage(miss.notFound, 'vi'), en: notFoundMessage(miss.notFound, 'en') };
    return {
      ...base,
      recognized: false,
      reason: reasons[lang],
      reasons,
      code: miss.notFound.code,
      missingHeaders: miss.missingHeaders,
      ...empty,
    };
  }
  for (const f of found) Object.assign(ctx, f.kind.provide?.(f.tables, ctx));
  const sections = found.map((f) => f.kind.check(f.tables, ctx));
  const raw: Finding[] = sections.flatMap((s) => s.findings);
  const tables: TableOut[] = sections.flatMap((s) => s.tables);
  const fields: Partial<Report> = Object.assign({}, ...sections.map((s) => s.fields ?? {}));
  const sheetOrder = new Map((wb.sheets ?? []).map((s, i) => [s.name, i]));
  for (const t of tables) t.officeLevel = officeLevel(t.office);
  for (const t of tables) t.encoding = sheetEncoding(wb.sheets.find((s) => s.name === t.sheet));
  raw.push(...legacyFindings(wb, tables));
  tables.sort((a, b) => (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) || a.headerRow - b.headerRow);
  const findings = raw.map((f) => {
    const messages = { vi: message(f, 'vi'), en: message(f, 'en') };
    return { ...f, kind: f.kind ?? ('statistics-appendix' as const), message: messages[lang], messages };
  });
  const summary = { error: 0, warning: 0, info: 0 };
  for (const f of findings) summary[f.severity]++;
  const { rubric, sipas, ...appendix } = fields;
  return {
    ...base,
    recognized: true,
    ...empty,
    ...appendix,
    tables,
    sipas: sipas ?? null,
    findings,
    rubric: rubric ?? empty.rubric,
    summary,
  };
}
