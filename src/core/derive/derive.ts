/** Ratios the product can fill: the value and the formula for an empty ratio cell whose counts exist. */
import { Catalogue } from '../kinds/appendix/catalogue';
import { Indicator } from '../kinds/appendix/indicators';
import { isPercentFormat } from '../figures/numbers';
import { Operand, ratioInputs, ratioPercent } from './ratios';

export interface Derived {
  ratio: string;
  id: string;
  code: string | null;
  label: string;
  cell: string;
  /** The ratio in percent, rounded as the appendix writes it (99.1 for 99,10%). */
  value: number;
  /** What goes into the cell: the percent, or a fraction when the cell has a % format. */
  cellValue: number;
  formula: string;
  /**
   * The number format the fill gives the cell, so that it shows the decimals the appendix writes
   * ("99,10"): "0.00"; null where the cell has a % format of its own (kept).
   */
  numberFormat: string | null;
  numerator: number;
  denominator: number;
  source: 'rows' | 'note';
}

export interface Measure {
  id: string;
  title: { vi: string; en: string };
  target: string | null;
  value: number;
  numerator: number;
  denominator: number;
  source: 'rows' | 'note';
  /** Where the ratio shows in the appendix: its own row, or else the row of its numerator. */
  cell: string | null;
}

function round(x: number, decimals: number): number {
  const f = Math.pow(10, decimals);
  return Math.round(x * f + Number.EPSILON * f) / f;
}

/**
 * A spreadsheet reads text such as "169.800" by its own locale, so text operands go through
 * NUMBERVALUE with the Vietnamese separators; numbers are referred to directly.
 */
function operand(o: Operand): string {
  if (!o.cell) return String(o.value);
  return o.isText ? `NUMBERVALUE(${o.cell},",",".")` : o.cell;
}

/** Every ratio whose counts are present, whether or not the appendix has a row for it. */
export function measures(cat: Catalogue, byId: Map<string, Indicator>): Measure[] {
  const out: Measure[] = [];
  for (const r of cat.ratios) {
    const inputs = ratioInputs(r, byId);
    if (!inputs) continue;
    out.push({
      id: r.id,
      title: r.title,
      target: r.target,
      value: round(ratioPercent(inputs), 6),
      numerator: inputs.numerator.value,
      denominator: inputs.denominator.value,
      source: inputs.source,
      cell: (r.target ? byId.get(r.target)?.cell : undefined) ?? inputs.numerator.cell,
    });
  }
  return out;
}

/** Fills for empty ratio cells (never for a cell holding anything, text or formula). */
export function derive(cat: Catalogue, byId: Map<string, Indicator>): Derived[] {
  const out: Derived[] = [];
  for (const r of cat.ratios) {
    const target = r.target ? byId.get(r.target) : undefined;
    if (!target || target.reading.ok || target.reading.reason !== 'empty' || target.formula) continue;
    const inputs = ratioInputs(r, byId);
    if (!inputs) continue;
    const value = round(ratioPercent(inputs), r.decimals);
    const asFraction = isPercentFormat(target.format);
    const n = operand(inputs.numerator);
    const d = operand(inputs.denominator);
    out.push({
      ratio: r.id,
      id: target.id as string,
      code: target.code,
      label: target.label,
      cell: target.cell,
      value,
      cellValue: asFraction ? round(value / 100, r.decimals + 2) : value,
      formula: asFraction ? `=ROUND(${n}/${d},${r.decimals + 2})` : `=ROUND(${n}/${d}*100,${r.decimals})`,
      numberFormat: asFraction ? null : r.decimals > 0 ? `0.${'0'.repeat(r.decimals)}` : '0',
      numerator: inputs.numerator.value,
      denominator: inputs.denominator.value,
      source: inputs.source,
    });
  }
  return out;
}
