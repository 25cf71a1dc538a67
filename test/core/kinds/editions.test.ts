import { APPENDIX_2021, Catalogue, check, editionFor, officeLevel } from '../../../src/core';
import { buildKind } from '../../fixtures/kinds';

const edition = (e: string): Catalogue => ({ ...APPENDIX_2021, edition: e });

describe('appendix editions', () => {
  const [e2021, e2023] = [edition('2021'), edition('2023')];

  test('on a tie, the latest edition not newer than the title year; the oldest for older years; the latest without a year', () => {
    expect(editionFor(2021, [e2023, e2021])).toBe(e2021);
    expect(editionFor(2022, [e2021, e2023])).toBe(e2021);
    expect(editionFor(2025, [e2021, e2023])).toBe(e2023);
    expect(editionFor(2019, [e2021, e2023])).toBe(e2021);
    expect(editionFor(null, [e2021, e2023])).toBe(e2023);
  });
});

describe('offices by their names, 2025 included', () => {
  test.each([
    ['BHXH tỉnh Sóc Trăng', 'province'],
    ['Bảo hiểm xã hội huyện Krông Nô', 'district'],
    ['BHXH thị xã Ninh Hòa', 'district'],
    ['BHXH quận Ninh Kiều', 'district'],
    ['BHXH liên huyện Long Phú - Trần Đề', 'district'],
    ['BHXH thành phố Cam Ranh', 'city'],
    ['BHXH khu vực XII', 'regional'],
    ['BHXH cơ sở Châu Thành', 'base'],
    ['Văn phòng', null],
  ])('%s → %s', (name, level) => expect(officeLevel(name)).toBe(level));

  test('a 2025 title naming a "BHXH cơ sở" office is read with its year and level', () => {
    const built = buildKind('tally', { title: false });
    const sheet = { ...built.sheet, values: [['BHXH cơ sở Châu Thành'], ['Báo cáo kết quả khảo sát năm 2025'], [], ...built.sheet.values] };
    const t = check({ sheets: [sheet] }).tables[0];
    expect([t.kind, t.office, t.year, t.officeLevel, t.headerRow]).toEqual(['survey-tally', 'BHXH cơ sở Châu Thành', 2025, 'base', 4]);
  });
});
