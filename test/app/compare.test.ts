/** The compare action (issue 22, So với năm trước): this year's workbook beside last year's, read through two ports; nothing written. */
import { compare } from '../../src/app/actions';
import type { WorkbookSnapshot } from '../../src/core';
import { createPackagePort } from '../../src/xlsx';
import { snapshotToXlsx } from '../helpers/xlsx';
import { SEED_TITLE, buildAppendix } from '../fixtures/appendix';
import { buildUnits } from '../fixtures/units';

const retitled = (wb: WorkbookSnapshot, change: (s: string) => string): WorkbookSnapshot => ({
  ...wb,
  sheets: wb.sheets.map((s) => ({ ...s, values: s.values.map((r) => r.map((v) => (typeof v === 'string' ? change(v) : v))) })),
});
const year2020 = (s: string) => s.replace(/2021/g, '2020');

let bytes: Record<'now' | 'last' | 'sameYear' | 'tally' | 'plain', Uint8Array>;
beforeAll(async () => {
  bytes = {
    // This year's planted slips: a count 1,000 times last year's, a percentage down 15 points.
    now: await snapshotToXlsx(buildAppendix({ edits: { '1.3.3': { value: '17.000' }, '1.5.3': { value: '83,20' } } }).workbook),
    last: await snapshotToXlsx(
      retitled(buildAppendix({ edits: { '1.3.3': { value: '17' }, '1.5.3': { value: '98,20' } } }).workbook, year2020),
    ),
    sameYear: await snapshotToXlsx(buildAppendix().workbook),
    tally: await snapshotToXlsx(buildUnits('tally').workbook),
    // A sheet of the seed's title lines only: no table the product knows.
    plain: await snapshotToXlsx({
      sheets: [{ name: 'Sheet1', origin: { row: 1, col: 1 }, values: SEED_TITLE.map((l) => [l]), merges: [] }],
    }),
  };
});

test('done: the report gains previous, changes and exactly the two year findings; nothing is written', async () => {
  const port = createPackagePort(bytes.now);
  const before = port.bytes();
  const o = await compare(port, createPackagePort(bytes.last), { lang: 'vi', file: 'now.xlsx', previousFile: 'last.xlsx' });
  expect(o.status).toBe('done');
  expect(o.report?.previous).toEqual({ file: 'last.xlsx', year: 2020, office: 'BHXH tỉnh Sóc Trăng' });
  expect(o.report?.findings.filter((f) => f.rule.startsWith('year.')).map((f) => [f.rule, f.code])).toEqual([
    ['year.jump', '1.3.3'],
    ['year.drop', '1.5.3'],
  ]);
  expect(o.report?.changes?.find((c) => c.code === '1.3.3')).toMatchObject({ previous: 17, current: 17000, ratio: 1000 });
  expect(port.bytes()).toEqual(before);
});

test.each([
  ['previous.same-year', 'sameYear'],
  ['previous.no-match', 'tally'],
] as const)('%s: refused with the coded reason, this year’s report kept', async (code, which) => {
  const o = await compare(createPackagePort(bytes.now), createPackagePort(bytes[which]), { lang: 'vi' });
  expect(o.status).toBe('refused');
  expect(o.notes).toEqual([{ code: 'refused', refusal: { refused: 'previous', why: expect.objectContaining({ code }) } }]);
  expect(o.report?.recognized).toBe(true);
  expect(o.report?.previous).toBeUndefined();
});

test('this year’s tables not recognized: the check’s report, no comparison', async () => {
  const o = await compare(createPackagePort(bytes.plain), createPackagePort(bytes.last), { lang: 'vi' });
  expect(o.status).toBe('done');
  expect(o.report?.recognized).toBe(false);
  expect(o.report?.previous).toBeUndefined();
});
