import { PlanRefusal } from '../write/plan';
import type { Report } from '../report-types';
import { Lang } from './common';
import { ScoreTotals } from '../scoring/score';
import { formatNumber } from '../figures/numbers';
import { refusalEn } from './en';
import { refusalVi } from './vi';

/**
 * One line for the ribbon's "check now": what was found where.
 * summarize(report, 'en') === 'Phụ lục 2 (2021): 3 errors, 1 warning, 2 ratios to fill. Score: 13.44/15 points scored · 9 criteria not scored yet (18 points).'
 */
export function summarize(report: Report, lang: Lang): string {
  if (!report.recognized) return report.reason ?? '';
  // The appendix names the place when there is one; otherwise every table found.
  const places = report.layout ? [report.layout] : (report.tables ?? []);
  if (places.length === 0) return report.reason ?? '';
  const where = places.map(({ sheet, year }) => `${sheet}${year ? ` (${year})` : ''}`).join(', ');
  const s = report.summary;
  const d = report.derived.length;
  const score = report.score ? ` ${lang === 'vi' ? 'Điểm' : 'Score'}: ${scoreLine(report.score, lang)}.` : '';
  if (lang === 'vi') {
    const parts = [`${s.error} lỗi`, `${s.warning} cảnh báo`, ...(d ? [`${d} tỷ lệ có thể điền`] : [])];
    return `${where}: ${parts.join(', ')}.${score}`;
  }
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const parts = [plural(s.error, 'error'), plural(s.warning, 'warning'), ...(d ? [`${plural(d, 'ratio')} to fill`] : [])];
  return `${where}: ${parts.join(', ')}.${score}`;
}

/** Why a plan was refused, in plain words. */
export function refusalText(r: PlanRefusal, lang: Lang): string {
  return lang === 'vi' ? refusalVi(r) : refusalEn(r);
}

/** "9 tiêu chí chưa chấm (18 điểm)", "9 criteria not scored yet (18 points)". */
function unscoredText(t: ScoreTotals, lang: Lang): string {
  const n = (x: number) => formatNumber(x, lang);
  if (lang === 'vi') return `${t.unscored} tiêu chí chưa chấm (${n(t.unscoredPoints)} điểm)`;
  return `${t.unscored} ${t.unscored === 1 ? 'criterion' : 'criteria'} not scored yet (${n(t.unscoredPoints)} points)`;
}

/**
 * The points so far, saying what is not scored yet: "13,44/15 điểm đã chấm · 9 tiêu chí chưa chấm (18 điểm)"
 * ("13.44/15 points scored · 9 criteria not scored yet (18 points)"); every criterion scored: "22,76/33 điểm".
 */
export function scoreLine(t: ScoreTotals, lang: Lang): string {
  const n = (x: number) => formatNumber(x, lang);
  const partial = t.unscored > 0;
  const points = lang === 'vi' ? `điểm${partial ? ' đã chấm' : ''}` : `points${partial ? ' scored' : ''}`;
  return [`${n(t.achieved)}/${n(t.possible)} ${points}`, ...(partial ? [unscoredText(t, lang)] : [])].join(' · ');
}

/**
 * The score in one line: "Điểm 22,76/33 (68,97%) · A 15,56/20 · B 7,2/13 · xếp loại Khá"; with criteria not
 * scored yet, the points and the index are of those scored, and say so: "Điểm 13,44/15 điểm đã chấm (89,6% số
 * điểm đã chấm) · A 13,44/15 · 9 tiêu chí chưa chấm (18 điểm)".
 */
export function scoreText(t: ScoreTotals, lang: Lang): string {
  const n = (x: number) => formatNumber(x, lang);
  const partial = t.unscored > 0;
  const scored = partial ? (lang === 'vi' ? ' điểm đã chấm' : ' points scored') : '';
  const of = partial ? (lang === 'vi' ? ' số điểm đã chấm' : ' of the points scored') : '';
  const parts = [
    `${lang === 'vi' ? 'Điểm' : 'Score'} ${n(t.achieved)}/${n(t.possible)}${scored}${t.index !== null ? ` (${n(t.index)}%${of})` : ''}`,
    ...(['A', 'B'] as const)
      .filter((k) => t.bySection[k].possible > 0)
      .map((k) => `${k} ${n(t.bySection[k].achieved)}/${n(t.bySection[k].possible)}`),
  ];
  if (t.rating) parts.push(lang === 'vi' ? `xếp loại ${t.rating}` : `rating ${t.rating}`);
  if (partial) parts.push(unscoredText(t, lang));
  return parts.join(' · ');
}
