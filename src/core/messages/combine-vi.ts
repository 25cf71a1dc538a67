/**
 * The consolidated workbook's words and the cross-file findings' sentences, in Vietnamese: loaded only with
 * the consolidation (the pane's on-demand chunk, the CLI), never in the pane's first load.
 */
import type { Severity } from '../rules/findings';
import type { Basis, CrossFinding, UnitStatus } from '../combine/types';
import type { CombineColumn, CombineSheet, CombineText } from '../combine/words';
import type { OfficeLevel } from '../kinds/appendix/offices';

const COMBINE_SHEET_VI: Record<CombineSheet, string> = {
  status: 'Tình hình nộp',
  appendix: 'Tổng hợp Phụ lục 2',
  tally: 'Tổng hợp phiếu điều tra',
  findings: 'Lỗi theo đơn vị',
  ranking: 'Xếp hạng',
};

const COMBINE_TITLE_VI: Record<CombineSheet, string> = {
  status: 'TÌNH HÌNH NỘP BÁO CÁO CẢI CÁCH HÀNH CHÍNH',
  appendix: 'TỔNG HỢP THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH',
  tally: 'TỔNG HỢP SỐ PHIẾU ĐIỀU TRA',
  findings: 'LỖI VÀ CẢNH BÁO THEO ĐƠN VỊ',
  ranking: 'XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CÁC ĐƠN VỊ',
};

const COMBINE_COLUMN_VI: Record<CombineColumn, string> = {
  number: 'STT',
  office: 'Đơn vị',
  level: 'Cấp',
  file: 'Tệp',
  year: 'Năm',
  edition: 'Danh mục',
  status: 'Tình trạng',
  errors: 'Lỗi',
  warnings: 'Cảnh báo',
  achieved: 'Điểm đạt',
  possible: 'Điểm tối đa',
  code: 'STT',
  indicator: 'Chỉ tiêu thống kê',
  unit: 'Đơn vị tính',
  province: 'Toàn tỉnh',
  basis: 'Cách tính tổng',
  issued: 'Số phiếu phát ra',
  returned: 'Số phiếu thu về',
  valid: 'Số phiếu hợp lệ',
  invalid: 'Số phiếu không hợp lệ',
  sheet: 'Trang tính',
  cell: 'Ô',
  rule: 'Quy tắc',
  severity: 'Mức',
  message: 'Nội dung',
  rank: 'Hạng',
  index: 'Chỉ số (%)',
  'on-time': 'Tỷ lệ hồ sơ đúng hạn (%)',
  target: 'Mức chuẩn (%)',
};

const UNIT_STATUS_VI: Record<UnitStatus, string> = {
  ok: 'đạt',
  findings: 'có lỗi',
  unreadable: 'không đọc được',
  'not-recognized': 'không nhận ra',
  duplicate: 'trùng đơn vị',
  'other-year': 'khác năm',
  missing: 'chưa nộp',
};

const BASIS_VI: Record<Basis, string> = {
  sum: 'cộng',
  ratio: 'tỷ lệ từ tổng số',
  codes: 'đếm theo mã',
  none: 'không tính tổng',
};

const LEVEL_VI: Record<OfficeLevel, string> = {
  province: 'tỉnh',
  district: 'huyện',
  city: 'thành phố',
  regional: 'khu vực',
  base: 'cơ sở',
};

const COMBINE_SEVERITY_VI: Record<Severity | 'cross', string> = {
  error: 'lỗi',
  warning: 'cảnh báo',
  info: 'thông tin',
  cross: 'giữa các tệp',
};

/** A cross-file finding, in Vietnamese. */
function crossVi(f: CrossFinding): string {
  switch (f.rule) {
    case 'consolidate.year':
      return `${f.file}: số liệu năm ${f.year}, khác năm tổng hợp ${f.expected}; không cộng vào tổng.`;
    case 'consolidate.edition':
      return `${f.file}: theo danh mục ${f.edition}, khác danh mục của các tệp khác (${f.expected}).`;
    case 'consolidate.duplicate':
      return `${f.file}: ${f.office} đã nộp trong tệp ${f.first}; tệp sau không cộng vào tổng.`;
    case 'consolidate.missing':
      return `${f.office}: chưa nộp báo cáo.`;
    case 'consolidate.unreadable':
      return f.status === 'unreadable'
        ? `${f.file}: ${f.reason?.vi ?? 'Không đọc được tệp.'} Tệp này không được cộng vào tổng.`
        : `${f.file}: ${f.reason?.vi ?? 'Tệp không có Phụ lục 2 hay bảng thống kê phiếu điều tra.'} Tệp này không được cộng vào tổng.`;
  }
}

/** The consolidated workbook's words, in Vietnamese. */
export function combineVi(t: CombineText): string {
  switch (t.code) {
    case 'sheet':
      return COMBINE_SHEET_VI[t.sheet];
    case 'title': {
      const year = t.year !== null ? ` NĂM ${t.year}` : '';
      const count = t.sheet === 'status' ? ` (${t.files} tệp, ${t.added} đơn vị được tổng hợp)` : '';
      return `${COMBINE_TITLE_VI[t.sheet]}${year}${count}`;
    }
    case 'column':
      return COMBINE_COLUMN_VI[t.column];
    case 'change-column':
      return `Tăng/giảm so với ${t.year !== null ? `năm ${t.year}` : 'năm trước'}`;
    case 'status':
      return UNIT_STATUS_VI[t.status];
    case 'basis':
      return BASIS_VI[t.basis];
    case 'level':
      return LEVEL_VI[t.level];
    case 'severity':
      return COMBINE_SEVERITY_VI[t.severity];
    case 'total-row':
      return 'Tổng cộng';
    case 'chart':
      return t.chart === 'ranking' ? 'Chỉ số cải cách hành chính theo đơn vị (%)' : 'Tỷ lệ hồ sơ giải quyết đúng hạn so với mức chuẩn (%)';
    case 'counts':
      return t.counts
        .filter((c) => c.label !== null || c.count > 0)
        .map((c) => `${c.label ?? `mã ${c.code}`}: ${c.count}`)
        .join(' · ');
    case 'cross':
      return crossVi(t.finding);
  }
}
