/**
 * The seed workbook (appendix, survey tally, SIPAS components) typed in TCVN3 and in VNI-Windows is
 * recognized and checked exactly as its Unicode twin: same tables, indicators, values and findings;
 * each table says its encoding and each sheet gets one `text.legacy` finding per encoding.
 */
import { Report, check, quickFixKey } from '../../src/core';
import { check as check_, quickFix, undo } from '../../src/app/actions';
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

test('a quick fix on a TCVN3 cell, then Hoàn tác: the cell gets back its text as written, not as read', async () => {
  const input = await legacyXlsx(seed, 'tcvn3');
  const port = createPackagePort(input);
  const checked = await check_(port, { lang: 'vi' });
  const finding = checked.report!.findings.find((f) => f.code === '3.2.3' && checked.fixes?.has(quickFixKey(f)));
  expect(finding).toBeDefined();
  const fixed = await quickFix(port, finding!, { lang: 'vi' });
  expect(fixed.notes[0].code).toBe('fixed');
  await undo(port, { lang: 'vi' });
  const raw = (await readSnapshot(port.bytes())).sheets[0];
  const original = (await readSnapshot(input)).sheets[0];
  const cell = finding!.cell;
  const at = (s: typeof raw) => s.values[Number(cell.slice(1)) - s.origin.row][cell.charCodeAt(0) - 64 - s.origin.col];
  expect(at(raw)).toBe(at(original));
  expect(at(original)).toBe('29 ng\u00adêi');
});
