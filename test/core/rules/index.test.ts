/** The index of every finding code holds the truth: each finding of many reports is listed, with its kind, severity and facts. */
import { DEFAULT_RUBRIC, FindingOut, RULE_INDEX, Report, TABLE_RULES, WorkbookSnapshot, check, withPrevious } from '../../../src/core';
import { PLANTED_EDITS, buildAppendix } from '../../fixtures/appendix';
import { SAMPLE_EDITS } from '../../fixtures/make-sample';
import { buildUnits } from '../../fixtures/units';

const PLACE = new Set(['sheet', 'cell', 'row', 'id', 'code', 'label', 'kind', 'rule', 'severity', 'message', 'messages']);

/** The same workbook a year earlier: its title's years moved back one. */
const yearBefore = (wb: WorkbookSnapshot): WorkbookSnapshot => ({
  ...wb,
  sheets: wb.sheets.map((s) => ({
    ...s,
    values: s.values.map((r) =>
      r.map((v) => (typeof v === 'string' ? v.replace(/2016/g, '2015').replace(/2017/g, '2016').replace(/2021/g, '2020') : v)),
    ),
  })),
});

/** This year's report beside last year's; the comparison's findings must be listed too. */
function compared(now: WorkbookSnapshot, last: WorkbookSnapshot): Report {
  const out = withPrevious(check(now), check(yearBefore(last)));
  if (!out.ok) throw new Error(out.code);
  return out.report;
}

function findings(): FindingOut[] {
  const reports = [
    check(buildAppendix({ edits: PLANTED_EDITS }).workbook),
    check(buildAppendix({ edits: SAMPLE_EDITS }).workbook, { rubric: DEFAULT_RUBRIC }),
    check(
      buildUnits('tally', { edits: { 'Văn phòng': { 2: 'một trăm', 3: '120', 4: '130' }, 'BHXX huyện Tuy Đức': { 5: '3' } } }).workbook,
    ),
    check(buildUnits('satisfaction', { edits: { 'BHXH Cam Ranh': { 4: '-0,25%' }, 'BHXH Khánh Sơn': { 2: '172,85%' } } }).workbook, {
      targets: { 'satisfaction-by-unit': 77 },
    }),
    check(buildUnits('sipas', { edits: { '1': { 1: 'Chỉ tiêu khác' } } }).workbook),
    compared(
      buildAppendix({ edits: { '1.3.3': { value: '18.000' }, '1.5.3': { value: '80' } } }).workbook,
      buildAppendix({ edits: { '2.5.3': { value: '100', note: '' } } }).workbook,
    ),
    compared(buildUnits('satisfaction', { edits: { 'BHXH Cam Ranh': { 3: '60,57%' } } }).workbook, buildUnits('satisfaction').workbook),
  ];
  return reports.flatMap((r) => r.findings);
}

test('every finding is in the index under its kind, with a listed severity and only listed facts', () => {
  const all = findings();
  expect(new Set(all.map((f) => f.kind)).size).toBe(4);
  expect(new Set(all.filter((f) => f.rule.startsWith('year.')).map((f) => f.rule))).toEqual(
    new Set(['year.jump', 'year.drop', 'year.mismatch']),
  );
  for (const f of all) {
    const meta = RULE_INDEX.find((m) => m.rule === f.rule);
    expect(meta).toBeDefined();
    expect(meta!.kinds).toContain(f.kind);
    expect(meta!.severities).toContain(f.severity);
    for (const k of Object.keys(f)) if (!PLACE.has(k)) expect([f.rule, meta!.facts]).toEqual([f.rule, expect.arrayContaining([k])]);
  }
});

test('each registered table rule emits only indexed codes, for kinds the index names', () => {
  for (const rule of TABLE_RULES.values())
    for (const [code, severity] of Object.entries(rule.emits)) {
      const meta = RULE_INDEX.find((m) => m.rule === code);
      expect(meta?.severities).toContain(severity);
      for (const k of rule.kinds) expect(meta?.kinds).toContain(k);
    }
});

test('the index lists each code once, the scoring sheet’s score.invalid included (kept complete when compiled)', () => {
  const codes = RULE_INDEX.map((m) => m.rule);
  expect(new Set(codes).size).toBe(codes.length);
  expect(RULE_INDEX.find((m) => m.rule === 'score.invalid')).toMatchObject({ kinds: ['scoring-sheet'], severities: ['error'] });
});
