import { check } from '../../../src/core';
import { KindBuildOptions, buildKind } from '../../fixtures/kinds';

const SEED_003 = [
  ['access', 99.3, 97.4],
  ['procedures', 98.6, 96.6],
  ['servants', 99.3, 96.1],
  ['results', 100, 95.7],
  ['feedback', 98.6, 91.5],
  ['overall', 93.5, 91.52],
];

const VARIANTS: [string, KindBuildOptions][] = [
  ['as copied from seed 003', {}],
  ['with two header rows', { otherHeader: true }],
  ['with unaccented upper-case headers, no title', { upperHeader: true, title: false }],
  ['with typed percentages and a blank column', { typed: true, blankColumn: true }],
];

describe('SIPAS components (seed 003, Thái Nguyên 2023)', () => {
  test.each(VARIANTS)('%s: the five components and the overall index, office and provincial average', (_name, opts) => {
    const built = buildKind('sipas', opts);
    const rep = check({ sheets: [built.sheet] });
    expect(rep.tables.map((t) => t.kind)).toEqual(['sipas-components']);
    expect(rep.sipas?.components.map((c) => [c.id, c.value, c.average])).toEqual(SEED_003);
    expect(rep.sipas?.components[0].cell).toBe(`${built.col(2)}${built.rowOf.get('Chỉ số hài lòng về tiếp cận dịch vụ')}`);
    expect(rep.findings).toEqual([]);
  });

  test('the office is read from the column header', () => {
    expect(check({ sheets: [buildKind('sipas').sheet] }).sipas).toMatchObject({ office: 'BHXH tỉnh Thái Nguyên', year: 2023 });
  });

  test('a rate over 100 is an error at its cell; a component left out is a notice', () => {
    const built = buildKind('sipas', {
      edits: [
        { row: 'Chỉ số hài lòng về kết quả giải quyết công việc', col: 2, value: '1000%' },
        { row: 'Chỉ số hài lòng về giải quyết phản ánh, kiến nghị', col: 1, value: '' },
      ],
    });
    const rep = check({ sheets: [built.sheet] });
    expect(rep.findings.map((f) => [f.rule, f.severity, f.code])).toEqual([
      ['rate.range', 'error', 'results'],
      ['sipas.missing', 'info', 'feedback'],
    ]);
  });
});
