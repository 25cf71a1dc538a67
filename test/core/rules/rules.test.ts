import { check } from '../../../src/core';
import { PLANTED, PLANTED_EDITS, SeedRow, buildAppendix } from '../../fixtures/appendix';

function run(edits: Record<string, Partial<SeedRow>>, opts: Parameters<typeof buildAppendix>[0] = {}) {
  const built = buildAppendix({ ...opts, edits });
  const rep = check(built.workbook);
  const cell = (key: string) => `${built.columns.value}${built.rowOf.get(key)}`;
  const errors = rep.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.cell]);
  return { rep, cell, errors };
}

describe('each planted mistake is one error at its cell, and there is no other error', () => {
  test.each([
    ['done > planned', '1.1.2', { value: '31' }, 'relation.leq'],
    ['a % over 100', '2.4.3', { value: '120' }, 'range.percent'],
    ['a coded answer outside its codes', '1.3.5', { value: '3' }, 'enum.code'],
    ['text in a count', '1.1.3', { value: 'bảy' }, 'type.count'],
    ['a ratio disagreeing with its note’s counts', '2.5.3', { value: '98,50' }, 'ratio.mismatch'],
    ['a negative count', '3.2.3', { value: '-29' }, 'range.count'],
    ['a part over its total', 'Số TTHC cấp huyện', { value: '26' }, 'relation.part'],
    ['resolved > received', 'Số lượng ý kiến đã giải quyết', { value: '5' }, 'relation.leq'],
    ['a whole count written with decimals', '3.2.1', { value: '215,5' }, 'type.count'],
    ['an error value in a cell', '1.5.3', { value: '#DIV/0!' }, 'value.error'],
    ['text in a percentage', '2.4.4', { value: 'đạt' }, 'type.percent'],
    ['a partition that does not add up', 'BHXH các huyện, thị xã', { value: '<i>9</i>' }, 'relation.partition'],
    [
      'shares that do not make 100',
      'Tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử và song song với văn bản giấy',
      { value: '9,38' },
      'shares.sum',
    ],
  ] as const)('%s', (_name, key, edit, rule) => {
    const { cell, errors } = run({ [key]: edit });
    expect(errors).toEqual([[rule, cell(key)]]);
  });

  test('all planted mistakes at once: each is found, at its cell, with nothing else', () => {
    const { cell, errors } = run(PLANTED_EDITS);
    expect(errors.sort()).toEqual(
      Object.entries(PLANTED)
        .map(([key, p]) => [p.rule, cell(key)])
        .sort(),
    );
  });

  test('the same mistakes are found with typed numbers', () => {
    const { cell, errors } = run({ '1.1.2': { value: '31' }, '2.4.3': { value: '120' } }, { typedNumbers: true });
    expect(errors.sort()).toEqual(
      [
        ['range.percent', cell('2.4.3')],
        ['relation.leq', cell('1.1.2')],
      ].sort(),
    );
  });
});

describe('rounding gives no false alarm', () => {
  test('99,10 stands for [99.095, 99.105] and 168274/169800 = 99.1013', () => {
    expect(run({}).errors).toEqual([]);
  });
  test('99,1 and 99 also agree with 99.1013 at their precision', () => {
    expect(run({ '2.5.3': { value: '99,1' } }).errors).toEqual([]);
    expect(run({ '2.5.3': { value: '99' } }).errors).toEqual([]);
  });
  test('99,11 does not', () => {
    expect(run({ '2.5.3': { value: '99,11' } }).errors.map((e) => e[0])).toEqual(['ratio.mismatch']);
  });
  test('a % stored as a fraction that rounds to the note’s ratio', () => {
    const { errors } = run({ '2.5.3': { value: '99,1013' } }, { typedNumbers: true });
    expect(errors).toEqual([]);
  });
  test('100,0 is within 0–100, 100,06 is not', () => {
    expect(run({ '2.4.3': { value: '100,0' } }).errors).toEqual([]);
    expect(run({ '2.4.3': { value: '100,06' } }).errors.map((e) => e[0])).toEqual(['range.percent']);
  });
  test('three shares of 100 with one in the note; dropping the note leaves an incomplete set, not an error', () => {
    expect(run({}).errors).toEqual([]);
    const shareParallel = 'Tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử và song song với văn bản giấy';
    expect(run({ [shareParallel]: { note: '' } }).errors).toEqual([]);
    expect(run({ [shareParallel]: { note: '16,68% văn bản giấy' } }).errors.map((e) => e[0])).toEqual(['shares.sum']);
  });
});

describe('relations that are not errors', () => {
  test('2.1.3’s parts (25/25/24) are not a partition', () => {
    expect(run({}).rep.findings.filter((f) => f.id?.startsWith('2.1.3'))).toEqual([]);
  });
  test('a yes that implies a figure is a warning, at the missing figure', () => {
    const { rep, cell } = run({});
    expect(rep.findings.filter((f) => f.severity === 'warning').map((f) => [f.rule, f.cell])).toEqual([['implied.missing', cell('1.5.1')]]);
    const filled = run({ '1.5.1': { value: '1.200' } });
    expect(filled.rep.findings.filter((f) => f.severity === 'warning')).toEqual([]);
  });
  test('findings carry both languages and the facts they saw', () => {
    const { rep } = run({ '1.1.2': { value: '31' } });
    const f = rep.findings[0];
    expect(f).toMatchObject({ rule: 'relation.leq', code: '1.1.2', actual: 31, expected: 30, sheet: 'Phụ lục 2' });
    expect(f.messages.vi).toContain('1.1.1');
    expect(f.messages.en).toContain('greater');
  });
});
