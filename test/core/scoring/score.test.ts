import { DEFAULT_RUBRIC, check, pointsFor, rubricSheetPlan } from '../../../src/core';
import { buildAppendix } from '../../fixtures/appendix';
import { planToSheet } from '../../helpers/sheet';

const byId = (rep: ReturnType<typeof check>) => Object.fromEntries(rep.criteria.map((c) => [c.id, c]));

describe('scoring with the default rubric', () => {
  test('the seed: plan completion 28 of 30 and dossiers on time 99,10% are below benchmark', () => {
    const built = buildAppendix();
    const rep = check(built.workbook);
    const c = byId(rep);
    expect(c['1.1']).toMatchObject({ value: 93.33, points: 1, max: 2, below: true });
    expect(c['2.5.1']).toMatchObject({ value: 99.1, points: 4.5, max: 5, below: true, cell: `D${built.rowOf.get('2.5.3')}` });
    expect(c['B.1']).toMatchObject({ value: 99.82, points: 3, max: 3, below: false });
    expect(rep.score).toMatchObject({ possible: 18 });
    expect(rep.findings.filter((f) => f.rule === 'benchmark.below').map((f) => f.code)).toEqual(expect.arrayContaining(['1.1', '2.5.1']));
    expect(rep.rubric).toEqual({ source: 'default', valid: true });
  });

  test('the defaults agree with the seeds’ evidence', () => {
    const dossiers = DEFAULT_RUBRIC.criteria.find((c) => c.id === '2.5.1')!;
    expect(pointsFor(dossiers.scale, dossiers.max, 99.5)).toBe(4.5);
    expect(pointsFor(dossiers.scale, dossiers.max, 100)).toBe(5);
    const satisfaction = DEFAULT_RUBRIC.criteria.find((c) => c.id === 'B.1')!;
    expect(pointsFor(satisfaction.scale, satisfaction.max, 90.1)).toBe(3);
    expect(pointsFor(satisfaction.scale, satisfaction.max, 82.89)).toBe(2.76);
    expect(DEFAULT_RUBRIC.criteria.every((c) => c.isDefault)).toBe(true);
  });

  test('an empty ratio cell is measured by its counts', () => {
    const rep = check(buildAppendix({ edits: { '2.5.3': { value: '' } } }).workbook);
    expect(byId(rep)['2.5.1']).toMatchObject({ value: 99.1, points: 4.5 });
  });
});

describe('the rubric in the workbook ("Thang điểm")', () => {
  const withRubric = (edit?: (rows: (string | number | null)[][]) => void) => {
    const built = buildAppendix();
    const plan = rubricSheetPlan(DEFAULT_RUBRIC, 'Thang điểm');
    edit?.(plan.rows);
    built.workbook.sheets.push(planToSheet(plan));
    return check(built.workbook);
  };
  const rowOf = (rows: (string | number | null)[][], id: string) => rows.findIndex((r) => r[0] === id);

  test('the sheet made from the defaults reads back as the defaults', () => {
    const rep = withRubric();
    expect(rep.rubric).toEqual({ source: 'sheet', sheet: 'Thang điểm', valid: true });
    expect(rep.criteria).toEqual(check(buildAppendix().workbook).criteria);
  });

  test('editing a max point or a tier changes the scores', () => {
    const rep = withRubric((rows) => {
      const r = rowOf(rows, '2.5.1');
      rows[r][6] = 10;
      rows[r][7] = '≥100: 10; ≥99: 8; ≥0: 0';
      rows[rowOf(rows, '1.1')][7] = '≥90: 2; ≥0: 0';
    });
    const c = byId(rep);
    expect(c['2.5.1']).toMatchObject({ max: 10, points: 8, below: true });
    expect(c['1.1']).toMatchObject({ points: 2, below: true });
  });

  test('a bad edit names its row and column, and nothing is scored', () => {
    let row = 0;
    const rep = withRubric((rows) => {
      row = rowOf(rows, '2.5.1');
      rows[row][6] = 'năm';
    });
    expect(rep.criteria).toEqual([]);
    expect(rep.score).toBeNull();
    const bad = rep.findings.filter((f) => f.rule === 'rubric.invalid');
    expect(bad.map((f) => [f.sheet, f.cell])).toEqual([['Thang điểm', `G${row + 1}`]]);
    expect(bad[0].messages.vi).toContain(`dòng ${row + 1}, cột Điểm tối đa`);
  });

  test('a measure the catalogue does not know is a bad edit too', () => {
    const rep = withRubric((rows) => (rows[rowOf(rows, '1.1')][5] = 'chỉ tiêu 9.9.9'));
    expect(rep.findings.filter((f) => f.rule === 'rubric.invalid').map((f) => f.columnName)).toEqual(['Chỉ số đo']);
  });
});
