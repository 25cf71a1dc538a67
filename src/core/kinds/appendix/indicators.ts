/** Rows of the table matched to the catalogue, with their figures read. */
import { columnNumber, toA1 } from '../../figures/address';
import { Catalogue, CatalogueRow } from './catalogue';
import { NumberReading, ValueKind, halfWidth, readNumber } from '../../figures/numbers';
import { Layout, RawRow } from './recognize';
import { CellValue, isErrorValue } from '../../workbook/snapshot';
import { labelSimilarity } from '../../figures/text';
import { CodeOption, readUnit } from '../../figures/units';

export type IndicatorKind = ValueKind | 'section';

export interface Indicator {
  /** Catalogue id, or null for a row the catalogue does not know. */
  id: string | null;
  code: string | null;
  label: string;
  row: number;
  /** The value cell (A1). */
  cell: string;
  noteCell: string | null;
  raw: string | number | boolean | null;
  kind: IndicatorKind;
  unit: string;
  codes: CodeOption[];
  note: string;
  reading: NumberReading;
  format: string;
  formula: string | null;
  matchedBy: 'code' | 'label' | null;
}

/** Value ± half a unit of the last written decimal; null when the cell holds no figure. */
export function interval(ind: Indicator | undefined): [number, number] | null {
  if (!ind || !ind.reading.ok) return null;
  const h = halfWidth(ind.reading.decimals, ind.kind === 'section' ? 'other' : ind.kind);
  return [ind.reading.value - h, ind.reading.value + h];
}

export function valueOf(ind: Indicator | undefined): number | null {
  return ind && ind.reading.ok ? ind.reading.value : null;
}

const CODE_LABEL_AGREES = 0.3;
const LABEL_MATCH = 0.6;
const LABEL_MATCH_IN_CONTEXT = 0.5;
const LABEL_MATCH_ANYWHERE = 0.75;

function bestByLabel(label: string, pool: CatalogueRow[], used: Set<string>, min: number): CatalogueRow | null {
  let best: CatalogueRow | null = null;
  let bestSim = min;
  for (const c of pool) {
    if (used.has(c.id)) continue;
    const sim = Math.max(labelSimilarity(label, c.label), ...c.aliases.map((a) => labelSimilarity(label, a)));
    if (sim >= bestSim && (best === null || sim > bestSim)) {
      best = c;
      bestSim = sim;
    }
  }
  return best;
}

/**
 * Matches rows to the catalogue: by code first, by label when the code is missing or shifted;
 * a row without a code is looked for among the uncoded rows under the last coded row.
 */
interface CatalogueIndex {
  byCode: Map<string, CatalogueRow>;
  coded: CatalogueRow[];
  /** Uncoded rows by parent id. */
  uncodedUnder: Map<string, CatalogueRow[]>;
}

const indexes = new WeakMap<Catalogue, CatalogueIndex>();

function catalogueIndex(cat: Catalogue): CatalogueIndex {
  let ix = indexes.get(cat);
  if (!ix) {
    const coded = cat.rows.filter((r) => r.code !== null);
    const uncodedUnder = new Map<string, CatalogueRow[]>();
    for (const r of cat.rows)
      if (r.code === null && r.parent !== null) uncodedUnder.set(r.parent, [...(uncodedUnder.get(r.parent) ?? []), r]);
    ix = { byCode: new Map(coded.map((r) => [r.code as string, r])), coded, uncodedUnder };
    indexes.set(cat, ix);
  }
  return ix;
}

/** Uncoded catalogue rows under a context id or any of its ancestors ('6.2' → rows under 6.2 and 6). */
function uncodedNear(ix: CatalogueIndex, context: string | null): CatalogueRow[] {
  const out: CatalogueRow[] = [];
  for (let id = context; id; id = id.includes('.') ? id.slice(0, id.lastIndexOf('.')) : null) out.push(...(ix.uncodedUnder.get(id) ?? []));
  return out;
}

export function matchRows(rows: RawRow[], cat: Catalogue): (CatalogueRow | null)[] {
  const ix = catalogueIndex(cat);
  const { byCode, coded } = ix;
  const used = new Set<string>();
  const out: (CatalogueRow | null)[] = [];
  let context: string | null = null;
  for (const row of rows) {
    let hit: CatalogueRow | null = null;
    if (row.code !== null) {
      const byC = byCode.get(row.code);
      if (byC && !used.has(byC.id) && (row.label === '' || labelSimilarity(row.label, byC.label) >= CODE_LABEL_AGREES)) hit = byC;
      else if (row.label) hit = bestByLabel(row.label, coded, used, LABEL_MATCH) ?? (byC && !used.has(byC.id) ? byC : null);
      context = hit?.id ?? row.code;
    } else if (row.label) {
      const local = uncodedNear(ix, context);
      hit = bestByLabel(row.label, local, used, LABEL_MATCH_IN_CONTEXT) ?? bestByLabel(row.label, cat.rows, used, LABEL_MATCH_ANYWHERE);
    }
    if (hit) used.add(hit.id);
    out.push(hit);
  }
  return out;
}

function rawOf(v: CellValue): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (isErrorValue(v)) return v.error;
  return v;
}

/** Builds the indicators of a recognized table. */
export function buildIndicators(
  layout: Layout,
  rows: RawRow[],
  cat: Catalogue,
  matches: (CatalogueRow | null)[] = matchRows(rows, cat),
): Indicator[] {
  const valueCol = columnNumber(layout.columns.value);
  const noteCol = layout.columns.note ? columnNumber(layout.columns.note) : null;
  return rows.map((row, i) => {
    const entry = matches[i];
    const unit = readUnit(row.unit);
    let kind: IndicatorKind = unit.kind;
    if (kind === 'other' && entry) kind = entry.kind;
    if (kind === 'other' && row.unit === '' && !entry && rawOf(row.value) === null) kind = 'section';
    const readKind: ValueKind = kind === 'section' || kind === 'coded' ? 'other' : kind;
    return {
      id: entry?.id ?? null,
      code: row.code,
      label: row.label,
      row: row.row,
      cell: toA1({ row: row.row, col: valueCol }),
      noteCell: noteCol === null ? null : toA1({ row: row.row, col: noteCol }),
      raw: rawOf(row.value),
      kind,
      unit: row.unit,
      codes: unit.codes,
      note: row.note,
      reading: readNumber(row.value, row.format, readKind),
      format: row.format,
      formula: row.formula,
      matchedBy: entry ? (row.code !== null && entry.code === row.code ? 'code' : 'label') : null,
    };
  });
}
