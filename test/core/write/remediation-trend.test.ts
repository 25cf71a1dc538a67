/** The remediation plan cites the trend (issue 22, item 3): with last year's report, each computed criterion's cause gives last year's figure. */
import { check, planRemediation } from '../../../src/core';
import type { NewSheetPlan, PlanResult, WorkbookSnapshot } from '../../../src/core';
import { criterionTrends } from '../../../src/core/combine/trend';
import { buildAppendix } from '../../fixtures/appendix';
import { buildUnits } from '../../fixtures/units';

const retitled = (wb: WorkbookSnapshot, change: (s: string) => string): WorkbookSnapshot => ({
  ...wb,
  sheets: wb.sheets.map((s) => ({ ...s, values: s.values.map((r) => r.map((v) => (typeof v === 'string' ? change(v) : v))) })),
});
const year2020 = (s: string) => s.replace(/2021/g, '2020');

const sheetOf = (r: PlanResult): NewSheetPlan => {
  if (!r.ok) throw new Error(`refused: ${r.refused}`);
  return r.plan.newSheet!;
};
const causeOf = (s: NewSheetPlan, title: string) => s.rows.find((r) => String(r[1]).startsWith(title))?.[3];

/** The seed row of the documents sent electronically (no code in the seed: keyed by its label). */
const ELECTRONIC = 'Tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử (sử dụng chữ ký số, chứng thư số và gửi trên môi trường điện tử)';

describe('this year’s appendix with last year’s a few percent apart', () => {
  const now = buildAppendix().workbook;
  // Last year: the on-time rate 99,53% and the share of documents sent electronically 86,2% (a few points apart).
  const last = retitled(buildAppendix({ edits: { '2.5.3': { value: '99,53' }, [ELECTRONIC]: { value: '86,2' } } }).workbook, year2020);
  const plain = sheetOf(planRemediation(check(now), now));
  const trend = sheetOf(planRemediation(check(now), now, { previous: check(last) }));

  test('the on-time rate’s cause cites last year’s figure, both with two decimals, then the benchmark', () => {
    expect(causeOf(trend, '2.5.1.')).toBe(
      'Năm 2021, tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,10% (năm 2020: 99,53%), thấp hơn mức chuẩn 100%',
    );
    expect(causeOf(plain, '2.5.1.')).toBe('Năm 2021, tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,1%, thấp hơn mức chuẩn 100%');
  });

  test('no other line changed: every cell is the same but the computed criteria’s causes, which only gain “(năm 2020: …)”', () => {
    expect(trend.rows).toHaveLength(plain.rows.length);
    const changed: string[] = [];
    trend.rows.forEach((row, i) =>
      row.forEach((v, j) => {
        const before = plain.rows[i][j];
        if (v === before) return;
        changed.push(`${String(plain.rows[i][1]).split(' ')[0]} column ${j}`);
        expect(
          String(v)
            .replace(/ \(năm 2020: [\d,]+%\)/, '')
            .replace(/(\d+),(\d)0%/, '$1,$2%'),
        ).toBe(before);
      }),
    );
    expect(changed.sort()).toEqual(['1.1. column 3', '2.5.1. column 3', '6.3. column 3']);
    const { rows: _r, rowHeights: _h, pageBreaksBefore: _p, ...layout } = trend;
    const { rows: _r2, rowHeights: _h2, pageBreaksBefore: _p2, ...layoutPlain } = plain;
    expect(layout).toEqual(layoutPlain);
  });

  test('last year’s figure comes from the same indicator, its own cell or the ratio its counts give', () => {
    const t = criterionTrends(check(now), check(last));
    expect(t.get('II.2.5.1')).toEqual({ year: 2020, value: 99.53 });
    expect(t.get('II.6.3')).toEqual({ year: 2020, value: 86.2 });
    expect(causeOf(trend, '6.3.')).toBe(
      'Năm 2021, tỷ lệ văn bản gửi hoàn toàn dưới dạng điện tử đạt 84,94% (năm 2020: 86,20%), thấp hơn mức chuẩn 90%',
    );
  });

  test('without last year’s report the sheet is exactly as before', () => {
    expect(sheetOf(planRemediation(check(now), now, { previous: undefined }))).toEqual(plain);
  });
});

describe('a SIPAS component: last year’s rate from last year’s SIPAS table, of its own year', () => {
  test('“Năm 2023 đạt 76,45% (năm 2022: 80,10%)”', () => {
    const wb = { sheets: [buildAppendix().sheet, buildUnits('sipas', { edits: { 'Tiếp cận dịch vụ': { 2: '76,45%' } } }).sheet] };
    const before = {
      sheets: [
        retitled({ sheets: [buildAppendix().sheet] }, year2020).sheets[0],
        retitled({ sheets: [buildUnits('sipas', { edits: { 'Tiếp cận dịch vụ': { 2: '80,1%' } } }).sheet] }, (s) =>
          s.replace(/2023/g, '2022'),
        ).sheets[0],
      ],
    };
    const sheet = sheetOf(planRemediation(check(wb), wb, { previous: check(before) }));
    expect(causeOf(sheet, '1.1. Mức độ hài lòng về tiếp cận dịch vụ')).toBe(
      'Năm 2023 đạt 76,45% (năm 2022: 80,10%), thấp hơn mức chuẩn 90%',
    );
  });
});

describe('last year’s report that cannot be set beside this one is refused, as check --previous refuses it', () => {
  const now = buildAppendix().workbook;
  const refusal = (previous: WorkbookSnapshot) => {
    const r = planRemediation(check(now), now, { previous: check(previous) });
    return r.ok ? null : r;
  };

  test.each([
    ['previous.same-year', () => buildAppendix().workbook],
    [
      'previous.other-office',
      () => retitled(buildAppendix().workbook, (s) => year2020(s).replace('BHXH tỉnh Sóc Trăng', 'BHXH tỉnh Bạc Liêu')),
    ],
    ['previous.no-match', () => buildUnits('tally').workbook],
  ])('%s', (code, previous) => {
    expect(refusal(previous())).toMatchObject({ ok: false, refused: 'previous', why: { code } });
  });
});
