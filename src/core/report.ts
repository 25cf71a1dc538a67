/** From a workbook snapshot to the report of DESIGN's JSON contract. */
import { APPENDIX_2021, Catalogue, CatalogueRow } from './catalogue';
import { Derived, Measure, derive, measures } from './derive';
import { Finding, Severity } from './findings';
import { IndicatorKind, buildIndicators, matchRows } from './indicators';
import { Lang, message } from './messages';
import { Field, HEADER_NAMES, Layout, RawRow, recognize } from './recognize';
import { WorkbookSnapshot } from './snapshot';
import { indexById, validate } from './validate';

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
  criteria: unknown[];
  summary: Record<Severity, number>;
}

export interface CheckOptions {
  file?: string;
  lang?: Lang;
  catalogue?: Catalogue;
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

/** Recognizes, validates and derives. Pure: the same snapshot always gives the same report. */
export function check(wb: WorkbookSnapshot, opts: CheckOptions = {}): Report {
  const cat = opts.catalogue ?? APPENDIX_2021;
  const lang = opts.lang ?? 'vi';
  const base = { ...(opts.file !== undefined ? { file: opts.file } : {}) };
  const empty = { indicators: [], findings: [], derived: [], measures: [], criteria: [], summary: { error: 0, warning: 0, info: 0 } };
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
  const findings = validate(rec.layout, indicators, cat).map((f) => {
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
    measures: measures(cat, byId),
    criteria: [],
    summary,
  };
}
