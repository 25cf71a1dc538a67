/**
 * Scores each criterion: the council's (appraised) score where there is one, else the office's
 * self-score, else the scale on its figure. Totals per area and section, the index as a percentage
 * of the points possible, and the rating from the bands the province set (none until set).
 */
import { Measure } from '../derive/derive';
import { Indicator } from '../kinds/appendix/indicators';
import { areaOf } from './ids';
import type { Band, Criterion, Rubric, Scale } from './schema';

/** What the scoring sheet holds for one criterion besides its definition. */
export interface CriterionEntry {
  /** A figure (%) typed in the sheet, for a criterion no table measures (e.g. a SIPAS component). */
  figure: number | null;
  self: number | null;
  /** The council's score; the last round that has one. */
  appraised: number | null;
  evidence: string;
  cause: string;
  /** The sheet row, for pointing at it. */
  row: number | null;
}

export type PointsSource = 'appraised' | 'self' | 'scale';

/** A figure of another table than the appendix (a SIPAS component's rate), by its id ('sipas.access'). */
export interface TableFigure {
  value: number;
  cell: string;
  sheet: string;
}

export interface CriterionScore {
  id: string;
  section: 'A' | 'B';
  /** "II" */
  area: string;
  /** The code as printed ("2.5.1"). */
  code: string;
  title: string;
  subject: string;
  /** The figure in percent (from a table, else typed in the sheet), or null. */
  value: number | null;
  target: number | null;
  max: number;
  /** The scale's points on the figure, or null (judged, or no figure). */
  computed: number | null;
  self: number | null;
  appraised: number | null;
  /** The points that count: appraised, else self, else computed. */
  points: number | null;
  source: PointsSource | null;
  /** Points below the maximum, or the figure below the benchmark. */
  below: boolean;
  owner: string;
  plan: string;
  cause: string;
  evidence: string;
  /** The cell the figure comes from, when a table gives it; on `sheet`, else on the appendix's sheet. */
  cell: string | null;
  sheet: string | null;
  isDefault: boolean;
}

export interface Subtotal {
  achieved: number;
  possible: number;
}

export interface ScoreTotals extends Subtotal {
  /** achieved ÷ possible in percent (of the points scored so far), or null when nothing is scored. */
  index: number | null;
  /** The band the index reaches, or null until the province sets bands. */
  rating: string | null;
  bySection: Record<'A' | 'B', Subtotal>;
  byArea: Record<string, Subtotal>;
  /** Criteria with no points yet (judged and not scored); `achieved`, `possible` and `index` are of the others. */
  unscored: number;
  /** The points those criteria are worth (the sum of their maximums): possible + unscoredPoints is the tree's worth. */
  unscoredPoints: number;
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

function measured(
  c: Criterion,
  byId: Map<string, Indicator>,
  measures: Measure[],
  figures: Map<string, TableFigure>,
): { value: number | null; cell: string | null; sheet?: string } {
  if (!c.measure) return { value: null, cell: null };
  if ('indicator' in c.measure) {
    const id = c.measure.indicator;
    const fig = figures.get(id);
    if (fig) return fig;
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

export function score(
  rubric: Rubric,
  byId: Map<string, Indicator>,
  measures: Measure[],
  entries: Map<string, CriterionEntry> = new Map(),
  figures: Map<string, TableFigure> = new Map(),
): CriterionScore[] {
  return rubric.criteria.map((c) => {
    const e = entries.get(c.id);
    const fromTable = measured(c, byId, measures, figures);
    const value = fromTable.value ?? e?.figure ?? null;
    const computed = value !== null && c.scale ? pointsFor(c.scale, c.max, value) : null;
    const self = e?.self ?? null;
    const appraised = e?.appraised ?? null;
    const points = appraised ?? self ?? computed;
    const source: PointsSource | null = appraised !== null ? 'appraised' : self !== null ? 'self' : computed !== null ? 'scale' : null;
    const belowTarget = value !== null && c.target !== null && value < c.target - 1e-9;
    return {
      id: c.id,
      section: c.section,
      area: areaOf(c.id),
      code: c.id.split('.').slice(1).join('.'),
      title: c.title,
      subject: c.subject,
      value: value === null ? null : round2(value),
      target: c.target,
      max: c.max,
      computed,
      self,
      appraised,
      points,
      source,
      // With the council's score, its points decide; otherwise also a figure below the benchmark.
      // A figure below the benchmark needs remediation even before anyone scores it.
      below: (points !== null && points < c.max - 1e-9) || (source !== 'appraised' && belowTarget),
      owner: c.owner,
      plan: c.plan,
      cause: e?.cause ?? '',
      evidence: e?.evidence ?? '',
      cell: fromTable.cell,
      sheet: fromTable.sheet ?? null,
      isDefault: c.isDefault,
    };
  });
}

/** The figure is below the benchmark (both known). */
export const isBelowTarget = (c: Pick<CriterionScore, 'value' | 'target'>): boolean =>
  c.value !== null && c.target !== null && c.value < c.target - 1e-9;

/** The band the index reaches (bands in any order), or null. */
export function ratingFor(bands: Band[], index: number | null): string | null {
  if (index === null) return null;
  const band = [...bands].sort((a, b) => b.min - a.min).find((b) => index >= b.min - 1e-9);
  return band ? band.name : null;
}

export function totals(scores: CriterionScore[], bands: Band[] = []): ScoreTotals {
  const t: ScoreTotals = {
    achieved: 0,
    possible: 0,
    index: null,
    rating: null,
    bySection: { A: { achieved: 0, possible: 0 }, B: { achieved: 0, possible: 0 } },
    byArea: {},
    unscored: 0,
    unscoredPoints: 0,
  };
  const add = (s: Subtotal, points: number, max: number) => {
    s.achieved = round2(s.achieved + points);
    s.possible = round2(s.possible + max);
  };
  for (const s of scores) {
    if (s.points === null) {
      t.unscored++;
      t.unscoredPoints = round2(t.unscoredPoints + s.max);
      continue;
    }
    add(t, s.points, s.max);
    add(t.bySection[s.section], s.points, s.max);
    add((t.byArea[s.area] ??= { achieved: 0, possible: 0 }), s.points, s.max);
  }
  t.index = t.possible > 0 ? round2((t.achieved / t.possible) * 100) : null;
  t.rating = ratingFor(bands, t.index);
  return t;
}
