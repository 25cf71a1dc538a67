/** Scores each criterion of a rubric against the appendix: value, points, below benchmark. */
import { Measure } from '../derive/derive';
import { Indicator } from '../kinds/appendix/indicators';
import { Criterion, Rubric, Scale } from './schema';

export interface CriterionScore {
  id: string;
  section: 'A' | 'B';
  area: string;
  title: string;
  subject: string;
  /** The measured value in percent, or null when the appendix has no figure for it. */
  value: number | null;
  target: number;
  max: number;
  points: number | null;
  /** Points below the maximum, or the value below the benchmark. */
  below: boolean;
  owner: string;
  plan: string;
  /** The cell the value comes from, when it is a row of the appendix. */
  cell: string | null;
  isDefault: boolean;
}

export interface ScoreTotals {
  achieved: number;
  possible: number;
  bySection: Record<'A' | 'B', { achieved: number; possible: number }>;
}

const round2 = (x: number) => Math.round(x * 100 + Number.EPSILON * 100) / 100;

/** Points for a value on a scale. */
export function pointsFor(scale: Scale, max: number, value: number): number {
  if (scale.type === 'tiers') {
    const tier = [...scale.tiers].sort((a, b) => b.min - a.min).find((t) => value >= t.min - 1e-9);
    return tier ? tier.points : 0;
  }
  return round2(Math.min(1, Math.max(0, value / scale.full)) * max);
}

function measured(c: Criterion, byId: Map<string, Indicator>, measures: Measure[]): { value: number | null; cell: string | null } {
  if ('indicator' in c.measure) {
    const id = c.measure.indicator;
    const ind = byId.get(id);
    if (ind && ind.reading.ok) return { value: ind.reading.value, cell: ind.cell };
    // An empty ratio cell is measured by the ratio its counts give (the value "Điền tỷ lệ" would write).
    const m = measures.find((x) => x.target === id);
    return { value: m ? m.value : null, cell: ind?.cell ?? null };
  }
  const id = c.measure.ratio;
  const m = measures.find((x) => x.id === id);
  return { value: m ? m.value : null, cell: m?.cell ?? null };
}

export function score(rubric: Rubric, byId: Map<string, Indicator>, measures: Measure[]): CriterionScore[] {
  return rubric.criteria.map((c) => {
    const { value, cell } = measured(c, byId, measures);
    const points = value === null ? null : pointsFor(c.scale, c.max, value);
    return {
      id: c.id,
      section: c.section,
      area: c.area,
      title: c.title,
      subject: c.subject,
      value: value === null ? null : round2(value),
      target: c.target,
      max: c.max,
      points,
      below: points !== null && value !== null && (points < c.max - 1e-9 || value < c.target - 1e-9),
      owner: c.owner,
      plan: c.plan,
      cell,
      isDefault: c.isDefault,
    };
  });
}

export function totals(scores: CriterionScore[]): ScoreTotals {
  const t: ScoreTotals = { achieved: 0, possible: 0, bySection: { A: { achieved: 0, possible: 0 }, B: { achieved: 0, possible: 0 } } };
  for (const s of scores) {
    if (s.points === null) continue;
    t.achieved = round2(t.achieved + s.points);
    t.possible = round2(t.possible + s.max);
    t.bySection[s.section].achieved = round2(t.bySection[s.section].achieved + s.points);
    t.bySection[s.section].possible = round2(t.bySection[s.section].possible + s.max);
  }
  return t;
}
