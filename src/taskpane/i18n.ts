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
    remediationDone: (name: string) => `Đã tạo trang “${name}” với các tiêu chí dưới mức chuẩn.`,
    rubric: 'Thang điểm',
    rubricCreated: 'Đã tạo trang “Thang điểm” từ thang điểm mặc định; hãy điều chỉnh theo quyết định của tỉnh rồi bấm Kiểm tra.',
    rubricOpened: 'Đang mở trang “Thang điểm”.',
    score: 'Điểm',
    scoreOf: (a: string, p: string) => `${a}/${p} điểm`,
    noScore: 'Chưa chấm điểm vì trang “Thang điểm” có ô không hợp lệ (xem danh sách lỗi).',
    rubricFrom: { default: 'thang điểm mặc định', sheet: 'theo trang “Thang điểm”', file: 'theo tệp thang điểm' },
    clear: 'Xóa đánh dấu',
    working: 'Đang xử lý…',
    all: 'Tất cả',
    error: 'Lỗi',
    warning: 'Cảnh báo',
    info: 'Thông tin',
    noFindings: 'Không có lỗi hay cảnh báo nào.',
    findings: 'Kết quả kiểm tra',
    derivable: (n: number) => `${n} tỷ lệ có thể điền tự động.`,
    filled: (n: number) => (n ? `Đã điền ${n} tỷ lệ (tô nền xanh).` : 'Không còn tỷ lệ nào để điền.'),
    cleared: 'Đã xóa đánh dấu, khôi phục màu nền ban đầu của các ô.',
    nothingToClear: 'Không có ô nào đang được đánh dấu.',
    quickFix: 'Sửa nhanh',
    quickFixLabel: (cell: string, to: string) => `Sửa nhanh ô ${cell} thành ${to}`,
    confirmFix: (cell: string, from: string, to: string) => `Thay ${from} ở ô ${cell} bằng ${to}?`,
    confirm: 'Thay',
    cancel: 'Hủy',
    fixed: (cell: string, to: string) => `Đã sửa ô ${cell} thành ${to}. Bấm Hoàn tác để trả lại như cũ.`,
    undo: 'Hoàn tác',
    undone: (cell: string) => `Đã hoàn tác: ô ${cell} trở lại như trước khi sửa nhanh.`,
    dismiss: 'Đóng',
    titles: { error: 'Chưa thực hiện được', success: 'Xong', warning: 'Lưu ý' },
    legend: 'Chú thích màu',
    legendItems: { error: 'Lỗi', warning: 'Cảnh báo', below: 'Dưới mức chuẩn', filled: 'Tỷ lệ đã điền' },
    more: 'Các thao tác khác',
    follow: 'Tự kiểm tra lại khi sửa ô',
    preview: {
      open: 'Mở tệp .xlsx…',
      download: 'Tải xuống .xlsx',
      drop: 'hoặc kéo thả tệp vào trang',
      title: 'Xem trước — không cần Excel',
      opening: (name: string) => `Đang mở “${name}”…`,
      stillShown: (name: string) => `Sổ tính đang hiển thị vẫn là “${name}”.`,
      sheets: 'Các trang tính',
      grid: (sheet: string) => `Trang tính ${sheet}`,
      edit: (cell: string) => `Sửa ô ${cell}`,
    },
    outsideOffice: 'Trang này là ngăn tác vụ của tiện ích, chỉ chạy bên trong Excel; để dùng thử không cần Excel, hãy mở',
    openPreview: 'bản xem trước.',
    languageName: 'Ngôn ngữ: English',
    skipped: (n: number) => `${n} ô không được đánh dấu vì chưa đọc được màu nền của chúng.`,
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
    remediationDone: (name: string) => `Created the sheet “${name}” with the criteria below benchmark.`,
    rubric: 'Scoring rubric',
    rubricCreated: 'Created the “Thang điểm” sheet from the default rubric; adjust it to the province’s decision, then click Check.',
    rubricOpened: 'Showing the “Thang điểm” sheet.',
    score: 'Score',
    scoreOf: (a: string, p: string) => `${a}/${p} points`,
    noScore: 'No score: the “Thang điểm” sheet has invalid cells (see the findings).',
    rubricFrom: { default: 'default rubric', sheet: 'from the “Thang điểm” sheet', file: 'from a rubric file' },
    clear: 'Clear highlights',
    working: 'Working…',
    all: 'All',
    error: 'Errors',
    warning: 'Warnings',
    info: 'Notices',
    noFindings: 'No errors or warnings.',
    findings: 'Findings',
    derivable: (n: number) => (n === 1 ? 'One ratio can be filled in automatically.' : `${n} ratios can be filled in automatically.`),
    filled: (n: number) => (n ? `Filled ${n} ${n === 1 ? 'ratio' : 'ratios'} (green cells).` : 'No ratio left to fill.'),
    cleared: 'Highlights cleared; the cells have their own fills back.',
    nothingToClear: 'No cell is highlighted.',
    quickFix: 'Quick fix',
    quickFixLabel: (cell: string, to: string) => `Quick fix: set ${cell} to ${to}`,
    confirmFix: (cell: string, from: string, to: string) => `Replace ${from} in ${cell} with ${to}?`,
    confirm: 'Replace',
    cancel: 'Cancel',
    fixed: (cell: string, to: string) => `Set ${cell} to ${to}. Click Undo to put it back.`,
    undo: 'Undo',
    undone: (cell: string) => `Undone: ${cell} is back as it was before the quick fix.`,
    dismiss: 'Dismiss',
    titles: { error: 'Not done', success: 'Done', warning: 'Note' },
    legend: 'Colour key',
    legendItems: { error: 'Error', warning: 'Warning', below: 'Below benchmark', filled: 'Filled ratio' },
    more: 'More actions',
    follow: 'Re-check as I edit cells',
    preview: {
      open: 'Open an .xlsx…',
      download: 'Download .xlsx',
      drop: 'or drop a file on the page',
      title: 'Preview — no Excel needed',
      opening: (name: string) => `Opening “${name}”…`,
      stillShown: (name: string) => `The workbook shown is still “${name}”.`,
      sheets: 'Sheets',
      grid: (sheet: string) => `Sheet ${sheet}`,
      edit: (cell: string) => `Edit cell ${cell}`,
    },
    outsideOffice: 'This page is the add-in’s task pane and runs only inside Excel; to try it without Excel, open',
    openPreview: 'the preview.',
    languageName: 'Language: Tiếng Việt',
    skipped: (n: number) => `${n} cells were not highlighted because their fill could not be read.`,
    unexpected: 'Something unexpected failed; the workbook was not changed.',
    goTo: (cell: string) => `Go to cell ${cell}`,
    language: 'Tiếng Việt',
  },
} satisfies Record<Lang, unknown>;

export type Strings = (typeof UI)['vi'];

const LANG_KEY = 'cchc.lang';

/** The language the user chose last on this computer, if any. */
export function storedLang(): Lang | null {
  try {
    const v = globalThis.localStorage?.getItem(LANG_KEY);
    return v === 'vi' || v === 'en' ? v : null;
  } catch {
    return null;
  }
}

/** Remembers the user's language and marks the page with it (screen readers, hyphenation). */
export function rememberLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(LANG_KEY, lang);
  } catch {
    // Storage may be off (private windows); the choice then lasts for this page only.
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

/** Vietnamese unless Office's display language is English. */
export function defaultLang(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'vi';
}
