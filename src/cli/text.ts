/** The readable (non-JSON) report: each table found, then the findings grouped by severity, each line with its cell. */
import type { Lang, Report } from '../core';
import { cliMessage, formatNumber, placeOf, scoreText, shownCode } from '../core';

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

/** Renders one report for a terminal. */
export function renderText(rep: Report, lang: Lang): string {
  const lines: string[] = [];
  const name = rep.file ?? '';
  if (!rep.recognized || rep.tables.length === 0) {
    lines.push(`${name}: ${rep.reason ?? ''}`);
    return lines.join('\n');
  }
  lines.push(name);
  for (const t of rep.tables)
    lines.push(
      `  ${cliMessage({ code: 'table', kind: t.kind, sheet: t.sheet, headerRow: t.headerRow, year: t.year, office: t.office, edition: t.edition }, lang)}`,
    );
  const s = rep.summary;
  const indicators = rep.layout ? rep.indicators.filter((i) => i.id !== null).length : null;
  lines.push(`  ${cliMessage({ code: 'counts', indicators, ...s }, lang)}`);
  if (rep.score) lines.push(`  ${scoreText(rep.score, lang)}`);
  if (rep.previous && rep.changes)
    lines.push(
      `  ${cliMessage({ code: 'previous-line', file: rep.previous.file ?? '', year: rep.previous.year, changes: rep.changes.length }, lang)}`,
    );
  const multi = new Set(rep.tables.map((t) => t.sheet)).size > 1;
  for (const sev of ['error', 'warning', 'info'] as const) {
    const group = rep.findings.filter((f) => f.severity === sev);
    if (group.length === 0) continue;
    lines.push(`  ${cliMessage({ code: 'heading', group: sev, count: group.length }, lang)}`);
    // With tables on several sheets, each cell names its sheet; the code is the row's as the sheet writes it.
    for (const f of group)
      lines.push(`    ${pad(placeOf(f, rep.tables), multi ? 20 : 6)} ${pad(shownCode(f, rep.indicators) ?? '', 8)} ${f.message}`);
  }
  if (rep.derived.length > 0) {
    lines.push(`  ${cliMessage({ code: 'heading', group: 'derived', count: rep.derived.length }, lang)}`);
    for (const d of rep.derived)
      lines.push(`    ${pad(d.cell, 6)} ${pad(d.code ?? '', 8)} ${formatNumber(d.value, lang, 2)}%   ${d.formula}`);
  }
  return lines.join('\n');
}
