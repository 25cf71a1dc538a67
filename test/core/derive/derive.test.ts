import { check, noteFraction, planFillRatios } from '../../../src/core';
import { buildAppendix } from '../../fixtures/appendix';

describe('derived ratios', () => {
  test('an empty 2.5.3 with the note 168.274/169.800 yields 99.10 and a formula over its count', () => {
    const built = buildAppendix({ edits: { '2.5.3': { value: '' } } });
    const rep = check(built.workbook);
    const d = rep.derived.find((x) => x.code === '2.5.3');
    expect(d).toMatchObject({ cell: `D${built.rowOf.get('2.5.3')}`, value: 99.1, numerator: 168274, denominator: 169800, source: 'note' });
    // 2.5.2 holds the text "169.800": a spreadsheet must read it with the Vietnamese separators.
    expect(d!.formula).toBe(`=ROUND(168274/NUMBERVALUE(D${built.rowOf.get('2.5.2')},",",".")*100,2)`);
    expect(rep.summary.error).toBe(0);
  });

  test('with typed counts the formula refers to the cell directly, and a % cell gets a fraction', () => {
    const built = buildAppendix({ typedNumbers: true, edits: { '2.5.3': { value: '' } } });
    const sheet = built.sheet;
    const r = built.rowOf.get('2.5.3')! - sheet.origin.row;
    sheet.formats![r][3] = '0.00%';
    const d = check(built.workbook).derived.find((x) => x.code === '2.5.3')!;
    expect(d.formula).toBe(`=ROUND(168274/D${built.rowOf.get('2.5.2')},4)`);
    expect(d.cellValue).toBe(0.991);
    expect(d.value).toBe(99.1);
  });

  test('the fill gives the cell the format 0.00 (“99,10”, as the appendix writes ratios); a % format of the cell is kept', () => {
    const built = buildAppendix({ edits: { '2.5.3': { value: '' } } });
    const cell = `D${built.rowOf.get('2.5.3')}`;
    const rep = check(built.workbook);
    expect(rep.derived.find((x) => x.code === '2.5.3')).toMatchObject({ cell, numberFormat: '0.00' });
    const plan = planFillRatios(rep, built.workbook);
    if (!plan.ok) throw new Error('refused');
    expect(plan.plan.cells).toContainEqual(expect.objectContaining({ cell, value: 99.1, numberFormat: '0.00' }));

    const pct = buildAppendix({ typedNumbers: true, edits: { '2.5.3': { value: '' } } });
    pct.sheet.formats![pct.rowOf.get('2.5.3')! - pct.sheet.origin.row][3] = '0.00%';
    const rep2 = check(pct.workbook);
    expect(rep2.derived.find((x) => x.code === '2.5.3')).toMatchObject({ numberFormat: null, cellValue: 0.991 });
    const plan2 = planFillRatios(rep2, pct.workbook);
    if (!plan2.ok) throw new Error('refused');
    const written = plan2.plan.cells.find((c) => c.cell === cell)!;
    expect(written).toMatchObject({ value: 0.991 });
    expect(written.numberFormat).toBeUndefined();
  });

  test('a ratio row with its counts in rows (3.1.2: departments cut of 10)', () => {
    const built = buildAppendix({ edits: { '3.1.2': { value: '1' } } });
    const d = check(built.workbook).derived.find((x) => x.id === '3.1.2.rate')!;
    expect(d).toMatchObject({ value: 10, source: 'rows' });
    expect(d.formula).toBe(
      `=ROUND(NUMBERVALUE(D${built.rowOf.get('3.1.2')},",",".")/NUMBERVALUE(D${built.rowOf.get('Các phòng nghiệp vụ')},",",".")*100,2)`,
    );
  });

  test('nothing is derived over a typed value, nor where the counts are missing', () => {
    const rep = check(buildAppendix().workbook);
    expect(rep.derived).toEqual([]);
    const noNote = check(buildAppendix({ edits: { '2.5.3': { value: '', note: '' } } }).workbook);
    expect(noNote.derived).toEqual([]);
  });

  test('measures: plan completion 28/30, tasks on time, feedback resolved, on-time dossiers', () => {
    const m = Object.fromEntries(check(buildAppendix().workbook).measures.map((x) => [x.id, x.value]));
    expect(m.plan_completion).toBeCloseTo(93.3333, 4);
    expect(m.tasks_on_time).toBe(100);
    expect(m.feedback_resolved).toBe(100);
    expect(m.dossiers_on_time).toBeCloseTo(99.1013, 4);
  });

  test('a note’s counts, not a date nor a document number', () => {
    expect(noteFraction('168.274/169.800')).toEqual({ numerator: 168274, denominator: 169800 });
    expect(noteFraction('2 442 / 2 875 văn bản')).toEqual({ numerator: 2442, denominator: 2875 });
    expect(noteFraction('Quyết định số 222/QĐ-BHXH, ngày 25/02/2021')).toBeNull();
  });
});
