/** One file's report reduced to what consolidation needs: values per indicator, ratio counts, tally, findings. */
import type { Report } from '../report-types';
import { parseCodes } from '../figures/units';
import { RowDef, TALLY_FIELDS, TallyFigures, UnitSummary } from './types';

/**
 * A copy of a text that holds nothing else: a text cut from a workbook's XML may keep the whole part
 * alive, and a summary kept for every file of a batch must not keep every file's parts.
 */
export function detach(s: string): string;
export function detach(s: string | null): string | null;
export function detach(s: string | null): string | null {
  if (s === null) return null;
  // The same text (a finding's sentence, a sheet's name) is kept once for the whole batch.
  const known = kept.get(s);
  if (known !== undefined) return known;
  if (kept.size >= KEPT_LIMIT) kept.clear();
  const own = (' ' + s).slice(1);
  kept.set(own, own);
  return own;
}

const KEPT_LIMIT = 20000;
const kept = new Map<string, string>();

const both = (m: { vi: string; en: string }) => ({ vi: detach(m.vi), en: detach(m.en) });

/** The rows met so far, in the order files give them (bounded by the catalogue, not by the files). */
export class RowBook {
  readonly rows = new Map<string, RowDef>();
  /** Ratio id → the row it fills (or its own row when the appendix has none). */
  readonly ratioRow = new Map<string, string>();

  constructor(private readonly lang: 'vi' | 'en') {}

  learn(report: Report): void {
    for (const i of report.indicators) {
      if (i.id === null || this.rows.has(i.id)) continue;
      this.rows.set(i.id, {
        id: detach(i.id),
        code: detach(i.code),
        label: detach(i.label),
        unit: detach(i.unit),
        kind: i.kind,
        ratio: null,
        codes: i.kind === 'coded' ? parseCodes(i.unit) : [],
      });
    }
    for (const m of report.measures) {
      if (this.ratioRow.has(m.id)) continue;
      const target = m.target !== null ? this.rows.get(m.target) : undefined;
      if (target) {
        target.ratio = m.id;
        this.ratioRow.set(m.id, target.id);
      } else if (m.target === null) {
        this.rows.set(m.id, { id: m.id, code: null, label: m.title[this.lang], unit: '%', kind: 'percent', ratio: m.id, codes: [] });
        this.ratioRow.set(m.id, m.id);
      }
    }
  }
}

function tallyOf(report: Report): TallyFigures | null {
  const table = report.tables.find((t) => t.kind === 'survey-tally' && t.rows && t.rows.length > 0);
  if (!table?.rows) return null;
  const units = table.rows.filter((r) => !r.total);
  const chosen = table.rows.filter((r) => r.total).slice(0, 1);
  const from = chosen.length > 0 ? chosen : units;
  const out: TallyFigures = { issued: null, returned: null, valid: null, invalid: null };
  for (const f of TALLY_FIELDS)
    for (const r of from) {
      const v = r.values[f]?.value;
      if (typeof v === 'number') out[f] = (out[f] ?? 0) + v;
    }
  return out;
}

/** The ratio whose rate the ranking sets against its benchmark (the catalogue's on-time dossier rate). */
export const ON_TIME_RATIO = 'dossiers_on_time';

function onTimeOf(report: Report): UnitSummary['onTime'] {
  const m = report.measures.find((x) => x.id === ON_TIME_RATIO);
  const row = m?.target ? report.indicators.find((i) => i.id === m.target) : undefined;
  const cell = m?.cell ?? row?.cell ?? null;
  const criterion = cell !== null ? report.criteria.find((c) => c.cell === cell && c.target !== null) : undefined;
  const value = m?.value ?? row?.value ?? null;
  if (value === null && !criterion) return null;
  return { value: value === null ? null : Math.round(value * 100) / 100, target: criterion?.target ?? null };
}

/** An indicator's value in a summary, or null. */
export function valueIn(u: UnitSummary, id: string): number | null {
  const k = u.values.slots.get(id);
  const v = k === undefined || k >= u.values.figures.length ? NaN : u.values.figures[k];
  return Number.isNaN(v) ? null : v;
}

/** A file's summary; `report` may be let go afterwards. `slots` places each indicator's value (shared by a batch's summaries). */
export function summarize(report: Report, file: string, slots: Map<string, number> = new Map()): UnitSummary {
  const appendix = report.tables.find((t) => t.kind === 'statistics-appendix');
  const tally = report.recognized ? tallyOf(report) : null;
  const first = appendix ?? report.tables.find((t) => t.kind === 'survey-tally');
  const problem = !report.recognized ? (report.code === 'unreadable' ? 'unreadable' : 'not-recognized') : !first ? 'not-recognized' : null;
  const seen = new Set<string>();
  for (const i of report.indicators) if (i.id !== null && !slots.has(i.id)) slots.set(detach(i.id), slots.size);
  const figures = new Float64Array(slots.size).fill(NaN);
  for (const i of report.indicators)
    if (i.id !== null && !seen.has(i.id)) {
      seen.add(i.id);
      if (i.value !== null) figures[slots.get(i.id) as number] = i.value;
    }
  const values = { slots, figures };
  const ratios = new Map<string, { numerator: number; denominator: number; value: number }>();
  for (const m of report.measures) ratios.set(detach(m.id), { numerator: m.numerator, denominator: m.denominator, value: m.value });
  return {
    file,
    office: detach(report.layout?.office ?? first?.office ?? null),
    year: report.layout?.year ?? first?.year ?? null,
    edition: detach(appendix?.edition ?? null),
    problem,
    reason: problem && report.reasons ? both(report.reasons) : null,
    errors: report.summary.error,
    warnings: report.summary.warning,
    score: report.score ? { achieved: report.score.achieved, possible: report.score.possible, unscored: report.score.unscored } : null,
    scoreFrom: report.score ? report.rubric.source : null,
    onTime: report.recognized ? onTimeOf(report) : null,
    values,
    ratios,
    tally,
    findings: report.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      sheet: detach(f.sheet),
      cell: detach(f.cell),
      code: detach(f.code),
      messages: both(f.messages),
    })),
  };
}
