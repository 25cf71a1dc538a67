/**
 * The tables of units or components (survey tally, satisfaction by unit, SIPAS components) as kinds:
 * each described by data (`UnitKind`) and checked by the registry's rules. SIPAS also gives the
 * scoring its components' rates (section B) and the report its `sipas` field.
 */
import { UNIT_KINDS } from '../kinds/units';
import type { UnitKind } from '../kinds/units/schema';
import { UnitTable, findUnitHeader, isUnitLeadWord, recognizeUnits } from '../kinds/units/recognize';
import type { SipasComponent, SipasOut, TableOut } from '../report-types';
import { runTableRules } from '../rules/registry';
import type { TableFigure } from '../scoring/score';
import type { CheckContext, Kind, TableFinder } from './kind';

/** A table of units or components: its header, found by the kind's own vocabulary. */
export function unitFinder(kind: UnitKind): TableFinder {
  return {
    kind: kind.kind,
    find(head, readings) {
      const right = findUnitHeader(kind, head, readings);
      return right === null ? null : { kind: kind.kind, right };
    },
    lead: (folded) => isUnitLeadWord(kind, folded),
  };
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

/** The target of a kind: the caller's, else (satisfaction by unit) the rubric's criterion on it, else none. */
function targetOf(kind: UnitKind, ctx: CheckContext): number | null {
  const k = kind.kind;
  if (ctx.opts.targets?.[k] !== undefined) return ctx.opts.targets[k] as number;
  if (k !== 'satisfaction-by-unit') return null;
  const c = ctx.rubric?.rubric?.criteria.find(
    (x) => x.measure !== null && 'indicator' in x.measure && x.measure.indicator === 'satisfaction.unit',
  );
  return c ? c.target : null;
}

/** The kind of a table of units described by `data`. */
export function unitKind(data: UnitKind): Kind<UnitTable> {
  const sipas = data.kind === 'sipas-components';
  return {
    kind: data.kind,
    standalone: true,
    finder: unitFinder(data),
    recognize: (ctx) => ({ tables: recognizeUnits(ctx.wb, data, ctx.readings) }),
    provide(tables) {
      if (!sipas) return {};
      // The SIPAS components' rates (section B), from the first table that gives each.
      const figures = new Map<string, TableFigure>();
      for (const t of tables)
        for (const c of sipasOut(t).components)
          if (c.value !== null && !figures.has(c.id)) figures.set(c.id, { value: c.value, cell: c.cell, sheet: t.sheet });
      return { figures };
    },
    check(tables, ctx) {
      const target = targetOf(data, ctx);
      return {
        tables: tables.map(unitTableOut),
        findings: tables.flatMap((t) => runTableRules(t, data, target)),
        ...(sipas && tables.length > 0 ? { fields: { sipas: sipasOut(tables[0]) } } : {}),
      };
    },
  };
}

/** Every unit-table kind the core knows. */
export const UNIT_TABLE_KINDS: Kind<UnitTable>[] = UNIT_KINDS.map(unitKind);
