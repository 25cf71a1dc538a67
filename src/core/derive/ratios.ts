/** Where a ratio's counts come from: two rows, or the "a/b" written in its note ("168.274/169.800"). */
import { Ratio } from '../kinds/appendix/catalogue';
import { Indicator, interval } from '../kinds/appendix/indicators';
import { parseNumberText } from '../figures/numbers';

export interface Operand {
  value: number;
  /** The row's value cell, or null when the count is only written in the note. */
  cell: string | null;
  /** The cell holds text ("169.800") that a spreadsheet must read with NUMBERVALUE. */
  isText: boolean;
  /** Half the width of the interval the written count stands for (0 for a whole count). */
  half: number;
}

export interface RatioInputs {
  numerator: Operand;
  denominator: Operand;
  source: 'rows' | 'note';
}

// "168.274/169.800", but not a date ("25/02/2021") nor a document number ("222/QĐ").
const NOTE_FRACTION = /(?<![\d/.,])(\d{1,3}(?:[.,\s\u00a0]\d{3})+|\d+)\s*\/\s*(\d{1,3}(?:[.,\s\u00a0]\d{3})+|\d+)(?![\d/])/;

/** The counts written in a note as "a/b", or null. */
export function noteFraction(note: string): { numerator: number; denominator: number } | null {
  const m = NOTE_FRACTION.exec(note);
  if (!m) return null;
  const a = parseNumberText(m[1], 'count');
  const b = parseNumberText(m[2], 'count');
  return a && b ? { numerator: a.value, denominator: b.value } : null;
}

function fromRow(ind: Indicator | undefined): Operand | null {
  if (!ind || !ind.reading.ok) return null;
  const iv = interval(ind) as [number, number];
  return { value: ind.reading.value, cell: ind.cell, isText: ind.reading.source === 'text', half: (iv[1] - iv[0]) / 2 };
}

/** The counts a ratio is computed from, or null when they are not all there. */
export function ratioInputs(ratio: Ratio, byId: Map<string, Indicator>): RatioInputs | null {
  const num = ratio.numerator ? fromRow(byId.get(ratio.numerator)) : null;
  const den = ratio.denominator ? fromRow(byId.get(ratio.denominator)) : null;
  if (num && den && den.value > 0) return { numerator: num, denominator: den, source: 'rows' };
  if (!ratio.noteCounts || !ratio.target) return null;
  const target = byId.get(ratio.target);
  const f = target ? noteFraction(target.note) : null;
  if (!f || f.denominator <= 0) return null;
  // The note's denominator is the row's when they agree: a formula can then refer to the row.
  const denominator = den && den.value === f.denominator ? den : { value: f.denominator, cell: null, isText: false, half: 0 };
  const numerator = num && num.value === f.numerator ? num : { value: f.numerator, cell: null, isText: false, half: 0 };
  return { numerator, denominator, source: 'note' };
}

/** The ratio in percent. */
export function ratioPercent(inputs: RatioInputs): number {
  return (inputs.numerator.value / inputs.denominator.value) * 100;
}
