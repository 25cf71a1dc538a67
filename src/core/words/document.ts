/**
 * A message table of its own, below everything that builds a document (the other message tables sit
 * above the whole core): the words of the documents the product writes into a workbook — the remediation appendix (the
 * form of plan 106/KH-BHXH, seed 001) and the scoring sheet "Thang điểm" — and the header names of
 * the statistics appendix (seed 004) it recognizes. Vietnamese only: these are official documents
 * an office signs and a council prints, whatever language the pane is in.
 */
import { formatNumber } from '../figures/numbers';

const vi = (x: number) => formatNumber(x, 'vi');

/** The decimals a figure shows (at most 2, as the figures are rounded). */
const decimalsOf = (x: number) => (Number.isInteger(x) ? 0 : Math.min(2, String(Number(x.toFixed(2))).split('.')[1]?.length ?? 0));

/** The remediation appendix. */
export const REMEDIATION_WORDS = {
  title: 'PHỤ LỤC',
  subtitle: 'NỘI DUNG, NHIỆM VỤ VÀ NGUYÊN NHÂN, PHƯƠNG ÁN KHẮC PHỤC',
  sections: {
    A: 'NHỮNG HẠN CHẾ, THIẾU SÓT CẦN KHẮC PHỤC ĐỂ CẢI THIỆN CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX)',
    B: 'NHỮNG HẠN CHẾ, THIẾU SÓT CẦN KHẮC PHỤC ĐỂ CẢI THIỆN CHỈ SỐ ĐO LƯỜNG SỰ HÀI LÒNG CỦA NGƯỜI DÂN ĐỐI VỚI SỰ PHỤC VỤ (SIPAS)',
  },
  header: ['STT', 'Nội dung/Nhiệm vụ', 'Điểm chuẩn/ Điểm đạt', 'Nguyên nhân', 'Phương án khắc phục', 'Đơn vị thực hiện'],
  /** The points column when the council's scores are in the sheet, as seed 001 says it. */
  appraisedHeader: 'Điểm chuẩn/ Điểm hội đồng chấm',
  /** The sheet's name: "Khắc phục 2021". */
  sheetName: (year: number | null) => `Khắc phục${year ? ` ${year}` : ''}`,
  /** A group of criteria by the unit responsible. */
  owner: (owner: string | null) => (owner ? `Tiêu chí thuộc ${owner}` : 'Tiêu chí chưa ghi đơn vị thực hiện'),
  nothingLost: 'Không có tiêu chí nào bị trừ điểm hoặc dưới mức chuẩn.',
  /** The plan or report the appendix goes with, found in the workbook, or blanks to fill by hand. */
  attached: (doc: { doc: string; number: string; date: string } | null, office: string, year: number | null) =>
    doc
      ? `(Kèm theo ${doc.doc} số ${doc.number} ngày ${doc.date} của ${office})`
      : `(Kèm theo Kế hoạch số ……/KH-…… ngày …/…/${year ? year + 1 : '……'} của ${office})`,
  /**
   * "Năm 2021, tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,1%, thấp hơn mức chuẩn 100%"; with last year's
   * figure (`previous`), "… đạt 99,10% (năm 2020: 99,53%), thấp hơn …": the two with as many decimals.
   */
  figure: (f: {
    year: number | null;
    subject: string | null;
    value: number;
    below: number | null;
    previous?: { year: number | null; value: number } | null;
  }) => {
    const when = f.year ? `Năm ${f.year}` : '';
    const what = f.subject ? `${when ? `${when}, ` : ''}${f.subject}` : when;
    const p = f.previous ?? null;
    const d = p ? Math.max(decimalsOf(f.value), decimalsOf(p.value)) : 0;
    const fmt = (x: number) => (d > 0 ? formatNumber(x, 'vi', d) : vi(x));
    const then = p ? ` (${p.year ? `năm ${p.year}` : 'năm trước'}: ${fmt(p.value)}%)` : '';
    const head = `${what ? `${what} ` : ''}đạt ${fmt(f.value)}%${then}`;
    return f.below !== null ? `${head}, thấp hơn mức chuẩn ${vi(f.below)}%` : head;
  },
};

/** The scoring sheet "Thang điểm". */
export const SCORING_SHEET_WORDS = {
  sheetName: 'Thang điểm',
  /** Its columns' titles, by key. */
  columns: {
    id: 'Mã',
    section: 'Phần',
    title: 'Tiêu chí',
    max: 'Điểm tối đa',
    measure: 'Chỉ số đo',
    subject: 'Tên số liệu',
    scale: 'Thang điểm',
    target: 'Mức chuẩn (%)',
    figure: 'Số liệu (%)',
    self: 'Điểm tự chấm',
    appraised: 'Điểm thẩm định',
    evidence: 'Tài liệu kiểm chứng',
    cause: 'Nguyên nhân',
    owner: 'Đơn vị thực hiện',
    plan: 'Phương án khắc phục',
    note: 'Ghi chú',
  },
  title: 'THANG ĐIỂM CÁC TIÊU CHÍ — tự chấm, thẩm định và lập bảng khắc phục',
  defaults: 'Bộ tiêu chí mặc định: thay Mã, Tiêu chí, Điểm tối đa, Thang điểm, Mức chuẩn theo quyết định của UBND tỉnh. ',
  instructions:
    'Ghi Điểm tự chấm, Điểm thẩm định (thêm cột "Điểm thẩm định lần 2" nếu có), Tài liệu kiểm chứng, Nguyên nhân; có thể dán bảng điểm của Hội đồng (theo cột Mã). Dòng thêm ở cuối là tiêu chí mới; dòng không có Điểm tối đa là tiêu đề nhóm. Thang điểm: "≥100: 5; ≥99: 4,5; ≥0: 0" (bậc), "tỷ lệ, đủ điểm từ 90", hoặc "chấm theo tài liệu kiểm chứng".',
  bands: 'Xếp loại (theo % điểm đạt):',
  /** Where the user types the plan or report the remediation appendix goes with. */
  attached: 'Bảng khắc phục kèm theo (Kế hoạch/Báo cáo số …, ngày …):',
  /** Where the bands are named in a finding. */
  bandsColumn: 'Xếp loại',
  defaultNote: 'mặc định, cần điều chỉnh',
  /** A scale written out, and read back: judged on evidence, or proportional from a figure. */
  judged: 'chấm theo tài liệu kiểm chứng',
  proportional: (full: number) => `tỷ lệ, đủ điểm từ ${vi(full)}`,
  /** Figures of other tables than the appendix a criterion may be measured by. */
  figures: {
    'sipas.access': 'SIPAS: tiếp cận dịch vụ',
    'sipas.reception': 'SIPAS: điều kiện tiếp đón và phục vụ',
    'sipas.procedures': 'SIPAS: thủ tục hành chính',
    'sipas.results': 'SIPAS: kết quả giải quyết công việc',
    'sipas.servants': 'SIPAS: sự phục vụ của công chức, viên chức',
    'sipas.feedback': 'SIPAS: tiếp nhận, xử lý phản ánh, kiến nghị',
    'sipas.overall': 'SIPAS: chỉ số hài lòng chung',
    'satisfaction.unit': 'tỷ lệ hài lòng của từng đơn vị',
  },
};

/** The statistics appendix's header names, as the seed writes them (shown when one is missing). */
export const APPENDIX_HEADER_WORDS = {
  code: 'STT',
  label: 'Chỉ tiêu thống kê',
  unit: 'Đơn vị tính',
  value: 'Số liệu',
  note: 'Ghi chú',
};
