/** The readable (non-JSON) report: a table per file, grouped by severity, each line with its cell. */
import type { Lang, Report, Severity } from '../core';
import { formatNumber, scoreText } from '../core';

const HEADINGS: Record<Lang, Record<Severity | 'derived', string>> = {
  vi: { error: 'LỖI', warning: 'CẢNH BÁO', info: 'THÔNG TIN', derived: 'TỶ LỆ CÓ THỂ ĐIỀN' },
  en: { error: 'ERRORS', warning: 'WARNINGS', info: 'NOTICES', derived: 'RATIOS THAT CAN BE FILLED' },
};

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

/** Renders one report for a terminal. */
export function renderText(rep: Report, lang: Lang): string {
  const lines: string[] = [];
  const name = rep.file ?? '';
  if (!rep.recognized || !rep.layout) {
    lines.push(`${name}: ${rep.reason ?? ''}`);
    return lines.join('\n');
  }
  const l = rep.layout;
  const where =
    lang === 'vi' ? `trang “${l.sheet}”, tiêu đề bảng ở dòng ${l.headerRow}` : `sheet “${l.sheet}”, table header at row ${l.headerRow}`;
  const about = [l.year ? (lang === 'vi' ? `năm ${l.year}` : `year ${l.year}`) : null, l.office].filter(Boolean).join(', ');
  lines.push(`${name} — ${where}${about ? ` — ${about}` : ''}`);
  const s = rep.summary;
  const known = rep.indicators.filter((i) => i.id !== null).length;
  lines.push(
    lang === 'vi'
      ? `  ${known} chỉ tiêu nhận ra · ${s.error} lỗi · ${s.warning} cảnh báo · ${s.info} thông tin`
      : `  ${known} indicators recognized · ${s.error} errors · ${s.warning} warnings · ${s.info} notices`,
  );
  if (rep.score) lines.push(`  ${scoreText(rep.score, lang)}`);
  for (const sev of ['error', 'warning', 'info'] as const) {
    const group = rep.findings.filter((f) => f.severity === sev);
    if (group.length === 0) continue;
    lines.push(`  ${HEADINGS[lang][sev]} (${group.length})`);
    for (const f of group) lines.push(`    ${pad(f.cell, 6)} ${pad(f.code ?? '', 8)} ${f.message}`);
  }
  if (rep.derived.length > 0) {
    lines.push(`  ${HEADINGS[lang].derived} (${rep.derived.length})`);
    for (const d of rep.derived)
      lines.push(`    ${pad(d.cell, 6)} ${pad(d.code ?? '', 8)} ${formatNumber(d.value, lang, 2)}%   ${d.formula}`);
  }
  return lines.join('\n');
}
