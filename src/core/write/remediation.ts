/**
 * The remediation table (seed 001's layout) for every criterion below benchmark, as a new sheet:
 * section A (PAR Index) then B (SIPAS); inside, groups by responsible unit, then area headings,
 * then one row per criterion citing the office's own figure; one plan merged over the rows sharing it.
 */
import { formatNumber } from '../figures/numbers';
import { NewSheetPlan } from '../workbook/write-plan';
import { PlanResult, uniqueSheetName } from './plan';
import { Report } from '../report';
import { CriterionScore } from '../scoring/score';
import { WorkbookSnapshot, allSheetNames } from '../workbook/snapshot';

const SECTIONS = {
  A: 'NHỮNG HẠN CHẾ, THIẾU SÓT CẦN KHẮC PHỤC ĐỂ CẢI THIỆN CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX)',
  B: 'NHỮNG HẠN CHẾ, THIẾU SÓT CẦN KHẮC PHỤC ĐỂ CẢI THIỆN CHỈ SỐ ĐO LƯỜNG SỰ HÀI LÒNG CỦA NGƯỜI DÂN ĐỐI VỚI SỰ PHỤC VỤ (SIPAS)',
} as const;

export const REMEDIATION_HEADER = [
  'STT',
  'Nội dung/Nhiệm vụ',
  'Điểm chuẩn/ Điểm đạt',
  'Nguyên nhân',
  'Phương án khắc phục',
  'Đơn vị thực hiện',
];

const vi = (x: number, d?: number) => formatNumber(x, 'vi', d);

/** "Năm 2021, tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,10%, thấp hơn mức chuẩn 100%" */
export function causeText(c: CriterionScore, year: number | null): string {
  const when = year ? `Năm ${year}, ` : '';
  const value = `${vi(c.value as number, 2)}%`;
  if ((c.value as number) < c.target) return `${when}${c.subject} đạt ${value}, thấp hơn mức chuẩn ${vi(c.target)}%`;
  return `${when}${c.subject} đạt ${value}, chưa đạt điểm tối đa (${vi(c.points as number)}/${vi(c.max)} điểm)`;
}

/** Builds the sheet; a pure function of the report. */
export function remediationSheet(report: Report, name: string): NewSheetPlan {
  const layout = report.layout;
  const year = layout?.year ?? null;
  const rows: (string | number | null)[][] = [
    ['PHỤ LỤC'],
    ['NỘI DUNG, NHIỆM VỤ VÀ NGUYÊN NHÂN, PHƯƠNG ÁN KHẮC PHỤC'],
    [
      `(Kèm theo báo cáo kết quả thực hiện công tác cải cách hành chính${year ? ` năm ${year}` : ''}${layout?.office ? ` của ${layout.office}` : ''})`,
    ],
    [],
    REMEDIATION_HEADER,
  ];
  const headerRow = rows.length;
  const merges = ['A1:F1', 'A2:F2', 'A3:F3'];
  const bold = [1, 2, headerRow];
  const below = report.criteria.filter((c) => c.below && c.points !== null);
  const line = (cells: (string | number | null)[], mergeLabel = false, isBold = false) => {
    rows.push(cells);
    if (mergeLabel) merges.push(`B${rows.length}:F${rows.length}`);
    if (isBold) bold.push(rows.length);
  };
  for (const section of ['A', 'B'] as const) {
    const inSection = below.filter((c) => c.section === section);
    if (inSection.length === 0) continue;
    line([section, SECTIONS[section]], true, true);
    const owners = [...new Set(inSection.map((c) => c.owner))];
    owners.forEach((owner, g) => {
      line([String(g + 1), `Tiêu chí thuộc ${owner}`], true, true);
      const ofOwner = inSection.filter((c) => c.owner === owner);
      const areas = [...new Set(ofOwner.map((c) => c.area))];
      areas.forEach((area, a) => {
        line([`${g + 1}.${a + 1}`, area], true);
        let planStart = -1;
        const items = ofOwner.filter((c) => c.area === area);
        items.forEach((c, i) => {
          const first = i === 0 || items[i - 1].plan !== c.plan;
          line([null, c.title, `${vi(c.max)}/${vi(c.points as number)}`, causeText(c, year), first ? c.plan : null, c.owner]);
          if (first) planStart = rows.length;
          const last = i === items.length - 1 || items[i + 1].plan !== c.plan;
          if (last && rows.length > planStart) merges.push(`E${planStart}:E${rows.length}`);
        });
      });
    });
  }
  if (below.length === 0) line([null, 'Không có tiêu chí nào dưới mức chuẩn.'], true);
  return {
    name,
    rows,
    merges,
    columnWidths: [7, 48, 12, 42, 52, 22],
    boldRows: bold,
    wrap: true,
    borders: `A${headerRow}:F${rows.length}`,
    freezeRows: headerRow,
    landscape: true,
    printTitleRows: `${headerRow}:${headerRow}`,
  };
}

/** The plan: a new sheet "Khắc phục <year>" under a unique name, shown when done. */
export function planRemediation(report: Report, wb: WorkbookSnapshot): PlanResult {
  if (!report.recognized || !report.layout) return { ok: false, refused: 'not-recognized' };
  if (!report.rubric.valid) return { ok: false, refused: 'rubric-invalid' };
  const name = uniqueSheetName(`Khắc phục${report.layout.year ? ` ${report.layout.year}` : ''}`, allSheetNames(wb));
  return {
    ok: true,
    plan: { cells: [], fills: [], newSheet: remediationSheet(report, name), activate: { sheet: name, cell: 'A1' } },
    skipped: [],
  };
}
