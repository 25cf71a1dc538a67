import { RULES, check } from '../../../src/core';
import { buildAppendix, PLANTED_EDITS } from '../../fixtures/appendix';
import { buildKind } from '../../fixtures/kinds';

test('every finding of every kind comes from a registered rule of its kind, carrying the facts the rule declares', () => {
  const sat = buildKind('satisfaction', { edits: [{ row: 'BHXH Cam Ranh', col: 4, value: '-0,25%' }] });
  const tally = buildKind('tally', { edits: [{ row: 'BHXH huyện Cư Jút', col: 3, value: '81' }] });
  const rep = check(
    { sheets: [buildAppendix({ edits: PLANTED_EDITS }).sheet, tally.sheet, sat.sheet, buildKind('sipas').sheet] },
    { satisfactionTarget: 77 },
  );
  expect(new Set(rep.findings.map((f) => f.kind))).toEqual(new Set(['statistics-appendix', 'survey-tally', 'satisfaction-by-unit']));
  for (const f of rep.findings) {
    const rule = RULES.find((r) => r.id === f.rule && r.kind === f.kind);
    expect([f.kind, f.rule, rule !== undefined]).toEqual([f.kind, f.rule, true]);
    for (const fact of rule!.facts) expect([f.rule, fact, fact in f]).toEqual([f.rule, fact, true]);
    if (f.kind !== 'statistics-appendix') expect([f.rule, f.severity]).toEqual([f.rule, rule!.severity]);
  }
});

test('rule ids are unique within a kind', () => {
  const keys = RULES.map((r) => `${r.kind}/${r.id}`);
  expect(new Set(keys).size).toBe(keys.length);
});
