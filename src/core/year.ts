/**
 * A report with last year's beside it (`check --previous`): the comparison of combine/compare.ts, its
 * findings given their sentences and counted, `previous` and `changes` added. A report without it is
 * never touched.
 */
import { CompareOptions, CompareRefusal, compareReports } from './combine/compare';
import { Lang, message } from './messages';
import type { Report } from './report-types';

export type { CompareRefusal } from './combine/compare';

/** This year's report with the comparison, or why the two cannot be compared (this year's report unchanged). */
export function withPrevious(
  current: Report,
  previous: Report,
  opts: CompareOptions & { lang?: Lang } = {},
): { ok: true; report: Report } | ({ ok: false } & CompareRefusal) {
  const c = compareReports(current, previous, opts);
  if (!c.ok) return c;
  const lang = opts.lang ?? 'vi';
  const added = c.findings.map((f) => {
    const messages = { vi: message(f, 'vi'), en: message(f, 'en') };
    return { ...f, kind: f.kind ?? ('statistics-appendix' as const), message: messages[lang], messages };
  });
  const summary = { ...current.summary };
  for (const f of added) summary[f.severity]++;
  return { ok: true, report: { ...current, findings: [...current.findings, ...added], summary, previous: c.previous, changes: c.changes } };
}
