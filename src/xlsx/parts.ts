/** Parts of an .xlsx that ExcelJS does not carry over when it saves: a fix would lose them. */
import JSZip from 'jszip';

const PARTS: { pattern: RegExp; vi: string; en: string }[] = [
  { pattern: /^xl\/charts\//, vi: 'biểu đồ', en: 'charts' },
  { pattern: /^xl\/pivot(Tables|Cache)\//, vi: 'bảng tổng hợp (pivot)', en: 'pivot tables' },
  { pattern: /vbaProject\.bin$/, vi: 'macro', en: 'macros' },
  { pattern: /^xl\/slicers?\//, vi: 'slicer', en: 'slicers' },
  { pattern: /^xl\/externalLinks\//, vi: 'liên kết ngoài', en: 'external links' },
];

export async function unsupportedParts(data: Uint8Array): Promise<{ vi: string; en: string }[]> {
  const zip = await JSZip.loadAsync(data);
  const names = Object.keys(zip.files);
  return PARTS.filter((p) => names.some((n) => p.pattern.test(n))).map(({ vi, en }) => ({ vi, en }));
}
