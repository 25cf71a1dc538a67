/**
 * The province's consolidation: files added one at a time (each reduced to its summary at once, so
 * memory stays flat with the number of files), then the statuses, totals and cross-file findings.
 */
import type { Report } from '../report-types';
import { fold } from '../figures/text';
import { officeLevel } from '../kinds/appendix/offices';
import { RowBook, summarize, valueIn } from './summary';
import {
  COUNTED,
  CodeCount,
  Consolidation,
  CrossFinding,
  IndicatorTotal,
  RowDef,
  TALLY_FIELDS,
  TallyFigures,
  RankRow,
  TallyTotal,
  UnitOut,
  UnitStatus,
  UnitSummary,
} from './types';

/**
 * A key that names the same office however it is written: case, diacritics, punctuation, spacing and
 * the "BHXH" / "Bảo hiểm xã hội" prefix aside ("BHXH huyện Châu Thành" = "bhxh huyen chau thanh" = "Huyện Châu Thành").
 */
export function officeKey(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(bhxh|bao hiem xa hoi)\s+/, '');
}

/** The value given most often (ties: the one met first); null when none is given. */
function mostCommon<T>(xs: (T | null)[]): T | null {
  const counts = new Map<T, number>();
  for (const x of xs) if (x !== null) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: T | null = null;
  let n = 0;
  for (const [x, c] of counts)
    if (c > n) {
      best = x;
      n = c;
    }
  return best;
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

export interface ConsolidateOptions {
  /** The language of the labels of ratios the appendix has no row for. */
  lang?: 'vi' | 'en';
}

/** Collects files one by one; `finish` makes the consolidation. */
export class Consolidator {
  private readonly book: RowBook;
  private readonly summaries: UnitSummary[] = [];
  /** Where each indicator's value sits in every summary's figures. */
  private readonly slots = new Map<string, number>();

  constructor(opts: ConsolidateOptions = {}) {
    this.book = new RowBook(opts.lang ?? 'vi');
  }

  /** Adds one file's report (kept only as its summary). */
  add(report: Report, file: string): UnitSummary {
    if (report.recognized) this.book.learn(report);
    const s = summarize(report, file, this.slots);
    this.summaries.push(s);
    return s;
  }

  get count(): number {
    return this.summaries.length;
  }

  /** The statuses, totals and cross-file findings; `expected` the offices that should have sent a file. */
  finish(expected: string[] = []): Consolidation {
    return consolidate(this.summaries, [...this.book.rows.values()], expected);
  }
}

function statuses(files: UnitSummary[]): { statuses: UnitStatus[]; year: number | null; edition: string | null; findings: CrossFinding[] } {
  const readable = files.filter((f) => f.problem === null);
  const year = mostCommon(readable.map((f) => f.year));
  const findings: CrossFinding[] = [];
  const seen = new Map<string, string>();
  const out: UnitStatus[] = files.map((f) => {
    if (f.problem) {
      findings.push({ rule: 'consolidate.unreadable', file: f.file, office: null, status: f.problem, reason: f.reason });
      return f.problem;
    }
    if (year !== null && f.year !== null && f.year !== year) {
      findings.push({ rule: 'consolidate.year', file: f.file, office: f.office, year: f.year, expected: year });
      return 'other-year';
    }
    if (f.office !== null) {
      const key = officeKey(f.office);
      const first = seen.get(key);
      if (first !== undefined) {
        findings.push({ rule: 'consolidate.duplicate', file: f.file, office: f.office, first });
        return 'duplicate';
      }
      seen.set(key, f.file);
    }
    return f.errors > 0 ? 'findings' : 'ok';
  });
  const edition = mostCommon(files.filter((_, i) => COUNTED.includes(out[i])).map((f) => f.edition));
  files.forEach((f, i) => {
    if (COUNTED.includes(out[i]) && edition !== null && f.edition !== null && f.edition !== edition)
      findings.push({ rule: 'consolidate.edition', file: f.file, office: f.office, edition: f.edition, expected: edition });
  });
  return { statuses: out, year, edition, findings };
}

function total(row: RowDef, units: UnitSummary[], added: boolean[]): IndicatorTotal {
  const values = units.map((u, i) => {
    if (!added[i]) return null;
    if (row.ratio !== null && row.id === row.ratio) return u.ratios.get(row.ratio)?.value ?? null;
    return valueIn(u, row.id);
  });
  const base = { id: row.id, code: row.code, label: row.label, unit: row.unit, kind: row.kind, values };
  const given = values.filter((v): v is number => v !== null);
  if (row.kind === 'count') return { ...base, total: given.length > 0 ? round6(given.reduce((a, b) => a + b, 0)) : null, basis: 'sum' };
  if (row.ratio !== null) {
    // The province's rate from the summed counts; sound only when every unit that gives the rate gives its counts.
    let numerator = 0;
    let denominator = 0;
    let backed = 0;
    let sound = true;
    units.forEach((u, i) => {
      if (!added[i]) return;
      const r = u.ratios.get(row.ratio as string);
      if (r) {
        numerator += r.numerator;
        denominator += r.denominator;
        backed++;
      } else if (values[i] !== null) sound = false;
    });
    const ok = sound && backed > 0 && denominator > 0;
    return {
      ...base,
      total: ok ? round6((numerator / denominator) * 100) : null,
      basis: 'ratio',
      ...(ok ? { numerator, denominator } : {}),
    };
  }
  if (row.kind === 'coded') {
    const counts: CodeCount[] = row.codes.map((c) => ({ code: c.code, label: c.label, count: 0 }));
    for (const v of given) {
      const c = counts.find((x) => x.code === v);
      if (c) c.count++;
      else counts.push({ code: v, label: null, count: 1 });
    }
    return { ...base, total: null, basis: 'codes', counts };
  }
  return { ...base, total: null, basis: 'none' };
}

function tallyTotal(units: UnitSummary[], added: boolean[]): TallyTotal | null {
  const rows = units.flatMap((u, i) => (added[i] && u.tally ? [{ unit: i, office: u.office, figures: u.tally }] : []));
  if (rows.length === 0) return null;
  const sum: TallyFigures = { issued: null, returned: null, valid: null, invalid: null };
  for (const f of TALLY_FIELDS)
    for (const r of rows) {
      const v = r.figures[f];
      if (v !== null) sum[f] = (sum[f] ?? 0) + v;
    }
  return { rows, total: sum };
}

/** The added units with a score, best first (equal indexes share a rank); null unless a scoring sheet or rubric file scored some. */
function ranking(units: UnitSummary[], added: boolean[]): RankRow[] | null {
  if (!units.some((u, i) => added[i] && u.score && u.scoreFrom !== 'default')) return null;
  const rows = units.flatMap((u, i) =>
    added[i] && u.score
      ? [
          {
            unit: i,
            rank: 0,
            office: u.office,
            achieved: u.score.achieved,
            possible: u.score.possible,
            index: u.score.possible > 0 ? Math.round((u.score.achieved / u.score.possible) * 10000) / 100 : null,
            onTime: u.onTime?.value ?? null,
            target: u.onTime?.target ?? null,
          },
        ]
      : [],
  );
  rows.sort((a, b) => (b.index ?? -1) - (a.index ?? -1) || a.unit - b.unit);
  rows.forEach((r, k) => (r.rank = k > 0 && rows[k - 1].index === r.index ? rows[k - 1].rank : k + 1));
  return rows;
}

/** The consolidation of file summaries (input order) against the expected offices. */
export function consolidate(files: UnitSummary[], rows: RowDef[], expected: string[] = []): Consolidation {
  const { statuses: st, year, edition, findings } = statuses(files);
  const added = st.map((s) => COUNTED.includes(s));
  const received = new Set(files.filter((_, i) => added[i] && files[i].office !== null).map((f) => officeKey(f.office as string)));
  const missing: string[] = [];
  const listed = new Set<string>();
  for (const name of expected) {
    const key = officeKey(name);
    if (key === '' || listed.has(key)) continue;
    listed.add(key);
    if (!received.has(key)) missing.push(name);
  }
  for (const office of missing) findings.push({ rule: 'consolidate.missing', file: null, office });
  const units: UnitOut[] = [
    ...files.map((f, i) => ({
      file: f.file,
      office: f.office,
      officeLevel: officeLevel(f.office),
      year: f.year,
      edition: f.edition,
      status: st[i],
      errors: f.errors,
      warnings: f.warnings,
      score: f.score,
    })),
    ...missing.map((office) => ({
      file: null,
      office,
      officeLevel: officeLevel(office),
      year: null,
      edition: null,
      status: 'missing' as const,
      errors: 0,
      warnings: 0,
      score: null,
    })),
  ];
  const pad = missing.map(() => null);
  const indicators = rows.map((r) => {
    const t = total(r, files, added);
    return { ...t, values: [...t.values, ...pad] };
  });
  return {
    year,
    edition,
    units,
    indicators,
    tally: tallyTotal(files, added),
    ranking: ranking(files, added),
    findings,
    fileFindings: files.flatMap((f, unit) => f.findings.map((finding) => ({ unit, finding }))),
  };
}
