import { FinishingTouch } from '../workbook/write-plan';
import { Changed, FileFormat, WorkbookProblem } from '../workbook/outcomes';
import { Finding, RubricProblem } from '../rules/findings';
import type { CliMessage, NotFound } from './codes';
import type { Note } from '../notes';
import type { PlanRefusal } from '../write/plan';
import type { Severity } from '../rules/findings';
import type { TableKind } from '../kinds/units/schema';
import { HEADER_NAMES } from '../kinds/appendix/recognize';
import { formatNumber } from '../figures/numbers';
import { num, readingOnly, rowName, unitName } from './common';
import type { CompareRefusal } from '../combine/compare';

const n = (x: number | string) => num(x, 'vi');

/** How a year finding names its row: the appendix's code, or the unit's name. */
const yearRow = (f: Finding) => (f.kind === undefined || f.kind === 'statistics-appendix' ? `Chỉ tiêu ${rowName(f)}` : unitName(f));
const yearVi = (y: number | null) => (y === null ? 'năm trước' : `năm ${y}`);

/** Column names of the unit tables, as their headers say. */
const COLUMN_VI: Record<string, string> = {
  issued: 'Số phiếu phát ra',
  returned: 'Số phiếu thu về',
  valid: 'Số phiếu hợp lệ',
  invalid: 'Số phiếu không hợp lệ',
  current: 'Chỉ số năm nay',
  previous: 'Chỉ số năm trước',
  change: 'Tăng/giảm',
  office: 'Chỉ số của đơn vị',
  average: 'Chỉ số bình quân',
};

const COMPONENT_VI: Record<string, string> = {
  'sipas.access': 'Tiếp cận dịch vụ',
  'sipas.reception': 'Điều kiện tiếp đón và phục vụ',
  'sipas.procedures': 'Thủ tục hành chính',
  'sipas.servants': 'Sự phục vụ của công chức, viên chức',
  'sipas.results': 'Kết quả giải quyết công việc',
  'sipas.feedback': 'Tiếp nhận, xử lý phản ánh, kiến nghị',
  'sipas.overall': 'Chỉ số hài lòng chung',
};

/** Vietnamese messages, one per rule. */
export function messageVi(f: Finding): string {
  const row = rowName(f);
  switch (f.rule) {
    case 'value.error':
      return `Chỉ tiêu ${row}: ô hiển thị lỗi ${f.actual}, cần nhập số liệu.`;
    case 'type.count':
      return typeof f.actual === 'number'
        ? `Chỉ tiêu ${row}: số đếm phải là số nguyên, đang ghi ${n(f.actual)}.`
        : `Chỉ tiêu ${row}: cần một số, đang ghi chữ ${n(f.actual)}.`;
    case 'range.count':
      return `Chỉ tiêu ${row}: số đếm không được âm, đang ghi ${n(f.actual)}.`;
    case 'type.percent':
      return `Chỉ tiêu ${row}: cần một tỷ lệ phần trăm, đang ghi ${n(f.actual)}.`;
    case 'range.percent':
      return `Chỉ tiêu ${row}: tỷ lệ phải từ 0 đến 100%, đang ghi ${n(f.actual)}%.`;
    case 'enum.code':
      return `Chỉ tiêu ${row}: giá trị ${n(f.actual)} không thuộc các mã ${f.expected.join(', ')} ghi ở cột đơn vị tính.`;
    case 'relation.leq':
      return `Chỉ tiêu ${row} (${n(f.actual)}) lớn hơn chỉ tiêu ${rowName(f.related[0])} (${n(f.expected)}).`;
    case 'relation.part':
      return `Chỉ tiêu ${row} (${n(f.actual)}) là một phần nhưng lớn hơn tổng ${rowName(f.related[0])} (${n(f.expected)}).`;
    case 'relation.partition':
      return `Các phần cộng lại ${n(f.actual)}, không bằng tổng ${rowName(f.related[0])} (${n(f.expected)}).`;
    case 'shares.sum':
      return `Các tỷ lệ của cùng một tổng cộng lại ${n(f.actual)}%, phải bằng 100%.`;
    case 'ratio.mismatch':
      return `Chỉ tiêu ${row}: tỷ lệ ghi ${n(f.actual)}% nhưng ${n(f.numerator)}/${n(f.denominator)} cho ${n(f.expected)}%.`;
    case 'implied.missing':
      return `Chỉ tiêu ${rowName(f.related[0])} ghi “Có” nhưng chỉ tiêu ${row} chưa có số liệu.`;
    case 'required.missing':
      return `Thiếu chỉ tiêu bắt buộc ${row}.`;
    case 'row.unknown':
      return `Dòng ${f.row} (${row}) không có trong danh mục chỉ tiêu; vẫn được giữ nguyên.`;
    case 'benchmark.below':
      if ('scope' in f) return `Đơn vị ${unitName(f)}: chỉ số ${formatNumber(f.actual, 'vi', 2)}%, dưới mục tiêu ${n(f.expected)}%.`;
      return `Tiêu chí ${f.criterion}: ${formatNumber(f.actual, 'vi', 2)}%, dưới mức chuẩn ${n(f.expected)}% — đạt ${n(f.points)}/${n(f.max)} điểm.`;
    case 'cell.type':
      return typeof f.actual === 'number'
        ? `${unitName(f)}, cột ${COLUMN_VI[f.column] ?? f.column}: số phiếu phải là số nguyên, đang ghi ${n(f.actual)}.`
        : `${unitName(f)}, cột ${COLUMN_VI[f.column] ?? f.column}: cần ${f.expected === 'count' ? 'một số' : 'một tỷ lệ phần trăm'}, đang ghi ${n(f.actual)}.`;
    case 'cell.range':
      return f.expected === 'count'
        ? `${unitName(f)}, cột ${COLUMN_VI[f.column] ?? f.column}: số đếm không được âm, đang ghi ${n(f.actual)}.`
        : `${unitName(f)}, cột ${COLUMN_VI[f.column] ?? f.column}: tỷ lệ phải từ 0 đến 100%, đang ghi ${n(f.actual)}%.`;
    case 'tally.leq':
      return `${unitName(f)}: ${COLUMN_VI[f.column] ?? f.column} (${n(f.actual)}) lớn hơn ${COLUMN_VI[f.against] ?? f.against} (${n(f.expected)}).`;
    case 'tally.partition':
      return `${unitName(f)}: phiếu hợp lệ ${n(f.valid)} + không hợp lệ ${n(f.invalid)} = ${n(f.actual)}, không bằng số phiếu thu về (${n(f.expected)}).`;
    case 'total.sum':
      return `Dòng tổng cộng, cột ${COLUMN_VI[f.column] ?? f.column}: ghi ${n(f.actual)} nhưng ${n(f.units)} đơn vị cộng lại ${n(f.expected)}.`;
    case 'unit.typo':
      return `Tên đơn vị ${unitName(f)}: “${f.actual}” có lẽ là “${f.expected}”.`;
    case 'change.rounding':
      return `${unitName(f)}: ${formatNumber(f.current, 'vi', 2)}% − ${formatNumber(f.previous, 'vi', 2)}% = ${formatNumber(f.expected, 'vi', 2)}%, bảng ghi ${formatNumber(f.actual, 'vi', 2)}% (chênh ${formatNumber(Math.abs(f.actual - f.expected), 'vi', 2)} do làm tròn; không phải lỗi).`;
    case 'change.mismatch':
      return `${unitName(f)}: mức tăng/giảm ghi ${formatNumber(f.actual, 'vi', 2)}% nhưng ${formatNumber(f.current, 'vi', 2)}% − ${formatNumber(f.previous, 'vi', 2)}% = ${formatNumber(f.expected, 'vi', 2)}%.`;
    case 'year.jump':
      return `${yearRow(f)}: ${n(f.actual)} so với ${n(f.expected)} ${yearVi(f.year)}: có thể thiếu hoặc thừa một nhóm chữ số.`;
    case 'year.drop':
      return f.reason === 'points'
        ? `${yearRow(f)}: ${formatNumber(f.actual, 'vi', 2)}%, giảm ${formatNumber(f.expected - f.actual, 'vi', 2)} điểm so với ${formatNumber(f.expected, 'vi', 2)}% ${yearVi(f.year)}: giảm thật hay nhập nhầm?`
        : `${yearRow(f)}: ${formatNumber(f.actual, 'vi', 2)}%, thấp hơn mức chuẩn ${n(f.benchmark ?? 0)}% (${yearVi(f.year)} đạt ${formatNumber(f.expected, 'vi', 2)}%).`;
    case 'year.mismatch':
      return `${yearRow(f)}: số liệu ${yearVi(f.year)} ghi ${formatNumber(f.actual, 'vi', 2)}% nhưng tệp ${yearVi(f.year)} ghi ${formatNumber(f.expected, 'vi', 2)}% (ô ${f.previousCell}).`;
    case 'component.missing':
      return `Bảng chỉ số SIPAS thiếu chỉ số thành phần “${COMPONENT_VI[f.component] ?? f.component}”.`;
    case 'text.legacy':
      return `Vùng ${f.range} (${n(f.cells)} ô) gõ bằng bảng mã cũ ${f.encoding === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI-Windows'}; đã đọc sang Unicode để kiểm tra, ví dụ ô ${f.cell}: “${f.before}” là “${f.after}”. Dùng “Chuyển sang Unicode” để chuyển hẳn.`;
    case 'component.unknown':
      return `Dòng ${f.row} (${unitName(f)}) không phải chỉ số thành phần SIPAS nào đã biết; vẫn được giữ nguyên.`;
    case 'rubric.invalid':
      return `Thang điểm, dòng ${f.row}, cột ${f.columnName} (${f.column}): ${rubricProblemVi(f.problem)}. Chưa chấm điểm.`;
    case 'score.invalid':
      switch (f.problem) {
        case 'not-number':
          return `Thang điểm, tiêu chí ${f.criterion}, cột ${f.columnName} (${f.cell}): “${f.actual}” không phải là số điểm; điểm này chưa được tính.`;
        case 'above-max':
          return `Thang điểm, tiêu chí ${f.criterion}, cột ${f.columnName} (${f.cell}): ${f.actual} điểm vượt điểm tối đa ${n(f.max ?? 0)}; điểm này chưa được tính.`;
        case 'negative':
          return `Thang điểm, tiêu chí ${f.criterion}, cột ${f.columnName} (${f.cell}): điểm không được âm (${f.actual}); điểm này chưa được tính.`;
        case 'bands':
          return `Thang điểm, ô ${f.cell}: không đọc được các mức xếp loại “${f.actual}” (ghi như “≥90: Tốt; ≥80: Khá”); chưa xếp loại.`;
      }
  }
}

const CHANGED_VI: Record<Changed, string> = {
  nothing: ' Chưa có gì bị thay đổi.',
  undone: ' Những gì vừa làm dở đã được hoàn lại; sổ tính như trước.',
  partial: ' Một phần thay đổi đã được ghi; hãy kiểm tra lại trước khi lưu.',
  unknown: ' Excel không cho biết đã ghi được bao nhiêu; hãy kiểm tra lại sổ tính trước khi lưu.',
};

const FORMAT_VI: Record<FileFormat, string> = {
  xlsb: 'Tệp ở định dạng nhị phân .xlsb; hãy mở trong Excel và lưu lại dạng .xlsx.',
  xls: 'Tệp ở định dạng Excel cũ (.xls); hãy mở trong Excel và lưu lại dạng .xlsx.',
  ods: 'Tệp ở định dạng OpenDocument (.ods); hãy lưu lại dạng .xlsx (Lưu thành › Excel 2007-365).',
  encrypted: 'Tệp được đặt mật khẩu mở; hãy bỏ mật khẩu rồi lưu lại dạng .xlsx.',
  'not-zip': 'Tệp không phải là sổ tính Excel (.xlsx).',
  empty: 'Tệp rỗng (0 byte): không có dữ liệu nào để đọc.',
  csv: 'Tệp là văn bản CSV, không phải sổ tính Excel; hãy mở trong Excel rồi lưu lại dạng .xlsx (Lưu thành › Sổ làm việc Excel).',
  'no-workbook': 'Tệp nén này không chứa sổ tính Excel.',
  'missing-part': 'Sổ tính thiếu một phần dữ liệu',
  damaged: 'Tệp .xlsx bị hỏng hoặc không đọc được.',
  'unsafe-name': 'Tệp .xlsx chứa một mục có tên trỏ ra ngoài tệp nên không được mở',
  'duplicate-entry': 'Tệp .xlsx chứa hai mục trùng tên nên không được mở',
  'outside-grid': 'Trang tính có ô nằm ngoài giới hạn XFD1048576 của Excel nên tệp không được mở',
};

/** Formats whose sentence names the part at fault. */
const WITH_PART: ReadonlySet<FileFormat> = new Set<FileFormat>(['missing-part', 'unsafe-name', 'duplicate-entry', 'outside-grid']);

/** A sentence for a failure to read or write a workbook, in Vietnamese. */
export function problemVi(p: WorkbookProblem): string {
  return problemTextVi(p) + (readingOnly(p) ? '' : CHANGED_VI[p.changed]);
}

function problemTextVi(p: WorkbookProblem): string {
  switch (p.code) {
    case 'sheet-protected':
      return p.sheet
        ? `Trang “${p.sheet}” đang được bảo vệ: hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.`
        : 'Trang tính đang được bảo vệ hoặc chỉ đọc: hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.';
    case 'structure-protected':
      return 'Cấu trúc sổ tính đang được bảo vệ nên không thể thêm trang: hãy bỏ bảo vệ (Xem lại › Bảo vệ sổ làm việc) rồi thử lại.';
    case 'cell-editing':
      return 'Excel đang ở chế độ sửa ô: hãy nhấn Enter hoặc Esc để kết thúc rồi thử lại.';
    case 'api-unsupported':
      return `Phiên bản Excel này chưa hỗ trợ ${p.feature}${p.set ? ` (cần ${p.set})` : ''}; hãy cập nhật Excel hoặc dùng Excel trên web.`;
    case 'too-large':
      return p.limit === 'payload'
        ? 'Dữ liệu quá lớn để Excel trên web xử lý một lần; hãy thử trên Excel máy tính.'
        : `Tệp quá lớn hoặc bất thường để đọc an toàn${p.part ? ` (${p.part})` : ''}.`;
    case 'busy':
      return 'Excel đang bận; hãy đợi một lát rồi thử lại.';
    case 'file-format':
      return WITH_PART.has(p.format) ? `${FORMAT_VI[p.format]}${p.part ? ` (${p.part})` : ''}.` : FORMAT_VI[p.format];
    case 'file-io':
      return `Không đọc hoặc ghi được tệp${p.path ? ` “${p.path}”` : ''}: ${sentence(p.detail)}`;
    case 'output-is-input':
      return `Tệp ra “${p.path}” chính là tệp vào; hãy chọn một tên khác để giữ nguyên tệp gốc.`;
    case 'output-exists':
      return `Tệp “${p.path}” đã có; thêm --force để ghi đè.`;
    case 'verify-failed':
      return `Kiểm tra lại tệp vừa ghi thấy ô ${p.sheet}!${p.cell} khác bản gốc, nên tệp không được lưu.`;
    case 'state-unreadable':
      return p.reason === 'newer'
        ? 'Sổ tính chứa dấu đánh dấu do một phiên bản mới hơn của tiện ích ghi; hãy cập nhật tiện ích trước khi tô màu hay xóa đánh dấu.'
        : 'Không đọc được thông tin đánh dấu đã lưu trong sổ tính; chưa tô màu để không làm mất màu nền gốc của các ô.';
    case 'write-collides':
      return p.with === 'pivot-table'
        ? `Ô ${p.sheet}!${p.cell} nằm trong bảng tổng hợp (pivot) “${p.name}”; không ghi vào đó.`
        : `Ô ${p.sheet}!${p.cell} nằm trong cột tính sẵn công thức của bảng “${p.name}”; không ghi vào đó.`;
    case 'excel-refused':
      return `Excel không cho thực hiện thao tác trên các ô này (chẳng hạn một phần của ô gộp, công thức mảng hay bảng dữ liệu)${p.detail ? `: ${sentence(p.detail)}` : '.'} Trang tính không bị bảo vệ; hãy xem lại các ô đó rồi thử lại.`;
    case 'host-error':
      return `Excel báo lỗi: ${sentence(p.detail)}`;
  }
}

/**
 * The words of the task pane and the preview (buttons, titles, notices), Vietnamese. Findings and
 * workbook problems have their own sentences above; the English table in en.ts has the same shape.
 */
export const UI_VI = {
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
  rubric: 'Thang điểm',
  score: 'Điểm',
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
  quickFix: 'Sửa nhanh',
  quickFixLabel: (cell: string, to: string) => `Sửa nhanh ô ${cell} thành ${to}`,
  confirmFix: (cell: string, from: string, to: string) => `Thay ${from} ở ô ${cell} bằng ${to}?`,
  confirm: 'Thay',
  cancel: 'Hủy',
  undo: 'Hoàn tác',
  dismiss: 'Đóng',
  titles: { error: 'Chưa thực hiện được', success: 'Xong', warning: 'Lưu ý', ask: 'Thay bảng cũ?', ribbon: 'Kiểm tra ngay' },
  replaceSheet: 'Thay bằng bảng mới',
  legend: 'Chú thích màu',
  legendItems: { error: 'Lỗi', warning: 'Cảnh báo', below: 'Dưới mức chuẩn', filled: 'Tỷ lệ đã điền' },
  more: 'Các thao tác khác',
  follow: 'Tự kiểm tra lại khi sửa ô',
  outsideOffice: 'Trang này là ngăn tác vụ của tiện ích, chỉ chạy bên trong Excel; để dùng thử không cần Excel, hãy mở',
  openPreview: 'bản xem trước.',
  languageName: 'Ngôn ngữ: English',
  language: 'English',
  followAbsent:
    'Excel này không báo khi ô được sửa (cần ExcelApi 1.7, Office 2019 trở lên), nên không tự kiểm tra lại được; hãy bấm “Kiểm tra” sau khi sửa.',
  consolidate: 'Tổng hợp từ các tệp…',
  compare: 'So với năm trước…',
  progress: (read: number, total: number) => `Đang tổng hợp: đã đọc ${read}/${total} tệp`,
  changes: 'Thay đổi so với năm trước',
  changeColumns: { code: 'Mã', indicator: 'Chỉ tiêu', previous: 'Năm trước', current: 'Năm nay', delta: 'Tăng/giảm' },
  toUnicode: 'Chuyển sang Unicode',
};

export type UiWords = typeof UI_VI;

/** The browser preview's own words (the bar above its grid), Vietnamese; not shipped in the task pane. */
export const PREVIEW_VI = {
  open: 'Mở tệp .xlsx…',
  download: 'Tải xuống .xlsx',
  drop: 'hoặc kéo thả tệp vào trang',
  title: 'Xem trước — không cần Excel',
  opening: (name: string, stage: 'read' | 'unzip' | 'layout') =>
    `Đang mở “${name}”: ${{ read: 'đọc tệp', unzip: 'giải nén', layout: 'dựng trang tính' }[stage]}…`,
  stillShown: (name: string) => `Sổ tính đang hiển thị vẫn là “${name}”.`,
  sheets: 'Các trang tính',
  grid: (sheet: string) => `Trang tính ${sheet}`,
  edit: (cell: string) => `Sửa ô ${cell}`,
  stopped: 'Bản xem trước đã dừng. Tệp trên máy không bị thay đổi; những sửa đổi chưa tải xuống đã mất. Hãy tải lại trang.',
  several: 'nhiều tệp: tổng hợp thành một sổ tính',
  consolidatedName: (year: number | null) => `tong-hop${year === null ? '' : `-${year}`}.xlsx`,
};

export type PreviewWords = typeof PREVIEW_VI;

/** Why no table was recognized, in Vietnamese. */
export function notFoundVi(nf: NotFound): string {
  switch (nf.code) {
    case 'no-table':
      return 'Không tìm thấy bảng nào đã biết: không trang tính nào có dòng tiêu đề của Phụ lục 2 (STT · Chỉ tiêu thống kê · Đơn vị tính · Số liệu), bảng thống kê phiếu điều tra, bảng chỉ số hài lòng theo đơn vị hay bảng chỉ số thành phần SIPAS.';
    case 'appendix-incomplete': {
      const names = nf.missing.map((f) => `“${HEADER_NAMES[f]}”`).join(', ');
      return `Không nhận ra bảng Phụ lục 2: trang “${nf.sheet}” có dòng tiêu đề nhưng thiếu ${names || 'chỉ tiêu nào trong danh mục'}.`;
    }
  }
}

const KIND_VI: Record<TableKind, string> = {
  'statistics-appendix': 'Phụ lục 2 (thống kê số liệu CCHC)',
  'survey-tally': 'Bảng thống kê phiếu điều tra',
  'satisfaction-by-unit': 'Chỉ số hài lòng theo đơn vị',
  'sipas-components': 'Các chỉ số thành phần SIPAS',
  'scoring-sheet': 'Thang điểm',
};

/** A table kind's name, in Vietnamese. */
export function kindNameVi(kind: TableKind): string {
  return KIND_VI[kind];
}

const HEADING_VI: Record<Severity | 'derived', string> = {
  error: 'LỖI',
  warning: 'CẢNH BÁO',
  info: 'THÔNG TIN',
  derived: 'TỶ LỆ CÓ THỂ ĐIỀN',
};

/** The command line's sentences, in Vietnamese. */
export function cliVi(m: CliMessage): string {
  switch (m.code) {
    case 'usage':
      return `Cách dùng:
  cchc check TỆP.xlsx... [--json] [--lang vi|en] [--catalogue DANH-MUC.json] [--target PHẦN-TRĂM] [--previous NĂM-TRƯỚC.xlsx]
  cchc fix VÀO.xlsx -o RA.xlsx [--rubric THANG-DIEM.json] [--no-highlight] [--unicode] [--force] [--lang vi|en] [--previous NĂM-TRƯỚC.xlsx]
  cchc rubric VÀO.xlsx -o RA.xlsx [--force] [--lang vi|en]
  cchc consolidate TỆP.xlsx... -o RA.xlsx [--units DANH-SÁCH] [--json] [--force] [--lang vi|en] [--previous TỆP-NĂM-TRƯỚC.xlsx...]

  check: tìm và kiểm tra mọi bảng đã biết trong từng tệp (Phụ lục 2, thống kê phiếu điều tra,
    chỉ số hài lòng theo đơn vị, chỉ số thành phần SIPAS).
  fix: điền tỷ lệ, đánh dấu, thêm bảng khắc phục, ghi ra tệp mới (không ghi đè tệp gốc);
    --force: thay cả trang khắc phục chương trình đã tạo trước đây;
    --unicode: chỉ chuyển chữ gõ bằng bảng mã TCVN3 (.VnTime) hoặc VNI-Windows sang Unicode, đổi cả phông chữ.
  rubric: thêm trang “Thang điểm” (bộ tiêu chí mặc định, điểm tự chấm, điểm thẩm định), hoặc làm mới
    trang chương trình đã tạo (giữ nguyên điểm đã ghi); ghi ra tệp mới.
  consolidate: tổng hợp báo cáo của các đơn vị vào một sổ tính mới (tình hình nộp, Phụ lục 2 từng đơn vị
    và toàn tỉnh, phiếu điều tra, lỗi theo đơn vị); --units: danh sách đơn vị phải nộp (mỗi dòng một
    đơn vị, hoặc cột đầu của trang tính đầu); --json: in kết quả dạng JSON.

  --json          một tài liệu JSON: mảng báo cáo, mỗi tệp một báo cáo
  --lang vi|en    ngôn ngữ thông báo (mặc định vi)
  --catalogue F   một danh mục chỉ tiêu Phụ lục 2 khác (JSON), ưu tiên hơn danh mục sẵn có
  --target N      mục tiêu chỉ số hài lòng (%) để so các đơn vị (mặc định: theo thang điểm, nếu có)
  --previous F    so với tệp của năm trước (một tệp cần kiểm tra): thêm previous, changes và
                  các phát hiện year.jump, year.drop, year.mismatch; với fix: bảng khắc phục nêu
                  số liệu năm trước; với consolidate (các tệp năm trước của đơn vị, từ --previous đến tùy chọn kế):
                  thêm cột tăng/giảm của từng đơn vị và toàn tỉnh

Mã thoát: 0 không có lỗi · 1 có lỗi · 2 tệp không đọc được, không có bảng nào đã biết, hoặc dùng sai lệnh`;
    case 'unknown-command':
      return `lệnh không rõ: ${m.command}`;
    case 'needs-value':
      return `${m.option} cần một giá trị`;
    case 'bad-target':
      return `--target phải là tỷ lệ phần trăm từ 0 đến 100, không phải “${m.value}”`;
    case 'bad-lang':
      return '--lang phải là vi hoặc en';
    case 'previous-refused':
      return `${m.previous} không so được với ${m.file} (${m.refusal.code}): ${compareWhyVi(m.refusal)}`;
    case 'previous-line':
      return `So với ${m.year === null ? 'năm trước' : `năm ${m.year}`} (${m.file}): ${m.changes} số liệu có ở cả hai năm`;
    case 'previous-args':
      return '--previous chỉ dùng với một tệp cần kiểm tra';
    case 'unicode-alone':
      return `--unicode chỉ chuyển chữ gõ bằng TCVN3 hoặc VNI sang Unicode, không làm gì khác: không dùng cùng ${m.option}`;
    case 'unknown-option':
      return `tùy chọn không rõ: ${m.option}`;
    case 'no-file':
      return 'cần ít nhất một tệp';
    case 'fix-args':
      return 'fix cần một tệp vào và -o tệp ra';
    case 'rubric-args':
      return 'rubric cần một tệp vào và -o tệp ra';
    case 'unexpected':
      return `lỗi không mong đợi: ${m.detail}`;
    case 'file-not-found':
      return 'Không tìm thấy tệp.';
    case 'is-folder':
      return 'Đây là thư mục, không phải tệp.';
    case 'no-permission':
      return 'Không có quyền đọc hoặc ghi tệp.';
    case 'unreadable':
      return 'Không đọc được tệp.';
    case 'not-json':
      return `${m.path}: không phải JSON hợp lệ`;
    case 'catalogue-invalid':
      return `${m.path}: danh mục chỉ tiêu không hợp lệ (${m.detail})`;
    case 'rubric-invalid':
      return `${m.path}: thang điểm không hợp lệ (${m.detail})`;
    case 'table': {
      const about = [m.year ? `năm ${m.year}` : null, m.office, m.edition ? `danh mục ${m.edition}` : null].filter(Boolean).join(', ');
      return `${KIND_VI[m.kind]} — trang “${m.sheet}”, tiêu đề bảng ở dòng ${m.headerRow}${about ? ` — ${about}` : ''}`;
    }
    case 'counts':
      return `${m.indicators !== null ? `${m.indicators} chỉ tiêu nhận ra · ` : ''}${m.error} lỗi · ${m.warning} cảnh báo · ${m.info} thông tin`;
    case 'heading':
      return `${HEADING_VI[m.group]} (${m.count})`;
    case 'would-lose':
      return `${m.input} có ${m.parts} mà bản ghi mới sẽ làm mất; dùng --force nếu vẫn muốn tạo tệp kết quả.`;
    case 'start-no-excel':
      return 'Máy này không có Excel máy tính: mở bản xem trước trong trình duyệt, trên sổ tính mẫu.\nExcel trên web: `npm run dev-server`, rồi tải manifest.xml lên (Trang đầu › Phần bổ trợ › Tải lên Phần bổ trợ của tôi).';
    case 'preview-not-built':
      return 'Chưa có bản dựng xem trước: npm run preview';
    case 'preview-serving':
      return `Xem trước: http://localhost:${m.port}/preview.html  (Ctrl+C để dừng)`;
    case 'port-busy':
      return `Cổng ${m.port} đang bận; đặt PORT=… để dùng cổng khác.`;
    case 'start-build':
      return m.step === 'compile' ? 'Đang biên dịch (tsc)…' : m.step === 'bundle' ? 'Đang đóng gói (webpack)…' : 'Bản dựng đã mới nhất.';
    case 'consolidate-args':
      return 'consolidate cần ít nhất một tệp vào và -o tệp ra';
    case 'consolidate-progress':
      return `Đã đọc ${m.done}/${m.total} tệp · ${m.withErrors} tệp có lỗi`;
    case 'consolidated':
      return `Đã ghi ${m.output}: ${m.files} tệp, ${m.added} đơn vị được tổng hợp, ${m.missing} đơn vị chưa nộp, ${m.cross} vấn đề giữa các tệp`;
    case 'consolidate-previous':
      return `So với ${m.year === null ? 'năm trước' : `năm ${m.year}`} (${m.files} tệp): ${m.matched}/${m.added} đơn vị có số liệu năm trước; đơn vị không có thì cột tăng/giảm để trống`;
    case 'units-unreadable':
      return `${m.path}: không đọc được danh sách đơn vị (tệp văn bản mỗi dòng một đơn vị, hoặc sổ tính có tên đơn vị ở cột A)`;
    case 'nothing-to-consolidate':
      return 'không tệp nào có Phụ lục 2 hay bảng thống kê phiếu điều tra để tổng hợp; chưa ghi gì';
    case 'verify-created':
      return `sổ tính tổng hợp đọc lại không khớp (trang “${m.sheet}”, ô ${m.cell}); chưa ghi gì`;
  }
}

const TOUCH_VI: Record<FinishingTouch, string> = {
  'column-widths': 'độ rộng cột',
  'row-heights': 'chiều cao dòng (một số ô xuống dòng có thể bị che, cần kéo giãn dòng)',
  merges: 'gộp ô tiêu đề',
  'freeze-panes': 'cố định dòng tiêu đề',
  'page-layout': 'thiết lập trang in',
  'fill-pattern': 'kiểu tô nền',
};

/** Một dòng nêu các chi tiết trình bày phiên bản Excel này không áp dụng được, hoặc '' nếu không có. */
export function touchesSkippedVi(touches: FinishingTouch[]): string {
  if (touches.length === 0) return '';
  return `Phiên bản Excel này không áp dụng được: ${touches.map((t) => TOUCH_VI[t]).join(', ')}; dữ liệu vẫn được ghi đầy đủ.`;
}

/** A host's own text as the end of a sentence: one full stop, never two. */
function sentence(text: string): string {
  const t = text.trim();
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}

/** What an action did, or why not, in Vietnamese. */
export function noteVi(m: Note): string {
  switch (m.code) {
    case 'filled':
      if (!m.count && !m.changes) return 'Không còn tỷ lệ nào để điền.';
      return `Đã điền ${[m.count ? `${m.count} tỷ lệ` : '', m.changes ? `${m.changes} ô tăng/giảm` : ''].filter(Boolean).join(' và ')} (tô nền xanh).`;
    case 'highlighted':
      return `Đã đánh dấu ${m.count} ô.`;
    case 'skipped':
      return `${m.count} ô không được đánh dấu vì chưa đọc được màu nền của chúng.`;
    case 'cleared':
      return m.count ? 'Đã xóa đánh dấu, khôi phục màu nền ban đầu của các ô.' : 'Không có ô nào đang được đánh dấu.';
    case 'remediation-added':
      return m.replaced
        ? `Đã thay trang “${m.sheet}” do tiện ích tạo trước đây bằng bảng mới.`
        : `Đã tạo trang “${m.sheet}” với các tiêu chí dưới mức chuẩn.`;
    case 'remediation-kept':
      return `Trang “${m.sheet}” do chương trình tạo trước đây đã có nên được giữ nguyên; thêm --force để thay bằng bảng mới.`;
    case 'scoring-sheet':
      return m.made === 'opened'
        ? `Đang mở trang “${m.sheet}”.`
        : m.made === 'created'
          ? `Đã tạo trang “${m.sheet}” với ${m.criteria} tiêu chí của thang điểm mặc định; hãy điều chỉnh theo quyết định của tỉnh rồi kiểm tra lại.`
          : `Đã làm mới trang “${m.sheet}” (${m.criteria} tiêu chí), giữ nguyên điểm và nguyên nhân đã ghi.`;
    case 'fixed':
      return `Đã sửa ô ${m.cell} thành ${n(m.to)}${m.unit}. Bấm Hoàn tác để trả lại như cũ.`;
    case 'converted':
      return m.count === 0
        ? 'Không có ô nào gõ bằng bảng mã cũ (TCVN3, VNI): không cần chuyển.'
        : `Đã chuyển ${n(m.count)} ô từ bảng mã ${m.encodings.map((e) => (e === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI-Windows')).join(', ')} sang Unicode, phông chữ đổi sang phông Unicode (trang ${m.sheets.join(', ')}).${m.undo ? ' Bấm Hoàn tác để trả lại như cũ.' : ''}`;
    case 'undone':
      return `Đã hoàn tác: ô ${m.cells.join(', ')} trở lại như trước khi sửa nhanh.`;
    case 'touches-skipped':
      return touchesSkippedVi(m.touches);
    case 'wrote':
      return `Đã ghi ${m.output}: ${m.errors} lỗi còn lại.`;
    case 'ask-replace':
      return `Trang “${m.sheet}” do tiện ích tạo trước đây đã có. Thay bằng bảng mới? Chưa có gì bị thay đổi.`;
    case 'refused':
      return refusalVi(m.refusal);
    case 'failed':
      return problemVi(m.problem);
    case 'unexpected':
      return `Đã xảy ra lỗi không mong đợi của chương trình (${m.detail}); hãy kiểm tra lại sổ tính trước khi lưu.`;
    case 'consolidated':
      return `Đã tổng hợp ${m.files} tệp (${m.added} tệp được cộng vào tổng) vào ${m.replaced ? 'các trang thay cho bảng cũ' : 'các trang'}: ${m.sheets.map((x) => `“${x}”`).join(', ')}.`;
    case 'charts-skipped':
      return `Biểu đồ của trang ${m.sheets.map((x) => `“${x}”`).join(', ')} không được vẽ trong sổ tính đang mở; lệnh cchc consolidate tạo sổ tính mới có biểu đồ.`;
    case 'ask-replace-sheets':
      return `Các trang ${m.sheets.map((x) => `“${x}”`).join(', ')} do tiện ích tổng hợp trước đây đã có. Thay bằng bảng mới? Chưa có gì bị thay đổi.`;
    case 'no-files':
      return 'Chưa chọn tệp .xlsx nào để tổng hợp. Chưa có gì bị thay đổi.';
    case 'compared':
      return `Đã so với ${m.year === null ? 'năm trước' : `năm ${m.year}`} (${m.file}): ${m.changes} số liệu có ở cả hai năm, ${m.findings} điểm cần xem lại.`;
    case 'previous-refused':
      return `${m.file} không so được với sổ tính này (${m.refusal.code}): ${compareWhyVi(m.refusal)}. Chưa có gì bị thay đổi.`;
    case 'previous-unreadable':
      return `Không đọc được ${m.file}: ${sentence(m.reason.vi)}`;
  }
}

/** Why a plan was refused, in Vietnamese: nothing was changed. */
export function refusalVi(r: PlanRefusal): string {
  switch (r.refused) {
    case 'protected':
      return `Trang “${r.sheet}” đang được bảo vệ: hãy bỏ bảo vệ rồi thử lại. Chưa có gì bị thay đổi.`;
    case 'not-recognized':
      return 'Chưa nhận ra Phụ lục 2 nên không thể thực hiện.';
    case 'nothing-to-undo':
      return 'Không còn thay đổi nào để hoàn tác.';
    case 'changed-since':
      return `Ô ${r.cell} đã được sửa sau khi tiện ích ghi vào, nên không hoàn tác để giữ nguyên số liệu vừa nhập. Chưa có gì bị thay đổi.`;
    case 'no-quick-fix':
      return 'Ô này đã thay đổi từ lần kiểm tra trước nên không còn cách sửa nhanh; hãy bấm Kiểm tra lại. Chưa có gì bị thay đổi.';
    case 'rubric-invalid':
      return 'Trang “Thang điểm” có ô không hợp lệ (xem danh sách lỗi); hãy sửa rồi thử lại.';
    case 'sheet-exists':
      return `Trang “${r.sheet}” do chương trình tạo trước đây đã có; xác nhận để thay bằng bản mới. Chưa có gì bị thay đổi.`;
    case 'user-sheet':
      return `Trang “${r.sheet}” do người dùng tạo: chương trình không thay trang này. Chưa có gì bị thay đổi.`;
    case 'state-unreadable':
      return r.reason === 'newer'
        ? 'Sổ tính đang giữ các đánh dấu do phiên bản mới hơn của phần bổ trợ ghi; hãy cập nhật trước khi đánh dấu hoặc xóa đánh dấu. Chưa có gì bị thay đổi.'
        : 'Không đọc được các đánh dấu đã lưu trong sổ tính, nên không đánh dấu thêm để không ô nào mất màu nền của nó. Chưa có gì bị thay đổi.';
    case 'previous':
      return `Không so được với tệp năm trước (${r.why.code}): ${compareWhyVi(r.why)}. Chưa có gì bị thay đổi.`;
  }
}

/** Why a row of the scoring sheet cannot be read, in Vietnamese (the end of a finding's sentence). */
function rubricProblemVi(p: RubricProblem): string {
  switch (p.code) {
    case 'no-header':
      return 'không tìm thấy dòng tiêu đề (Mã … Điểm tối đa …)';
    case 'missing-column':
      return `thiếu cột “${p.name}”`;
    case 'bad-code':
      return `mã “${p.text}” không đọc được (viết như II.2.5.1, hoặc 2.5.1 dưới dòng lĩnh vực II)`;
    case 'score-without-max':
      return 'có điểm nhưng thiếu Điểm tối đa';
    case 'not-number':
      return `“${p.text}” không phải là số`;
    case 'bad-scale':
      return `không đọc được thang điểm “${p.text}”`;
    case 'bad-measure':
      return `chỉ số đo “${p.text}” không có trong danh mục (ghi tên chỉ tiêu và mã, như “tỷ lệ hồ sơ giải quyết đúng hạn (2.5.3)”)`;
    case 'no-criteria':
      return 'chưa có tiêu chí nào có Điểm tối đa';
    case 'invalid':
      return `giá trị không hợp lệ (${p.detail})`;
  }
}

/** Why last year's workbook cannot be set beside this one (`--previous`, the remediation plan's trend). */
export function compareWhyVi(r: CompareRefusal): string {
  return r.code === 'previous.same-year'
    ? `cùng năm ${r.year}, cần tệp của năm trước`
    : r.code === 'previous.other-office'
      ? `của đơn vị khác (“${r.previousOffice}”, không phải “${r.office}”)`
      : r.reason === 'later-year'
        ? `của năm ${r.previousYear}, sau năm ${r.year}`
        : r.reason === 'not-recognized'
          ? 'không có bảng nào đã biết'
          : 'không có bảng nào cùng loại với tệp này';
}
