import { Finding } from '../findings';
import { formatNumber } from '../numbers';
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
