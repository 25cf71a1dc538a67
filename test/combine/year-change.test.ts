/** The consolidation beside last year's (issue 22, item 4): each office's change matched by office and indicator id, the province total's change, the sheet's change columns. */
import { check, consolidationSheets } from '../../src/core';
import type { Consolidation, IndicatorTotal } from '../../src/core';
import { Consolidator } from '../../src/core/combine/consolidate';
import { withPreviousYear } from '../../src/core/combine/year-change';
import { combineText } from '../../src/core/messages/combine';
import { District, district, districtWorkbook } from '../fixtures/districts';

const NAMES = ['Châu Thành', 'Kế Sách', 'Long Phú', 'Mỹ Tú'];

function consolidated(ds: District[]): Consolidation {
  const acc = new Consolidator();
  ds.forEach((d, k) => acc.add(check(districtWorkbook(d)), `${d.year}-${k + 1}.xlsx`));
  return acc.finish();
}

// This year: four districts. Last year: three of them with other figures (one office written another
// way), and one office that is not among this year's.
const now = NAMES.map((n, k) => district(k + 1, `huyện ${n}`));
const then: District[] = [
  { ...district(6, 'huyện Châu Thành'), year: 2020 },
  { ...district(7), office: 'Bảo hiểm xã hội HUYỆN KẾ SÁCH', year: 2020 },
  { ...district(8, 'huyện Long Phú'), year: 2020 },
  { ...district(9, 'huyện Vĩnh Châu'), year: 2020 },
];
const current = consolidated(now);
const previous = consolidated(then);
const result = withPreviousYear(current, previous);
if (!result.ok) throw new Error(result.code);
const c = result.consolidation;
const row = (cons: Consolidation, id: string) => cons.indicators.find((i) => i.id === id) as IndicatorTotal;

test('a count: each office’s change from its own last year (office matched however written); none where it sent nothing last year', () => {
  const resolved = row(c, '2.5.2');
  expect(resolved.previous).toEqual([then[0].resolved, then[1].resolved, then[2].resolved, null]);
  expect(resolved.change).toEqual([
    now[0].resolved - then[0].resolved,
    now[1].resolved - then[1].resolved,
    now[2].resolved - then[2].resolved,
    null,
  ]);
  expect(resolved.previousTotal).toBe(row(previous, '2.5.2').total);
  expect(resolved.totalChange).toBe((row(current, '2.5.2').total as number) - (row(previous, '2.5.2').total as number));
  expect(c.previous).toEqual({ year: 2020, files: 4, matched: 3 });
});

test('the on-time rate: the change in points of each office, and of the province’s rate from summed counts', () => {
  const rate = row(c, '2.5.3');
  const thisYear = row(current, '2.5.3');
  const lastYear = row(previous, '2.5.3');
  for (let k = 0; k < 3; k++) expect(rate.change?.[k]).toBeCloseTo((thisYear.values[k] as number) - (lastYear.values[k] as number), 6);
  expect(rate.basis).toBe('ratio');
  expect(rate.totalChange).toBeCloseTo((thisYear.total as number) - (lastYear.total as number), 6);
});

test('coded answers and sections have no change; the consolidation without last year’s is unchanged', () => {
  expect(row(c, '1.3.5').change).toBeUndefined();
  expect(c.indicators.filter((i) => i.kind === 'section').every((i) => i.change === undefined)).toBe(true);
  expect(current.previous).toBeUndefined();
  expect(current.indicators.every((i) => i.change === undefined)).toBe(true);
});

test('the sheet: a change column after each office and after the province; the province’s SUM adds the offices only', () => {
  const say = (t: Parameters<typeof combineText>[0]) => combineText(t, 'vi');
  const sheet = consolidationSheets(c, say, 'vi').find((s) => s.id === 'appendix')!;
  const head = sheet.rows[1].map((x) => x.value);
  const change = 'Tăng/giảm so với năm 2020';
  expect(head.slice(3)).toEqual([...now.flatMap((d) => [d.office, change]), 'Toàn tỉnh', change, head[head.length - 1]]);
  expect(sheet.widths).toHaveLength(head.length);
  const resolved = sheet.rows.find((r) => r[1]?.value === row(c, '2.5.2').label)!;
  const at = sheet.rows.indexOf(resolved) + 1;
  expect(resolved[4].value).toBe(now[0].resolved - then[0].resolved);
  expect(resolved[10].value).toBeNull();
  expect(resolved[11]).toMatchObject({ formula: `SUM(D${at},F${at},H${at},J${at})`, value: row(c, '2.5.2').total });
  expect(resolved[12].value).toBe(row(c, '2.5.2').totalChange);
  const plain = consolidationSheets(current, say, 'vi').find((s) => s.id === 'appendix')!;
  expect(plain.rows[1].map((x) => x.value)).not.toContain(change);
});

test('last year’s files of the same year, of a later year, or none added up, are refused', () => {
  expect(withPreviousYear(current, consolidated(now))).toMatchObject({ ok: false, code: 'previous.same-year', year: 2021 });
  const later = consolidated(now.map((d) => ({ ...d, year: 2022 })));
  expect(withPreviousYear(current, later)).toMatchObject({ ok: false, code: 'previous.no-match', reason: 'later-year' });
  expect(withPreviousYear(current, new Consolidator().finish())).toMatchObject({
    ok: false,
    code: 'previous.no-match',
    reason: 'not-recognized',
  });
});
