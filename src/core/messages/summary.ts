import { PlanRefusal } from '../write/plan';
import type { Report } from '../report-types';
import { Lang } from './common';
import { ScoreTotals } from '../scoring/score';
import { formatNumber } from '../figures/numbers';

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
  switch (r.refused) {
    case 'protected':
      return lang === 'vi'
        ? `Trang “${r.sheet}” đang được bảo vệ: hãy bỏ bảo vệ rồi thử lại. Chưa có gì bị thay đổi.`
        : `Sheet “${r.sheet}” is protected: unprotect it and try again. Nothing was changed.`;
    case 'not-recognized':
      return lang === 'vi'
        ? 'Chưa nhận ra Phụ lục 2 nên không thể thực hiện.'
        : 'No statistics appendix recognized, so this cannot be done.';
    case 'nothing-to-undo':
      return lang === 'vi' ? 'Không còn thay đổi nào để hoàn tác.' : 'There is no change left to undo.';
    case 'changed-since':
      return lang === 'vi'
        ? `Ô ${r.cell} đã được sửa sau khi tiện ích ghi vào, nên không hoàn tác để giữ nguyên số liệu vừa nhập. Chưa có gì bị thay đổi.`
        : `Cell ${r.cell} was edited after the add-in wrote it, so it was not undone to keep what you typed. Nothing was changed.`;
    case 'no-quick-fix':
      return lang === 'vi'
        ? 'Ô này đã thay đổi từ lần kiểm tra trước nên không còn cách sửa nhanh; hãy bấm Kiểm tra lại. Chưa có gì bị thay đổi.'
        : 'This cell changed since the last check, so the quick fix no longer applies; click Check again. Nothing was changed.';
    case 'rubric-invalid':
      return lang === 'vi'
        ? 'Trang “Thang điểm” có ô không hợp lệ (xem danh sách lỗi); hãy sửa rồi thử lại.'
        : 'The “Thang điểm” sheet has invalid cells (see the findings); fix them and try again.';
    case 'sheet-exists':
      return lang === 'vi'
        ? `Trang “${r.sheet}” do chương trình tạo trước đây đã có; xác nhận để thay bằng bản mới (dòng lệnh: --force). Chưa có gì bị thay đổi.`
        : `The sheet “${r.sheet}” the product made earlier exists; confirm to replace it (command line: --force). Nothing was changed.`;
    case 'user-sheet':
      return lang === 'vi'
        ? `Trang “${r.sheet}” do người dùng tạo: chương trình không thay trang này. Chưa có gì bị thay đổi.`
        : `The sheet “${r.sheet}” is the user's: the product does not replace it. Nothing was changed.`;
    case 'state-unreadable':
      return lang === 'vi'
        ? r.reason === 'newer'
          ? 'Sổ tính đang giữ các đánh dấu do phiên bản mới hơn của phần bổ trợ ghi; hãy cập nhật trước khi đánh dấu hoặc xóa đánh dấu. Chưa có gì bị thay đổi.'
          : 'Không đọc được các đánh dấu đã lưu trong sổ tính, nên không đánh dấu thêm để không ô nào mất màu nền của nó. Chưa có gì bị thay đổi.'
        : r.reason === 'newer'
          ? 'The workbook holds highlights written by a newer version of the add-in; update it before highlighting or clearing. Nothing was changed.'
          : 'The highlights stored in the workbook cannot be read, so nothing is highlighted and no cell loses its own fill. Nothing was changed.';
  }
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
