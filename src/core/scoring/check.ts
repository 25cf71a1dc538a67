/**
 * The rubric's rules, checked by hand where a rubric comes from the user at run time (the
 * "Thang điểm" sheet): the same rules as `RubricSchema`, with the same defaults, without shipping the
 * schema library in the task pane. A test holds the two to the same verdict on generated rubrics.
 */
import { CRITERION_ID } from './ids';
import type { Band, Criterion, Heading, Rubric, Scale } from './schema';

export interface RubricIssue {
  /** Where, as in the input: ['criteria', 3, 'max']. */
  path: (string | number)[];
  message: string;
}

export type RubricCheck = { ok: true; rubric: Rubric } | { ok: false; issues: RubricIssue[] };

type Path = (string | number)[];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && !Number.isNaN(v);

/** Checks a rubric given as plain data and returns it with every default filled in, or every issue found. */
export function checkRubric(input: unknown): RubricCheck {
  const issues: RubricIssue[] = [];
  const bad = (path: Path, message: string) => {
    issues.push({ path, message });
  };
  const text = (v: unknown, path: Path, min = 0, fallback?: string): string => {
    if (v === undefined && fallback !== undefined) return fallback;
    if (typeof v !== 'string') bad(path, 'expected text');
    else if (v.length < min) bad(path, 'must not be empty');
    return typeof v === 'string' ? v : '';
  };
  const id = (v: unknown, path: Path): string => {
    const s = text(v, path);
    if (typeof v === 'string' && !CRITERION_ID.test(s)) bad(path, 'a code like II.2.5.1 (area, then the printed code)');
    return s;
  };
  const list = (v: unknown, path: Path, min: number): unknown[] => {
    if (v === undefined && min === 0) return [];
    if (!Array.isArray(v)) {
      bad(path, 'expected a list');
      return [];
    }
    if (v.length < min) bad(path, `needs at least ${min}`);
    return v;
  };
  if (!isObject(input)) return { ok: false, issues: [{ path: [], message: 'expected an object' }] };

  const name = text(input.name, ['name']);
  const headings: Heading[] = list(input.headings, ['headings'], 0).map((h, i) => {
    const at: Path = ['headings', i];
    if (!isObject(h)) {
      bad(at, 'expected an object');
      return { id: '', title: '' };
    }
    return { id: id(h.id, [...at, 'id']), title: text(h.title, [...at, 'title'], 1) };
  });
  const criteria: Criterion[] = list(input.criteria, ['criteria'], 1).map((c, i) => criterion(c, ['criteria', i]));
  const bands: Band[] = list(input.bands, ['bands'], 0).map((b, i) => {
    const at: Path = ['bands', i];
    if (!isObject(b)) {
      bad(at, 'expected an object');
      return { min: 0, name: '' };
    }
    if (!isNumber(b.min)) bad([...at, 'min'], 'expected a number');
    return { min: isNumber(b.min) ? b.min : 0, name: text(b.name, [...at, 'name'], 1) };
  });
  const seen = new Set<string>();
  criteria.forEach((c, i) => {
    if (seen.has(c.id)) bad(['criteria', i, 'id'], `the code ${c.id} appears twice`);
    seen.add(c.id);
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, rubric: { name, headings, criteria, bands } };

  function criterion(c: unknown, at: Path): Criterion {
    if (!isObject(c)) {
      bad(at, 'expected an object');
      return {
        id: '',
        section: 'A',
        title: '',
        subject: '',
        measure: null,
        max: 1,
        scale: null,
        target: null,
        owner: '',
        plan: '',
        isDefault: false,
      };
    }
    if (c.section !== 'A' && c.section !== 'B') bad([...at, 'section'], "expected 'A' or 'B'");
    const max = isNumber(c.max) && c.max > 0 ? c.max : null;
    if (max === null) bad([...at, 'max'], 'expected a number above 0');
    if (c.target !== undefined && c.target !== null && !isNumber(c.target)) bad([...at, 'target'], 'expected a number');
    if (c.isDefault !== undefined && typeof c.isDefault !== 'boolean') bad([...at, 'isDefault'], 'expected true or false');
    const scale = scaleOf(c.scale, [...at, 'scale']);
    if (scale?.type === 'tiers' && max !== null && scale.tiers.some((t) => t.points > max))
      bad([...at, 'scale'], `a tier gives more than the maximum ${max}`);
    return {
      id: id(c.id, [...at, 'id']),
      section: c.section === 'B' ? 'B' : 'A',
      title: text(c.title, [...at, 'title'], 1),
      subject: text(c.subject, [...at, 'subject'], 0, ''),
      measure: measureOf(c.measure, [...at, 'measure']),
      max: max ?? 1,
      scale,
      target: isNumber(c.target) ? c.target : null,
      owner: text(c.owner, [...at, 'owner'], 0, ''),
      plan: text(c.plan, [...at, 'plan'], 0, ''),
      isDefault: c.isDefault === true,
    };
  }

  function measureOf(m: unknown, at: Path): Criterion['measure'] {
    if (m === undefined || m === null) return null;
    if (isObject(m) && typeof m.indicator === 'string' && m.indicator.length > 0) return { indicator: m.indicator };
    if (isObject(m) && typeof m.ratio === 'string' && m.ratio.length > 0) return { ratio: m.ratio };
    bad(at, 'expected { indicator } or { ratio }');
    return null;
  }

  function scaleOf(s: unknown, at: Path): Scale | null {
    if (s === undefined || s === null) return null;
    if (isObject(s) && s.type === 'proportional') {
      if (isNumber(s.full) && s.full > 0) return { type: 'proportional', full: s.full };
      bad([...at, 'full'], 'expected a number above 0');
      return null;
    }
    if (isObject(s) && s.type === 'tiers') {
      const tiers = list(s.tiers, [...at, 'tiers'], 1).map((t, i) => {
        const where: Path = [...at, 'tiers', i];
        if (!isObject(t) || !isNumber(t.min) || !isNumber(t.points) || t.points < 0) {
          bad(where, 'expected { min, points } with points of 0 or more');
          return { min: 0, points: 0 };
        }
        return { min: t.min, points: t.points };
      });
      return { type: 'tiers', tiers };
    }
    bad(at, "expected a scale of type 'tiers' or 'proportional'");
    return null;
  }
}
