import { fold, labelSimilarity } from '../../../src/core';
import { parseCodes, readUnit } from '../../../src/core/figures/units';

test('folding ignores case, diacritics (đ = d), spacing and markup', () => {
  expect(fold('  <i>Đơn vị  TÍNH</i>: ')).toBe('don vi tinh');
  expect(fold('ĐVT')).toBe('dvt');
  expect(fold('Số\u00a0liệu')).toBe('so lieu');
  expect(fold('CHỈ TIÊU THỐNG KÊ')).toBe(fold('chi tieu thong ke'));
});

test('label similarity', () => {
  expect(labelSimilarity('Số nhiệm vụ đã hoàn thành', 'SO NHIEM VU DA HOAN THANH')).toBe(1);
  expect(labelSimilarity('Số lượng ý kiến đã tiếp nhận', 'Số lượng ý kiến đã giải quyết')).toBeLessThan(0.8);
  expect(labelSimilarity('', 'x')).toBe(0);
});

test('units: counts, percentages and the codes of coded answers', () => {
  expect(readUnit('Nhiệm vụ').kind).toBe('count');
  expect(readUnit('<i>Đơn vị</i>').kind).toBe('count');
  expect(readUnit('Tin, bài').kind).toBe('count');
  expect(readUnit('Lượt hồ sơ').kind).toBe('count');
  expect(readUnit('%').kind).toBe('percent');
  expect(parseCodes('Không = 0 Có = 1')).toEqual([
    { label: 'Không', code: 0 },
    { label: 'Có', code: 1 },
  ]);
  expect(parseCodes('Chưa có = 0 Đang xây dựng = 1\nĐã hoàn thành = 2').map((c) => c.code)).toEqual([0, 1, 2]);
  expect(readUnit('Trực tuyến = 0 Phát phiếu = 1 Kết hợp = 2').codes).toHaveLength(3);
});
