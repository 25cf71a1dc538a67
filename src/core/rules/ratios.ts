/** A stated ratio agrees with the counts it comes from, within the rounding of what is written. */
import { Ratio } from '../kinds/appendix/catalogue';
import { Indicator, interval } from '../kinds/appendix/indicators';
import { ratioInputs } from '../derive/ratios';
import { RelationFinding } from './relations';

const EPS = 1e-9;

export function checkRatio(ratio: Ratio, byId: Map<string, Indicator>): RelationFinding | null {
  if (!ratio.target) return null;
  const target = byId.get(ratio.target);
  const stated = interval(target);
  if (!target || !stated || !target.reading.ok) return null;
  const inputs = ratioInputs(ratio, byId);
  if (!inputs) return null;
  // Counts are whole and exact; a count written with decimals widens the computed interval.
  const { numerator: n, denominator: d } = inputs;
  const [nLo, nHi, dLo, dHi] = [n.value - n.half, n.value + n.half, d.value - d.half, d.value + d.half];
  if (dLo <= 0) return null;
  const lo = (nLo / dHi) * 100;
  const hi = (nHi / dLo) * 100;
  if (hi < stated[0] - EPS || lo > stated[1] + EPS) {
    return {
      at: target,
      severity: 'error',
      facts: {
        rule: 'ratio.mismatch',
        actual: target.reading.value,
        expected: Number(((inputs.numerator.value / inputs.denominator.value) * 100).toFixed(ratio.decimals)),
        numerator: inputs.numerator.value,
        denominator: inputs.denominator.value,
        source: inputs.source,
      },
    };
  }
  return null;
}
