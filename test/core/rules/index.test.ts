/** The index of every finding code holds the truth: each finding of many reports is listed, with its kind, severity and facts. */
import { DEFAULT_RUBRIC, FindingOut, RULE_INDEX, TABLE_RULES, check } from '../../../src/core';
import { PLANTED_EDITS, buildAppendix } from '../../fixtures/appendix';
import { SAMPLE_EDITS } from '../../fixtures/make-sample';
import { buildUnits } from '../../fixtures/units';

const PLACE = new Set(['sheet', 'cell', 'row', 'id', 'code', 'label', 'kind', 'rule', 'severity', 'message', 'messages']);

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
  ];
  return reports.flatMap((r) => r.findings);
}

test('every finding is in the index under its kind, with a listed severity and only listed facts', () => {
  const all = findings();
  expect(new Set(all.map((f) => f.kind)).size).toBe(4);
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
