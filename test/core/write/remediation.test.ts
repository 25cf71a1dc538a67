import {
  DEFAULT_RUBRIC,
  bulletLines,
  check,
  linesNeeded,
  planHighlights,
  planRemediation,
  pointsText,
  rubricSheetPlan,
  uniqueSheetName,
} from '../../../src/core';
import type { NewSheetPlan, WorkbookSnapshot } from '../../../src/core';
import { buildAppendix } from '../../fixtures/appendix';
import { buildUnits } from '../../fixtures/units';
import { scoringSheetWithCouncil, seed001Scores } from '../../fixtures/seed-001-scores';
import { planToSheet } from '../../helpers/sheet';

const sheetOf = (wb: WorkbookSnapshot, opts = {}): NewSheetPlan => {
  const r = planRemediation(check(wb), wb, opts);
  if (!r.ok) throw new Error(`refused: ${r.refused}`);
  return r.plan.newSheet!;
};
const rowText = (s: NewSheetPlan) => s.rows.map((row) => row.map((c) => c ?? '').join(' | '));
const criterionRows = (s: NewSheetPlan) => s.rows.filter((r) => typeof r[2] === 'string' && /^[\d,]+\/[\d,]+$/.test(r[2] as string));

/** The seed appendix and a scoring sheet holding seed 001's twelve council scores. */
function withCouncil(edit?: Parameters<typeof scoringSheetWithCouncil>[0]): WorkbookSnapshot {
  const built = buildAppendix();
  built.workbook.sheets.push(planToSheet(scoringSheetWithCouncil(edit)));
  return built.workbook;
}

describe('the remediation table from the council’s appraisal (seed 001)', () => {
  const sheet = sheetOf(withCouncil());
  const rows = sheet.rows;
  const text = rowText(sheet);

  test('each of the eleven criteria below their maximum, with seed 001’s “max/points”; not the one with full points', () => {
    const seed = seed001Scores();
    const lost = seed.filter((s) => s.points < s.max);
    expect(lost).toHaveLength(11);
    const listed = criterionRows(sheet).map((r) => r[2]);
    expect(listed).toHaveLength(11);
    for (const s of lost) expect(listed).toContain(s.printed.replace('.', ','));
    expect(text.some((l) => l.includes('1.5. Mức độ hài lòng về sự phục vụ'))).toBe(false);
    expect(pointsText(3, 2.55)).toBe('3/2,55');
    expect(pointsText(1.5, 0.8)).toBe('1,5/0,8');
  });

  test('sections A then B, groups by unit in seed 001’s order, area and parent headings', () => {
    const labels = rows.filter((r) => r[0] !== null && r.length === 2).map((r) => `${r[0]} ${r[1]}`);
    expect(labels).toEqual([
      'A NHỮNG HẠN CHẾ, THIẾU SÓT CẦN KHẮC PHỤC ĐỂ CẢI THIỆN CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX)',
      '1 Tiêu chí thuộc Văn phòng',
      '1.1 I. Về chỉ đạo, điều hành cải cách hành chính',
      '1.2 II. Kết quả thực hiện nhiệm vụ CCHC',
      '2 Tiêu chí thuộc Phòng Công nghệ thông tin',
      '2.1 II. Kết quả thực hiện nhiệm vụ CCHC',
      '3 Tiêu chí thuộc Phòng Kế hoạch – Tài chính',
      '3.1 II. Kết quả thực hiện nhiệm vụ CCHC',
      'B NHỮNG HẠN CHẾ, THIẾU SÓT CẦN KHẮC PHỤC ĐỂ CẢI THIỆN CHỈ SỐ ĐO LƯỜNG SỰ HÀI LÒNG CỦA NGƯỜI DÂN ĐỐI VỚI SỰ PHỤC VỤ (SIPAS)',
      '1 Tiêu chí thuộc Văn phòng, Các phòng nghiệp vụ, BHXH các huyện, thị xã, thành phố',
      '1.1 III. Tác động của CCHC',
    ]);
    const at = (s: string) => rows.findIndex((r) => r[1] === s || String(r[1]).startsWith(s));
    expect(at('2. Cải cách thủ tục hành chính')).toBeLessThan(at('2.5. Kết quả giải quyết TTHC'));
    expect(at('2.5. Kết quả giải quyết TTHC')).toBeLessThan(at('2.5.1.'));
    expect(at('5. Cải cách tài chính công')).toBeLessThan(at('5.1. Chấp hành'));
    expect(at('1. Mức độ hài lòng của tổ chức')).toBeLessThan(at('1.1. Mức độ hài lòng về tiếp cận'));
    expect(rows[4][2]).toBe('Điểm chuẩn/ Điểm hội đồng chấm');
  });

  test('the cause cites the figure (“Năm 2021 đạt 76,45%”); a judged one without a cause is left to fill, highlighted', () => {
    expect(text.find((l) => l.includes('1.1. Mức độ hài lòng về tiếp cận'))).toContain('2/0 | Năm 2021 đạt 76,45%, thấp hơn mức chuẩn 90%');
    const judged = rows.findIndex((r) => String(r[1]).startsWith('5.1. Chấp hành')) + 1;
    expect(rows[judged - 1][3]).toBe('');
    expect(sheet.styles).toContainEqual({ range: `D${judged}`, fill: { color: '#FFF2CC' } });
  });

  test('the user’s cause from the sheet is kept, after the figure where there is one', () => {
    const cause = 'Cán bộ chấm điểm yêu cầu bổ sung thuyết minh.';
    const s = sheetOf(
      withCouncil((r, col) => {
        r[r.findIndex((x) => x[0] === 'II.5.1')][col('Nguyên nhân')] = cause;
      }),
    );
    expect(s.rows.find((r) => String(r[1]).startsWith('5.1.'))![3]).toBe(cause);
  });

  test('editing a score or a max in the scoring sheet changes the table', () => {
    const edited = sheetOf(
      withCouncil((r, col) => {
        r[r.findIndex((x) => x[0] === 'II.5.1')][col('Điểm thẩm định')] = 2;
        r[r.findIndex((x) => x[0] === 'II.6.2')][col('Điểm tối đa')] = 2;
      }),
    );
    const texts = rowText(edited);
    expect(texts.some((l) => l.includes('5.1. Chấp hành'))).toBe(false);
    expect(texts.some((l) => l.includes('Phòng Kế hoạch – Tài chính'))).toBe(false);
    expect(texts.find((l) => l.includes('6.2. Xây dựng'))).toContain('| 2/0,7 |');
  });

  test('one plan over consecutive criteria is merged, with their unit', () => {
    const first = rows.findIndex((r) => String(r[1]).startsWith('1.1. Mức độ hài lòng')) + 1;
    const last = rows.findIndex((r) => String(r[1]).startsWith('1.6. Mức độ hài lòng')) + 1;
    expect(sheet.merges).toEqual(expect.arrayContaining([`E${first}:E${last}`, `F${first}:F${last}`]));
    expect(rows[first][4]).toBeNull();
  });

  test('a plan written as bullets on one line prints one bullet a line', () => {
    const plan = String(rows.find((r) => String(r[4] ?? '').startsWith('- Tăng cường công tác thông tin'))![4]);
    const lines = plan.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.map((l) => l.slice(0, 12))).toEqual(['- Tăng cường', '- Rà soát, t', '- Thường xuy', '- Phấn đấu t']);
    expect(bulletLines('- Lập Kế hoạch số 12/KH-BHXH - theo dõi hằng tháng')).toBe('- Lập Kế hoạch số 12/KH-BHXH - theo dõi hằng tháng');
    expect(bulletLines('Rà soát - Đôn đốc')).toBe('Rà soát - Đôn đốc');
  });

  test('ready to print: Times New Roman 12 pt table, 13 pt title lines centred, A4 landscape, header repeated, page numbers', () => {
    expect(sheet.font).toEqual({ name: 'Times New Roman', size: 12 });
    expect(sheet.styles).toEqual(
      expect.arrayContaining([
        { range: 'A1:F2', bold: true, align: 'center', size: 13 },
        { range: 'A3:F3', italic: true, align: 'center', size: 13 },
      ]),
    );
    expect(rows[2][0]).toMatch(/^\(Kèm theo Kế hoạch số ……\/KH-…… ngày …\/…\/2022 của BHXH tỉnh Sóc Trăng\)$/);
    expect(sheet).toMatchObject({ landscape: true, paper: 'A4', printTitleRows: '5:5', freezeRows: 5, pageNumbers: true });
    // The long plan merged over the SIPAS rows: its rows together are as tall as its wrapped lines need.
    const plan = rows.findIndex((r) => String(r[4] ?? '').length > 200) + 1;
    const merge = sheet.merges.find((m) => m.startsWith(`E${plan}:`))!;
    const end = Number(merge.split(':E')[1]);
    let height = 0;
    for (let r = plan; r <= end; r++) height += sheet.rowHeights![r];
    expect(height).toBeGreaterThanOrEqual(linesNeeded(String(rows[plan - 1][4]), 50, 12) * 15);
  });
});

describe('the remediation table without an appraisal (the computed criteria below benchmark)', () => {
  const built = buildAppendix();
  const r = planRemediation(check(built.workbook), built.workbook);
  if (!r.ok) throw new Error('refused');
  const sheet = r.plan.newSheet!;
  const text = rowText(sheet);

  test('named “Khắc phục 2021”, unique, recorded as the product’s, shown when done', () => {
    expect(sheet.name).toBe('Khắc phục 2021');
    expect(r.plan.activate).toEqual({ sheet: 'Khắc phục 2021', cell: 'A1' });
    expect(r.plan.state?.sheets).toEqual([{ name: 'Khắc phục 2021', kind: 'remediation' }]);
    expect(uniqueSheetName('Khắc phục 2021', [...built.workbook.sheets.map((s) => s.name), 'Khắc phục 2021'])).toBe('Khắc phục 2021 (2)');
  });

  test('exactly the criteria the appendix measures below benchmark, with the office’s figure', () => {
    expect(text.find((l) => l.includes('Mức độ hoàn thành kế hoạch'))).toContain(
      '2/1 | Năm 2021, tỷ lệ hoàn thành kế hoạch CCHC đạt 93,33%, thấp hơn mức chuẩn 100%',
    );
    expect(text.find((l) => l.includes('2.5.1.'))).toContain(
      '5/4,5 | Năm 2021, tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,1%, thấp hơn mức chuẩn 100%',
    );
    const listed = criterionRows(sheet).map((x) => String(x[1]).split(' ')[0]);
    const expected = check(built.workbook)
      .criteria.filter((c) => c.below)
      .map((c) => `${c.code}.`);
    expect(listed.sort()).toEqual(expected.sort());
    expect(text.some((l) => l.includes('hài lòng'))).toBe(false);
    expect(sheet.rows[4][2]).toBe('Điểm chuẩn/ Điểm đạt');
  });

  test('a shared plan is merged over consecutive rows', () => {
    const shared = 'Rà soát, đôn đốc tiến độ hằng tháng.';
    const rubric = {
      ...DEFAULT_RUBRIC,
      criteria: DEFAULT_RUBRIC.criteria.map((c) => (c.id === 'I.1.1' || c.id === 'I.5' ? { ...c, plan: shared } : c)),
    };
    const wb = buildAppendix({ edits: { '1.4.2': { value: '2' } } }).workbook;
    const p = planRemediation(check(wb, { rubric }), wb);
    if (!p.ok) throw new Error('refused');
    const rows = p.plan.newSheet!.rows;
    const first = rows.findIndex((x) => x[4] === shared) + 1;
    expect(rows[first][1]).toMatch(/^5\. Thực hiện các nhiệm vụ/);
    expect(rows[first][4]).toBeNull();
    expect(p.plan.newSheet!.merges).toContain(`E${first}:E${first + 1}`);
  });
});

describe('section B from the SIPAS table, without an appraisal', () => {
  test('a component below its benchmark is listed with its rate and year, its points left to fill', () => {
    const wb = { sheets: [buildAppendix().sheet, buildUnits('sipas', { edits: { 'Tiếp cận dịch vụ': { 2: '76,45%' } } }).sheet] };
    const sheet = sheetOf(wb);
    const row = sheet.rows.findIndex((r) => String(r[1]).startsWith('1.1. Mức độ hài lòng về tiếp cận dịch vụ')) + 1;
    expect(sheet.rows[row - 1].slice(2, 4)).toEqual(['2/…', 'Năm 2023 đạt 76,45%, thấp hơn mức chuẩn 90%']);
    expect(sheet.styles).toContainEqual({ range: `C${row}`, fill: { color: '#FFF2CC' } });
    expect(rowText(sheet).filter((l) => l.includes('Mức độ hài lòng về'))).toHaveLength(1);
  });
});

describe('re-running', () => {
  const built = buildAppendix();
  const first = planRemediation(check(built.workbook), built.workbook);
  if (!first.ok) throw new Error('refused');
  const made: WorkbookSnapshot = {
    ...built.workbook,
    sheetNames: [...built.workbook.sheets.map((s) => s.name), 'Khắc phục 2021'],
    state: first.plan.state!,
  };

  test('asks before replacing the sheet the product made, then replaces it in place', () => {
    const again = planRemediation(check(made), made);
    expect(again).toEqual({ ok: false, refused: 'sheet-exists', sheet: 'Khắc phục 2021' });
    const yes = planRemediation(check(made), made, { replace: true });
    expect(yes.ok && yes.plan.newSheet).toMatchObject({ name: 'Khắc phục 2021', replaces: true });
  });

  test('never replaces a sheet the user made under that name', () => {
    const user: WorkbookSnapshot = { ...built.workbook, sheetNames: [...built.workbook.sheets.map((s) => s.name), 'Khắc phục 2021'] };
    const p = planRemediation(check(user), user, { replace: true });
    expect(p.ok && p.plan.newSheet).toMatchObject({ name: 'Khắc phục 2021 (2)' });
    expect(p.ok && p.plan.newSheet!.replaces).toBeUndefined();
  });

  test('never the source line of another table: the SIPAS sheet’s “Báo cáo số 80/BC-SNV ngày 01/4/2024” gives blanks', () => {
    const sipas = buildUnits('sipas').sheet;
    expect(sipas.values[1][0]).toContain('80/BC-SNV ngày 01/4/2024');
    const wb = { sheets: [buildAppendix().sheet, sipas] };
    expect(sheetOf(wb).rows[2][0]).toBe('(Kèm theo Kế hoạch số ……/KH-…… ngày …/…/2022 của BHXH tỉnh Sóc Trăng)');
    // Nor below the appendix's header: only its title block counts.
    const below = buildAppendix().sheet;
    below.values[below.values.length - 1][1] = 'Theo Kế hoạch số 7/KH-UBND ngày 02/02/2021';
    expect(sheetOf({ sheets: [below, sipas] }).rows[2][0]).toMatch(/^\(Kèm theo Kế hoạch số ……/);
  });

  test('the appendix’s own title block, filled in (“báo cáo số 12/BC-BHXH, ngày 15/12/2021”), is cited', () => {
    const sheet = buildAppendix().sheet;
    sheet.values[0][0] = '(Ban hành kèm theo báo cáo số 12/BC-BHXH, ngày 15/12/2021';
    const wb = { sheets: [sheet, buildUnits('sipas').sheet] };
    expect(sheetOf(wb).rows[2][0]).toBe('(Kèm theo Báo cáo số 12/BC-BHXH ngày 15/12/2021 của BHXH tỉnh Sóc Trăng)');
  });

  test('the reference typed above the scoring sheet’s header wins over the appendix’s', () => {
    const wb = withCouncil();
    wb.sheets[0].values[0][0] = '(Ban hành kèm theo báo cáo số 12/BC-BHXH, ngày 15/12/2021';
    const scoring = wb.sheets.find((s) => s.name === 'Thang điểm')!;
    expect(scoring.values[3][0]).toBe('Bảng khắc phục kèm theo (Kế hoạch/Báo cáo số …, ngày …):');
    expect(sheetOf(wb).rows[2][0]).toBe('(Kèm theo Báo cáo số 12/BC-BHXH ngày 15/12/2021 của BHXH tỉnh Sóc Trăng)');
    scoring.values[3][2] = 'Kế hoạch số 106/KH-BHXH ngày 19/01/2023';
    expect(sheetOf(wb).rows[2][0]).toBe('(Kèm theo Kế hoạch số 106/KH-BHXH ngày 19/01/2023 của BHXH tỉnh Sóc Trăng)');
  });

  test('the plan number and date the workbook gives go into “(Kèm theo …)”', () => {
    const wb = withCouncil();
    wb.sheets[0].values[0][0] = '(Kèm theo Kế hoạch số 106/KH-BHXH ngày 19/01/2023 của Bảo hiểm xã hội tỉnh)';
    expect(sheetOf(wb).rows[2][0]).toBe('(Kèm theo Kế hoạch số 106/KH-BHXH ngày 19/01/2023 của BHXH tỉnh Sóc Trăng)');
  });
});

describe('points the council took from a figure at or above its benchmark (III.1.1: 1,8/2 with 99,3% ≥ 90%)', () => {
  /** The seed appendix, the SIPAS table (access 99,3% at SIPAS!C5) and the council’s 1,8 for III.1.1 alone. */
  function appraised(): WorkbookSnapshot {
    const plan = rubricSheetPlan(DEFAULT_RUBRIC, 'Thang điểm');
    const header = plan.rows.findIndex((r) => r[0] === 'Mã');
    plan.rows[plan.rows.findIndex((r) => r[0] === 'III.1.1')][plan.rows[header].indexOf('Điểm thẩm định')] = 1.8;
    return { sheets: [buildAppendix().sheet, buildUnits('sipas').sheet, planToSheet(plan)] };
  }
  const wb = appraised();
  const report = check(wb);

  test('no benchmark.below whose figure meets its benchmark; III.1.1 is still below its maximum', () => {
    const c = report.criteria.find((x) => x.id === 'III.1.1')!;
    expect(c).toMatchObject({ value: 99.3, target: 90, points: 1.8, source: 'appraised', below: true, sheet: 'SIPAS', cell: 'C5' });
    const below = report.findings.filter((f) => f.rule === 'benchmark.below');
    expect(below.length).toBeGreaterThan(0);
    for (const f of below) expect((f as { actual: number }).actual).toBeLessThan((f as { expected: number }).expected);
    expect(below.some((f) => f.cell === 'C5' && f.sheet === 'SIPAS')).toBe(false);
  });

  test('the highlights paint no benchmark colour on SIPAS!C5', () => {
    // Every cell's own fill known (none), so that each wanted highlight is planned.
    const filled: WorkbookSnapshot = { sheets: wb.sheets.map((s) => ({ ...s, fills: s.values.map((row) => row.map(() => null)) })) };
    const p = planHighlights(report, filled);
    if (!p.ok) throw new Error('refused');
    const painted = p.plan.fills.map((f) => `${f.sheet}!${f.cell}`);
    expect(painted).toContain('Phụ lục 2!D14');
    expect(painted).not.toContain('SIPAS!C5');
  });

  test('the remediation row is listed with the council’s points and an empty, highlighted cause', () => {
    const sheet = sheetOf(wb);
    const r = sheet.rows.findIndex((x) => String(x[1]).startsWith('1.1. Mức độ hài lòng về tiếp cận dịch vụ')) + 1;
    expect(r).toBeGreaterThan(0);
    expect(sheet.rows[r - 1].slice(2, 4)).toEqual(['2/1,8', '']);
    expect(sheet.styles).toContainEqual({ range: `D${r}`, fill: { color: '#FFF2CC' } });
    expect(rowText(sheet).some((l) => l.includes('99,3'))).toBe(false);
  });

  test('a cause typed in the scoring sheet is the cause, not highlighted', () => {
    const typed = appraised();
    const scoring = typed.sheets[2];
    const header = scoring.values.findIndex((r) => r[0] === 'Mã');
    scoring.values[scoring.values.findIndex((r) => r[0] === 'III.1.1')][scoring.values[header].indexOf('Nguyên nhân')] =
      'Hội đồng trừ điểm do thiếu tài liệu kiểm chứng.';
    const sheet = sheetOf(typed);
    const r = sheet.rows.findIndex((x) => String(x[1]).startsWith('1.1. Mức độ hài lòng về tiếp cận dịch vụ')) + 1;
    expect(sheet.rows[r - 1][3]).toBe('Hội đồng trừ điểm do thiếu tài liệu kiểm chứng.');
    expect(sheet.styles).not.toContainEqual({ range: `D${r}`, fill: { color: '#FFF2CC' } });
  });
});
