import { PlanRefusal } from '../write/plan';
import type { Report } from '../report-types';
import { Lang } from './common';
import { ScoreTotals } from '../scoring/score';
import { formatNumber } from '../figures/numbers';
import { refusalEn } from './en';
import { refusalVi } from './vi';

/**
 * One line for the ribbon's "check now": what was found where.
 * summarize(report, 'en') === 'Phụ lục 2 (2021): 3 errors, 1 warning, 2 ratios to fill.'
 */
export function summarize(report: Report, lang: Lang): string {
  if (!report.recognized) return report.reason ?? '';
  // The appendix names the place when there is one; otherwise every table found.
  const places = report.layout ? [report.layout] : (report.tables ?? []);
  if (places.length === 0) return report.reason ?? '';
  const where = places.map(({ sheet, year }) => `${sheet}${year ? ` (${year})` : ''}`).join(', ');
  const s = report.summary;
  const d = report.derived.length;
  if (lang === 'vi') {
    const parts = [`${s.error} lỗi`, `${s.warning} cảnh báo`, ...(d ? [`${d} tỷ lệ có thể điền`] : [])];
    return `${where}: ${parts.join(', ')}.`;
  }
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const parts = [plural(s.error, 'error'), plural(s.warning, 'warning'), ...(d ? [`${plural(d, 'ratio')} to fill`] : [])];
  return `${where}: ${parts.join(', ')}.`;
}

/** Why a plan was refused, in plain words. */
export function refusalText(r: PlanRefusal, lang: Lang): string {
  return lang === 'vi' ? refusalVi(r) : refusalEn(r);
}

/** The score in one line: "Điểm 22,76/33 (68,97%) · A 15,56/20 · B 7,2/13 · xếp loại Khá · 2 tiêu chí chưa chấm". */
export function scoreText(t: ScoreTotals, lang: Lang): string {
  const n = (x: number) => formatNumber(x, lang);
  const parts = [
    `${lang === 'vi' ? 'Điểm' : 'Score'} ${n(t.achieved)}/${n(t.possible)}${t.index !== null ? ` (${n(t.index)}%)` : ''}`,
    ...(['A', 'B'] as const)
      .filter((k) => t.bySection[k].possible > 0)
      .map((k) => `${k} ${n(t.bySection[k].achieved)}/${n(t.bySection[k].possible)}`),
  ];
  if (t.rating) parts.push(lang === 'vi' ? `xếp loại ${t.rating}` : `rating ${t.rating}`);
  if (t.unscored > 0) parts.push(lang === 'vi' ? `${t.unscored} tiêu chí chưa chấm` : `${t.unscored} criteria not scored yet`);
  return parts.join(' · ');
}
