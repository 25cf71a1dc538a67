/**
 * Last year's figure of each criterion this year's tables measure (issue 22: the remediation plan
 * cites the trend). The figure is found where this year's is: the appendix row by its indicator id
 * (or the ratio the appendix's counts give, when its cell is empty), a SIPAS component by its id,
 * in last year's report, of the same table kind and column. Pure.
 */
import type { Report, TableOut } from '../report-types';
import type { CriterionScore } from '../scoring/score';

/** Last year's figure of a criterion, and the year it is of (null when last year's workbook does not say). */
export interface FigureTrend {
  year: number | null;
  value: number;
}

const round2 = (x: number) => Math.round(x * 100 + Number.EPSILON * 100) / 100;

/** The year a report is about: its appendix's title block, else its first table's. */
const yearOf = (r: Report): number | null => r.layout?.year ?? r.tables[0]?.year ?? null;

/** Last year's value of an appendix indicator: its own cell, else the ratio its counts give. */
function indicatorValue(previous: Report, id: string): number | null {
  const ind = previous.indicators.find((i) => i.id === id && i.value !== null);
  if (ind && ind.value !== null) return ind.value;
  return previous.measures.find((m) => m.target === id)?.value ?? null;
}

function appendixFigure(c: CriterionScore, current: Report, previous: Report): number | null {
  const ind = current.indicators.find((i) => i.cell === c.cell && i.id !== null && i.kind === 'percent');
  if (ind?.id) return indicatorValue(previous, ind.id);
  // A ratio the appendix has no row for shows at its numerator's row: matched by the ratio's id.
  const m = current.measures.find((x) => x.cell === c.cell);
  if (m) return previous.measures.find((x) => x.id === m.id)?.value ?? (m.target ? indicatorValue(previous, m.target) : null);
  const any = current.indicators.find((i) => i.cell === c.cell && i.id !== null);
  return any?.id ? indicatorValue(previous, any.id) : null;
}

/** A figure of a table of components (SIPAS): the row of the same id and the same column, last year. */
function tableFigure(c: CriterionScore, current: Report, previous: Report): FigureTrend | null {
  const sheet = c.sheet as string;
  for (const t of current.tables) {
    if (t.sheet !== sheet || !t.rows) continue;
    for (const r of t.rows) {
      if (r.id === null) continue;
      const field = Object.keys(r.values).find((k) => r.values[k].cell === c.cell);
      if (field === undefined) continue;
      const then: TableOut | undefined = previous.tables.find(
        (p) => p.kind === t.kind && p.rows?.some((x) => x.id === r.id && x.values[field]?.value != null),
      );
      const v = then?.rows?.find((x) => x.id === r.id)?.values[field]?.value;
      return then && v !== null && v !== undefined ? { year: then.year ?? yearOf(previous), value: round2(v) } : null;
    }
  }
  return null;
}

/**
 * Last year's figure of each criterion of this year's report that a table measures, by criterion id.
 * criterionTrends(check(wb2021), check(wb2020)).get('II.2.5.1') → { year: 2020, value: 99.5 }
 */
export function criterionTrends(current: Report, previous: Report): Map<string, FigureTrend> {
  const out = new Map<string, FigureTrend>();
  const appendixSheet = current.layout?.sheet;
  for (const c of current.criteria) {
    if (c.value === null || c.cell === null) continue;
    if (c.sheet === null || c.sheet === appendixSheet) {
      if (!current.layout || !previous.layout) continue;
      const v = appendixFigure(c, current, previous);
      if (v !== null) out.set(c.id, { year: previous.layout.year ?? null, value: round2(v) });
    } else {
      const t = tableFigure(c, current, previous);
      if (t) out.set(c.id, t);
    }
  }
  return out;
}
