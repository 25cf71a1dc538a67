/**
 * The statistics appendix as a kind: every sheet's appendix, each read with the edition that knows
 * most of its rows; the best is "the" appendix (the report's layout, indicators, derived ratios and
 * criteria), and every other one found is checked too (its findings, its entry in `tables`).
 */
import { Catalogue, CatalogueRow } from '../kinds/appendix/catalogue';
import { buildIndicators, matchRows } from '../kinds/appendix/indicators';
import {
  AppendixTable,
  HEADER_NAMES,
  RawRow,
  acceptable,
  findHeaders,
  isLeadWord,
  newRecognizeMemo,
  recognizeEach,
} from '../kinds/appendix/recognize';
import type { Layout } from '../kinds/appendix/recognize';
import { derive, measures } from '../derive/derive';
import type { Finding } from '../rules/findings';
import { indexById, validate } from '../rules/validate';
import { isBelowTarget, score, totals } from '../scoring/score';
import type { CriterionScore } from '../scoring/score';
import type { IndicatorOut, TableOut } from '../report-types';
import type { CheckContext, Kind, Section, TableFinder } from './kind';

/** An appendix found, with the edition it is read with and its rows matched to that edition. */
export interface AppendixFound {
  table: AppendixTable;
  cat: Catalogue;
  matched: (CatalogueRow | null)[] | undefined;
}

/** The edition whose year is the latest not after the table's year (the first when none is): '2021' serves 2021–2024 until a later edition is added. */
function byYear(cats: Catalogue[], year: number | null): Catalogue {
  if (year === null) return cats[0];
  const dated = cats.filter((c) => Number(c.edition) <= year).sort((a, b) => Number(b.edition) - Number(a.edition));
  return dated[0] ?? cats[0];
}

/**
 * Each sheet's appendix, read with the edition that knows most of its rows; on a tie, the edition of
 * the title block's year, and a catalogue the caller gives is tried first and wins ties. The best
 * (most rows known, the first sheet on ties) comes first, then the others in sheet order.
 */
function findAppendices(ctx: CheckContext): { found: AppendixFound[]; miss: ReturnType<typeof recognizeEach>['miss'] } {
  const memo = newRecognizeMemo(ctx.readings);
  const bySheet = new Map<string, (AppendixFound & { count: number })[]>();
  let miss: ReturnType<typeof recognizeEach>['miss'] = null;
  for (const cat of ctx.catalogues) {
    const matched = new Map<RawRow[], (CatalogueRow | null)[]>();
    const each = recognizeEach(
      ctx.wb,
      (rows) => {
        const m = matchRows(rows, cat);
        matched.set(rows, m);
        return m.filter((x) => x !== null).length;
      },
      memo,
    );
    miss ??= each.miss;
    for (const table of each.tables) {
      const list = bySheet.get(table.layout.sheet);
      const entry = { table, cat, matched: matched.get(table.rows), count: table.score };
      if (!list || entry.count > list[0].count) bySheet.set(table.layout.sheet, [entry]);
      else if (entry.count === list[0].count) list.push(entry);
    }
  }
  const chosen: (AppendixFound & { count: number })[] = [];
  for (const tied of bySheet.values()) {
    const cats = tied.map((b) => b.cat);
    const cat = ctx.opts.catalogue && cats.includes(ctx.opts.catalogue) ? ctx.opts.catalogue : byYear(cats, tied[0].table.layout.year);
    chosen.push(tied.find((b) => b.cat === cat) as AppendixFound & { count: number });
  }
  if (chosen.length === 0) return { found: [], miss };
  const order = new Map(ctx.wb.sheets.map((s, i) => [s.name, i]));
  chosen.sort((a, b) => (order.get(a.table.layout.sheet) ?? 0) - (order.get(b.table.layout.sheet) ?? 0));
  const main = chosen.reduce((best, t) => (t.count > best.count ? t : best));
  return { found: [main, ...chosen.filter((c) => c !== main)], miss: null };
}

/**
 * A finding for each criterion whose figure is below its benchmark, at the cell its figure comes from.
 * Only the figure decides: points the council took from a figure at or above its benchmark are no
 * such finding (the remediation table lists them, their cause left to the user).
 */
function belowFindings(layout: Layout, criteria: CriterionScore[]): Finding[] {
  return criteria
    .filter((c) => c.below && c.value !== null && c.points !== null && c.cell !== null && c.target !== null && isBelowTarget(c))
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

function tableOut(layout: Layout, cat: Catalogue): TableOut {
  const { kind, sheet, headerRow, headerRows, columns, year, office } = layout;
  return { kind, sheet, headerRow, headerRows, columns: columns as Record<string, string>, year, office, edition: cat.edition };
}

const finder: TableFinder = {
  kind: 'statistics-appendix',
  find(head, readings) {
    const h = findHeaders(head, readings).find(acceptable);
    if (!h) return null;
    const cols = Object.values(h.cols) as number[];
    return { kind: 'statistics-appendix', right: Math.max(...cols) };
  },
  lead: isLeadWord,
};

export const APPENDIX_KIND: Kind<AppendixFound> = {
  kind: 'statistics-appendix',
  standalone: true,
  finder,
  recognize(ctx) {
    const { found, miss } = findAppendices(ctx);
    if (!miss) return { tables: found };
    const notFound =
      miss.sheet === null
        ? { code: 'no-table' as const }
        : { code: 'appendix-incomplete' as const, sheet: miss.sheet, missing: miss.missing };
    return { tables: found, miss: { notFound, missingHeaders: miss.missing.map((f) => HEADER_NAMES[f]) } };
  },
  provide(found) {
    return found.length > 0 ? { catalogue: found[0].cat } : {};
  },
  check(found, ctx): Section {
    const section: Section = { tables: [], findings: [] };
    found.forEach(({ table, cat, matched }, i) => {
      const indicators = buildIndicators(table.layout, table.rows, cat, matched);
      const byId = indexById(indicators);
      section.tables.push(tableOut(table.layout, cat));
      if (i > 0) {
        // Another appendix of the workbook: checked as the first, scored and derived only in the first.
        section.findings.push(...validate(table.layout, indicators, cat, byId));
        return;
      }
      const rubric = ctx.rubric?.rubric ?? null;
      const measured = measures(cat, byId);
      const criteria = rubric ? score(rubric, byId, measured, ctx.rubric?.entries, ctx.figures) : [];
      section.findings.push(...validate(table.layout, indicators, cat, byId), ...belowFindings(table.layout, criteria));
      section.fields = {
        layout: table.layout,
        indicators: indicators.map((ind): IndicatorOut => ({
          id: ind.id,
          code: ind.code,
          label: ind.label,
          cell: ind.cell,
          raw: ind.raw,
          value: ind.reading.ok ? ind.reading.value : null,
          kind: ind.kind,
          unit: ind.unit,
          note: ind.note,
        })),
        derived: derive(cat, byId),
        measures: measured,
        criteria,
        score: rubric ? totals(criteria, rubric.bands) : null,
      };
    });
    return section;
  },
};
