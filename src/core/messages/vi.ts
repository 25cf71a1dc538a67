import { FinishingTouch } from '../workbook/write-plan';
import { Changed, FileFormat, WorkbookProblem } from '../workbook/outcomes';
import { Finding } from '../rules/findings';
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
      return `Tiêu chí ${f.criterion}: ${formatNumber(f.actual, 'vi', 2)}%, dưới mức chuẩn ${n(f.expected)}% — đạt ${n(f.points)}/${n(f.max)} điểm.`;
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
      return `Excel báo lỗi: ${p.detail.replace(/[.。\s]+$/, '')}.`;
  }
}

const TOUCH_VI: Record<FinishingTouch, string> = {
  merges: 'gộp ô',
  'column-widths': 'độ rộng cột',
  'freeze-panes': 'cố định dòng tiêu đề',
  'page-layout': 'khổ in ngang và dòng tiêu đề khi in',
  'fill-pattern': 'kiểu tô nền',
};

/** One line: the finishing touches this Excel could not apply, or '' when none. */
export function touchesVi(list: FinishingTouch[]): string {
  return list.length === 0 ? '' : `Phiên bản Excel này không hỗ trợ nên đã bỏ qua: ${list.map((t) => TOUCH_VI[t]).join(', ')}.`;
}
