import { APPENDIX_2021 } from '../../../src/core';
import { SEED_ROWS, rowKey } from '../../fixtures/appendix';
import { loadCatalogue } from '../../../src/core/data-schemas';

test('the catalogue holds every row of seed 004', () => {
  const labelled = SEED_ROWS.filter((r) => r.label.trim() !== '');
  expect(APPENDIX_2021.rows).toHaveLength(labelled.length);
  const codes = new Set(APPENDIX_2021.rows.map((r) => r.code));
  for (const r of labelled) if (/^\d/.test(r.code)) expect(codes).toContain(rowKey(r));
});

test('relations know a partition from parts that overlap', () => {
  const parts = APPENDIX_2021.relations.filter((r) => r.type === 'parts');
  expect(parts).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ total: '2.1.3', partition: false }),
      expect.objectContaining({ total: '3.1.1', partition: true }),
    ]),
  );
});

test('a catalogue naming an unknown row is refused at load', () => {
  const bad = { ...APPENDIX_2021, relations: [{ type: 'leq', left: ['9.9.9'], right: '1.1.1' }] };
  expect(() => loadCatalogue(bad)).toThrow(/unknown row 9.9.9/);
  expect(() => loadCatalogue({ ...APPENDIX_2021, rows: [] })).toThrow();
  expect(() => loadCatalogue({ ...APPENDIX_2021, rows: [...APPENDIX_2021.rows, APPENDIX_2021.rows[0]] })).toThrow(/duplicate/);
});
