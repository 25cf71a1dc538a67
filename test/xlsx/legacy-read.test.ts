/**
 * The seed workbook (appendix, survey tally, SIPAS components) typed in TCVN3 and in VNI-Windows is
 * recognized and checked exactly as its Unicode twin: same tables, indicators, values and findings;
 * each table says its encoding and each sheet gets one `text.legacy` finding per encoding.
 */
import { Report, check } from '../../src/core';
import { reportOfPort } from '../../src/app/report';
import { createPackagePort, readSnapshot } from '../../src/xlsx';
import { buildAppendix } from '../fixtures/appendix';
import { SAMPLE_EDITS } from '../fixtures/make-sample';
import { buildUnits } from '../fixtures/units';
import { LegacyStyle, legacyXlsx } from '../fixtures/legacy';
import { snapshotToXlsx } from '../helpers/xlsx';

const seed = { sheets: [buildAppendix({ edits: SAMPLE_EDITS }).sheet, buildUnits('tally').sheet, buildUnits('sipas').sheet] };

/** What must not differ from the Unicode twin: everything but the encoding and the legacy findings. */
function comparable(r: Report) {
  return {
    recognized: r.recognized,
    tables: r.tables.map(({ encoding: _e, ...t }) => t),
    indicators: r.indicators,
    derived: r.derived,
    sipas: r.sipas,
    findings: r.findings.filter((f) => f.rule !== 'text.legacy'),
  };
}

let unicode: Report;
beforeAll(async () => {
  unicode = await reportOfPort(createPackagePort(await snapshotToXlsx(seed)), { lang: 'vi' });
});

test('the Unicode twin is recognized, every table in Unicode, no text.legacy finding', () => {
  expect(unicode.tables.map((t) => [t.kind, t.encoding])).toEqual([
    ['statistics-appendix', 'unicode'],
    ['survey-tally', 'unicode'],
    ['sipas-components', 'unicode'],
  ]);
  expect(unicode.indicators.length).toBeGreaterThan(50);
  expect(unicode.findings.filter((f) => f.rule === 'text.legacy')).toEqual([]);
});

test.each([
  ['tcvn3', 'tcvn3'],
  ['vni', 'vni'],
  ['tcvn3-unicode-font', 'tcvn3'],
  ['nfd', 'unicode'],
] as [LegacyStyle, string][])('typed as %s: the same report as the Unicode twin', async (style, encoding) => {
  const bytes = await legacyXlsx(seed, style);
  const report = await reportOfPort(createPackagePort(bytes), { lang: 'vi' });
  expect(comparable(report)).toEqual(comparable(unicode));
  expect(report.tables.map((t) => t.encoding)).toEqual([encoding, encoding, encoding]);
  const legacy = report.findings.filter((f) => f.rule === 'text.legacy');
  if (encoding === 'unicode') expect(legacy).toEqual([]);
  else {
    expect(legacy.map((f) => [f.sheet, f.severity, 'encoding' in f && f.encoding])).toEqual(
      report.tables.map((t) => [t.sheet, 'info', encoding]),
    );
    // The example shows the cell as written and as read, the latter the Unicode twin's text.
    for (const f of legacy) if (f.rule === 'text.legacy') expect(f.after).not.toBe(f.before);
  }
  // The whole-workbook reader gives the core the same.
  expect(comparable(check(await readSnapshot(bytes), { lang: 'vi' }))).toEqual(comparable(unicode));
});

test('TCVN3: the title in .VnTimeH reads in capitals, "Ý kiến" from a .VnTimeH run and a .VnTime run', async () => {
  const snap = await readSnapshot(await legacyXlsx(seed, 'tcvn3'));
  const sheet = snap.sheets[0];
  expect(sheet.fonts?.flat().filter(Boolean)).toContain('.VnTimeH');
  const runs = (sheet.runs ?? []).flat().filter((r) => r) as { text: string; font: string | null }[][];
  expect(runs.length).toBeGreaterThan(0);
  expect(runs.some((r) => r[0].font === '.VnTimeH' && r[1]?.font === '.VnTime')).toBe(true);
  const report = check(snap, { lang: 'vi' });
  expect(report.findings.find((f) => f.rule === 'text.legacy')?.messages.vi).toMatch(/TCVN3/);
});
