/** The unit cell (Đơn vị tính) says what kind of figure a row holds, and lists the codes of a coded answer. */
import { Memo } from '../memo';
import { ValueKind } from './numbers';
import { cleanText, fold } from './text';

export interface CodeOption {
  label: string;
  code: number;
}

export interface UnitInfo {
  kind: ValueKind;
  /** For a coded answer: the codes written in the unit cell ("Không = 0 Có = 1"). */
  codes: CodeOption[];
  text: string;
}

/** Count units seen in the appendix, folded. */
const COUNT_UNITS = [
  'nhiem vu',
  'van ban',
  'don vi',
  'van de',
  'tin bai',
  'tin',
  'bai',
  'phieu',
  'thu tuc',
  'tthc',
  'y kien',
  'luot ho so',
  'ho so',
  'luot',
  'nguoi',
  'co quan don vi',
  'co quan',
  'cuoc',
  'lan',
  'dich vu',
  'dvc',
  'bien che',
  'phong',
  'ke hoach',
  'so',
];

const CODE_PAIR = /([^=\d]+?)\s*=\s*(\d+)/g;

/** Reads the codes of a coded answer: 'Chưa có = 0 Đang xây dựng = 1' → two options. */
export function parseCodes(unitText: string): CodeOption[] {
  const text = cleanText(unitText);
  const out: CodeOption[] = [];
  for (const m of text.matchAll(CODE_PAIR)) {
    out.push({ label: m[1].trim().replace(/^[,;/-]\s*/, ''), code: Number(m[2]) });
  }
  return out;
}

/** Classifies a unit cell. An empty unit gives kind 'other'; the catalogue may know better. */
export function readUnit(unitText: string): UnitInfo {
  return unitMemo.get(unitText, readUnitUncached);
}

// Units repeat on every row and in every workbook of a batch.
const unitMemo = new Memo<UnitInfo>(1024);

function readUnitUncached(unitText: string): UnitInfo {
  const text = cleanText(unitText);
  const codes = parseCodes(text);
  if (codes.length > 0) return { kind: 'coded', codes, text };
  const f = fold(text)
    .replace(/[^a-z%\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (f === '%' || /^(ty le\s*)?%$/.test(f) || f === 'phan tram') return { kind: 'percent', codes: [], text };
  if (f !== '' && COUNT_UNITS.includes(f)) return { kind: 'count', codes: [], text };
  return { kind: 'other', codes: [], text };
}
