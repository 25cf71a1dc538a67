/** The level of the office in a table's title block, 2025's regional and base offices included. */
import { check, officeLevel } from '../../../src/core';
import { buildUnits } from '../../fixtures/units';

test.each([
  ['BHXH tỉnh Sóc Trăng', 'province'],
  ['Bảo hiểm xã hội huyện Krông Nô', 'district'],
  ['BHXH thị xã Ninh Hòa', 'district'],
  ['BHXH quận Hoàn Kiếm', 'district'],
  ['BHXH liên huyện Krông Búk - Krông Năng', 'district'],
  ['BẢO HIỂM XÃ HỘI THÀNH PHỐ HÀ NỘI', 'city'],
  ['BHXH khu vực XII', 'regional'],
  ['BHXH cơ sở Gia Nghĩa năm 2025', 'base'],
])('%s → %s, in the table the title names it for', (line, level) => {
  const built = buildUnits('tally');
  built.sheet.values[0][0] = line;
  expect(check(built.workbook).tables[0].officeLevel).toBe(level);
});

test('no office, or a unit that is not an office, has no level', () => {
  expect(officeLevel(null)).toBeNull();
  expect(officeLevel('Văn phòng')).toBeNull();
});
