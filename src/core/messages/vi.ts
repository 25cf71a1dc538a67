import { Changed, FileFormat, WorkbookProblem } from '../workbook/outcomes';
import { Finding, KindId, Severity } from '../rules/findings';
import { Text } from './texts';
import { formatNumber } from '../figures/numbers';
import { num, rowName } from './common';

const n = (x: number | string) => num(x, 'vi');

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
      if ('unit' in f) return `${f.unit}: ${formatNumber(f.actual, 'vi', 2)}%, dưới mục tiêu ${n(f.expected)}%.`;
      return `Tiêu chí ${f.criterion}: ${formatNumber(f.actual, 'vi', 2)}%, dưới mức chuẩn ${n(f.expected)}% — đạt ${n(f.points)}/${n(f.max)} điểm.`;
    case 'cell.number':
      return `“${f.label}”, cột “${f.columnName}”: cần một con số, nhưng ô ghi ${n(f.actual)}.`;
    case 'rate.range':
      return `“${f.label}”, cột “${f.columnName}”: tỷ lệ phải từ 0 đến 100, nhưng ô ghi ${n(f.actual)}%.`;
    case 'tally.returned':
      return `${f.label}: số phiếu thu về (${n(f.actual)}) lớn hơn số phiếu phát ra (${n(f.expected)}).`;
    case 'tally.valid':
      return `${f.label}: số phiếu hợp lệ (${n(f.actual)}) lớn hơn số phiếu thu về (${n(f.expected)}).`;
    case 'tally.balance':
      return `${f.label}: hợp lệ (${n(f.valid)}) + không hợp lệ (${n(f.invalid)}) = ${n(f.actual)}, khác số phiếu thu về (${n(f.expected)}).`;
    case 'tally.total':
      return `Dòng tổng của cột “${f.columnName}” ghi ${n(f.actual)}, nhưng cộng các đơn vị được ${n(f.expected)}.`;
    case 'unit.typo':
      return `Tên đơn vị “${f.label}”: “${f.actual}” có lẽ là viết nhầm của “${f.expected}”.`;
    case 'satisfaction.change':
      return `${f.label}: mức tăng/giảm ghi ${n(f.actual)}%, nhưng ${n(f.current)}% − ${n(f.previous)}% = ${n(f.expected)}% (làm tròn chỉ cho phép lệch tối đa ±${n(f.tolerance)}).`;
    case 'satisfaction.rounding':
      return `${f.label}: mức tăng/giảm ghi ${n(f.actual)}%; ${n(f.current)}% − ${n(f.previous)}% = ${n(f.expected)}% (chênh ${formatNumber(Math.abs(f.actual - f.expected), 'vi', 2)}, do làm tròn các số liệu chưa làm tròn).`;
    case 'sipas.missing':
      return `Bảng SIPAS không có chỉ số thành phần “${f.title}”.`;
    case 'rubric.invalid':
      return `Thang điểm, dòng ${f.row}, cột ${f.columnName} (${f.column}): ${f.detail.vi}. Chưa chấm điểm.`;
  }
}

const CHANGED_VI: Record<Changed, string> = {
  nothing: ' Chưa có gì bị thay đổi.',
  undone: ' Những gì vừa làm dở đã được hoàn lại; sổ tính như trước.',
  partial: ' Một phần thay đổi đã được ghi; hãy kiểm tra lại trước khi lưu.',
  unknown: '',
};

const FORMAT_VI: Record<FileFormat, string> = {
  xlsb: 'Tệp ở định dạng nhị phân .xlsb; hãy mở trong Excel và lưu lại dạng .xlsx.',
  xls: 'Tệp ở định dạng Excel cũ (.xls); hãy mở trong Excel và lưu lại dạng .xlsx.',
  ods: 'Tệp ở định dạng OpenDocument (.ods); hãy lưu lại dạng .xlsx (Lưu thành › Excel 2007-365).',
  encrypted: 'Tệp được đặt mật khẩu mở; hãy bỏ mật khẩu rồi lưu lại dạng .xlsx.',
  'not-zip': 'Tệp không phải là sổ tính Excel (.xlsx).',
  'no-workbook': 'Tệp nén này không chứa sổ tính Excel.',
  'missing-part': 'Sổ tính thiếu một phần dữ liệu',
  damaged: 'Tệp .xlsx bị hỏng hoặc không đọc được.',
};

/** A sentence for a failure to read or write a workbook, in Vietnamese. */
export function problemVi(p: WorkbookProblem): string {
  return problemTextVi(p) + CHANGED_VI[p.changed];
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
      return p.format === 'missing-part' ? `${FORMAT_VI[p.format]}${p.part ? ` (${p.part})` : ''}.` : FORMAT_VI[p.format];
    case 'file-io':
      return `Không đọc hoặc ghi được tệp${p.path ? ` “${p.path}”` : ''}: ${p.detail}.`;
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
    case 'host-error':
      return `Excel báo lỗi: ${p.detail}.`;
  }
}

const KIND_VI: Record<KindId, string> = {
  'statistics-appendix': 'Phụ lục 2 (thống kê số liệu)',
  'survey-tally': 'bảng thống kê phiếu khảo sát',
  'satisfaction-by-unit': 'chỉ số hài lòng theo đơn vị',
  'sipas-components': 'chỉ số thành phần SIPAS',
  'scoring-sheet': 'thang điểm',
};

const HEADING_VI: Record<Severity | 'derived', string> = {
  error: 'LỖI',
  warning: 'CẢNH BÁO',
  info: 'THÔNG TIN',
  derived: 'TỶ LỆ CÓ THỂ ĐIỀN',
};

function about(year: number | null, office: string | null): string {
  const a = [year ? `năm ${year}` : null, office].filter(Boolean).join(', ');
  return a ? ` — ${a}` : '';
}

/** Vietnamese sentences for the coded outcomes of texts.ts. */
export function textVi(t: Text): string {
  switch (t.code) {
    case 'not-found.no-header':
      return 'Không tìm thấy bảng nào đã biết: không trang tính nào có dòng tiêu đề của Phụ lục 2 (STT · Chỉ tiêu thống kê · Đơn vị tính · Số liệu), bảng thống kê phiếu khảo sát, bảng chỉ số hài lòng hay các chỉ số thành phần SIPAS.';
    case 'not-found.incomplete':
      return `Không nhận ra bảng Phụ lục 2: trang “${t.sheet}” có dòng tiêu đề nhưng thiếu ${t.missing.length ? t.missing.map((m) => `“${m}”`).join(', ') : 'chỉ tiêu nào trong danh mục'}.`;
    case 'usage.unknown-command':
      return `lệnh không rõ: ${t.command}`;
    case 'usage.needs-value':
      return `${t.option} cần một giá trị`;
    case 'usage.bad-lang':
      return '--lang phải là vi hoặc en';
    case 'usage.bad-target':
      return `--target phải là tỷ lệ phần trăm từ 0 đến 100, không phải “${t.value}”`;
    case 'usage.unknown-option':
      return `tùy chọn không rõ: ${t.option}`;
    case 'usage.no-file':
      return 'cần ít nhất một tệp';
    case 'usage.fix-files':
      return 'fix cần một tệp vào và -o tệp ra';
    case 'file.not-found':
      return 'không tìm thấy tệp';
    case 'file.is-folder':
      return 'đây là thư mục, không phải tệp';
    case 'file.no-permission':
      return 'không có quyền đọc hoặc ghi tệp';
    case 'file.unreadable':
      return 'không đọc được tệp';
    case 'file.not-json':
      return 'không phải JSON hợp lệ';
    case 'file.catalogue-invalid':
      return `danh mục chỉ tiêu không hợp lệ (${t.detail})`;
    case 'file.rubric-invalid':
      return `thang điểm không hợp lệ (${t.detail})`;
    case 'file.same-as-input':
      return 'tệp kết quả phải khác tệp gốc (tệp gốc không bao giờ bị ghi đè)';
    case 'file.would-lose':
      return `có ${t.parts.map((p) => p.vi).join(', ')} mà bản ghi mới sẽ làm mất; dùng --force nếu vẫn muốn tạo tệp kết quả.`;
    case 'cli.usage':
      return USAGE_VI;
    case 'cli.start-preview':
      return 'Máy này không có Excel máy tính: mở bản xem trước trong trình duyệt, trên sổ tính mẫu.\nExcel trên web: `npm run dev-server`, rồi tải manifest.xml lên (Trang đầu › Phần bổ trợ › Tải lên Phần bổ trợ của tôi).';
    case 'cli.unexpected':
      return `lỗi không mong đợi: ${t.detail}`;
    case 'cli.appendix-at':
      return `trang “${t.sheet}”, tiêu đề bảng ở dòng ${t.headerRow}${about(t.year, t.office)}`;
    case 'cli.table-at':
      return `${KIND_VI[t.kind]}: trang “${t.sheet}”, tiêu đề ở dòng ${t.headerRow}${about(t.year, t.office)}`;
    case 'cli.counts':
      return `${t.known} chỉ tiêu nhận ra · ${t.error} lỗi · ${t.warning} cảnh báo · ${t.info} thông tin`;
    case 'cli.heading':
      return `${HEADING_VI[t.of]} (${t.count})`;
    case 'fix.filled':
      return `Đã điền ${t.count} tỷ lệ.`;
    case 'fix.highlighted':
      return `Đã đánh dấu ${t.count} ô.`;
    case 'fix.added-sheet':
      return `Đã thêm trang “${t.name}”.`;
    case 'fix.wrote':
      return `Đã ghi ${t.path}: ${t.errors} lỗi còn lại.`;
  }
}

const USAGE_VI = `Cách dùng:
  cchc check TỆP.xlsx... [--json] [--lang vi|en] [--catalogue DANH-MUC.json] [--target PHẦN-TRĂM]
  cchc fix VÀO.xlsx -o RA.xlsx [--rubric THANG-DIEM.json] [--no-highlight] [--force] [--lang vi|en]

  check: tìm mọi bảng đã biết trong từng tệp (Phụ lục 2, thống kê phiếu khảo sát,
    chỉ số hài lòng theo đơn vị, chỉ số thành phần SIPAS) và kiểm tra.
  fix: điền tỷ lệ, đánh dấu, thêm bảng khắc phục, ghi ra tệp mới (không ghi đè tệp gốc).

  --json             một tài liệu JSON: mảng báo cáo, mỗi tệp một báo cáo
  --lang vi|en       ngôn ngữ thông báo (mặc định vi)
  --catalogue F.json danh mục chỉ tiêu của một ấn bản Phụ lục khác
  --target PHẦN-TRĂM mục tiêu chỉ số hài lòng để so các đơn vị (mặc định: theo trang “Thang điểm”, nếu có)

Mã thoát: 0 không có lỗi · 1 có lỗi · 2 tệp không đọc được, không có bảng nào đã biết, hoặc dùng sai lệnh`;
