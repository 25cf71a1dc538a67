/**
 * The appendix's editions and the offices that fill it. An edition is a catalogue (one per year
 * the form changed); a workbook's edition is the one whose rows it matches best, and on a tie the
 * latest one not newer than the year in its title block. From 01/3/2025 district offices became
 * regional offices ("BHXH khu vực"), and from 01/7/2025 "BHXH cơ sở" under the provincial office.
 */
import { APPENDIX_2021, Catalogue } from './catalogue';
import { fold } from '../../figures/text';

/** Every edition the core ships, oldest first. A front may pass another catalogue instead. */
export const APPENDIX_EDITIONS: Catalogue[] = [APPENDIX_2021];

const editionYear = (c: Catalogue) => Number(/\d{4}/.exec(c.edition)?.[0] ?? 0);

/** Among editions matching equally well, the latest not newer than the title's year (the oldest when the year is older than all). */
export function editionFor(year: number | null, editions: Catalogue[] = APPENDIX_EDITIONS): Catalogue {
  const sorted = [...editions].sort((a, b) => editionYear(a) - editionYear(b));
  if (year === null) return sorted[sorted.length - 1];
  return [...sorted].reverse().find((c) => editionYear(c) <= year) ?? sorted[0];
}

/** The level of an office as its name says: province, district (huyện, thị xã, quận, liên huyện), city (either), regional (2025), base (cơ sở, from 2025). */
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
