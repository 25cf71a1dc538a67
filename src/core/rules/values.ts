/** Rules on one figure at a time: its type, its range, its code. */
import { Indicator } from '../kinds/appendix/indicators';
import { halfWidth } from '../figures/numbers';
import { FindingFacts, Severity } from './findings';

export interface ValueRule {
  id: FindingFacts['rule'];
  severity: Severity;
  /** The facts of a problem with this figure, or null when it is fine. */
  check(ind: Indicator): FindingFacts | null;
}

const cellError: ValueRule = {
  id: 'value.error',
  severity: 'error',
  check: (ind) => (!ind.reading.ok && ind.reading.reason === 'error' ? { rule: 'value.error', actual: ind.reading.error } : null),
};

const countType: ValueRule = {
  id: 'type.count',
  severity: 'error',
  check(ind) {
    if (ind.kind !== 'count') return null;
    if (!ind.reading.ok) return ind.reading.reason === 'text' ? { rule: 'type.count', actual: ind.reading.text } : null;
    return Number.isInteger(ind.reading.value) ? null : { rule: 'type.count', actual: ind.reading.value };
  },
};

const countRange: ValueRule = {
  id: 'range.count',
  severity: 'error',
  check: (ind) =>
    ind.kind === 'count' && ind.reading.ok && ind.reading.value < 0 ? { rule: 'range.count', actual: ind.reading.value } : null,
};

const percentType: ValueRule = {
  id: 'type.percent',
  severity: 'error',
  check: (ind) =>
    ind.kind === 'percent' && !ind.reading.ok && ind.reading.reason === 'text' ? { rule: 'type.percent', actual: ind.reading.text } : null,
};

const percentRange: ValueRule = {
  id: 'range.percent',
  severity: 'error',
  check(ind) {
    if (ind.kind !== 'percent' || !ind.reading.ok) return null;
    const h = halfWidth(ind.reading.decimals, 'percent');
    const v = ind.reading.value;
    return v - h > 100 || v + h < 0 ? { rule: 'range.percent', actual: v } : null;
  },
};

const codedAnswer: ValueRule = {
  id: 'enum.code',
  severity: 'error',
  check(ind) {
    if (ind.kind !== 'coded' || ind.codes.length === 0) return null;
    const expected = ind.codes.map((c) => c.code);
    if (!ind.reading.ok) return ind.reading.reason === 'text' ? { rule: 'enum.code', actual: ind.reading.text, expected } : null;
    return expected.includes(ind.reading.value) ? null : { rule: 'enum.code', actual: ind.reading.value, expected };
  },
};

/** Every rule on a single figure, in the order findings are listed. */
export const VALUE_RULES: readonly ValueRule[] = [cellError, countType, countRange, percentType, percentRange, codedAnswer];
