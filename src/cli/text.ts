/** The readable (non-JSON) report: a table per file, grouped by severity, each line with its cell. */
import type { Lang, Report } from '../core';
import { formatNumber, text } from '../core';

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

/** Renders one report for a terminal. */
export function renderText(rep: Report, lang: Lang): string {
  const lines: string[] = [];
  const name = rep.file ?? '';
  if (!rep.recognized) {
    lines.push(`${name}: ${rep.reason ?? ''}`);
    return lines.join('\n');
  }
  const l = rep.layout;
  if (l)
    lines.push(
      `${name} — ${text({ code: 'cli.appendix-at', sheet: l.sheet, headerRow: l.headerRow, year: l.year, office: l.office }, lang)}`,
    );
  else lines.push(name);
  for (const t of rep.tables)
    if (t.kind !== 'statistics-appendix')
      lines.push(
        `  ${text({ code: 'cli.table-at', kind: t.kind, sheet: t.sheet, headerRow: t.headerRow, year: t.year, office: t.office }, lang)}`,
      );
  const s = rep.summary;
  const known = rep.indicators.filter((i) => i.id !== null).length;
  lines.push(`  ${text({ code: 'cli.counts', known, error: s.error, warning: s.warning, info: s.info }, lang)}`);
  const several = rep.tables.length > 1;
  for (const sev of ['error', 'warning', 'info'] as const) {
    const group = rep.findings.filter((f) => f.severity === sev);
    if (group.length === 0) continue;
    lines.push(`  ${text({ code: 'cli.heading', of: sev, count: group.length }, lang)}`);
    for (const f of group) lines.push(`    ${pad(several ? `${f.sheet}!${f.cell}` : f.cell, 6)} ${pad(f.code ?? '', 8)} ${f.message}`);
  }
  if (rep.derived.length > 0) {
    lines.push(`  ${text({ code: 'cli.heading', of: 'derived', count: rep.derived.length }, lang)}`);
    for (const d of rep.derived)
      lines.push(`    ${pad(d.cell, 6)} ${pad(d.code ?? '', 8)} ${formatNumber(d.value, lang, 2)}%   ${d.formula}`);
  }
  return lines.join('\n');
}
