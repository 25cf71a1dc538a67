/** The task pane's own words, Vietnamese first. Findings bring their messages from the core. */
import type { Lang } from '../core';

export const UI = {
  vi: {
    title: 'Kiểm tra Phụ lục 2 CCHC',
    found: 'Đã nhận ra Phụ lục 2',
    notFound: 'Chưa nhận ra Phụ lục 2',
    notChecked: 'Bấm “Kiểm tra” để đọc sổ tính.',
    sheet: 'Trang tính',
    headerRow: 'dòng tiêu đề',
    year: 'Năm',
    office: 'Đơn vị',
    check: 'Kiểm tra',
    fill: 'Điền tỷ lệ',
    remediation: 'Tạo bảng khắc phục',
    remediationLater: 'Bảng khắc phục cần thang điểm; tính năng này đang được hoàn thiện.',
    clear: 'Xóa đánh dấu',
    working: 'Đang xử lý…',
    all: 'Tất cả',
    error: 'Lỗi',
    warning: 'Cảnh báo',
    info: 'Thông tin',
    noFindings: 'Không có lỗi hay cảnh báo nào.',
    findings: 'Kết quả kiểm tra',
    derivable: (n: number) => `${n} tỷ lệ có thể điền tự động.`,
    filled: (n: number) => (n ? `Đã điền ${n} tỷ lệ (ô tô xanh).` : 'Không còn tỷ lệ nào để điền.'),
    cleared: 'Đã xóa đánh dấu, khôi phục màu nền ban đầu của các ô.',
    skipped: (n: number) => `${n} ô không được đánh dấu vì chưa đọc được màu nền của chúng.`,
    protectedSheet: (s: string) => `Trang “${s}” đang được bảo vệ: hãy bỏ bảo vệ rồi thử lại. Chưa có gì bị thay đổi.`,
    notRecognized: 'Chưa nhận ra Phụ lục 2 nên không thể thực hiện.',
    unexpected: 'Đã xảy ra lỗi không mong đợi; sổ tính không bị thay đổi.',
    goTo: (cell: string) => `Đi tới ô ${cell}`,
    language: 'English',
  },
  en: {
    title: 'CCHC appendix checker',
    found: 'Statistics appendix found',
    notFound: 'No statistics appendix found',
    notChecked: 'Click “Check” to read the workbook.',
    sheet: 'Sheet',
    headerRow: 'header row',
    year: 'Year',
    office: 'Office',
    check: 'Check',
    fill: 'Fill ratios',
    remediation: 'Create remediation sheet',
    remediationLater: 'The remediation sheet needs the scoring rubric; this feature is being completed.',
    clear: 'Clear highlights',
    working: 'Working…',
    all: 'All',
    error: 'Errors',
    warning: 'Warnings',
    info: 'Notices',
    noFindings: 'No errors or warnings.',
    findings: 'Findings',
    derivable: (n: number) => `${n} ratios can be filled in automatically.`,
    filled: (n: number) => (n ? `Filled ${n} ratios (green cells).` : 'No ratio left to fill.'),
    cleared: 'Highlights cleared; the cells have their own fills back.',
    skipped: (n: number) => `${n} cells were not highlighted because their fill could not be read.`,
    protectedSheet: (s: string) => `Sheet “${s}” is protected: unprotect it and try again. Nothing was changed.`,
    notRecognized: 'No statistics appendix recognized, so this cannot be done.',
    unexpected: 'Something unexpected failed; the workbook was not changed.',
    goTo: (cell: string) => `Go to cell ${cell}`,
    language: 'Tiếng Việt',
  },
} satisfies Record<Lang, unknown>;

export type Strings = (typeof UI)['vi'];

/** Vietnamese unless Office's display language is English. */
export function defaultLang(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'vi';
}
