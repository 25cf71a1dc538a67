import {
  DEFAULT_RUBRIC,
  check,
  formatNumber,
  parseMeasure,
  parseScale,
  pointsFor,
  rubricSheetPlan,
  scoreLine,
  scoreText,
  summarize,
} from '../../../src/core';
import { buildAppendix } from '../../fixtures/appendix';
import { scoringSheetWithCouncil, seed001Scores } from '../../fixtures/seed-001-scores';
import { planToSheet } from '../../helpers/sheet';
import { RubricSchema } from '../../../src/core/data-schemas';

type Report = ReturnType<typeof check>;
const byId = (rep: Report) => Object.fromEntries(rep.criteria.map((c) => [c.id, c]));
const def = (id: string) => DEFAULT_RUBRIC.criteria.find((c) => c.id === id)!;

describe('the default criteria tree', () => {
  test('holds seed 001’s twelve council-scored criteria with the seed’s max points, marked as defaults', () => {
    const seed = seed001Scores();
    expect(seed).toHaveLength(12);
    for (const s of seed) expect([s.id, def(s.id)?.max]).toEqual([s.id, s.max]);
    expect(DEFAULT_RUBRIC.criteria.every((c) => c.isDefault)).toBe(true);
    expect(RubricSchema.safeParse(DEFAULT_RUBRIC).success).toBe(true);
  });

  test('ids join the area and the code as printed; sections A (PAR Index) and B (SIPAS)', () => {
    expect(def('II.2.5.1')).toMatchObject({ section: 'A', title: expect.stringMatching(/^2\.5\.1\. /) });
    expect(def('III.1.4')).toMatchObject({ section: 'B', max: 3, measure: { indicator: 'sipas.results' }, scale: null });
    expect(DEFAULT_RUBRIC.headings.map((h) => h.id)).toEqual(expect.arrayContaining(['I', 'II', 'II.2.5', 'III.1']));
  });

  test('judged criteria have no scale; measured ones agree with the seeds’ evidence', () => {
    expect(def('II.5.1')).toMatchObject({ measure: null, scale: null, owner: 'Phòng Kế hoạch – Tài chính' });
    const dossiers = def('II.2.5.1');
    expect(pointsFor(dossiers.scale!, dossiers.max, 99.5)).toBe(4.5);
    expect(pointsFor(dossiers.scale!, dossiers.max, 100)).toBe(5);
  });

  test('a code that is not area-then-code, or twice the same code, is refused', () => {
    expect(RubricSchema.safeParse({ ...DEFAULT_RUBRIC, criteria: [{ ...def('I.5'), id: '1.5' }] }).success).toBe(false);
    expect(RubricSchema.safeParse({ ...DEFAULT_RUBRIC, criteria: [def('I.5'), def('I.5')] }).success).toBe(false);
  });
});

describe('scores without an appraisal: the scale on the appendix’s figure', () => {
  const built = buildAppendix();
  const rep = check(built.workbook);
  const c = byId(rep);

  test('plan completion 28 of 30 and dossiers on time 99,10% are below benchmark', () => {
    expect(c['I.1.1']).toMatchObject({ value: 93.33, points: 1, max: 2, below: true, source: 'scale' });
    expect(c['II.2.5.1']).toMatchObject({ value: 99.1, points: 4.5, max: 5, below: true, cell: `D${built.rowOf.get('2.5.3')}` });
    expect(rep.findings.filter((f) => f.rule === 'benchmark.below').map((f) => f.code)).toEqual(
      expect.arrayContaining(['I.1.1', 'II.2.5.1']),
    );
    expect(rep.rubric).toMatchObject({ source: 'default', valid: true });
  });

  test('judged criteria have no points until scored; totals count only what is scored', () => {
    expect(c['II.5.1']).toMatchObject({ points: null, source: null, below: false });
    const scored = rep.criteria.filter((x) => x.points !== null);
    const possible = scored.reduce((s, x) => s + x.max, 0);
    expect(rep.score).toMatchObject({ possible, unscored: rep.criteria.length - scored.length, rating: null });
    expect(rep.score!.index).toBeCloseTo((rep.score!.achieved / possible) * 100, 2);
  });

  test('the totals carry the points of what is unscored; the lines say the points are those scored so far', () => {
    const unscored = rep.criteria.filter((x) => x.points === null);
    expect(rep.score).toMatchObject({ possible: 15, unscored: 9, unscoredPoints: 18 });
    expect(rep.score!.unscoredPoints).toBe(unscored.reduce((s, x) => s + x.max, 0));
    expect(rep.score!.possible + rep.score!.unscoredPoints).toBe(DEFAULT_RUBRIC.criteria.reduce((s, x) => s + x.max, 0));
    const a = formatNumber(rep.score!.achieved, 'vi');
    expect(scoreLine(rep.score!, 'vi')).toBe(`${a}/15 điểm đã chấm · 9 tiêu chí chưa chấm (18 điểm)`);
    expect(scoreLine(rep.score!, 'en')).toBe(
      `${formatNumber(rep.score!.achieved, 'en')}/15 points scored · 9 criteria not scored yet (18 points)`,
    );
    const index = formatNumber(rep.score!.index!, 'vi');
    expect(scoreText(rep.score!, 'vi')).toBe(
      `Điểm ${a}/15 điểm đã chấm (${index}% số điểm đã chấm) · A ${a}/15 · 9 tiêu chí chưa chấm (18 điểm)`,
    );
    expect(summarize(rep, 'vi')).toMatch(new RegExp(`\\. Điểm: ${a}/15 điểm đã chấm · 9 tiêu chí chưa chấm \\(18 điểm\\)\\.$`));
    expect(summarize(rep, 'en')).toMatch(/\. Score: [\d.]+\/15 points scored · 9 criteria not scored yet \(18 points\)\.$/);
  });

  test('an empty ratio cell is measured by its counts', () => {
    const r = check(buildAppendix({ edits: { '2.5.3': { value: '' } } }).workbook);
    expect(byId(r)['II.2.5.1']).toMatchObject({ value: 99.1, points: 4.5 });
  });
});

describe('the scoring sheet “Thang điểm”', () => {
  /** The letter of "Điểm tối đa" in the sheet the product writes. */
  const maxColumn = String.fromCharCode(65 + rubricSheetPlan(DEFAULT_RUBRIC, 'Thang điểm').rows[4].indexOf('Điểm tối đa'));
  const withSheet = (edit?: Parameters<typeof scoringSheetWithCouncil>[0], plan = scoringSheetWithCouncil(edit)) => {
    const built = buildAppendix();
    built.workbook.sheets.push(planToSheet(plan));
    return check(built.workbook);
  };
  const rowOf = (rows: (string | number | null)[][], id: string) => rows.findIndex((r) => r[0] === id);

  test('the sheet made from the defaults reads back as the defaults', () => {
    const built = buildAppendix();
    built.workbook.sheets.push(planToSheet(rubricSheetPlan(DEFAULT_RUBRIC, 'Thang điểm')));
    const rep = check(built.workbook);
    expect(rep.rubric).toMatchObject({ source: 'sheet', sheet: 'Thang điểm', valid: true });
    expect(rep.criteria).toEqual(check(buildAppendix().workbook).criteria);
  });

  test('“Chỉ số đo” shows people’s words, never internal ids, and reads back', () => {
    const plan = rubricSheetPlan(DEFAULT_RUBRIC, 'Thang điểm');
    const col = plan.rows[4].indexOf('Chỉ số đo');
    const measures = plan.rows.map((r) => r[col]).filter((v) => typeof v === 'string' && v !== '' && v !== 'Chỉ số đo');
    expect(measures).toContain('tỷ lệ hồ sơ giải quyết đúng hạn (2.5.3)');
    for (const m of measures) expect(m).not.toMatch(/_|\.share|\bratio\b/);
    expect(parseMeasure('tỷ lệ hồ sơ giải quyết đúng hạn (2.5.3)')).toEqual({ indicator: '2.5.3' });
    expect(parseMeasure('chỉ tiêu 2.5.3')).toEqual({ indicator: '2.5.3' });
    expect(parseMeasure('số liệu không có')).toBe('bad');
    expect(parseScale('chấm theo tài liệu kiểm chứng')).toBeNull();
  });

  test('the council’s score counts over the self-score, the self-score over the scale', () => {
    const rep = withSheet((rows, col) => {
      rows[rowOf(rows, 'I.1.1')][col('Điểm thẩm định')] = null;
      rows[rowOf(rows, 'I.1.1')][col('Điểm tự chấm')] = 1.5;
      rows[rowOf(rows, 'II.2.2')][col('Điểm thẩm định')] = null;
    });
    const c = byId(rep);
    expect(c['II.2.5.1']).toMatchObject({ appraised: 4.5, points: 4.5, source: 'appraised', value: 99.1 });
    expect(c['I.1.1']).toMatchObject({ self: 1.5, computed: 1, points: 1.5, source: 'self' });
    expect(c['II.2.2']).toMatchObject({ source: 'scale', points: c['II.2.2'].computed });
    expect(c['III.1.1']).toMatchObject({ value: 76.45, points: 0, max: 2, below: true });
    expect(c['III.1.5']).toMatchObject({ value: 90.1, points: 3, below: false });
  });

  test('a second appraisal round, in a column added after the first, counts', () => {
    const plan = scoringSheetWithCouncil();
    const header = rowOf(plan.rows, 'Mã');
    plan.rows[header].push('Điểm thẩm định lần 2');
    plan.rows[rowOf(plan.rows, 'I.5')].push(3);
    const rep = withSheet(undefined, plan);
    expect(byId(rep)['I.5']).toMatchObject({ appraised: 3, below: false });
  });

  test('columns are found by header words without diacritics or in upper case, criteria by “Mã”', () => {
    const plan = scoringSheetWithCouncil();
    const header = rowOf(plan.rows, 'Mã');
    plan.rows[header] = plan.rows[header].map((h) => (h === 'Điểm thẩm định' ? 'DIEM THAM DINH' : h === 'Điểm tối đa' ? 'ĐIỂM TỐI ĐA' : h));
    const rep = withSheet(undefined, plan);
    expect(byId(rep)['II.6.2']).toMatchObject({ appraised: 0.7, max: 1 });
  });

  test('a pasted council table: codes under area rows, few columns', () => {
    const rows: (string | number | null)[][] = [
      ['Mã', 'Tiêu chí', 'Điểm tối đa', 'Điểm hội đồng chấm', 'Đơn vị thực hiện'],
      ['II', 'II. Kết quả thực hiện nhiệm vụ CCHC'],
      ['5.1', '5.1. Chấp hành quy định pháp luật về quản lý, sử dụng ngân sách', 2, '1,55', 'Phòng Kế hoạch – Tài chính'],
      ['III', 'III. Tác động của CCHC'],
      ['1.4', '1.4. Mức độ hài lòng về kết quả, tiến độ giải quyết công việc, TTHC', 3, 1.8, 'Văn phòng'],
    ];
    const built = buildAppendix();
    built.workbook.sheets.push({ name: 'THANG DIEM', origin: { row: 1, col: 1 }, values: rows, merges: [] });
    const rep = check(built.workbook);
    expect(rep.criteria.map((c) => [c.id, c.section, c.points])).toEqual([
      ['II.5.1', 'A', 1.55],
      ['III.1.4', 'B', 1.8],
    ]);
  });

  test('a row added at the bottom is a new criterion', () => {
    const rep = withSheet((rows, col) => {
      const row = new Array(rows[4].length).fill(null);
      row[0] = 'II.7.1';
      row[col('Tiêu chí')] = '7.1. Tiêu chí mới của tỉnh';
      row[col('Điểm tối đa')] = 2;
      row[col('Điểm thẩm định')] = 1;
      row[col('Đơn vị thực hiện')] = 'Văn phòng';
      rows.push(row);
    });
    expect(byId(rep)['II.7.1']).toMatchObject({ max: 2, points: 1, below: true, area: 'II' });
  });

  test('points above the max and text in a score are findings at their cells; the rest still scores', () => {
    let r1 = 0;
    let r2 = 0;
    let c = 0;
    const rep = withSheet((rows, col) => {
      c = col('Điểm thẩm định');
      r1 = rowOf(rows, 'II.6.2');
      r2 = rowOf(rows, 'II.5.1');
      rows[r1][c] = 1.5;
      rows[r2][c] = 'một';
    });
    const letter = String.fromCharCode(65 + c);
    const bad = rep.findings.filter((f) => f.rule === 'score.invalid');
    expect(bad.map((f) => [f.sheet, f.cell, f.rule === 'score.invalid' && f.problem])).toEqual([
      ['Thang điểm', `${letter}${r1 + 1}`, 'above-max'],
      ['Thang điểm', `${letter}${r2 + 1}`, 'not-number'],
    ]);
    expect(byId(rep)['II.6.2'].appraised).toBeNull();
    expect(rep.criteria.length).toBe(DEFAULT_RUBRIC.criteria.length);
    expect(rep.summary.error).toBeGreaterThanOrEqual(2);
  });

  test('editing a max, a score or a band changes the totals and the rating', () => {
    const base = withSheet((rows) => (rows[2][2] = '≥85: Tốt; ≥65: Khá; ≥0: Trung bình'));
    expect(base.score!.rating).toBe('Khá');
    const raised = withSheet((rows, col) => {
      rows[2][2] = '≥85: Tốt; ≥65: Khá; ≥0: Trung bình';
      for (const id of ['III.1.1', 'III.1.2', 'III.1.3', 'III.1.4', 'III.1.6'])
        rows[rowOf(rows, id)][col('Điểm thẩm định')] = rows[rowOf(rows, id)][col('Điểm tối đa')];
    });
    expect(raised.score!.achieved).toBeGreaterThan(base.score!.achieved);
    expect(raised.score!.rating).toBe('Tốt');
    const maxEdit = withSheet((rows, col) => (rows[rowOf(rows, 'II.5.1')][col('Điểm tối đa')] = 4));
    expect(maxEdit.score!.possible).toBe(base.score!.possible + 2);
    expect(base.score!.byArea.III).toEqual({ achieved: 6.8, possible: 13 });
    const noBands = withSheet();
    expect(noBands.score!.rating).toBeNull();
    expect(scoreText(base.score!, 'vi')).toBe('Điểm 22,76/33 (68,97%) · A 15,96/20 · B 6,8/13 · xếp loại Khá');
    expect(scoreText(noBands.score!, 'en')).not.toMatch(/rating/);
  });

  test('a bad band text is a finding at its cell; no rating', () => {
    const rep = withSheet((rows) => (rows[2][2] = 'tốt từ chín mươi'));
    expect(rep.findings.filter((f) => f.rule === 'score.invalid').map((f) => f.cell)).toEqual(['C3']);
    expect(rep.score!.rating).toBeNull();
  });

  test('a sheet an earlier version made (codes without areas, a “Lĩnh vực” column) still reads', () => {
    const rows: (string | number | null)[][] = [
      ['THANG ĐIỂM CÁC TIÊU CHÍ — dùng để chấm điểm và lập bảng khắc phục'],
      [],
      [
        'Mã',
        'Phần',
        'Lĩnh vực',
        'Tiêu chí',
        'Tên số liệu',
        'Chỉ số đo',
        'Điểm tối đa',
        'Thang điểm',
        'Mức chuẩn (%)',
        'Đơn vị thực hiện',
        'Phương án khắc phục',
        'Ghi chú',
      ],
      [
        '2.5.1',
        'A',
        'II. Kết quả',
        '2.5.1. Tỷ lệ hồ sơ đúng hạn',
        'tỷ lệ hồ sơ giải quyết đúng hạn',
        'chỉ tiêu 2.5.3',
        5,
        '≥100: 5; ≥99: 4,5; ≥0: 0',
        100,
        'Văn phòng',
        'Đôn đốc.',
        'mặc định, cần điều chỉnh',
      ],
      [
        'B.1',
        'B',
        'III. Tác động',
        '1. Mức độ hài lòng',
        'tỷ lệ hài lòng',
        'chỉ tiêu 1.5.3',
        3,
        'tỷ lệ, đủ điểm từ 90',
        90,
        'Văn phòng',
        'Tuyên truyền.',
        '',
      ],
    ];
    const built = buildAppendix();
    built.workbook.sheets.push({ name: 'Thang điểm', origin: { row: 1, col: 1 }, values: rows, merges: [] });
    const rep = check(built.workbook);
    expect(rep.criteria.map((c) => [c.id, c.section, c.points])).toEqual([
      ['II.2.5.1', 'A', 4.5],
      ['III.1', 'B', 3],
    ]);
  });

  test('a bad definition names its row and column, and nothing is scored', () => {
    let row = 0;
    const rep = withSheet((rows, col) => {
      row = rowOf(rows, 'II.2.5.1');
      rows[row][col('Điểm tối đa')] = 'năm';
    });
    expect(rep.criteria).toEqual([]);
    expect(rep.score).toBeNull();
    const bad = rep.findings.filter((f) => f.rule === 'rubric.invalid');
    expect(bad.map((f) => [f.sheet, f.cell])).toEqual([['Thang điểm', `${maxColumn}${row + 1}`]]);
    expect(bad[0].messages.vi).toContain(`dòng ${row + 1}, cột Điểm tối đa`);
  });

  test('a score on a row without a maximum is a bad definition, not a heading', () => {
    let row = 0;
    const rep = withSheet((rows, col) => {
      row = rowOf(rows, 'II.5.1');
      rows[row][col('Điểm tối đa')] = null;
    });
    expect(rep.findings.filter((f) => f.rule === 'rubric.invalid').map((f) => f.cell)).toEqual([`${maxColumn}${row + 1}`]);
  });

  test('a measure the catalogue does not know is a bad definition too', () => {
    const rep = withSheet((rows, col) => (rows[rowOf(rows, 'I.1.1')][col('Chỉ số đo')] = 'chỉ tiêu 9.9.9'));
    expect(rep.findings.filter((f) => f.rule === 'rubric.invalid').map((f) => f.columnName)).toEqual(['Chỉ số đo']);
  });
});
