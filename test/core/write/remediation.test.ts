import { DEFAULT_RUBRIC, check, planRemediation, uniqueSheetName } from '../../../src/core';
import { buildAppendix } from '../../fixtures/appendix';

describe('the remediation sheet', () => {
  const built = buildAppendix();
  const rep = check(built.workbook);
  const r = planRemediation(rep, built.workbook);
  if (!r.ok) throw new Error('refused');
  const sheet = r.plan.newSheet!;
  const text = sheet.rows.map((row) => row.map((c) => c ?? '').join(' | '));

  test('named “Khắc phục 2021”, unique, shown when done', () => {
    expect(sheet.name).toBe('Khắc phục 2021');
    expect(r.plan.activate).toEqual({ sheet: 'Khắc phục 2021', cell: 'A1' });
    expect(uniqueSheetName('Khắc phục 2021', [...built.workbook.sheets.map((s) => s.name), 'Khắc phục 2021'])).toBe('Khắc phục 2021 (2)');
  });

  test('laid out like seed 001: title lines, header, section A, unit group, area, criteria', () => {
    expect(sheet.rows.slice(0, 3).map((x) => x[0])).toEqual([
      'PHỤ LỤC',
      'NỘI DUNG, NHIỆM VỤ VÀ NGUYÊN NHÂN, PHƯƠNG ÁN KHẮC PHỤC',
      '(Kèm theo báo cáo kết quả thực hiện công tác cải cách hành chính năm 2021 của BHXH tỉnh Sóc Trăng)',
    ]);
    expect(sheet.rows[4]).toEqual([
      'STT',
      'Nội dung/Nhiệm vụ',
      'Điểm chuẩn/ Điểm đạt',
      'Nguyên nhân',
      'Phương án khắc phục',
      'Đơn vị thực hiện',
    ]);
    expect(sheet.rows[5][0]).toBe('A');
    expect(sheet.rows[6]).toEqual(['1', 'Tiêu chí thuộc Văn phòng']);
    expect(sheet.rows[7]).toEqual(['1.1', 'I. Về chỉ đạo, điều hành cải cách hành chính']);
    expect(sheet.freezeRows).toBe(5);
    expect(sheet.printTitleRows).toBe('5:5');
    expect(sheet.landscape).toBe(true);
  });

  test('every criterion below benchmark, with its points the Vietnamese way and the office’s figure', () => {
    expect(text.find((l) => l.includes('Mức độ hoàn thành kế hoạch'))).toContain(
      '2/1 | Năm 2021, tỷ lệ hoàn thành kế hoạch CCHC đạt 93,33%, thấp hơn mức chuẩn 100%',
    );
    expect(text.find((l) => l.includes('2.5.1.'))).toContain(
      '5/4,5 | Năm 2021, tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,10%, thấp hơn mức chuẩn 100%',
    );
    expect(text.some((l) => l.includes('hài lòng'))).toBe(false);
  });

  test('one plan shared by consecutive criteria is merged over their rows', () => {
    const shared = 'Rà soát, đôn đốc tiến độ hằng tháng.';
    const rubric = {
      ...DEFAULT_RUBRIC,
      criteria: DEFAULT_RUBRIC.criteria.map((c) => (c.id === '1.1' || c.id === '1.5' ? { ...c, plan: shared } : c)),
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

  test('the SIPAS section B comes after A', () => {
    const wb = buildAppendix({ edits: { '1.5.3': { value: '80' } } }).workbook;
    const p = planRemediation(check(wb), wb);
    if (!p.ok) throw new Error('refused');
    const rows = p.plan.newSheet!.rows;
    expect(rows.findIndex((x) => x[0] === 'B')).toBeGreaterThan(rows.findIndex((x) => x[0] === 'A'));
    expect(rows.some((x) => String(x[3]).includes('tỷ lệ hài lòng đạt 80,00%, thấp hơn mức chuẩn 90%'))).toBe(true);
  });
});
