/**
 * The Excel port reads a workbook typed in TCVN3 (capitals lines in `.VnTimeH`, the rest in `.VnTime`)
 * as its Unicode twin: each loaded band's font comes with the band; where a band mixes fonts, its text
 * cells' own fonts in one more sync (getCellProperties on ExcelApi 1.9, each cell's font on 1.1). A
 * Unicode workbook in one font costs no sync more.
 */
import { Report, WorkbookSnapshot } from '../../src/core';
import { reportOfPort } from '../../src/app/report';
import { createExcelPort } from '../../src/excel';
import { buildAppendix } from '../fixtures/appendix';
import { SAMPLE_EDITS } from '../fixtures/make-sample';
import { buildUnits } from '../fixtures/units';
import { FakeHost, FakeSheet, FakeWorkbook, LATEST, PROFILES } from './fake-excel';

const seed: WorkbookSnapshot = {
  sheets: [buildAppendix({ edits: SAMPLE_EDITS }).sheet, buildUnits('tally').sheet, buildUnits('sipas').sheet],
};
function comparable(r: Report) {
  return {
    recognized: r.recognized,
    tables: r.tables.map(({ encoding: _e, ...t }) => t),
    indicators: r.indicators,
    findings: r.findings.filter((f) => f.rule !== 'text.legacy'),
  };
}

const profiles = [PROFILES[0], LATEST, PROFILES.find((p) => p.payloadLimit)!];

test.each(profiles.map((p) => [p.name, p] as const))('%s: the TCVN3 workbook reads as the Unicode sample', async (_n, profile) => {
  const uni = new FakeHost(new FakeWorkbook(seed.sheets.map((s) => FakeSheet.from(s))), profile);
  const unicode = await reportOfPort(createExcelPort(uni), { lang: 'vi' });
  expect(unicode.tables.map((t) => t.encoding)).toEqual(['unicode', 'unicode', 'unicode']);
  const old = new FakeHost(new FakeWorkbook(seed.sheets.map((s) => FakeSheet.tcvn3(s))), profile);
  const report = await reportOfPort(createExcelPort(old), { lang: 'vi' });
  expect(comparable(report)).toEqual(comparable(unicode));
  expect(report.tables.map((t) => t.encoding)).toEqual(['tcvn3', 'tcvn3', 'tcvn3']);
  expect(report.findings.filter((f) => f.rule === 'text.legacy').map((f) => f.sheet)).toEqual(report.tables.map((t) => t.sheet));
  // The fonts of the mixed bands' text: one sync more than the Unicode read, every one within the web's limit.
  expect(old.syncs).toBe(uni.syncs + 1);
  for (const t of old.trips) expect(t.response).toBeLessThan(1024 * 1024);
  for (const t of old.trips) expect(t.request).toBeLessThan(1024 * 1024);
});

test('a Unicode workbook in one font: no font recorded, no cell font asked', async () => {
  const host = new FakeHost(new FakeWorkbook(seed.sheets.map((s) => FakeSheet.from(s))), LATEST);
  const snap = await createExcelPort(host).load([{ sheet: seed.sheets[0].name, range: 'A1:H60' }]);
  expect(snap.sheets[0].fonts).toBeUndefined();
});

test('a band all in .VnTime on Office 2016: its text cells take the band’s font, no sync more', async () => {
  const sheet = new FakeSheet('Sổ');
  sheet.font = '.VnTime';
  sheet.set(1, 1, { value: 'Sè l\u00adîng' });
  sheet.set(2, 1, { value: 12 });
  const host = new FakeHost(new FakeWorkbook([sheet]), PROFILES[0]);
  const snap = await createExcelPort(host).load([{ sheet: 'Sổ', range: 'A1:A2' }]);
  expect(host.syncs).toBe(1);
  expect(snap.sheets[0].fonts).toEqual([['.VnTime']]);
});

test.each([PROFILES[0], PROFILES.find((p) => p.payloadLimit)!].map((p) => [p.name, p] as const))(
  '%s: a 20,000-row TCVN3 table in mixed fonts: every cell’s font learnt, every sync under 1 MB',
  async (_n, profile) => {
    const sheet = new FakeSheet('Sổ');
    sheet.font = '.VnTime';
    sheet.bulk = { rows: 20000, cols: 5, value: (r, c) => (c === 1 ? r : `Sè l\u00adîng ${r}-${c}`) };
    sheet.looks.set('1,1', { name: 'Times New Roman' });
    const host = new FakeHost(new FakeWorkbook([sheet]), profile);
    const snap = await createExcelPort(host).load([{ sheet: 'Sổ', range: 'A1:E20000' }]);
    const fonts = snap.sheets[0].fonts!;
    expect(fonts[19999]).toEqual([undefined, '.VnTime', '.VnTime', '.VnTime', '.VnTime']);
    expect(fonts.flat().filter((f) => f === '.VnTime')).toHaveLength(80000);
    for (const t of host.trips) expect([t.request, t.response].every((b) => b < 1024 * 1024)).toBe(true);
  },
);
