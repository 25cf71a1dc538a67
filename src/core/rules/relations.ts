/** Rules between rows, driven by the catalogue's relations. */
import { Relation } from '../kinds/appendix/catalogue';
import { FindingFacts, Related, Severity } from './findings';
import { Indicator, interval, valueOf } from '../kinds/appendix/indicators';
import { halfWidth, parseNumberText } from '../figures/numbers';

export interface RelationFinding {
  at: Indicator;
  severity: Severity;
  facts: FindingFacts;
}

const EPS = 1e-9;

function related(ind: Indicator): Related {
  return { id: ind.id, code: ind.code, label: ind.label, cell: ind.cell, value: valueOf(ind) as number };
}

/** Percentages written in notes ("6,68% văn bản giấy"). */
export function percentsInText(text: string): { value: number; decimals: number }[] {
  const out: { value: number; decimals: number }[] = [];
  for (const m of text.matchAll(/(\d+(?:[.,]\d+)?)\s*%/g)) {
    const p = parseNumberText(m[1], 'percent');
    if (p) out.push(p);
  }
  return out;
}

function withValues(ids: string[], byId: Map<string, Indicator>): Indicator[] {
  return ids.map((id) => byId.get(id)).filter((x): x is Indicator => x !== undefined && x.reading.ok);
}

/** Checks one relation; yields nothing when a side has no figure (missing figures are other rules' business). */
export function* checkRelation(rel: Relation, byId: Map<string, Indicator>): Generator<RelationFinding> {
  switch (rel.type) {
    case 'leq': {
      const left = withValues(rel.left, byId);
      const right = byId.get(rel.right);
      const r = interval(right);
      if (left.length === 0 || !r || !right) return;
      const min = left.reduce((s, x) => s + (interval(x) as [number, number])[0], 0);
      if (min > r[1] + EPS) {
        const actual = left.reduce((s, x) => s + (valueOf(x) as number), 0);
        yield {
          at: left[0],
          severity: rel.severity,
          facts: { rule: 'relation.leq', actual, expected: valueOf(right) as number, related: [right, ...left.slice(1)].map(related) },
        };
      }
      return;
    }
    case 'parts': {
      const total = byId.get(rel.total);
      const t = interval(total);
      if (!total || !t) return;
      const parts = withValues(rel.parts, byId);
      for (const p of parts) {
        if ((interval(p) as [number, number])[0] > t[1] + EPS)
          yield {
            at: p,
            severity: 'error',
            facts: { rule: 'relation.part', actual: valueOf(p) as number, expected: valueOf(total) as number, related: [related(total)] },
          };
      }
      if (rel.partition && parts.length === rel.parts.length) {
        const lo = parts.reduce((s, x) => s + (interval(x) as [number, number])[0], 0);
        const hi = parts.reduce((s, x) => s + (interval(x) as [number, number])[1], 0);
        if (lo > t[1] + EPS || hi < t[0] - EPS)
          yield {
            at: parts[parts.length - 1],
            severity: 'error',
            facts: {
              rule: 'relation.partition',
              actual: parts.reduce((s, x) => s + (valueOf(x) as number), 0),
              expected: valueOf(total) as number,
              related: [total, ...parts.slice(0, -1)].map(related),
            },
          };
      }
      return;
    }
    case 'shares': {
      const parts = withValues(rel.parts, byId);
      if (parts.length === 0) return;
      const inNotes = rel.remainderInNotes ? rel.parts.flatMap((id) => percentsInText(byId.get(id)?.note ?? '')) : [];
      let lo = parts.reduce((s, x) => s + (interval(x) as [number, number])[0], 0);
      let hi = parts.reduce((s, x) => s + (interval(x) as [number, number])[1], 0);
      for (const p of inNotes) {
        const h = halfWidth(p.decimals, 'percent');
        lo += p.value - h;
        hi += p.value + h;
      }
      // With every share written, they must make 100; with some missing, at most 100.
      const complete = parts.length === rel.parts.length && (!rel.remainderInNotes || inNotes.length > 0);
      const bad = complete ? lo > 100 + EPS || hi < 100 - EPS : lo > 100 + EPS;
      if (bad) {
        const actual = parts.reduce((s, x) => s + (valueOf(x) as number), 0) + inNotes.reduce((s, x) => s + x.value, 0);
        yield {
          at: parts[parts.length - 1],
          severity: 'error',
          facts: {
            rule: 'shares.sum',
            actual: Number(actual.toFixed(6)),
            expected: 100,
            related: parts.slice(0, -1).map(related),
            inNotes: inNotes.map((p) => p.value),
          },
        };
      }
      return;
    }
    case 'implies': {
      const when = byId.get(rel.when);
      const then = byId.get(rel.then);
      if (!when || !then || valueOf(when) !== rel.equals) return;
      if (!then.reading.ok && then.reading.reason === 'empty' && !then.formula)
        yield { at: then, severity: 'warning', facts: { rule: 'implied.missing', related: [related(when)] } };
      return;
    }
  }
}
