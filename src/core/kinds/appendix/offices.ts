/**
 * The offices that fill the tables, by level, as their names say. Until 2025 district offices were
 * "BHXH huyện / thị xã / quận / thành phố / liên huyện"; from 01/3/2025 regional offices ("BHXH khu
 * vực"); from 01/7/2025 "BHXH cơ sở" under the provincial office.
 */
import { fold } from '../../figures/text';

/** 'city' is either a province-level city or a district-level one: the name alone cannot tell. */
export type OfficeLevel = 'province' | 'district' | 'city' | 'regional' | 'base';

export function officeLevel(office: string | null): OfficeLevel | null {
  if (!office) return null;
  const f = fold(office).replace(/^(bhxh|bao hiem xa hoi)\s+/, '');
  if (/^tinh\b/.test(f)) return 'province';
  if (/^(huyen|thi xa|quan|lien huyen)\b/.test(f)) return 'district';
  if (/^(thanh pho|tp)\b/.test(f)) return 'city';
  if (/^khu vuc\b/.test(f)) return 'regional';
  if (/^co so\b/.test(f)) return 'base';
  return null;
}
