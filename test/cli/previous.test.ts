/** `cchc check THIS.xlsx --previous LAST.xlsx` (issue 22): the comparison in the JSON and the text, and each refusal as one line, exit 2. */
import { Report } from '../../src/core';
import { cli } from '../helpers/cli';
import { writeYearPair, yearPairFiles } from '../fixtures/year-pair';

const files = yearPairFiles('cchc-previous-');

beforeAll(() =>
  writeYearPair(files, {
    now: { '1.3.3': { value: '17.000' }, '1.5.3': { value: '83,20' } },
    last: { '1.3.3': { value: '17' }, '1.5.3': { value: '98,20' } },
  }),
);

test('--json: previous, changes and the two year findings at their cells; without --previous neither field', async () => {
  const r = await cli('check', files.now, '--previous', files.last, '--json');
  expect(r.err).toBe('');
  const [rep] = JSON.parse(r.out) as Report[];
  expect(rep.previous).toEqual({ file: files.last, year: 2020, office: 'BHXH tỉnh Sóc Trăng' });
  expect(rep.findings.filter((f) => f.rule.startsWith('year.')).map((f) => [f.rule, f.severity, f.code])).toEqual([
    ['year.jump', 'warning', '1.3.3'],
    ['year.drop', 'info', '1.5.3'],
  ]);
  expect(rep.changes?.find((c) => c.code === '1.3.3')).toMatchObject({ previous: 17, current: 17000, delta: 16983, ratio: 1000 });
  const plain = JSON.parse((await cli('check', files.now, '--json')).out) as Report[];
  expect('previous' in plain[0] || 'changes' in plain[0]).toBe(false);
});

test('the text report names last year’s file and shows the year findings', async () => {
  const r = await cli('check', files.now, '--previous', files.last, '--lang', 'en');
  expect(r.out).toContain('Compared with 2020 (');
  expect(r.out).toContain('Indicator 1.3.3: 17,000 against 17 in 2020: a digit group may be missing or extra.');
});

test.each([
  ['previous.same-year', files.sameYear],
  ['previous.other-office', files.otherOffice],
  ['previous.no-match', files.tally],
])('%s: one line on stderr, exit 2, nothing on stdout', async (code, previous) => {
  const r = await cli('check', files.now, '--previous', previous, '--json');
  expect(r.status).toBe(2);
  expect(r.out).toBe('');
  expect(r.err.split('\n')).toHaveLength(1);
  expect(r.err).toContain(`(${code})`);
});

test('--previous with two files to check, or last year’s file missing: one line, exit 2', async () => {
  const two = await cli('check', files.now, files.sameYear, '--previous', files.last);
  expect(two.status).toBe(2);
  expect(two.err.split('\n')[0]).toContain('--previous');
  const missing = await cli('check', files.now, '--previous', files.missing);
  expect(missing.status).toBe(2);
  expect(missing.err.split('\n')).toHaveLength(1);
  expect(missing.out).toBe('');
});

test('this year’s file missing: said once on stderr as a batch check says it, exit 2', async () => {
  const r = await cli('check', files.missing, '--previous', files.last);
  expect(r.status).toBe(2);
  expect(r.err.split('\n')).toHaveLength(1);
  expect(r.err).toContain('khong-co.xlsx');
  expect(r.out).toBe('');
});
